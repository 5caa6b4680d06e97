#!/usr/bin/env bash
# Rebuild tests/fixtures/lebenslauf-de.pdf: make_fodt.py writes a German
# Lebenslauf as a Flat ODF text document (two-column tables), LibreOffice
# Writer (headless) converts it to PDF.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: LibreOffice Writer (Debian libreoffice-writer-nogui) and Liberation
# Sans (fonts-liberation2); installed when root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/lebenslauf-de.pdf"
PY="${PYTHON:-python3}"
WORK="$HERE/out"

if ! command -v soffice >/dev/null || [ -z "$(fc-list "Liberation Sans")" ]; then
    apt_install libreoffice-writer-nogui fonts-liberation2
fi

rm -rf "$WORK"
mkdir -p "$WORK" "$(dirname "$OUT")"
"$PY" "$HERE/make_fodt.py" "$WORK/lebenslauf-de.fodt"
PROFILE_DIR="$(mktemp -d)"
trap 'rm -rf "$PROFILE_DIR"' EXIT
soffice -env:UserInstallation="file://$PROFILE_DIR" --headless --norestore \
    --convert-to pdf --outdir "$WORK" "$WORK/lebenslauf-de.fodt" >/dev/null 2>&1
cp "$WORK/lebenslauf-de.pdf" "$OUT"
echo "wrote $OUT"
