"""Rebuild the test slice: a few documents per template and the golden CV in every template.

    python -m synth.slice [--out tests/fixtures/synth] [--per-template 2] [--seed 11] [--floors-only]

Writes each document's PDF and truth (labels are left out to keep the fixtures small;
the seed rebuilds them), ``manifest.jsonl``, and ``floors.json``: per template the
parser's current mean F1 on its drawn documents and on its golden rendering, rounded
down to 0.01. A floor is only ever raised: a lower score leaves the old floor, and the
test suite fails until the parser is mended.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from .build import available_templates, build, plan, plan_record

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "fixtures" / "hayou-cv.expected.json"


def jobs_for(out: Path, names: list[str], per_template: int, seed: int):
    """``per_template`` drawn documents for each template (plan() spreads n evenly) and the golden."""
    return plan(per_template * len(names), seed, out, names) + plan_record(GOLDEN, out, names)


def scores(out: Path) -> dict[str, dict[str, float]]:
    import cvparse
    from cvparse.evaluate import evaluate
    drawn: dict[str, list[float]] = {}
    golden: dict[str, float] = {}
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth = json.loads((out / f"{row['id']}.truth.json").read_text(encoding="utf-8"))
        f1 = evaluate(cvparse.parse(out / f"{row['id']}.pdf").to_dict(), truth).overall.f1
        if row["id"].startswith("s"):
            drawn.setdefault(row["template"], []).append(f1)
        else:
            golden[row["template"]] = f1
    return {"drawn": {t: sum(v) / len(v) for t, v in drawn.items()}, "golden": golden}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synth.slice")
    ap.add_argument("--out", type=Path, default=REPO / "tests" / "fixtures" / "synth")
    ap.add_argument("--per-template", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--floors-only", action="store_true", help="score the slice as it is, raise floors")
    args = ap.parse_args(argv)
    if not args.floors_only:
        names = available_templates()
        for old in args.out.glob("*"):
            if old.suffix in (".pdf", ".json", ".jsonl") and old.name != "floors.json":
                old.unlink()
        rows = build(jobs_for(args.out, names, args.per_template, args.seed), workers=args.jobs)
        for label in args.out.glob("*.labels.json"):
            label.unlink()
        if any(r["error"] for r in rows):
            print("synth.slice: some documents failed; floors not written", file=sys.stderr)
            return 1
    floors_path = args.out / "floors.json"
    floors = json.loads(floors_path.read_text()) if floors_path.exists() else {"drawn": {}, "golden": {}}
    now = scores(args.out)
    for part in ("drawn", "golden"):
        for template, f1 in sorted(now[part].items()):
            new = math.floor(f1 * 100) / 100
            floors[part][template] = max(new, floors[part].get(template, 0.0))
            print(f"{part:<7}{template:<28}{f1:.3f}  floor {floors[part][template]:.2f}")
    floors_path.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
