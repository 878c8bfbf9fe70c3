# shellcheck shell=bash
# Installs the tools the build and the tests need, each only when missing or
# at the wrong version, so that running it again is quick.
#
# Sourced (not run) by scripts/demo, scripts/test, scripts/lib/build-wasm.sh
# and .ci/run:
#
#   source "$(dirname "$0")/lib/setup.sh"
#   setup_build_tools   # rust wasm target, wasm-pack, wasm-bindgen, wasm-opt
#   setup_test_tools    # npm test dependencies, chromium
#   setup_pyspark       # pyspark in .tools/spark-venv (spark/run-test)
#
# It sets INTI_ROOT (the repository root) and puts ~/.cargo/bin and the
# project-local .tools/node_modules/.bin first on PATH.
#
# The machines this runs on reach package registries only (crates.io, npm,
# Debian), so every tool comes from one of them: wasm-pack's own downloads of
# wasm-bindgen and wasm-opt from GitHub would fail, and the build runs
# wasm-pack with `--mode no-install` so it uses the binaries installed here.

INTI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export INTI_ROOT

# Project-local tools (gitignored): the npm package binaryen for wasm-opt.
INTI_TOOLS_DIR="$INTI_ROOT/.tools"
# The pinned npm manifests for those tools (committed).
INTI_TOOLS_MANIFEST_DIR="$INTI_ROOT/scripts/tools"
# The npm project of the JS and browser tests (committed package-lock.json).
INTI_TESTS_NPM_DIR="$INTI_ROOT/tests"
# The npm project of the npm package's tests (vite, webpack, typescript).
INTI_PKG_TESTS_NPM_DIR="$INTI_ROOT/tests/pkg"
# The browser the e2e tests drive; override with CHROMIUM=/path/to/chromium.
: "${CHROMIUM:=/usr/bin/chromium}"
export CHROMIUM

# Installed only when no wasm-pack is on PATH; any recent one will do.
INTI_WASM_PACK_VERSION="0.15.1"
# Node 20 is the oldest with everything the scripts and tests use.
INTI_NODE_MIN_MAJOR=20

# --- output -----------------------------------------------------------------

# The setup's messages go to stderr so that they never mix with a command's
# own output; in colour only on a terminal. (The colours are also used by the
# scripts that source this file.)
# shellcheck disable=SC2034
if [[ -t 2 ]]; then
    INTI_BOLD=$'\033[1m' INTI_BLUE=$'\033[1;34m' INTI_RED=$'\033[1;31m' INTI_GREEN=$'\033[1;32m' INTI_RESET=$'\033[0m'
else
    INTI_BOLD="" INTI_BLUE="" INTI_RED="" INTI_GREEN="" INTI_RESET=""
fi
info() { printf '%s==>%s %s\n' "$INTI_BLUE" "$INTI_RESET" "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
die() {
    printf '%serror:%s %s\n' "$INTI_RED" "$INTI_RESET" "$1" >&2
    shift
    local line
    for line in "$@"; do printf '       %s\n' "$line" >&2; done
    exit 1
}

# --- PATH -------------------------------------------------------------------

# Puts a directory first on PATH unless it is already on it.
path_prepend() {
    case ":$PATH:" in
        *":$1:"*) ;;
        *) PATH="$1:$PATH" ;;
    esac
}

# `cargo install` puts its binaries here; a shell that did not read the
# rustup profile (CI, cron) may not have it on PATH yet.
path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
path_prepend "$INTI_TOOLS_DIR/node_modules/.bin"
export PATH

# A sha256 of the given files, used as the "installed from these manifests"
# stamp of npm installs.
files_hash() { cat "$@" | sha256sum | cut -d' ' -f1; }

# --- base tools ---------------------------------------------------------------

setup_base_tools() {
    command -v cargo >/dev/null 2>&1 || die "cargo is not installed." \
        "Install Rust stable with rustup: https://rustup.rs (then open a new shell)."
    command -v rustup >/dev/null 2>&1 || die "rustup is not installed." \
        "The wasm build needs rustup to add the wasm32-unknown-unknown target: https://rustup.rs"
    command -v node >/dev/null 2>&1 || die "node is not installed." \
        "Install Node.js $INTI_NODE_MIN_MAJOR or newer (Debian: apt-get install nodejs npm)."
    command -v npm >/dev/null 2>&1 || die "npm is not installed." \
        "Install npm (Debian: apt-get install npm)."
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    if ((node_major < INTI_NODE_MIN_MAJOR)); then
        die "node $(node --version) is too old; version $INTI_NODE_MIN_MAJOR or newer is needed."
    fi
}

# --- build tools --------------------------------------------------------------

# The Rust target of the wasm build.
setup_wasm_target() {
    # (grep without -q reads all its input: an early exit could make rustup
    # fail on a closed pipe, and pipefail would count that.)
    if rustup target list --installed | grep -x 'wasm32-unknown-unknown' >/dev/null; then
        return
    fi
    info "Installing the Rust target wasm32-unknown-unknown (for the WebAssembly build)"
    rustup target add wasm32-unknown-unknown ||
        die "rustup target add wasm32-unknown-unknown failed."
}

# wasm-pack drives the wasm build (cargo build, wasm-bindgen, wasm-opt).
setup_wasm_pack() {
    if command -v wasm-pack >/dev/null 2>&1; then
        return
    fi
    info "Installing wasm-pack $INTI_WASM_PACK_VERSION with cargo (builds the WebAssembly package; takes about 4 minutes, once)"
    cargo install wasm-pack --version "$INTI_WASM_PACK_VERSION" ||
        die "cargo install wasm-pack failed (see above)."
}

# The version of the wasm-bindgen crate in Cargo.lock: the CLI that generates
# the JavaScript glue must be exactly that version.
wasm_bindgen_lock_version() {
    awk '
        $0 == "name = \"wasm-bindgen\"" { found = 1; next }
        found && /^version = / { gsub(/"/, "", $3); print $3; exit }
        /^$/ { found = 0 }
    ' "$INTI_ROOT/Cargo.lock"
}

setup_wasm_bindgen() {
    local want have=""
    want="$(wasm_bindgen_lock_version)"
    [[ -n "$want" ]] || die "cannot find the wasm-bindgen version in Cargo.lock." \
        "Run 'cargo generate-lockfile' or check that Cargo.toml depends on wasm-bindgen."
    if command -v wasm-bindgen >/dev/null 2>&1; then
        have="$(wasm-bindgen --version | awk '{ print $2 }')"
    fi
    if [[ "$have" == "$want" ]]; then
        return
    fi
    if [[ -n "$have" ]]; then
        info "Installing wasm-bindgen-cli $want with cargo (found $have, but Cargo.lock has wasm-bindgen $want and the two must match; takes about 5 minutes, once)"
    else
        info "Installing wasm-bindgen-cli $want with cargo (generates the JavaScript glue of the wasm build; must match wasm-bindgen $want in Cargo.lock; takes about 5 minutes, once)"
    fi
    cargo install wasm-bindgen-cli --version "$want" --force ||
        die "cargo install wasm-bindgen-cli --version $want failed (see above)."
    hash -r
    have="$(wasm-bindgen --version | awk '{ print $2 }')"
    [[ "$have" == "$want" ]] || die "wasm-bindgen on PATH ($(command -v wasm-bindgen)) is $have, not $want." \
        "Remove the other wasm-bindgen from PATH, or put ${CARGO_HOME:-$HOME/.cargo}/bin first."
}

# Installs the npm project whose package.json and package-lock.json are in
# $1 into $2 (they may be the same folder) with `npm ci`, unless it was
# already installed from the same manifests. $3 says what it is for.
npm_ci_if_changed() {
    local manifests="$1" dir="$2" why="$3" stamp hash
    stamp="$dir/node_modules/.inti-installed"
    hash="$(files_hash "$manifests/package.json" "$manifests/package-lock.json")"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
        return
    fi
    info "Installing npm packages in ${dir#"$INTI_ROOT"/}/ ($why)"
    mkdir -p "$dir"
    if [[ "$manifests" != "$dir" ]]; then
        cp "$manifests/package.json" "$manifests/package-lock.json" "$dir/"
    fi
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) ||
        die "npm ci in ${dir#"$INTI_ROOT"/}/ failed (see above)."
    printf '%s\n' "$hash" >"$stamp"
}

# wasm-opt, from the npm package binaryen, in .tools/: wasm-pack runs the
# wasm-opt it finds on PATH.
setup_wasm_opt() {
    npm_ci_if_changed "$INTI_TOOLS_MANIFEST_DIR" "$INTI_TOOLS_DIR" \
        "binaryen, for wasm-opt, which shrinks and speeds up the .wasm"
    hash -r
    [[ "$(command -v wasm-opt)" == "$INTI_TOOLS_DIR/node_modules/.bin/wasm-opt" ]] ||
        die "wasm-opt is not in $INTI_TOOLS_DIR/node_modules/.bin after npm ci." \
            "Delete $INTI_TOOLS_DIR and run this again."
}

# Everything the native and the wasm builds need.
setup_build_tools() {
    setup_base_tools
    setup_wasm_target
    setup_wasm_pack
    setup_wasm_bindgen
    setup_wasm_opt
    note "build tools: $(wasm-pack --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{ print $3 }')"
}

# --- test tools ---------------------------------------------------------------

# Debian's chromium, driven by the browser tests through playwright-core
# (plus chromium-driver, for WebDriver-based tools).
setup_chromium() {
    local missing=()
    if [[ ! -x "$CHROMIUM" ]]; then
        if [[ "$CHROMIUM" != /usr/bin/chromium ]]; then
            die "CHROMIUM=$CHROMIUM is not an executable file."
        fi
        missing+=(chromium chromium-driver)
    elif [[ "$CHROMIUM" == /usr/bin/chromium ]] && ! command -v chromedriver >/dev/null 2>&1; then
        missing+=(chromium-driver)
    fi
    ((${#missing[@]} > 0)) || return 0
    if ((EUID != 0)) || ! command -v apt-get >/dev/null 2>&1; then
        if [[ ! -x "$CHROMIUM" ]]; then
            die "chromium is not installed; the browser tests need it." \
                "Install it with:  sudo apt-get update && sudo apt-get install -y chromium chromium-driver" \
                "or point CHROMIUM at another Chromium build:  CHROMIUM=/path/to/chrome $0"
        fi
        note "chromium-driver is not installed (the tests do not need it; to add it:" \
            "sudo apt-get install -y chromium-driver)"
        return 0
    fi
    info "Installing ${missing[*]} with apt-get (the browser the e2e tests drive)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        die "apt-get update failed (see above)."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
        die "apt-get install ${missing[*]} failed (see above)."
    [[ -x "$CHROMIUM" ]] || die "chromium was installed but $CHROMIUM does not exist."
}

# Everything the JS and browser tests need, on top of the build tools.
setup_test_tools() {
    setup_base_tools
    npm_ci_if_changed "$INTI_TESTS_NPM_DIR" "$INTI_TESTS_NPM_DIR" \
        "playwright-core, which drives chromium in the browser tests"
    npm_ci_if_changed "$INTI_PKG_TESTS_NPM_DIR" "$INTI_PKG_TESTS_NPM_DIR" \
        "vite, webpack and typescript, with which the npm package's tests build apps"
    setup_chromium
}

# --- the Spark recipe's test ----------------------------------------------------

# pyspark (spark/requirements.txt, from PyPI) in a project-local virtualenv.
INTI_SPARK_VENV="$INTI_TOOLS_DIR/spark-venv"

# The major version of the `java` on PATH, or nothing when there is none.
java_major_version() {
    command -v java >/dev/null 2>&1 || return 0
    java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Installs pyspark into $INTI_SPARK_VENV unless it was already installed from
# the same requirements file.
setup_pyspark() {
    local requirements="$INTI_ROOT/spark/requirements.txt" stamp hash
    stamp="$INTI_SPARK_VENV/.inti-installed"
    hash="$(files_hash "$requirements")"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$hash" && -x "$INTI_SPARK_VENV/bin/python" ]]; then
        return
    fi
    command -v python3 >/dev/null 2>&1 || die "python3 is not installed; the Spark recipe's test needs it." \
        "Install it (Debian: apt-get install python3 python3-venv)."
    info "Installing $(grep -v '^#' "$requirements" | tr '\n' ' ')into .tools/spark-venv with pip (the Spark recipe's test; about 2 minutes, once)"
    if [[ ! -x "$INTI_SPARK_VENV/bin/python" ]]; then
        python3 -m venv "$INTI_SPARK_VENV" || die "python3 -m venv failed." \
            "On Debian: apt-get install python3-venv"
    fi
    "$INTI_SPARK_VENV/bin/python" -m pip install --disable-pip-version-check --quiet -r "$requirements" ||
        die "pip install -r spark/requirements.txt failed (see above)."
    printf '%s\n' "$hash" >"$stamp"
}
