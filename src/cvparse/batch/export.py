"""Export the batch store: one row per document (sha256, files, status, error, record, parser, time).

JSON Lines keeps the record and error as objects. CSV cannot nest, so ``files``,
``error`` and ``record`` are JSON strings there. Parquet (pyarrow, the
``parquet`` extra) has ``files`` as a list, ``error`` as a struct and the record
as a JSON string (its shape varies from CV to CV, a column type would not).
"""
from __future__ import annotations

import csv
import io
import json
import os
from typing import BinaryIO, Iterable, Iterator, TextIO

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_ROW_GROUP = 1000  # rows converted at a time: a large store is never held in memory whole
COLUMNS = ("sha256", "files", "status", "error", "record", "parser", "parsed_at", "seconds")


class ExportError(Exception):
    """The export cannot be written in the format asked (an unknown format, pyarrow missing)."""


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        flat = dict(row)
        for column in ("files", "error", "record"):
            flat[column] = None if row[column] is None else json.dumps(row[column], ensure_ascii=False)
        writer.writerow(flat)
        count += 1
    return count


def write_parquet(rows: Iterable[dict], out: BinaryIO) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("parquet needs pyarrow: pip install 'cvparse[parquet]'") from exc
    schema = pa.schema([
        ("sha256", pa.string()), ("files", pa.list_(pa.string())), ("status", pa.string()),
        ("error", pa.struct([("type", pa.string()), ("message", pa.string())])),
        ("record", pa.string()), ("parser", pa.string()), ("parsed_at", pa.string()), ("seconds", pa.float64()),
    ])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in _chunks(rows, PARQUET_ROW_GROUP):
            chunk = [dict(row, record=None if row["record"] is None else json.dumps(row["record"], ensure_ascii=False))
                     for row in chunk]
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export(rows: Iterable[dict], fmt: str, out_path: str | os.PathLike | None, stdout: TextIO) -> int:
    """Write the rows in ``fmt`` to ``out_path`` (created 0600) or to ``stdout``; the number written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} ({', '.join(FORMATS)})")
    if fmt == "parquet":
        if out_path is None:
            buffer = io.BytesIO()
            count = write_parquet(rows, buffer)
            stdout.flush()
            stdout.buffer.write(buffer.getvalue())
            return count
        with _private(out_path, "wb") as handle:
            return write_parquet(rows, handle)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if out_path is None:
        return writer(rows, stdout)
    with _private(out_path, "w") as handle:
        return writer(rows, handle)


def _private(path: str | os.PathLike, mode: str):
    """Open a file only its owner can read: created 0600, an existing file's mode reset too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, mode, **({"encoding": "utf-8", "newline": ""} if "b" not in mode else {}))
