"""Batches sent to the service: their documents go to the store of ``cvparse batch``.

A document is its content's SHA-256, as in the store: the same bytes sent twice
(in one batch or in two) are parsed once, and a document the store already has
from the same parser is not parsed again. The store keeps records, never the
uploads; a batch's progress is kept in memory, the last MAX_KEPT batches.
"""
from __future__ import annotations

import functools
import hashlib
import secrets
import threading
from collections import OrderedDict
from contextlib import closing
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch.job import parser_version
from ..batch.store import Outcome, Store
from ..batch.worker import Parsing
from .bridge import WorkerBridge

MAX_KEPT = 1000  # batches whose progress can be asked for; the oldest is forgotten first
ID_BYTES = 16  # a batch id is unguessable: 128 random bits


@dataclass
class Batch:
    id: str
    status: dict[str, dict[str, Any]] = field(default_factory=dict)  # sha256 -> {"status", "error"}

    def progress(self) -> dict[str, Any]:
        counts = {state: 0 for state in ("pending", "ok", "failed")}
        for entry in self.status.values():
            counts[entry["status"]] += 1
        return {"id": self.id, "documents": len(self.status), **counts,
                "done": counts["pending"] == 0, "files": {sha: dict(entry) for sha, entry in self.status.items()}}


class BatchBook:
    def __init__(self, db: Path, bridge: WorkerBridge, max_bytes: int):
        self.db, self.bridge, self.max_bytes = db, bridge, max_bytes
        self._batches: OrderedDict[str, Batch] = OrderedDict()
        self._lock = threading.Lock()  # the batches change in the pool's thread as results arrive
        self._parsing: dict[tuple[str, str], Future[Outcome]] = {}  # (sha256, parser) -> its parse under way

    def start(self, uploads: list[bytes], parsing: Parsing) -> Batch:
        """Record the batch and queue what the store lacks (QueueFull: nothing queued, no batch)."""
        parser = parser_version(parsing.engine, parsing.ocr, parsing.redact)
        batch = Batch(secrets.token_hex(ID_BYTES))
        documents = {hashlib.sha256(data).hexdigest(): data for data in uploads}
        with closing(Store(self.db)) as store:
            known = store.parsers(documents)
            new: dict[str, bytes] = {}
            for sha, data in documents.items():
                row = store.document(sha) if known.get(sha, ("", ""))[0] == parser else None
                if row is not None:  # what `cvparse batch` would skip
                    batch.status[sha] = {"status": row["status"], "error": row["error"]}
                elif len(data) > self.max_bytes:
                    outcome = Outcome.failed("too_large", f"file is {len(data)} bytes (limit {self.max_bytes})")
                    store.save(sha, sha, [], outcome, parser)
                    batch.status[sha] = _entry(outcome)
                else:
                    batch.status[sha] = {"status": "pending", "error": None}
                    new[sha] = data
        with self._lock:
            waits = {sha: self._parsing[sha, parser] for sha in new if (sha, parser) in self._parsing}
            todo = [sha for sha in new if sha not in waits]  # another batch's parse under way does for the rest
            futures = self.bridge.submit_batch([new[sha] for sha in todo], parsing)
            self._parsing.update({(sha, parser): future for sha, future in zip(todo, futures)})
            waits.update(zip(todo, futures))
            self._batches[batch.id] = batch
            while len(self._batches) > MAX_KEPT:
                self._batches.popitem(last=False)
        for sha, future in waits.items():
            future.add_done_callback(functools.partial(self._finished, batch, sha, parser))
        return batch

    def progress(self, batch_id: str) -> dict[str, Any] | None:
        with self._lock:
            batch = self._batches.get(batch_id)
            return batch.progress() if batch else None

    def _finished(self, batch: Batch, sha: str, parser: str, future: Future[Outcome]) -> None:
        outcome = future.result()
        with self._lock:
            first = self._parsing.get((sha, parser)) is future  # batches sharing a parse: saved once
            if first:
                del self._parsing[sha, parser]
        if first and outcome.error_type != "unavailable":  # the service stopped: not the document's fault
            with closing(Store(self.db)) as store:
                store.save(sha, sha, [], outcome, parser)
        with self._lock:
            batch.status[sha] = _entry(outcome)


def _entry(outcome: Outcome) -> dict[str, Any]:
    error = {"type": outcome.error_type, "message": outcome.error_message} if outcome.status == "failed" else None
    return {"status": outcome.status, "error": error}


def stored(db: Path, sha: str) -> dict[str, Any] | None:
    """The store's document (record or error), without the paths of `cvparse batch`'s files."""
    with closing(Store(db)) as store:
        row = store.document(sha)
    if row is not None:
        row.pop("files")
    return row
