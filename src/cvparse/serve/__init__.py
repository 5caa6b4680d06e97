"""``cvparse serve``: an HTTP parsing service for an applicant-tracking system.

This package's top level imports nothing heavy: the command line checks the
settings before FastAPI (an extra: ``pip install 'cvparse[serve]'``) is loaded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import ServeError, Settings, read_token

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["ServeError", "Settings", "create_app", "read_token", "serve"]


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI application for these settings (its worker processes start with it)."""
    from .app import create_app as build

    return build(settings)


def serve(settings: Settings) -> None:
    """Check the settings, then answer requests until interrupted (uvicorn, one process)."""
    settings.check()
    _open_store(settings)
    try:
        import uvicorn
    except ImportError as exc:
        raise ServeError("the service needs the serve extra: pip install 'cvparse[serve]'") from exc
    from .accesslog import configure

    configure()
    options: dict[str, Any] = {"access_log": False, "log_level": "warning", "server_header": False}
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, **options)


def _open_store(settings: Settings) -> None:
    """Create (0600) or open the store now: one that cannot be opened fails the start, not a request."""
    import sqlite3

    from ..batch.store import Store

    try:
        Store(settings.db).close()
    except (OSError, sqlite3.Error) as exc:
        raise ServeError(f"cannot open the store {settings.db} ({exc})") from exc
