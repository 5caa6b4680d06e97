#!/usr/bin/env bash
# Rebuild the golden fixture tests/fixtures/hayou-cv.pdf from hayou-cv.typ.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with the `typst` package (installed here if missing) and the
# Debian fonts Roboto (fonts-roboto-unhinted) and DejaVu Sans (fonts-dejavu-core),
# installed with apt-get if missing and we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
SRC="$HERE/hayou-cv.typ"
OUT="$REPO/tests/fixtures/hayou-cv.pdf"
PY="${PYTHON:-python3}"

ROBOTO_DIR=/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF
DEJAVU_DIR=/usr/share/fonts/truetype/dejavu

pip_need typst typst

if [ ! -f "$ROBOTO_DIR/Roboto-Regular.ttf" ] || [ ! -f "$DEJAVU_DIR/DejaVuSans.ttf" ]; then
    apt_install fonts-roboto-unhinted fonts-dejavu-core
fi

mkdir -p "$(dirname "$OUT")"
cd "$HERE"
"$PY" - "$SRC" "$OUT" "$ROBOTO_DIR" "$DEJAVU_DIR" <<'PYEOF'
import sys
import typst

src, out, *font_dirs = sys.argv[1:]
# System fonts are ignored so the result depends only on the fonts named here.
typst.compile(src, output=out, font_paths=font_dirs, ignore_system_fonts=True)
print(f"wrote {out}")
PYEOF
cp "$OUT" "$HERE/hayou-cv.pdf"  # the Quick start sample
