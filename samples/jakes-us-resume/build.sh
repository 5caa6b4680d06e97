#!/usr/bin/env bash
# Rebuild tests/fixtures/jakes-us-resume.pdf from resume.tex (a one-page US
# résumé in the style of Jake Gutierrez's LaTeX template) with pdflatex.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian texlive-latex-extra (titlesec, enumitem, marvosym, preprint),
# texlive-fonts-recommended;
# installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/jakes-us-resume.pdf"
WORK="$HERE/out"

if ! command -v pdflatex >/dev/null || ! { kpsewhich titlesec.sty && kpsewhich fullpage.sty; } >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            texlive-latex-extra texlive-fonts-recommended >/dev/null
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
    pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$WORK" resume.tex >"$WORK/pdflatex.log" 2>&1 \
        || { tail -40 "$WORK/pdflatex.log" >&2; exit 1; }
done
cp "$WORK/resume.pdf" "$OUT"
echo "wrote $OUT"
