"""Command line: a thin shell over the library API.

Heavy imports (pdfplumber, spaCy) happen inside commands so ``--help`` stays fast.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .limits import MiB, Limits

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn CV / résumé PDFs into structured records.")


def _fail(file: str, exc: BaseException, as_json: bool, debug: bool) -> None:
    """One line on stderr (and an error object with --json), a distinct exit code per class."""
    if debug:
        raise exc
    from .errors import CVParseError

    if isinstance(exc, CVParseError):
        kind, code, message = exc.kind, exc.exit_code, str(exc).splitlines()[0] if str(exc) else exc.kind
    elif isinstance(exc, OSError):
        kind, code, message = "io", 1, f"cannot read the file ({exc.strerror or type(exc).__name__})"
    else:  # a bug: the message could quote the CV, so only the type; --debug shows the traceback
        kind, code, message = "internal", 1, f"internal error ({type(exc).__name__}); --debug shows the traceback"
    if as_json:
        print(json.dumps({"error": {"type": kind, "message": message, "file": file}}))
    print(f"cvparse: error: {file}: {message}", file=sys.stderr)
    raise typer.Exit(code)


def _usage_error(message: str) -> None:
    print(f"cvparse: error: {message}", file=sys.stderr)
    raise typer.Exit(2)


def _setup_logging(debug: bool) -> None:
    """Only cvparse's own log lines, which never quote CV text; --debug adds the libraries' warnings."""
    logging.basicConfig(level=logging.WARNING if debug else logging.CRITICAL + 1,
                        format="cvparse: %(levelname)s: %(message)s")
    logging.getLogger("cvparse").setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.captureWarnings(True)  # Python warnings from libraries go through the same filter


def _ocr_mode(ocr: bool, ocr_all: bool) -> bool | str:
    return "all" if ocr_all else ocr


def _read_stdin(max_bytes: int) -> bytes:
    from .errors import TooLarge

    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"input is over {max_bytes} bytes (limit)")
    return data


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: created 0600, never readable by others in between."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)  # an existing file keeps its old mode through O_CREAT
        handle.write(text)


# Options that several commands share.
ENGINE = typer.Option("pdfplumber", "--engine", help="pdfplumber (default) or pdfium")
PASSWORD = typer.Option(None, "--password", help="password of an encrypted PDF")
TIMEOUT = typer.Option(Limits.timeout, "--timeout", help="wall seconds per document (0: none)")
OCR = typer.Option(False, "--ocr", help="read pages without a text layer by OCR (Tesseract)")
OCR_ALL = typer.Option(False, "--ocr-all", help="read every page by OCR, ignoring the text layer")
OCR_LANG = typer.Option("eng", "--ocr-lang", help="Tesseract language codes, e.g. eng, deu, eng+fra")
DEBUG = typer.Option(False, "--debug", help="show tracebacks and debug logs")


@app.command("parse")
def parse_cmd(
    file: str = typer.Argument(..., help="PDF file ('-' reads standard input)"),
    as_json: bool = typer.Option(False, "--json", help="print the JSON record"),
    fmt: str = typer.Option("native", "--format", help="native (default) or jsonresume; jsonresume implies JSON"),
    redacted: bool = typer.Option(False, "--redact", help="remove the person's identity (blind screening)"),
    engine: str = ENGINE,
    password: Optional[str] = PASSWORD,
    out: Optional[Path] = typer.Option(None, "--out", help="write the output to this file (mode 0600)"),
    max_pages: int = typer.Option(Limits.max_pages, "--max-pages", help="refuse PDFs with more pages"),
    max_chars: int = typer.Option(Limits.max_chars, "--max-chars", help="refuse PDFs drawing more characters"),
    max_mb: float = typer.Option(Limits.max_stream_bytes / MiB, "--max-mb",
                                 help="refuse PDFs whose streams decompress to more megabytes"),
    timeout: float = TIMEOUT,
    ocr: bool = OCR,
    ocr_all: bool = OCR_ALL,
    ocr_lang: str = OCR_LANG,
    debug: bool = DEBUG,
) -> None:
    """Parse one CV and print its record (JSON with --json, else panels and tables)."""
    _setup_logging(debug)
    import cvparse
    from .export import FORMATS, render

    if fmt not in FORMATS:
        _usage_error(f"--format must be one of {', '.join(FORMATS)}")
    as_json = as_json or fmt != "native"
    limits = Limits(max_pages=max_pages, max_chars=max_chars, max_stream_bytes=int(max_mb * MiB), timeout=timeout)
    try:
        source = _read_stdin(limits.max_bytes) if file == "-" else file
        cv = cvparse.parse(source, engine=engine, password=password, limits=limits,
                           ocr=_ocr_mode(ocr, ocr_all), ocr_lang=ocr_lang, fork=True)
        if redacted:
            from .export.redact import redact

            cv = redact(cv)
    except Exception as exc:  # never a traceback for bad input; --debug re-raises
        _fail(file, exc, as_json, debug)
    if as_json:
        text = render(cv, fmt) + "\n"
        write_private(out, text) if out else print(text, end="")
        return
    from .export.terminal import print_record, record_text

    write_private(out, record_text(cv)) if out else print_record(cv)


@app.command("show")
def show_cmd(
    file: str = typer.Argument(..., help="PDF file ('-' reads standard input)"),
    html: Path = typer.Option(..., "--html", help="write the review page here (mode 0600)"),
    engine: str = ENGINE,
    password: Optional[str] = PASSWORD,
    timeout: float = TIMEOUT,
    ocr: bool = OCR,
    ocr_all: bool = OCR_ALL,
    ocr_lang: str = OCR_LANG,
    debug: bool = DEBUG,
) -> None:
    """Write a review page: the PDF's pages with a box over every section, entry and field read, beside the record."""
    _setup_logging(debug)
    import cvparse
    from .export.review_html import marks, review_page
    from .limits import time_limit

    limits = Limits(timeout=timeout)
    try:
        data = _read_stdin(limits.max_bytes) if file == "-" else cvparse.read_source(file, limits)
        cv = cvparse.parse_bytes(data, engine=engine, password=password, limits=limits,
                                 ocr=_ocr_mode(ocr, ocr_all), ocr_lang=ocr_lang, fork=True)
        cv.source.file = None if file == "-" else Path(file).name
        with time_limit(limits.timeout):
            page = review_page(cv, data, password=password)
    except Exception as exc:  # never a traceback for bad input; --debug re-raises
        _fail(file, exc, False, debug)
    write_private(html, page)
    print(f"{html}: {cv.source.pages} pages, {len(marks(cv))} boxes")


@app.command("layout")
def layout_cmd(
    file: Path = typer.Argument(..., help="PDF file"),
    engine: str = typer.Option("pdfplumber", "--engine"),
) -> None:
    """Show how the parser read a PDF: sections, entry blocks and their lines, with page and box."""
    _setup_logging(False)
    from .extract import extract
    from .segment import segment

    try:
        layout = extract(file.read_bytes(), engine=engine)
        document = segment(layout)
    except Exception as exc:
        _fail(str(file), exc, False, False)
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
        print(f"{'hidden':<7}p{h.page} {x0:5.0f} {top:5.0f} {x1:5.0f} [{h.why}] {h.text}")


def _layout_row(tag: str, line) -> str:
    x0, top, x1, _ = line.box
    cells = " | ".join(" ".join(w.text for w in cell) for cell in line.cells())
    style = "B" if line.share("bold") > 0.5 else ("I" if line.share("italic") > 0.5 else " ")
    return f"{tag:<6}p{line.page} {x0:5.0f} {top:5.0f} {x1:5.0f} {line.size:4.1f}{style} {cells}"


@app.command("eval")
def eval_cmd(
    file: Path = typer.Argument(..., help="PDF file"),
    expected: Path = typer.Argument(..., help="hand-written expected record (JSON)"),
    min_f1: float = typer.Option(0.0, "--min-f1", help="exit 1 when overall F1 is below this"),
    engine: str = typer.Option("pdfplumber", "--engine"),
    show_misses: int = typer.Option(40, "--misses", help="how many misses to list"),
) -> None:
    """Score the parser on a PDF against its expected record (field-level P/R/F1)."""
    _setup_logging(False)
    import cvparse
    from .evaluate import confidence_pairs, evaluate, reliability_table

    try:
        got = cvparse.parse(file, engine=engine).to_dict()
        want = json.loads(expected.read_text(encoding="utf-8"))
    except Exception as exc:
        _fail(str(file), exc, False, False)
    report = evaluate(got, want)
    for miss in report.misses[:show_misses]:
        print("miss:", miss)
    print(report.table())
    print(f"entry counts: {'exact' if report.counts_ok() else 'DIFFER'}")
    f1 = report.overall.f1
    print(f"overall F1 {f1:.3f}")
    pairs = confidence_pairs(got, report)
    if pairs:  # how confidence relates to correctness: right entries by confidence decile
        print(reliability_table(pairs))
    if f1 < min_f1:
        raise typer.Exit(1)


@app.command("schema")
def schema_cmd(out: Optional[Path] = typer.Option(None, "--out", help="write the schema to this file (mode 0600)")) -> None:
    """Print the JSON Schema of the native record (what --json prints)."""
    from .export.schema import record_schema

    text = json.dumps(record_schema(), indent=2, ensure_ascii=False)
    if out:
        write_private(out, text + "\n")
    else:
        print(text)


@app.command("batch")
def batch_cmd(
    inputs: list[str] = typer.Argument(..., help="PDF files, folders (recursive, *.pdf) and glob patterns"),
    db: Path = typer.Option(Path("cvparse.db"), "--db", help="the SQLite store (created 0600)"),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", help="worker processes"),
    timeout: float = TIMEOUT,
    max_memory: int = typer.Option(2048, "--max-memory", help="address-space cap per worker, MB (0: none)"),
    engine: str = typer.Option("pdfium", "--engine", help="pdfium (default here) or pdfplumber"),
    force: bool = typer.Option(False, "--force", help="reparse documents already in the store"),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="reparse the documents that failed"),
    executor: str = typer.Option("local", "--executor", help="local (process pool) or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786)"),
) -> None:
    """Parse many CVs into a SQLite store: parallel, resumable; failures are recorded, not fatal."""
    _setup_logging(False)
    from .batch import BatchError, run_batch

    try:
        summary = run_batch(inputs, db, workers=workers, engine=engine, limits=Limits(timeout=timeout),
                            max_memory=max_memory, force=force, retry_failed=retry_failed,
                            executor=executor, scheduler=scheduler)
    except BatchError as exc:
        print(f"cvparse: error: batch: {exc}", file=sys.stderr)
        raise typer.Exit(2)
    print(f"cvparse: batch: {summary.text()}")


@app.command("export")
def export_cmd(
    db: Path = typer.Option(..., "--db", help="the SQLite store written by cvparse batch"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (nested records, default), csv or parquet (flat rows)"),
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


def main() -> None:
    # `cvparse FILE.pdf` is short for `cvparse parse FILE.pdf`.
    commands = {"parse", "eval", "layout", "batch", "export", "schema", "show", "--help", "-h", "--version"}
    args = sys.argv[1:]
    if args and args[0] not in commands and not args[0].startswith("--help"):
        sys.argv.insert(1, "parse")
    os.umask(0o077)  # whatever the tool writes (records, stores, exports) is its owner's only
    app()


if __name__ == "__main__":
    main()
