#!/usr/bin/env bash
# The WebAssembly build: compiles the crate for wasm32 without the native-only
# `cli` feature, generates the JavaScript glue (wasm-bindgen) and optimizes
# the .wasm (wasm-opt), into www/pkg/ (the demo loads ./pkg/inti.js).
#
# Sourced by scripts/demo and scripts/test, which call build_wasm after
# setup_build_tools; or run directly (installs the tools, then builds):
#
#   scripts/lib/build-wasm.sh
#
# This is the one place the wasm build is defined: a later change that makes
# an npm package out of it extends build_wasm.

# The wasm-pack target and output folder (relative to the repository root).
INTI_WASM_TARGET="web"
INTI_WASM_OUT_DIR="www/pkg"

build_wasm() {
    # Without wasm-opt on PATH, `--mode no-install` would silently skip the
    # optimization; say so instead.
    command -v wasm-opt >/dev/null 2>&1 ||
        die "wasm-opt is not on PATH; run setup_build_tools (scripts/lib/setup.sh) first."
    info "Building the WebAssembly package into $INTI_WASM_OUT_DIR/ (wasm-pack, release)"
    # --mode no-install: use the wasm-bindgen and wasm-opt on PATH (installed
    # by setup_build_tools) rather than downloading them from GitHub.
    # --no-default-features: the default `cli` feature pulls native-only
    # crates.
    # (wasm-pack's "failed to get wasm-pack version" warning is its update
    # check, which cannot reach crates.io's web API here; it is harmless.)
    (cd "$INTI_ROOT" && wasm-pack build \
        --mode no-install \
        --release \
        --target "$INTI_WASM_TARGET" \
        --out-dir "$INTI_WASM_OUT_DIR" \
        -- --no-default-features) ||
        die "the WebAssembly build failed (see above)."
    [[ -f "$INTI_ROOT/$INTI_WASM_OUT_DIR/inti_bg.wasm" ]] ||
        die "the WebAssembly build produced no $INTI_WASM_OUT_DIR/inti_bg.wasm."
    note "$INTI_WASM_OUT_DIR/inti_bg.wasm: $(du -k "$INTI_ROOT/$INTI_WASM_OUT_DIR/inti_bg.wasm" | cut -f1) KiB"
}

# Run directly: install what the build needs, then build.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    # shellcheck source=scripts/lib/setup.sh
    source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
    setup_build_tools
    build_wasm
fi
