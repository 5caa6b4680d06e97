#!/usr/bin/env bash
# Rebuild tests/fixtures/sidebar-right-aligned.pdf: an HTML+CSS résumé with a dark left
# sidebar (32 % wide) whose text is right-aligned against the column gap and whose headings
# sit in filled boxes; name and main sections in the right column, on the same line pitch
# (cv.html, inline SVG icons, no network resources) printed by headless Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Open Sans font (fonts-open-sans); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/sidebar-right-aligned.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Open Sans")" ]; then
    apt_install chromium fonts-open-sans fonts-dejavu-core
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
