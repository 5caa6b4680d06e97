"""Resource limits applied to every document (untrusted input), and the wall-time guard.

Every limit is checked while the work happens, not afterwards: streams are
measured by a bounded inflate before pdfminer decodes them, glyphs and paths
are counted as the interpreter draws them, and the clock is watched by a
SIGALRM timer (main thread) plus explicit checks between pages and every few
thousand glyphs (any thread).
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType
from typing import Iterator

from .errors import Timeout

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on the work one untrusted document may cause; going over one raises ``TooLarge``
    (``Timeout`` for the time). ``cvparse.parse(path, limits=Limits(max_pages=10))``."""

    max_pages: int = 50
    max_chars: int = 200_000  # glyphs drawn in the whole document
    max_page_chars: int = 20_000  # glyphs drawn on one page (a dense page has under 10 000)
    max_paths: int = 200_000  # vector paths (lines, rectangles, curves) in the whole document
    max_bytes: int = 50 * MiB  # size of the PDF file itself
    max_stream_bytes: int = 64 * MiB  # decompressed streams the text is read from, all together
    timeout: float = 45.0  # wall seconds per document; 0 means no limit


# The end of the innermost active time limit (time.monotonic()), per thread / task.
_deadline: ContextVar[float | None] = ContextVar("cvparse_deadline", default=None)


def check_time() -> None:
    """Raise :class:`Timeout` when the active time limit has passed (cheap; call it in loops)."""
    end = _deadline.get()
    if end is not None and time.monotonic() > end:
        raise Timeout("took longer than the time limit")


def time_left() -> float | None:
    """Seconds until the active time limit ends (None: no limit), for work done outside
    Python that a signal cannot stop in time, such as a child process."""
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the block under a wall-time limit; ``Timeout`` is raised inside it when it expires.

    On the main thread a SIGALRM timer interrupts Python code wherever it is
    (a page stuck in pdfminer) and fires again every half second, so a
    ``Timeout`` swallowed by a library's blanket ``except`` comes back. Other
    threads get no signals: there the block relies on :func:`check_time`,
    which extraction calls between pages and while drawing glyphs. Nested
    limits keep the earlier deadline; an alarm the caller had set is restored.
    """
    outer = _deadline.get()
    end = time.monotonic() + seconds if seconds and seconds > 0 else None
    if end is None or (outer is not None and outer <= end):
        yield
        return
    token = _deadline.set(end)
    use_signal = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if use_signal:
        def on_alarm(signum: int, frame: FrameType | None) -> None:
            raise Timeout(f"took longer than the time limit ({seconds:g} s)")

        previous = signal.signal(signal.SIGALRM, on_alarm)
        earlier, _ = signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
        armed_at = time.monotonic()
    try:
        yield
    finally:
        if use_signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if earlier:
                signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - armed_at), 0.01))
        _deadline.reset(token)
