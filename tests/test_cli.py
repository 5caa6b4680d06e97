import json
import subprocess
import sys

from conftest import FIXTURES
from typer.testing import CliRunner

from cvparse.cli import app

CLI = [sys.executable, "-m", "cvparse"]


def run(*args, input_bytes=None):
    """A fresh interpreter, as a user runs it (each one loads spaCy: a few seconds)."""
    return subprocess.run(CLI + list(args), capture_output=True, input=input_bytes, timeout=120)


def invoke(*args, input_bytes=None):
    """The same commands in this process, where the model is already loaded."""
    return CliRunner().invoke(app, list(args), input=input_bytes)


def test_json_output():
    r = run(str(FIXTURES / "hayou-cv.pdf"), "--json")
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert record["schema"] == "cvparse/1" and record["experience"]


def test_not_a_pdf_is_one_line_error(tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_text("hello, I am not a PDF")
    r = run(str(bad), "--json")
    assert r.returncode == 3
    err = r.stderr.decode().strip()
    assert err.count("\n") == 0 and err.startswith("cvparse: error:") and "Traceback" not in err
    assert json.loads(r.stdout)["error"]["type"] == "not_a_pdf"


def test_missing_file(tmp_path):
    r = run(str(tmp_path / "nope.pdf"))
    assert r.returncode != 0 and b"Traceback" not in r.stderr


def test_eval_command_threshold():
    good = invoke("eval", str(FIXTURES / "hayou-cv.pdf"), str(FIXTURES / "hayou-cv.expected.json"), "--min-f1", "0.97")
    assert good.exit_code == 0 and "overall F1" in good.stdout
    impossible = invoke("eval", str(FIXTURES / "hayou-cv.pdf"), str(FIXTURES / "hayou-cv.expected.json"),
                        "--min-f1", "1.01")
    assert impossible.exit_code == 1


def test_stdin():
    r = invoke("parse", "-", "--json", input_bytes=(FIXTURES / "hayou-cv.pdf").read_bytes())
    assert r.exit_code == 0 and json.loads(r.stdout)["basics"]["name"]


def test_pdfium_engine_option():
    r = invoke("parse", str(FIXTURES / "hayou-cv.pdf"), "--json", "--engine", "pdfium")
    assert r.exit_code == 0 and json.loads(r.stdout)["source"]["engine"] == "pdfium"


def test_help_does_not_load_the_heavy_libraries():
    code = ("import sys; sys.argv = ['cvparse', '--help']\n"
            "from cvparse.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('spacy', 'pdfplumber', 'pypdfium2', 'pydantic', 'dateparser') if m in sys.modules]\n"
            "print('heavy:' + ','.join(heavy))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert r.returncode == 0 and r.stdout.decode().strip().splitlines()[-1] == "heavy:", r.stdout


def test_model_loads_without_spacys_command_line_package():
    code = ("import sys\n"
            "from cvparse.fields import nlp\n"
            "assert nlp.pipeline() is not None\n"
            "print('cli loaded:', 'spacy.cli' in sys.modules, 'weasel' in sys.modules)\n"
            "import spacy.cli, spacy\n"  # the real package is still there when asked for
            "print('real:', spacy.cli.info.__module__, callable(spacy.info))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    out = r.stdout.decode().splitlines()
    assert r.returncode == 0, r.stderr.decode()[-500:]
    assert out == ["cli loaded: False False", "real: spacy.cli.info True"]


def test_layout_prints_column_headings_over_its_columns():
    r = CliRunner().invoke(app, ["layout", str(FIXTURES / "cv-fr.pdf")])
    assert r.exit_code == 0
    headings, *rows = r.stdout.splitlines()
    assert headings.split() == ["part", "page", "x0", "top", "x1", "font", "text"]
    header = next(row for row in rows if row.startswith("header"))
    part, page, x0, top, x1, font, *_ = header.split()
    assert part == "header" and page == "p1" and all(value.isdigit() for value in (x0, top, x1))
    assert header.index(" p1 ") + 1 == headings.index("page")  # a value starts under its heading
    assert header.index(font) == headings.index("font")
