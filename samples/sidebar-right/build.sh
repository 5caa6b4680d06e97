#!/usr/bin/env bash
# Rebuild tests/fixtures/sidebar-right.pdf: an HTML+CSS résumé whose sidebar is on the RIGHT
# (30 % wide: contact, skills, languages as plain left-aligned text under ruled headings),
# the name and main sections in the left 70 % on the same line pitch
# (cv.html, no network resources) printed by headless Chromium.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: Debian chromium and the Roboto font (fonts-roboto-unhinted); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/sidebar-right.pdf"

if ! command -v chromium >/dev/null || [ -z "$(fc-list "Roboto")" ]; then
    apt_install chromium fonts-roboto-unhinted fonts-dejavu-core
fi

chromium_print "$HERE/cv.html" "$OUT"
echo "wrote $OUT"
