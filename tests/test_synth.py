"""The synthesizer: deterministic truths, labels that find what was printed, and the committed slice
scored at no less than its floors (tests/fixtures/synth, rebuilt by ``python -m synth.slice``)."""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

import pytest

from synth import labels, truth
from synth.content import locales, make_doc
from synth.dates import FORMATS, print_dates
from synth.example import example_doc
from synth.record import doc_from_record

FIXTURES = Path(__file__).parent / "fixtures"
SLICE = FIXTURES / "synth"
MANIFEST = [json.loads(line) for line in (SLICE / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
FLOORS = json.loads((SLICE / "floors.json").read_text())


def _without_pages(record: dict) -> dict:
    return {**record, "sections": [{**s, "page": None} for s in record["sections"]]}


def test_the_same_seed_draws_the_same_truth_and_another_seed_another():
    for locale in locales():
        a = truth.build(make_doc(random.Random(f"3/{locale}"), locale))
        b = truth.build(make_doc(random.Random(f"3/{locale}"), locale))
        c = truth.build(make_doc(random.Random(f"4/{locale}"), locale))
        assert a == b
        assert a["basics"] != c["basics"]


@pytest.mark.parametrize("row", MANIFEST, ids=[r["id"] for r in MANIFEST])
def test_the_slice_truths_are_the_generators(row):
    """Each committed truth is what the generator prints for its seed (or record), not parser output."""
    if row["id"].startswith("s"):
        doc = make_doc(random.Random(row["seed"]), row["locale"])
    else:
        doc = doc_from_record(json.loads((FIXTURES / "hayou-cv.expected.json").read_text(encoding="utf-8")))
    committed = json.loads((SLICE / f"{row['id']}.truth.json").read_text(encoding="utf-8"))
    assert _without_pages(truth.build(doc)) == _without_pages(committed)


def test_dates_print_what_the_truth_says():
    v = {"months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                    "Oktober", "November", "Dezember"], "months_abbr": ["Jan."] * 12,
         "seasons": {"spring": "Frühjahr", "summer": "Sommer", "autumn": "Herbst", "winter": "Winter"},
         "present": ["heute"], "since": ["seit"], "range_words": ["bis"], "range_frames": ["von {a} bis {b}"]}
    rng = random.Random(0)
    p = print_dates(FORMATS["MM.YYYY"], "since", (2019, 3, 5), None, v, rng)
    assert (p.text, p.start, p.end, p.current) == ("seit 03.2019", "2019-03", None, True)
    p = print_dates(FORMATS["Month YYYY"], "range-frame", (2019, 3, 5), (2021, 11, 2), v, rng)
    assert (p.text, p.start, p.end, p.current) == ("von März 2019 bis November 2021", "2019-03", "2021-11", False)
    p = print_dates(FORMATS["Season YYYY"], "range", (2019, 7, 5), None, v, rng)  # a season keeps the year only
    assert (p.text, p.start, p.end, p.current) == ("Sommer 2019 – heute", "2019", None, True)
    p = print_dates(FORMATS["DD/MM/YYYY"], "single", (2019, 7, 5), None, v, rng)
    assert (p.text, p.start, p.end, p.current) == ("05/07/2019", "2019-07-05", None, False)


def test_labels_find_every_printed_span(tmp_path):
    from synth.templates import get
    doc = example_doc()
    pdf = get("reportlab-plain").render(doc, random.Random(5), tmp_path)
    spans = labels.align(doc, labels.read_glyphs(pdf))
    printed = [s for s in spans if s["field"] is not None]
    assert printed and all(s["found"] for s in printed)
    name = next(s for s in spans if s["role"] == "name")
    assert name["page"] == 1 and name["box"][1] < 120  # the name is printed at the top of page 1
    # the contact label "Thesis:" is printed but belongs to no field
    assert any(s["role"] == "other" and s["field"] is None and s["text"] == "thesis" for s in spans)


@lru_cache(maxsize=None)
def _f1(doc_id: str) -> float:
    import cvparse
    from cvparse.evaluate import evaluate
    expected = json.loads((SLICE / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    return evaluate(cvparse.parse(SLICE / f"{doc_id}.pdf").to_dict(), expected).overall.f1


@pytest.mark.parametrize("template", sorted(FLOORS["drawn"]))
def test_drawn_documents_score_at_least_their_templates_floor(template):
    docs = [r["id"] for r in MANIFEST if r["template"] == template and r["id"].startswith("s")]
    assert docs
    mean = sum(_f1(d) for d in docs) / len(docs)
    assert mean >= FLOORS["drawn"][template] - 1e-9, f"{template}: {mean:.3f}"


@pytest.mark.parametrize("template", sorted(FLOORS["golden"]))
def test_the_golden_cv_scores_at_least_its_floor_in_every_template(template):
    doc = next(r["id"] for r in MANIFEST if r["template"] == template and not r["id"].startswith("s"))
    f1 = _f1(doc)
    assert f1 >= FLOORS["golden"][template] - 1e-9, f"{template}: {f1:.3f}"


def test_truths_do_not_depend_on_the_hash_seed():
    """Faker builds some word lists from sets; the drawn content must not follow Python's hash seed."""
    import os
    import subprocess
    import sys
    code = ("import json, random; from synth.content import make_doc, locales; from synth import truth; "
            "print(json.dumps([truth.build(make_doc(random.Random(f'5/{l}'), l)) for l in locales()]))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).parent.parent, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert len(outs) == 1
