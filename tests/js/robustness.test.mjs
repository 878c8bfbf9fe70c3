// The npm package inti-wasm under load and after failures: memory stays
// bounded over many calls, a panic inside the module becomes an Error and
// the next call works, a huge page does not keep its memory.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ARTICLE_PAGE } from "../lib/pages.mjs";
import { assertMatchesSpec, fixture, inti, intiCjs } from "./lib/pkg.mjs";

const { extract, isProbablyReaderable, __internals: internals } = inti;
const SEED = fixture("seed_detik");
const MiB = 1024 * 1024;

test("1,000 extractions in a row: same result every time, memory bounded", () => {
  const pages = [SEED.html, ARTICLE_PAGE.html, fixture("lazy_images").html, fixture("data_table").html];
  const expected = pages.map((html) => extract(html));
  // Warm up: the allocator reaches its working size.
  for (let i = 0; i < 40; i++) extract(pages[i % pages.length]);
  const instances = internals.instances();
  const warm = internals.memoryBytes();
  let peak = warm;
  for (let i = 0; i < 1000; i++) {
    const n = i % pages.length;
    const article = i % 10 === 9 ? isProbablyReaderable(pages[n]) : extract(pages[n], i % 7 === 0 ? { explain: true } : undefined);
    if (i % 10 !== 9 && i % 7 !== 0) assert.equal(article.text, expected[n].text);
    peak = Math.max(peak, internals.memoryBytes());
  }
  const end = internals.memoryBytes();
  assert.equal(internals.instances(), instances, "the instance was not replaced (no recycling hides a leak)");
  // Freed memory is reused: at most a few MiB more than after the warm-up.
  assert.ok(end <= warm + 8 * MiB, `memory grew from ${warm / MiB} MiB to ${end / MiB} MiB (peak ${peak / MiB} MiB)`);
  assert.ok(end < 64 * MiB, `${end / MiB} MiB`);
});

test("a panic in the module throws an Error with kind Panic, and the next call works", () => {
  const before = extract(SEED.html, { url: SEED.spec.url });
  const instances = internals.instances();
  let caught;
  try {
    internals.injectPanic("injected by the test");
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error, String(caught));
  assert.equal(caught.kind, "Panic");
  assert.match(caught.message, /inti panicked/);
  assert.match(caught.message, /injected by the test/);
  assert.equal(internals.instances(), instances + 1, "a new instance replaced the failed one");
  // The next calls work, and give what they gave before.
  assert.deepEqual(extract(SEED.html, { url: SEED.spec.url }), before);
  assertMatchesSpec(extract(SEED.html, { url: SEED.spec.url }), SEED.spec);
});

test("many panics in a row: each one is an Error, the module keeps working", () => {
  for (let i = 0; i < 20; i++) {
    assert.throws(() => internals.injectPanic(`panic ${i}`), (err) => err.kind === "Panic" && err.message.includes(`panic ${i}`));
    assert.equal(extract(ARTICLE_PAGE.html).title, ARTICLE_PAGE.title);
  }
  // Each replacement starts from a fresh memory: nothing accumulates.
  assert.ok(internals.memoryBytes() < 64 * MiB);
});

test("the engine's own errors do not replace the instance", () => {
  const instances = internals.instances();
  assert.throws(() => extract("<div>".repeat(3000)), (err) => err.kind === "TooDeep");
  assert.throws(() => extract(SEED.html, { keepImagez: true }), (err) => err.kind === "InvalidOption");
  assert.throws(() => extract(42), (err) => err.kind === "InvalidInput");
  assert.equal(internals.instances(), instances);
});

test("the CommonJS and ESM entries share one instance", () => {
  assert.equal(intiCjs.__internals, internals);
  const instances = internals.instances();
  assert.throws(() => intiCjs.__internals.injectPanic("via require"), (err) => err.kind === "Panic");
  assert.equal(internals.instances(), instances + 1);
});

test("after a very large page the instance is replaced, giving its memory back", () => {
  // About 10 MB of article: the module's memory grows past the recycling
  // threshold while it works on it.
  const paragraphs = [];
  for (let i = 0, size = 0; size < 10e6; i++) {
    paragraphs.push(`<p>Paragraph ${i}: the tide came in over the flats faster than anyone on the quay had expected, and boat ${i % 97} was still out.</p>\n`);
    size += paragraphs.at(-1).length;
  }
  const big = `<html><body><article>${paragraphs.join("")}</article></body></html>`;
  extract(ARTICLE_PAGE.html);
  const instances = internals.instances();
  const article = extract(big, { maxNodes: 10_000_000 });
  assert.ok(article.text.includes("Paragraph 12345: the tide came in"), "the big article is extracted");
  assert.equal(internals.instances(), instances + 1, "the grown instance was replaced");
  assert.ok(internals.memoryBytes() < internals.recycleMemoryBytes, `${internals.memoryBytes() / MiB} MiB`);
  assert.equal(extract(ARTICLE_PAGE.html).title, ARTICLE_PAGE.title);
});
