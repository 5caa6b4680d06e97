"""python -m synth: build synthetic CVs with exact truths and labels.

    python -m synth --n 500 --seed 7 --out DIR [--jobs 2] [--templates a,b] [--locales de_DE,fr_FR]
    python -m synth --record tests/fixtures/hayou-cv.expected.json --all-templates --out DIR
    python -m synth --list
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from .build import available_templates, build, plan, plan_record
from .templates import templates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20, help="documents to draw (default 20)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="output folder (default synth-out/seed-N)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel renders")
    ap.add_argument("--templates", help="comma-separated template names (default: every available one)")
    ap.add_argument("--locales", help="comma-separated locales (default: every vocabulary table)")
    ap.add_argument("--record", type=Path, help="print this cvparse/1 record instead of drawn content")
    ap.add_argument("--all-templates", action="store_true", help="with --record: through every template")
    ap.add_argument("--list", action="store_true", help="list the templates and stop")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)
    if args.list:
        for name, t in sorted(templates().items()):
            print(f"{name:<28}{t.engine:<12}{'' if t.available() else '(unavailable) '}{t.layout}")
        return 0
    names = args.templates.split(",") if args.templates else available_templates()
    missing = [n for n in names if n not in templates()]
    if missing or not names:
        print(f"synth: error: unknown or no templates: {', '.join(missing) or '(none available)'}", file=sys.stderr)
        return 2
    if args.record:
        out = args.out or Path("synth-out") / args.record.name.split(".")[0]
        jobs = plan_record(args.record, out, names)
    else:
        out = args.out or Path("synth-out") / f"seed-{args.seed}"
        jobs = plan(args.n, args.seed, out, names, args.locales.split(",") if args.locales else None)
    t0 = time.perf_counter()
    rows = build(jobs, workers=max(1, args.jobs), progress=not args.quiet)
    ok = [r for r in rows if not r["error"]]
    spans = sum(r["spans"] for r in ok)
    found = sum(r["found"] for r in ok)
    print(f"built {len(ok)}/{len(rows)} documents in {time.perf_counter() - t0:.0f} s into {out}: "
          f"{len({r['template'] for r in ok})} templates, {len({r['engine'] for r in ok})} engines, "
          f"{len({r['locale'] for r in ok})} locales, "
          f"{len({s for r in ok for s in r['entry_shapes'].values()})} date shapes, "
          f"{sum(r['pages'] for r in ok)} pages; spans found on the page: {found}/{spans}")
    for reason, n in Counter(r["error"].splitlines()[0] for r in rows if r["error"]).most_common(10):
        print(f"  failed x{n}: {reason}", file=sys.stderr)
    return 0 if len(ok) == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
