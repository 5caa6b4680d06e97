"""The Dask executor: the same batch on a Dask distributed cluster (``--executor dask``).

Each worker needs cvparse installed (the task is sent by reference). Documents
are sent as bytes, so the workers need not see the files; a few per worker
thread are in flight at a time, and each result is committed as it comes back.
A task that fails on the cluster (a worker killed, for instance) is recorded as
failed and the batch goes on. The cluster's own limits apply: memory through
the workers' ``memory_limit``; the time limit is checked by the parser between
pages and glyphs (tasks run on threads, where no alarm reaches them).
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Iterable, Iterator

from distributed import Client, WorkerPlugin, as_completed

from .runner import BatchError, OnResult, Task
from .store import Outcome
from .. import warm_up
from .worker import Parsing, parse_document

IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "20s"

# One parse at a time per worker process: the NER batching in fields.nlp keeps module state.
_parse_lock = threading.Lock()


def parse_on_worker(data: bytes, parsing: Parsing) -> Outcome:
    with _parse_lock:
        return parse_document(data, parsing)


class _WarmUp(WorkerPlugin):
    """Worker plugin: load the pipeline once per worker, in the background, before the first parse."""

    name = "cvparse-warm-up"

    def setup(self, worker: Any) -> None:  # a distributed.Worker
        def load() -> None:
            with _parse_lock:
                warm_up()

        threading.Thread(target=load, name="cvparse-warm-up", daemon=True).start()


class DaskExecutor:
    def __init__(self, scheduler: str, parsing: Parsing, on_ready: Callable[[], None] | None = None):
        self.scheduler, self.parsing, self.on_ready = scheduler, parsing, on_ready

    def run(self, tasks: Iterable[Task], on_result: OnResult) -> None:
        try:
            client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {self.scheduler} ({type(exc).__name__})") from exc
        with client:
            client.register_plugin(_WarmUp(), name=_WarmUp.name)
            threads = max(sum(client.nthreads().values()), 1)
            if self.on_ready:
                self.on_ready()
            pending: Iterator[Task] = iter(tasks)
            keys = {}
            running = as_completed()

            def submit_next() -> None:
                task = next(pending, None)
                if task is not None:
                    future = client.submit(parse_on_worker, task.data, self.parsing, pure=False)
                    keys[future] = task.key
                    running.add(future)

            for _ in range(threads * IN_FLIGHT_PER_THREAD):
                submit_next()
            for future in running:
                key = keys.pop(future)
                try:
                    outcome = future.result()
                except Exception as exc:  # noqa: BLE001 - the cluster lost the task: record it, go on
                    outcome = Outcome.failed("crashed", f"the Dask task failed ({type(exc).__name__})")
                future.release()
                on_result(key, outcome)
                submit_next()
