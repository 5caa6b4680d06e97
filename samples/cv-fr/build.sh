#!/usr/bin/env bash
# Rebuild tests/fixtures/cv-fr.pdf from cv.tex (a French CV) with XeLaTeX.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian texlive-xetex (fontspec, polyglossia), texlive-latex-extra and
# the Roboto fonts (fonts-roboto-unhinted); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/cv-fr.pdf"
WORK="$HERE/out"

if ! command -v xelatex >/dev/null || ! kpsewhich polyglossia.sty >/dev/null 2>&1 \
        || ! fc-list | grep -q "Roboto"; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            texlive-xetex texlive-latex-extra fonts-roboto-unhinted >/dev/null
    else
        echo "build.sh: install texlive-xetex, texlive-latex-extra and fonts-roboto-unhinted" >&2
        exit 1
    fi
fi

rm -rf "$WORK"
mkdir -p "$WORK" "$(dirname "$OUT")"
cd "$HERE"
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
for _ in 1 2; do
    xelatex -interaction=nonstopmode -halt-on-error -output-directory="$WORK" cv.tex >"$WORK/xelatex.log" 2>&1 \
        || { tail -40 "$WORK/xelatex.log" >&2; exit 1; }
done
cp "$WORK/cv.pdf" "$OUT"
echo "wrote $OUT"
