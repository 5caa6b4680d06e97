"""Batch ingestion: many PDFs into a SQLite store, in parallel, resumable (``cvparse batch``)."""
from .job import Summary, parser_version, run_batch
from .runner import BatchError

__all__ = ["run_batch", "Summary", "BatchError", "parser_version"]
