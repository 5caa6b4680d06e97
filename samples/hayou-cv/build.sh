#!/usr/bin/env bash
# Rebuild the golden fixture tests/fixtures/hayou-cv.pdf from hayou-cv.typ.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Python 3 with the `typst` package (installed here if missing) and the
# Debian fonts Roboto (fonts-roboto-unhinted) and DejaVu Sans (fonts-dejavu-core),
# installed with apt-get if missing and we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SRC="$HERE/hayou-cv.typ"
OUT="$REPO/tests/fixtures/hayou-cv.pdf"
PY="${PYTHON:-python3}"

ROBOTO_DIR=/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF
DEJAVU_DIR=/usr/share/fonts/truetype/dejavu

if ! "$PY" -c "import typst" 2>/dev/null; then
    echo "build.sh: installing the typst Python package" >&2
    "$PY" -m pip install --quiet typst
fi

if [ ! -f "$ROBOTO_DIR/Roboto-Regular.ttf" ] || [ ! -f "$DEJAVU_DIR/DejaVuSans.ttf" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "build.sh: installing fonts-roboto-unhinted fonts-dejavu-core" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-roboto-unhinted fonts-dejavu-core >/dev/null
    else
        echo "build.sh: missing fonts: install fonts-roboto-unhinted and fonts-dejavu-core" >&2
        exit 1
    fi
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
