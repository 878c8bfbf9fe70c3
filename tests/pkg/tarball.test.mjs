// The npm package inti-wasm as its users get it: `npm pack` makes the
// tarball of the built package (pkg/), and fresh projects in a temporary
// folder install it with npm and use it:
//
//   - Node, CommonJS (require) and ES modules (import);
//   - a Vite app, built with `vite build` and run in headless Chromium, and
//     served by Vite's dev server;
//   - a webpack app, built in production mode and run in Chromium;
//   - a plain web page (<script type="module">, no build step), served by
//     scripts/serve.mjs and run in Chromium;
//   - TypeScript: the declarations compile for Node ESM, Node CommonJS and a
//     bundler, and catch mistakes.
//
// The apps are in tests/pkg/apps/. Vite, webpack and TypeScript come from
// tests/pkg/node_modules (tests/pkg/package-lock.json), Chromium's driver
// from tests/node_modules (see tests/e2e/lib/). Needs the package built
// (scripts/lib/build-wasm.sh); installing the tarball needs no network.
//
//   node --test tests/pkg/

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";

import { build as viteBuild, createServer as viteServer } from "vite";
import webpack from "webpack";

import { launchBrowser, startSite } from "../e2e/lib/index.mjs";
import { assertMatchesSpec } from "../js/lib/spec.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const PKG_DIR = path.join(ROOT, "pkg");
const APPS = path.join(HERE, "apps");
const SEED_PAGE = path.join(ROOT, "tests", "fixtures", "seed_detik.html");
const SEED = JSON.parse(readFileSync(path.join(ROOT, "tests", "fixtures", "seed_detik.expect.json"), "utf8"));
const VERSION = JSON.parse(readFileSync(path.join(PKG_DIR, "package.json"), "utf8")).version;
const TSC = path.join(HERE, "node_modules", "typescript", "bin", "tsc");

if (!existsSync(path.join(PKG_DIR, "inti_bg.wasm"))) {
  throw new Error("pkg/ is not built: run scripts/lib/build-wasm.sh first (scripts/test does)");
}

let work;
let tarball;
let packed;
let browser;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "inti-pkg-"));
  const out = execFileSync("npm", ["pack", PKG_DIR, "--pack-destination", work, "--json", "--loglevel=error"], { encoding: "utf8" });
  [packed] = JSON.parse(out);
  tarball = path.join(work, packed.filename);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh project in the work folder, with `files` copied or written
 * into it and the tarball installed. */
function project(name, { type = "module", copy = [], write = {} } = {}) {
  const dir = path.join(work, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `app-${name}`, version: "1.0.0", private: true, type }, null, 2));
  for (const [from, to] of copy) cpSync(from, path.join(dir, to), { recursive: true });
  for (const [file, text] of Object.entries(write)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  execFileSync("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: "pipe" });
  assert.ok(existsSync(path.join(dir, "node_modules", "inti-wasm", "inti_bg.wasm")));
  return dir;
}

/** Runs a Node program of a project; returns what it printed, parsed. */
function runNode(dir, file, ...args) {
  const run = spawnSync(process.execPath, [file, ...args], { cwd: dir, encoding: "utf8" });
  assert.equal(run.status, 0, `node ${file} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Opens an app in Chromium and returns its window.__result: the folder
 * `root` served by scripts/serve.mjs, or (root null) the page at `url`. */
async function runInBrowser(root, url = "") {
  const site = root === null ? { url: "", close: async () => {} } : await startSite({ root });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(`uncaught: ${err.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  try {
    await page.goto(site.url + url);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 60_000 });
    const result = await page.evaluate(() => window.__result);
    assert.equal(result.error, undefined, result.error);
    // A missing favicon is the only error a page may report.
    assert.deepEqual(errors.filter((e) => !/favicon|404 \(Not Found\)/.test(e)), []);
    return result;
  } finally {
    await page.close();
    await site.close();
  }
}

/** The checks shared by the browser apps. */
function assertBrowserResult(result) {
  assert.equal(result.beforeInit, "NotInitialized", "extract() before init() says so");
  assert.equal(result.version, VERSION);
  assertMatchesSpec(result.article, SEED);
  assert.ok(result.sameFromBytes, "a Uint8Array gives the same article");
  assert.ok(result.sameFromDocument, "a parsed Document gives the same article");
  assert.equal(result.live.title, "The night ferry keeps running");
  assert.ok(result.live.text.includes("The crossing takes forty minutes."), result.live.text);
  assert.ok(!result.live.text.includes("All rights reserved"));
  assert.match(result.live.url, /^http:\/\/127\.0\.0\.1:\d+\//, "the live document's URL is the default url");
  assert.equal(result.readerable.readerable, true);
  assert.equal(result.panic, "Panic");
  assert.equal(result.afterPanic, SEED.title, "the module works after a panic");
  assert.equal(result.wasm.length, 1, `one .wasm fetched: ${result.wasm}`);
}

test("npm pack: the tarball holds the package's files and nothing else", () => {
  const files = packed.files.map((f) => f.path).sort();
  const expected = ["README.md", "package.json", "inti.core.mjs", "inti.d.cts", "inti.d.ts", "inti.js", "inti.node.cjs", "inti.node.mjs", "inti_bg.wasm"];
  const licences = files.filter((f) => /^LICEN[CS]E/.test(f));
  assert.deepEqual(files, [...expected, ...licences].sort());
  assert.equal(packed.name, "inti-wasm");
  assert.equal(packed.version, VERSION);
  assert.ok(packed.size < 600_000, `the tarball is ${packed.size} bytes`);
});

test("Node, CommonJS: require('inti-wasm') extracts a page from its bytes", () => {
  const dir = project("node-cjs", { type: "commonjs", copy: [[path.join(APPS, "node-cjs", "index.cjs"), "index.cjs"]] });
  const out = runNode(dir, "index.cjs", SEED_PAGE, SEED.url);
  assert.equal(path.relative(dir, out.resolved), path.join("node_modules", "inti-wasm", "inti.node.cjs"));
  assert.equal(out.version, VERSION);
  assertMatchesSpec(out.article, SEED);
  assert.equal(out.article.url, SEED.url);
  assert.equal(out.readerable.readerable, true);
  assert.deepEqual(out.typo, { name: "TypeError", kind: "InvalidOption", option: "keepImagez" });
});

test("Node, ES modules: import from 'inti-wasm' extracts a page", () => {
  const dir = project("node-esm", { copy: [[path.join(APPS, "node-esm", "index.mjs"), "index.mjs"]] });
  const out = runNode(dir, "index.mjs", SEED_PAGE, SEED.url);
  assert.ok(out.resolved.endsWith("/node_modules/inti-wasm/inti.node.mjs"), out.resolved);
  assert.equal(out.version, VERSION);
  assertMatchesSpec(out.article, SEED);
});

test("Vite: `vite build` with no configuration, the app run in Chromium", async () => {
  const dir = project("vite", {
    copy: [[path.join(APPS, "browser", "main.js"), "main.js"], [SEED_PAGE, "public/seed.html"]],
    write: { "index.html": browserPage('<script type="module" src="./main.js"></script>') },
  });
  await viteBuild({ root: dir, configFile: false, logLevel: "error", build: { outDir: "dist", emptyOutDir: true } });
  const assets = readdirSync(path.join(dir, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `Vite emitted the .wasm: ${assets}`);
  assertBrowserResult(await runInBrowser(path.join(dir, "dist")));
});

test("Vite: the dev server, with no configuration either, run in Chromium", async () => {
  const dir = project("vite-dev", {
    copy: [[path.join(APPS, "browser", "main.js"), "main.js"], [SEED_PAGE, "public/seed.html"]],
    write: { "index.html": browserPage('<script type="module" src="./main.js"></script>') },
  });
  const server = await viteServer({ root: dir, configFile: false, logLevel: "error", server: { host: "127.0.0.1", port: 0, strictPort: false } });
  await server.listen();
  try {
    assertBrowserResult(await runInBrowser(null, server.resolvedUrls.local[0]));
  } finally {
    await server.close();
  }
});

test("webpack: a production build with no configuration of its own, run in Chromium", async () => {
  const dir = project("webpack", {
    copy: [[path.join(APPS, "browser", "main.js"), "src/index.js"]],
  });
  const dist = path.join(dir, "dist");
  const stats = await new Promise((resolve, reject) => {
    webpack({ mode: "production", context: dir, output: { path: dist }, performance: { hints: false } }, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
  });
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  assert.ok(readdirSync(dist).some((f) => f.endsWith(".wasm")), "webpack emitted the .wasm");
  cpSync(SEED_PAGE, path.join(dist, "seed.html"));
  writeFileSync(path.join(dist, "index.html"), browserPage('<script src="main.js"></script>'));
  assertBrowserResult(await runInBrowser(dist));
});

test("a plain web page: <script type=module> importing inti.js from node_modules", async () => {
  const main = readFileSync(path.join(APPS, "browser", "main.js"), "utf8").replace('from "inti-wasm"', 'from "./node_modules/inti-wasm/inti.js"');
  const dir = project("plain", {
    copy: [[SEED_PAGE, "seed.html"]],
    write: { "main.js": main, "index.html": browserPage('<script type="module" src="./main.js"></script>') },
  });
  const result = await runInBrowser(dir);
  assertBrowserResult(result);
  assert.ok(result.wasm[0].endsWith("/node_modules/inti-wasm/inti_bg.wasm"), result.wasm[0]);
});

test("TypeScript: the declarations compile for Node ESM, Node CommonJS and a bundler, and catch mistakes", () => {
  const dir = project("typescript", { copy: [[path.join(APPS, "typescript"), "src"]] });
  const config = (name, options, files) =>
    writeFileSync(path.join(dir, name), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], ...options },
      files: files.map((f) => `src/${f}`),
    }));
  // Node code without the DOM library, as Node projects often are.
  config("tsconfig.node.json", { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022"] }, ["node.mts", "node.cts"]);
  config("tsconfig.bundler.json", { module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["es2022", "dom"] }, ["bundler.ts"]);
  config("tsconfig.wrong.json", { module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["es2022", "dom"] }, ["wrong.ts"]);
  const tsc = (project) => spawnSync(process.execPath, [TSC, "-p", project, "--pretty", "false"], { cwd: dir, encoding: "utf8" });
  for (const good of ["tsconfig.node.json", "tsconfig.bundler.json"]) {
    const run = tsc(good);
    assert.equal(run.status, 0, `tsc -p ${good}:\n${run.stdout}${run.stderr}`);
  }
  // Each line of wrong.ts with a mistake is reported.
  const wrong = tsc("tsconfig.wrong.json");
  assert.notEqual(wrong.status, 0);
  const lines = new Set([...wrong.stdout.matchAll(/wrong\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
  assert.deepEqual([...lines].sort((a, b) => a - b), [4, 5, 6, 7, 8], wrong.stdout);
  assert.match(wrong.stdout, /keepImagez/);
});

/** The browser app's page with its script tag. */
function browserPage(script) {
  return readFileSync(path.join(APPS, "browser", "index.html"), "utf8").replace("<!--SCRIPT-->", script);
}
