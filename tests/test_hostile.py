"""Hostile and broken input: typed errors, bounded time and memory, partial records, no network."""
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cvparse
from conftest import FIXTURES
from cvparse.errors import CVParseError, TooLarge, Timeout
from cvparse.extract import extract
from cvparse.extract.bounded import decoded_size
from cvparse.extract.quality import garbled, is_undecodable
from cvparse.limits import Limits, check_time, time_limit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import badinputs  # noqa: E402
import fuzz  # noqa: E402



@pytest.mark.parametrize("kind", list(badinputs.BAD))
def test_bad_input_ends_with_its_typed_error_in_seconds(kind):
    build, exit_code = badinputs.BAD[kind]
    data = build()
    t0 = time.perf_counter()
    with pytest.raises(CVParseError) as caught:
        cvparse.parse_bytes(data)
    assert caught.value.exit_code == exit_code, caught.value
    assert time.perf_counter() - t0 < 20


@pytest.mark.parametrize("kind", list(badinputs.QUIRKS))
def test_odd_but_readable_pdf_gives_a_record(kind):
    cv = cvparse.parse_bytes(badinputs.QUIRKS[kind]())
    assert cv.basics.email == "alex@example.org"


def test_text_without_unicode_map_is_a_warning():
    cv = cvparse.parse_bytes(badinputs.no_unicode_map())
    assert any("cannot be decoded" in w for w in cv.warnings)
    assert "(cid:" not in json.dumps(cv.to_dict())


def test_encrypted_pdf_opens_with_its_password():
    data = badinputs.encrypted()
    assert cvparse.parse_bytes(data, password=badinputs.PASSWORD).basics.email == "alex@example.org"
    with pytest.raises(CVParseError) as caught:
        cvparse.parse_bytes(data, password="wrong")
    assert caught.value.kind == "encrypted" and "wrong" in str(caught.value)


def test_limits_are_overridable():
    with pytest.raises(TooLarge):
        cvparse.parse_bytes(badinputs.many_pages(3), limits=Limits(max_pages=2))
    with pytest.raises(TooLarge):
        cvparse.parse_bytes(badinputs.text_pdf(), limits=Limits(max_chars=50))
    with pytest.raises(TooLarge):
        cvparse.parse_bytes(badinputs.text_pdf(), limits=Limits(max_stream_bytes=100))
    assert cvparse.parse_bytes(badinputs.many_pages(3), limits=Limits(max_pages=3)).source.pages == 3


def test_operator_bomb_stops_at_the_char_limit_without_collecting_the_rest():
    t0 = time.perf_counter()
    with pytest.raises(TooLarge, match="characters"):
        extract(badinputs.operator_bomb(400_000), limits=Limits(max_page_chars=2_000))
    assert time.perf_counter() - t0 < 10


def test_decoded_size_is_bounded_by_the_cap():
    import zlib

    from pdfminer.psparser import LIT
    from pdfminer.pdftypes import PDFStream

    LITERAL_FLATE_DECODE = LIT("FlateDecode")

    bomb = zlib.compress(b"\0" * 50_000_000)
    stream = PDFStream({"Filter": LITERAL_FLATE_DECODE}, bomb)
    assert decoded_size(stream, 1000) == 1000
    assert decoded_size(PDFStream({"Filter": LITERAL_FLATE_DECODE}, zlib.compress(b"abc")), 1000) == 3
    truncated = PDFStream({"Filter": LITERAL_FLATE_DECODE}, zlib.compress(b"x" * 100_000)[:200])
    assert 0 < decoded_size(truncated, 10**6) <= 100_000  # a damaged tail still counts what came before


def test_time_limit_interrupts_a_busy_loop():
    t0 = time.perf_counter()
    with pytest.raises(Timeout):
        with time_limit(0.3):
            while True:
                pass
    assert time.perf_counter() - t0 < 2
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # disarmed afterwards


def test_time_limit_without_signals_is_seen_by_check_time():
    import threading

    seen = []

    def worker():
        try:
            with time_limit(0.05):
                time.sleep(0.1)
                check_time()
        except Timeout:
            seen.append("timeout")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == ["timeout"]


def test_nested_time_limit_keeps_the_earlier_deadline():
    with pytest.raises(Timeout):
        with time_limit(0.2):
            with time_limit(30):
                time.sleep(1)


def test_garbled_text_detection():
    assert is_undecodable("(cid:12)") and is_undecodable("\x03") and not is_undecodable("a")
    assert garbled(["(cid:3)"] * 20 + ["a"] * 10)
    assert not garbled(["(cid:3)"] * 2 + ["a"] * 40)
    assert not garbled(["(cid:3)"] * 5)  # too few glyphs to tell


MUTANTS = fuzz.mutants(12, seed=2024)


@pytest.mark.parametrize("name,data", MUTANTS, ids=[name for name, _ in MUTANTS])
def test_fuzzed_samples_end_typed(name, data):
    t0 = time.perf_counter()
    assert fuzz.run_in_process(data) != "crash", name
    assert time.perf_counter() - t0 < 30


def test_no_network_at_run_time(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access at run time")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from cvparse.dates import _foreign_months

    _foreign_months.cache_clear()
    assert _foreign_months()["marca"] == 3  # dateparser's own data only
    assert cvparse.parse(FIXTURES / "cv-es.pdf").experience


CLI = [sys.executable, "-m", "cvparse"]


def test_cli_bad_input_one_line_json_error_and_exit_code(tmp_path):
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(badinputs.truncated())
    r = subprocess.run(CLI + [str(bad), "--json"], capture_output=True, timeout=120)
    assert r.returncode == 4
    err = r.stderr.decode().strip()
    assert err.count("\n") == 0 and err.startswith("cvparse: error:") and "Traceback" not in err
    assert json.loads(r.stdout)["error"]["type"] == "damaged"
    debug = subprocess.run(CLI + [str(bad), "--debug"], capture_output=True, timeout=120)
    assert debug.returncode != 0 and b"Traceback" in debug.stderr


def test_cli_limits_and_private_output(tmp_path):
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(badinputs.many_pages(3))
    r = subprocess.run(CLI + [str(pdf), "--max-pages", "2"], capture_output=True, timeout=120)
    assert r.returncode == 7 and b"pages" in r.stderr
    out = tmp_path / "record.json"
    out.write_text("old")
    os.chmod(out, 0o644)
    r = subprocess.run(CLI + [str(pdf), "--json", "--out", str(out)], capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and json.loads(out.read_text())["source"]["pages"] == 3
    assert r.stderr == b""  # no library chatter, no CV text in logs at the default level
