// The stress harness's hostile cases (examples/stress.rs) through the npm
// package in Node: each ends with a result or a typed error within seconds,
// nothing overflows the WebAssembly stack (1 MiB) even when a caller raises
// maxDepth, and the module works normally afterwards.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ARTICLE_PAGE } from "../lib/pages.mjs";
import { assertThrowsKind, inti } from "./lib/pkg.mjs";

const { extract } = inti;
const SENTENCE = "The committee heard evidence from several witnesses over three long days, and its report recommends that the old bridge be repaired rather than replaced. ";

function nested(open, close, depth) {
  return `<html><body>${open.repeat(depth)}${SENTENCE.repeat(3)}${close.repeat(depth)}</body></html>`;
}

/** The module still gives the usual result for an ordinary page. */
function assertStillWorks() {
  assert.equal(extract(ARTICLE_PAGE.html).title, ARTICLE_PAGE.title);
}

/** Runs `fn`, failing past `seconds`. */
function within(seconds, fn) {
  const start = performance.now();
  const result = fn();
  const took = (performance.now() - start) / 1000;
  assert.ok(took < seconds, `took ${took.toFixed(1)} s`);
  return result;
}

const NESTINGS = [
  ["<div>", "</div>"],
  ["<ul><li>", "</li></ul>"],
  ["<table><tr><td>", "</td></tr></table>"],
  ["<b>", "</b>"],
  ['<a href="/x">', "</a>"],
];

test("100,000-deep nesting of div, ul/li, table, b and a: TooDeep at once, then the module works", () => {
  for (const [open, close] of NESTINGS) {
    const err = within(10, () => assertThrowsKind(() => extract(nested(open, close, 100_000)), Error, "TooDeep"));
    assert.equal(err.limit, 2000, open);
    assertStillWorks();
  }
});

test("deep pages under a raised maxDepth do not overflow the wasm stack", () => {
  for (const [open, close] of NESTINGS.slice(0, 4)) {
    const article = within(30, () => extract(nested(open, close, 10_000), { maxDepth: 50_000, explain: true }));
    assert.ok(article.text.includes("old bridge"), open);
    assertStillWorks();
  }
  // Just under the default limit, with the default options.
  const article = extract(nested("<div>", "</div>", 1_990));
  assert.ok(article.text.includes("old bridge"));
});

test("one element with 50,000 attributes", () => {
  const attrs = Array.from({ length: 50_000 }, (_, i) => ` data-a${i}="v${i}"`).join("");
  const article = within(10, () => extract(`<html><body><article><p${attrs}>${SENTENCE.repeat(4)}</p></article></body></html>`));
  assert.ok(article.text.includes("old bridge"));
  assertStillWorks();
});

test("a million empty elements, a 20 MB text node, 100,000 paragraphs", () => {
  const empty = `<html><body><article>${"<span></span>".repeat(1_000_000)}${SENTENCE.repeat(4)}</article></body></html>`;
  assert.ok(within(30, () => extract(empty)).text.includes("old bridge"));
  assertStillWorks();
  const text = `<html><body><article><p>${SENTENCE.repeat(Math.ceil(20e6 / SENTENCE.length))}</p></article></body></html>`;
  assert.ok(within(30, () => extract(text)).text.length > 19e6);
  assertStillWorks();
  const paragraphs = Array.from({ length: 100_000 }, (_, i) => `<p>${i}. ${SENTENCE}</p>`).join("\n");
  const article = within(60, () => extract(`<html><body><article>${paragraphs}</article></body></html>`));
  assert.ok(article.text.includes("99999. The committee"));
  assertStillWorks();
});

test("invalid UTF-8 and NUL bytes are text; NUL-only and random bytes are typed errors", () => {
  const page = `<html><head><meta charset="utf-8"></head><body><article><p>${SENTENCE.repeat(5)}</p></article></body></html>`;
  const encoded = new TextEncoder().encode(page);
  const at = page.indexOf("old bridge");
  const broken = new Uint8Array([...encoded.slice(0, at), 0xff, 0xc3, ...encoded.slice(at)]);
  assert.ok(extract(broken).text.includes("\uFFFDold bridge"));
  const withNul = extract(page.replaceAll(" ", " \u0000"));
  assert.ok(!withNul.text.includes("\u0000") && !withNul.html.includes("\u0000"));
  assertThrowsKind(() => extract(new Uint8Array(1 << 20)), Error, "NotHtml");
  let state = 7;
  const random = new Uint8Array(4 << 20).map(() => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state >>> 24;
  });
  // Random bytes are binary data, whatever encoding they are decoded with.
  assertThrowsKind(() => extract(random), Error, "NotHtml");
  assertStillWorks();
});

test("InputTooLarge before anything is decoded: 65 MiB of bytes", () => {
  const big = new Uint8Array(65 * 1024 * 1024).fill(0x61);
  const err = within(5, () => assertThrowsKind(() => extract(big), Error, "InputTooLarge"));
  assert.equal(err.limit, 64 * 1024 * 1024);
  assertStillWorks();
});
