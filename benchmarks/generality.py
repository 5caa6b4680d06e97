"""Honest evaluation of the learned decisions: every score from a model that never saw the document.

    python benchmarks/generality.py --synth /tmp/s1 --corpus ../shared/corpus \\
        [--golden DIR] [--folds 5] [--jobs 2]

(needs the train extra: ``pip install -e ".[train]"``)

- real corpus, k-fold by document: per fold, a heading model fitted on the synth folder and
  the other folds' real CVs scores the fold's CVs; mean core F1 (basics, sections,
  experience, education) per fold and overall, beside the rules alone;
- synthesizer, leave-template-out: per template, a model fitted without its documents
  (nor the corpus) scores them; F1 and core F1 beside the rules;
- ``--golden DIR`` (``python -m synth --record tests/fixtures/hayou-cv.expected.json
  --all-templates --out DIR``): the golden CV in every template, scored with the model
  fitted on all the training data, beside the rules;
- the own samples (tests/fixtures/*.expected.json) on both engines, with the same model.

Only scores are printed, never CV content.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from multiprocessing import get_context
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def score(task: tuple[str, str, dict | None, str]) -> dict:
    """Parse one PDF with the given heading model (None: the rules) and score it."""
    pdf, truth, model, engine = task
    import cvparse
    from cvparse.evaluate import evaluate
    from cvparse.models import from_dict, using
    try:
        with using("headings", from_dict(model) if model else None):
            record = cvparse.parse(pdf, engine=engine).to_dict()
    except Exception as exc:  # an unreadable file or a crash scores zero and is named
        return {"f1": 0.0, "core": 0.0, "error": f"{type(exc).__name__}"}
    report = evaluate(record, json.loads(Path(truth).read_text(encoding="utf-8")))
    return {"f1": report.overall.f1, "core": report.core.f1}


def features(folder: Path) -> dict[str, tuple[list[list[float]], list[int]]]:
    from cvparse.train import documents
    return {doc_id: (rows, targets) for _lines, rows, targets, _rules, doc_id in documents(folder)}


def fit(parts: list[dict[str, tuple[list[list[float]], list[int]]]], leave_out: set[str] = frozenset()) -> dict:
    from cvparse.train import fit_headings
    rows: list[list[float]] = []
    targets: list[int] = []
    for part in parts:
        for doc_id, (r, t) in part.items():
            if doc_id not in leave_out:
                rows += r
                targets += t
    return fit_headings(rows, targets)


def run(pool, tasks: list[tuple]) -> list[dict]:
    return pool.map(score, tasks, chunksize=1)


def mean(xs: list[float]) -> float:
    return statistics.mean(xs) if xs else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--synth", type=Path, required=True, help="a folder written by python -m synth")
    ap.add_argument("--corpus", type=Path, required=True, help="real CVs with <slug>.truth.json")
    ap.add_argument("--golden", type=Path, help="the golden record through every template")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--skip-templates", action="store_true", help="no leave-template-out table")
    args = ap.parse_args()
    t0 = time.perf_counter()
    synth, corpus = features(args.synth), features(args.corpus)
    print(f"features: {len(synth)} synth and {len(corpus)} real documents in {time.perf_counter() - t0:.0f} s")
    pool = get_context("spawn").Pool(max(1, args.jobs))

    # Real corpus, k folds by document (document i in fold i mod k, sorted by name).
    real = sorted(corpus)
    folds = [real[k::args.folds] for k in range(args.folds)]
    print(f"\nreal corpus, {args.folds}-fold by document (heading model fitted on synth + the other folds)")
    print(f"{'fold':<6}{'docs':>6}{'rules core':>12}{'model core':>12}")
    all_rules, all_model = [], []
    for k, fold in enumerate(folds):
        model = fit([synth, corpus], set(fold))
        tasks = [(str(args.corpus / f"{d}.pdf"), str(args.corpus / f"{d}.truth.json"), m, "pdfplumber")
                 for m in (None, model) for d in fold]
        out = run(pool, tasks)
        rules, learned = [o["core"] for o in out[:len(fold)]], [o["core"] for o in out[len(fold):]]
        all_rules += rules
        all_model += learned
        print(f"{k:<6}{len(fold):>6}{mean(rules):>12.3f}{mean(learned):>12.3f}")
    print(f"{'all':<6}{len(real):>6}{mean(all_rules):>12.3f}{mean(all_model):>12.3f}")

    if not args.skip_templates:
        manifest = [json.loads(x) for x in (args.synth / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
        manifest = [m for m in manifest if not m.get("error") and m["id"] in synth]
        templates = sorted({m["template"] for m in manifest})
        print(f"\nsynthesizer, leave-template-out (model fitted on the other templates only)")
        print(f"{'template':<28}{'docs':>6}{'rules F1':>10}{'model F1':>10}{'rules core':>12}{'model core':>12}")
        rows = []
        for template in templates:
            held = [m["id"] for m in manifest if m["template"] == template]
            model = fit([synth], set(held))
            tasks = [(str(args.synth / f"{d}.pdf"), str(args.synth / f"{d}.truth.json"), m, "pdfplumber")
                     for m in (None, model) for d in held]
            out = run(pool, tasks)
            n = len(held)
            row = [mean([o[key] for o in part]) for key in ("f1",) for part in (out[:n], out[n:])] + \
                  [mean([o["core"] for o in part]) for part in (out[:n], out[n:])]
            rows.append(row)
            print(f"{template:<28}{n:>6}{row[0]:>10.3f}{row[1]:>10.3f}{row[2]:>12.3f}{row[3]:>12.3f}")
        print(f"{'mean of templates':<28}{len(manifest):>6}" + "".join(
            f"{mean([r[i] for r in rows]):>{w}.3f}" for i, w in enumerate((10, 10, 12, 12))))

    model = fit([synth, corpus])
    if args.golden:
        pdfs = sorted(args.golden.glob("*.pdf"))
        tasks = [(str(p), str(p.with_suffix(".truth.json")), m, "pdfplumber") for m in (None, model) for p in pdfs]
        out = run(pool, tasks)
        n = len(pdfs)
        print(f"\nthe golden CV in {n} templates (model fitted on all): "
              f"rules mean F1 {mean([o['f1'] for o in out[:n]]):.3f} min {min(o['f1'] for o in out[:n]):.3f}; "
              f"model mean F1 {mean([o['f1'] for o in out[n:]]):.3f} min {min(o['f1'] for o in out[n:]):.3f}")
    samples = sorted(FIXTURES.glob("*.expected.json"))
    print(f"\nown samples (model fitted on all)\n{'sample':<28}{'engine':<12}{'rules F1':>10}{'model F1':>10}")
    for engine in ("pdfplumber", "pdfium"):
        tasks = [(str(s.with_name(s.name.replace(".expected.json", ".pdf"))), str(s), m, engine)
                 for m in (None, model) for s in samples]
        out = run(pool, tasks)
        for i, s in enumerate(samples):
            print(f"{s.name.split('.')[0]:<28}{engine:<12}{out[i]['f1']:>10.3f}{out[i + len(samples)]['f1']:>10.3f}")
    pool.close()
    print(f"\n{time.perf_counter() - t0:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
