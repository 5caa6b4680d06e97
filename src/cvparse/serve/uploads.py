"""Reading uploads: a size limit checked as the bytes arrive, and nothing ever written to disk.

Starlette spools an uploaded file over 1 MB to a temporary file (in /tmp); here
the spool is as large as the body may be, so every upload stays in memory, and
the body limit is enforced while reading, before the whole body is in.
"""
from __future__ import annotations

from typing import AsyncGenerator

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from .errors import ApiError

MULTIPART_SLACK = 64 * 1024  # bytes of multipart framing (boundaries, part headers) allowed past the file limit
MAX_FORM_FIELDS = 16  # form fields beside the files: ignored, but each is held in memory until then
PDF_TYPE = "application/pdf"
MULTIPART_TYPE = "multipart/form-data"


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def pdf_body(request: Request, max_bytes: int) -> bytes:
    """The one PDF of a parse request: the body itself (application/pdf) or the multipart field ``file``."""
    kind = media_type(request)
    if kind == PDF_TYPE:
        data = b"".join([chunk async for chunk in _limited(request, max_bytes)])
    elif kind == MULTIPART_TYPE:
        files = await multipart_files(request, max_bytes + MULTIPART_SLACK, max_files=1)
        if "file" not in files:
            raise ApiError(422, "bad_request", "the multipart body has no file field named 'file'")
        data = files["file"][0]
    else:
        raise ApiError(415, "unsupported_media_type",
                       f"send the PDF as {PDF_TYPE} or as {MULTIPART_TYPE} (field 'file')")
    if not data:
        raise ApiError(400, "empty", "the body is empty")
    if len(data) > max_bytes:
        raise ApiError(413, "too_large", f"the file is over {max_bytes} bytes (limit)")
    return data


async def multipart_files(request: Request, max_bytes: int, max_files: int) -> dict[str, list[bytes]]:
    """field name -> the files uploaded under it, in order (form fields without a file are ignored)."""
    if media_type(request) != MULTIPART_TYPE:
        raise ApiError(415, "unsupported_media_type", f"send the files as {MULTIPART_TYPE}")
    parser = MultiPartParser(request.headers, _limited(request, max_bytes), max_files=max_files,
                             max_fields=MAX_FORM_FIELDS)
    parser.spool_max_size = max_bytes + 1  # never spooled to disk: the whole body is under this
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        status = 413 if "Too many files" in exc.message else 400  # more files than allowed: too large
        raise ApiError(status, "bad_upload" if status == 400 else "too_large", exc.message) from None
    files: dict[str, list[bytes]] = {}
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                files.setdefault(name, []).append(await value.read())
    finally:
        await form.close()
    return files


async def _limited(request: Request, max_bytes: int) -> AsyncGenerator[bytes, None]:
    """The body's chunks; 413 as soon as it is (or says it will be) over ``max_bytes``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ApiError(413, "too_large", f"the body is {declared} bytes (limit {max_bytes})")
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise ApiError(413, "too_large", f"the body is over {max_bytes} bytes (limit)")
        yield chunk
