#!/usr/bin/env bash
# Rebuild tests/fixtures/three-columns.pdf: a one-page HTML+CSS résumé in three grid columns
# (16 pt gutters) under a full-width header: column 1 profile, contact, languages; column 2
# experience; column 3 education, skills; all on one 12 pt line pitch, so lines of
# neighbouring columns share baselines (cv.html, no network resources), printed by headless
# Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Roboto font (fonts-roboto-unhinted); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/three-columns.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Roboto")" ]; then
    apt_install chromium fonts-roboto-unhinted fonts-liberation
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
