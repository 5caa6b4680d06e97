"""The fast engine (PDFium) must give the records the default engine (pdfplumber) gives.

Both engines feed the same glyph stream into the shared pipeline; only the
provenance boxes may differ, by the sub-point rounding of two font-metric
readers.
"""
import pytest
from conftest import parsed

SLUGS = ["hayou-cv", "word-docx", "html-sidebar", "moderncv-dates-left", "typst-resume",
         "jakes-us-resume", "cv-fr", "lebenslauf-de", "cv-es", "html-fakebold"]
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


def _pdf_with_a_form_drawn_twice() -> bytes:
    """One page that draws a form XObject (a rule, a thin filled box, a line of text) twice,
    the second time 100 pt lower, and one line of text of its own."""
    form = b"q 1 w 50 700 m 400 700 l S 60 600 300 1 re f BT /F1 12 Tf 50 710 Td (Inside a form) Tj ET Q"
    content = b"q /Fm1 Do Q q 1 0 0 1 0 -100 cm /Fm1 Do Q BT /F1 12 Tf 50 500 Td (On the page) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
        b" /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 5 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Length %d >>\nstream\n%s\nendstream" % (len(form), form),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_rules_and_text_inside_a_form_xobject_come_out_alike_on_both_engines():
    from cvparse.extract import extract

    data = _pdf_with_a_form_drawn_twice()
    pages = {engine: extract(data, engine=engine).pages[0] for engine in ("pdfplumber", "pdfium")}
    for page in pages.values():
        rules = sorted((round(r.x0, 1), round(r.x1, 1), round(r.y, 1)) for r in page.rules)
        assert rules == [(50.0, 400.0, 92.0), (50.0, 400.0, 192.0), (60.0, 360.0, 191.5), (60.0, 360.0, 291.5)]
        assert [ln.text for ln in page.lines] == ["Inside a form", "Inside a form", "On the page"]
