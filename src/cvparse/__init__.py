"""cvparse: CV / résumé PDFs to structured records.

>>> import cvparse
>>> cv = cvparse.parse("cv.pdf")
>>> cv.basics.name
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Protocol, Union

from .errors import CVParseError, SourceTypeError, TooLarge
from .limits import Limits, time_limit

if TYPE_CHECKING:
    from .layout import Layout
    from .model import CV

__version__ = "0.1.0"
__all__ = ["parse", "parse_bytes", "warm_up", "CV", "CVParseError", "Limits", "Source", "__version__"]


class BinaryReadable(Protocol):
    """A binary file object: an open file ("rb"), ``io.BytesIO``, a web framework's upload."""

    def read(self, size: int = -1, /) -> bytes: ...


# What parse() reads a PDF from: a path, the bytes themselves, or a binary file object.
Source = Union[str, os.PathLike[str], bytes, bytearray, memoryview, BinaryReadable]

# The attributes an upload object names its file by (Django, Flask, Starlette).
FILE_NAME_ATTRIBUTES = ("filename", "name")


def __getattr__(name: str) -> Any:
    # The record model (pydantic) loads on first use, so `cvparse --help` does not pay for it.
    if name == "CV":
        from .model import CV

        return CV
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_source(source: Source, limits: Limits) -> bytes:
    """The PDF's bytes from a path, bytes or a binary file object, refusing more than the size limit."""
    return _read(source, limits)[0]


def _read(source: Source, limits: Limits) -> tuple[bytes, str | None]:
    """The PDF's bytes and the file's name (None for bytes or an unnamed stream)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    if isinstance(source, (str, os.PathLike)):
        return _read_path(Path(source), limits), Path(source).name
    if callable(getattr(source, "read", None)):
        return _read_stream(source, limits), _file_name(source)
    raise SourceTypeError(f"cannot read a PDF from {type(source).__name__}; "
                          "give a path, bytes or a binary file object (with .read())")


def _read_path(path: Path, limits: Limits) -> bytes:
    # The size is checked before reading, so an oversized file is never loaded.
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(f"file is {size} bytes (limit {limits.max_bytes})")
    return path.read_bytes()


def _read_stream(stream: BinaryReadable, limits: Limits) -> bytes:
    # One byte over the limit is enough to know the input is too large, without reading all of it.
    data = stream.read(limits.max_bytes + 1)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        getattr(data, "close", lambda: None)()  # an async upload's read() gives a coroutine: never awaited
        raise SourceTypeError(f"the file object's read() gave {type(data).__name__}, not bytes; "
                              "open the file in binary mode (\"rb\") or pass the bytes")
    if len(data) > limits.max_bytes:
        raise TooLarge(f"input is over {limits.max_bytes} bytes (limit)")
    return bytes(data)


def _file_name(stream: object) -> str | None:
    """The base name an open file or upload carries, if any (a stream like BytesIO has none)."""
    for attribute in FILE_NAME_ATTRIBUTES:
        name = getattr(stream, attribute, None)
        if isinstance(name, str) and name and not name.startswith("<"):  # "<stdin>" names no file
            return Path(name).name
    return None


def parse(source: Source, engine: str = "pdfplumber", password: str | None = None,
          limits: Limits | None = None, ocr: bool | str = False, ocr_lang: str = "eng",
          fork: bool = False) -> CV:
    """Parse a CV PDF into a :class:`CV` record.

    ``source`` is a path (``str`` or ``os.PathLike``), the PDF's bytes, or a binary file
    object with ``.read()`` (an open ``"rb"`` file, ``io.BytesIO``, a web upload); the
    record's ``source.file`` is the file's base name when there is one. Anything else
    raises :class:`~cvparse.errors.SourceTypeError`; a PDF over ``limits.max_bytes``
    raises :class:`~cvparse.errors.TooLarge` before it is read whole.

    ``engine`` is "pdfplumber" (default) or "pdfium" (faster; the same record).
    ``password`` opens an encrypted PDF. ``limits`` bounds the work on untrusted input
    (:class:`Limits`; the defaults when None).

    ``ocr=True`` reads pages without a usable text layer (scans, photos of a CV) with
    Tesseract (``pip install 'cvparse[ocr]'`` and the ``tesseract-ocr`` package);
    ``ocr="all"`` reads every page that way. ``ocr_lang`` takes Tesseract's language
    codes ("eng", "deu", "eng+fra").

    ``fork=True`` suits a fresh process parsing one document (the command line): the PDF is
    read in a forked child while this process loads spaCy and its tables (Linux, two or more
    cores; otherwise in-process). The record is the same.

    Bad input raises a subclass of :class:`CVParseError` (``NotAPDF``, ``DamagedPDF``,
    ``Encrypted``, ``NoTextLayer``, ``TooLarge``, ``Timeout``, ``OCRError``).
    """
    limits = limits or Limits()
    data, name = _read(source, limits)
    cv = parse_bytes(data, engine=engine, password=password, limits=limits, ocr=ocr, ocr_lang=ocr_lang, fork=fork)
    cv.source.file = name
    return cv


def parse_bytes(data: bytes, engine: str = "pdfplumber", password: str | None = None,
                limits: Limits | None = None, ocr: bool | str = False, ocr_lang: str = "eng",
                fork: bool = False) -> CV:
    """Parse a CV PDF given as bytes into a :class:`CV` record; the options are :func:`parse`'s.

    The record's ``source.file`` stays None (bytes carry no name); set it if you know one.
    """
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


def _extract(data: bytes, fork: bool, **options: Any) -> Layout:
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
