"""Extraction stage: PDF bytes -> :class:`~cvparse.layout.Layout`."""
from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING, Any, Iterator, Literal, get_args

from ..errors import OCR_ADVICE, PASSWORD_ADVICE, CVParseError, DamagedPDF, Encrypted, NoTextLayer, NotAPDF
from ..layout import Layout, Page
from ..limits import Limits, check_time, time_limit
from .hidden import warning
from .labels import mark_label_columns

if TYPE_CHECKING:  # pdfminer is imported when a PDF is read, not at --help
    from .bounded import Budget

log = logging.getLogger(__name__)

# The PDF readers; the Literal types a caller (the command line's --engine), the tuple is for checks.
EngineName = Literal["pdfplumber", "pdfium"]
ENGINES: tuple[str, ...] = get_args(EngineName)


def check_header(data: bytes) -> None:
    if not data:
        raise NotAPDF("empty file")
    if b"%PDF-" not in data[:1024]:
        raise NotAPDF("not a PDF (no %PDF- header)")


OCR_MODES = (False, True, "all")


def extract(data: bytes, engine: str = "pdfplumber", password: str | None = None,
            limits: Limits | None = None, ocr: bool | str = False, ocr_lang: str = "eng") -> Layout:
    """The PDF's layout; with ``ocr`` pages without a usable text layer (``"all"``: every page)
    are read by Tesseract instead. Raises :class:`NoTextLayer` when no page has text."""
    limits = limits or Limits()
    check_header(data)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if ocr not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {ocr!r}; choose False, True or 'all'")
    with time_limit(limits.timeout):
        if engine == "pdfium":
            from .pdfium_engine import extract_pdfium

            layout = extract_pdfium(data, password=password, limits=limits)
        else:
            layout = _extract_pdfplumber(data, password, limits)
        hidden = warning([h for page in layout.pages for h in page.hidden])
        if hidden:
            layout.warnings.append(hidden)
        if ocr:
            _ocr(layout, data, password, ocr_lang, every_page=ocr == "all")
        if not any(page.lines for page in layout.pages):
            raise NoTextLayer(_no_text_reason(layout, bool(ocr)), advice=None if ocr else OCR_ADVICE)
        mark_label_columns(layout)
    return layout


def _ocr(layout: Layout, data: bytes, password: str | None, lang: str, every_page: bool) -> None:
    from .ocr import ocr_pages

    for page in layout.pages:
        if page.undecodable:
            page.lines = []  # garbage from fonts without a Unicode map: OCR reads the page instead
    read = ocr_pages(layout, data, password, lang, every_page=every_page)
    if read:
        layout.engine += "+ocr"
        pages = ", ".join(map(str, read))
        layout.warnings.append(f"page{'s' if len(read) > 1 else ''} {pages} read by OCR (Tesseract, {lang}): "
                               "expect misread characters; bold and italic are unknown")


def _no_text_reason(layout: Layout, ocr: bool) -> str:
    if ocr:
        return "no text found, not even by OCR (a blank or photo-only PDF?)"
    if any(page.undecodable for page in layout.pages):
        return "the text cannot be decoded (fonts without a Unicode map)"
    return "no text layer (image-only PDF?)"


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """The exception and those it wraps: pdfplumber re-raises pdfminer's as PdfminerException(e)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        wrapped = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = wrapped or exc.__cause__ or exc.__context__


def _ours(exc: BaseException) -> CVParseError | None:
    """A limit or timeout of ours raised deep inside pdfminer, however it was wrapped."""
    return next((e for e in _chain(exc) if isinstance(e, CVParseError)), None)


def _open_error(exc: Exception, password: str | None) -> CVParseError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    ours = _ours(exc)
    if ours is not None:
        return ours
    if any(isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)) for e in _chain(exc)):
        if password:
            return Encrypted("encrypted PDF: the password is wrong (or the encryption is unsupported)")
        return Encrypted("encrypted PDF", advice=PASSWORD_ADVICE)
    # Only the type: pdfminer's messages can quote bytes of the file (CV text); --debug shows them.
    return DamagedPDF(f"damaged PDF, cannot be opened ({type(list(_chain(exc))[-1]).__name__})")


_XREF_POINTER = re.compile(rb"startxref\s*(\d+)")


def _hide_xref_pointer(data: bytes) -> bytes:
    """The file as pdfminer should read it when its cross-reference table lies.

    pdfminer rebuilds the table by scanning for "N G obj" only when the last
    ``startxref`` gives no offset; blanking that offset (same length, so no
    other offset moves) asks for the rebuild.
    """
    pointer = None
    for pointer in _XREF_POINTER.finditer(data):
        pass
    if pointer is None:
        return data
    start, end = pointer.span(1)
    return data[:start] + b" " * (end - start) + data[end:]


def _read_page(pdf: Any, page_obj: Any, number: int, budget: Budget) -> tuple[Page, list[dict[str, Any]]]:
    """One page through the counting device, and its raw glyphs (for the quality checks).

    A page whose /Rotate turns upright text sideways (content drawn already
    turned) is read again without the rotation.
    """
    from .bounded import BoundedPage, unrotated
    from .pdfplumber_engine import read_page
    from .quality import sideways

    page = BoundedPage(pdf, page_obj, number, budget)
    try:
        if page.rotation and sideways(c["upright"] for c in page.chars):
            page.close()
            page = BoundedPage(pdf, unrotated(page_obj), number, budget)
        return read_page(page, number), page.chars
    finally:
        page.close()


def _open(data: bytes, password: str | None, limits: Limits) -> tuple[Any, list[Any], Budget]:
    """(pdfplumber PDF, its pages, the document's budget), or the typed reason it cannot be read."""
    import pdfplumber

    from .bounded import Budget, guard_streams, list_pages

    def attempt(pdf_bytes: bytes) -> tuple[Any, list[Any], Budget]:
        budget = Budget(limits)
        pdf = pdfplumber.open(io.BytesIO(pdf_bytes), password=password or "")
        guard_streams(pdf.doc, budget)
        return pdf, list_pages(pdf.doc, limits.max_pages), budget

    try:
        opened = attempt(data)
        failure: CVParseError | None = None if opened[1] else DamagedPDF("the PDF has no pages")
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        failure = _open_error(exc, password)
    if isinstance(failure, DamagedPDF):
        try:  # a second chance with the cross-reference table rebuilt from the objects themselves
            opened = attempt(_hide_xref_pointer(data))
            failure = failure if not opened[1] else None
        except Exception as exc:
            if (ours := _ours(exc)) is not None:
                raise ours from exc
    if failure is not None:
        raise failure
    return opened


def _extract_pdfplumber(data: bytes, password: str | None, limits: Limits) -> Layout:
    from .quality import garbled

    pdf, pages, budget = _open(data, password, limits)
    layout = Layout(pages=[], engine="pdfplumber")
    unreadable = 0
    for number, page_obj in enumerate(pages, start=1):
        check_time()
        try:
            read, chars = _read_page(pdf, page_obj, number, budget)
            if garbled(c["text"] for c in chars):
                read.undecodable = True
                log.info("page %d: most glyphs have no Unicode mapping", number)
                layout.warnings.append(f"page {number}: most text cannot be decoded (fonts without a "
                                       "Unicode map); the record may hold garbage")
        except Exception as exc:
            ours = _ours(exc)
            if ours is not None:
                raise ours from exc
            # A damaged page costs that page, not the document: a partial record plus a warning.
            unreadable += 1
            log.info("page %d unreadable: %s", number, type(exc).__name__)  # in the warnings
            layout.warnings.append(f"page {number} could not be read ({type(exc).__name__})")
            read = Page(number=number, width=0.0, height=0.0)
        layout.pages.append(read)
    if unreadable == len(pages):
        raise DamagedPDF(f"no page could be read ({layout.warnings[0]})")
    return layout
