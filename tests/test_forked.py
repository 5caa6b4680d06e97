"""Extraction in a forked child (the command line's cold start): same records, same errors, nothing left behind."""
import subprocess
import sys
import textwrap

from conftest import FIXTURES

PRELUDE = f"""
import os, sys, time
import cvparse
from cvparse.extract import forked
forked.worthwhile = lambda: True  # the machine's core count must not decide what this test checks
FIXTURES = {str(FIXTURES)!r}
"""


def run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_forked_extraction_gives_the_same_record():
    out = run("""
        forked_cv = cvparse.parse(FIXTURES + "/hayou-cv.pdf", fork=True)
        print("parent read the PDF:", "pdfplumber" in sys.modules)  # the child did the extraction
        plain = cvparse.parse(FIXTURES + "/hayou-cv.pdf")
        print("same:", forked_cv.model_dump() == plain.model_dump(), len(forked_cv.experience))
    """)
    assert "parent read the PDF: False" in out
    assert "same: True 8" in out


def test_errors_cross_from_the_child():
    out = run("""
        data = open(FIXTURES + "/cv-fr.pdf", "rb").read()[:3000]
        messages = []
        for fork in (True, False):
            try:
                cvparse.parse_bytes(data, fork=fork)
            except cvparse.CVParseError as exc:
                messages.append((type(exc).__name__, str(exc)))
        print(messages[0] == messages[1], messages[0][0])
    """)
    assert out.split() == ["True", "DamagedPDF"]


def test_a_lost_child_means_extraction_in_process():
    out = run("""
        forked._extract_and_send = lambda *args: os._exit(1)  # killed before it answers
        cv = cvparse.parse(FIXTURES + "/jakes-us-resume.pdf", fork=True)
        print(cv.basics.name is not None, "pdfplumber" in sys.modules)
    """)
    assert out.split() == ["True", "True"]


def test_time_limit_stops_a_stuck_child():
    out = run("""
        import multiprocessing
        forked._extract_and_send = lambda *args: time.sleep(60)
        started = time.monotonic()
        try:
            cvparse.parse(FIXTURES + "/jakes-us-resume.pdf", fork=True, limits=cvparse.Limits(timeout=3))
        except cvparse.CVParseError as exc:
            print(type(exc).__name__)
        print(time.monotonic() - started < 20, multiprocessing.active_children())
    """)
    assert out.split() == ["Timeout", "True", "[]"]
