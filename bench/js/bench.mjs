#!/usr/bin/env node
// Speed (and accuracy) of the npm package inti-wasm in Node, side by side with
// Mozilla's Readability on jsdom and on linkedom, over the pages of the
// article-extraction-benchmark (AEB). A benchmark, not a test.
//
//   scripts/lib/build-wasm.sh              # builds the package into pkg/
//   (cd bench/js && npm ci)                # Readability, jsdom, linkedom
//   node bench/js/bench.mjs [--runs N] [--limit N] [--only inti,linkedom,jsdom] [--json FILE] [--pkg DIR]
//
// The pages are read where they are, ../shared/bench/aeb next to the
// repository (or INTI_AEB_DIR), never copied; when they are absent the script
// says so and exits 0. Each page is decompressed and decoded once
// (inti-wasm's decodeHtmlBytes, the same text for the three), then each
// extractor runs on it N times (default 3) and the median is kept, after a
// warm-up pass over the first pages. What is timed is all an extractor needs
// to go from the HTML text to the article: for Readability, parsing the page
// into a DOM (new JSDOM(html, { url }), linkedom's parseHTML(html)) and
// Readability's parse(); for inti, extract(html, { url }).
//
// It prints, for each extractor: the median time per page, the total time
// (sum of the per-page medians), pages per second, how much faster inti is,
// and the AEB F1, precision and recall of the extracted text (inti's `text`,
// Readability's `textContent`), computed with the AEB shingle metric as
// ../shared/bench/README.md defines it and inti-eval implements it (whose
// figures for inti are the reference: `cargo run --release --bin inti-eval`).

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const AEB = path.resolve(process.env.INTI_AEB_DIR ?? path.join(ROOT, "..", "shared", "bench", "aeb"));

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    limit: { type: "string" },
    only: { type: "string", default: "inti,linkedom,jsdom" },
    json: { type: "string" },
    pkg: { type: "string", default: path.join(ROOT, "pkg") },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const ONLY = args.only.split(",").map((s) => s.trim());

if (!existsSync(path.join(AEB, "ground-truth.json")) || !existsSync(path.join(AEB, "html"))) {
  console.log(`The AEB pages are not at ${AEB} (set INTI_AEB_DIR to their folder): nothing to measure.`);
  process.exit(0);
}
const PKG = path.join(path.resolve(args.pkg), "inti.node.mjs");
if (!existsSync(PKG)) {
  console.error(`${PKG} does not exist: build the package with scripts/lib/build-wasm.sh first.`);
  process.exit(1);
}
let Readability, JSDOM, VirtualConsole, parseHTML;
try {
  ({ Readability } = await import("@mozilla/readability"));
  ({ JSDOM, VirtualConsole } = await import("jsdom"));
  ({ parseHTML } = await import("linkedom"));
} catch (err) {
  console.error(`The benchmark's npm packages are missing (${err.message}): run \`npm ci\` in bench/js/ first.`);
  process.exit(1);
}
const inti = await import(pathToFileURL(PKG).href);

// --- the pages ------------------------------------------------------------------

const truth = JSON.parse(readFileSync(path.join(AEB, "ground-truth.json"), "utf8"));
let pages = readdirSync(path.join(AEB, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((file) => {
    const id = file.slice(0, -".html.gz".length);
    const bytes = gunzipSync(readFileSync(path.join(AEB, "html", file)));
    return { id, url: truth[id]?.url, truth: truth[id]?.articleBody ?? "", html: inti.decodeHtmlBytes(bytes), bytes: bytes.length };
  })
  .filter((page) => page.id in truth);
if (args.limit) pages = pages.slice(0, Number(args.limit));
const megabytes = pages.reduce((sum, p) => sum + p.bytes, 0) / 1e6;

// --- the extractors -------------------------------------------------------------

// Each takes a page and returns the article's text ("" when it finds none).
const EXTRACTORS = {
  inti: {
    label: `inti-wasm ${inti.version()}`,
    run: (page) => inti.extract(page.html, { url: page.url }).text,
  },
  linkedom: {
    label: "Readability 0.6 + linkedom",
    run: (page) => {
      const { document } = parseHTML(page.html);
      return new Readability(document).parse()?.textContent ?? "";
    },
  },
  jsdom: {
    label: "Readability 0.6 + jsdom",
    run: (page) => {
      // A virtual console that goes nowhere: jsdom would print every CSS
      // parse error of the pages.
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
      try {
        return new Readability(dom.window.document).parse()?.textContent ?? "";
      } finally {
        dom.window.close();
      }
    },
  },
};

// --- the AEB shingle metric (../shared/bench/README.md) ------------------------

// The Unicode \w of the regex crate, as inti-eval tokenizes.
const WORD = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]+/gu;

function shingles(text) {
  const tokens = text.match(WORD) ?? [];
  const bag = new Map();
  const add = (key) => bag.set(key, (bag.get(key) ?? 0) + 1);
  if (tokens.length === 0) return bag;
  if (tokens.length < 4) add(tokens.join("\u0000"));
  else for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join("\u0000"));
  return bag;
}

function shingleScore(pred, truthText) {
  const p = shingles(pred);
  const t = shingles(truthText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, pc] of p) {
    const tc = t.get(s) ?? 0;
    tp += Math.min(pc, tc);
    fp += Math.max(0, pc - tc);
  }
  for (const [s, tc] of t) fn += Math.max(0, tc - (p.get(s) ?? 0));
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, predEmpty: p.size === 0, truthEmpty: t.size === 0 };
}

function corpusScore(scores) {
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.filter((s) => !s.predEmpty).map((s) => s.precision));
  const recall = mean(scores.filter((s) => !s.truthEmpty).map((s) => s.recall));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

// --- measuring --------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(name) {
  const { run } = EXTRACTORS[name];
  for (const page of pages.slice(0, 5)) {
    try {
      run(page);
    } catch {
      // counted below
    }
  }
  const times = [];
  const scores = [];
  let failures = 0;
  for (const [i, page] of pages.entries()) {
    const runs = [];
    let text = "";
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now();
      try {
        text = run(page);
      } catch {
        text = "";
        if (r === 0) failures++;
      }
      runs.push(performance.now() - start);
    }
    times.push(median(runs));
    scores.push(shingleScore(text, page.truth));
    if (process.stderr.isTTY) process.stderr.write(`\r  ${name}: ${i + 1}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  const total = times.reduce((a, b) => a + b, 0) / 1000;
  return { name, label: EXTRACTORS[name].label, medianMs: median(times), totalSeconds: total, pagesPerSecond: pages.length / total, failures, ...corpusScore(scores) };
}

console.log(`AEB: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML (${AEB}); ${RUNS} run(s) a page, the median kept; Node ${process.versions.node}`);
const results = [];
for (const name of ONLY) {
  if (!(name in EXTRACTORS)) throw new Error(`unknown extractor ${name} (inti, linkedom, jsdom)`);
  console.error(`  measuring ${EXTRACTORS[name].label}...`);
  results.push(measure(name));
}

const intiResult = results.find((r) => r.name === "inti");
const rows = results.map((r) => [
  r.label,
  r.medianMs.toFixed(2),
  r.totalSeconds.toFixed(2),
  r.pagesPerSecond.toFixed(1),
  (megabytes / r.totalSeconds).toFixed(2),
  intiResult ? `${(r.totalSeconds / intiResult.totalSeconds).toFixed(1)}x` : "",
  r.f1.toFixed(3),
  r.precision.toFixed(3),
  r.recall.toFixed(3),
  String(r.failures),
]);
const header = ["extractor", "median ms/page", "total s", "pages/s", "MB/s", "inti faster by", "F1", "precision", "recall", "errors"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
if (intiResult) {
  for (const r of results.filter((x) => x !== intiResult)) {
    console.log(`inti-wasm vs ${r.label}: ${(r.totalSeconds / intiResult.totalSeconds).toFixed(1)}x the speed in total, ` +
      `${(r.medianMs / intiResult.medianMs).toFixed(1)}x on the median page; F1 ${intiResult.f1.toFixed(3)} vs ${r.f1.toFixed(3)}`);
  }
}
if (args.json) writeFileSync(args.json, `${JSON.stringify({ pages: pages.length, megabytes, runs: RUNS, node: process.versions.node, results }, null, 2)}\n`);
