// Tests of the WebAssembly build in Node: loads www/pkg/ (made by the wasm
// build, scripts/lib/build-wasm.sh) and calls it as the demo and npm users do.
//
//   node --test tests/js/

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";

import { ARTICLE_PAGE } from "../lib/pages.mjs";

const PKG = new URL("../../www/pkg/", import.meta.url);
const WASM = new URL("inti_bg.wasm", PKG);
if (!existsSync(WASM)) {
  throw new Error("www/pkg/inti_bg.wasm is missing: build it first with scripts/lib/build-wasm.sh (scripts/test does)");
}

// The web target's glue: init() takes { module_or_path } with the bytes of
// the .wasm (there is no fetch of a file: URL in Node).
const inti = await import(new URL("inti.js", PKG));
await inti.default({ module_or_path: readFileSync(WASM) });
const { extract, version } = inti;

// The fields of an Article as the binding returns them (camelCase).
const ARTICLE_FIELDS = [
  "title", "byline", "published", "modified", "lang", "dir", "siteName", "excerpt",
  "image", "canonicalUrl", "url", "html", "text", "markdown", "wordCount",
  "readerable", "readerableScore", "nextPage", "strategy",
];

test("version() is the crate's version", () => {
  const cargoToml = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  const crateVersion = cargoToml.match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(version(), crateVersion);
});

test("extract() returns a plain object with every Article field", () => {
  const article = extract(ARTICLE_PAGE.html);
  assert.equal(typeof article, "object");
  assert.equal(Object.getPrototypeOf(article), Object.prototype);
  assert.equal(typeof article.text, "string");
  assert.equal(typeof article.html, "string");
  assert.equal(typeof article.markdown, "string");
  assert.equal(typeof article.wordCount, "number");
  assert.equal(typeof article.readerable, "boolean");
  assert.equal(typeof article.strategy, "string");
  for (const field of ARTICLE_FIELDS) {
    assert.ok(field in article, `missing field ${field}`);
    // Absent values are null (JSON-compatible), never undefined.
    assert.notEqual(article[field], undefined, `${field} is undefined`);
  }
  // `removed` is only there with the `explain` option.
  assert.ok(!("removed" in article));
});

test("extract() takes undefined, null or an options object", () => {
  for (const options of [
    undefined,
    null,
    {},
    { url: undefined, keepImages: null }, // undefined and null values: the default
    { url: "https://example.com/a/b", keepImages: false, favor: "precision", maxNodes: 1e6 },
  ]) {
    assert.equal(typeof extract(ARTICLE_PAGE.html, options).text, "string");
  }
});

test("an unknown option throws a TypeError naming it", () => {
  assert.throws(() => extract(ARTICLE_PAGE.html, { keepImagez: true }), (err) => {
    assert.ok(err instanceof TypeError, `expected a TypeError, got ${err}`);
    assert.match(err.message, /keepImagez/);
    return true;
  });
});

test("an option of the wrong type throws a TypeError", () => {
  assert.throws(() => extract(ARTICLE_PAGE.html, { keepImages: "yes" }), TypeError);
  assert.throws(() => extract(ARTICLE_PAGE.html, { favor: "speed" }), TypeError);
  assert.throws(() => extract(ARTICLE_PAGE.html, { maxNodes: -1 }), TypeError);
});

test("an input over maxInputBytes throws an Error with kind InputTooLarge", () => {
  assert.throws(() => extract(ARTICLE_PAGE.html, { maxInputBytes: 100 }), (err) => {
    assert.ok(err instanceof Error, `expected an Error, got ${err}`);
    assert.ok(!(err instanceof TypeError));
    assert.equal(err.kind, "InputTooLarge");
    assert.match(err.message, /maxInputBytes/);
    return true;
  });
});

// Needs the extraction pipeline (src/pipeline/); fails while it is a stub.
test("extract() finds the article and drops the page around it", () => {
  const article = extract(ARTICLE_PAGE.html, { url: "https://radio.example/local/bridge" });
  assert.equal(article.title, ARTICLE_PAGE.title);
  assert.ok(
    article.text.includes(ARTICLE_PAGE.paragraph),
    `the text lacks the article's first paragraph; text: ${JSON.stringify(article.text.slice(0, 300))}`,
  );
  for (const boilerplate of ARTICLE_PAGE.boilerplate) {
    assert.ok(!article.text.includes(boilerplate), `the text keeps ${JSON.stringify(boilerplate)}`);
  }
  assert.ok(article.html.includes("stone bridge"));
  assert.ok(article.markdown.includes("stone bridge"));
  assert.ok(article.wordCount > 50, `wordCount ${article.wordCount}`);
  assert.equal(article.url, "https://radio.example/local/bridge");
  assert.equal(article.lang, "en");
});
