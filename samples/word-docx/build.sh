#!/usr/bin/env bash
# Rebuild tests/fixtures/word-docx.pdf: python-docx writes a Word .docx
# (make_docx.py), LibreOffice Writer (headless) converts it to PDF.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: python-docx (pip), LibreOffice Writer (Debian libreoffice-writer-nogui)
# and Carlito (fonts-crosextra-carlito, metric-compatible with Calibri).
# Missing pieces are installed when we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/word-docx.pdf"
PY="${PYTHON:-python3}"

docx_build word-docx "$OUT"
