#!/usr/bin/env bash
# Rebuild tests/fixtures/html-fakebold.pdf: a one-column HTML résumé whose bold is drawn twice (fake bold) and whose headings are letter-spaced
# (cv.html, no network resources) printed by headless Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Tinos or Liberation Serif font; installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/html-fakebold.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Liberation Serif")" ]; then
    apt_install chromium fonts-liberation
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
