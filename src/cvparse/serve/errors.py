"""Every failure as a typed one-line body, ``{"error": {"type": ..., "message": ...}}``, with its HTTP status.

The types are the library's error kinds (:mod:`cvparse.errors`) plus the batch
worker's (crashed, memory, internal) and the service's own; never a traceback.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..errors import OCR_ADVICE, PASSWORD_ADVICE

# The library's advice names command-line options; here it says what a request can do instead.
ADVICE_FOR_REQUESTS = {PASSWORD_ADVICE: None,  # no password option: the ATS must send the PDF unencrypted
                       OCR_ADVICE: "send it again with ocr=true to read it by OCR (Tesseract)"}

# A document's failure kind -> the status that tells the client whose problem it is.
STATUS_BY_KIND = {
    "not_a_pdf": 415,  # the body is not a PDF at all
    "damaged": 400,  # a PDF too broken to read
    "encrypted": 400,  # no password for it
    "source_type": 400,
    "io": 400,
    "too_large": 413,  # over a size limit: bytes, pages, characters, decompressed streams
    "memory": 413,  # needs more memory than a worker may take: too large in effect
    "no_text": 422,  # a readable PDF with nothing to parse (a scan without ocr=true)
    "timeout": 504,  # past the per-document time limit
    "unavailable": 503,
    "crashed": 500,  # the worker died on it; a fresh one takes the next request
    "internal": 500,
    "ocr": 500,  # OCR asked for but Tesseract cannot run here
}


class ApiError(Exception):
    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.kind, self.message, self.headers = status, kind, one_line(message), headers


def for_outcome(kind: str | None, message: str | None) -> ApiError:
    kind = kind or "internal"
    return ApiError(STATUS_BY_KIND.get(kind, 500), kind, _for_requests(message or kind))


def _for_requests(message: str) -> str:
    for advice, instead in ADVICE_FOR_REQUESTS.items():
        if message.endswith(f"; {advice}"):
            return message[: -len(advice) - 2] + (f"; {instead}" if instead else "")
    return message


def one_line(message: str) -> str:
    return message.splitlines()[0] if message else ""


def body(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"type": kind, "message": one_line(message)}}


class ErrorDetail(BaseModel):
    type: str
    message: str


class ErrorBody(BaseModel):
    """What every failure answers (OpenAPI)."""

    error: ErrorDetail


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses for these failure statuses, all with the error body."""
    return {status: {"model": ErrorBody, "description": DESCRIPTIONS[status]} for status in statuses}


DESCRIPTIONS = {
    400: "a damaged PDF, an encrypted one, an empty body or a malformed upload",
    401: "no bearer token, or the wrong one",
    404: "no such batch or document",
    413: "over a size limit (the body, the file, its pages or streams)",
    415: "not a PDF, or a content type other than application/pdf or multipart/form-data",
    422: "a bad option, or a PDF without text to read",
    500: "the worker died on the document, or an internal error (one line, no traceback)",
    503: "the queue is full (see Retry-After) or the workers cannot run",
    504: "past the per-document time limit",
}
