"""Which CVs get a header location: ``basics.location`` per CV, and the header of those without.

    python benchmarks/locations.py ../shared/corpus

The corpus truths carry no location, so a miss is told from a CV that prints none by reading
the header lines printed beside it. Prints one row per CV and the count found.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import cvparse
from cvparse import _extract
from cvparse.errors import CVParseError
from cvparse.segment import segment

HEADER_LINES = 8  # of a CV without a location, shown to check that it prints none


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    found = parsed = 0
    for pdf in sorted(args.folder.glob("*.pdf")):
        try:
            location = cvparse.parse(pdf).basics.location
        except CVParseError as e:
            print(f"{pdf.stem:<36} error: {e}")
            continue
        parsed += 1
        if location:
            found += 1
            print(f"{pdf.stem:<36} {location}")
        else:
            header = segment(_extract(pdf.read_bytes(), False)).header[:HEADER_LINES]
            print(f"{pdf.stem:<36} -   header: {' || '.join(ln.text for ln in header)[:200]}")
    print(f"location found on {found} of {parsed} parsed CVs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
