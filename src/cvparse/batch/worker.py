"""What runs in a batch worker process, whichever executor started it.

A worker loads the spaCy pipeline and the month-name tables once, then parses
documents through the public API; every outcome, good or bad, is an
:class:`Outcome` (the error's kind and the first line of its message).
"""
from __future__ import annotations

import os
import resource
import signal
import time
from dataclasses import dataclass, field

from ..errors import CVParseError
from ..limits import MiB, Limits
from .store import Outcome

# Test hook, active only when this variable is set: a document whose bytes start with
# b"%cvparse-fault:hang", ":crash" or ":oom" makes the worker hang past the time limit,
# die by SIGSEGV or allocate past its memory cap, so the tests can check the supervision.
FAULTS_VARIABLE = "CVPARSE_BATCH_TEST_FAULTS"
_FAULT_PREFIX = b"%cvparse-fault:"


def single_threaded_libraries() -> None:
    """One thread per worker for the numeric libraries: the workers are the parallelism."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def cap_memory(megabytes: int) -> None:
    """Limit the process's address space; a parse that goes past it gets a MemoryError."""
    if megabytes > 0:
        limit = megabytes * MiB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@dataclass(frozen=True)
class Parsing:
    """How each document is parsed: the single-file command's options (``cvparse parse``)."""

    engine: str = "pdfium"
    limits: Limits = field(default_factory=Limits)
    password: str | None = None
    ocr: bool | str = False  # True: pages without a text layer; "all": every page
    ocr_lang: str = "eng"
    redact: bool = False
    fmt: str = "native"  # the record's shape (cvparse.export.FORMATS): a service request may ask for jsonresume
    compact: bool = False  # provenance left out


def parse_document(data: bytes, parsing: Parsing) -> Outcome:
    import cvparse

    started = time.perf_counter()
    try:
        if os.environ.get(FAULTS_VARIABLE) and data.startswith(_FAULT_PREFIX):
            _fault(data[len(_FAULT_PREFIX):].split()[0].decode())
        from ..export import render

        cv = cvparse.parse_bytes(data, engine=parsing.engine, password=parsing.password, limits=parsing.limits,
                                 ocr=parsing.ocr, ocr_lang=parsing.ocr_lang)
        record = render(cv, parsing.fmt, redacted=parsing.redact, compact=parsing.compact)
    except CVParseError as exc:
        return Outcome.failed(exc.kind, _first_line(exc) or exc.kind, time.perf_counter() - started)
    except MemoryError:
        return Outcome.failed("memory", "over the worker's memory cap", time.perf_counter() - started)
    except Exception as exc:  # a bug: name only its type, its text could quote the CV
        return Outcome.failed("internal", f"internal error ({type(exc).__name__})", time.perf_counter() - started)
    return Outcome("ok", record=record, seconds=time.perf_counter() - started)


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else ""


def _fault(kind: str) -> None:
    if kind == "hang":  # stuck where no alarm reaches, like a C call that never returns
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    elif kind == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif kind == "oom":
        bytearray(resource.getrlimit(resource.RLIMIT_AS)[0])
