"""PDFs built with the trait of a real CV that once broke the parser (tests/fixtures/regress/build.py)."""
from pathlib import Path

import pytest

from cvparse import parse

REGRESS = Path(__file__).parent / "fixtures" / "regress"


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_education_whose_titles_all_name_schools(engine):
    # An InDesign CV's shape: "University of ..." over "School of ...", no degree; it ended in StopIteration.
    cv = parse(REGRESS / "schools-only-education.pdf", engine=engine)
    (edu,) = cv.education
    assert (edu.institution, edu.degree, edu.start, edu.end) == ("University of Somerton", None, "2015", "2019")
    assert edu.highlights == ["School of Design and Architecture"]
    assert cv.basics.name == "Ilse Marrow"
