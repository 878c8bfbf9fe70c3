// Helpers of the bookmarklet's browser tests (tests/e2e/bookmarklet*.mjs):
// the inti site, the bookmarklet as installed from it, a click on it as a
// bookmark would run it, and what the reader shows.
//
// How a click is emulated, and why it is faithful: clicking a bookmark whose
// address is a javascript: URL makes the browser (not the page) navigate the
// tab to that URL. Chromium then runs the code in the page's main world,
// without checking it against the page's Content-Security-Policy (CSP
// governs what a page does, not what its user does), with the transient
// user activation of the click (so window.open is allowed); everything the
// code then loads, compiles or evaluates is checked against the page's CSP
// and Trusted Types. `clickBookmarklet` does exactly that: the DevTools
// protocol's Page.navigate to the link's href, a browser-initiated
// navigation like the bookmarks bar's. (`page.evaluate` would run the code
// too, but as a DevTools evaluation; a page-initiated javascript: URL, such
// as clicking the link inside the page, is refused by a CSP without
// 'unsafe-inline' - a test checks that the sites' CSPs do refuse it.)
//
// The browser runs with chromium's pop-up blocker on (playwright turns it
// off by default), so a window the bookmarklet opens without the click's
// user activation is blocked as it would be for a user.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { chromium } from "playwright-core";

import { ARTIFACTS_DIR, CHROMIUM, CHROMIUM_ARGS, ROOT, captionsOf, launchBrowser, notInReader, startSite } from "./index.mjs";

/** What the seed-style page's article must and must not contain
 * (tests/fixtures/seed_detik.expect.json). */
export const SEED = JSON.parse(readFileSync(path.join(ROOT, "tests", "fixtures", "seed_detik.expect.json"), "utf8"));

/** The three-page sample's paragraphs: the first of each page, and the one
 * each later page repeats from the page before. */
export const LONGFORM = {
  title: "The last salt makers of the Atlantic coast",
  firsts: [
    "At six in the morning the pans at Aveiro are the colour of pewter",
    "The revival, when it came, came from the kitchen rather than the market.",
    "The greater threat now is the sea itself.",
  ],
  last: "\u201cNext year,\u201d he said, when they had finished, and it was not clear whether it was a promise or a question.",
  repeated: [
    "What finally emptied the pans was not taste but price.",
    "She stayed, and now she trains others.",
  ],
  boilerplate: ["Page 1 of 3", "Page 2 of 3", "Next page", "The Meridian letter", "More features",
    "We use cookies", "All rights reserved", "18 minute read"],
};

/** Serves www/ (or `root`, another build of it) with
 * `Access-Control-Allow-Origin: *` on bookmarklet/ and pkg/, as a host must
 * for the overlay (see www/install.html). */
export async function startInti({ root = "www" } = {}) {
  const cors = { "Access-Control-Allow-Origin": "*" };
  return startSite({ root, headers: { "/bookmarklet/*": cors, "/pkg/*": cors } });
}

/** Chromium with its pop-up blocker on; `options` are more launch options
 * (`args` are added to the harness's flags, e.g. the bench's
 * `--host-resolver-rules`). */
export async function launchBookmarkletBrowser(options = {}) {
  return launchBrowser({ ...options, ignoreDefaultArgs: ["--disable-popup-blocking"] });
}

/** Chromium with a persistent profile in `userDataDir` (code caches on, as
 * in a user's browser: playwright's browser.newContext() is off the record,
 * and Chromium keeps no code cache for it), its pop-up blocker on; returns
 * the profile's one context. For bench/browser/code-cache.mjs. */
export async function launchBookmarkletProfile(userDataDir, { args = [] } = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ignoreDefaultArgs: ["--disable-popup-blocking"],
    timeout: 60_000,
  });
}

/** The href of the install page's bookmarklet link, as a user would drag
 * it to the bookmarks bar. */
export async function installBookmarklet(context, intiUrl) {
  const page = await context.newPage();
  await page.goto(new URL("install.html", intiUrl).href);
  const link = page.locator("a[data-inti-bookmarklet]");
  await page.waitForFunction(() =>
    document.querySelector("a[data-inti-bookmarklet]")?.getAttribute("href").startsWith("javascript:"));
  const href = await link.getAttribute("href");
  return { page, href };
}

/**
 * Runs the bookmarklet in `page` as a click on the bookmark does (see the
 * top of this file). With `userGesture: false`, runs its code with no user
 * activation instead (as if the browser had lost the click's activation),
 * to see what happens when the reader window is blocked. `onClick` is called
 * at the moment of the click, once the DevTools session is set up (the
 * benchmark's start time).
 */
export async function clickBookmarklet(page, href, { userGesture = true, onClick } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    onClick?.();
    if (userGesture) {
      // A javascript: URL does not commit a navigation: "net::ERR_ABORTED".
      await cdp.send("Page.navigate", { url: href });
    } else {
      const code = decodeURIComponent(href.slice("javascript:".length));
      const result = await cdp.send("Runtime.evaluate", { expression: code, userGesture: false });
      assert.equal(result.exceptionDetails, undefined, JSON.stringify(result.exceptionDetails));
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * Evaluates `fn(arg)` in the page without a user gesture. playwright's
 * page.evaluate runs code as a user gesture, which gives the page transient
 * user activation for the next 5 s: a bookmarklet clicked in that time could
 * open its window thanks to the test rather than to its own click. The tests
 * use this before clicking.
 */
export async function quietEvaluate(page, fn, arg) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      expression: `(${fn})(${JSON.stringify(arg)})`,
      userGesture: false,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`quietEvaluate: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The page's state as the tests compare it before and after the reader:
 * its markup, scroll position and focused element. */
export async function pageSnapshot(page) {
  return quietEvaluate(page, () => ({
    html: document.documentElement.outerHTML,
    scrollX,
    scrollY,
    focus: document.activeElement?.tagName ?? null,
  }));
}

/** The reader's state (data-inti-state) on the <inti-reader> element of the
 * overlay, or on the root element of the reader page. */
export async function waitForState(page, states, { timeout = 30_000, reader = "inti-reader" } = {}) {
  const wanted = [].concat(states);
  await page.waitForFunction(
    ([selector, wanted]) => wanted.includes(document.querySelector(selector)?.getAttribute("data-inti-state")),
    [reader, wanted],
    { timeout },
  );
  return page.evaluate((selector) => document.querySelector(selector).getAttribute("data-inti-state"), reader);
}

/** The reader's article body text (playwright's locators pierce the open
 * shadow root). */
export async function articleText(page) {
  return page.locator("inti-reader [data-inti-article]").innerText();
}

/** The reader's header (site, date, title, byline) as text. */
export async function headerText(page) {
  return page.locator("inti-reader article.article > header").innerText();
}

/** Collapses whitespace, as the fixture specs compare text. */
export function normalize(text) {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Checks the reader shows the seed page's article and none of its
 * boilerplate. */
export async function assertSeedArticle(page) {
  const body = normalize(await articleText(page));
  for (const paragraph of SEED.must_contain) {
    assert.ok(body.includes(normalize(paragraph)), `the reader lacks ${JSON.stringify(paragraph.slice(0, 80))}`);
  }
  let at = -1;
  for (const start of SEED.text_in_order) {
    const next = body.indexOf(normalize(start), at + 1);
    assert.ok(next > at, `the reader has ${JSON.stringify(start)} out of order`);
    at = next;
  }
  for (const boilerplate of notInReader(SEED)) {
    assert.ok(!body.includes(normalize(boilerplate)), `the reader keeps ${JSON.stringify(boilerplate)}`);
  }
  // Captions stay under their images in the reader.
  for (const caption of captionsOf(SEED)) {
    assert.ok(body.includes(normalize(caption)), `the reader lacks the caption ${JSON.stringify(caption)}`);
  }
  const html = await page.locator("inti-reader [data-inti-article]").innerHTML();
  for (const fragment of SEED.html_must_not_contain) {
    assert.ok(!html.includes(fragment), `the reader's HTML keeps ${JSON.stringify(fragment)}`);
  }
  assert.equal(await page.locator("inti-reader [data-inti-article] script, inti-reader [data-inti-article] iframe").count(), 0);
  const header = normalize(await headerText(page));
  assert.ok(header.includes(SEED.title), `the header lacks the title: ${header}`);
  assert.ok(header.includes(SEED.byline.contains), `the header lacks the byline: ${header}`);
  assert.ok(header.toLowerCase().includes(SEED.site_name.toLowerCase()), `the header lacks the site: ${header}`);
  assert.match(header, /2023/, `the header lacks the date: ${header}`);
  // The lead image, from the test site.
  const images = await page.locator("inti-reader article.article img").evaluateAll((imgs) =>
    imgs.map((img) => ({ src: img.src, loaded: img.complete && img.naturalWidth > 0 })));
  assert.ok(images.some((img) => img.src.includes("/img/lead.svg")), `no lead image: ${JSON.stringify(images)}`);
}

/** Checks the reader shows the three pages of the long-form sample, each
 * paragraph once. */
export async function assertLongformArticle(page) {
  const body = normalize(await articleText(page));
  let at = -1;
  for (const first of [...LONGFORM.firsts, LONGFORM.last]) {
    const next = body.indexOf(normalize(first));
    assert.ok(next > at, `the reader lacks ${JSON.stringify(first)} (or has it out of order)`);
    at = next;
  }
  for (const repeated of LONGFORM.repeated) {
    assert.equal(body.split(repeated).length - 1, 1, `the reader has ${JSON.stringify(repeated)} more than once`);
  }
  for (const boilerplate of LONGFORM.boilerplate) {
    assert.ok(!body.includes(boilerplate), `the reader keeps ${JSON.stringify(boilerplate)}`);
  }
  assert.equal(await page.locator("inti-reader .page-break").count(), 2, "two page dividers");
}

/**
 * Collects what a page reports as errors, like watchConsole, except the
 * Content-Security-Policy refusals the bookmarklet provokes on purpose (its
 * script, or compiling WebAssembly, on a site that does not allow them):
 * those are expected, and listed in `refusals`.
 */
export function watchPage(page, intiOrigin) {
  const errors = [];
  const refusals = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    const where = message.location()?.url;
    const expected = /Content Security Policy|Refused to/i.test(text) &&
      (text.includes(intiOrigin) || /WebAssembly|wasm/i.test(text));
    (expected ? refusals : errors).push(`console.error: ${text}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.stack || error.message}`));
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "";
    // A request the page's CSP blocked shows as a failed request too.
    const blocked = /csp/i.test(failure) && request.url().startsWith(intiOrigin);
    (blocked ? refusals : errors).push(`request failed: ${request.url()} (${failure})`);
  });
  return {
    errors,
    refusals,
    assertNoErrors() {
      assert.deepEqual(errors, [], `the page reported errors:\n${errors.join("\n")}`);
    },
  };
}

/** Saves a screenshot of the viewport (the reader fills it) as
 * tests/artifacts/NAME.png; returns its path. `caret: "initial"`: hiding
 * the caret, playwright writes style="" on the page's inputs, and the tests
 * compare the page's markup before and after. */
export async function viewportScreenshot(page, name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, caret: "initial" });
  return file;
}
