#!/usr/bin/env bash
# Rebuild tests/fixtures/design-textboxes.pdf: make_pdf.py writes a one-page CV as a design
# tool (Canva, InDesign, PowerPoint) exports it with ReportLab's canvas: every block of text
# its own absolutely placed text box (one text object each, one Tm per line), the boxes drawn
# in a fixed shuffled order unrelated to reading order, under a coloured header band, in a
# 35 % / 65 % two-column body with headings in filled rectangles or over a rule.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (pip) and the Lato font (Debian fonts-lato); installed when
# missing (the font only when root).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/design-textboxes.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab
if [ ! -f /usr/share/fonts/truetype/lato/Lato-Regular.ttf ]; then
    apt_install fonts-lato
fi

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
