// Helpers of the demo page's browser tests (tests/e2e/demo*.mjs).
//
//   const demo = await openDemo(browser, site);       // context, page, console watch
//   await demo.extract(html, { url });                 // paste, Extract, wait
//   const reader = await demo.readerFrame();           // the reader view's frame
//   ...
//   demo.consoleWatch.assertNoErrors();
//   await demo.close();

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";

import { ROOT, VIEWPORT, routeExternal, watchConsole } from "./index.mjs";

/**
 * Extra chromium flags for the demo's tests. The demo shows pages in
 * sandboxed frames, which chromium puts in a process of their own
 * (IsolateSandboxedIframes); playwright's request routing does not
 * reliably catch the first requests of such a frame, so the images of the
 * extracted pages would reach for the network (and fail, as a console
 * error). In one process the frames behave the same (same sandbox, same
 * opaque origin) and share the page's main thread, which only makes the
 * responsiveness tests stricter.
 */
export const DEMO_BROWSER_ARGS = ["--disable-features=IsolateSandboxedIframes"];

/**
 * Waits until `predicate(arg)`, evaluated in `frame`, is true, asking every
 * 100 ms. For the removed view's frame after a fragment navigation:
 * Chromium 156.0.8078.108 never settles playwright's `waitForFunction`
 * there (sandboxed, no scripts), although each `evaluate` answers.
 */
export async function waitInFrame(frame, predicate, arg, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await frame.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`waitInFrame: ${predicate} still false after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The seed-style news page and what an extraction of it must keep and drop
 * (tests/fixtures/seed_detik.html and .expect.json). */
export function seedPage() {
  const dir = path.join(ROOT, "tests", "fixtures");
  return {
    html: readFileSync(path.join(dir, "seed_detik.html"), "utf8"),
    expect: JSON.parse(readFileSync(path.join(dir, "seed_detik.expect.json"), "utf8")),
  };
}

/**
 * Opens the demo in a new browser context: external requests answered with a
 * placeholder image (routeExternal), console errors collected, and waits
 * until the extraction engine is loaded (the Extract button is enabled).
 *
 * @param {import("playwright-core").Browser} browser
 * @param {{url: string}} site the server of startSite()
 * @param {object} [options] more browser context options (viewport,
 *   colorScheme, permissions...); `path` is the page to open (default ""),
 *   `initScript` a function run in every document before its own scripts
 */
export async function openDemo(browser, site, { path: pagePath = "", initScript = null, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...contextOptions });
  if (initScript) await context.addInitScript(initScript);
  const external = await routeExternal(context);
  const page = await context.newPage();
  const consoleWatch = watchConsole(page);
  await page.goto(new URL(pagePath, site.url).href);
  await page.locator("#extract:enabled").waitFor({ timeout: 60_000 });
  return {
    context,
    page,
    consoleWatch,
    external,
    /** Pastes `html` (and the URL), presses Extract and waits for the result. */
    async extract(html, { url = "" } = {}) {
      await page.locator("#html").fill(html);
      await page.locator("#url").fill(url);
      const after = await this.outcomes();
      await page.locator("#extract").click();
      return this.waitForOutcome({ after });
    },
    /** How many extractions have ended so far (see waitForOutcome). */
    async outcomes() {
      return Number((await page.locator("#panels").getAttribute("data-outcomes")) ?? 0);
    },
    /** The id of the result on show (0 before the first). */
    async resultId() {
      return Number((await page.locator("#panels").getAttribute("data-result-id")) ?? 0);
    },
    /**
     * Waits until an extraction ends after `after` had (from outcomes(),
     * taken before starting it); returns {state, errorKind, resultId}.
     */
    async waitForOutcome({ after, timeout = 60_000 }) {
      await page.waitForFunction(
        (after) => Number(document.getElementById("panels").dataset.outcomes ?? 0) > after,
        after,
        { timeout },
      );
      return page.evaluate(() => ({
        state: document.getElementById("panels").dataset.intiState,
        errorKind: document.getElementById("panels").dataset.errorKind ?? null,
        resultId: Number(document.getElementById("panels").dataset.resultId ?? 0),
      }));
    },
    /** The reader view's frame, once its document is the current result's. */
    async readerFrame() {
      const frame = await (await page.locator("#reader-frame").elementHandle()).contentFrame();
      await frame.locator("[data-inti-article]").waitFor({ state: "attached" });
      return frame;
    },
    /** Opens the "What was removed" tab and returns its frame, built. */
    async removedFrame() {
      await page.locator("#tab-removed").click();
      const id = await this.resultId();
      await page.waitForFunction(
        (id) => document.getElementById("panels").dataset.removedReady === String(id),
        id,
        { timeout: 60_000 },
      );
      const frame = await (await page.locator("#removed-frame").elementHandle()).contentFrame();
      await frame.waitForFunction(() => document.readyState === "complete" && document.querySelector("[data-inti-reason]") !== null);
      return frame;
    },
    /** The text of the tab panel of a format ("text", "markdown", "html", "json"). */
    async formatText(format) {
      await page.locator(`#tab-${format}`).click();
      return page.locator(`#out-${format}`).textContent();
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * Drops a file on the page as a user would drag it from the desktop: a
 * DataTransfer holding the File goes through dragenter, dragover and drop
 * on `selector`.
 */
export async function dropFile(page, selector, { name, type = "text/html", content }) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, content }) => {
      const transfer = new DataTransfer();
      const bytes = typeof content === "string" ? content : new Uint8Array(content);
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { name, type, content: typeof content === "string" ? content : [...content] },
  );
  const target = page.locator(selector);
  await target.dispatchEvent("dragenter", { dataTransfer });
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

/** Asserts that `text` has each of `needles` (with a readable failure). */
export function assertContainsAll(text, needles, what) {
  const missing = needles.filter((needle) => !text.includes(needle));
  assert.deepEqual(missing, [], `${what} lacks: ${JSON.stringify(missing, null, 1)}`);
}

/** Asserts that `text` has none of `needles`. */
export function assertContainsNone(text, needles, what) {
  const found = needles.filter((needle) => text.includes(needle));
  assert.deepEqual(found, [], `${what} keeps: ${JSON.stringify(found, null, 1)}`);
}
