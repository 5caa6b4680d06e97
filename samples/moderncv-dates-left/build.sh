#!/usr/bin/env bash
# Rebuild tests/fixtures/moderncv-dates-left.pdf from cv.tex (LaTeX moderncv,
# classic style, dates in the left column) with pdflatex.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian texlive-latex-extra (moderncv), texlive-fonts-recommended and lmodern;
# installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/moderncv-dates-left.pdf"
WORK="$HERE/out"

if ! command -v pdflatex >/dev/null || ! { kpsewhich moderncv.cls && kpsewhich lmodern.sty; } >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            texlive-latex-extra texlive-fonts-recommended lmodern >/dev/null
    else
        echo "build.sh: install texlive-latex-extra and texlive-fonts-recommended" >&2
        exit 1
    fi
fi

rm -rf "$WORK"
mkdir -p "$WORK" "$(dirname "$OUT")"
cd "$HERE"
export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
for _ in 1 2; do
    pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$WORK" cv.tex >"$WORK/pdflatex.log" 2>&1 \
        || { tail -40 "$WORK/pdflatex.log" >&2; exit 1; }
done
cp "$WORK/cv.pdf" "$OUT"
echo "wrote $OUT"
