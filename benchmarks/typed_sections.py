"""Count the CVs whose projects, certifications, volunteering or references land in `other`.

    python benchmarks/typed_sections.py ../shared/corpus

A section counts as landed in `other` when an `other` entry's printed heading names one
of the four kinds (the vocabulary below, kept here apart from the parser's own so that the
count does not move when the parser's lexicon does). Prints, per kind, the CVs with such a
heading left in `other` and the CVs with entries in the typed list.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import cvparse
from cvparse.errors import CVParseError

# Heading words of each kind in the languages the corpus is written in (en, fr, de, es, it, nl, pt).
HEADING_WORDS = {
    "projects": r"project|projet|projekt|proyecto|progett|projeto",
    "certifications": r"certif|licen[cs]e|zertifi|zertifikat|certificad|certificaz|diplomi? e certif",
    "volunteering": r"volunt|b[ée]n[ée]vol|ehrenamt|voluntari|volontar|vrijwillig",
    "references": r"^\W*(references?|r[ée]f[ée]rences?|referenzen|referencias|referenze|referenties|refer[êe]ncias)\b",
}
TYPED_LIST = {"projects": "projects", "certifications": "certifications",
              "volunteering": "volunteering", "references": "references"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    in_other = {kind: [] for kind in HEADING_WORDS}
    typed = {kind: [] for kind in HEADING_WORDS}
    for pdf in sorted(args.folder.glob("*.pdf")):
        try:
            record = cvparse.parse(pdf).to_dict()
        except CVParseError:
            continue
        for kind, words in HEADING_WORDS.items():
            headings = {(o.get("section") or "") for o in record.get("other") or []}
            if any(re.search(words, h, re.I) for h in headings):
                in_other[kind].append(pdf.stem)
            if record.get(TYPED_LIST[kind]):
                typed[kind].append(pdf.stem)
    print(f"{'kind':<16}{'in other':>10}{'typed':>8}")
    for kind in HEADING_WORDS:
        print(f"{kind:<16}{len(in_other[kind]):>10}{len(typed[kind]):>8}")
    cvs = {stem for stems in in_other.values() for stem in stems}
    print(f"CVs with a known typed section in other: {len(cvs)}")
    for kind, stems in in_other.items():
        for stem in stems:
            print(f"  {kind}: {stem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
