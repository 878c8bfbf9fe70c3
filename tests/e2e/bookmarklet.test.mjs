// The bookmarklet in chromium, where sites let it run in the page: the
// install page builds it for its own origin, a click shows the reader
// overlay (in a shadow root, with its controls), Escape and Close give the
// page back exactly, Trusted Types pages work, and an article over three
// pages is joined. The sites where it must fall back to the reader window are
// in bookmarklet-fallback.test.mjs. Needs the wasm build in www/pkg/.
//
// How the tests click the bookmark, and why that is faithful: see
// tests/e2e/lib/bookmarklet.mjs. The test sites: tests/sites/.

import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { SAMPLES, startTestSite } from "../sites/sites.mjs";
import {
  LONGFORM,
  articleText,
  assertLongformArticle,
  headerText,
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
import { requireWasmBuild, screenshot, startSite } from "./lib/index.mjs";

const VIEWPORT = { width: 1280, height: 900 };

let browser;
let inti;
let intiOrigin;
let href;
const sites = {};
let hostileRoot;

// Markup that is inert in the page as served but would run if the overlay
// re-parsed text as HTML, took a <noscript> or <template> apart, or kept a
// javascript: link or an event handler.
const HOSTILE = `
      <p>Para pejabat yang dihubungi menolak berkomentar lebih jauh soal tulisan &lt;img src=x onerror="window.__pwned='text'"&gt; dan &lt;script&gt;window.__pwned='text'&lt;/script&gt; yang beredar di media sosial sejak Senin malam waktu setempat.</p>
      <noscript><p><img src="img/promo.svg" onload="window.__pwned='noscript'"></p></noscript>
      <template><img src="img/promo.svg" onload="window.__pwned='template'"></template>
      <p>Laporan lengkap kantor berita itu dapat dibaca di <a href="javascript:window.__pwned='link'">situs resminya</a>, sementara tanggapan pemerintah dimuat dalam <a href="  JaVaScRiPt:window.__pwned='link2'">siaran pers</a> dan <a href="data:text/html,<script>parent.__pwned='data'</script>">lampiran dokumen</a> yang dirilis pada hari yang sama oleh juru bicara kementerian.</p>`;

before(async () => {
  requireWasmBuild();
  inti = await startInti();
  intiOrigin = new URL(inti.url).origin;
  browser = await launchBookmarkletBrowser();
  for (const name of ["open", "trusted-types"]) sites[name] = await startTestSite(name, intiOrigin);
  hostileRoot = mkdtempSync(path.join(tmpdir(), "inti-hostile-site-"));
  cpSync(SAMPLES, hostileRoot, { recursive: true });
  const news = readFileSync(path.join(SAMPLES, "news.html"), "utf8");
  const anchor = "<p>Pengiriman senjata itu disebut";
  assert.ok(news.includes(anchor));
  writeFileSync(path.join(hostileRoot, "hostile.html"), news.replace(anchor, `${HOSTILE}\n      ${anchor}`));
  sites.hostile = await startTestSite("open", intiOrigin, { root: hostileRoot });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const install = await installBookmarklet(context, inti.url);
  href = install.href;
  await context.close();
});

after(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site.close();
  await inti?.close();
  if (hostileRoot) rmSync(hostileRoot, { recursive: true, force: true });
});

// A new context (own cookies, permissions, pop-ups) and a page of a test
// site, scrolled down, with its errors watched.
async function openSitePage(siteName, file = "news.html", viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  const siteOrigin = new URL(sites[siteName].url).origin;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: siteOrigin });
  const page = await context.newPage();
  const watch = watchPage(page, intiOrigin);
  await page.goto(new URL(file, sites[siteName].url).href);
  await quietEvaluate(page, () => window.scrollTo(0, 700));
  return { context, page, watch };
}

test("the install page offers the bookmarklet built for its own origin, well under 2,000 characters", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page, intiOrigin);
  await page.goto(new URL("install.html", inti.url).href);
  const link = page.locator("a[data-inti-bookmarklet]");
  await page.waitForFunction(() => document.querySelector("a[data-inti-bookmarklet]").href.startsWith("javascript:"));
  const linkHref = await link.getAttribute("href");
  assert.ok(linkHref.length < 2000, `the bookmarklet is ${linkHref.length} characters`);
  const code = decodeURIComponent(linkHref.slice("javascript:".length));
  // It is built for the origin and path the page is served from.
  assert.ok(code.includes(JSON.stringify(inti.url)), "the bookmarklet names this site's address");
  assert.doesNotThrow(() => new Function(code), "the bookmarklet parses");
  assert.match(await page.locator("#bookmarklet-code").inputValue(), /^javascript:/);
  // Install steps for the three browsers, and the sample pages.
  const text = await page.locator("main").innerText();
  for (const browserName of ["Chrome", "Firefox", "Safari"]) assert.ok(text.includes(browserName), browserName);
  for (const sample of ["bookmarklet/samples/news.html", "bookmarklet/samples/longform-1.html"]) {
    assert.equal(await page.locator(`a[href="${sample}"]`).count(), 1, sample);
    const response = await page.request.get(new URL(sample, inti.url).href);
    assert.equal(response.status(), 200, sample);
  }
  // A click on the install page itself explains what to do instead.
  await link.click();
  assert.match(await page.locator("#install-status").textContent(), /Drag/);
  await screenshot(page, "bookmarklet-install");
  watch.assertNoErrors();
  await context.close();
});

test("(a) no CSP: a click shows the article in the overlay; controls work; Escape restores the page", async () => {
  const { context, page, watch } = await openSitePage("open");
  const before = await pageSnapshot(page);
  assert.equal(before.scrollY, 700);
  const wasmRequests = [];
  const intiRequests = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/inti_bg.wasm")) wasmRequests.push(request.url());
    if (request.url().startsWith(intiOrigin)) intiRequests.push(new URL(request.url()).pathname);
  });

  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  // The .wasm the bookmarklet started compiling at the click is the one
  // inti runs: fetched once.
  assert.deepEqual(wasmRequests, [new URL("pkg/inti_bg.wasm", inti.url).href]);
  // inti's code is one script (the bundled overlay), not a module graph
  // fetched a level at a time: the click makes two requests to inti's site
  // (the lead image comes from the test site).
  assert.deepEqual(intiRequests.sort(), ["/bookmarklet/overlay.js", "/pkg/inti_bg.wasm"]);
  // The date, written just after the first frame, is there by "done", in
  // words rather than as the page's ISO date.
  assert.doesNotMatch(normalize(await headerText(page)), /\d{4}-\d{2}-\d{2}/);
  // The overlay: one <inti-reader>, an open shadow root, on top of the page.
  const host = await page.evaluate(() => {
    const element = document.querySelector("inti-reader");
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return {
      count: document.querySelectorAll("inti-reader").length,
      shadow: element.shadowRoot?.mode,
      covers: box.width >= innerWidth - 20 && box.height >= innerHeight - 1,
      onTop: top === element,
    };
  });
  assert.deepEqual(host, { count: 1, shadow: "open", covers: true, onTop: true });
  await assertSeedArticle(page);
  assert.equal(await page.locator("inti-reader .status").textContent(), "", "one page: no pages line");
  await viewportScreenshot(page, "bookmarklet-overlay");

  // The page's styles do not reach into the overlay: the article is in the
  // reader's serif, not the page's Arial.
  const font = await page.locator("inti-reader [data-inti-article] p").first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.doesNotMatch(font, /Arial/);

  // Font size, width and theme.
  const root = page.locator("inti-reader .root");
  const setting = (name) => root.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name).trim(), name);
  assert.equal(await setting("--size"), "19px");
  await page.locator("inti-reader button[aria-label='Larger text']").click();
  assert.equal(await setting("--size"), "21px");
  await page.locator("inti-reader button[aria-label='Smaller text']").click();
  await page.locator("inti-reader button[aria-label='Smaller text']").click();
  assert.equal(await setting("--size"), "17px");
  await page.locator("inti-reader button[data-width='wide']").click();
  assert.equal(await setting("--width"), "56rem");
  assert.equal(await page.locator("inti-reader button[data-width='wide']").getAttribute("aria-pressed"), "true");
  const articleWidth = await page.locator("inti-reader article.article").evaluate((element) => element.getBoundingClientRect().width);
  assert.ok(articleWidth > 850, `the wide column is ${articleWidth}px`);
  for (const [theme, background] of [["dark", "rgb(23, 24, 27)"], ["sepia", "rgb(244, 236, 216)"]]) {
    await page.locator(`inti-reader button[data-theme='${theme}']`).click();
    assert.equal(await root.getAttribute("data-theme"), theme);
    assert.equal(await root.evaluate((element) => getComputedStyle(element).backgroundColor), background);
    await viewportScreenshot(page, `bookmarklet-overlay-${theme}`);
  }

  // Copy as Markdown and as text.
  await page.locator("inti-reader button", { hasText: "Copy Markdown" }).click();
  await page.locator("inti-reader .status", { hasText: "Markdown copied" }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.startsWith(`# ${"AS Khawatir Korut Akan Kirim Lebih Banyak Senjata ke Rusia"}\n\n`), markdown.slice(0, 100));
  assert.ok(markdown.includes("**Washington DC**"), "the Markdown keeps the bold dateline");
  await page.locator("inti-reader button", { hasText: "Copy text" }).click();
  await page.locator("inti-reader .status", { hasText: "Text copied" }).waitFor();
  const text = normalize(await page.evaluate(() => navigator.clipboard.readText()));
  assert.ok(text.includes("Pada bulan yang sama, AS menjatuhkan sanksi"), "the text has the last paragraph");
  for (const boilerplate of ["ADVERTISEMENT", "Baca juga", "Komentar"]) {
    assert.ok(!text.includes(boilerplate) && !markdown.includes(boilerplate), boilerplate);
  }

  // The overlay scrolls, not the page; Escape gives the page back exactly.
  await page.locator("inti-reader .root").evaluate((element) => element.scrollBy(0, 800));
  await page.mouse.wheel(0, 600);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("inti-reader").count(), 0);
  assert.deepEqual(await pageSnapshot(page), before);

  // A second click reopens the reader (inti is loaded already), Close
  // restores the page again.
  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  assert.ok(normalize(await articleText(page)).includes("Pengiriman senjata itu disebut mencakup roket infanteri"));
  await page.locator("inti-reader button[data-action='close']").click();
  assert.equal(await page.locator("inti-reader").count(), 0);
  assert.deepEqual(await pageSnapshot(page), before);

  assert.deepEqual(watch.refusals, [], "nothing was refused on a site without CSP");
  watch.assertNoErrors();
  await context.close();
});

test("a host that serves the .wasm without its MIME type: the click's early compile fails, the overlay loads it anyway", async () => {
  // WebAssembly.compileStreaming, which the bookmarklet starts at the click,
  // refuses a .wasm not served as application/wasm; inti's init() then reads
  // the bytes instead.
  const cors = { "Access-Control-Allow-Origin": "*" };
  const plainHost = await startSite({
    headers: { "/bookmarklet/*": cors, "/pkg/*": cors, "/pkg/inti_bg.wasm": { "Content-Type": "application/octet-stream" } },
  });
  try {
    const setup = await browser.newContext();
    const { href: plainHref } = await installBookmarklet(setup, plainHost.url);
    await setup.close();
    const { context, page, watch } = await openSitePage("open");
    const wasmRequests = [];
    page.on("request", (request) => request.url().endsWith("/inti_bg.wasm") && wasmRequests.push(request.url()));
    await clickBookmarklet(page, plainHref);
    assert.equal(await waitForState(page, ["done", "error"]), "done");
    await assertSeedArticle(page);
    assert.equal(wasmRequests.length, 2, "fetched again for init() after the failed streaming compile");
    assert.equal(context.pages().length, 1, "no reader window");
    watch.assertNoErrors();
    await context.close();
  } finally {
    await plainHost.close();
  }
});

test("a bookmarklet installed before the overlay was bundled (it loads inject.js, a module graph) still works", async () => {
  const oldHref = href.replace(/bookmarklet\/overlay\.js/, "bookmarklet/inject.js");
  assert.notEqual(oldHref, href);
  const { context, page, watch } = await openSitePage("open");
  const before = await pageSnapshot(page);
  const scripts = [];
  page.on("request", (request) => request.url().startsWith(intiOrigin) && /\.m?js$/.test(request.url()) &&
    scripts.push(new URL(request.url()).pathname));
  await clickBookmarklet(page, oldHref);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  await assertSeedArticle(page);
  assert.ok(scripts.includes("/bookmarklet/inject.js") && scripts.includes("/bookmarklet/reader-ui.js") && !scripts.includes("/bookmarklet/overlay.js"),
    scripts.join(" "));
  await page.keyboard.press("Escape");
  assert.deepEqual(await pageSnapshot(page), before);
  watch.assertNoErrors();
  await context.close();
});

test("the loading view lays out a hidden sample of every face the article uses, gone once the article is shown", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(new URL("install.html", inti.url).href);
  const result = await page.evaluate(async () => {
    const { ReaderView, parseArticleHtml } = await import("./bookmarklet/reader-ui.js");
    const view = new ReaderView({ mode: "overlay", document });
    view.open();
    view.loading("Reading this page…");
    view.warmFonts();
    const root = view.host.shadowRoot;
    // The face of every element that holds text of its own.
    const faces = (scope) => new Set([...scope.querySelectorAll("*")]
      .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim()))
      .map((element) => {
        const style = getComputedStyle(element);
        return `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
      }));
    const sample = root.querySelector(".sample");
    const sampleFaces = faces(sample);
    const loading = {
      hidden: getComputedStyle(sample).visibility === "hidden" && sample.getAttribute("aria-hidden") === "true",
      shown: root.querySelector("main").innerText.trim(),
    };
    view.showArticle(
      { title: "A title", byline: "By someone", siteName: "Site", published: "2023-06-13", text: "t", markdown: "t", url: location.href },
      parseArticleHtml("<h2>Heading</h2><h3>Sub</h3><p>Text <b>bold</b> <i>italic</i> <b><i>both</i></b> <code>code</code></p>" +
        "<blockquote>Quote</blockquote><figure><figcaption>Caption</figcaption></figure>"),
    );
    const articleFaces = faces(root.querySelector("article.article"));
    return {
      loading,
      left: root.querySelectorAll(".sample").length,
      articleFaces: articleFaces.size,
      missing: [...articleFaces].filter((face) => !sampleFaces.has(face)),
    };
  });
  assert.deepEqual(result.loading, { hidden: true, shown: "Reading this page…" });
  assert.equal(result.left, 0, "the sample is gone with the loading view");
  assert.ok(result.articleFaces >= 6, `${result.articleFaces} faces`);
  assert.deepEqual(result.missing, [], "every face of the article was in the sample");
  await context.close();
});

test("(e) require-trusted-types-for 'script': the overlay loads and renders through Trusted Types", async () => {
  const { context, page, watch } = await openSitePage("trusted-types");
  // The site does enforce Trusted Types: a string in an HTML sink throws.
  assert.equal(await quietEvaluate(page, () => {
    try {
      document.createElement("div").innerHTML = "<b>x</b>";
      return "allowed";
    } catch (error) {
      return error.name;
    }
  }), "TypeError");
  const before = await pageSnapshot(page);
  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  await assertSeedArticle(page);
  await viewportScreenshot(page, "bookmarklet-overlay-trusted-types");
  await page.locator("inti-reader button[data-action='close']").click();
  assert.equal(await page.locator("inti-reader").count(), 0);
  assert.deepEqual(await pageSnapshot(page), before);
  // The only console errors are the ones the page check above provoked.
  const unexpected = watch.errors.filter((error) => !/TrustedHTML/.test(error));
  assert.deepEqual(unexpected, [], unexpected.join("\n"));
  await context.close();
});

test("(f) an article over three pages: the overlay fetches and joins them, saying so", async () => {
  const { context, page, watch } = await openSitePage("open", "longform-1.html");
  const before = await pageSnapshot(page);
  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  assert.equal(await page.locator("inti-reader .status").textContent(), "3 pages joined");
  await assertLongformArticle(page);
  assert.equal(normalize(await page.locator("inti-reader h1.title").innerText()), LONGFORM.title);
  await viewportScreenshot(page, "bookmarklet-overlay-three-pages");
  await page.locator("inti-reader .page-break").first().evaluate((divider) => divider.scrollIntoView({ block: "center" }));
  await viewportScreenshot(page, "bookmarklet-overlay-page-divider");
  // Markdown of all three pages, each paragraph once.
  await page.locator("inti-reader button", { hasText: "Copy Markdown" }).click();
  await page.locator("inti-reader .status", { hasText: "Markdown copied" }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.includes(LONGFORM.firsts[2]) && markdown.includes("Next year"), "the Markdown has page 3");
  for (const repeated of LONGFORM.repeated) assert.equal(markdown.split(repeated).length - 1, 1, repeated);
  await page.keyboard.press("Escape");
  assert.deepEqual(await pageSnapshot(page), before);
  watch.assertNoErrors();
  await context.close();
});

test("the overlay at phone width", async () => {
  const { context, page, watch } = await openSitePage("open", "news.html", { width: 390, height: 844 });
  const before = await pageSnapshot(page);
  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  await assertSeedArticle(page);
  // Nothing wider than the screen.
  const overflow = await page.locator("inti-reader .root").evaluate((root) => root.scrollWidth - root.clientWidth);
  assert.equal(overflow, 0, "the reader scrolls sideways");
  await viewportScreenshot(page, "bookmarklet-overlay-phone");
  await page.locator("inti-reader button[data-action='close']").click();
  assert.deepEqual(await pageSnapshot(page), before);
  watch.assertNoErrors();
  await context.close();
});

test("the overlay runs nothing from the page: hostile markup inside the article stays inert", async () => {
  const { context, page, watch } = await openSitePage("hostile", "hostile.html");
  assert.equal(await quietEvaluate(page, () => window.__pwned ?? null), null, "the page itself ran nothing");
  await clickBookmarklet(page, href);
  assert.equal(await waitForState(page, ["done", "error"]), "done");
  await assertSeedArticle(page);
  const body = normalize(await articleText(page));
  assert.ok(body.includes(`tulisan <img src=x onerror="window.__pwned='text'"> dan <script>`), "escaped markup is shown as text");
  assert.ok(body.includes("Laporan lengkap kantor berita itu"), "the paragraph with the links is kept");
  // Nothing executable in the overlay's DOM.
  const found = await page.locator("inti-reader").evaluate((host) => {
    const bad = [];
    for (const element of host.shadowRoot.querySelectorAll("*")) {
      if (/^(script|iframe|object|embed|noscript|template|style|svg|math)$/.test(element.localName)) bad.push(element.localName);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name) || (/^(href|src|srcset|action|formaction|xlink:href)$/i.test(name) &&
          /^\s*(javascript|vbscript|data):/i.test(value) && !/^data:image\//i.test(value))) {
          bad.push(`${element.localName}[${name}=${value}]`);
        }
      }
    }
    return bad;
  });
  assert.deepEqual(found, []);
  // Clicking the article's links runs nothing either.
  for (const link of await page.locator("inti-reader [data-inti-article] a").all()) {
    const text = await link.innerText();
    if (/situs resminya|siaran pers|lampiran dokumen/.test(text)) await link.click().catch(() => {});
  }
  await page.waitForTimeout(300);
  assert.equal(await quietEvaluate(page, () => window.__pwned ?? null), null);
  await page.keyboard.press("Escape");
  watch.assertNoErrors();
  await context.close();
});

test("the harness's browser takes the flags it is given (bench/browser/bench.mjs passes --host-resolver-rules, which it once dropped)", async () => {
  const flagged = await launchBookmarkletBrowser({ args: ["--user-agent=inti-harness-check"] });
  try {
    const page = await flagged.newPage();
    await page.goto(new URL("install.html", inti.url).href);
    assert.equal(await page.evaluate(() => navigator.userAgent), "inti-harness-check");
  } finally {
    await flagged.close();
  }
});
