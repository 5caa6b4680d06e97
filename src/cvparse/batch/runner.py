"""The local executor: worker processes supervised one by one by the parent.

``concurrent.futures`` marks a whole pool broken when one worker dies, so each
worker here has its own pipe and is watched on its own: the parent gives it one
document at a time, enforces a wall-clock limit per document (a backstop to the
worker's own alarm, for code no signal reaches), and when a worker hangs, is
killed or runs out of memory it records that document as failed and starts a
fresh worker. The batch goes on.

The same pool serves ``cvparse serve``: there the tasks come from a feed that
may have nothing yet (it yields None) and a wake-up file descriptor ends the
wait when a request arrives.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

from .. import warm_up
from .store import Outcome
from .worker import Parsing, cap_memory, parse_document, single_threaded_libraries

STARTUP_LIMIT = 300.0  # seconds for a worker to load its pipeline before the batch gives up
WAKE_READ = 4096  # bytes drained from the wake-up pipe at once: one per request that arrived meanwhile


class BatchError(Exception):
    """The batch itself cannot run (no inputs, store not writable, workers that cannot start)."""


@dataclass(frozen=True)
class Task:
    key: str
    data: bytes
    parsing: Parsing | None = None  # how to parse this one, when not the pool's way (a service request)


_END = Task("", b"")  # next()'s default: the feed is exhausted


OnResult = Callable[[str, Outcome], None]


class LocalPool:
    def __init__(self, workers: int, parsing: Parsing, max_memory: int, warm: bool = True,
                 on_ready: Callable[[], None] | None = None):
        self.size = max(1, workers)
        self.worker_args = (parsing, max_memory, warm)
        self.on_ready = on_ready  # called once, when the first worker has loaded its pipeline
        # Past the worker's own alarm, how long before the parent stops it: a little slack.
        timeout = parsing.limits.timeout
        self.deadline = timeout * 1.1 + 2.0 if timeout else None
        # spawn, not fork: the parent has threads (progress bar) and an open database.
        self.context = multiprocessing.get_context("spawn")

    def run(self, tasks: Iterable[Task | None], on_result: OnResult, wake: int | None = None) -> None:
        """Parse every task, calling ``on_result`` for each; returns when the tasks run out.

        A task of None means none for now: the pool waits for a result, a
        death, a deadline or a byte on the ``wake`` file descriptor, then asks again."""
        pending: Iterator[Task | None] = iter(tasks)
        retry: deque[Task] = deque()
        slots = [_Slot(self.context, self.worker_args) for _ in range(self.size)]
        exhausted = False
        try:
            while True:
                for slot in slots:
                    if slot.ready and slot.task is None and (retry or not exhausted):
                        task = retry.popleft() if retry else next(pending, _END)
                        if task is _END:
                            exhausted = True
                        elif task is None:  # the feed has nothing now
                            break
                        elif not slot.give(task, self.deadline):
                            retry.append(task)
                if exhausted and not retry and not any(slot.task for slot in slots):
                    return
                self._wait(slots, wake)
                for index, slot in enumerate(slots):
                    if self._check(slot, on_result):
                        slot.stop()
                        slots[index] = _Slot(self.context, self.worker_args)
        finally:
            for slot in slots:
                slot.stop()

    def _wait(self, slots: list[_Slot], wake: int | None) -> None:
        ends = [slot.ends_at for slot in slots if slot.ends_at is not None]
        timeout = max(0.0, min(ends) - time.monotonic()) if ends else None
        handles: list[Any] = [slot.conn for slot in slots] + [slot.process.sentinel for slot in slots]
        if wake is None:
            wait(handles, timeout)
        elif wake in wait(handles + [wake], timeout):
            os.read(wake, WAKE_READ)  # a non-blocking pipe: what is there; the bytes carry no meaning

    def _check(self, slot: _Slot, on_result: OnResult) -> bool:
        """Take the slot's message, if any; True when its worker must be replaced."""
        try:
            message = slot.conn.recv() if slot.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is not None:
            kind, body = message
            if kind == "ready":
                slot.ready = True
                slot.ends_at = None
                if self.on_ready:
                    self.on_ready()
                    self.on_ready = None
            elif kind == "broken":
                raise BatchError(f"a worker could not start ({body})")
            else:
                task, slot.task, slot.ends_at = slot.task, None, None
                assert task is not None  # a worker answers only the document it was sent
                on_result(task.key, body)
            return False
        if not slot.process.is_alive():
            if not slot.ready:
                raise BatchError(f"a worker could not start ({_death(slot.process.exitcode)})")
            if slot.task is not None:
                on_result(slot.task.key, Outcome.failed("crashed", f"the worker died ({_death(slot.process.exitcode)})"))
            return True
        if slot.ends_at is not None and time.monotonic() > slot.ends_at:
            if not slot.ready:
                raise BatchError(f"a worker could not start within {STARTUP_LIMIT:g} s")
            assert slot.task is not None  # a ready worker has a deadline only while it works
            on_result(slot.task.key, Outcome.failed(
                "timeout", "took longer than the time limit; the worker was stopped"))
            return True
        return False


class _Slot:
    """One worker process, its pipe, and the document it is working on."""

    def __init__(self, context: Any, worker_args: tuple[Any, ...]) -> None:  # a multiprocessing context
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, *worker_args), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: Task | None = None
        self.ends_at: float | None = time.monotonic() + STARTUP_LIMIT

    def give(self, task: Task, seconds: float | None) -> bool:
        try:
            self.conn.send(task)
        except OSError:  # died while idle: the document goes to another worker
            return False
        self.task = task
        self.ends_at = time.monotonic() + seconds if seconds else None
        return True

    def stop(self) -> None:
        if self.process.is_alive():
            if self.task is None and self.ready:
                try:
                    self.conn.send(None)
                except OSError:
                    pass
                self.process.join(1.0)
            if self.process.is_alive():
                self.process.kill()
        self.process.join()
        self.conn.close()


def _worker_main(conn: Connection, parsing: Parsing, max_memory: int, warm: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    single_threaded_libraries()
    try:
        cap_memory(max_memory)
        if warm:
            warm_up()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send(("broken", type(exc).__name__))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        outcome = parse_document(task.data, task.parsing or parsing)
        try:
            conn.send(("done", outcome))
        except OSError:
            return


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"
