#!/usr/bin/env bash
# Rebuild tests/fixtures/typst-resume.pdf from resume.typ with Typst
# (Python package `typst`). Only the fonts embedded in Typst are used
# (Libertinus Serif), so the result does not depend on the machine's fonts.
# Runnable from anywhere: paths are resolved relative to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/tests/fixtures/typst-resume.pdf"
PY="${PYTHON:-python3}"

pip_need typst typst

mkdir -p "$(dirname "$OUT")"
"$PY" - "$HERE/resume.typ" "$OUT" <<'PYEOF'
import sys
import typst

src, out = sys.argv[1:]
typst.compile(src, output=out, ignore_system_fonts=True)
print(f"wrote {out}")
PYEOF
