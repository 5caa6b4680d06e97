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
