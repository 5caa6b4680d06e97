"""The package type-checks: ``mypy --strict`` (the settings in pyproject.toml) on src/cvparse."""
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_package_passes_mypy_strict(tmp_path):
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                      "--cache-dir", str(tmp_path / "mypy-cache"), str(ROOT / "src" / "cvparse")])
    assert status == 0, report + errors
    assert "Success" in report
