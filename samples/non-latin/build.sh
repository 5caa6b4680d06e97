#!/usr/bin/env bash
# Rebuild tests/fixtures/cv-ru.pdf and cv-zh.pdf (non-Latin CVs) with Typst
# (Python package `typst`), using the system's DejaVu Sans (Cyrillic) and
# WenQuanYi Micro Hei (CJK) fonts.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib.sh"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-python3}"

pip_need typst typst
fc-list | grep -q "DejaVu Sans" || apt_install fonts-dejavu-core
fc-list | grep -q "WenQuanYi Micro Hei" || apt_install fonts-wqy-microhei

for name in cv-ru cv-zh; do
    "$PY" - "$HERE/$name.typ" "$REPO/tests/fixtures/$name.pdf" <<'PYEOF'
import sys
import typst

src, out = sys.argv[1:]
typst.compile(src, output=out, font_paths=["/usr/share/fonts"])
print(f"wrote {out}")
PYEOF
done
