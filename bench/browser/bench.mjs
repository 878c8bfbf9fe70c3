#!/usr/bin/env node
// inti in headless Chromium: the bookmarklet's click to the reader shown, on
// the AEB pages, and the cold start of the WebAssembly module. A benchmark,
// not a test (nothing here is asserted against a time).
//
//   scripts/lib/build-wasm.sh                    # www/pkg/ (the site's wasm)
//   node bench/browser/bench.mjs [--limit N] [--first N] [--cold N] [--aeb DIR] [--www DIR]
//
// --www serves another copy of www/ as the inti site (with its pkg/), e.g.
// an earlier commit's, to compare before and after on the same machine:
//   git archive OLD www | tar -x -C /tmp/old && cp -r www/pkg /tmp/old/www/
//   node bench/browser/bench.mjs --www /tmp/old/www
//
// Uses the browser tests' harness (tests/e2e/lib: playwright-core and
// Debian's /usr/bin/chromium, headless, the same flags) and serves www/ as
// the inti site. Each AEB page (read where it is, ../shared/bench/aeb) is
// served by a second local server, as a site of another origin (both on
// 127.0.0.1: Chromium lets a public or insecure page reach loopback only
// with a permission prompt); every other request of the page fails at once
// (Chromium resolves no other host name: --host-resolver-rules), so the
// network does not enter the figures. (Refusing them with playwright's
// request interception instead would route inti's own requests through
// this process too, a DevTools round trip each, which under load added
// tens of milliseconds to each of its files.) The page is loaded, and then
// the installed bookmarklet is clicked the way a bookmark runs (see
// tests/e2e/lib/bookmarklet.mjs). The bookmarklet loads the overlay
// (bookmarklet/overlay.js, inject.js bundled with its imports) from the
// inti site, which serializes the page, starts the wasm, extracts and shows
// the reader, and records what each step took (window.__inti.timings).
// Two series: first clicks (the first --first pages, each in a fresh
// browser context: inti's scripts and .wasm fetched from the local server
// and compiled, the code not yet optimized), and later clicks (every page,
// one tab after another in one context, as for someone who has used the
// bookmarklet on the site before: the scripts and the compiled wasm come
// from the browser's caches; an off-the-record context, as playwright's
// contexts are: Chromium keeps no code cache there, JavaScript or wasm, which
// bench/browser/code-cache.mjs looks at in a persistent profile); and, on
// each page of the second series, the
// reader closed and opened again (the engine loaded and warm in the tab).
//
// Printed: per step, the median and the 90th percentile over pages of
//   click -> reader shown   (the whole, on the wall clock)
//   load inti's scripts     (click -> the overlay running: the bookmarklet,
//                            the script fetched and evaluated)
//   serialize page          (document.documentElement.outerHTML)
//   reader's fonts          (the loading view and its hidden sample of the
//                            article's faces laid out: the font lookups)
//   start wasm              (fetch + instantiateStreaming of inti_bg.wasm)
//   extract                 (inti's extract(), all outputs, in wasm)
//   render                  (the reader's DOM, layout, the next frame), and
//                            its parts: parse the article's HTML (DOMParser,
//                            the second sanitizer pass), build the view,
//                            layout (forced), wait for the next frame
// The click is the moment the bench sends it (the DevTools session already
// set up); times are compared on the wall clock (Date.now() on both sides).
// and the cold start alone, in fresh contexts: importing pkg/inti.js, then
// init() (fetch + WebAssembly.instantiateStreaming), with the .wasm's size.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

import { ROOT, requireWasmBuild } from "../../tests/e2e/lib/index.mjs";
import { clickBookmarklet, installBookmarklet, launchBookmarkletBrowser, startInti } from "../../tests/e2e/lib/bookmarklet.mjs";

const { values: args } = parseArgs({
  options: {
    limit: { type: "string" },
    cold: { type: "string", default: "7" },
    first: { type: "string", default: "20" },
    aeb: { type: "string", default: path.join(ROOT, "..", "shared", "bench", "aeb") },
    www: { type: "string", default: path.join(ROOT, "www") },
  },
});
const AEB = path.resolve(args.aeb);
if (!existsSync(path.join(AEB, "html"))) {
  console.log(`no AEB pages under ${AEB}: nothing to measure`);
  process.exit(0);
}
const WWW = path.resolve(args.www);
if (WWW === path.join(ROOT, "www")) requireWasmBuild();
else if (!existsSync(path.join(WWW, "pkg", "inti_bg.wasm"))) throw new Error(`no pkg/inti_bg.wasm under ${WWW}`);

let files = readdirSync(path.join(AEB, "html")).filter((f) => f.endsWith(".html.gz")).sort();
if (args.limit) files = files.slice(0, Number(args.limit));

const median = (v) => quantile(v, 0.5);
function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const at = (v.length - 1) * q;
  const lo = Math.floor(at);
  return v[lo] + (v[Math.ceil(at)] - v[lo]) * (at - lo);
}

const site = await startInti({ root: WWW });
// The AEB pages, as another site: /<id>.html (and an empty /blank.html).
const pagesServer = createServer((request, response) => {
  if (request.url === "/blank.html") {
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>cold start</title>");
    return;
  }
  const id = path.basename(request.url.split("?")[0], ".html");
  const file = path.join(AEB, "html", `${id}.html.gz`);
  if (!/^[0-9a-f]+$/.test(id) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": "text/html" }).end(gunzipSync(readFileSync(file)));
});
await new Promise((resolve) => pagesServer.listen(0, "127.0.0.1", resolve));
const pagesOrigin = `http://127.0.0.1:${pagesServer.address().port}`;
const browser = await launchBookmarkletBrowser({
  args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});
try {
  const setup = await browser.newContext();
  const { href } = await installBookmarklet(setup, site.url);
  await setup.close();

  // One click on each page; `context` null: a fresh context per page.
  async function clickPages(list, shared, again = null) {
    const rows = [];
    for (const file of list) {
      const id = file.slice(0, -".html.gz".length);
      const pageUrl = `${pagesOrigin}/${id}.html`;
      const context = shared ?? (await newContext());
      const page = await context.newPage();
      try {
        await page.goto(pageUrl, { waitUntil: "load", timeout: 30_000 });
        let clickedAt;
        await clickBookmarklet(page, href, { onClick: () => (clickedAt = Date.now()) });
        await page.waitForFunction(
          () => window.__inti?.timings?.shownAt || document.querySelector("inti-reader")?.getAttribute("data-inti-state") === "error",
          null,
          { timeout: 30_000 },
        );
        const t = await page.evaluate(() => window.__inti.timings);
        if (!t?.shownAt) {
          console.log(`# ${id}: no article shown`);
          continue;
        }
        rows.push({
          id,
          bytes: statSync(path.join(AEB, "html", file)).size,
          total: t.shownAt - clickedAt,
          load: t.loadedAt - clickedAt,
          serialize: t.serialize,
          fonts: t.fonts,
          init: t.init,
          extract: t.extract,
          render: t.render,
          parse: t.parse,
          build: t.build,
          layout: t.layout,
          frame: t.frame,
        });
        if (again) {
          // Close the reader (a second click), then open it again: the
          // engine is loaded, compiled and warm in this tab.
          await page.evaluate(() => (window.__inti.timings = null));
          await clickBookmarklet(page, href);
          await page.waitForFunction(() => !document.querySelector("inti-reader")?.isConnected || document.querySelector("inti-reader")?.checkVisibility?.() === false);
          let reopenedAt;
          await clickBookmarklet(page, href, { onClick: () => (reopenedAt = Date.now()) });
          await page.waitForFunction(() => window.__inti?.timings?.shownAt, null, { timeout: 30_000 });
          const u = await page.evaluate(() => window.__inti.timings);
          again.push({
            id,
            bytes: rows.at(-1).bytes,
            total: u.shownAt - reopenedAt,
            load: 0,
            serialize: u.serialize,
            fonts: u.fonts,
            init: u.init,
            extract: u.extract,
            render: u.render,
            parse: u.parse,
            build: u.build,
            layout: u.layout,
            frame: u.frame,
          });
        }
      } catch (error) {
        console.log(`# ${id}: ${error.message.split("\n")[0]}`);
      } finally {
        await (shared ? page.close() : context.close());
      }
    }
    return rows;
  }
  async function newContext() {
    return browser.newContext();
  }

  // First clicks: a fresh context (empty caches) for every page.
  const firstRows = await clickPages(files.slice(0, Number(args.first)), null);
  // Later clicks: one context, as for someone who has used the bookmarklet
  // on this site before (inti's scripts and compiled wasm in the caches).
  const warmContext = await newContext();
  await clickPages(files.slice(0, 3), warmContext);
  const againRows = [];
  const warmRows = await clickPages(files, warmContext, againRows);
  await warmContext.close();

  const steps = [
    ["click -> reader shown", "total"],
    ["load inti's scripts", "load"],
    ["serialize page", "serialize"],
    ["reader's fonts", "fonts"],
    ["start wasm", "init"],
    ["extract", "extract"],
    ["render", "render"],
    ["  parse article HTML", "parse"],
    ["  build the view", "build"],
    ["  layout", "layout"],
    ["  next frame", "frame"],
  ];
  console.log(`inti site: ${WWW}; load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} (${cpus().length} cores)`);
  report(`first click (fresh context), ${firstRows.length} AEB pages`, firstRows);
  report(`later clicks (warm caches), ${warmRows.length} AEB pages`, warmRows);
  report(`the reader opened again on the same page (engine warm), ${againRows.length} AEB pages`, againRows);
  function report(title, rows) {
    console.log(`\n== bookmarklet in headless Chromium ${browser.version()}: ${title} ==`);
    console.log(`${"step".padEnd(24)} ${"median ms".padStart(10)} ${"p90 ms".padStart(8)}`);
    for (const [label, key] of steps) {
      const v = rows.map((r) => r[key]);
      if (!v.some(Number.isFinite)) continue; // a part an older inject.js does not time
      console.log(`${label.padEnd(24)} ${median(v).toFixed(1).padStart(10)} ${quantile(v, 0.9).toFixed(1).padStart(8)}`);
    }
    const byTotal = [...rows].sort((a, b) => a.total - b.total);
    const mid = byTotal[Math.floor((byTotal.length - 1) / 2)];
    if (mid) {
      console.log(
        `median page: ${mid.id.slice(0, 16)} (${(mid.bytes / 1e3).toFixed(0)} kB gzipped): ${mid.total.toFixed(1)} ms = ` +
          `load ${mid.load.toFixed(1)} + serialize ${mid.serialize.toFixed(1)} + wasm ${mid.init.toFixed(1)} + ` +
          `extract ${mid.extract.toFixed(1)} + render ${mid.render.toFixed(1)} (+ the rest: gaps between steps)`,
      );
    }
  }

  // Cold start: a fresh context each time (empty HTTP and code caches).
  const wasmUrl = new URL("pkg/inti_bg.wasm", site.url).href;
  const cold = [];
  for (let i = 0; i < Number(args.cold); i++) {
    const context = await browser.newContext();
    // A blank page of the pages' origin: inti's files are fetched across
    // origins, as in the bookmarklet.
    const page = await context.newPage();
    await page.goto(`${pagesOrigin}/blank.html`);
    cold.push(await page.evaluate(async ([jsUrl, wasmUrl]) => {
      const t0 = performance.now();
      const inti = await import(jsUrl);
      const t1 = performance.now();
      await inti.default({ module_or_path: wasmUrl });
      const t2 = performance.now();
      const fetchEntry = performance.getEntriesByName(wasmUrl)[0];
      return { importJs: t1 - t0, init: t2 - t1, fetch: fetchEntry ? fetchEntry.responseEnd - fetchEntry.startTime : NaN };
    }, [new URL("pkg/inti.js", site.url).href, wasmUrl]));
    await context.close();
  }
  const wasmBytes = statSync(path.join(WWW, "pkg", "inti_bg.wasm")).size;
  console.log(`\n== cold start in a fresh context, ${cold.length} runs (inti_bg.wasm ${(wasmBytes / 1e3).toFixed(0)} kB, local server) ==`);
  for (const [label, key] of [["import pkg/inti.js", "importJs"], ["init: fetch + instantiateStreaming", "init"], ["  of which the .wasm fetch", "fetch"]]) {
    const v = cold.map((c) => c[key]);
    console.log(`${label.padEnd(36)} median ${median(v).toFixed(1).padStart(6)} ms   [${Math.min(...v).toFixed(1)}, ${Math.max(...v).toFixed(1)}]`);
  }
} finally {
  await browser.close();
  await site.close();
  pagesServer.close();
}
