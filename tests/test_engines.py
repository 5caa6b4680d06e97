"""The fast engine (PDFium) must give the records the default engine (pdfplumber) gives.

Both engines feed the same glyph stream into the shared pipeline; only the
provenance boxes may differ, by the sub-point rounding of two font-metric
readers.
"""
import pytest
from conftest import parsed

SLUGS = ["hayou-cv", "word-docx", "html-sidebar", "moderncv-dates-left", "typst-resume",
         "jakes-us-resume", "cv-fr", "lebenslauf-de", "cv-es"]
BOX_TOLERANCE = 2.5  # points


def _differences(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            yield from _differences(a.get(key), b.get(key), f"{path}.{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _differences(x, y, f"{path}[{i}]")
    elif ".box[" in path and isinstance(a, float) and isinstance(b, float):
        if abs(a - b) > BOX_TOLERANCE:
            yield f"{path}: {a} != {b}"
    elif a != b:
        yield f"{path}: {a!r} != {b!r}"


@pytest.mark.parametrize("slug", SLUGS)
def test_pdfium_record_equals_pdfplumber_record(slug):
    default, fast = parsed(slug, "pdfplumber"), parsed(slug, "pdfium")
    assert (default["source"]["engine"], fast["source"]["engine"]) == ("pdfplumber", "pdfium")
    for record in (default, fast):
        del record["source"]["engine"]
    differences = list(_differences(default, fast))
    assert not differences, "\n".join(differences[:20])


def test_pdfium_engine_errors_are_typed(tmp_path):
    import cvparse
    from cvparse.errors import DamagedPDF, NotAPDF

    with pytest.raises(NotAPDF):
        cvparse.parse(b"hello", engine="pdfium")
    with pytest.raises(DamagedPDF):
        cvparse.parse(b"%PDF-1.4\n garbage", engine="pdfium")
