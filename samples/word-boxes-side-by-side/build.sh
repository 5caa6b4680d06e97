#!/usr/bin/env bash
# Rebuild tests/fixtures/word-boxes-side-by-side.pdf: python-docx writes a one-column Word CV
# (make_docx.py) in which, part-way down, "Education" and "Skills" sit side by side in two
# bordered boxes (a one-row table: box | gutter | box, each box with its own shaded heading,
# both on one exact 14 pt line grid so their lines share baselines); LibreOffice Writer
# (headless) converts it to PDF, writing the left cell's text first, then the right cell's.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: python-docx (pip), LibreOffice Writer (Debian libreoffice-writer-nogui)
# and Carlito (fonts-crosextra-carlito, metric-compatible with Calibri).
# Missing pieces are installed when we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/word-boxes-side-by-side.pdf"
PY="${PYTHON:-python3}"

docx_build word-boxes-side-by-side "$OUT"
