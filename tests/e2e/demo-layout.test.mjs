// The demo page's looks and manners: phone width, light and dark themes,
// keyboard use and labels, and no layout jumps while results come and go.
//
//   node --test tests/e2e/demo-layout.test.mjs

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { launchBrowser, requireWasmBuild, screenshot, startSite } from "./lib/index.mjs";
import { DEMO_BROWSER_ARGS, assertContainsAll, openDemo, seedPage } from "./lib/demo.mjs";

let browser;
let site;
const seed = seedPage();

before(async () => {
  requireWasmBuild();
  site = await startSite();
  browser = await launchBrowser({ args: DEMO_BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white).
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The page's width against the screen's (on a phone, the layout viewport
// grows to fit content that is too wide, so innerWidth would follow it).
const overflow = (page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: screen.width }));

test("at phone width everything fits, nothing scrolls sideways", async () => {
  const demo = await openDemo(browser, site, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const { page } = demo;
  let size = await overflow(page);
  assert.ok(size.scrollWidth <= size.innerWidth, `the start page is ${size.scrollWidth}px wide`);
  await screenshot(page, "demo-phone-start");

  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  const reader = await demo.readerFrame();
  assertContainsAll(await reader.locator("[data-inti-article]").innerText(), seed.expect.must_contain.slice(1, 4), "the phone reader view");
  size = await overflow(page);
  assert.ok(size.scrollWidth <= size.innerWidth, `with a result the page is ${size.scrollWidth}px wide`);
  // The reader frame fits the screen, and so does its text.
  const frameBox = await page.locator("#reader-frame").boundingBox();
  assert.ok(frameBox.width <= 390 && frameBox.x >= 0);
  const frameOverflow = await reader.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(frameOverflow <= 0, `the article is ${frameOverflow}px too wide for the frame`);
  // The tabs scroll within their row rather than widening the page.
  assert.equal(await page.locator("#tab-json").isVisible(), true);
  await page.evaluate(() => document.getElementById("output-heading").parentElement.scrollIntoView());
  await screenshot(page, "demo-phone-reader", { fullPage: false });

  await demo.removedFrame();
  size = await overflow(page);
  assert.ok(size.scrollWidth <= size.innerWidth, `with the removed view the page is ${size.scrollWidth}px wide`);
  await page.locator('#legend .chip[data-reason="ad"]').tap();
  await page.waitForFunction(() => /^ad 1 of \d+/.test(document.getElementById("status").textContent));
  // The whole legend is reachable by scrolling it sideways.
  const legend = await page.locator(".legend-bar").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, height: el.clientHeight }));
  assert.ok(legend.height < 60, `the legend takes ${legend.height}px`);
  await page.locator("#legend .chip").last().scrollIntoViewIfNeeded();
  assert.equal(await page.locator("#legend .chip").last().isVisible(), true);
  await page.locator("#tab-removed").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("output-heading").parentElement.scrollIntoView());
  await screenshot(page, "demo-phone-removed", { fullPage: false });
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("the dark theme follows the system, and the theme picker overrides it and is remembered", async () => {
  const demo = await openDemo(browser, site, { colorScheme: "dark" });
  const { page } = demo;
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.ok(luminance(await background()) < 0.05, `the page is not dark: ${await background()}`);
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  let reader = await demo.readerFrame();
  assert.equal(await reader.locator("html").getAttribute("data-theme"), "dark");
  const readerColors = await reader.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    text: getComputedStyle(document.body).color,
  }));
  assert.ok(luminance(readerColors.background) < 0.05 && luminance(readerColors.text) > 0.6, JSON.stringify(readerColors));
  await screenshot(page, "demo-dark-reader");
  await demo.removedFrame();
  await screenshot(page, "demo-dark-removed");
  await page.locator("#tab-markdown").click();
  await screenshot(page, "demo-dark-markdown");

  // The picker: light, whatever the system says; remembered on reload.
  await page.locator("#tab-reader").click();
  await page.locator("#theme").selectOption("light");
  assert.ok(luminance(await background()) > 0.8);
  reader = await demo.readerFrame();
  await reader.locator('html[data-theme="light"]').waitFor({ state: "attached" });
  await page.reload();
  await page.locator("#extract:enabled").waitFor();
  assert.equal(await page.locator("#theme").inputValue(), "light");
  assert.ok(luminance(await background()) > 0.8);
  await page.locator("#theme").selectOption("auto");
  assert.ok(luminance(await background()) < 0.05);
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("every control has a label and the page works from the keyboard", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea, button, iframe, [role=tab]")]
      .filter((el) => el.getAttribute("aria-hidden") !== "true")
      .filter((el) => {
        if (el.localName === "iframe") return !el.title;
        if (el.localName === "button") return !(el.textContent.trim() || el.getAttribute("aria-label"));
        return !(el.labels?.length || el.getAttribute("aria-label"));
      })
      .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);

  // The first Tab reaches the skip link, the next ones the controls in order.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  await page.locator("#html").focus();
  await page.keyboard.insertText(`<html><body><nav><a href="/">Home</a> <a href="/a">A</a></nav><article><h1>Keyboard</h1>${
    seed.expect.must_contain.slice(1, 5).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
  const after = await demo.outcomes();
  await page.keyboard.press("Control+Enter");
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  assert.equal(await page.evaluate(() => document.activeElement.id), "html");

  // The tabs: arrow keys, Home and End.
  await page.locator("#tab-reader").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-removed");
  assert.equal(await page.locator("#tab-removed").getAttribute("aria-selected"), "true");
  await page.waitForFunction(() => document.getElementById("panels").dataset.removedReady);
  // Into the legend with Tab, and Enter jumps to the block.
  await page.keyboard.press("Tab");
  const chip = await page.evaluate(() => document.activeElement.dataset.reason);
  assert.ok(chip, "Tab from the tabs does not reach the legend");
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "none", "the focused chip shows no focus ring");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => / 1 of \d+: /.test(document.getElementById("status").textContent));
  await screenshot(page, "demo-keyboard-legend");
  await page.locator("#tab-removed").focus();
  await page.keyboard.press("End");
  assert.equal(await page.locator("#tab-json").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#panel-json").isVisible(), true);
  await page.keyboard.press("Home");
  assert.equal(await page.locator("#tab-reader").getAttribute("aria-selected"), "true");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator("#tab-json").getAttribute("aria-selected"), "true");
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("results, errors and progress do not move the layout", async () => {
  const demo = await openDemo(browser, site, {
    initScript: () => {
      if (window.top !== window) return;
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    },
  });
  const { page } = demo;
  const boxes = () =>
    page.evaluate(() => Object.fromEntries(
      ["tabs", "panels", "stats", "extract", "url", "html", "reader-frame"].map((id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return [id, [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]];
      })));
  const start = await boxes();

  let after = await demo.outcomes();
  await page.locator("#example").selectOption("0");
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  await demo.readerFrame();
  assert.deepEqual(await boxes(), start, "a result moved the layout");

  assert.equal((await demo.extract("<div>".repeat(3000))).state, "error");
  assert.deepEqual(await boxes(), start, "an error moved the layout");

  after = await demo.outcomes();
  await page.locator("#example").selectOption("2");
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  await page.locator("#tab-removed").click();
  await page.waitForFunction(() => document.getElementById("panels").dataset.removedReady);
  await page.locator("#tab-reader").click();
  assert.deepEqual(await boxes(), start, "the removed view moved the layout");

  const shifts = await page.evaluate(() => window.__shifts);
  const total = shifts.reduce((a, b) => a + b, 0);
  assert.ok(total < 0.01, `the layout shifted (CLS ${total.toFixed(3)}): ${JSON.stringify(shifts)}`);
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});
