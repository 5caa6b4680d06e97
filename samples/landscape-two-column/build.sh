#!/usr/bin/env bash
# Rebuild tests/fixtures/landscape-two-column.pdf: an HTML+CSS résumé on a LANDSCAPE A4 page
# (@page size: A4 landscape): name, headline and contact line across the top, then two wide
# columns on the same line pitch (left: profile, experience; right: education, skills,
# languages) (cv.html, no network resources) printed by headless Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Carlito font (fonts-crosextra-carlito); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/landscape-two-column.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Carlito")" ]; then
    apt_install chromium fonts-crosextra-carlito fonts-liberation
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
