// The attack-vector corpus against the WebAssembly build in chromium
// (issue 3). The same vectors as the Rust tests (tests/security.rs, from
// tests/support/attack-vectors.json), each inside an otherwise ordinary
// article:
//
// 1. in a plain page without any CSP, the wasm build extracts each page and
//    the article HTML is inserted with `innerHTML` (the least careful way a
//    caller can use it) and with the bookmarklet overlay's
//    `parseArticleHtml`: the live DOM holds nothing active, no handler runs,
//    no dialog opens, nothing is requested from evil.example;
// 2. the reader view (reader.html, what the bookmarklet opens when a site
//    blocks it) shows a page holding every vector: same checks, on the
//    document and its shadow roots.
//
//   node --test tests/e2e/security.test.mjs

import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { after, before, test } from "node:test";

import { ROOT, launchBrowser, requireWasmBuild, startSite } from "./lib/index.mjs";

const VECTORS = JSON.parse(readFileSync(path.join(ROOT, "tests", "support", "attack-vectors.json"), "utf8"));

const PARAGRAPHS = [
  "The harbour council met on Tuesday evening to decide the future of the old fish market, a building that has stood on the quay since 1887 and has been empty for most of the last decade.",
  "Several residents spoke in favour of turning it into a covered market for local producers, arguing that the town needs a place where farmers and fishers can sell directly to the people who live here.",
  "Others worried about the cost of repairing the roof, which engineers estimate at close to two million, and asked whether the council could afford it without raising local taxes again next year.",
  "The council's own report, published last month, suggests that a mixed use of market stalls downstairs and small workshops upstairs could pay for the repairs within fifteen years of opening.",
];

/** An ordinary news page with the markup inside its article (as in
 * tests/security.rs: a block between paragraphs, and inline). */
function articlePage(markup) {
  const [a, b] = [PARAGRAPHS[2].slice(0, 60), PARAGRAPHS[2].slice(60)];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council weighs the future of the old fish market | Harbour Gazette</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council weighs the future of the old fish market</h1>
<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>
${markup}
<p>${a} ${markup} ${b}</p><p>${PARAGRAPHS[3]}</p>
</article></main><footer><p>© Harbour Gazette</p></footer></body></html>`;
}

// The test page: loads the wasm build and the overlay's parser, and traps
// every way a vector could show it ran.
const TEST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>security</title>
<script>
  window.__ran = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = (...args) => { window.__ran.push(name + "(" + args.join(",") + ")"); };
  }
</script>
<script type="module">
  import init, { extract } from "./pkg/inti.js";
  import { parseArticleHtml } from "./bookmarklet/reader-ui.js";
  await init();
  window.__inti = { extract, parseArticleHtml };
</script></head><body><div id="raw"></div><div id="overlay"></div></body></html>`;

/** Runs in the browser: what is active in the nodes under `roots` (and in
 * their shadow roots). The same rules as tests/support/safety.rs. */
function auditInBrowser(selectors) {
  const ACTIVE = new Set(["script", "style", "link", "meta", "base", "iframe", "frame", "frameset", "object", "embed",
    "applet", "param", "portal", "form", "input", "button", "textarea", "select", "template", "noscript", "noembed",
    "noframes", "xmp", "plaintext", "svg", "math", "video", "audio", "source", "map", "area", "details", "dialog"]);
  const ACTIVE_ATTRIBUTES = new Set(["style", "srcdoc", "action", "formaction", "background", "poster", "ping", "data",
    "http-equiv", "is", "autofocus", "xlink:href", "contenteditable", "usemap"]);
  const schemeOf = (url) => {
    const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
    const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
    return match ? match[1].toLowerCase() : null;
  };
  const safeUrl = (element, attribute, url) => {
    const scheme = schemeOf(url);
    if (scheme === null || scheme === "http" || scheme === "https") return true;
    if (["mailto", "tel", "ftp"].includes(scheme)) return element === "a" && attribute === "href";
    if (scheme === "data") return element === "img" && attribute === "src" && /^\s*data:image\/(png|gif|jpe?g|webp|avif|bmp)[;,]/i.test(url);
    return false;
  };
  const found = [];
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.COMMENT_NODE) {
        found.push(`comment ${node.data.slice(0, 40)}`);
        continue;
      }
      const name = node.localName;
      if (node.namespaceURI !== "http://www.w3.org/1999/xhtml") found.push(`foreign ${name}`);
      if (ACTIVE.has(name)) found.push(`<${name}>`);
      for (const { name: attribute, value } of node.attributes) {
        const lower = attribute.toLowerCase();
        const urls = lower === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0]) :
          ["href", "src", "cite"].includes(lower) ? [value] : [];
        if (lower.startsWith("on") || ACTIVE_ATTRIBUTES.has(lower) || urls.some((u) => !safeUrl(name, lower, u))) {
          found.push(`<${name} ${attribute}=${JSON.stringify(value.slice(0, 60))}>`);
        }
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  for (const selector of selectors) for (const root of document.querySelectorAll(selector)) walk(root);
  return found;
}

let browser;
let site;
let siteRoot;

before(async () => {
  requireWasmBuild();
  siteRoot = mkdtempSync(path.join(tmpdir(), "inti-security-site-"));
  cpSync(path.join(ROOT, "www"), siteRoot, { recursive: true });
  writeFileSync(path.join(siteRoot, "security-test.html"), TEST_PAGE);
  site = await startSite({ root: siteRoot });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
});

/** A page with every way of noticing that something ran or loaded. */
async function watchedPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const events = [];
  page.on("dialog", (dialog) => {
    events.push(`dialog ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await context.route(/^(https?:\/\/)?([^/]*\.)?evil\.example/, (route) => {
    events.push(`request ${route.request().url()}`);
    return route.abort();
  });
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame()) events.push(`frame navigated to ${frame.url()}`);
  });
  return { context, page, events };
}

test("the corpus has at least 60 vectors", () => {
  assert.ok(VECTORS.length >= 60, String(VECTORS.length));
});

test("every vector: the wasm output inserted with innerHTML and with the overlay's parser holds and runs nothing", async () => {
  const { context, page, events } = await watchedPage();
  await page.goto(new URL("security-test.html", site.url).href);
  await page.waitForFunction(() => window.__inti !== undefined);
  const pages = VECTORS.map((v) => ({ name: v.name, keeps: v.keeps, html: articlePage(v.markup) }));
  const results = await page.evaluate(async ({ pages, auditSource }) => {
    const audit = new Function(`return (${auditSource})`)();
    const out = [];
    for (const { name, keeps, html } of pages) {
      const failures = [];
      for (const options of [{}, { url: "https://gazette.example/news/market.html" }]) {
        const article = window.__inti.extract(html, options);
        const raw = document.getElementById("raw");
        const overlay = document.getElementById("overlay");
        raw.innerHTML = article.html;
        overlay.replaceChildren(window.__inti.parseArticleHtml(article.html));
        // Let any handler, image error or timer fire.
        await new Promise((resolve) => setTimeout(resolve, 30));
        failures.push(...audit(["#raw", "#overlay"]));
        if (!raw.textContent.includes("harbour council met on Tuesday")) failures.push("the article around it is missing");
        if (keeps && !raw.textContent.includes(keeps)) failures.push(`lost ${JSON.stringify(keeps)}`);
      }
      if (window.__ran.length) failures.push(`ran: ${window.__ran.splice(0).join(", ")}`);
      if (failures.length) out.push(`${name}: ${[...new Set(failures)].join("; ")}`);
    }
    return out;
  }, { pages, auditSource: auditInBrowser.toString() });
  assert.deepEqual(results, [], results.join("\n"));
  await page.waitForTimeout(200);
  assert.deepEqual(events, [], "something ran, loaded or navigated");
  await context.close();
});

test("the reader view (reader.html) shows an article holding every vector, and nothing of them is active", async () => {
  const { context, page, events } = await watchedPage();
  // Every vector in one article; <plaintext> last, since it swallows the
  // rest of the page.
  const ordered = [...VECTORS.filter((v) => !/plaintext/.test(v.markup)), ...VECTORS.filter((v) => /plaintext/.test(v.markup))];
  // Each vector inline in its own paragraph (loose links between
  // paragraphs read as navigation, and are rightly dropped).
  const body = ordered.map((v, i) => `<p>Part ${i + 1} of the report. ${PARAGRAPHS[i % PARAGRAPHS.length]} ${v.markup} ${PARAGRAPHS[(i + 1) % PARAGRAPHS.length]}</p>`);
  const html = articlePage(body.join("\n"));
  const data = deflateRawSync(Buffer.from(html, "utf8")).toString("base64url");
  const url = new URL("reader.html", site.url);
  url.hash = `z=${data}&u=${encodeURIComponent("https://gazette.example/news/market.html")}`;
  await page.goto(url.href);
  await page.waitForFunction(() => ["done", "error"].includes(document.documentElement.getAttribute("data-inti-state")), null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-inti-state")), "done");
  const text = await page.locator("[data-inti-article]").innerText();
  assert.ok(text.includes("harbour council met on Tuesday"), text.slice(0, 300));
  for (const keeps of ["obf twelve", "Styled words", "Part 100 of the report"]) {
    assert.ok(text.includes(keeps), `the reader lacks ${JSON.stringify(keeps)}`);
  }
  const found = await page.evaluate(auditInBrowser, ["[data-inti-article]"]);
  assert.deepEqual(found, []);
  // Clicking every link of the article runs nothing.
  for (const link of await page.locator("[data-inti-article] a").all()) {
    await link.click({ modifiers: ["Shift"], timeout: 2000 }).catch(() => {});
  }
  await page.waitForTimeout(300);
  assert.deepEqual(events.filter((e) => !e.startsWith("request https://gazette.example")), []);
  await context.close();
});
