"""The FastAPI application: routes, error bodies, the worker bridge's life."""
from __future__ import annotations

import asyncio
import sys
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable, Literal, TypeVar

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from .. import __version__
from ..batch.worker import Parsing
from . import errors
from .accesslog import AccessLog
from .auth import token_check
from .batches import BatchBook, stored
from .bridge import QueueFull, Unavailable, WorkerBridge
from .errors import ApiError, documented
from .settings import BATCH_BACKLOG_BYTES, Settings
from .uploads import MULTIPART_SLACK, multipart_files, pdf_body

# The request bodies as OpenAPI describes them (the routes read the body themselves, to bound it).
PDF_BODY = {"requestBody": {"required": True, "content": {
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                       "properties": {"file": {"type": "string", "format": "binary"}}}}}}}
BATCH_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}
JSON_OBJECT = {"application/json": {"schema": {"type": "object"}}}
SHA256 = Path(pattern="^[0-9a-f]{64}$", description="the SHA-256 of the PDF's bytes, in lower-case hex")
Engine = Literal["pdfplumber", "pdfium"]


def create_app(settings: Settings, bridge: WorkerBridge | None = None) -> FastAPI:
    bridge = bridge or WorkerBridge(settings.workers, Parsing(limits=settings.limits), settings.max_memory,
                                    settings.queue_limit, settings.warm)
    book = BatchBook(settings.db, bridge, settings.limits.max_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        bridge.start()
        auth = "bearer token" if settings.token else "none (loopback)"
        print(f"cvparse: serve: http://{settings.host}:{settings.port}, {bridge.workers} workers, "
              f"store {settings.db}, authentication: {auth}", file=sys.stderr, flush=True)
        yield
        await run_in_threadpool(bridge.close)

    app = FastAPI(title="cvparse", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="CV / résumé PDFs to structured records. Every /v1 endpoint needs "
                              "`Authorization: Bearer <token>` unless the service runs with --no-auth.")
    _error_handlers(app)
    app.add_middleware(AccessLog)
    guarded = [Depends(token_check(settings.token)), Depends(_known_options)]

    def parsing(engine: str, ocr: bool, redact: bool, fmt: str = "native", compact: bool = False) -> Parsing:
        return Parsing(engine, settings.limits, ocr=ocr, redact=redact, fmt=fmt, compact=compact)

    @app.post("/v1/parse", dependencies=guarded, openapi_extra=PDF_BODY, summary="Parse one CV",
              responses={200: {"content": JSON_OBJECT, "description": "the record (see /v1/schema)"},
                         **documented(400, 401, 413, 415, 422, 500, 503, 504)})
    async def parse(request: Request,
                    fmt: Literal["json", "jsonresume"] = Query("json", alias="format"),
                    redact: bool = Query(False, description="remove the person's identity"),
                    ocr: bool = Query(False, description="read pages without a text layer by OCR"),
                    engine: Engine = Query("pdfplumber", description="the PDF reader"),
                    compact: bool = Query(False, description="leave provenance (page boxes) out")) -> Response:
        data = await pdf_body(request, settings.limits.max_bytes)
        how = parsing(engine, ocr, redact, "native" if fmt == "json" else fmt, compact)
        outcome = await asyncio.wrap_future(_submit(lambda: bridge.submit(data, how)))
        if outcome.status != "ok" or outcome.record is None:
            raise errors.for_outcome(outcome.error_type, outcome.error_message)
        return Response(outcome.record, media_type="application/json")

    @app.post("/v1/batches", dependencies=guarded, openapi_extra=BATCH_BODY, status_code=202,
              summary="Parse several CVs into the store",
              responses={202: {"content": JSON_OBJECT, "description": "the batch's id"},
                         **documented(400, 401, 413, 415, 422, 503)})
    async def start_batch(request: Request,
                          redact: bool = Query(False, description="store records without the person's identity"),
                          ocr: bool = Query(False, description="read pages without a text layer by OCR"),
                          engine: Engine = Query("pdfium", description="the PDF reader")) -> JSONResponse:
        files = await multipart_files(request, BATCH_BACKLOG_BYTES + MULTIPART_SLACK, settings.max_batch_files)
        uploads = [data for field in files.values() for data in field]
        if not uploads:
            raise ApiError(422, "bad_request", "the multipart body has no file")
        how = parsing(engine, ocr, redact)
        batch = await run_in_threadpool(_submit, lambda: book.start(uploads, how))
        return JSONResponse({"id": batch.id}, status_code=202)

    @app.get("/v1/batches/{batch_id}", dependencies=guarded, summary="A batch's progress",
             responses={200: {"content": JSON_OBJECT, "description": "counts, and each document's status by "
                                                                      "SHA-256"}, **documented(401, 404, 422)})
    async def batch_progress(batch_id: str = Path(max_length=64)) -> JSONResponse:
        progress = book.progress(batch_id)
        if progress is None:
            raise ApiError(404, "not_found", "no such batch (unknown, or forgotten after a restart)")
        return JSONResponse(progress)

    @app.get("/v1/documents/{sha256}", dependencies=guarded, summary="A stored document",
             responses={200: {"content": JSON_OBJECT, "description": "status, record or error, parser, time"},
                        **documented(401, 404, 422)})
    async def document(sha256: str = SHA256) -> JSONResponse:
        row = await run_in_threadpool(stored, settings.db, sha256)
        if row is None:
            raise ApiError(404, "not_found", "the store has no document with this SHA-256")
        return JSONResponse(row)

    @app.get("/v1/schema", dependencies=guarded, summary="The record's JSON Schema",
             responses={200: {"content": JSON_OBJECT, "description": "JSON Schema (draft 2020-12)"},
                        **documented(401)})
    async def schema() -> JSONResponse:
        from ..export.schema import record_schema

        return JSONResponse(record_schema())

    @app.get("/healthz", summary="Liveness, and whether a worker is ready",
             responses={200: {"content": JSON_OBJECT, "description": "status: ok, starting or broken"}})
    async def health() -> JSONResponse:
        status = "broken" if bridge.broken else ("ok" if bridge.ready.is_set() else "starting")
        return JSONResponse({"status": status, "workers": bridge.workers, "busy": bridge.busy(),
                             "waiting": bridge.waiting()})

    return app


T = TypeVar("T")


def _submit(enqueue: Callable[[], T]) -> T:
    """What ``enqueue()`` returns; a full queue or stopped workers as the error bodies they are."""
    try:
        return enqueue()
    except QueueFull as exc:
        raise ApiError(503, "queue_full", str(exc), {"Retry-After": str(exc.retry_after)}) from None
    except Unavailable as exc:
        raise ApiError(503, "unavailable", str(exc)) from None


async def _known_options(request: Request) -> None:
    """A query option the route does not have is refused: a typo (?formt=jsonresume) must not pass unseen."""
    route = request.scope.get("route")
    known = {param.alias for param in route.dependant.query_params} if route else set()  # the route's own
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        choices = ", ".join(sorted(known)) or "none"
        raise ApiError(422, "bad_option", f"unknown option {unknown[0]!r} (options: {choices})")


def _error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return JSONResponse(errors.body(exc.kind, exc.message), exc.status, headers=exc.headers)

    async def bad_option(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ())[1:]) or "request"
        return JSONResponse(errors.body("bad_option", f"{where}: {first.get('msg', 'invalid')}"), 422)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(errors.body(kind, str(exc.detail)), exc.status_code, headers=exc.headers)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, bad_option)
    app.add_exception_handler(HTTPException, http_error)
