"""Command line: a thin shell over the library API.

Heavy imports (pdfplumber, spaCy) happen inside commands so ``--help`` stays fast.
"""
from __future__ import annotations

import difflib
import functools
import glob
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Optional

import typer
from typer.core import TyperGroup

from .batch.export import ExportFormat
from .cli_errors import fail, report, usage_error, use_options_of
from .export import RecordFormat
from .extract import EngineName
from .limits import MiB, Limits

if TYPE_CHECKING:
    from .layout import Line

log = logging.getLogger("cvparse.cli")

app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]})

# An option typed by a Literal is a choice: a bad value is refused with the list of the good ones.
ExecutorName = Literal["local", "dask"]


def _version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"cvparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="print the version and exit")) -> None:
    """Turn CV / résumé PDFs into structured records. `cvparse FILE...` is short for `cvparse parse FILE...`."""
    if ctx.invoked_subcommand and isinstance(ctx.command, TyperGroup):  # its errors give only advice it can follow
        use_options_of(ctx.command.get_command(ctx, ctx.invoked_subcommand))


def _setup_logging(debug: bool, verbosity: int = 0) -> None:
    """Only cvparse's own log lines, which never quote CV text; -vv or --debug add the libraries' warnings.

    ``verbosity``: -1 quiet (errors only), 0 warnings, 1 (-v) progress notes, 2 (-vv) debug."""
    verbosity = 2 if debug else verbosity
    logging.basicConfig(level=logging.WARNING if verbosity >= 2 else logging.CRITICAL + 1,
                        format="cvparse: %(levelname)s: %(message)s")
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logging.getLogger("cvparse").setLevel(level)
    logging.captureWarnings(True)  # Python warnings from libraries go through the same filter


def _verbosity(quiet: bool, verbose: int) -> int:
    return -1 if quiet else verbose


def _ocr_mode(ocr: bool, ocr_all: bool) -> bool | str:
    return "all" if ocr_all else ocr


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: created 0600, never readable by others in between."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)  # an existing file keeps its old mode through O_CREAT
        handle.write(text)


def _write_out(path: Path, text: str) -> None:
    """write_private, a failure being a one-line error naming the path."""
    try:
        write_private(path, text)
    except OSError as exc:
        usage_error(f"cannot write {path} ({exc.strerror or type(exc).__name__})")


def _check_out_file(out: Optional[Path]) -> None:
    """Refuse an --out FILE that cannot be written before the work, not after it."""
    if out is None:
        return
    if out.is_dir():
        usage_error(f"--out {out} is a folder; give a file name")
    if not out.parent.is_dir():
        usage_error(f"--out {out}: no folder {out.parent}")


def _out_folder(out: Path) -> Path:
    try:
        out.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        usage_error(f"--out {out}: cannot create the folder ({exc.strerror or type(exc).__name__})")
    if not out.is_dir():
        usage_error(f"--out {out} is a file; several inputs need a folder")
    return out


def _expand(arguments: list[str]) -> list[str]:
    """The files named, a glob pattern that matches nothing kept as given (it fails as missing)."""
    files = []
    for argument in arguments:
        matches = [] if argument == "-" or os.path.lexists(argument) else sorted(glob.glob(argument))
        files.extend(matches or [argument])
    return list(dict.fromkeys(files))


# Options that several commands share.
ENGINE = typer.Option("pdfplumber", "--engine", help="the PDF reader")
PASSWORD = typer.Option(None, "--password", help="password of an encrypted PDF")
TIMEOUT = typer.Option(Limits.timeout, "--timeout", help="wall seconds per document (0: none)")
OCR = typer.Option(False, "--ocr", help="read pages without a text layer by OCR (Tesseract)")
OCR_ALL = typer.Option(False, "--ocr-all", help="read every page by OCR, ignoring the text layer")
OCR_LANG = typer.Option("eng", "--ocr-lang", help="Tesseract language codes, e.g. eng, deu, eng+fra")
REDACT = typer.Option(False, "--redact", help="remove the person's identity (blind screening)")
DEBUG = typer.Option(False, "--debug", help="show tracebacks and debug logs")
QUIET = typer.Option(False, "-q", "--quiet", help="errors only: no warnings (nor progress)")
VERBOSE = typer.Option(0, "-v", "--verbose", count=True, help="more log lines (-vv: debug, libraries' warnings)")


@app.command("parse")
def parse_cmd(
    files: list[str] = typer.Argument(..., help="PDF files or glob patterns ('-' reads standard input)"),
    as_json: bool = typer.Option(False, "--json", help="print the JSON record (one per line for several files)"),
    fmt: RecordFormat = typer.Option("native", "--format", help="jsonresume implies JSON"),
    compact: bool = typer.Option(False, "--compact", help="leave provenance (page boxes) out of the JSON"),
    redacted: bool = REDACT,
    engine: EngineName = ENGINE,
    password: Optional[str] = PASSWORD,
    out: Optional[Path] = typer.Option(None, "--out", help="write the output to this file (mode 0600); "
                                       "with several files, a folder getting one <stem>.json each"),
    max_pages: int = typer.Option(Limits.max_pages, "--max-pages", help="refuse PDFs with more pages"),
    max_chars: int = typer.Option(Limits.max_chars, "--max-chars", help="refuse PDFs drawing more characters"),
    max_mb: float = typer.Option(Limits.max_stream_bytes / MiB, "--max-mb",
                                 help="refuse PDFs whose streams decompress to more megabytes"),
    timeout: float = TIMEOUT,
    ocr: bool = OCR,
    ocr_all: bool = OCR_ALL,
    ocr_lang: str = OCR_LANG,
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
    debug: bool = DEBUG,
) -> None:
    """Parse CVs and print their records (JSON with --json, else panels and tables)."""
    _setup_logging(debug, _verbosity(quiet, verbose))
    import cvparse
    from .export import render

    paths = _expand(files)
    folder = _out_folder(out) if out is not None and (len(paths) > 1 or out.is_dir()) else None
    if folder is None:
        _check_out_file(out)
    as_json = as_json or fmt != "native" or folder is not None
    one_line = len(paths) > 1 and folder is None
    limits = Limits(max_pages=max_pages, max_chars=max_chars, max_stream_bytes=int(max_mb * MiB), timeout=timeout)
    parse = functools.partial(cvparse.parse, engine=engine, password=password, limits=limits,
                              ocr=_ocr_mode(ocr, ocr_all), ocr_lang=ocr_lang, fork=True)
    failed, stems = 0, set[str]()
    for file in paths:
        try:
            cv = parse(sys.stdin.buffer if file == "-" else file)
            if redacted:
                from .export.redact import redact

                cv = redact(cv)
        except Exception as exc:  # never a traceback for bad input; --debug re-raises
            failed = failed or report(file, exc, as_json and folder is None, debug)
            continue
        log.info("%s: %d pages read (%s)", file, cv.source.pages, cv.source.engine)
        if folder is not None:
            _write_out(folder / _unique_name(file, stems), render(cv, fmt, compact=compact) + "\n")
        elif as_json:
            text = render(cv, fmt, indent=None if one_line else 2, compact=compact) + "\n"
            _write_out(out, text) if out else print(text, end="", flush=True)
        else:
            from .export.terminal import print_record, record_text

            _write_out(out, record_text(cv)) if out else print_record(cv)
    if failed:
        raise typer.Exit(failed)


def _unique_name(file: str, taken: set[str]) -> str:
    """<stem>.json for the file, <stem>-2.json (and so on) when another input had the same stem."""
    stem = "stdin" if file == "-" else Path(file).stem
    name, number = f"{stem}.json", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.json"
    taken.add(name)
    return name


@app.command("show")
def show_cmd(
    file: str = typer.Argument(..., help="PDF file ('-' reads standard input)"),
    html: Path = typer.Option(..., "--html", help="write the review page here (mode 0600)"),
    engine: EngineName = ENGINE,
    password: Optional[str] = PASSWORD,
    timeout: float = TIMEOUT,
    ocr: bool = OCR,
    ocr_all: bool = OCR_ALL,
    ocr_lang: str = OCR_LANG,
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
    debug: bool = DEBUG,
) -> None:
    """Write a review page: the PDF's pages with a box over every section, entry and field read, beside the record."""
    _setup_logging(debug, _verbosity(quiet, verbose))
    _check_out_file(html)
    import cvparse
    from .export.review_html import marks, review_page
    from .limits import time_limit

    limits = Limits(timeout=timeout)
    try:
        data = cvparse.read_source(sys.stdin.buffer if file == "-" else file, limits)
        cv = cvparse.parse_bytes(data, engine=engine, password=password, limits=limits,
                                 ocr=_ocr_mode(ocr, ocr_all), ocr_lang=ocr_lang, fork=True)
        cv.source.file = None if file == "-" else Path(file).name
        with time_limit(limits.timeout):
            page = review_page(cv, data, password=password)
    except Exception as exc:  # never a traceback for bad input; --debug re-raises
        fail(file, exc, False, debug)
    _write_out(html, page)
    print(f"{html}: {cv.source.pages} pages, {len(marks(cv))} boxes")


@app.command("layout")
def layout_cmd(
    file: Path = typer.Argument(..., help="PDF file"),
    engine: EngineName = ENGINE,
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
) -> None:
    """Show how the parser read a PDF: sections, entry blocks and their lines, with page and box.

    Columns: part (header, hidden, or blank inside a section), page, x0 / top / x1 in PDF points
    from the page's top-left, font size with B (bold) or I (italic), the text (cells split by |)."""
    _setup_logging(False, _verbosity(quiet, verbose))
    from .extract import extract
    from .segment import segment

    try:
        layout = extract(file.read_bytes(), engine=engine)
        document = segment(layout)
    except Exception as exc:  # never a traceback for bad input
        fail(str(file), exc)
    print(_layout_fields(*(heading for heading, _ in LAYOUT_COLUMNS)))
    for line in document.header:
        print(_layout_row("header", line))
    for section in document.sections:
        print(f"\n== {section.heading}  [{section.kind}]")
        for block in section.blocks:
            label = f"-- {block.context}" if block.context else "--"
            print(label)
            for line in block.lines:
                print(_layout_row("", line))
    hidden = [h for page in layout.pages for h in page.hidden]
    if hidden:
        print("\n== hidden text: a reader cannot see it; kept out of the record")
    for h in hidden:
        x0, top, x1, _ = h.box
        print(_layout_fields("hidden", f"p{h.page}", f"{x0:.0f}", f"{top:.0f}", f"{x1:.0f}", "", f"[{h.why}] {h.text}"))


# `cvparse layout`'s columns: heading and format (numbers right-aligned, the text last at its own width).
LAYOUT_COLUMNS = (("part", "<6"), ("page", "<4"), ("x0", ">5"), ("top", ">5"), ("x1", ">5"), ("font", "<5"),
                  ("text", ""))


def _layout_fields(*values: str) -> str:
    return " ".join(f"{value:{spec}}" for value, (_, spec) in zip(values, LAYOUT_COLUMNS)).rstrip()


def _layout_row(tag: str, line: Line) -> str:
    x0, top, x1, _ = line.box
    cells = " | ".join(" ".join(w.text for w in cell) for cell in line.cells())
    style = "B" if line.share("bold") > 0.5 else ("I" if line.share("italic") > 0.5 else "")
    return _layout_fields(tag, f"p{line.page}", f"{x0:.0f}", f"{top:.0f}", f"{x1:.0f}", f"{line.size:.1f}{style}",
                          cells)


@app.command("eval")
def eval_cmd(
    file: Path = typer.Argument(..., help="PDF file"),
    expected: Path = typer.Argument(..., help="hand-written expected record (JSON)"),
    min_f1: float = typer.Option(0.0, "--min-f1", help="exit 1 when overall F1 is below this"),
    engine: EngineName = ENGINE,
    show_misses: int = typer.Option(40, "--misses", help="how many misses to list"),
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
) -> None:
    """Score the parser on a PDF against its expected record (field-level P/R/F1)."""
    _setup_logging(False, _verbosity(quiet, verbose))
    import cvparse
    from .evaluate import confidence_pairs, evaluate, reliability_table

    want = _expected_record(expected)
    try:
        got = cvparse.parse(file, engine=engine).to_dict()
    except Exception as exc:  # never a traceback for bad input
        fail(str(file), exc)
    scores = evaluate(got, want)
    for miss in scores.misses[:show_misses]:
        print("miss:", miss)
    print(scores.table())
    print(f"entry counts: {'exact' if scores.counts_ok() else 'DIFFER'}")
    f1 = scores.overall.f1
    print(f"overall F1 {f1:.3f}")
    pairs = confidence_pairs(got, scores)
    if pairs:  # how confidence relates to correctness: right entries by confidence decile
        print(reliability_table(pairs))
    if f1 < min_f1:
        raise typer.Exit(1)


def _expected_record(path: Path) -> dict[str, Any]:
    """The expected record, or a one-line error naming the file and what is wrong with it."""
    try:
        want = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        usage_error(f"{path}: cannot read the expected record ({exc.strerror or type(exc).__name__})")
    except UnicodeDecodeError:
        usage_error(f"{path}: the expected record is not UTF-8 text")
    except json.JSONDecodeError as exc:
        usage_error(f"{path}: the expected record is not valid JSON (line {exc.lineno}, column {exc.colno})")
    if not isinstance(want, dict):
        usage_error(f"{path}: the expected record is not a JSON object")
    return want


@app.command("schema")
def schema_cmd(out: Optional[Path] = typer.Option(None, "--out", help="write the schema to this file (mode 0600)")) -> None:
    """Print the JSON Schema of the native record (what --json prints)."""
    from .export.schema import record_schema

    _check_out_file(out)
    text = json.dumps(record_schema(), indent=2, ensure_ascii=False)
    if out:
        _write_out(out, text + "\n")
    else:
        print(text)


@app.command("batch")
def batch_cmd(
    inputs: list[str] = typer.Argument(..., help="PDF files, folders (recursive, *.pdf) and glob patterns"),
    db: Path = typer.Option(Path("cvparse.db"), "--db", help="the SQLite store (created 0600)"),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", help="worker processes"),
    timeout: float = TIMEOUT,
    max_memory: int = typer.Option(2048, "--max-memory", help="address-space cap per worker, MB (0: none)"),
    engine: EngineName = typer.Option("pdfium", "--engine", help="the PDF reader (pdfium by default here)"),
    password: Optional[str] = PASSWORD,
    ocr: bool = OCR,
    ocr_all: bool = OCR_ALL,
    ocr_lang: str = OCR_LANG,
    redact: bool = typer.Option(False, "--redact", help="store records without the person's identity"),
    force: bool = typer.Option(False, "--force", help="reparse documents already in the store"),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="reparse the documents that failed"),
    executor: ExecutorName = typer.Option("local", "--executor", help="local (process pool) or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786)"),
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
) -> None:
    """Parse many CVs into a SQLite store: parallel, resumable; failures are recorded, not fatal."""
    _setup_logging(False, _verbosity(quiet, verbose))
    from .batch import BatchError, run_batch

    try:
        summary = run_batch(inputs, db, workers=workers, engine=engine, limits=Limits(timeout=timeout),
                            max_memory=max_memory, force=force, retry_failed=retry_failed,
                            executor=executor, scheduler=scheduler, progress=None if quiet else sys.stderr,
                            password=password, ocr=_ocr_mode(ocr, ocr_all), ocr_lang=ocr_lang, redact=redact)
    except BatchError as exc:
        usage_error(f"batch: {exc}")
    print(f"cvparse: batch: {summary.text()}")


@app.command("export")
def export_cmd(
    db: Path = typer.Option(..., "--db", help="the SQLite store written by cvparse batch"),
    fmt: ExportFormat = typer.Option("jsonl", "--format",
                                     help="jsonl: nested records; csv, parquet: flat rows"),
    table: Optional[str] = typer.Option(None, "--table",
                                        help="one row per entry of this list: experience, education, skills, ..."),
    fields: Optional[str] = typer.Option(None, "--fields", help="the columns to write, comma-separated"),
    out: Optional[Path] = typer.Option(None, "--out", help="write to this file (mode 0600), else stdout"),
) -> None:
    """Export the batch store: nested JSON Lines, or flat CSV / Parquet rows (one per document or per entry)."""
    from .batch.export import ExportError, export
    from .batch.store import StoreError, open_existing

    picked = [name.strip() for name in fields.split(",") if name.strip()] if fields else None
    try:
        if fmt == "parquet" and out is None and sys.stdout.isatty():
            raise ExportError("parquet is binary: give --out FILE or redirect standard output")
        export(open_existing(db).rows(), fmt, out, sys.stdout, table=table, fields=picked)
    except (ExportError, StoreError, OSError) as exc:
        print(f"cvparse: error: export: {_os_message(exc)}", file=sys.stderr)
        raise typer.Exit(2)


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


@app.command("serve")
def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="the address to listen on"),
    port: int = typer.Option(8000, "--port", help="the TCP port"),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", help="worker processes parsing the documents"),
    db: Path = typer.Option(Path("cvparse.db"), "--db", help="the SQLite store of batches (created 0600)"),
    token_file: Optional[Path] = typer.Option(None, "--token-file",
                                              help="file holding the bearer token (else $CVPARSE_TOKEN)"),
    no_auth: bool = typer.Option(False, "--no-auth", help="no token: only on a loopback address"),
    timeout: float = TIMEOUT,
    max_memory: int = typer.Option(2048, "--max-memory", help="address-space cap per worker, MB (0: none)"),
    max_mb: float = typer.Option(Limits.max_bytes / MiB, "--max-mb", help="refuse PDFs larger than this (MB)"),
    queue: Optional[int] = typer.Option(None, "--queue", help="documents waiting for a worker before 503 "
                                        "(default: 16 per worker)"),
    quiet: bool = QUIET,
    verbose: int = VERBOSE,
) -> None:
    """Serve the parser over HTTP (POST /v1/parse, /v1/batches; OpenAPI at /openapi.json)."""
    _setup_logging(False, _verbosity(quiet, verbose))
    from .serve import ServeError, Settings, read_token, serve

    try:
        token = None if no_auth else read_token(token_file)
        serve(Settings(host=host, port=port, workers=workers, db=db, token=token, no_auth=no_auth,
                       limits=Limits(max_bytes=int(max_mb * MiB), timeout=timeout), max_memory=max_memory,
                       queue=queue))
    except ServeError as exc:
        usage_error(f"serve: {exc}")


COMMANDS = ("parse", "eval", "layout", "batch", "export", "schema", "show", "serve")
ROOT_OPTIONS = ("-h", "--help", "--version", "--install-completion", "--show-completion")


def _means_parse(first: str) -> bool:
    """Whether `cvparse FIRST ...` is short for `cvparse parse FIRST ...`: a file, a pattern or a parse option.

    A word close to a command name and naming no file is left to the command lookup, which
    says "did you mean" (cvparse bacth -> batch)."""
    if first in COMMANDS or first.startswith(ROOT_OPTIONS):
        return False
    if first.startswith("-") or first.lower().endswith(".pdf") or os.path.lexists(first) or glob.has_magic(first):
        return True
    return not difflib.get_close_matches(first, COMMANDS, n=1, cutoff=0.6)


def main() -> None:
    args = sys.argv[1:]
    if args and _means_parse(args[0]):
        sys.argv.insert(1, "parse")
    os.umask(0o077)  # whatever the tool writes (records, stores, exports) is its owner's only
    app()


if __name__ == "__main__":
    main()
