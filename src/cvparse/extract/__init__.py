"""Extraction stage: PDF bytes -> :class:`~cvparse.layout.Layout`."""
from __future__ import annotations

import io
import logging

from ..errors import CVParseError, DamagedPDF, Encrypted, NotAPDF, TooLarge
from ..layout import Layout, Page
from ..limits import Limits
from .labels import mark_label_columns

log = logging.getLogger(__name__)

ENGINES = ("pdfplumber", "pdfium")


def _check_header(data: bytes) -> None:
    if not data:
        raise NotAPDF("empty file")
    if b"%PDF-" not in data[:1024]:
        raise NotAPDF("not a PDF (no %PDF- header)")


def extract(data: bytes, engine: str = "pdfplumber", password: str | None = None,
            limits: Limits | None = None) -> Layout:
    limits = limits or Limits()
    _check_header(data)
    if engine == "pdfium":
        from .pdfium_engine import extract_pdfium

        layout = extract_pdfium(data, password=password, limits=limits)
    elif engine == "pdfplumber":
        layout = _extract_pdfplumber(data, password, limits)
    else:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    mark_label_columns(layout)
    return layout


def _extract_pdfplumber(data: bytes, password: str | None, limits: Limits) -> Layout:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    from .pdfplumber_engine import read_page

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise Encrypted("encrypted PDF; give the password with --password") from exc
    except CVParseError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise DamagedPDF(f"cannot open PDF: {type(exc).__name__}: {exc}".strip()) from exc
    layout = Layout(pages=[], engine="pdfplumber")
    with pdf:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise DamagedPDF(f"cannot read the page tree: {type(exc).__name__}") from exc
        if len(pages) > limits.max_pages:
            raise TooLarge(f"{len(pages)} pages (limit {limits.max_pages})")
        chars = 0
        for number, page in enumerate(pages, start=1):
            try:
                read = read_page(page, number)
            except CVParseError:
                raise
            except Exception as exc:
                log.warning("page %d unreadable: %s", number, type(exc).__name__)
                layout.warnings.append(f"page {number} could not be read ({type(exc).__name__})")
                read = Page(number=number, width=0.0, height=0.0)
            chars += sum(len(w.text) for ln in read.lines for w in ln.words)
            if chars > limits.max_chars:
                raise TooLarge(f"more than {limits.max_chars} characters of text")
            layout.pages.append(read)
            page.close()
    return layout
