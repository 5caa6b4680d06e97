"""The batch store: one SQLite file, documents keyed by the SHA-256 of their bytes.

WAL journal and one transaction per document: a process killed at any moment
leaves every committed document intact, and a rerun continues from there.
A file that cannot be read has no hash; it is kept under the key ``path:<path>``
until it becomes readable, so every input is accounted for.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timezone
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Iterable, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    key TEXT PRIMARY KEY,          -- sha256 of the bytes, or 'path:<path>' when unreadable
    sha256 TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error_type TEXT,
    error_message TEXT,
    record TEXT,                   -- the JSON record when ok
    parser TEXT NOT NULL,          -- 'cvparse <version> <engine>': what a rerun compares
    parsed_at TEXT NOT NULL,       -- UTC, ISO 8601 to the millisecond
    seconds REAL
);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT PRIMARY KEY,
    key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_by_key ON paths (key);
"""
_COLUMNS = "key, sha256, status, error_type, error_message, record, parser, parsed_at, seconds"


@dataclass(frozen=True)
class Outcome:
    """What parsing one document gave: a record (JSON text) or an error kind and one-line message."""

    status: str
    record: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    seconds: float | None = None

    @classmethod
    def failed(cls, error_type: str, message: str, seconds: float | None = None) -> "Outcome":
        return cls("failed", error_type=error_type, error_message=message, seconds=seconds)


class StoreError(Exception):
    """The file named is not a batch store."""


def open_existing(path: str | os.PathLike[str]) -> "Store":
    """The store at ``path``, which must exist (an export never creates an empty one)."""
    if not os.path.isfile(path):
        raise StoreError(f"no store at {os.fspath(path)}")
    try:
        store = Store(path)
    except sqlite3.Error as exc:
        raise StoreError(f"{os.fspath(path)} is not a cvparse batch store ({exc})") from exc
    return store


def path_key(path: str) -> str:
    return f"path:{path}"


class Store:
    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        _create_private(self.path)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL under WAL: a killed process loses nothing committed (only a power cut could).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def parsers(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """key -> (parser, status) for the keys already in the store."""
        found = {}
        for key in keys:
            row = self.db.execute("SELECT parser, status FROM documents WHERE key = ?", (key,)).fetchone()
            if row:
                found[key] = row
        return found

    def link(self, key: str, paths: Iterable[str]) -> None:
        """Record that these paths hold this document (a skipped document's new copies)."""
        with self._transaction():
            self._link(key, paths)

    def save(self, key: str, sha256: str | None, paths: Iterable[str], outcome: Outcome, parser: str) -> None:
        """Commit one document's outcome and its paths in one transaction."""
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, sha256, outcome.status, outcome.error_type, outcome.error_message, outcome.record,
                 parser, _now(), outcome.seconds))
            self._link(key, paths)

    def _link(self, key: str, paths: Iterable[str]) -> None:
        for path in paths:
            row = self.db.execute("SELECT key FROM paths WHERE path = ?", (path,)).fetchone()
            if row and row[0] == key:
                continue
            self.db.execute("INSERT OR REPLACE INTO paths VALUES (?, ?)", (path, key))
            if row:  # the file changed (or became readable): drop what nothing points to any more
                self.db.execute("DELETE FROM documents WHERE key = ? AND NOT EXISTS "
                                "(SELECT 1 FROM paths WHERE paths.key = documents.key)", (row[0],))

    def rows(self) -> Iterator[dict[str, Any]]:
        """Every document with its paths, in key order (streamed: a large store is not loaded at once)."""
        for row in self.db.execute(f"SELECT {_COLUMNS} FROM documents ORDER BY key"):
            yield self._document(row)

    def document(self, key: str) -> dict[str, Any] | None:
        """One document as :meth:`rows` gives it, or None when the store does not have it."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM documents WHERE key = ?", (key,)).fetchone()
        return self._document(row) if row else None

    def _document(self, row: tuple[Any, ...]) -> dict[str, Any]:
        key, sha, status, error_type, message, record, parser, parsed_at, seconds = row
        files = [p for (p,) in self.db.execute("SELECT path FROM paths WHERE key = ? ORDER BY path", (key,))]
        return {"sha256": sha, "files": files, "status": status,
                "error": {"type": error_type, "message": message} if status == "failed" else None,
                "record": json.loads(record) if record else None,
                "parser": parser, "parsed_at": parsed_at, "seconds": seconds}

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (its -wal/-shm files follow its mode)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
