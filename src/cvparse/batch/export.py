"""Export the batch store as JSON Lines, CSV or Parquet.

JSON Lines, by default, is one nested object per document: sha256, files,
status, error (type, message), the whole record, parser, parsed_at, seconds.
CSV and Parquet are flat tables (:mod:`cvparse.export.tables`): one row per
document with the columns a spreadsheet wants, or with ``table`` one row per
entry of a list of the record (experience, education, ...). ``fields`` picks
the columns; with ``table`` or ``fields`` JSON Lines holds the flat rows too.
"""
from __future__ import annotations

import csv
import io
import json
import os
from typing import IO, Any, BinaryIO, Callable, Iterable, Iterator, Literal, TextIO, get_args

from ..export.tables import DOCUMENTS, Table, TableError, flatten

# The export formats; the Literal types a caller (cvparse export --format), the tuple is for checks.
ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
PARQUET_ROW_GROUP = 1000  # rows converted at a time: a large store is never held in memory whole
PARQUET_EXTRA = "parquet needs pyarrow: pip install 'cvparse[parquet]'"


class ExportError(Exception):
    """The export cannot be written as asked (an unknown format, table or field; pyarrow missing)."""


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(table: Table, out: TextIO) -> int:
    """RFC 4180 quoting (the csv module's), UTF-8; an empty cell for None."""
    writer = csv.DictWriter(out, fieldnames=list(table.columns), lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in table.rows:
        writer.writerow(row)
        count += 1
    return count


def write_parquet(table: Table, out: BinaryIO) -> int:
    pa, pq = _pyarrow()
    types = {"string": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in table.columns.items()])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in _chunks(table.rows, PARQUET_ROW_GROUP):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
        if not count:
            writer.write_table(schema.empty_table())
    return count


def _pyarrow() -> tuple[Any, Any]:  # pyarrow and pyarrow.parquet (untyped)
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError(PARQUET_EXTRA) from exc
    return pa, pq


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export(rows: Iterable[dict[str, Any]], fmt: str, out_path: str | os.PathLike[str] | None, stdout: TextIO,
           table: str | None = None, fields: list[str] | None = None) -> int:
    """Write the rows in ``fmt`` to ``out_path`` (created 0600) or to ``stdout``; the number written.

    Everything that can be refused (format, table, fields, pyarrow) is checked before the file is opened."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    if fmt == "jsonl" and table is None and not fields:
        return _write(lambda out: write_jsonl(rows, out), out_path, stdout, binary=False)
    try:
        flat = flatten(rows, table or DOCUMENTS, fields)
    except TableError as exc:
        raise ExportError(str(exc)) from exc
    if fmt == "jsonl":
        return _write(lambda out: write_jsonl(flat.rows, out), out_path, stdout, binary=False)
    if fmt == "csv":
        return _write(lambda out: write_csv(flat, out), out_path, stdout, binary=False)
    _pyarrow()
    return _write(lambda out: write_parquet(flat, out), out_path, stdout, binary=True)


def _write(writer: Callable[[Any], int], out_path: str | os.PathLike[str] | None, stdout: TextIO, binary: bool) -> int:
    if out_path is not None:
        with _private(out_path, "wb" if binary else "w") as handle:
            return writer(handle)
    if not binary:
        return writer(stdout)
    buffer = io.BytesIO()  # Parquet's footer comes last: the file is whole before it goes out
    count = writer(buffer)
    stdout.flush()
    stdout.buffer.write(buffer.getvalue())
    return count


def _private(path: str | os.PathLike[str], mode: str) -> IO[Any]:
    """Open a file only its owner can read: created 0600, an existing file's mode reset too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    if "b" in mode:
        return os.fdopen(fd, mode)
    return os.fdopen(fd, mode, encoding="utf-8", newline="")
