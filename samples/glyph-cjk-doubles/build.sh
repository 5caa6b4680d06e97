#!/usr/bin/env bash
# Rebuild tests/fixtures/glyph-cjk-doubles.pdf: make_pdf.py writes a bilingual
# English/Chinese CV with ReportLab's canvas at the operator level; its CJK display text
# (name, headline, headings) is drawn twice as fake bold: each name glyph twice 0.3 pt
# apart, each headline glyph twice at one origin, each heading's CJK run filled and then
# stroked as a second text object at the same origin. English body text is drawn once.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (pip), WenQuanYi Micro Hei and Liberation Sans (Debian
# fonts-wqy-microhei, fonts-liberation2); installed when missing (the fonts only when root).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/glyph-cjk-doubles.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] \
        || [ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ]; then
    apt_install fonts-wqy-microhei fonts-liberation2
fi

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
