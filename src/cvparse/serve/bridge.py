"""The bridge between the event loop and the worker processes of ``cvparse batch``.

One thread runs :class:`~cvparse.batch.runner.LocalPool` (spaCy loaded once per
worker, time and memory limits per document, a dead worker replaced) on a feed
of two queues: requests first, batch documents when no request waits. Each
document's result arrives as a ``concurrent.futures.Future`` the request awaits.
Both queues are bounded, so a burst is refused with 503, not buffered without end.
"""
from __future__ import annotations

import itertools
import math
import os
import threading
from collections import deque
from concurrent.futures import Future
from typing import Iterator

from ..batch.runner import BatchError, LocalPool, Task
from ..batch.store import Outcome
from ..batch.worker import Parsing
from .settings import BATCH_BACKLOG_BYTES

MEAN_SECONDS_GUESS = 1.0  # a parse's duration before any was measured (for Retry-After)
SMOOTHING = 0.2  # weight of the newest parse in the running mean of parse durations
STOP_WAIT = 10.0  # seconds to let the pool finish what it runs when the service stops


class QueueFull(Exception):
    """No room for the document now; ``retry_after`` is an estimate in whole seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"the queue is full; retry in {retry_after} s")
        self.retry_after = retry_after


class Unavailable(Exception):
    """The workers cannot run (they failed to start, or the service is stopping)."""


class WorkerBridge:
    def __init__(self, workers: int, parsing: Parsing, max_memory: int, queue_limit: int, warm: bool = True,
                 backlog_bytes: int = BATCH_BACKLOG_BYTES):
        self.ready = threading.Event()  # set when the first worker has loaded its pipeline
        self.workers = max(1, workers)
        self.pool = LocalPool(self.workers, parsing, max_memory, warm, on_ready=self.ready.set)
        self.queue_limit, self.backlog_limit = queue_limit, backlog_bytes
        self._lock = threading.Lock()
        self._requests: deque[Task] = deque()
        self._batch: deque[Task] = deque()
        self._batch_bytes = 0
        self._futures: dict[str, Future[Outcome]] = {}
        self._keys = itertools.count()
        self._mean_seconds = MEAN_SECONDS_GUESS
        self._closing = False
        self.broken: str | None = None  # why the workers stopped, once they have
        self._wake_read, self._wake_write = os.pipe()
        for fd in (self._wake_read, self._wake_write):
            os.set_blocking(fd, False)
        self._thread = threading.Thread(target=self._run, name="cvparse-workers", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def submit(self, data: bytes, parsing: Parsing) -> Future[Outcome]:
        """A request's document, parsed before any batch document; QueueFull when too many wait."""
        with self._lock:
            self._check_open()
            if len(self._requests) >= self.queue_limit:
                raise QueueFull(self._retry_after(len(self._requests)))
            return self._enqueue(self._requests, data, parsing)

    def submit_batch(self, documents: list[bytes], parsing: Parsing) -> list[Future[Outcome]]:
        """All of a batch's documents, or none (QueueFull) when they would overfill the backlog."""
        size = sum(len(data) for data in documents)
        with self._lock:
            self._check_open()
            # An empty backlog takes any batch (its upload was bounded): one batch always gets in.
            if self._batch and self._batch_bytes + size > self.backlog_limit:
                raise QueueFull(self._retry_after(len(self._batch) + len(self._requests)))
            self._batch_bytes += size
            return [self._enqueue(self._batch, data, parsing) for data in documents]

    def waiting(self) -> int:
        with self._lock:
            return len(self._requests) + len(self._batch)

    def busy(self) -> int:
        """Documents a worker is parsing now."""
        with self._lock:
            return len(self._futures) - len(self._requests) - len(self._batch)

    def close(self) -> None:
        with self._lock:
            self._closing = True
        self._wake()
        self._thread.join(STOP_WAIT)
        self._fail_all("the service is stopping")
        if not self._thread.is_alive():  # else the pool still waits on the pipe: it goes with the process
            os.close(self._wake_read)
            os.close(self._wake_write)

    def _enqueue(self, queue: deque[Task], data: bytes, parsing: Parsing) -> Future[Outcome]:
        key = str(next(self._keys))
        future: Future[Outcome] = Future()
        self._futures[key] = future
        queue.append(Task(key, data, parsing))
        self._wake()
        return future

    def _check_open(self) -> None:
        if self.broken or self._closing:
            raise Unavailable(self.broken or "the service is stopping")

    def _retry_after(self, waiting: int) -> int:
        return max(1, math.ceil((waiting + 1) * self._mean_seconds / self.workers))

    def _wake(self) -> None:
        try:
            os.write(self._wake_write, b"\0")
        except BlockingIOError:  # the pipe is full of wake-ups already: the pool will look
            pass

    def _feed(self) -> Iterator[Task | None]:
        """The next document to parse, None when none waits; ends when the service stops."""
        while True:
            with self._lock:
                if self._closing:
                    return
                task = self._take()
            yield task

    def _take(self) -> Task | None:
        while self._requests or self._batch:
            if self._requests:
                task = self._requests.popleft()
            else:
                task = self._batch.popleft()
                self._batch_bytes -= len(task.data)
            # Running from here: a request whose client went away meanwhile is dropped, not parsed.
            if self._futures[task.key].set_running_or_notify_cancel():
                return task
            del self._futures[task.key]
        return None

    def _on_result(self, key: str, outcome: Outcome) -> None:
        with self._lock:
            future = self._futures.pop(key, None)  # None: already failed by close()
            if outcome.seconds is not None:
                self._mean_seconds += SMOOTHING * (outcome.seconds - self._mean_seconds)
        if future is not None:
            future.set_result(outcome)

    def _run(self) -> None:
        try:
            self.pool.run(self._feed(), self._on_result, wake=self._wake_read)
        except BatchError as exc:
            self.broken = str(exc)
        except Exception as exc:  # noqa: BLE001 - the service answers 503 from now on, with the reason
            self.broken = f"the workers stopped ({type(exc).__name__})"
        finally:
            self._fail_all(self.broken or "the service is stopping")

    def _fail_all(self, reason: str) -> None:
        with self._lock:
            waiting = list(self._futures.values())
            self._futures.clear()
            self._requests.clear()
            self._batch.clear()
            self._batch_bytes = 0
        for future in waiting:  # running ones and waiting ones; a cancelled one has nobody to tell
            if future.running() or future.set_running_or_notify_cancel():
                future.set_result(Outcome.failed("unavailable", reason))
