"""Rebuild the learned decisions from synthesized CVs (``pip install -e ".[train]"``).

    python -m synth --n 300 --seed 1 --out /tmp/s1          # the training documents
    python -m cvparse.train headings /tmp/s1 [CORPUS] [--eval /tmp/s7] [--out src/cvparse/models/headings.json]
    python -m cvparse.train confidence /tmp/s1 [CORPUS] [--jobs 2]   # after the other models: it rates their output

The same folder and seed give the same model file: LightGBM runs single-threaded and
deterministic, and documents are read in the manifest's order. ``--eval`` scores the
model against the rules line by line on other documents (held out: another seed).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

from .layout import Layout, Line
from .segment.headings import _letterspaced, heading_text
from .text import fold

MODELS = Path(__file__).parent / "models"
# Enough trees and leaves for the feature interactions, few enough for a pure-Python walk
# over every candidate line of a document (~1 ms per 100 lines).
PARAMS = {"objective": "binary", "learning_rate": 0.1, "num_leaves": 15, "min_data_in_leaf": 20,
          "deterministic": True, "force_row_wise": True, "num_threads": 1, "seed": 0, "verbose": -1}
ROUNDS = 120
MIN_OVERLAP = 0.5  # of the smaller box, both ways: a label span and a line are the same text


def _layout(pdf: Path) -> Layout:
    from .extract import extract
    from .segment import drop_running_lines
    layout = extract(pdf.read_bytes())
    drop_running_lines(layout)  # as segmentation sees the page
    return layout


def _overlaps(line: Line, box: list[float]) -> bool:
    x0, top, x1, bottom = line.x0, line.top, line.x1, line.bottom
    dx = min(x1, box[2]) - max(x0, box[0])
    dy = min(bottom, box[3]) - max(top, box[1])
    return dx >= MIN_OVERLAP * min(x1 - x0, box[2] - box[0]) and dy >= MIN_OVERLAP * min(bottom - top, box[3] - box[1])


def _heading_lines(labels: dict[str, Any]) -> list[tuple[int, list[float]]]:
    """(page, box) of each printed section heading. Sub-headings are not headings: a typed
    sub-heading under a generic heading gives that section its kind, as hand-written truths
    (the golden CV's) have it, and the rules keep them out too."""
    return [(ln[0], ln[1:]) for s in labels["spans"] if s["role"] == "heading" for ln in s.get("lines", [])]


def truthed_pdfs(folder: Path) -> list[tuple[str, Path]]:
    """(id, PDF) of every document with a ``<id>.truth.json`` beside it, in a fixed order: a
    synth folder's manifest order (documents that failed to render left out), else by name."""
    manifest = folder / "manifest.jsonl"
    if manifest.exists():
        ids = [d["id"] for d in map(json.loads, manifest.read_text(encoding="utf-8").splitlines())
               if not d.get("error")]
        return [(i, folder / f"{i}.pdf") for i in ids]
    return [(pdf.stem, pdf) for pdf in sorted(folder.glob("*.pdf")) if pdf.with_suffix(".truth.json").exists()]


# A document for training: its id, its layout, and the test of whether a line is a heading.
TrainingDocument = tuple[str, Layout, Callable[[Line], bool]]


def _synth_documents(folder: Path) -> Iterator[TrainingDocument]:
    """(id, layout, heading test) per document of a synth folder; a line is a heading when it
    overlaps a printed heading span."""
    for doc_id, pdf in truthed_pdfs(folder):
        heads = _heading_lines(json.loads((folder / f"{doc_id}.labels.json").read_text(encoding="utf-8")))
        yield doc_id, _layout(pdf), _overlaps_one_of(heads)


def _overlaps_one_of(heads: list[tuple[int, list[float]]]) -> Callable[[Line], bool]:
    return lambda ln: any(p == ln.page and _overlaps(ln, box) for p, box in heads)


def heading_key(text: str) -> str:
    """A heading's letters and digits, folded: how a truth's heading is found among the lines."""
    return "".join(c for c in fold(text) if c.isalnum())


def _corpus_documents(folder: Path) -> Iterator[TrainingDocument]:
    """(id, layout, heading test) per PDF with a hand-written ``<slug>.truth.json`` (real CVs):
    a line is a heading when its text is one of the truth's section headings."""
    for doc_id, pdf in truthed_pdfs(folder):
        truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
        keys = {heading_key(s["heading"]) for s in truth.get("sections", [])}
        try:
            layout = _layout(pdf)
        except Exception:  # a file the parser cannot read teaches nothing here
            continue
        yield doc_id, layout, _reads_one_of(keys)


def _reads_one_of(keys: set[str]) -> Callable[[Line], bool]:
    return lambda ln: heading_key(_letterspaced(heading_text(ln))) in keys


def documents(folder: Path) -> Iterator[tuple[list[Line], list[list[float]], list[int],
                                              dict[int, tuple[str, str]], str]]:
    """Per document of a synth folder (it has a manifest) or of a folder of real CVs with truths,
    in a fixed order: its candidate lines, their features, whether each opens a section, the
    rules' headings, and the document's id."""
    from .segment.headings import rule_headings
    from .segment.typography import candidates, line_features
    found = _synth_documents(folder) if (folder / "manifest.jsonl").exists() else _corpus_documents(folder)
    for doc_id, layout, is_heading in found:
        lines = candidates(layout)
        rules = rule_headings(layout)
        yield lines, line_features(layout, lines, rules), [int(is_heading(ln)) for ln in lines], rules, doc_id


def heading_rows(folders: list[Path]) -> tuple[list[list[float]], list[int], list[str]]:
    """Feature rows, 0/1 targets and document ids of every candidate line of the folders."""
    rows: list[list[float]] = []
    targets: list[int] = []
    docs: list[str] = []
    for folder in folders:
        for _lines, features, said, _rules, doc_id in documents(folder):
            rows += features
            targets += said
            docs += [f"{folder.name}/{doc_id}"] * len(features)
    return rows, targets, docs


def _flatten(tree: dict[str, Any]) -> list[list[float]]:
    """LightGBM's nested tree as the flat node list of :class:`cvparse.models.Trees`."""
    nodes: list[list[float]] = []

    def walk(node: dict[str, Any]) -> int:
        at = len(nodes)
        if "leaf_value" in node:
            nodes.append([round(node["leaf_value"], 6)])
            return at
        assert node["decision_type"] == "<=", node["decision_type"]
        nodes.append([node["split_feature"], node["threshold"], 0, 0])
        nodes[at][2] = walk(node["left_child"])
        nodes[at][3] = walk(node["right_child"])
        return at

    walk(tree)
    return nodes


def _fit(rows: list[list[float]], targets: list[int], features: tuple[str, ...], params: dict[str, Any], rounds: int,
         trained_on: str) -> dict[str, Any]:
    """Boosted trees fitted to the rows, in the JSON form of :class:`cvparse.models.Trees`."""
    import lightgbm as lgb
    import numpy as np

    data = lgb.Dataset(np.asarray(rows, dtype=np.float64), label=np.asarray(targets), feature_name=list(features))
    booster = lgb.train(params, data, rounds)
    dump = booster.dump_model()
    return {"features": list(features), "threshold": 0.5,
            "trees": [_flatten(t["tree_structure"]) for t in dump["tree_info"]],
            "meta": {"trained_on": trained_on, "rows": len(rows), "positives": sum(targets),
                     "library": f"lightgbm {lgb.__version__}", "rounds": rounds}}


def fit_headings(rows: list[list[float]], targets: list[int], trained_on: str = "") -> dict[str, Any]:
    """The heading model fitted to candidate-line rows."""
    from .segment.typography import FEATURES
    return _fit(rows, targets, FEATURES, PARAMS, ROUNDS, trained_on)


def train_headings(folders: list[Path]) -> dict[str, Any]:
    rows, targets, docs = heading_rows(folders)
    model = fit_headings(rows, targets, " + ".join(f.name for f in folders))
    model["meta"]["documents"] = len(set(docs))
    return model


def evaluate_headings(model: dict[str, Any], folder: Path) -> str:
    """Line-level precision, recall and F1 of the model and of the rules on a held-out folder."""
    from .models import from_dict
    trees = from_dict(model)
    counts = {"model": [0, 0, 0], "rules": [0, 0, 0]}  # true positives, predicted, actual
    for lines, features, targets, rules, _doc in documents(folder):
        for line, row, actual in zip(lines, features, targets):
            for name, said in (("model", int(trees.probability(row) >= trees.threshold)), ("rules", int(id(line) in rules))):
                counts[name][0] += said and actual
                counts[name][1] += said
                counts[name][2] += actual
    out = []
    for name, (tp, said, actual) in counts.items():
        p, r = tp / max(1, said), tp / max(1, actual)
        out.append(f"{name:<6} precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / max(1e-9, p + r):.3f}  "
                   f"({actual} heading lines)")
    return "\n".join(out)


# Confidence: small trees, many entries per leaf, so that leaves hold rates, not memories;
# its calibration is checked on folds by document before the model is fitted on all.
CONFIDENCE_PARAMS = {**PARAMS, "num_leaves": 7, "min_data_in_leaf": 40, "learning_rate": 0.05}
CONFIDENCE_ROUNDS = 150
CONFIDENCE_FOLDS = 5


def _entry_examples(pdf: Path) -> tuple[list[list[float]], list[int]]:
    """Feature rows of a parsed document's entries and whether each is right against its truth
    (the entries of lists the truth scores)."""
    import cvparse

    from .evaluate import RIGHT_SHARE, evaluate
    from .fields.confidence import entries, entry_rows
    try:
        cv = cvparse.parse(pdf)
    except Exception:  # a file the parser cannot read has no entries to rate
        return [], []
    report = evaluate(cv.to_dict(), json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8")))
    examples = [(row, int(report.outcomes[(name, j)] >= RIGHT_SHARE))
                for (name, j, _entry), row in zip(entries(cv), entry_rows(cv)) if (name, j) in report.outcomes]
    return [r for r, _ in examples], [t for _, t in examples]


def entry_examples(folders: list[Path], jobs: int = 1) -> dict[str, tuple[list[list[float]], list[int]]]:
    """Per document (``folder/id``) of the folders, its entries' rows and targets."""
    from multiprocessing import get_context
    keyed = [(f"{folder.name}/{doc_id}", pdf) for folder in folders for doc_id, pdf in truthed_pdfs(folder)]
    with get_context("spawn").Pool(max(1, jobs)) as pool:
        found = pool.map(_entry_examples, [pdf for _, pdf in keyed], chunksize=4)
    return {key: rows_targets for (key, _), rows_targets in zip(keyed, found)}


def fit_confidence(examples: dict[str, tuple[list[list[float]], list[int]]], trained_on: str = "") -> dict[str, Any]:
    from .fields.confidence import FEATURES
    rows = [r for rs, _ in examples.values() for r in rs]
    targets = [t for _, ts in examples.values() for t in ts]
    model = _fit(rows, targets, FEATURES, CONFIDENCE_PARAMS, CONFIDENCE_ROUNDS, trained_on)
    model["meta"]["documents"] = len(examples)
    return model


def held_out_confidence(examples: dict[str, tuple[list[list[float]], list[int]]],
                        folds: int = CONFIDENCE_FOLDS) -> list[tuple[float, bool]]:
    """(probability, right) of every entry, each from a model fitted without its document's fold."""
    from .models import from_dict
    docs = sorted(examples)
    pairs: list[tuple[float, bool]] = []
    for k in range(folds):
        held = set(docs[k::folds])
        trees = from_dict(fit_confidence({d: examples[d] for d in docs if d not in held}))
        pairs += [(trees.probability(r), bool(t)) for d in sorted(held) for r, t in zip(*examples[d])]
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cvparse.train")
    ap.add_argument("decision", choices=["headings", "confidence"])
    ap.add_argument("folders", type=Path, nargs="+",
                    help="folders written by python -m synth, or of real CVs with <slug>.truth.json")
    ap.add_argument("--eval", type=Path, help="a held-out folder: headings scored against the rules, confidence's calibration")
    ap.add_argument("--jobs", type=int, default=1, help="confidence: parallel parses")
    ap.add_argument("--out", type=Path, help="default: src/cvparse/models/<decision>.json")
    args = ap.parse_args(argv)
    out = args.out or MODELS / f"{args.decision}.json"
    trained_on = " + ".join(f.name for f in args.folders)
    if args.decision == "confidence":
        from .evaluate import reliability_table
        examples = entry_examples(args.folders, args.jobs)
        print(f"held-out calibration ({CONFIDENCE_FOLDS} folds by document)")
        print(reliability_table(held_out_confidence(examples)))
        model = fit_confidence(examples, trained_on)
    else:
        model = train_headings(args.folders)
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    meta = model["meta"]
    print(f"{out}: {len(model['trees'])} trees from {meta['rows']} rows ({meta['positives']} positive) "
          f"of {meta['documents']} documents")
    if args.eval and args.decision == "headings":
        print(evaluate_headings(model, args.eval))
    elif args.eval:
        from .evaluate import reliability_table
        from .models import from_dict
        trees = from_dict(model)
        held = entry_examples([args.eval], args.jobs)
        print(f"calibration on {args.eval.name} (never seen in training)")
        print(reliability_table([(trees.probability(r), bool(t)) for rs, ts in held.values() for r, t in zip(rs, ts)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
