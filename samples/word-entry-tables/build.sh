#!/usr/bin/env bash
# Rebuild tests/fixtures/word-entry-tables.pdf: python-docx writes a one-column Word CV
# (make_docx.py) in which every experience and education entry is a bold title line, a small
# bordered two-row table (labels PERIOD | EMPLOYER | LOCATION or PERIOD | UNIVERSITY |
# LOCATION | GRADE over their values, as Europass-minded Word users build it), then bullets;
# LibreOffice Writer (headless) converts it to PDF.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: python-docx (pip), LibreOffice Writer (Debian libreoffice-writer-nogui)
# and Carlito (fonts-crosextra-carlito, metric-compatible with Calibri).
# Missing pieces are installed when we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/word-entry-tables.pdf"
PY="${PYTHON:-python3}"

docx_build word-entry-tables "$OUT"
