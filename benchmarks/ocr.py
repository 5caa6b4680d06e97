"""OCR quality and speed: each sample PDF rendered to an image-only PDF (a clean scan),
parsed with --ocr, scored against its hand-written expected record next to the text
layer's score, with the OCR time per page.

    python benchmarks/ocr.py [SLUG ...] [--dpi 200] [--lang eng]

Needs Tesseract (apt-get install tesseract-ocr) and pytesseract (pip install 'cvparse[ocr]').
"""
from __future__ import annotations

import argparse
import io
import json
import time
from pathlib import Path

import pypdfium2

import cvparse
from cvparse.evaluate import evaluate
from cvparse.extract import extract

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def scan(pdf: bytes, dpi: int) -> bytes:
    doc = pypdfium2.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slugs", nargs="*", help="fixture names (default: every fixture with an expected record)")
    ap.add_argument("--dpi", type=int, default=200, help="resolution of the simulated scan")
    ap.add_argument("--lang", default="eng", help="Tesseract language codes")
    args = ap.parse_args()
    slugs = args.slugs or sorted(p.name.split(".")[0] for p in FIXTURES.glob("*.expected.json"))
    limits = cvparse.Limits(timeout=0)
    cvparse.parse(FIXTURES / f"{slugs[0]}.pdf")  # load spaCy before timing anything
    print(f"{'sample':24} {'pages':>5} {'OCR s/page':>10} {'parse s':>8} {'F1 OCR':>7} {'F1 text':>8}")
    per_page = []
    for slug in slugs:
        text_pdf = (FIXTURES / f"{slug}.pdf").read_bytes()
        want = json.loads((FIXTURES / f"{slug}.expected.json").read_text(encoding="utf-8"))
        image_pdf = scan(text_pdf, args.dpi)
        started = time.perf_counter()
        layout = extract(image_pdf, ocr=True, ocr_lang=args.lang, limits=limits)
        ocr_seconds = time.perf_counter() - started
        started = time.perf_counter()
        cv = cvparse.parse_bytes(image_pdf, ocr=True, ocr_lang=args.lang, limits=limits)
        parse_seconds = time.perf_counter() - started
        f1 = evaluate(cv.to_dict(), want).overall.f1
        f1_text = evaluate(cvparse.parse_bytes(text_pdf).to_dict(), want).overall.f1
        pages = len(layout.pages)
        per_page.append(ocr_seconds / pages)
        print(f"{slug:24} {pages:5d} {ocr_seconds / pages:10.2f} {parse_seconds:8.2f} {f1:7.3f} {f1_text:8.3f}")
    print(f"mean OCR time per page: {sum(per_page) / len(per_page):.2f} s ({args.dpi} dpi scans read at 300 dpi)")


if __name__ == "__main__":
    main()
