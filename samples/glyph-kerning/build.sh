#!/usr/bin/env bash
# Rebuild tests/fixtures/glyph-kerning.pdf: make_pdf.py writes a one-column CV with
# ReportLab's canvas at the operator level, the way InDesign sets type: one TJ array per
# line, tracking as Tc, word spacing as numbers after the space glyphs, and a large manual
# kern (0.22-0.28 em) inside seven words ("Expe rience", "Ma ster", "Lumen field", ...).
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (pip) and the Lato fonts (Debian fonts-lato); installed
# when missing (the fonts only when root).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/glyph-kerning.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab
[ -f /usr/share/fonts/truetype/lato/Lato-Regular.ttf ] || apt_install fonts-lato

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
