#!/usr/bin/env node
// Does V8's wasm code cache reach the bookmarklet's later clicks? A
// diagnosis, not a benchmark of record (bench.mjs is that).
//
//   node bench/browser/code-cache.mjs [--pages N] [--wait MS] [--js-flags "..."]
//
// Unlike bench.mjs, the browser runs with a persistent profile (a temporary
// --user-data-dir), as a user's does: playwright's browser.newContext() is
// off the record, and Chromium keeps no code cache (JavaScript or wasm) for
// such a context, so bench.mjs's later clicks cannot show one. One tab per
// AEB page, one after another: load the page, click the bookmarklet, wait
// for the reader, then --wait ms more (a user reading) before closing the
// tab. Printed: the split of each click (the first tab compiles, the later
// ones could use a cache), and how many entries the profile's
// "Code Cache/wasm" and "Code Cache/js" folders hold at the end.
// --js-flags is for diagnosis only (e.g. "--wasm-caching-timeout-ms=0"):
// a page cannot set V8's flags.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

import { ROOT, requireWasmBuild } from "../../tests/e2e/lib/index.mjs";
import { clickBookmarklet, installBookmarklet, launchBookmarkletProfile, startInti } from "../../tests/e2e/lib/bookmarklet.mjs";

const { values: args } = parseArgs({
  options: {
    pages: { type: "string", default: "8" },
    wait: { type: "string", default: "3000" },
    "js-flags": { type: "string" },
    aeb: { type: "string", default: path.join(ROOT, "..", "shared", "bench", "aeb") },
  },
});
const AEB = path.join(path.resolve(args.aeb), "html");
if (!existsSync(AEB)) {
  console.log(`no AEB pages under ${AEB}: nothing to measure`);
  process.exit(0);
}
requireWasmBuild();
const files = readdirSync(AEB).filter((f) => f.endsWith(".html.gz")).sort().slice(0, Number(args.pages));

const site = await startInti();
const pages = createServer((request, response) => {
  const id = path.basename(request.url.split("?")[0], ".html");
  const file = path.join(AEB, `${id}.html.gz`);
  if (!/^[0-9a-f]+$/.test(id) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { "content-type": "text/html" }).end(gunzipSync(readFileSync(file)));
});
await new Promise((resolve) => pages.listen(0, "127.0.0.1", resolve));
const pagesOrigin = `http://127.0.0.1:${pages.address().port}`;
const profile = mkdtempSync(path.join(tmpdir(), "inti-code-cache-"));
const flags = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];
if (args["js-flags"]) flags.push(`--js-flags=${args["js-flags"]}`);
const context = await launchBookmarkletProfile(profile, { args: flags });
try {
  const { page: installPage, href } = await installBookmarklet(context, site.url);
  await installPage.close();
  console.log(`persistent profile, ${files.length} AEB pages, ${args.wait} ms in each tab after the reader${args["js-flags"] ? `, --js-flags=${args["js-flags"]}` : ""}`);
  console.log("tab  click->shown  load  fonts  init  extract  render  (ms)");
  for (const [i, file] of files.entries()) {
    const page = await context.newPage();
    await page.goto(`${pagesOrigin}/${file.slice(0, -".gz".length)}`, { waitUntil: "load", timeout: 30_000 });
    let clickedAt;
    await clickBookmarklet(page, href, { onClick: () => (clickedAt = Date.now()) });
    await page.waitForFunction(() => window.__inti?.timings?.shownAt || document.querySelector("inti-reader")?.getAttribute("data-inti-state") === "error", null, { timeout: 30_000 });
    const t = await page.evaluate(() => window.__inti.timings);
    if (t?.shownAt) {
      const f = (x) => x.toFixed(1).padStart(6);
      console.log(`${String(i + 1).padStart(3)}  ${f(t.shownAt - clickedAt)}      ${f(t.loadedAt - clickedAt)} ${f(t.fonts)} ${f(t.init)} ${f(t.extract)}  ${f(t.render)}`);
    } else {
      console.log(`${String(i + 1).padStart(3)}  no article shown`);
    }
    await page.waitForTimeout(Number(args.wait));
    await page.close();
  }
} finally {
  await context.close();
  await site.close();
  pages.close();
}
for (const kind of ["wasm", "js"]) {
  const dir = path.join(profile, "Default", "Code Cache", kind);
  const entries = existsSync(dir) ? readdirSync(dir).filter((f) => /_\d+$/.test(f)).length : 0;
  console.log(`Code Cache/${kind}: ${entries} entries`);
}
rmSync(profile, { recursive: true, force: true });
