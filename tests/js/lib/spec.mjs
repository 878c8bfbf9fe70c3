// Checks an extracted article against the spec of a whole-page fixture
// (tests/fixtures/<name>.expect.json; see tests/fixtures/README.md), as the
// Rust runner tests/fixtures.rs does for the text and metadata parts. No
// dependency on the package: the tarball tests use it on what their
// projects print.

import assert from "node:assert/strict";

/** Whitespace runs (no-break spaces included) collapsed to one space, as the
 * fixture runner compares text. */
export function squash(text) {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Checks an article against the text and metadata parts of a fixture spec
 * (must_contain, text_in_order, must_not_contain, html_must_contain,
 * html_must_not_contain, title, lang, readerable, next_page, and the object
 * conditions of the other metadata), as tests/fixtures.rs does.
 */
export function assertMatchesSpec(article, spec) {
  const text = squash(article.text);
  for (const wanted of spec.must_contain ?? []) {
    assert.ok(text.includes(squash(wanted)), `text lacks ${JSON.stringify(wanted.slice(0, 80))}`);
  }
  let at = 0;
  for (const wanted of spec.text_in_order ?? []) {
    const found = text.indexOf(squash(wanted), at);
    assert.ok(found >= 0, `text lacks, in order, ${JSON.stringify(wanted)}`);
    at = found;
  }
  for (const unwanted of spec.must_not_contain ?? []) {
    assert.ok(!text.includes(squash(unwanted)), `text keeps ${JSON.stringify(unwanted)}`);
  }
  for (const wanted of spec.html_must_contain ?? []) assert.ok(article.html.includes(wanted), `html lacks ${wanted}`);
  for (const unwanted of spec.html_must_not_contain ?? []) assert.ok(!article.html.includes(unwanted), `html keeps ${unwanted}`);
  const fields = {
    title: "title", byline: "byline", published: "published", modified: "modified", lang: "lang", dir: "dir",
    site_name: "siteName", excerpt: "excerpt", image: "image", canonical_url: "canonicalUrl", next_page: "nextPage",
  };
  for (const [key, field] of Object.entries(fields)) {
    if (!(key in spec)) continue;
    const want = spec[key];
    const got = article[field];
    if (want === null || typeof want === "string") {
      assert.equal(got, want, field);
      continue;
    }
    assert.equal(typeof got, "string", `${field} is ${got}`);
    if ("equals" in want) assert.equal(got, want.equals, field);
    for (const part of [want.contains ?? []].flat()) assert.ok(got.includes(part), `${field} ${JSON.stringify(got)} lacks ${part}`);
    for (const part of [want.not_contains ?? []].flat()) assert.ok(!got.includes(part), `${field} ${JSON.stringify(got)} has ${part}`);
    if ("starts_with" in want) assert.ok(got.startsWith(want.starts_with), `${field} ${JSON.stringify(got)} does not start with ${want.starts_with}`);
    if ("ends_with" in want) assert.ok(got.endsWith(want.ends_with), `${field} ${JSON.stringify(got)} does not end with ${want.ends_with}`);
    if ("one_of" in want) assert.ok(want.one_of.includes(got), `${field} ${JSON.stringify(got)} is none of ${want.one_of}`);
  }
  if ("readerable" in spec) assert.equal(article.readerable, spec.readerable, "readerable");
}
