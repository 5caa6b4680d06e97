#!/usr/bin/env bash
# Rebuild tests/fixtures/word-wrapped-header.pdf: python-docx writes a Word CV (make_docx.py)
# whose header is a borderless two-cell table: the name set on two lines (30 pt, first name
# over surname) over the headline, beside a narrow contact cell whose portfolio and LinkedIn
# hyperlinks (Word's "Hyperlink" character style) wrap over two lines each; LibreOffice
# Writer (headless) converts it to PDF, one link annotation per printed line, each with the
# full target.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: python-docx (pip), LibreOffice Writer (Debian libreoffice-writer-nogui)
# and Carlito (fonts-crosextra-carlito, metric-compatible with Calibri).
# Missing pieces are installed when we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/word-wrapped-header.pdf"
PY="${PYTHON:-python3}"

docx_build word-wrapped-header "$OUT"
