// The built npm package (pkg/): its manifest (made from pkg.json), its
// version, its entries. How it installs and loads in real projects is
// tested on the tarball (tests/pkg/).

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { PKG_DIR, ROOT, inti, manifest } from "./lib/pkg.mjs";

const cargoVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(path.join(ROOT, "Cargo.toml"), "utf8"))[1];

test("version() is the crate's version, the module's and the package's", () => {
  assert.equal(inti.version(), cargoVersion);
  assert.equal(inti.__internals.wasmVersion(), cargoVersion);
  assert.equal(manifest.version, cargoVersion);
});

test("the manifest: name, licence, types, files, no dependencies, no side effects", () => {
  const source = JSON.parse(readFileSync(path.join(ROOT, "pkg.json"), "utf8"));
  assert.equal(manifest.name, "inti-wasm");
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.equal(manifest.type, "module");
  assert.equal(manifest.sideEffects, false);
  for (const key of ["dependencies", "peerDependencies", "optionalDependencies", "scripts"]) {
    assert.ok(!(key in manifest), `the package has no ${key}`);
  }
  // Everything else is pkg.json's.
  const { version, ...built } = manifest;
  const { version: _, ...given } = source;
  assert.equal(version, cargoVersion);
  assert.deepEqual(built, given);
  for (const file of [...manifest.files, "README.md", manifest.types, manifest.main]) {
    assert.ok(existsSync(path.join(PKG_DIR, file)), `${file} is in the package`);
  }
});

test("every target of the exports map is a file of the package", () => {
  const targets = [];
  const walk = (node, conditions) => {
    if (typeof node === "string") targets.push([conditions.join(" > "), node]);
    else for (const [key, value] of Object.entries(node)) walk(value, [...conditions, key]);
  };
  walk(manifest.exports, []);
  assert.ok(targets.length >= 10);
  for (const [conditions, target] of targets) {
    assert.ok(existsSync(path.join(PKG_DIR, target)), `${conditions}: ${target} does not exist`);
    assert.ok(manifest.files.includes(target.replace(/^\.\//, "")) || target === "./package.json", `${target} is in "files"`);
  }
  // Node gets the Node entries, everything else the browser one.
  assert.equal(manifest.exports["."].node.import.default, "./inti.node.mjs");
  assert.equal(manifest.exports["."].node.require.default, "./inti.node.cjs");
  assert.equal(manifest.exports["."].browser.default, "./inti.js");
  assert.equal(manifest.exports["."].default.default, "./inti.js");
  // "types" comes first in each condition (TypeScript reads them in order).
  for (const entry of [manifest.exports["."].node.import, manifest.exports["."].node.require, manifest.exports["."].browser]) {
    assert.equal(Object.keys(entry)[0], "types");
  }
});

test("the package README documents every function, option and error kind", () => {
  const readme = readFileSync(path.join(PKG_DIR, "README.md"), "utf8");
  const schema = inti.__internals.schema();
  for (const name of ["init", "initSync", "extract", "isProbablyReaderable", "decodeHtmlBytes", "version"]) {
    assert.ok(readme.includes(`${name}(`), `README: ${name}`);
  }
  for (const option of Object.keys(schema.options)) assert.ok(readme.includes(`\`${option}\``), `README: option ${option}`);
  for (const kind of inti.__internals.errorKinds) assert.ok(readme.includes(`"${kind}"`), `README: error kind ${kind}`);
});
