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
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/jakes-us-resume.pdf"

if ! command -v pdflatex >/dev/null || ! { kpsewhich titlesec.sty && kpsewhich fullpage.sty; } >/dev/null 2>&1; then
    apt_install texlive-latex-extra texlive-fonts-recommended
fi

latex_build pdflatex resume.tex "$OUT"
