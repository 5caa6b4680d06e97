"""Where the time goes: warm stage timings per file, against pdfplumber's own extract_words.

    python benchmarks/speed.py [FOLDER] [--repeat 3] [--engine pdfplumber|pdfium|both]

For each PDF in FOLDER (default: tests/fixtures) prints the warm time (best
of --repeat, in ms) of extract, segment, fields (NER included) and NER alone,
the whole ``cvparse.parse()``, and pdfplumber's ``extract_words`` on every
page of the same file; then the totals, the acceptance ratios, the
``cvparse --help`` time and the cold ``cvparse FILE --json`` time of every file
(fresh interpreters running this source tree) and the peak RSS of this process and of the cold
CLI. "Warm" means the interpreter, spaCy and dateparser are loaded; the NER
memo and the per-text caches (folded text, dates, phone numbers, phone region,
vocabulary hits) are emptied before every run so each parse pays for its own
document, as a new CV would.

In-process times are CPU times of this process (``time.process_time``): on a
shared machine wall time mostly measures the other jobs. The cold runs print
both wall time and the child's CPU time. Nothing of the CVs' content is printed.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import cvparse  # noqa: E402
from cvparse import dates, text  # noqa: E402
from cvparse.extract import extract  # noqa: E402
from cvparse.fields import build_record, common, contact, nlp  # noqa: E402
from cvparse.fields.confidence import rate_entries  # noqa: E402
from cvparse.segment import segment  # noqa: E402


def forget_texts() -> None:
    """Empty what the parser remembers of texts it has read (the lexicon tables stay)."""
    nlp._memo.clear()
    for cached in (text.fold, dates._dates_in, contact._phones_in, contact.region_of_words, common.vocab_hits):
        cached.cache_clear()


class NerClock:
    """Adds up the time spent inside spaCy's nlp.pipe."""

    def __init__(self) -> None:
        self.seconds = 0.0
        model = nlp.pipeline()
        if model is not None:
            inner = model.pipe

            def timed(texts, **kwargs):
                t0 = time.process_time()
                docs = list(inner(texts, **kwargs))
                self.seconds += time.process_time() - t0
                return docs

            model.pipe = timed


def best(repeat: int, run, prepare=lambda: None) -> float:
    times = []
    for _ in range(repeat):
        arg = prepare()
        forget_texts()
        t0 = time.process_time()
        run(arg)
        times.append(time.process_time() - t0)
    return min(times)


def stages(data: bytes, engine: str, repeat: int, ner: NerClock) -> dict[str, float]:
    out = {"extract": best(repeat, lambda _: extract(data, engine=engine))}
    # segment() edits its layout (drops running headers): a fresh one for every run.
    out["segment"] = best(repeat, segment, lambda: extract(data, engine=engine))
    document = segment(extract(data, engine=engine))
    runs = []
    for _ in range(repeat):
        forget_texts()
        before = ner.seconds
        t0 = time.process_time()
        build_record(document)
        runs.append((time.process_time() - t0, ner.seconds - before))
    out["fields"], out["ner"] = min(runs)
    # The learned decisions' share: the shipped models walked over this document's rows.
    record = build_record(document)
    out["models"] = best(repeat, lambda _: rate_entries(record))
    out["parse"] = best(repeat, lambda _: cvparse.parse_bytes(data, engine=engine))
    return out


def pdfium_floor(datas: list[bytes], repeat: int) -> tuple[float, float]:
    """(PDFium's own time, the bare per-character calls' time) over the files, best of ``repeat``:
    what the pdfium engine costs before any Python work. The first loads every page and text page
    and closes them; the second adds, per character, the calls the engine cannot do without
    (its text object and origin; PDFium's own-or-generated test for blanks), through ctypes."""
    import ctypes

    from cvparse.extract import pdfium_engine as engine

    raw = engine._pdfium()
    calls = engine._Calls(raw)
    xy = (ctypes.c_double * 2)()
    x_ref, y_ref = ctypes.byref(xy), ctypes.byref(xy, ctypes.sizeof(ctypes.c_double))

    def run(per_char: bool) -> None:
        for data in datas:
            doc = raw.FPDF_LoadMemDocument64(data, len(data), None)
            for number in range(raw.FPDF_GetPageCount(doc)):
                page = raw.FPDF_LoadPage(doc, number)
                textpage = raw.FPDFText_LoadPage(page)
                n = raw.FPDFText_CountChars(textpage)
                if per_char:
                    tp = ctypes.cast(textpage, ctypes.c_void_p)
                    for i, ch in enumerate(engine._page_text(raw, textpage, n)):
                        if ch in engine._GENERATED_CANDIDATES and calls.is_generated(tp, i):
                            continue
                        if calls.object_of(tp, i):
                            calls.origin(tp, i, x_ref, y_ref)
                raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
            raw.FPDF_CloseDocument(doc)

    native = best(repeat, lambda _: run(False))
    return native, best(repeat, lambda _: run(True)) - native


def extract_words(path: Path, repeat: int) -> float:
    import pdfplumber

    def run(_):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()

    return best(repeat, run)


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold(args: list[str], **env_vars: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a fresh ``python ARGS`` running this source tree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), **env_vars)
    cpu0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.run([sys.executable, *args], env=env, capture_output=True)
    seconds, cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {proc.stderr.decode()[-300:]}")
    return seconds, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path, nargs="?", default=ROOT / "tests" / "fixtures")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--engine", choices=("pdfplumber", "pdfium", "both"), default="both")
    ap.add_argument("--cold", type=Path, default=None,
                    help="one PDF for the cold CLI runs (default: every PDF in FOLDER)")
    ap.add_argument("--cold-repeat", type=int, default=2, help="cold runs per file and engine (best kept); 0 skips the cold runs")
    args = ap.parse_args()
    engines = ("pdfplumber", "pdfium") if args.engine == "both" else (args.engine,)
    pdfs = sorted(args.folder.glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no PDFs in {args.folder}")
    ner = NerClock()
    for pdf in pdfs:  # warm up: imports, spaCy, dateparser, PDFium
        for engine in engines:
            cvparse.parse(pdf, engine=engine)
    cols = ("extract", "segment", "fields", "ner", "models", "parse")
    totals = {e: dict.fromkeys(cols, 0.0) for e in engines}
    total_words, pages = 0.0, 0
    print(f"{'file':<30}{'pages':>6} {'engine':<11}" + "".join(f"{c:>9}" for c in cols) + f"{'words':>9}  (ms, warm)")
    for pdf in pdfs:
        data = pdf.read_bytes()
        n = cvparse.parse_bytes(data).source.pages
        words = extract_words(pdf, args.repeat)
        total_words += words
        pages += n
        for engine in engines:
            t = stages(data, engine, args.repeat, ner)
            for c in cols:
                totals[engine][c] += t[c]
            print(f"{pdf.stem[:29]:<30}{n:>6} {engine:<11}" + "".join(f"{t[c] * 1000:>9.1f}" for c in cols)
                  + f"{words * 1000:>9.1f}")
    print()
    for engine in engines:
        t = totals[engine]
        print(f"{'TOTAL':<30}{pages:>6} {engine:<11}" + "".join(f"{t[c] * 1000:>9.1f}" for c in cols)
              + f"{total_words * 1000:>9.1f}")
    print()
    if "pdfplumber" in totals:
        ratio = totals["pdfplumber"]["parse"] / total_words
        print(f"default engine: parse / extract_words = {ratio:.2f}  (target <= 1.3)")
    if "pdfium" in totals:
        per_page = totals["pdfium"]["parse"] * 1000 / pages
        print(f"pdfium engine: {per_page:.1f} ms per page warm  (target <= 25)")
        native, calls = pdfium_floor([pdf.read_bytes() for pdf in pdfs], args.repeat)
        fixed = {"PDFium itself (pages, text pages)": native, "the per-character PDFium calls": calls,
                 "spaCy (NER)": totals["pdfium"]["ner"],
                 "the learned models (entry confidence)": totals["pdfium"]["models"]}
        for label, seconds in fixed.items():
            print(f"  of which {label}: {seconds * 1000 / pages:.1f} ms per page")
        rest = totals["pdfium"]["parse"] - sum(fixed.values())
        print(f"  the rest (the Python of extraction, segmentation and fields): {rest * 1000 / pages:.1f} ms per page")
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS of this worker: {rss_self} MB  (target <= 400)")
    if args.cold_repeat < 1:
        return 0
    bare = min(cold(["-c", "pass"]) for _ in range(3))
    print(f"bare python start-up: {bare[0]:.2f} s wall, {bare[1]:.2f} s CPU")
    helps = min(cold(["-m", "cvparse", "--help"]) for _ in range(3))
    print(f"cvparse --help: {helps[0]:.2f} s wall, {helps[1]:.2f} s CPU  (target <= 0.3)")
    print(f"\ncold `cvparse FILE --json` (fresh interpreter, best of {args.cold_repeat}; target <= 2.5 s wall);")
    print("the CLI reads the PDF in a forked child while it loads spaCy; 'in-process' is the same run without it")
    runs = [(e, e, {}) for e in engines] + [("pdfplumber", "in-process", {"CVPARSE_FORK": "0"})]
    print(f"{'file':<30}{'pages':>6} " + "".join(f"{label + ' wall':>17}{'CPU':>7}" for _, label, _ in runs))
    worst = {label: 0.0 for _, label, _ in runs}
    for pdf in ([args.cold] if args.cold else pdfs):
        row = f"{pdf.stem[:29]:<30}{cvparse.parse(pdf).source.pages:>6} "
        for engine, label, env_vars in runs:
            wall_s, cpu_s = min(cold(["-m", "cvparse", str(pdf), "--json", "--engine", engine], **env_vars)
                                for _ in range(args.cold_repeat))
            worst[label] = max(worst[label], wall_s)
            row += f"{wall_s:>17.2f}{cpu_s:>7.2f}"
        print(row)
    for label, seconds in worst.items():
        print(f"slowest cold run, {label}: {seconds:.2f} s wall  (target <= 2.5)")
    rss_cli = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"peak RSS of the cold CLI runs: {rss_cli} MB")
    print(f"load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
