#!/usr/bin/env bash
# Rebuild tests/fixtures/cv-es.pdf: make_pdf.py draws a Spanish CV with
# ReportLab (standard Helvetica fonts, Europass-like layout).
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (installed here if missing).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/cv-es.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
