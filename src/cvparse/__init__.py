"""cvparse: CV / résumé PDFs to structured records.

>>> import cvparse
>>> cv = cvparse.parse("cv.pdf")
>>> cv.basics.name
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Union

from .errors import CVParseError, TooLarge
from .limits import Limits, time_limit

if TYPE_CHECKING:
    from .layout import Layout
    from .model import CV

__version__ = "0.1.0"
__all__ = ["parse", "parse_bytes", "warm_up", "CV", "CVParseError", "Limits", "__version__"]

Source = Union[str, os.PathLike, bytes]


def __getattr__(name: str):
    # The record model (pydantic) loads on first use, so `cvparse --help` does not pay for it.
    if name == "CV":
        from .model import CV

        return CV
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_source(source: Source, limits: Limits) -> bytes:
    """The PDF's bytes from a path or bytes, refusing a file over the size limit before reading it."""
    return _read(source, limits)[0]


def _read(source: Source, limits: Limits) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    path = Path(source)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(f"file is {size} bytes (limit {limits.max_bytes})")
    return path.read_bytes(), path.name


def parse(source: Source, engine: str = "pdfplumber", password: str | None = None,
          limits: Limits | None = None, ocr: bool | str = False, ocr_lang: str = "eng",
          fork: bool = False) -> CV:
    """Parse a CV PDF (path or bytes) into a :class:`CV` record.

    ``ocr=True`` reads pages without a usable text layer (scans, photos of a CV) with
    Tesseract (``pip install 'cvparse[ocr]'`` and the ``tesseract-ocr`` package);
    ``ocr="all"`` reads every page that way. ``ocr_lang`` takes Tesseract's language
    codes ("eng", "deu", "eng+fra").

    ``fork=True`` suits a fresh process parsing one document (the command line): the PDF is
    read in a forked child while this process loads spaCy and its tables (Linux, two or more
    cores; otherwise in-process). The record is the same.
    """
    limits = limits or Limits()
    data, name = _read(source, limits)
    cv = parse_bytes(data, engine=engine, password=password, limits=limits, ocr=ocr, ocr_lang=ocr_lang, fork=fork)
    cv.source.file = name
    return cv


def parse_bytes(data: bytes, engine: str = "pdfplumber", password: str | None = None,
                limits: Limits | None = None, ocr: bool | str = False, ocr_lang: str = "eng",
                fork: bool = False) -> CV:
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise TooLarge(f"{len(data)} bytes (limit {limits.max_bytes})")
    # One clock for the whole document: extraction (and OCR), segmentation and field parsing.
    with time_limit(limits.timeout):
        layout = _extract(data, fork, engine=engine, password=password, limits=limits, ocr=ocr, ocr_lang=ocr_lang)
        from .fields import build_record
        from .segment import segment

        cv = build_record(segment(layout))
    cv.source.sha256 = hashlib.sha256(data).hexdigest()
    cv.source.pages = len(layout.pages)
    cv.source.parser = f"cvparse {__version__}"
    cv.source.engine = layout.engine
    cv.warnings = list(layout.warnings)
    from .model import HiddenText

    cv.hidden_text = [HiddenText(text=h.text, page=h.page, box=h.box, why=h.why)
                      for page in layout.pages for h in page.hidden]
    return cv


def _extract(data: bytes, fork: bool, **options) -> Layout:
    # Imported here, not at the top: a forked child should start before the heavy imports.
    from .extract import extract

    if fork:
        from .extract.forked import extract_while

        layout = extract_while(_warming_up(), data, **options)
        if layout is not None:
            return layout
    return extract(data, **options)


def warm_up() -> None:
    """Load what every parse needs (spaCy's model, the record model, date tables) ahead of the first document."""
    for _ in _warming_up():
        pass


def _warming_up() -> Iterator[None]:
    """warm_up's steps, one per ``yield``, so that a caller can stop between them."""
    from .fields import nlp  # the field parsers and the record model (pydantic)

    yield
    from . import dates
    from .segment import segment  # noqa: F401

    dates.warm_up()
    yield
    nlp.pipeline()
    yield
    nlp.entities(["Alex Example, Example Corp, Berlin"])  # spaCy's first call sets up more than later ones
