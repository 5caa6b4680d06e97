"""Typed errors: each class of bad input has its own type and exit code."""
from __future__ import annotations


PASSWORD_ADVICE = "give the password with --password"
OCR_ADVICE = "run with --ocr to read it by OCR (Tesseract)"


class CVParseError(Exception):
    """Base class; ``kind`` names the class in JSON errors, ``exit_code`` on the command line.

    ``advice`` is what to do about it, naming the command-line options that help
    ("give the password with --password"); the command line shows it only where
    the command has those options. ``str()`` is the message and the advice.
    """

    kind = "error"
    exit_code = 1

    def __init__(self, message: str = "", advice: str | None = None):
        super().__init__(*((message, advice) if advice else (message,)))  # args rebuild it (forked, pickled)
        self.message, self.advice = message, advice

    def __str__(self) -> str:
        return f"{self.message}; {self.advice}" if self.advice else self.message


class NotAPDF(CVParseError):
    """The input is not a PDF (no PDF header, or another kind of file)."""

    kind = "not_a_pdf"
    exit_code = 3


class DamagedPDF(CVParseError):
    """A PDF too broken to read (its structure or streams cannot be decoded)."""

    kind = "damaged"
    exit_code = 4


class Encrypted(CVParseError):
    """An encrypted PDF without the right password; ``advice`` says how to give one."""

    kind = "encrypted"
    exit_code = 5


class NoTextLayer(CVParseError):
    """No page has text to read (a scan or a photo); ``advice`` suggests OCR."""

    kind = "no_text"
    exit_code = 6


class TooLarge(CVParseError):
    """Over one of the :class:`~cvparse.limits.Limits`: file size, pages, characters, paths or streams."""

    kind = "too_large"
    exit_code = 7


class Timeout(CVParseError):
    """The document took longer than ``Limits.timeout`` (wall seconds)."""

    kind = "timeout"
    exit_code = 8


class OCRError(CVParseError):
    """OCR was asked for but cannot run (pytesseract, Tesseract or the language data missing) or failed."""

    kind = "ocr"
    exit_code = 9


class SourceTypeError(CVParseError, TypeError):
    """``parse()`` was given something it cannot read a PDF from (not a path, bytes or a binary file).

    Also a ``TypeError``: it is the caller's mistake, not the document's."""

    kind = "source_type"
    exit_code = 2
