// The errors of the npm package inti-wasm: every kind the engine reports,
// bad input types and bad options, each a real Error (or TypeError) with a
// stable `kind`, a clear message and the details as properties.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";

import { PKG_DIR, assertThrowsKind, fixture, inti, intiCjs } from "./lib/pkg.mjs";

const { extract, isProbablyReaderable, decodeHtmlBytes } = inti;
const SEED = fixture("seed_detik").html;

test("InputTooLarge: over maxInputBytes, for a string and for bytes, with size and limit", () => {
  const bytes = new TextEncoder().encode(SEED);
  for (const input of [SEED, bytes, bytes.buffer]) {
    const err = assertThrowsKind(() => extract(input, { maxInputBytes: 1000 }), Error, "InputTooLarge");
    assert.ok(!(err instanceof TypeError));
    assert.equal(err.size, bytes.length);
    assert.equal(err.limit, 1000);
    assert.match(err.message, /maxInputBytes/);
  }
  // The size is in UTF-8 bytes: 300 three-byte characters are 900 bytes.
  const err = assertThrowsKind(() => extract("€".repeat(300), { maxInputBytes: 500 }), Error, "InputTooLarge");
  assert.equal(err.size, 900);
  assert.doesNotThrow(() => extract("€".repeat(300), { maxInputBytes: 900 }));
  assertThrowsKind(() => isProbablyReaderable(SEED, { maxInputBytes: 10 }), Error, "InputTooLarge");
});

test("TooDeep: nesting deeper than maxDepth, with depth and limit", () => {
  const deep = "<div>".repeat(5000) + "text";
  const err = assertThrowsKind(() => extract(deep), Error, "TooDeep");
  assert.equal(err.limit, 2000);
  assert.ok(err.depth > 2000, String(err.depth));
  assert.match(err.message, /maxDepth/);
  assert.equal(assertThrowsKind(() => extract("<ul><li>".repeat(60), { maxDepth: 50 }), Error, "TooDeep").limit, 50);
  // 100,000 levels: refused quickly, and the module is still fine.
  const start = performance.now();
  assertThrowsKind(() => extract("<div>".repeat(100_000)), Error, "TooDeep");
  assert.ok(performance.now() - start < 5000);
  assert.ok(extract(SEED).wordCount > 0);
});

test("TooManyNodes: more nodes than maxNodes, with count and limit", () => {
  const err = assertThrowsKind(() => extract(SEED, { maxNodes: 100 }), Error, "TooManyNodes");
  assert.equal(err.limit, 100);
  assert.ok(err.count > 100);
  assert.match(err.message, /maxNodes/);
});

test("NotHtml: binary data, as a string or as bytes, with the reason", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(600).fill(0).map((_, i) => (i * 37) % 256)]);
  for (const input of [png, "\u0000\u0001\u0002\u0003\u0004".repeat(200)]) {
    const err = assertThrowsKind(() => extract(input), Error, "NotHtml");
    assert.equal(typeof err.reason, "string");
    assert.match(err.message, /not HTML/);
  }
});

test("InvalidOption: a value the engine cannot use is an Error naming the option", () => {
  const relative = assertThrowsKind(() => extract(SEED, { url: "news/a.html" }), Error, "InvalidOption");
  assert.ok(!(relative instanceof TypeError));
  assert.equal(relative.option, "url");
  assert.match(relative.message, /absolute/);
  for (const option of ["maxNodes", "maxDepth", "maxInputBytes"]) {
    assert.equal(assertThrowsKind(() => extract(SEED, { [option]: 0 }), Error, "InvalidOption").option, option);
  }
});

test("an unknown option is a TypeError that names it and suggests the right one", () => {
  const typo = assertThrowsKind(() => extract(SEED, { keepImagez: false }), TypeError, "InvalidOption");
  assert.equal(typo.option, "keepImagez");
  assert.match(typo.message, /unknown option keepImagez \(did you mean keepImages\?\)/);
  const snake = assertThrowsKind(() => extract(SEED, { keep_images: false }), TypeError, "InvalidOption");
  assert.match(snake.message, /did you mean keepImages\?/);
  const other = assertThrowsKind(() => extract(SEED, { colour: "red" }), TypeError, "InvalidOption");
  assert.doesNotMatch(other.message, /did you mean/);
  assert.match(other.message, /the options are .*keepImages/);
  assertThrowsKind(() => isProbablyReaderable(SEED, { speed: 1 }), TypeError, "InvalidOption");
});

test("an option of the wrong type is a TypeError that names it", () => {
  const cases = [
    [{ keepImages: "yes" }, "keepImages", /boolean/],
    [{ keepLinks: 1 }, "keepLinks", /boolean/],
    [{ favor: "speed" }, "favor", /precision.*balanced.*recall/],
    [{ favor: 2 }, "favor", /invalid type/],
    [{ url: 42 }, "url", /string/],
    [{ maxNodes: -1 }, "maxNodes", /usize|integer/],
    [{ maxNodes: 1.5 }, "maxNodes", /./],
    [{ maxDepth: "10" }, "maxDepth", /./],
    [{ minArticleLength: NaN }, "minArticleLength", /finite/],
    [{ maxInputBytes: Infinity }, "maxInputBytes", /finite/],
    [{ explain: () => true }, "explain", /function/],
    [{ maxNodes: 10n }, "maxNodes", /bigint/],
    [{ keepTables: { yes: true } }, "keepTables", /boolean/],
  ];
  for (const [options, option, message] of cases) {
    const err = assertThrowsKind(() => extract(SEED, options), TypeError, "InvalidOption");
    assert.equal(err.option, option, JSON.stringify(String(Object.values(options)[0])));
    assert.match(err.message, new RegExp(option));
    assert.match(err.message, message);
  }
});

test("options that are not a plain object are a TypeError", () => {
  for (const options of ["url", 42, true, [], [1, 2], new Map([["url", "x"]]), () => {}]) {
    const err = assertThrowsKind(() => extract(SEED, options), TypeError, "InvalidOption");
    assert.match(err.message, /options must be a plain object/);
  }
});

test("bad input types are a TypeError with kind InvalidInput", () => {
  const inputs = [undefined, null, 42, true, {}, [], ["<p>a</p>"], new Uint16Array(4), new DataView(new ArrayBuffer(4)), Symbol("x"), () => "<p>"];
  for (const input of inputs) {
    const err = assertThrowsKind(() => extract(input), TypeError, "InvalidInput");
    assert.match(err.message, /extract\(\) takes an HTML string, a Uint8Array/);
    assertThrowsKind(() => isProbablyReaderable(input), TypeError, "InvalidInput");
  }
  assertThrowsKind(() => decodeHtmlBytes("<p>text</p>"), TypeError, "InvalidInput");
  // The CommonJS entry throws the same.
  assertThrowsKind(() => intiCjs.extract(42), TypeError, "InvalidInput");
});

test("an empty or text-less page is no error", () => {
  for (const input of ["", "   ", "<html></html>", new Uint8Array(0)]) {
    const article = extract(input);
    assert.equal(article.text, "");
    assert.equal(article.wordCount, 0);
    assert.equal(article.readerable, false);
  }
});

test("every kind the package documents is one the package can throw", () => {
  // The engine's kinds come from the Rust type itself.
  const { errorKinds } = inti.__internals.schema();
  assert.deepEqual(errorKinds, ["InputTooLarge", "TooDeep", "TooManyNodes", "NotHtml", "InvalidOption"]);
  assert.deepEqual(inti.__internals.errorKinds, [...errorKinds, "InvalidInput", "NotInitialized", "Panic"]);
});

test("an engine without WebAssembly SIMD gets a clear error from every way of loading", () => {
  // The .wasm needs SIMD (docs/npm.md); Node has it, so the engine's answer
  // is faked in a fresh process: WebAssembly.validate says no.
  const script = `
    WebAssembly.validate = () => false;
    const inti = require(${JSON.stringify(path.join(PKG_DIR, "inti.node.cjs"))});
    const { readFileSync } = require("node:fs");
    const messages = [];
    try { inti.extract("<p>x</p>"); } catch (e) { messages.push(e.message); }
    try { inti.initSync(readFileSync(${JSON.stringify(path.join(PKG_DIR, "inti_bg.wasm"))})); } catch (e) { messages.push(e.message); }
    inti.init().then(() => messages.push("loaded"), (e) => messages.push(e.message)).then(() => console.log(JSON.stringify(messages)));
  `;
  const messages = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
  assert.equal(messages.length, 3);
  for (const message of messages) assert.match(message, /inti-wasm needs WebAssembly with SIMD \(Chrome 91\+, Firefox 89\+, Safari 16\.4\+, Node 16\.4\+\)/);
});
