"""A minimal access log, and the last guard against a traceback reaching a client.

A line is method, path (no query string), status and milliseconds: nothing from
the body (CV text), no file names, no headers (tokens). uvicorn's own access
log is off (it prints the query string and the client's address).
"""
from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any, Awaitable, Callable, MutableMapping

from .errors import body

log = logging.getLogger("cvparse.serve.access")
errors = logging.getLogger("cvparse.serve")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def configure() -> None:
    """Access lines on stderr, as ``cvparse: access: POST /v1/parse 200 312ms``."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("cvparse: access: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


class AccessLog:
    """ASGI middleware: logs each request, and turns an unexpected exception into a one-line 500."""

    def __init__(self, app: App):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:  # a bug: its text could quote the CV, so only its type, and no traceback
            errors.error("internal error (%s) on %s %s", type(exc).__name__, scope["method"], scope["path"])
            if not status:
                status = 500
                await _internal_error(send, type(exc).__name__)
        finally:
            log.info("%s %s %d %.0fms", scope["method"], scope["path"], status,
                     (time.perf_counter() - started) * 1000)


async def _internal_error(send: Send, name: str) -> None:
    content = json.dumps(body("internal", f"internal error ({name})")).encode()
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]})
    await send({"type": "http.response.body", "body": content})
