"""What the service is started with, checked before anything listens."""
from __future__ import annotations

import ipaddress
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..limits import MiB, Limits

TOKEN_VARIABLE = "CVPARSE_TOKEN"
# Documents waiting per worker before a request gets 503: at a typical 0.2-0.5 s a parse,
# sixteen are a few seconds' wait, far inside an HTTP client's usual timeout.
QUEUE_PER_WORKER = 16
MAX_BATCH_FILES = 100  # files one batch request may carry
BATCH_BACKLOG_BYTES = 512 * MiB  # batch uploads held in memory until parsed; past it a new batch gets 503
MIN_TOKEN_LENGTH = 16  # characters: a short token is guessable


class ServeError(Exception):
    """The service cannot start as asked (one line: the command line prints it)."""


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    db: Path = Path("cvparse.db")  # the batch store, shared with `cvparse batch`
    token: str | None = None  # the bearer token; None only with no_auth
    no_auth: bool = False  # loopback only
    limits: Limits = field(default_factory=Limits)
    max_memory: int = 2048  # MB of address space per worker, 0 for none
    queue: int | None = None  # documents waiting for a worker before 503 (None: QUEUE_PER_WORKER each)
    max_batch_files: int = MAX_BATCH_FILES
    warm: bool = True  # load the pipeline when a worker starts

    @property
    def queue_limit(self) -> int:
        return self.queue if self.queue is not None else QUEUE_PER_WORKER * max(1, self.workers)

    def check(self) -> None:
        """Raise ServeError when these settings must not run."""
        if self.no_auth and not is_loopback(self.host):
            raise ServeError(f"--no-auth only on a loopback address (127.0.0.1, ::1, localhost), not {self.host}")
        if not self.no_auth and not self.token:
            raise ServeError(f"give a bearer token with --token-file FILE or {TOKEN_VARIABLE}, "
                             "or --no-auth on a loopback address")
        if self.workers < 1:
            raise ServeError("--workers must be 1 or more")
        if self.queue is not None and self.queue < 0:
            raise ServeError("--queue must be 0 or more")
        if not 0 <= self.port <= 65535:
            raise ServeError(f"--port {self.port} is not a TCP port")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(token_file: Path | None) -> str | None:
    """The token from the file (first line), else from CVPARSE_TOKEN; None when neither gives one."""
    if token_file is None:
        token = os.environ.get(TOKEN_VARIABLE, "").strip()
    else:
        try:
            mode = token_file.stat().st_mode
            token = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            raise ServeError(f"--token-file {token_file}: cannot read it ({reason})") from exc
        if mode & (stat.S_IRWXG | stat.S_IRWXO):  # like ssh with a private key: a shared secret is no secret
            raise ServeError(f"--token-file {token_file} can be read by others; chmod 600 it")
        if not token:
            raise ServeError(f"--token-file {token_file} is empty")
    if token and len(token) < MIN_TOKEN_LENGTH:
        raise ServeError(f"the token is shorter than {MIN_TOKEN_LENGTH} characters")
    return token or None
