// The demo page (www/) in chromium: the seed-style news page pasted in, its
// reader view, the "What was removed" view, the format tabs, copy and
// download. Needs the wasm build in www/pkg/.
//
//   node --test tests/e2e/demo.test.mjs
//
// More demo tests: demo-input (files, examples, errors), demo-big (a 20 MB
// page), demo-safety (hostile pages, the CSP), demo-layout (phone width,
// themes, keyboard, layout shifts).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";

import { captionsOf, launchBrowser, notInReader, requireWasmBuild, screenshot, startSite } from "./lib/index.mjs";
import { DEMO_BROWSER_ARGS, assertContainsAll, assertContainsNone, openDemo, seedPage, waitInFrame } from "./lib/demo.mjs";

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

// The CSS colour of a reason in the demo's table, as getComputedStyle gives it.
function rgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}
const REASON_COLORS = Object.fromEntries(
  [...readFileSync(new URL("../../www/lib/reasons.js", import.meta.url), "utf8").matchAll(/^\s*"?([a-z-]+)"?: \{ label: "[^"]+", color: "(#[0-9a-f]{6})"/gm)]
    .map(([, reason, color]) => [reason, color]),
);

test("the demo loads under its strict CSP, with the engine, the examples and its links", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  assert.match(await page.locator("#version").textContent(), /^v\d+\.\d+\.\d+/);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  // No inline script or style in the page itself.
  assert.equal(await page.locator("script:not([src])").count(), 0);
  assert.equal(await page.locator("style, [style]").count(), 0);

  // The examples are offered in the picker and as buttons.
  assert.ok((await page.locator("#example option").count()) >= 5);
  assert.ok((await page.locator("#empty-examples button").count()) >= 4);
  await page.locator("#empty").getByText("Nothing extracted yet").waitFor();

  // The bookmarklet's install page and the npm docs are linked, relatively.
  assert.ok(await page.locator('a[href="install.html"]').count());
  assert.ok(await page.locator('a[href="npm.html"]').count());
  const npm = await page.request.get(new URL("npm.html", site.url).href);
  assert.equal(npm.status(), 200);
  assert.match(await npm.text(), /npm install/);

  await screenshot(page, "demo-start");
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("the seed-style page, pasted: the reader view has the article and none of the boilerplate", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const outcome = await demo.extract(seed.html, { url: seed.expect.url });
  assert.equal(outcome.state, "done", `extraction failed: ${await page.locator("#error").textContent()}`);

  const reader = await demo.readerFrame();
  const body = await reader.locator("[data-inti-article]").innerText();
  assertContainsAll(body, seed.expect.must_contain, "the reader view's article");
  assertContainsNone(body, notInReader(seed.expect), "the reader view's article");
  assertContainsAll(body, captionsOf(seed.expect), "the reader view's article (captions)");
  // In the page's order.
  const positions = seed.expect.text_in_order.map((needle) => body.indexOf(needle));
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, "the paragraphs are out of order");

  // The metadata above the article.
  assert.equal((await reader.locator(".reader-head .title").innerText()).trim(), seed.expect.title);
  assert.match(await reader.locator(".reader-head .byline").innerText(), /Novi Christiastuti/);
  assert.equal((await reader.locator(".reader-head .site").innerText()).trim().toLowerCase(), seed.expect.site_name.toLowerCase());
  assert.match(await reader.locator(".reader-head time.published").getAttribute("datetime"), /^2023-06-13T12:57/);
  assert.match(await reader.locator(".reader-head time.published").innerText(), /2023/);
  // The lead image is the article's own figure (not shown twice).
  assert.equal(await reader.locator("img").count(), 1);
  assert.ok((await reader.locator("img").getAttribute("src")).startsWith("https://akcdn.detik.net.id/"));

  // The frame: sandboxed without scripts and without same-origin, with its
  // own strict CSP, and nothing executable in it.
  assert.equal(await page.locator("#reader-frame").getAttribute("sandbox"), "allow-popups allow-popups-to-escape-sandbox");
  const frameCsp = await reader.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(frameCsp, /^default-src 'none'; img-src \* data:; style-src http:\/\/127\.0\.0\.1:\d+;/);
  assert.equal(await reader.locator("script, iframe, object, embed, [style]").count(), 0);

  // The figures.
  assert.match(await page.locator("#stat-time").textContent(), /^\d+(\.\d)? (ms|s)$/);
  assert.equal(await page.locator("#stat-input").textContent(), "18.3 KB");
  assert.match(await page.locator("#stat-output").textContent(), /^\d+\.\d KB HTML · \d+\.\d KB text$/);
  assert.match(await page.locator("#stat-words").textContent(), /^\d{3}$/);
  assert.equal(await page.locator("#stat-reading").textContent(), "1 min");
  assert.match(await page.locator("#stat-removed").textContent(), /^\d+ blocks$/);
  assert.match(await page.locator("#status").textContent(), /^Extracted “AS Khawatir Korut/);

  await screenshot(page, "demo-reader");

  // The format tabs show the same article.
  const text = await demo.formatText("text");
  assertContainsAll(text, seed.expect.must_contain, "the Text tab");
  assertContainsNone(text, seed.expect.must_not_contain, "the Text tab");
  const markdown = await demo.formatText("markdown");
  assert.ok(markdown.includes(seed.expect.must_contain[0].slice(0, 60)), "the Markdown tab lacks the first paragraph");
  assertContainsAll(markdown, captionsOf(seed.expect), "the Markdown tab (captions)");
  const html = await demo.formatText("html");
  assertContainsNone(html, seed.expect.html_must_not_contain, "the HTML tab");
  assertContainsAll(html, seed.expect.html_must_contain, "the HTML tab");
  const json = JSON.parse(await demo.formatText("json"));
  assert.equal(json.title, seed.expect.title);
  assert.equal(json.lang, "id");
  assert.ok(Array.isArray(json.removed) && json.removed.length > 5);
  await screenshot(page, "demo-json");

  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("the removed view outlines the ad and video blocks with their reasons, and the legend jumps to them", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  const removed = JSON.parse(await demo.formatText("json")).removed;

  const frame = await demo.removedFrame();
  // Shown from a blob: URL in a frame sandboxed with no permission at all.
  assert.equal(await page.locator("#removed-frame").getAttribute("sandbox"), "");
  assert.match(await page.locator("#removed-frame").getAttribute("src"), /^blob:http:\/\/127\.0\.0\.1:\d+\//);

  // Every block the engine removed and that has a place in the page is
  // outlined, with its reason.
  const outlined = await frame.locator("[data-inti-reason]").evaluateAll((elements) =>
    elements.map((el) => ({
      reason: el.dataset.intiReason,
      index: Number(el.dataset.intiIndex),
      text: el.textContent.replace(/\s+/g, " ").trim(),
      outline: getComputedStyle(el).outlineColor,
      outlineStyle: getComputedStyle(el).outlineStyle,
      label: getComputedStyle(el, "::before").content,
    })),
  );
  assert.ok(outlined.length >= removed.length - 2, `only ${outlined.length} of ${removed.length} blocks outlined`);
  for (const block of outlined) {
    assert.equal(block.reason, removed[block.index].reason, `block ${block.index} has the wrong reason`);
    assert.equal(block.outline, rgb(REASON_COLORS[block.reason]), `block ${block.index} (${block.reason}) has the wrong outline colour`);
    assert.notEqual(block.outlineStyle, "none");
    assert.match(block.label, new RegExp(`^"${block.reason.replace(/-/g, " ")}`));
  }
  const ads = outlined.filter((b) => b.reason === "ad").map((b) => b.text);
  assert.ok(ads.some((t) => t.includes("ADVERTISEMENT")), `no ad block holds "ADVERTISEMENT": ${JSON.stringify(ads)}`);
  assert.ok(ads.some((t) => t.includes("SCROLL TO CONTINUE WITH CONTENT")), `no ad block holds the parallax ad: ${JSON.stringify(ads)}`);
  assert.ok(ads.some((t) => t.includes("Hide Ads")), "the sticky ad is not outlined");
  const videos = outlined.filter((b) => b.reason === "video");
  assert.equal(videos.length, 1);
  assert.match(videos[0].text, /\[Gambas:Video 20detik\]/);
  // The video's iframe is a placeholder that says what it was.
  assert.match(await frame.locator('[data-inti-reason="video"] .inti-embed').innerText(), /^iframe · 20\.detik\.com\/embed\/230613017/);
  const comments = outlined.find((b) => b.reason === "comments");
  assert.match(comments.text, /Sanksi terus dijatuhkan/);
  // The article itself is there, not outlined.
  const paragraph = frame.getByText(seed.expect.must_contain[4].slice(0, 50));
  assert.equal(await paragraph.evaluate((el) => el.closest("[data-inti-reason]")), null);

  // Nothing of the page can run or load anything but images.
  assert.equal(await frame.locator("script, iframe, frame, object, embed, meta[http-equiv='refresh'], base, [style], a[href], body link").count(), 0);
  // Its only stylesheets are the demo's (the page's CSS comes as data:).
  const sheets = await frame.locator("link").evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  assert.equal(sheets.length, 3);
  for (const href of sheets) assert.ok(href.startsWith("data:text/css") || href === `${site.url}frames/removed.css`, href);
  assert.equal(await frame.evaluate(() => [...document.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))), false);

  // The legend counts each reason.
  const counts = {};
  for (const block of removed) counts[block.reason] = (counts[block.reason] ?? 0) + 1;
  const legend = await page.locator("#legend .chip").evaluateAll((chips) =>
    chips.map((chip) => [chip.dataset.reason, Number(chip.querySelector(".count").textContent)]));
  assert.deepEqual(Object.fromEntries(legend), counts);
  await screenshot(page, "demo-removed");

  // Click-to-jump: the frame goes to the block's fragment and shows it.
  const viewOf = () =>
    frame.evaluate(() => {
      const target = document.querySelector(":target");
      const rect = target?.getBoundingClientRect();
      return {
        hash: location.hash,
        reason: target?.dataset.intiReason ?? null,
        text: target?.textContent.replace(/\s+/g, " ").trim() ?? "",
        top: rect?.top,
        bottom: rect?.bottom,
        height: innerHeight,
        scrollY,
      };
    });
  await page.locator('#legend .chip[data-reason="video"]').click();
  await waitInFrame(frame, () => document.querySelector(":target") !== null);
  let view = await viewOf();
  assert.equal(view.reason, "video");
  assert.match(view.text, /Gambas/);
  assert.ok(view.scrollY > 0, "the frame did not scroll");
  assert.ok(view.top >= 0 && view.top < view.height, `the video block is not in view: ${JSON.stringify(view)}`);
  assert.match(await page.locator("#status").textContent(), /^video 1 of 1: “\[Gambas:Video 20detik\]”/);
  await screenshot(page, "demo-removed-jump");

  // The "ad" chip goes through the ads one after the other.
  // Each click names the block in the status line ("ad 2 of 5: ...") and
  // sends the frame to its fragment; waiting for the first before the
  // second tells a click the page never got from a jump that went wrong.
  const adTexts = [];
  for (let i = 0; i < counts.ad; i++) {
    const chip = page.locator('#legend .chip[data-reason="ad"]');
    const taken = (n) => page.waitForFunction((n) => document.getElementById("status").textContent.startsWith(`ad ${n} of `), n, { timeout: 5_000 });
    await chip.click();
    await taken(i + 1).catch(async () => {
      // A click lost to the machine's load (the page did not take it):
      // once more, as a reader would.
      console.log(`# ad chip: click ${i + 1} not taken, clicking again`);
      await chip.click();
      await taken(i + 1);
    });
    const target = await page.locator("#removed-frame").getAttribute("data-target");
    await waitInFrame(frame, (target) => location.hash === `#${encodeURIComponent(target)}`, target);
    view = await viewOf();
    assert.equal(view.reason, "ad");
    adTexts.push(view.text);
  }
  assert.equal(new Set(adTexts).size, counts.ad, `the ad chip did not visit every ad: ${JSON.stringify(adTexts)}`);

  // And the list of blocks jumps too.
  const index = removed.findIndex((block) => block.reason === "related-links");
  await page.locator("#block-list-box summary").click();
  assert.equal(await page.locator("#block-list button").count(), removed.length);
  await page.locator(`#block-list button[data-index="${index}"]`).click();
  await waitInFrame(frame, () => document.querySelector(":target")?.dataset.intiReason === "related-links");
  view = await viewOf();
  assert.ok(view.top >= 0 && view.top < view.height);
  assert.equal(await page.locator(`#block-list button[data-index="${index}"]`).getAttribute("aria-current"), "true");
  await screenshot(page, "demo-removed-list");

  // The jumps stay out of the tab's history.
  assert.equal(await page.evaluate(() => history.length), 2);

  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("copy puts each format on the clipboard, download saves it", async () => {
  const demo = await openDemo(browser, site, {
    permissions: ["clipboard-read", "clipboard-write"],
    acceptDownloads: true,
  });
  const { page } = demo;
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  const article = JSON.parse(await demo.formatText("json"));

  for (const [format, expected] of [
    ["markdown", article.markdown],
    ["text", article.text],
    ["html", article.html],
  ]) {
    await page.locator(`#tab-${format}`).click();
    await page.locator(`#panel-${format} [data-copy]`).click();
    await page.waitForFunction(() => /^Copied the /.test(document.getElementById("status").textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected, `the clipboard does not hold the ${format}`);
    await page.evaluate(() => navigator.clipboard.writeText(""));
  }
  await page.locator("#tab-json").click();
  await page.locator("#panel-json [data-copy]").click();
  await page.waitForFunction(() => /^Copied the JSON/.test(document.getElementById("status").textContent));
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), article);
  await page.locator("#panel-json [data-copy]").getByText("Copied").waitFor();
  await screenshot(page, "demo-copied");

  await page.locator("#tab-markdown").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#panel-markdown [data-download]").click(),
  ]);
  assert.equal(download.suggestedFilename(), "as-khawatir-korut-akan-kirim-lebih-banyak-senjata-ke-rusia.md");
  assert.equal(readFileSync(await download.path(), "utf8"), article.markdown);

  await page.locator("#tab-html").click();
  const [htmlDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#panel-html [data-download]").click(),
  ]);
  assert.match(htmlDownload.suggestedFilename(), /\.html$/);
  const saved = readFileSync(await htmlDownload.path(), "utf8");
  assert.match(saved, /^<!doctype html>\n<html lang="id">/);
  assert.ok(saved.includes(article.html));

  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("switching an option re-runs the extraction with it", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  let reader = await demo.readerFrame();
  assert.equal(await reader.locator("[data-inti-article] img").count(), 1);
  assert.ok(await reader.locator("[data-inti-article] a[href]").count());

  let after = await demo.outcomes();
  await page.locator("#keepImages").uncheck();
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  reader = await demo.readerFrame();
  assert.equal(await reader.locator("img").count(), 0, "images are kept with keepImages off");

  after = await demo.outcomes();
  await page.locator("#keepLinks").uncheck();
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  reader = await demo.readerFrame();
  assert.equal(await reader.locator("a").count(), 0, "links are kept with keepLinks off");
  assert.ok((await reader.locator("[data-inti-article]").innerText()).includes("Seperti dilansir Reuters, Selasa"));

  // Without "explain" there is no removed list, and the view says how to get one.
  after = await demo.outcomes();
  await page.locator("#explain").uncheck();
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  assert.equal(await page.locator("#stat-removed").textContent(), "–");
  await page.locator("#tab-removed").click();
  assert.match(await page.locator("#removed-cover-text").textContent(), /“Explain what was removed” was off/);
  after = await demo.outcomes();
  await page.locator("#removed-render").click();
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  assert.equal(await page.locator("#explain").isChecked(), true);
  await page.waitForFunction(() => document.getElementById("panels").dataset.removedReady);
  assert.ok((await page.locator("#legend .chip").count()) > 5);
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});
