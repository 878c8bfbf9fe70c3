// The bookmarklet in chromium, on sites that do not let it run in the page:
// it opens inti's reader page (www/reader.html) on inti's origin and hands
// it the page by postMessage, or in the URL fragment when the site cuts the
// link (Cross-Origin-Opener-Policy); when the window is blocked or nothing
// can be handed over, the user is told plainly. Needs the wasm build in
// www/pkg/.
//
// How the tests click the bookmark, and why that is faithful: see
// tests/e2e/lib/bookmarklet.mjs. The test sites: tests/sites/.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { SAMPLES, startTestSite } from "../sites/sites.mjs";
import {
  assertLongformArticle,
  assertSeedArticle,
  clickBookmarklet,
  installBookmarklet,
  launchBookmarkletBrowser,
  normalize,
  pageSnapshot,
  quietEvaluate,
  startInti,
  viewportScreenshot,
  waitForState,
  watchPage,
} from "./lib/bookmarklet.mjs";
import { requireWasmBuild } from "./lib/index.mjs";

const VIEWPORT = { width: 1280, height: 900 };

let browser;
let inti;
let intiOrigin;
let href;
const sites = {};
let bigSiteRoot;

before(async () => {
  requireWasmBuild();
  inti = await startInti();
  intiOrigin = new URL(inti.url).origin;
  browser = await launchBookmarkletBrowser();
  for (const name of ["script-src-self", "allows-inti-not-wasm", "coop-strict", "blocks-inti-allows-wasm", "blocks-inti-fetch",
    "strict-cors"]) {
    sites[name] = await startTestSite(name, intiOrigin);
  }
  // The seed page made too large to travel in a URL, even compressed: a
  // hidden block of random text (incompressible) of 1.5 MB.
  bigSiteRoot = mkdtempSync(path.join(tmpdir(), "inti-big-site-"));
  cpSync(SAMPLES, bigSiteRoot, { recursive: true });
  const news = readFileSync(path.join(SAMPLES, "news.html"), "utf8");
  const noise = `<div hidden class="tracking-data">${randomBytes(1_125_000).toString("base64")}</div>\n`;
  writeFileSync(path.join(bigSiteRoot, "big.html"), news.replace("</body>", `${noise}</body>`));
  sites["coop-strict-big"] = await startTestSite("coop-strict", intiOrigin, { root: bigSiteRoot });

  const context = await browser.newContext({ viewport: VIEWPORT });
  href = (await installBookmarklet(context, inti.url)).href;
  await context.close();
});

after(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site.close();
  await inti?.close();
  if (bigSiteRoot) rmSync(bigSiteRoot, { recursive: true, force: true });
});

async function openSitePage(siteName, file = "news.html") {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(sites[siteName].url).origin });
  const page = await context.newPage();
  const watch = watchPage(page, intiOrigin);
  await page.goto(new URL(file, sites[siteName].url).href);
  await quietEvaluate(page, () => window.scrollTo(0, 700));
  return { context, page, watch };
}

// Clicks the bookmarklet and returns the reader window it opens, watched
// for errors from its first document on.
async function clickForWindow(context, page, options) {
  const popupPromise = context.waitForEvent("page", { timeout: 10_000 });
  const click = clickBookmarklet(page, href, options);
  const popup = await popupPromise;
  const watch = watchPage(popup, intiOrigin);
  await click;
  await popup.waitForURL(`${inti.url}reader.html`, { timeout: 10_000 });
  return { popup, watch };
}

// The reader page's state is on its root element.
const readerState = (popup, states) => waitForState(popup, states, { reader: "html" });

// The reader window's Close button closes it (it was opened by script).
// The window can close while Playwright is still finishing the click, which
// then rejects with "Target page ... has been closed": that is the outcome we
// want, so only another error fails the test.
async function closeReaderWindow(popup) {
  const closed = popup.waitForEvent("close");
  const click = popup
    .locator("inti-reader button[data-action='close']")
    .click({ noWaitAfter: true })
    .then(() => null, (error) => error);
  await closed;
  const error = await click;
  if (error && !/closed/i.test(error.message)) throw error;
}

// A site whose page goes to the reader window, handed over as `via`.
async function assertWindowFallback(siteName, { via, shot }) {
  const { context, page, watch } = await openSitePage(siteName);
  const before = await pageSnapshot(page);
  const { popup, watch: popupWatch } = await clickForWindow(context, page);
  assert.equal(await readerState(popup, ["done", "error"]), "done");
  assert.equal(await popup.evaluate(() => document.documentElement.dataset.intiSource), via);
  await assertSeedArticle(popup);
  assert.equal(await popup.title(), "AS Khawatir Korut Akan Kirim Lebih Banyak Senjata ke Rusia · inti reader");
  // The page is left as it was: no overlay, no notice, same scroll.
  assert.equal(await page.locator("inti-reader").count(), 0);
  assert.deepEqual(await pageSnapshot(page), before);
  if (shot) await viewportScreenshot(popup, shot);
  await closeReaderWindow(popup);
  watch.assertNoErrors();
  popupWatch.assertNoErrors();
  await context.close();
  return { watch };
}

test("the test sites' CSP is in force: a page-initiated javascript: URL is refused, unlike a bookmark", async () => {
  const { context, page } = await openSitePage("script-src-self");
  const refused = await page.evaluate((href) => new Promise((resolve) => {
    document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
    const link = document.createElement("a");
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => resolve("not refused"), 3000);
  }), href);
  assert.match(refused, /^script-src/);
  assert.equal(context.pages().length, 1, "no window opened");
  assert.equal(await page.locator("inti-reader").count(), 0);
  await context.close();
});

test("(b) script-src 'self': the reader window gets the page by postMessage", async () => {
  await assertWindowFallback("script-src-self", { via: "message", shot: "bookmarklet-window-script-src-self" });
});

test("(c) a CSP that allows inti's script but not wasm-unsafe-eval: the reader window", async () => {
  // The site is what it claims: inti's module loads, WebAssembly does not
  // compile.
  const { context, page } = await openSitePage("allows-inti-not-wasm");
  const control = await page.evaluate(async (url) => {
    const glue = await import(url);
    try {
      await WebAssembly.compile(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0));
      return [typeof glue.extract, "compiled"];
    } catch (error) {
      return [typeof glue.extract, error.name];
    }
  }, `${inti.url}pkg/inti.js`);
  assert.deepEqual(control, ["function", "CompileError"]);
  await context.close();

  await assertWindowFallback("allows-inti-not-wasm", { via: "message" });
});

test("(d) Cross-Origin-Opener-Policy: same-origin and a strict CSP: the page goes in the URL fragment", async () => {
  await assertWindowFallback("coop-strict", { via: "fragment", shot: "bookmarklet-window-coop" });
});

test("a CSP that blocks inti's script but allows WebAssembly: the failed load is detected, the window opens", async () => {
  const { watch } = await assertWindowFallback("blocks-inti-allows-wasm", { via: "message" });
  assert.ok(watch.refusals.some((refusal) => refusal.includes(`${intiOrigin}/bookmarklet/overlay.js`)),
    `the script was refused: ${watch.refusals.join("\n")}`);
});

test("a CSP that lets inti's script run but not fetch its WebAssembly: the script hands over to the window", async () => {
  const { watch } = await assertWindowFallback("blocks-inti-fetch", { via: "message" });
  assert.ok(watch.refusals.some((refusal) => refusal.includes(`${intiOrigin}/pkg/inti_bg.wasm`)),
    `the .wasm fetch was refused: ${watch.refusals.join("\n")}`);
});

test("the reader window fetches and joins the next pages where the site allows it (CORS)", async () => {
  const { context, page, watch } = await openSitePage("strict-cors", "longform-1.html");
  const { popup, watch: popupWatch } = await clickForWindow(context, page);
  assert.equal(await readerState(popup, ["done", "error"]), "done");
  assert.equal(await popup.locator("inti-reader .status").textContent(), "3 pages joined");
  await assertLongformArticle(popup);
  await viewportScreenshot(popup, "bookmarklet-window-three-pages");
  await closeReaderWindow(popup);
  watch.assertNoErrors();
  popupWatch.assertNoErrors();
  await context.close();
});

test("the reader window says so when the site does not let it fetch the next page", async () => {
  const { context, page, watch } = await openSitePage("script-src-self", "longform-1.html");
  const { popup, watch: popupWatch } = await clickForWindow(context, page);
  assert.equal(await readerState(popup, ["done", "error"]), "done");
  assert.equal(await popup.locator("inti-reader .status").textContent(),
    "Page 2 could not be loaded (the site does not let it be fetched from here)");
  const body = normalize(await popup.locator("inti-reader [data-inti-article]").innerText());
  assert.ok(body.includes("At six in the morning the pans at Aveiro"), "page 1 is shown");
  await closeReaderWindow(popup);
  watch.assertNoErrors();
  // The refused fetch is the only error the window reports.
  assert.ok(popupWatch.errors.length > 0 && popupWatch.errors.every((error) =>
    /CORS|longform-2\.html|Failed to load resource: net::ERR_FAILED/.test(error)), popupWatch.errors.join("\n"));
  await context.close();
});

test("when the browser blocks the reader window, the page says so, and its buttons retry and copy", async () => {
  const { context, page, watch } = await openSitePage("script-src-self");
  const before = await pageSnapshot(page);
  // No user activation: the pop-up blocker blocks the window.
  await clickBookmarklet(page, href, { userGesture: false });
  assert.equal(await waitForState(page, "error"), "error");
  assert.equal(context.pages().length, 1, "no window opened");
  const notice = normalize(await page.locator("inti-reader p").innerText());
  assert.match(notice, /This site blocks inti/);
  assert.match(notice, /blocked inti's reader window/);
  assert.ok(notice.includes(inti.url), "the notice names the demo's address");
  await viewportScreenshot(page, "bookmarklet-notice-window-blocked");

  await page.locator("inti-reader button", { hasText: "Copy page HTML" }).click();
  await page.locator("inti-reader p", { hasText: "Copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith("<html") && copied.includes("Pada bulan yang sama, AS menjatuhkan sanksi"), copied.slice(0, 80));

  // "Open the reader" is a click: the window opens now.
  const popupPromise = context.waitForEvent("page");
  await page.locator("inti-reader button", { hasText: "Open the reader" }).click();
  const popup = await popupPromise;
  const popupWatch = watchPage(popup, intiOrigin);
  await popup.waitForURL(`${inti.url}reader.html`);
  assert.equal(await readerState(popup, ["done", "error"]), "done");
  await assertSeedArticle(popup);
  assert.equal(await page.locator("inti-reader").count(), 0, "the notice is gone");
  assert.deepEqual(await pageSnapshot(page), before);
  await closeReaderWindow(popup);
  watch.assertNoErrors();
  popupWatch.assertNoErrors();
  await context.close();
});

test("COOP and a page too large for the URL: the reader window tells the user how to read it anyway", async () => {
  const { context, page, watch } = await openSitePage("coop-strict-big", "big.html");
  const before = await pageSnapshot(page);
  assert.ok(before.html.length > 1_500_000);
  const { popup, watch: popupWatch } = await clickForWindow(context, page);
  assert.equal(await readerState(popup, ["done", "error"]), "error");
  const message = normalize(await popup.locator("inti-reader main").innerText());
  assert.match(message, /No page to read/);
  assert.match(message, /Cross-Origin-Opener-Policy/);
  assert.match(message, /Paste it into the inti demo/);
  assert.equal(await popup.locator("inti-reader a", { hasText: "Open the inti demo" }).getAttribute("href"), inti.url);
  await viewportScreenshot(popup, "bookmarklet-window-no-page");
  assert.deepEqual(await pageSnapshot(page), before);
  await closeReaderWindow(popup);
  watch.assertNoErrors();
  popupWatch.assertNoErrors();
  await context.close();
});
