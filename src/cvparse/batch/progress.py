"""Batch progress: a bar on a terminal, plain log lines otherwise (files, rate, ETA, failures).

Workers take a few seconds to load their pipeline: until the first is ready the
bar says it is starting them (instead of sitting at 0/N), and the rate and ETA
count from then.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY = 10.0  # seconds between plain progress lines


class PlainProgress:
    """Log lines: each failure as it happens, the counts every few seconds and at the end."""

    def __init__(self, total: int, stream: TextIO):
        self.total, self.stream = total, stream
        self.done = self.failed = 0
        self.since = self.logged_at = time.monotonic()
        self._print(f"starting workers for {total} documents")

    def started(self) -> None:
        self.since = time.monotonic()

    def advance(self, name: str, status: str, reason: str | None) -> None:
        self.done += 1
        if status != "ok":
            self.failed += 1
            self._print(f"failed: {name}: {reason}")
        now = time.monotonic()
        if now - self.logged_at >= LOG_EVERY or self.done == self.total:
            self.logged_at = now
            self._print(self._counts(now))

    def _counts(self, now: float) -> str:
        rate = self.done / max(now - self.since, 1e-9)
        left = (self.total - self.done) / rate if rate else 0.0
        return (f"{self.done}/{self.total} documents, {rate:.1f}/s, ETA {_clock(left)}, "
                f"{self.failed} failed")

    def _print(self, text: str) -> None:
        print(f"cvparse: batch: {text}", file=self.stream, flush=True)

    def close(self) -> None:
        pass


class BarProgress:
    """A rich progress bar on the terminal's standard error."""

    def __init__(self, total: int, stream: TextIO):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.failed = 0
        self.since = time.monotonic()
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                            TextColumn("{task.fields[failed]} failed"),
                            console=Console(file=stream), transient=False)
        self.task = self.bar.add_task("starting workers", total=total, rate="-/s", failed=0)
        self.bar.start()

    def started(self) -> None:
        self.since = time.monotonic()
        self.bar.update(self.task, description="parsing")

    def advance(self, name: str, status: str, reason: str | None) -> None:
        if status != "ok":
            self.failed += 1
            self.bar.console.print(f"failed: {name}: {reason}", highlight=False, markup=False)
        done = self.bar.tasks[0].completed + 1
        rate = done / max(time.monotonic() - self.since, 1e-9)
        self.bar.update(self.task, description="parsing", advance=1, rate=f"{rate:.1f}/s", failed=self.failed)

    def close(self) -> None:
        self.bar.stop()


def progress_for(total: int, stream: TextIO = sys.stderr) -> PlainProgress | BarProgress:
    return BarProgress(total, stream) if stream.isatty() else PlainProgress(total, stream)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"
