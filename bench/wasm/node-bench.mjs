#!/usr/bin/env node
// inti's WebAssembly build in Node, timed as examples/bench.rs times the
// native build, for the wasm/native ratio it prints (`--wasm`):
//
//   scripts/lib/build-wasm.sh                        # the package in pkg/
//   node bench/wasm/node-bench.mjs [AEB_DIR] [ROUNDS] [--pkg DIR]
//
// The AEB pages are read where they are (../shared/bench/aeb by default),
// decompressed and decoded once (decodeHtmlBytes), then every round runs
// extract(html, { url }) on every page; what is timed is the call as a
// Node user makes it: the string into wasm memory, the whole pipeline (all
// three output formats and the metadata), the Article back into a
// JavaScript object. It prints `ms_per_page` (median over rounds of the
// round's total / pages), `median_page_ms` (median over pages of each page's
// median), and comment lines starting with "# ".

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--pkg");
const pkgAt = process.argv.indexOf("--pkg");
const AEB = path.resolve(positional[0] ?? path.join(ROOT, "..", "shared", "bench", "aeb"));
const ROUNDS = Math.max(1, Number(positional[1] ?? 5));
const PKG = path.join(pkgAt > 0 ? path.resolve(process.argv[pkgAt + 1]) : path.join(ROOT, "pkg"), "inti.node.mjs");

if (!existsSync(PKG)) {
  console.error(`${PKG} does not exist: build the package with scripts/lib/build-wasm.sh first`);
  process.exit(1);
}
if (!existsSync(path.join(AEB, "html"))) {
  console.error(`no AEB pages under ${AEB}`);
  process.exit(1);
}
const inti = await import(pathToFileURL(PKG).href);
const truth = JSON.parse(readFileSync(path.join(AEB, "ground-truth.json"), "utf8"));
const pages = readdirSync(path.join(AEB, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((file) => {
    const id = file.slice(0, -".html.gz".length);
    const html = inti.decodeHtmlBytes(gunzipSync(readFileSync(path.join(AEB, "html", file))));
    return { id, url: truth[id]?.url, html };
  });

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};

// Warm-up: compiles the hot code (V8 tiers wasm up) and fills the lexicon tables.
for (const page of pages) inti.extract(page.html, { url: page.url });

const perPage = pages.map(() => []);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  let total = 0;
  pages.forEach((page, i) => {
    const start = performance.now();
    const article = inti.extract(page.html, { url: page.url });
    const ms = performance.now() - start;
    if (typeof article.text !== "string") throw new Error(`no text for ${page.id}`);
    perPage[i].push(ms);
    total += ms;
  });
  rounds.push(total / pages.length);
}
console.log(`ms_per_page ${median(rounds).toFixed(4)}`);
console.log(`median_page_ms ${median(perPage.map(median)).toFixed(4)}`);
console.log(`# node ${process.version}, ${pages.length} pages, ${ROUNDS} rounds; per round ms/page: ${rounds.map((r) => r.toFixed(2)).join(" ")}`);
