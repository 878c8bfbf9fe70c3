// The demo page's inputs: a dropped file, a picked file in a legacy
// encoding, the bundled examples, and the errors (binary junk, too deep,
// too large, nothing to extract) in plain words.
//
//   node --test tests/e2e/demo-input.test.mjs

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";

import { launchBrowser, notInReader, requireWasmBuild, screenshot, startSite } from "./lib/index.mjs";
import { DEMO_BROWSER_ARGS, assertContainsAll, assertContainsNone, dropFile, openDemo, seedPage } from "./lib/demo.mjs";

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

// Deterministic pseudo-random bytes (xorshift), so that the junk is the same
// on every run.
function junkBytes(length, seed = 0x2545f491) {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

test("a dropped .html file is loaded and extracted", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const after = await demo.outcomes();
  // While a file is dragged over the page, the drop zone says so.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["<p>x</p>"], "x.html", { type: "text/html" }));
    return transfer;
  });
  await page.locator("#dropzone").dispatchEvent("dragenter", { dataTransfer });
  await page.locator("#dropzone .drop-overlay").waitFor({ state: "visible" });
  await screenshot(page, "demo-dragging");
  await page.locator("#dropzone").dispatchEvent("dragleave", { dataTransfer });
  await page.locator("#dropzone .drop-overlay").waitFor({ state: "hidden" });

  await dropFile(page, "#dropzone", { name: "korut.html", content: seed.html });
  const outcome = await demo.waitForOutcome({ after });
  assert.equal(outcome.state, "done");
  // A small file goes into the text box, where it can be edited.
  assert.equal(await page.locator("#html").inputValue(), seed.html);
  const reader = await demo.readerFrame();
  const body = await reader.locator("[data-inti-article]").innerText();
  assertContainsAll(body, seed.expect.must_contain, "the dropped page's article");
  assertContainsNone(body, notInReader(seed.expect), "the dropped page's article");
  assert.match(await page.locator("#status").textContent(), /^Extracted “AS Khawatir/);
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("a picked file in windows-1252 is decoded as its meta tag says", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const paragraph =
    "Le café de la gare a rouvert ses portes après deux ans de travaux : la façade, les banquettes " +
    "et le comptoir en zinc ont été restaurés à l'identique, et l'œuvre du peintre qui décorait la salle est revenue.";
  const html =
    '<!doctype html><html lang="fr"><head><meta charset="windows-1252"><title>Le café de la gare rouvre</title></head>' +
    `<body><nav><a href="/">Accueil</a> <a href="/ville">Ville</a></nav><article><h1>Le café de la gare rouvre</h1>` +
    `<p>${paragraph}</p><p>${paragraph.replace("deux ans", "trois ans")}</p><p>${paragraph.replace("gare", "place")}</p></article></body></html>`;
  // Encode as windows-1252 (Latin-1 covers every character used, except œ).
  const bytes = Buffer.from(
    [...html].map((ch) => (ch === "œ" ? 0x9c : ch.charCodeAt(0))),
  );
  assert.ok(!bytes.includes(0xc3), "the test page must not be UTF-8");
  const after = await demo.outcomes();
  await page.locator("#file").setInputFiles({ name: "cafe.html", mimeType: "text/html", buffer: bytes });
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  assert.match(await page.locator("#status").textContent(), /Le café de la gare rouvre/);
  const reader = await demo.readerFrame();
  assert.ok((await reader.locator("[data-inti-article]").innerText()).includes(paragraph));
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("a picked file saved as UTF-8 under an old declaration reads as UTF-8", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const paragraph =
    "Городская библиотека открыла новый читальный зал на втором этаже старого здания на набережной, " +
    "и в первые дни посетителей было больше, чем ожидалось, особенно студентов.";
  const html =
    '<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Новый читальный зал</title></head>' +
    `<body><nav><a href="/">Главная</a> <a href="/city">Город</a></nav><article><h1>Новый читальный зал</h1>` +
    `<p>${paragraph}</p><p>${paragraph.replace("втором", "третьем")}</p><p>${paragraph.replace("студентов", "пенсионеров")}</p></article></body></html>`;
  const after = await demo.outcomes();
  await page.locator("#file").setInputFiles({ name: "zal.html", mimeType: "text/html", buffer: Buffer.from(html, "utf8") });
  assert.equal((await demo.waitForOutcome({ after })).state, "done");
  assert.match(await page.locator("#status").textContent(), /Новый читальный зал/);
  const reader = await demo.readerFrame();
  assert.ok((await reader.locator("[data-inti-article]").innerText()).includes(paragraph));
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("every bundled example extracts, with its URL filled in", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const examples = JSON.parse(readFileSync(new URL("../../www/examples/index.json", import.meta.url), "utf8"));
  assert.ok(examples.length >= 4);
  for (const [index, example] of examples.entries()) {
    const after = await demo.outcomes();
    await page.locator("#example").selectOption(String(index));
    const outcome = await demo.waitForOutcome({ after });
    assert.equal(outcome.state, "done", `${example.file}: ${outcome.errorKind}`);
    assert.equal(await page.locator("#url").inputValue(), example.url);
    const reader = await demo.readerFrame();
    const words = Number((await page.locator("#stat-words").textContent()).replace(/,/g, ""));
    assert.ok(words > 80, `${example.file}: only ${words} words`);
    assert.ok((await reader.locator("[data-inti-article] p").count()) >= 3, `${example.file}: few paragraphs`);
    const frame = await demo.removedFrame();
    assert.ok((await frame.locator("[data-inti-reason]").count()) >= 5, `${example.file}: few removed blocks outlined`);
    await screenshot(page, `demo-example-${example.file.replace(/\.html$/, "")}`);
    await page.locator("#tab-reader").click();
  }
  // The empty state's buttons load examples too (checked on a fresh page).
  const fresh = await openDemo(browser, site);
  const after = await fresh.outcomes();
  await fresh.page.locator("#empty-examples button").nth(1).click();
  assert.equal((await fresh.waitForOutcome({ after })).state, "done");
  assert.equal(await fresh.page.locator("#example").inputValue(), "1");
  fresh.consoleWatch.assertNoErrors();
  await fresh.close();
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("binary junk gives a clear message, and the page stays usable", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  // A PNG signature and header, then noise: what a mis-picked image looks like.
  const junk = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    Buffer.from(junkBytes(48 * 1024)),
  ]);
  let after = await demo.outcomes();
  await page.locator("#file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: junk });
  const outcome = await demo.waitForOutcome({ after });
  assert.deepEqual([outcome.state, outcome.errorKind], ["error", "NotHtml"]);
  await page.locator("#error").waitFor({ state: "visible" });
  assert.equal(await page.locator("#error").getAttribute("role"), "alert");
  assert.equal(await page.locator("#error-title").textContent(), "This is not HTML");
  assert.match(await page.locator("#error-text").textContent(), /binary data .* not a web page/);
  // The file is shown by name, not dumped into the text box.
  assert.equal(await page.locator("#file-name").textContent(), "photo.png");
  assert.equal(await page.locator("#html").isHidden(), true);
  await screenshot(page, "demo-error-binary");

  // Clearing it and pasting a page works again.
  await page.locator("#clear-file").click();
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  await page.locator("#error").waitFor({ state: "hidden" });

  // Binary junk pasted as text is refused the same way.
  after = await demo.outcomes();
  await page.locator("#html").fill(String.fromCharCode(...junkBytes(4000).map((b) => (b % 32 === 10 ? 0 : b % 32))));
  await page.locator("#extract").click();
  assert.equal((await demo.waitForOutcome({ after })).errorKind, "NotHtml");
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});

test("too deep, too large and empty inputs are explained in plain words", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;

  let outcome = await demo.extract(`<!doctype html><body>${"<div>".repeat(3000)}deep</body>`);
  assert.deepEqual([outcome.state, outcome.errorKind], ["error", "TooDeep"]);
  assert.equal(await page.locator("#error-title").textContent(), "This page nests its elements too deeply");
  assert.match(await page.locator("#error-text").textContent(), /nested [\d,]+ levels deep; the limit is 2,000\./);
  assert.match(await page.locator("#error-detail").textContent(), /^TooDeep: /);
  await screenshot(page, "demo-error-deep");

  // Over a lowered input limit.
  await page.locator(".limits summary").click();
  await page.locator("#maxInputBytes").fill("0.01");
  outcome = await demo.extract(seed.html);
  assert.deepEqual([outcome.state, outcome.errorKind], ["error", "InputTooLarge"]);
  assert.equal(await page.locator("#error-title").textContent(), "This page is too large");
  assert.match(await page.locator("#error-text").textContent(), /^It is 18\.3 KB, and the limit is 10\.2 KB\. Raise “Max\. input size”/);
  await screenshot(page, "demo-error-too-large");
  await page.locator("#reset-limits").click();
  assert.equal(await page.locator("#maxInputBytes").inputValue(), "64");

  // An option the engine would refuse is caught with a message.
  await page.locator("#maxDepth").fill("-3");
  outcome = await demo.extract(seed.html);
  assert.deepEqual([outcome.state, outcome.errorKind], ["error", "InvalidOption"]);
  assert.match(await page.locator("#error-text").textContent(), /“Max\. depth” must be a whole number of at least 1\./);
  await page.locator("#reset-limits").click();
  await page.locator("#url").fill("not a url");
  await page.locator("#extract").click();
  assert.match(await page.locator("#error-text").textContent(), /page URL must be a full http or https address/);
  await page.locator("#url").fill("");

  // Nothing at all.
  await page.locator("#html").fill("   ");
  await page.locator("#extract").click();
  assert.equal(await page.locator("#error-title").textContent(), "Nothing to extract");
  assert.equal(await page.evaluate(() => document.activeElement.id), "html");

  // And a good page after all that.
  assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
  demo.consoleWatch.assertNoErrors();
  await demo.close();
});
