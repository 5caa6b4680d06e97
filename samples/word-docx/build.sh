#!/usr/bin/env bash
# Rebuild tests/fixtures/word-docx.pdf: python-docx writes a Word .docx
# (make_docx.py), LibreOffice Writer (headless) converts it to PDF.
# Runnable from anywhere: paths are resolved relative to this script.
#
# Needs: python-docx (pip), LibreOffice Writer (Debian libreoffice-writer-nogui)
# and Carlito (fonts-crosextra-carlito, metric-compatible with Calibri).
# Missing pieces are installed when we are root.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/word-docx.pdf"
PY="${PYTHON:-python3}"
WORK="$HERE/out"

if ! "$PY" -c "import docx" 2>/dev/null; then
    "$PY" -m pip install --quiet python-docx
fi
if ! command -v soffice >/dev/null || ! fc-list | grep -q Carlito; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            libreoffice-writer-nogui fonts-crosextra-carlito >/dev/null
    else
        echo "build.sh: install libreoffice-writer-nogui and fonts-crosextra-carlito" >&2
        exit 1
    fi
fi

rm -rf "$WORK"
mkdir -p "$WORK" "$(dirname "$OUT")"
"$PY" "$HERE/make_docx.py" "$WORK/word-docx.docx"
PROFILE_DIR="$(mktemp -d)"
trap 'rm -rf "$PROFILE_DIR"' EXIT
soffice -env:UserInstallation="file://$PROFILE_DIR" --headless --norestore \
    --convert-to pdf --outdir "$WORK" "$WORK/word-docx.docx" >/dev/null
cp "$WORK/word-docx.pdf" "$OUT"
echo "wrote $OUT"
