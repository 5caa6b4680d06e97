"""Parse every PDF in a folder and score it against <slug>.truth.json where one exists.

    python benchmarks/corpus.py ../shared/corpus [--engine pdfium] [--misses]

Prints a per-file table (pages, seconds, F1 per list, overall) and the mean.
Nothing of the CVs' content is printed unless --misses is given.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import cvparse
from cvparse.errors import CVParseError
from cvparse.evaluate import evaluate


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--engine", default="pdfplumber")
    ap.add_argument("--misses", action="store_true", help="print each file's misses (CV content!)")
    args = ap.parse_args()
    scores, cores, errors = [], [], 0
    print(f"{'file':<34}{'pages':>6}{'sec':>7}{'basics':>8}{'sect':>7}{'exp':>7}{'edu':>7}{'core':>7}{'F1':>7}")
    for pdf in sorted(args.folder.glob("*.pdf")):
        truth = pdf.with_suffix(".truth.json")
        t0 = time.perf_counter()
        try:
            record = cvparse.parse(pdf, engine=args.engine).to_dict()
        except CVParseError as exc:
            print(f"{pdf.stem[:33]:<34}{'':>6}{time.perf_counter() - t0:>7.2f}  error: {exc.kind}: {exc}")
            continue
        except Exception as exc:  # a crash is a bug: count it
            errors += 1
            print(f"{pdf.stem[:33]:<34}  EXCEPTION {type(exc).__name__}: {exc}")
            continue
        secs = time.perf_counter() - t0
        if not truth.exists():
            print(f"{pdf.stem[:33]:<34}{record['source']['pages']:>6}{secs:>7.2f}  (no truth)")
            continue
        report = evaluate(record, json.loads(truth.read_text(encoding="utf-8")))
        f = {k: s.f1 for k, s in report.lists.items()}
        overall = report.overall.f1
        scores.append(overall)
        cores.append(report.core.f1)
        print(f"{pdf.stem[:33]:<34}{record['source']['pages']:>6}{secs:>7.2f}"
              + "".join(f"{f.get(k, float('nan')):>7.2f}" for k in ("basics", "sections", "experience", "education"))
              + f"{report.core.f1:>7.3f}{overall:>7.3f}")
        if args.misses:
            for miss in report.misses:
                print("    ", miss)
    if scores:
        print(f"\nfiles scored: {len(scores)}  mean F1: {statistics.mean(scores):.3f}  "
              f"mean core F1: {statistics.mean(cores):.3f}  "
              f"min: {min(scores):.3f}  exceptions: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
