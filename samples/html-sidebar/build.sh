#!/usr/bin/env bash
# Rebuild tests/fixtures/html-sidebar.pdf: a two-column HTML+CSS résumé
# (cv.html, inline SVG icons, no network resources) printed by headless Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Lato font (fonts-lato); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/html-sidebar.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Lato")" ]; then
    apt_install chromium fonts-lato fonts-dejavu-core
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
