"""cvparse serve: the service started on loopback (one worker), every endpoint hit over HTTP."""
import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from conftest import FIXTURES, parsed  # noqa: E402
from cvparse.batch.worker import FAULTS_VARIABLE  # noqa: E402
from cvparse.cli import app  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import badinputs  # noqa: E402

TOKEN = "test-token-" + "0123456789abcdef"
MAX_MB = 2  # the service's file limit here: an oversize body is cheap to send
TIMEOUT = 4  # seconds per document; a hung worker is stopped at 1.1 x this + 2
STARTUP = 120  # seconds for the service and its worker to be ready (a loaded CI machine)
FAULT = b"%cvparse-fault:"  # the worker's test hook (cvparse.batch.worker)
SCHEMATHESIS_EXAMPLES = 25  # per operation: seven operations, well under a minute


class Service:
    def __init__(self, folder: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.db = folder / "store.db"
        self.temp = folder / "tmp"  # the service's TMPDIR: an upload written to disk would show here
        self.temp.mkdir()
        token_file = folder / "token"
        token_file.write_text(TOKEN + "\n")
        token_file.chmod(0o600)
        self.log = folder / "service.log"
        env = {**os.environ, FAULTS_VARIABLE: "1", "TMPDIR": str(self.temp)}
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "cvparse", "serve", "--port", str(self.port), "--workers", "1",
                 "--db", str(self.db), "--token-file", str(token_file), "--timeout", str(TIMEOUT),
                 "--max-mb", str(MAX_MB), "--queue", "1"], env=env, stdout=log, stderr=subprocess.STDOUT)
        self.client = httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        self.wait_ready()

    def wait_ready(self) -> None:
        ends = time.monotonic() + STARTUP
        while time.monotonic() < ends:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if self.health()["status"] == "ok":
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise AssertionError("the service did not get ready:\n" + self.log.read_text())

    def health(self) -> dict:
        return httpx.get(f"{self.url}/healthz", timeout=5).json()

    def parse(self, data: bytes, **params) -> httpx.Response:
        return self.client.post("/v1/parse", content=data, params=params,
                                headers={"Content-Type": "application/pdf"})

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = Service(tmp_path_factory.mktemp("serve"))
    yield running
    running.stop()


def fixture_bytes(slug: str) -> bytes:
    return (FIXTURES / f"{slug}.pdf").read_bytes()


def assert_error(response: httpx.Response, status: int, kind: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"type", "message"} and error["message"] and "\n" not in error["message"]
    assert "Traceback" not in response.text
    if kind:
        assert error["type"] == kind, error
    return error


def test_parse_answers_the_record_the_command_line_prints(service):
    response = service.parse(fixture_bytes("cv-fr"))
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    want = parsed("cv-fr")
    want["source"]["file"] = None  # a request body carries no file name
    assert response.json() == want


def test_multipart_upload_jsonresume_compact_and_redact(service):
    files = {"file": ("cv.pdf", fixture_bytes("cv-fr"), "application/pdf")}
    resume = service.client.post("/v1/parse", files=files, params={"format": "jsonresume", "compact": "true"})
    assert resume.status_code == 200
    assert resume.json()["basics"]["email"] == "camille.bertrand@example.org"
    assert "provenance" not in resume.text
    redacted = service.client.post("/v1/parse", files=files, params={"redact": "true", "engine": "pdfium"})
    assert redacted.status_code == 200 and "Camille" not in redacted.text and "camille" not in redacted.text
    assert redacted.json()["source"]["engine"] == "pdfium"


def _bomb() -> bytes:
    # Under the 2 MB file limit here, yet inflating to 300 MB: the stream limit refuses it.
    return badinputs.decompression_bomb()


BAD_BODIES = {  # name -> (body, status, error type)
    "empty": (b"", 400, "empty"),
    "plain text": (badinputs.plain_text(), 415, "not_a_pdf"),
    "png": (badinputs.png(), 415, "not_a_pdf"),
    "truncated": (badinputs.truncated(), 400, "damaged"),
    "encrypted": (badinputs.encrypted(), 400, "encrypted"),
    "oversize": (b"%PDF-1.7\n" + b"0" * (MAX_MB * 1024 * 1024), 413, "too_large"),
    "decompression bomb": (None, 413, "too_large"),
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_input_gets_its_status_and_a_one_line_reason(service, name):
    body, status, kind = BAD_BODIES[name]
    error = assert_error(service.parse(_bomb() if body is None else body), status, kind)
    assert "--" not in error["message"]  # no command-line option: a request cannot follow that advice


def test_a_scan_gets_advice_a_request_can_follow(service):
    error = assert_error(service.parse(badinputs.image_only()), 422, "no_text")
    assert "ocr=true" in error["message"] and "--ocr" not in error["message"]


def test_bad_requests_get_typed_errors(service):
    assert_error(service.client.post("/v1/parse", content=b"%PDF-1.7", headers={"Content-Type": "text/plain"}),
                 415, "unsupported_media_type")
    assert_error(service.parse(fixture_bytes("cv-fr"), format="xml"), 422, "bad_option")
    assert_error(service.parse(fixture_bytes("cv-fr"), engine="acrobat"), 422, "bad_option")
    typo = assert_error(service.parse(fixture_bytes("cv-fr"), formt="jsonresume"), 422, "bad_option")
    assert "'formt'" in typo["message"]
    no_file = service.client.post("/v1/parse", files={"other": ("cv.pdf", b"%PDF-1.7", "application/pdf")})
    assert_error(no_file, 422)
    assert_error(service.client.get("/v1/nowhere"), 404, "not_found")


def test_an_oversize_body_without_length_is_refused_while_it_arrives(service):
    def chunks():
        yield b"%PDF-1.7\n"
        for _ in range(MAX_MB * 4):
            yield b"0" * (512 * 1024)

    response = service.client.post("/v1/parse", content=chunks(), headers={"Content-Type": "application/pdf"})
    assert_error(response, 413, "too_large")


def test_uploads_never_touch_the_disk(service):
    large = badinputs.text_pdf() + b"%" + b"0" * (1536 * 1024)  # over Starlette's 1 MB spool to /tmp
    files = {"file": ("cv.pdf", large, "application/pdf")}
    assert service.client.post("/v1/parse", files=files).status_code == 200
    assert [p for p in service.temp.rglob("*") if p.is_file()] == []


def test_a_killed_worker_gives_a_5xx_with_a_reason_and_the_next_request_succeeds(service):
    error = assert_error(service.parse(FAULT + b"crash\n"), 500, "crashed")
    assert "worker died" in error["message"]
    assert service.parse(fixture_bytes("cv-es")).status_code == 200


def test_a_hung_document_gives_504_and_a_full_queue_503_with_retry_after(service):
    answers = {}

    def send(name, data):
        answers[name] = service.parse(data)

    service.wait_ready()
    hung = threading.Thread(target=send, args=("hung", FAULT + b"hang\n"))
    hung.start()
    _until(lambda: service.health()["busy"] == 1)
    queued = threading.Thread(target=send, args=("queued", fixture_bytes("cv-es")))
    queued.start()
    _until(lambda: service.health()["waiting"] == 1)
    full = service.parse(fixture_bytes("cv-es"))
    assert_error(full, 503, "queue_full")
    assert int(full.headers["Retry-After"]) >= 1
    hung.join(60)
    queued.join(60)
    assert_error(answers["hung"], 504, "timeout")
    assert answers["queued"].status_code == 200  # waited for the fresh worker, then parsed


def _until(condition, seconds: float = 30.0) -> None:
    ends = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < ends, "timed out waiting"
        time.sleep(0.05)


def test_a_token_is_required_and_checked(service):
    pdf = {"content": fixture_bytes("cv-es"), "headers": {"Content-Type": "application/pdf"}}
    missing = httpx.post(f"{service.url}/v1/parse", **pdf)
    assert_error(missing, 401, "unauthorized")
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    wrong = httpx.post(f"{service.url}/v1/parse", **{**pdf, "headers": {**pdf["headers"],
                                                                       "Authorization": "Bearer wrong"}})
    assert_error(wrong, 401, "unauthorized")
    assert_error(httpx.get(f"{service.url}/v1/schema"), 401)
    assert httpx.get(f"{service.url}/healthz").status_code == 200  # a load balancer's probe needs no token


def test_schema_and_openapi(service):
    from cvparse.export.schema import record_schema

    assert service.client.get("/v1/schema").json() == record_schema()
    paths = httpx.get(f"{service.url}/openapi.json").json()["paths"]
    assert {"/v1/parse", "/v1/batches", "/v1/batches/{batch_id}", "/v1/documents/{sha256}", "/v1/schema",
            "/healthz"} <= set(paths)


def test_a_batch_goes_to_the_store_once_per_content(service):
    es, fr = fixture_bytes("cv-es"), fixture_bytes("cv-fr")
    files = [("files", ("a.pdf", es, "application/pdf")), ("files", ("b.pdf", fr, "application/pdf")),
             ("files", ("copy-of-a.pdf", es, "application/pdf")),
             ("files", ("notes.pdf", b"not a pdf", "application/pdf"))]
    started = service.client.post("/v1/batches", files=files)
    assert started.status_code == 202, started.text
    progress = _finished_batch(service, started.json()["id"])
    assert (progress["documents"], progress["ok"], progress["failed"]) == (3, 2, 1)
    sha_es = hashlib.sha256(es).hexdigest()
    assert progress["files"][sha_es] == {"status": "ok", "error": None}
    assert progress["files"][hashlib.sha256(b"not a pdf").hexdigest()]["error"]["type"] == "not_a_pdf"
    stored = service.client.get(f"/v1/documents/{sha_es}").json()
    assert stored["status"] == "ok" and stored["record"]["source"]["sha256"] == sha_es
    assert stored["parser"] == "cvparse 0.1.0 pdfium" and "files" not in stored
    again = service.client.post("/v1/batches", files=files[:1]).json()  # the store has it: nothing to parse
    assert service.client.get(f"/v1/batches/{again['id']}").json()["pending"] == 0
    assert_error(service.client.get("/v1/batches/nope"), 404, "not_found")
    assert_error(service.client.get(f"/v1/documents/{'0' * 64}"), 404, "not_found")
    assert_error(service.client.get("/v1/documents/not-a-hash"), 422, "bad_option")


def test_two_batches_with_the_same_new_document_share_its_parse(service):
    data = fixture_bytes("cv-fr") + b"\n% a copy no other test sends\n"
    files = [("files", ("cv.pdf", data, "application/pdf"))]
    first, second = (service.client.post("/v1/batches", files=files).json()["id"] for _ in range(2))
    sha = hashlib.sha256(data).hexdigest()
    for batch_id in (first, second):
        assert _finished_batch(service, batch_id)["files"][sha] == {"status": "ok", "error": None}
    assert service.client.get(f"/v1/documents/{sha}").json()["status"] == "ok"


def _finished_batch(service, batch_id: str) -> dict:
    ends = time.monotonic() + 60
    while True:
        progress = service.client.get(f"/v1/batches/{batch_id}").json()
        if progress["done"] or time.monotonic() > ends:
            return progress
        time.sleep(0.1)


def test_the_access_log_holds_no_cv_text_file_names_queries_or_tokens(service):
    files = {"file": ("Camille-Bertrand-CV.pdf", fixture_bytes("cv-fr"), "application/pdf")}
    assert service.client.post("/v1/parse", files=files, params={"compact": "true"}).status_code == 200
    log = service.log.read_text()
    assert "cvparse: access: POST /v1/parse 200" in log
    for secret in (TOKEN, "Camille", "Bertrand", "compact", "Traceback"):
        assert secret not in log


def test_no_auth_is_refused_off_loopback_and_a_shared_token_file_too(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--no-auth"])
    assert result.exit_code == 2 and "--no-auth only on a loopback address" in result.output
    token = tmp_path / "token"
    token.write_text(TOKEN)
    token.chmod(0o644)
    result = CliRunner().invoke(app, ["serve", "--token-file", str(token)])
    assert result.exit_code == 2 and "can be read by others" in result.output
    assert len(result.output.strip().splitlines()) == 1


api = schemathesis.pytest.from_fixture("openapi")


@pytest.fixture(scope="module")
def openapi(service):
    return schemathesis.openapi.from_url(f"{service.url}/openapi.json")


@pytest.fixture(scope="module")
def generated():
    """The requests schemathesis sent (printed with -s): the fuzzing must have done something."""
    sent = []
    yield sent
    print(f"\nschemathesis: {len(sent)} generated requests")
    assert len(sent) >= SCHEMATHESIS_EXAMPLES


@api.parametrize()
@settings(max_examples=SCHEMATHESIS_EXAMPLES, deadline=None,
          suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_openapi_description_holds_for_generated_requests(case, service, generated):
    # Not positive_data_acceptance: a schema says "binary", not "a PDF", so generated bodies rightly get 415.
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=[positive_data_acceptance])
    generated.append(case.operation.label)
