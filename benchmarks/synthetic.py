"""Score the parser on a folder built by ``python -m synth``: per template, locale, date shape, field.

    python benchmarks/synthetic.py DIR [--engine pdfium] [--jobs 2] [--worst 10] [--json OUT]

Reads DIR/manifest.jsonl, parses every PDF, scores it against its truth with
cvparse.evaluate and prints: overall and core F1 (basics, sections, experience,
education) per template and per locale; date-field F1 (start, end, current,
dates_text of experience and education entries) per date shape; F1 per field; and
the worst documents. Synthetic content only: printing misses is safe.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from multiprocessing import get_context
from pathlib import Path

DATE_FIELDS = ("start", "end", "current", "dates_text")


def score_one(args: tuple[str, str, str]) -> dict:
    pdf, truth_path, engine = args
    import cvparse
    from cvparse.errors import CVParseError
    from cvparse.evaluate import evaluate
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    try:
        record = cvparse.parse(pdf, engine=engine).to_dict()
    except CVParseError as exc:
        return {"error": f"{exc.kind}: {exc}"}
    except Exception as exc:  # a crash is a finding, counted, not a stop
        return {"error": f"crash {type(exc).__name__}: {exc}"}
    report = evaluate(record, truth)
    return {"f1": report.overall.f1, "core": report.core.f1, "seconds": time.perf_counter() - t0,
            "lists": {k: (s.tp, s.fp, s.fn) for k, s in report.lists.items()},
            "fields": {k: (s.tp, s.fp, s.fn) for k, s in report.fields.items()},
            "date_entries": _date_units(report), "misses": report.misses}


def _date_units(report) -> dict[str, list[int]]:
    """Per experience / education entry, the units of its date fields only (for the date-shape table)."""
    out: dict[str, list[int]] = {}
    for (entry, name), s in report.cells.items():
        if name.split(".")[-1] in DATE_FIELDS and entry.split("[")[0] in ("experience", "education"):
            units = out.setdefault(entry, [0, 0, 0])
            units[0], units[1], units[2] = units[0] + s.tp, units[1] + s.fp, units[2] + s.fn
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def table(title: str, groups: dict[str, list[dict]]) -> str:
    rows = [f"\n{title:<30}{'docs':>5}{'F1':>8}{'core':>8}{'basics':>8}{'sect':>8}{'exp':>8}{'edu':>8}{'items':>8}"]
    for key in sorted(groups):
        docs = groups[key]
        lists = defaultdict(lambda: [0, 0, 0])
        for d in docs:
            for name, units in d["lists"].items():
                for k in range(3):
                    lists[name][k] += units[k]
        items = [0, 0, 0]
        for name, units in lists.items():
            if name not in ("basics", "summary", "sections", "experience", "education"):
                items = [a + b for a, b in zip(items, units)]
        col = lambda name: f1(*lists[name]) if name in lists else float("nan")  # noqa: E731
        rows.append(f"{key[:29]:<30}{len(docs):>5}{statistics.mean(d['f1'] for d in docs):>8.3f}"
                    f"{statistics.mean(d['core'] for d in docs):>8.3f}{col('basics'):>8.3f}{col('sections'):>8.3f}"
                    f"{col('experience'):>8.3f}{col('education'):>8.3f}{f1(*items):>8.3f}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--engine", default="pdfplumber")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses of each worst document")
    ap.add_argument("--json", type=Path, help="write every document's scores here")
    args = ap.parse_args()
    manifest = [json.loads(line) for line in (args.folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = [m for m in manifest if not m.get("error")]
    tasks = [(str(args.folder / f"{m['id']}.pdf"), str(args.folder / f"{m['id']}.truth.json"), args.engine)
             for m in manifest]
    t0 = time.perf_counter()
    with get_context("spawn").Pool(max(1, args.jobs)) as pool:
        results = pool.map(score_one, tasks, chunksize=4)
    docs, failures = [], []
    for m, r in zip(manifest, results):
        (failures if "error" in r else docs).append({**m, **r})
    print(f"{len(docs)} documents scored in {time.perf_counter() - t0:.0f} s ({args.engine}); "
          f"{len(failures)} failed to parse")
    for d in failures:
        print(f"  {d['id']}: {d['error'][:120]}")
    if not docs:
        return 1
    by = lambda key: {k: [d for d in docs if d[key] == k] for k in {d[key] for d in docs}}  # noqa: E731
    print(table("template", by("template")))
    print(table("engine", by("engine")))
    print(table("locale", by("locale")))
    print(table("all", {"all": docs}))
    # Date fields per date shape: each experience / education entry scored on its own date units.
    shapes = defaultdict(lambda: [0, 0, 0, 0])
    for d in docs:
        for where, shape in d.get("entry_shapes", {}).items():
            units = d["date_entries"].get(where)
            if units:
                for k in range(3):
                    shapes[shape][k] += units[k]
                shapes[shape][3] += 1
    print(f"\n{'date shape (date fields only)':<30}{'entries':>8}{'F1':>8}")
    for shape in sorted(shapes):
        tp, fp, fn, n = shapes[shape]
        print(f"{shape:<30}{n:>8}{f1(tp, fp, fn):>8.3f}")
    fields = defaultdict(lambda: [0, 0, 0])
    for d in docs:
        for name, units in d["fields"].items():
            for k in range(3):
                fields[name][k] += units[k]
    print(f"\n{'field':<30}{'units':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for name in sorted(fields):
        tp, fp, fn = fields[name]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name:<30}{tp + fn:>7}{p:>8.3f}{r:>8.3f}{f1(tp, fp, fn):>8.3f}")
    print(f"\nworst {args.worst} documents")
    for d in sorted(docs, key=lambda d: d["f1"])[:args.worst]:
        print(f"  {d['f1']:.3f} core {d['core']:.3f}  {d['id']}  ({d['locale']}, {d['date_shape']})")
        for miss in d["misses"][:args.misses]:
            print(f"      {miss}")
    if args.json:
        args.json.write_text(json.dumps(docs, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
