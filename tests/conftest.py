from __future__ import annotations

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


@pytest.fixture(scope="session")
def golden_record():
    import cvparse

    return cvparse.parse(FIXTURES / "hayou-cv.pdf").to_dict()
