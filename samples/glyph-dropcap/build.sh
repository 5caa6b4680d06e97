#!/usr/bin/env bash
# Rebuild tests/fixtures/glyph-dropcap.pdf: make_pdf.py writes a one-column CV with
# ReportLab's canvas at the operator level, the way Word exports drop capitals: the
# profile's first letter is a 50 pt "S" of its own on the baseline of the paragraph's
# third line, the name and the headings open with a larger coloured initial.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with reportlab (pip) and Charis SIL (Debian fonts-sil-charis); installed
# when missing (the fonts only when root).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/glyph-dropcap.pdf"
PY="${PYTHON:-python3}"

pip_need reportlab reportlab
[ -f /usr/share/fonts/truetype/charis/CharisSIL-Regular.ttf ] || apt_install fonts-sil-charis

mkdir -p "$(dirname "$OUT")"
"$PY" "$HERE/make_pdf.py" "$OUT"
echo "wrote $OUT"
