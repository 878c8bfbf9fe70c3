// Shared by the tests of the npm package (tests/js/*.test.mjs): where the
// built package is, its two Node entries, the fixtures and their specs.
//
// The package is built into pkg/ by scripts/lib/build-wasm.sh (scripts/test
// runs it first).

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The built npm package. */
export const PKG_DIR = path.join(ROOT, "pkg");
/** The whole-page fixtures of the Rust tests (tests/fixtures/README.md). */
export const FIXTURES_DIR = path.join(ROOT, "tests", "fixtures");

export { assertMatchesSpec, squash } from "./spec.mjs";

if (!existsSync(path.join(PKG_DIR, "inti_bg.wasm"))) {
  throw new Error("pkg/inti_bg.wasm is missing: build the package first with scripts/lib/build-wasm.sh (scripts/test does)");
}

/** The package as Node ESM code imports it (inti.node.mjs). */
export const inti = await import(pathToFileURL(path.join(PKG_DIR, "inti.node.mjs")).href);
/** The package as CommonJS code requires it (inti.node.cjs). */
export const intiCjs = createRequire(import.meta.url)(path.join(PKG_DIR, "inti.node.cjs"));
/** The package's package.json. */
export const manifest = JSON.parse(readFileSync(path.join(PKG_DIR, "package.json"), "utf8"));

/** A fixture's page (as text, or as bytes) and its spec. */
export function fixture(name) {
  return {
    html: readFileSync(path.join(FIXTURES_DIR, `${name}.html`), "utf8"),
    bytes: readFileSync(path.join(FIXTURES_DIR, `${name}.html`)),
    spec: JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.expect.json`), "utf8")),
  };
}

/** Asserts that `fn` throws an error of class `type` whose `kind` is `kind`;
 * returns the error. */
export function assertThrowsKind(fn, type, kind) {
  let caught;
  assert.throws(fn, (err) => {
    caught = err;
    return true;
  });
  assert.ok(caught instanceof type, `expected a ${type.name}, got ${caught?.constructor?.name}: ${caught?.message}`);
  assert.equal(caught.kind, kind, `kind of: ${caught.message}`);
  assert.equal(typeof caught.message, "string");
  assert.ok(caught.message.length > 10, "an error message says what went wrong");
  return caught;
}
