"""Extraction in a forked child while the parent gets the later stages ready.

A cold one-shot run spends about a second importing spaCy and loading its model, and
pdfminer as long or longer on a multi-page CV; one process does them one after the other.
With a spare core they overlap: the child extracts and sends the layout (or the error)
back, the parent warms up meanwhile. The layout is the same either way, and so is the record.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any, Iterable, Union


from ..errors import CVParseError
from ..layout import Layout

log = logging.getLogger(__name__)

# What the child sends: (True, the layout) or (False, (the error's type, its arguments)).
Answer = Union[tuple[bool, Layout], tuple[bool, tuple[type[Exception], tuple[Any, ...]]]]

SWITCH = "CVPARSE_FORK"  # "0": extract in-process


def worthwhile() -> bool:
    """Fork is cheap and safe here (Linux, no other thread that could hold a lock the child
    needs) and a second core is free to use."""
    if os.environ.get(SWITCH) == "0" or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except OSError:
        return False


def extract_while(warm_up: Iterable[None], data: bytes, **options: Any) -> Layout | None:
    """The layout of ``data`` (extract's ``options``), read in a child while ``warm_up`` runs
    here. The warm-up stops early when the child has answered (an error is often found at
    once). None when forking is not worthwhile or the child was lost: extract in-process."""
    if not worthwhile():
        return None
    from . import check_header

    check_header(data)  # what is not a PDF at all fails now, before any warm-up
    import multiprocessing

    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_extract_and_send, args=(writer, data, options), daemon=True,
                            name="cvparse-extract")
    child.start()
    writer.close()  # only the child writes: its exit reads as EOF here
    try:
        for _ in warm_up:
            if reader.poll():
                break
        answer = _receive(reader)
    finally:
        reader.close()
        if child.is_alive():
            child.kill()  # our time limit fired, or warm-up failed: the child's work is not wanted
        child.join()
    if answer is None:
        log.debug("no answer from the extraction process (exit code %s); extracting here", child.exitcode)
        return None
    value = answer[1]
    if isinstance(value, Layout):
        log.debug("layout read by a child process while this one warmed up")
        return value
    _raise_rebuilt(*value)
    return None


def _receive(reader: Connection) -> Answer | None:
    try:
        answer: Answer = reader.recv()
        return answer
    except CVParseError:
        raise  # our time limit fired while waiting
    except Exception:  # EOF: the child died without answering; or an answer that does not load here
        return None


def _raise_rebuilt(kind: type[Exception], args: tuple[Any, ...]) -> None:
    """Raise the child's error again here; return when it cannot be rebuilt (extract in-process instead)."""
    try:
        error = kind(*args)
    except Exception:
        return
    raise error


def _extract_and_send(writer: Connection, data: bytes, options: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        from . import extract

        try:
            answer: Answer = (True, extract(data, **options))
        except Exception as exc:
            # Type and arguments only: a traceback (which some libraries teach pickle to carry)
            # and chained errors may not load in the parent.
            answer = (False, (type(exc), exc.args))
        writer.send(answer)
    finally:
        os._exit(0)  # never the parent's exit handlers, never a traceback from here
