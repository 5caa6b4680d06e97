#!/usr/bin/env bash
# Rebuild tests/fixtures/moderncv-dates-left.pdf from cv.tex (LaTeX moderncv,
# classic style, dates in the left column) with pdflatex.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian texlive-latex-extra (moderncv), texlive-fonts-recommended and lmodern;
# installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/moderncv-dates-left.pdf"

if ! command -v pdflatex >/dev/null || ! { kpsewhich moderncv.cls && kpsewhich lmodern.sty; } >/dev/null 2>&1; then
    apt_install texlive-latex-extra texlive-fonts-recommended lmodern
fi

latex_build pdflatex cv.tex "$OUT"
