from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from cvparse.layout import Line, Word

FIXTURES = Path(__file__).parent / "fixtures"


def make_line(text: str, x0: float = 50.0, top: float = 100.0, size: float = 10.0,
              bold: bool = False, italic: bool = False, page: int = 1, font: str = "Body") -> Line:
    """A line of words laid out left to right, 0.5 em apart ("||" makes a wide cell gap)."""
    words, gaps, x = [], [], x0
    for cell_no, cell in enumerate(text.split("||")):
        if cell_no:
            gaps.append(len(words))
            x += 10 * size
        for token in cell.split():
            width = 0.5 * size * len(token)
            words.append(Word(token, x, top, x + width, top + size, size, font, bold, italic, "0", page))
            x += width + 0.3 * size
    return Line(words=words, page=page, gaps=gaps)


ENGINES = ("pdfplumber", "pdfium")


@lru_cache(maxsize=None)
def _parsed(slug: str, engine: str) -> str:
    import cvparse

    return cvparse.parse(FIXTURES / f"{slug}.pdf", engine=engine).to_json()


def parsed(slug: str, engine: str = "pdfplumber") -> dict:
    """The record of a fixture PDF, parsed once per engine for the whole session (a fresh copy)."""
    return json.loads(_parsed(slug, engine))


@pytest.fixture(scope="session", params=ENGINES)
def engine(request):
    return request.param


@pytest.fixture(scope="session")
def golden_record(engine):
    return parsed("hayou-cv", engine)
