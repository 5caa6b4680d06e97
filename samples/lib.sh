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
