"""Typed errors: each class of bad input has its own type and exit code."""
from __future__ import annotations


class CVParseError(Exception):
    """Base class; ``kind`` names the class in JSON errors, ``exit_code`` on the command line."""

    kind = "error"
    exit_code = 1


class NotAPDF(CVParseError):
    kind = "not_a_pdf"
    exit_code = 3


class DamagedPDF(CVParseError):
    kind = "damaged"
    exit_code = 4


class Encrypted(CVParseError):
    kind = "encrypted"
    exit_code = 5


class NoTextLayer(CVParseError):
    kind = "no_text"
    exit_code = 6


class TooLarge(CVParseError):
    kind = "too_large"
    exit_code = 7


class Timeout(CVParseError):
    kind = "timeout"
    exit_code = 8


class OCRError(CVParseError):
    """OCR was asked for but cannot run (pytesseract, Tesseract or the language data missing) or failed."""

    kind = "ocr"
    exit_code = 9
