#!/usr/bin/env bash
# Rebuild tests/fixtures/glyph-icons.pdf: make_pdf.py writes a one-column CV with
# ReportLab's canvas at the operator level: Font Awesome icons set tight against their
# text (the icon's box overlaps the next word's first letter by 0.15 em in the contact
# line, dates and places; headings touch it at zero gap, their icons mapped by ToUnicode
# to capital letters, four of them the heading's own first letter).
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (pip), Open Sans and Font Awesome 4 (Debian fonts-open-sans,
# fonts-font-awesome); installed when missing (the fonts only when root).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/glyph-icons.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab
if [ ! -f /usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf ] \
        || [ ! -f /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf ]; then
    apt_install fonts-open-sans fonts-font-awesome
fi

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
