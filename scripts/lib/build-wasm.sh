#!/usr/bin/env bash
# The WebAssembly build and the npm package inti-wasm:
#
#   1. wasm-pack (profile wasm-release, --target web, without the native-only
#      `cli` feature) compiles the crate for wasm32, generates the JavaScript
#      glue (wasm-bindgen), optimizes and strips the .wasm (wasm-opt), into
#      target/wasm-pack/;
#   2. js/build.mjs assembles the npm package from it into pkg/ (the manifest
#      is pkg.json; `npm pack pkg/` makes the tarball), prints the gzipped
#      sizes and fails past the size budget;
#   3. and copies the browser build into www/pkg/ (the demo, the reader and
#      the bookmarklet load ./pkg/inti.js: `import init, { extract } from
#      "./pkg/inti.js"; await init();`);
#   4. bundles the bookmarklet's overlay (www/bookmarklet/inject.js and its
#      imports, www/pkg/ included) into www/bookmarklet/overlay.js, the one
#      file a click loads (scripts/lib/bundle-bookmarklet.mjs).
#
# Sourced by scripts/demo and scripts/test, which call build_wasm after
# setup_build_tools; or run directly (installs the tools, then builds):
#
#   scripts/lib/build-wasm.sh

# The wasm-pack output, the npm package, and the demo's copy (relative to
# the repository root).
INTI_WASM_PACK_DIR="target/wasm-pack"
INTI_NPM_DIR="pkg"
INTI_WASM_OUT_DIR="www/pkg"

build_wasm() {
    # Without wasm-opt on PATH, `--mode no-install` would silently skip the
    # optimization; say so instead.
    command -v wasm-opt >/dev/null 2>&1 ||
        die "wasm-opt is not on PATH; run setup_build_tools (scripts/lib/setup.sh) first."
    info "Building the WebAssembly module (wasm-pack, profile wasm-release) into $INTI_WASM_PACK_DIR/"
    # --mode no-install: use the wasm-bindgen and wasm-opt on PATH (installed
    # by setup_build_tools) rather than downloading them from GitHub.
    # --no-default-features: the default `cli` feature pulls native-only
    # crates. --profile wasm-release: the release profile optimized for size
    # (Cargo.toml [profile.wasm-release]); wasm-opt's flags are in Cargo.toml
    # ([package.metadata.wasm-pack.profile.custom]).
    # (wasm-pack's "failed to get wasm-pack version" warning is its update
    # check, which cannot reach crates.io's web API here; it is harmless.)
    # -inline-threshold=125: LLVM inlines calls up to cost 125 in the .wasm,
    # which opt-level "z" alone caps at 5 (its "minsize" threshold, which an
    # explicit -inline-threshold replaces). Measured (docs/npm.md, "Size
    # budget"): 40 made the .wasm about 25% faster in Node for 7 KB
    # gzipped; 80 (once the packed lexicons made room) another 15% for 8 KB;
    # 110 (with wasm-opt -O3, see Cargo.toml, which made room) another 6%
    # for 4 KB; 135 (html5ever's copy without float formatting made room,
    # vendor/html5ever/README.md) another 10% for 8 KB; 160 (inti's
    # sorts sharing one copy of std's sort, src/sort.rs, made room) another
    # 4% of CPU time for 5 KB. On 28 November (docs/npm.md, "Benchmark"),
    # 175 cost 2.6 KB for 1% (within the noise) and 185 4.8 KB for 4%, most
    # of it from tendril's byte slice being inlined: vendor/tendril inlines
    # that alone, for 2.5% at 1.9 KB, and 160 stayed. On 28 November
    # (evening) the accuracy rules took the .wasm to 301.0 KB at 160; 150
    # gives 298.5 KB for about 1% of CPU time in Node (2.54 and 2.57
    # ms/page on AEB, alternating runs within the noise), and 150 it was.
    # On 29 November the mojibake repair and the feed rule took it to
    # 300.4 KB at 150; 140 gives 298.3 KB, alternating Node runs within
    # the noise of this (slower, noisier) day's machine. On 29 November
    # (afternoon) the discussion posts' inner boxes, hidden page wrappers
    # and highlighter classes in code took it to 300.2 KB at 140; 130
    # gives 294.6 KB, alternating Node runs (5 x 3 rounds) fastest 4.57
    # (140) and 4.78 (130) ms/page (about 5%), medians 6.04 and 5.87 (the
    # noise of rounds spread from 4.6 to 8.6). On 30 November the day's
    # rules took it to 300.5 KB at 130 (126 to 130 give the same .wasm);
    # 125 gives 297.7 KB but 4-5% slower in Node, because tendril's
    # `assume_buf` (under every push of a byte to a tendril in the
    # tokenizer) stops being inlined; vendor/tendril inlines it always,
    # and 125 gives 298.2 KB at the speed of 130 (alternated, 6 runs of 5
    # rounds each: 3.86 and 3.89 ms/page, median page 3.42 and 3.37 ms;
    # 125 without it 4.04 and 3.57). opt-level 3 for inti (the
    # generic html5ever code is compiled in it) costs 61 KB. Only the wasm32 target gets it (the native build
    # stays at opt-level 3), added to any RUSTFLAGS of that target already
    # set.
    # INTI_WASM_INLINE_THRESHOLD=N builds with another threshold, to measure
    # one (the size check still applies).
    # +simd128: WebAssembly SIMD (every current engine: Chrome 91, Firefox
    # 89, Safari 16.4, Node 16.4; js/src/runtime.js says so clearly to an
    # older one). memchr (the page scan of src/pipeline/parse.rs) and
    # html5ever's copy (vendor/html5ever: the tokenizer's search for the
    # next special byte in text, scripts and attribute values) then look at
    # 16 bytes at a time; LLVM's loop vectorizer stays off at opt-level "z".
    # Measured (docs/npm.md, "Benchmark", 28 November): the flag alone
    # changes nothing measurable and takes 0.1 KB gzipped off; with the
    # tokenizer's SIMD scan, about 2-5% less CPU time per page in Node.
    # wasm-opt needs --enable-simd to read the result (Cargo.toml).
    local threshold="${INTI_WASM_INLINE_THRESHOLD:-125}"
    local wasm_rustflags="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}"
    wasm_rustflags="${wasm_rustflags:+$wasm_rustflags }-C llvm-args=-inline-threshold=$threshold -C target-feature=+simd128"
    # The source paths that panic locations carry into the .wasm, shortened:
    # the crates' registry directory (`$CARGO_HOME/registry/src/index.crates.io-
    # <hash>/memchr-2.8.3/src/...` becomes `memchr-2.8.3/src/...`). Measured
    # on 29 November: 137 bytes gzipped off; and the .wasm's size no longer
    # depends on where the user's CARGO_HOME is. (std's `/rustc/<commit>/`
    # paths come from its own metadata, which a remap does not reach.)
    local registry_dir
    for registry_dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
        if [[ -d "$registry_dir" ]]; then
            wasm_rustflags+=" --remap-path-prefix=$registry_dir="
        fi
    done
    (cd "$INTI_ROOT" && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$wasm_rustflags" wasm-pack build \
        --mode no-install \
        --profile wasm-release \
        --target web \
        --no-pack \
        --out-dir "$INTI_WASM_PACK_DIR" \
        -- --no-default-features) ||
        die "the WebAssembly build failed (see above)."
    [[ -f "$INTI_ROOT/$INTI_WASM_PACK_DIR/inti_bg.wasm" ]] ||
        die "the WebAssembly build produced no $INTI_WASM_PACK_DIR/inti_bg.wasm."
    info "Assembling the npm package inti-wasm into $INTI_NPM_DIR/ and the demo's copy into $INTI_WASM_OUT_DIR/"
    (cd "$INTI_ROOT" && node js/build.mjs \
        --from "$INTI_WASM_PACK_DIR" \
        --out "$INTI_NPM_DIR" \
        --www "$INTI_WASM_OUT_DIR") ||
        die "assembling the npm package failed (see above)."
    info "Bundling the bookmarklet's overlay (inject.js and its imports) into www/bookmarklet/overlay.js"
    (cd "$INTI_ROOT" && node scripts/lib/bundle-bookmarklet.mjs --www www) ||
        die "bundling the bookmarklet's overlay failed (see above)."
}

# Run directly: install what the build needs, then build.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    # shellcheck source=scripts/lib/setup.sh
    source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
    setup_build_tools
    build_wasm
fi
