// The npm package inti-wasm in Node: extraction and its options, on the
// built package (pkg/, made by scripts/lib/build-wasm.sh).
//
//   node --test tests/js/

import assert from "node:assert/strict";
import { test } from "node:test";

import { ARTICLE_PAGE } from "../lib/pages.mjs";
import { assertMatchesSpec, fixture, inti, squash } from "./lib/pkg.mjs";

const { extract, isProbablyReaderable } = inti;

// The fields of an Article (camelCase, as the CLI's JSON has them).
const ARTICLE_FIELDS = [
  "title", "byline", "published", "modified", "lang", "dir", "siteName", "excerpt",
  "image", "canonicalUrl", "url", "html", "text", "markdown", "wordCount",
  "readerable", "readerableScore", "nextPage", "strategy",
];

const SEED = fixture("seed_detik");

test("the seed page: the article in full, in order, without its boilerplate, with its metadata", () => {
  const article = extract(SEED.html, { url: SEED.spec.url });
  assertMatchesSpec(article, SEED.spec);
  assert.equal(article.url, SEED.spec.url);
  assert.ok(article.wordCount > 250, `wordCount ${article.wordCount}`);
  // Text, HTML and Markdown hold the same article.
  const paragraph = "Pengiriman senjata itu disebut mencakup roket infanteri dan rudal";
  assert.ok(article.html.includes(paragraph));
  assert.ok(article.markdown.includes(paragraph));
  assert.ok(!article.markdown.includes("Baca juga"));
});

test("extract() returns a plain object with every Article field, absent values null", () => {
  const article = extract(ARTICLE_PAGE.html);
  assert.equal(Object.getPrototypeOf(article), Object.prototype);
  assert.deepEqual(Object.keys(article).sort(), [...ARTICLE_FIELDS].sort());
  for (const field of ARTICLE_FIELDS) assert.notEqual(article[field], undefined, field);
  assert.equal(typeof article.text, "string");
  assert.equal(typeof article.wordCount, "number");
  assert.equal(typeof article.readerable, "boolean");
  assert.ok(article.readerableScore >= 0 && article.readerableScore <= 1);
  // Scores keep the engine's precision (0.922, not 0.921999990940094).
  assert.ok(String(article.readerableScore).length <= 6, String(article.readerableScore));
  assert.equal(article.url, null);
  assert.equal(article.nextPage, null);
  assert.ok(inti.__internals.schema().strategy.includes(article.strategy), article.strategy);
});

test("a small article page: the article kept, the page around it dropped", () => {
  const article = extract(ARTICLE_PAGE.html, { url: "https://radio.example/local/bridge" });
  assert.equal(article.title, ARTICLE_PAGE.title);
  assert.ok(article.text.includes(ARTICLE_PAGE.paragraph));
  for (const boilerplate of ARTICLE_PAGE.boilerplate) {
    assert.ok(!article.text.includes(boilerplate), `the text keeps ${JSON.stringify(boilerplate)}`);
  }
  assert.equal(article.lang, "en");
});

test("options: undefined, null, {} and null or undefined fields give the defaults", () => {
  const reference = extract(SEED.html);
  for (const options of [undefined, null, {}, { url: null, keepImages: undefined, maxNodes: null }]) {
    assert.deepEqual(extract(SEED.html, options), reference);
  }
});

test("option url: the base of relative links and images, and the article's url", () => {
  const page = `<html><head><title>Notes</title></head><body><article>
    <p>${"The committee met again on Tuesday to read the last of the submissions. ".repeat(6)}</p>
    <figure><img src="img/chart.png" alt="A chart"><figcaption>The chart.</figcaption></figure>
    <p>${"Members agreed to publish the full minutes <a href=\"../minutes/7\">here</a> next week. ".repeat(5)}</p>
    </article></body></html>`;
  const relative = extract(page);
  assert.ok(relative.html.includes('src="img/chart.png"'), relative.html);
  const absolute = extract(page, { url: "https://council.example/news/2024/notes.html" });
  assert.ok(absolute.html.includes('src="https://council.example/news/2024/img/chart.png"'), absolute.html);
  assert.ok(absolute.html.includes('href="https://council.example/news/minutes/7"'), absolute.html);
  assert.equal(absolute.url, "https://council.example/news/2024/notes.html");
});

test("options keepImages, keepCaptions, keepLinks, keepTables drop what they name", () => {
  const images = fixture("lazy_images");
  const count = (html, tag) => (html.match(new RegExp(`<${tag}[ >]`, "g")) ?? []).length;
  const full = extract(images.html, { url: images.spec.url });
  assert.ok(count(full.html, "img") > 0 && count(full.html, "figcaption") > 0 && count(full.html, "a") > 0);
  assert.equal(count(extract(images.html, { url: images.spec.url, keepImages: false }).html, "img"), 0);
  assert.equal(count(extract(images.html, { url: images.spec.url, keepCaptions: false }).html, "figcaption"), 0);
  // By default a caption is kept with its image, and left out of the text.
  const caption = /<figcaption>([^<]+)/.exec(full.html)[1].trim();
  assert.ok(!full.text.includes(caption), "the default text leaves captions out");
  assert.ok(extract(images.html, { url: images.spec.url, keepCaptions: true }).text.includes(caption));
  const noLinks = extract(images.html, { url: images.spec.url, keepLinks: false });
  assert.equal(count(noLinks.html, "a"), 0);
  assert.equal(squash(noLinks.text), squash(full.text), "without links, their text stays");

  const tables = fixture("data_table");
  assert.equal(count(extract(tables.html).html, "table"), 1);
  assert.equal(count(extract(tables.html, { keepTables: false }).html, "table"), 0);
});

test("option explain: removed lists the dropped blocks with reason, path, preview, textLength", () => {
  const article = extract(SEED.html, { explain: true });
  assert.ok(Array.isArray(article.removed) && article.removed.length > 5, JSON.stringify(article.removed));
  for (const block of article.removed) {
    assert.deepEqual(Object.keys(block).sort(), ["path", "preview", "reason", "textLength"]);
    assert.match(block.path, /^html/);
    assert.equal(typeof block.textLength, "number");
  }
  const reasons = new Set(article.removed.map((b) => b.reason));
  assert.ok(reasons.has("ad") || reasons.has("promo"), [...reasons].join(", "));
  assert.ok(!("removed" in extract(SEED.html, { explain: false })));
});

test("options favor and minArticleLength take their values", () => {
  for (const favor of ["precision", "balanced", "recall"]) {
    assert.ok(extract(SEED.html, { favor }).text.includes("Pemerintah Amerika Serikat"), favor);
  }
  assert.ok(extract(SEED.html, { minArticleLength: 10 }).wordCount > 0);
});

test("the ESM and CommonJS entries give the same results", async () => {
  const { intiCjs } = await import("./lib/pkg.mjs");
  assert.deepEqual(intiCjs.extract(SEED.html, { url: SEED.spec.url }), extract(SEED.html, { url: SEED.spec.url }));
});

test("isProbablyReaderable(): true for an article, false for a listing page", () => {
  const yes = isProbablyReaderable(SEED.html);
  assert.deepEqual(Object.keys(yes).sort(), ["readerable", "score"]);
  assert.equal(yes.readerable, true);
  assert.ok(yes.score > 0.5 && yes.score <= 1, String(yes.score));
  const listing = fixture("listing_index");
  assert.equal(listing.spec.readerable, false);
  assert.equal(isProbablyReaderable(listing.html).readerable, false);
  assert.equal(isProbablyReaderable(new TextEncoder().encode(SEED.html)).readerable, true);
});

// A DOM Document from any implementation: what the package reads of it.
function fakeDocument(html, url) {
  const inner = html.replace(/^<!doctype html>\s*/i, "");
  return {
    nodeType: 9,
    URL: url,
    doctype: { name: "html", publicId: "", systemId: "" },
    documentElement: { outerHTML: inner },
  };
}

test("a Document is serialized, and its URL is the default url option", () => {
  const doc = fakeDocument(SEED.html, SEED.spec.url);
  const article = extract(doc);
  assertMatchesSpec(article, SEED.spec);
  assert.equal(article.url, SEED.spec.url);
  assert.equal(extract(doc, { url: "https://mirror.example/a" }).url, "https://mirror.example/a");
  // Not an http(s) address (about:blank, file:): no url.
  assert.equal(extract(fakeDocument(SEED.html, "about:blank")).url, null);
  assert.equal(isProbablyReaderable(doc).readerable, true);
});
