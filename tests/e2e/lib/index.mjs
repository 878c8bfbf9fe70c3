// Shared helpers of the browser tests (tests/e2e/*.mjs): Debian's chromium
// driven by playwright-core, the static server of scripts/serve.mjs, console
// error collection and screenshots.
//
//   import { launchBrowser, newPage, startSite, watchConsole, screenshot } from "./lib/index.mjs";
//   const browser = await launchBrowser();
//   const site = await startSite();            // serves www/
//   const page = await newPage(browser);
//   const consoleWatch = watchConsole(page);
//   await page.goto(site.url);
//   ...
//   consoleWatch.assertNoErrors();
//   await screenshot(page, "demo-extract");
//   await browser.close(); await site.close();

import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { startServer } from "../../../scripts/serve.mjs";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Where tests save screenshots and other artifacts (gitignored). */
export const ARTIFACTS_DIR = path.join(ROOT, "tests", "artifacts");
/** The browser: Debian's chromium, or $CHROMIUM. */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

/** Flags for a quiet, reproducible headless chromium that reaches no
 * network of its own (no updates, sync, QUIC or background requests). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/**
 * Launches chromium with CHROMIUM_ARGS. playwright gives every launch a
 * fresh, temporary profile (--user-data-dir) and deletes it on close; it
 * refuses a --user-data-dir in `args`, so none is passed here.
 *
 * @param {object} [options] more playwright launch options (`args` are added
 *   to CHROMIUM_ARGS)
 */
export async function launchBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} does not exist: install chromium (apt-get install chromium) or set CHROMIUM`);
  }
  const { args = [], ...rest } = options;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    timeout: 60_000,
    ...rest,
  });
}

/** The default page size of `newPage`: tall, because chromium does not
 * paint a sandboxed (out-of-process) frame that lies below the viewport into
 * a full-page screenshot, and the demo shows the article in one. */
export const VIEWPORT = { width: 1280, height: 1600 };

/** Opens a page with the VIEWPORT size (or `options.viewport`). */
export async function newPage(browser, options = {}) {
  return browser.newPage({ viewport: VIEWPORT, ...options });
}

/**
 * Serves a folder of the repository (default www/) on a free 127.0.0.1
 * port. Returns { url, port, close }.
 *
 * @param {object} [options]
 * @param {string} [options.root] folder to serve, relative to the repository
 *   root (or absolute)
 * @param {object|function} [options.headers] extra response headers by path
 *   (see headersFor in scripts/serve.mjs), e.g. a CSP for a test site
 */
export async function startSite({ root = "www", headers } = {}) {
  return startServer({ root: path.resolve(ROOT, root), port: 0, headers });
}

/** Fails with a clear message when the wasm build is missing. */
export function requireWasmBuild() {
  const wasm = path.join(ROOT, "www", "pkg", "inti_bg.wasm");
  if (!existsSync(wasm)) {
    throw new Error("www/pkg/inti_bg.wasm is missing: build it first with scripts/lib/build-wasm.sh (scripts/test does)");
  }
  if (!existsSync(path.join(ROOT, "www", "bookmarklet", "overlay.js"))) {
    throw new Error("www/bookmarklet/overlay.js is missing: build it first with scripts/lib/build-wasm.sh (scripts/test does)");
  }
}

/**
 * Collects what a page reports as errors: console.error messages (CSP
 * violations and failed loads included), uncaught exceptions, and requests
 * that failed. `errors` is the list; `assertNoErrors()` fails listing them.
 */
export function watchConsole(page) {
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      const where = message.location()?.url;
      errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ""}`);
    }
  });
  page.on("pageerror", (err) => errors.push(`uncaught: ${err.stack || err.message}`));
  page.on("requestfailed", (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  return {
    errors,
    assertNoErrors() {
      assert.deepEqual(errors, [], `the page reported errors:\n${errors.join("\n")}`);
    },
  };
}

/** Saves a full-page screenshot as tests/artifacts/NAME.png; returns its path.
 * `options` go to page.screenshot (e.g. {fullPage: false} for the viewport
 * only, which also paints frames that a full-page shot of a tall page
 * leaves blank). */
export async function screenshot(page, name, options = {}) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}

/** The stand-in image routeExternal() answers with: a grey 16:9 SVG. */
export const PLACEHOLDER_IMAGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">' +
  '<rect width="480" height="270" fill="#cfd5dc"/>' +
  '<path d="M150 200l70-80 50 55 35-35 75 60z" fill="#aab3bd"/><circle cx="320" cy="90" r="22" fill="#aab3bd"/></svg>';

/**
 * The tests reach no network, but the pages they extract link images (and
 * sometimes more) on other hosts. This answers every request for a host
 * other than 127.0.0.1 with PLACEHOLDER_IMAGE_SVG instead of letting it fail
 * (a failed load is a console error), and records it. Returns the list of
 * URLs requested, each as {url, resourceType, frameUrl}.
 *
 * @param {import("playwright-core").BrowserContext|import("playwright-core").Page} target
 */
export async function routeExternal(target) {
  const requests = [];
  await target.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const request = route.request();
    let frameUrl = null;
    try {
      frameUrl = request.frame().url();
    } catch {
      // a worker's request has no frame
    }
    requests.push({ url: request.url(), resourceType: request.resourceType(), frameUrl });
    return route.fulfill({ status: 200, contentType: "image/svg+xml", body: PLACEHOLDER_IMAGE_SVG });
  });
  return requests;
}

/** A fixture spec's captions: texts the HTML keeps with their images
 * (`html_must_contain`) that the plain text leaves out (`must_not_contain`). */
export function captionsOf(spec) {
  const inHtml = new Set(spec.html_must_contain ?? []);
  return (spec.must_not_contain ?? []).filter((text) => inHtml.has(text));
}

/** What a view of the article's HTML (the reader, the overlay) must not
 * show: the spec's `must_not_contain` without the captions, which stay
 * under their images there. */
export function notInReader(spec) {
  const captions = new Set(captionsOf(spec));
  return (spec.must_not_contain ?? []).filter((text) => !captions.has(text));
}
