# Shared by the samples' build.sh scripts (sourced, not run). Expects HERE and PY.

# apt_install PKG...: install Debian packages when root, else say what is missing and stop.
apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "build.sh: installing $*" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
        echo "build.sh: install the Debian packages: $*" >&2
        exit 1
    fi
}

# pip_need MODULE PACKAGE: install a Python package when its module does not import.
pip_need() {
    "$PY" -c "import $1" 2>/dev/null || "$PY" -m pip install --quiet "$2"
}

# latex_build ENGINE SOURCE.tex OUT.pdf: two runs (for references), reproducible dates.
latex_build() {
    local engine=$1 src=$2 out=$3 work="$HERE/out"
    rm -rf "$work"
    mkdir -p "$work" "$(dirname "$out")"
    export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1
    for _ in 1 2; do
        (cd "$HERE" && "$engine" -interaction=nonstopmode -halt-on-error -output-directory="$work" "$src") \
            >"$work/$engine.log" 2>&1 || { tail -40 "$work/$engine.log" >&2; exit 1; }
    done
    cp "$work/${src%.tex}.pdf" "$out"
    echo "wrote $out"
}

# chromium_print HTML OUT: print a local HTML file to PDF with headless Chromium (no network,
# a throwaway profile, no header or footer).
chromium_print() {
    local html="$1" out="$2" profile
    mkdir -p "$(dirname "$out")"
    profile="$(mktemp -d)"
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$profile" --print-to-pdf="$out" --no-pdf-header-footer \
        "file://$html" 2>/dev/null
    rm -rf "$profile"
}

# docx_build SLUG OUT: python-docx writes $HERE/out/SLUG.docx ($HERE/make_docx.py, which imports
# samples/lib_docx.py), headless LibreOffice Writer converts it to OUT. Installs python-docx,
# Writer and Carlito (metric-compatible with Calibri) when missing.
docx_build() {
    local slug=$1 out=$2 work="$HERE/out" profile
    pip_need docx python-docx
    if ! command -v soffice >/dev/null || [ -z "$(fc-list "Carlito")" ]; then
        apt_install libreoffice-writer-nogui fonts-crosextra-carlito
    fi
    rm -rf "$work"
    mkdir -p "$work" "$(dirname "$out")"
    "$PY" "$HERE/make_docx.py" "$work/$slug.docx"
    profile="$(mktemp -d)"
    soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --convert-to pdf --outdir "$work" "$work/$slug.docx" >/dev/null || { rm -rf "$profile"; exit 1; }
    rm -rf "$profile"
    cp "$work/$slug.pdf" "$out"
    echo "wrote $out"
}
