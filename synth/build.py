"""Build a set of synthetic CVs: each a PDF, its truth record and its labels, in parallel.

Document ``i`` of seed ``s`` draws its content from ``Random("s/i")`` and its template's
style from ``Random("s/i/style")``, so a document does not depend on the others, on the
number of workers or on the order they finish in.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Optional

from . import labels as labelling
from . import truth as truthing
from .content import locales as known_locales
from .content import make_doc
from .model import Doc
from .record import doc_from_record
from .templates import get, templates


@dataclass
class Job:
    id: str
    template: str
    locale: str
    seed: str
    out: str
    record: Optional[str] = None  # a cvparse/1 record to print instead of drawn content


def plan(n: int, seed: int, out: Path, names: list[str], locales: Optional[list[str]] = None) -> list[Job]:
    """``n`` jobs spread evenly over the templates (in a seeded order), each with a seeded locale."""
    order = sorted(names)
    random.Random(f"{seed}/templates").shuffle(order)
    have = set(locales or known_locales())
    jobs = []
    for i in range(n):
        name = order[i % len(order)]
        choices = sorted(have & set(get(name).locales)) or sorted(have)
        locale = random.Random(f"{seed}/{i}/locale").choice(choices)
        jobs.append(Job(f"s{seed}-{i:04d}-{name}", name, locale, f"{seed}/{i}", str(out)))
    return jobs


def plan_record(record: Path, out: Path, names: list[str]) -> list[Job]:
    return [Job(f"{record.name.split('.')[0]}-{name}", name, "en_US", f"record/{name}", str(out), str(record))
            for name in sorted(names)]


def _doc(job: Job) -> Doc:
    if job.record:
        return doc_from_record(json.loads(Path(job.record).read_text(encoding="utf-8")), job.locale)
    return make_doc(random.Random(job.seed), job.locale)


def build_one(job: Job) -> dict:
    """Render one document and write its three files; a failure is a row with its reason."""
    t0 = time.perf_counter()
    template = get(job.template)
    row = {"id": job.id, "template": job.template, "engine": template.engine, "locale": job.locale,
           "seed": job.seed}
    out = Path(job.out)
    try:
        doc = _doc(job)
        with tempfile.TemporaryDirectory(prefix="synth-") as work:
            pdf = template.render(doc, random.Random(f"{job.seed}/style"), Path(work))
            shutil.copy(pdf, out / f"{job.id}.pdf")
        glyphs = labelling.read_glyphs(out / f"{job.id}.pdf")
        spans = labelling.align(doc, glyphs)
        record = truthing.build(doc, labelling.heading_pages(spans))
        pages = max((g.page for g in glyphs), default=0)
        printed = [s for s in spans if s["field"] is not None or s["role"] != "other"]
        found = sum(s["found"] for s in printed)
        meta = {**row, "pages": pages, "academic": doc.academic, "date_shape": doc.date_shape,
                "entry_shapes": truthing.entry_shapes(doc)}
        (out / f"{job.id}.truth.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        (out / f"{job.id}.labels.json").write_text(json.dumps({**meta, "spans": spans}, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
        row.update(meta, spans=len(printed), found=found, error=None)
    except Exception as exc:  # one bad document never stops a build: it is reported with its reason
        row.update(error=f"{type(exc).__name__}: {exc}"[:2000], trace=traceback.format_exc()[-2000:])
    row["seconds"] = round(time.perf_counter() - t0, 2)
    return row


def build(jobs: list[Job], workers: int = 2, progress: bool = True) -> list[dict]:
    """Run the jobs on ``workers`` processes; writes ``manifest.jsonl`` (one row per document)."""
    if not jobs:
        return []
    out = Path(jobs[0].out)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    bar = _bar(len(jobs), progress)
    with get_context("spawn").Pool(workers, maxtasksperchild=50) as pool:
        for row in pool.imap_unordered(build_one, jobs):
            rows.append(row)
            bar.update(1)
            if row["error"]:
                bar.write(f"failed {row['id']}: {row['error'].splitlines()[0]}")
    bar.close()
    rows.sort(key=lambda r: r["id"])
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: v for k, v in r.items() if k != "trace"}, ensure_ascii=False) + "\n")
    return rows


def _bar(total: int, enabled: bool):
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", disable=not enabled, file=sys.stderr, dynamic_ncols=True)


def available_templates() -> list[str]:
    return [name for name, t in templates().items() if t.available()]


__all__ = ["Job", "plan", "plan_record", "build", "build_one", "available_templates"]
