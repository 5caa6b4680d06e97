#!/usr/bin/env bash
# Rebuild tests/fixtures/cv-fr.pdf from cv.tex (a French CV) with XeLaTeX.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian texlive-xetex (fontspec, polyglossia), texlive-latex-extra and
# the Roboto fonts (fonts-roboto-unhinted); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/cv-fr.pdf"

if ! command -v xelatex >/dev/null || ! kpsewhich polyglossia.sty >/dev/null 2>&1 || [ -z "$(fc-list "Roboto")" ]; then
    apt_install texlive-xetex texlive-latex-extra fonts-roboto-unhinted
fi

latex_build xelatex cv.tex "$OUT"
