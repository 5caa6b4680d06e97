"""One batch run: expand the inputs, hash them, skip what the store already has, parse the rest.

Hashing happens here, in the parent, before anything is parsed: the same bytes
under two paths are one document, parsed once, with both paths recorded. Each
result is committed as it arrives, so a killed run loses nothing it committed
and the next run starts where it stopped.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, TextIO

from .. import __version__
from ..limits import Limits
from .inputs import Inputs, expand
from .progress import BarProgress, PlainProgress, progress_for
from .runner import BatchError, LocalPool, Task
from .store import Outcome, Store, path_key
from .worker import Parsing

if TYPE_CHECKING:  # distributed is an extra, imported only for --executor dask
    from .dask_executor import DaskExecutor


@dataclass
class Summary:
    inputs: int = 0  # files found (duplicates included)
    documents: int = 0  # distinct documents among them
    parsed: int = 0  # parsed in this run with a record
    failed: Counter[str] = field(default_factory=Counter)  # failed in this run, by reason
    skipped: int = 0  # already in the store from the same parser
    ignored: int = 0  # non-PDF files inside the folders given

    def text(self) -> str:
        failed = sum(self.failed.values())
        reasons = ", ".join(f"{kind} {count}" for kind, count in sorted(self.failed.items()))
        return (f"{self.inputs} files, {self.documents} documents: {self.parsed} parsed, "
                f"{failed} failed{f' ({reasons})' if reasons else ''}, {self.skipped} skipped"
                + (f"; {self.ignored} non-PDF files in the folders ignored" if self.ignored else ""))


def parser_version(engine: str, ocr: bool | str = False, redact: bool = False) -> str:
    """What made a stored record: a rerun with another engine, OCR mode or redaction parses again."""
    return (f"cvparse {__version__} {engine}" + {False: "", True: " +ocr", "all": " +ocr-all"}[ocr]
            + (" redacted" if redact else ""))


@dataclass(frozen=True)
class Options:
    workers: int
    engine: str
    limits: Limits
    max_memory: int  # MB of address space per local worker, 0 for none
    force: bool  # reparse what the store has
    retry_failed: bool  # reparse what failed
    executor: str  # local or dask
    scheduler: str | None  # the Dask scheduler's address
    warm: bool  # load the pipeline when a worker starts (not on its first document)
    password: str | None = None  # of encrypted PDFs
    ocr: bool | str = False  # as cvparse parse --ocr (True) or --ocr-all ("all")
    ocr_lang: str = "eng"
    redact: bool = False  # store redacted records only

    @property
    def parser(self) -> str:
        return parser_version(self.engine, self.ocr, self.redact)

    @property
    def parsing(self) -> Parsing:
        return Parsing(self.engine, self.limits, self.password, self.ocr, self.ocr_lang, self.redact)

    def wants(self, previous: tuple[str, str] | None) -> bool:
        """Whether a document the store holds as (parser, status) is to be parsed again."""
        if previous is None or self.force or previous[0] != self.parser:
            return True
        return self.retry_failed and previous[1] == "failed"


def run_batch(inputs: list[str], db: str | os.PathLike[str], *, workers: int | None = None, engine: str = "pdfium",
              limits: Limits | None = None, max_memory: int = 2048, force: bool = False,
              retry_failed: bool = False, executor: str = "local", scheduler: str | None = None,
              progress: TextIO | None = sys.stderr, warm: bool = True, password: str | None = None,
              ocr: bool | str = False, ocr_lang: str = "eng", redact: bool = False) -> Summary:
    """Parse every PDF among the inputs into the store at ``db``; returns what happened.

    Raises :class:`BatchError` only when the batch itself cannot run.
    """
    from ..extract import ENGINES

    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r} ({', '.join(ENGINES)})")
    options = Options(workers or os.cpu_count() or 1, engine, limits or Limits(), max_memory, force,
                      retry_failed, executor, scheduler, warm, password, ocr, ocr_lang, redact)
    found = expand(inputs)
    if not found.files:
        named = f" ({', '.join(found.missing[:3])} matched nothing)" if found.missing else ""
        raise BatchError(f"no input files{named}")
    try:
        store = Store(db)
    except (OSError, sqlite3.Error) as exc:
        raise BatchError(f"cannot open the store {os.fspath(db)} ({exc})") from exc
    try:
        return _run(found, store, options, progress)
    except sqlite3.Error as exc:
        raise BatchError(f"cannot write the store {os.fspath(db)} ({exc})") from exc
    finally:
        store.close()


def _run(found: Inputs, store: Store, options: Options, progress_stream: TextIO | None) -> Summary:
    parser = options.parser
    summary = Summary(inputs=len(found.files), ignored=found.ignored)

    def record_unreadable(path: str, message: str) -> None:
        store.save(path_key(path), None, [path], Outcome.failed("io", message), parser)
        summary.documents += 1
        summary.failed["io"] += 1

    for path in found.missing:
        record_unreadable(path, "no such file, folder or match")
    groups = _group_by_hash(found.files, record_unreadable)
    summary.documents += len(groups)
    known = store.parsers(groups)
    todo = {sha: paths for sha, paths in groups.items() if options.wants(known.get(sha))}
    for sha in groups.keys() - todo.keys():
        store.link(sha, groups[sha])  # new copies of a known document are recorded too
    summary.skipped = len(groups) - len(todo)
    if todo:
        _parse(todo, store, options, summary, progress_for(len(todo), progress_stream) if progress_stream else None)
    return summary


def _group_by_hash(files: list[str], record_unreadable: Callable[[str, str], None]) -> dict[str, list[str]]:
    """sha256 -> the paths holding those bytes, in the order found."""
    groups: dict[str, list[str]] = {}
    for path in files:
        try:
            groups.setdefault(_sha256(path), []).append(path)
        except OSError as exc:
            record_unreadable(path, f"cannot read the file ({exc.strerror or type(exc).__name__})")
    return groups


def _parse(todo: dict[str, list[str]], store: Store, options: Options, summary: Summary,
           progress: PlainProgress | BarProgress | None) -> None:
    parser = options.parser

    def on_result(sha: str, outcome: Outcome) -> None:
        store.save(sha, sha, todo[sha], outcome, parser)
        if outcome.status == "ok":
            summary.parsed += 1
        else:
            summary.failed[outcome.error_type or "unknown"] += 1
        if progress:
            progress.advance(todo[sha][0], outcome.status, f"{outcome.error_type}: {outcome.error_message}")

    try:
        _executor(options, progress.started if progress else None).run(
            _tasks(todo, options.limits, on_result), on_result)
    finally:
        if progress:
            progress.close()


def _executor(options: Options, on_ready: Callable[[], None] | None) -> LocalPool | DaskExecutor:
    if options.executor == "local":
        return LocalPool(options.workers, options.parsing, options.max_memory, options.warm, on_ready)
    if options.executor == "dask":
        if not options.scheduler:
            raise BatchError("--executor dask needs --scheduler ADDRESS")
        try:
            from .dask_executor import DaskExecutor
        except ImportError as exc:
            raise BatchError("the dask executor needs the dask extra: pip install 'cvparse[dask]'") from exc
        return DaskExecutor(options.scheduler, options.parsing, on_ready)
    raise BatchError(f"unknown executor {options.executor!r} (local or dask)")


def _tasks(todo: dict[str, list[str]], limits: Limits, on_result: Callable[[str, Outcome], None]) -> Iterator[Task]:
    """Each document's bytes, read when a worker is free for it (never all of them in memory)."""
    for sha, paths in todo.items():
        size = _size(paths[0])
        if size is not None and size > limits.max_bytes:
            on_result(sha, Outcome.failed("too_large", f"file is {size} bytes (limit {limits.max_bytes})"))
            continue
        data, problem = _read_any(paths, sha)
        if data is None:
            on_result(sha, Outcome.failed("io", problem))
            continue
        yield Task(sha, data)


def _read_any(paths: list[str], sha: str) -> tuple[bytes | None, str]:
    """The document's bytes from the first of its paths that still holds them, else why not."""
    problem = ""
    for path in paths:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            problem = f"cannot read the file ({exc.strerror or type(exc).__name__})"
            continue
        if hashlib.sha256(data).hexdigest() == sha:
            return data, ""
        problem = "the file changed during the batch; run it again"
    return None, problem


def _sha256(path: str) -> str:
    if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or a device would block or never end
        raise OSError(errno.EINVAL, "not a regular file")
    digest = hashlib.sha256()
    with open(path, "rb") as handle:  # hashlib.file_digest would need Python 3.11
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None
