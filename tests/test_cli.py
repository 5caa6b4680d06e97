import json
import subprocess
import sys

from conftest import FIXTURES

CLI = [sys.executable, "-m", "cvparse"]


def run(*args, input_bytes=None):
    return subprocess.run(CLI + list(args), capture_output=True, input=input_bytes, timeout=120)


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
    good = run("eval", str(FIXTURES / "hayou-cv.pdf"), str(FIXTURES / "hayou-cv.expected.json"), "--min-f1", "0.97")
    assert good.returncode == 0 and b"overall F1" in good.stdout
    impossible = run("eval", str(FIXTURES / "hayou-cv.pdf"), str(FIXTURES / "hayou-cv.expected.json"), "--min-f1", "1.01")
    assert impossible.returncode == 1


def test_stdin():
    r = run("-", "--json", input_bytes=(FIXTURES / "hayou-cv.pdf").read_bytes())
    assert r.returncode == 0 and json.loads(r.stdout)["basics"]["name"]
