// Tests of the static server scripts/serve.mjs (used by the demo and the
// browser tests).

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { headersFor, startServer } from "../../scripts/serve.mjs";

let dir;
let root;
let server;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "inti-serve-"));
  root = path.join(dir, "site");
  mkdirSync(path.join(root, "pkg"), { recursive: true });
  mkdirSync(path.join(root, "csp"));
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>home</title>");
  writeFileSync(path.join(root, "app.js"), "export {};");
  writeFileSync(path.join(root, "pkg", "mod.wasm"), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(path.join(root, "csp", "index.html"), "<p>csp</p>");
  writeFileSync(path.join(dir, "secret.txt"), "secret");
  symlinkSync(path.join(dir, "secret.txt"), path.join(root, "link.txt"));
  server = await startServer({
    root,
    port: 0,
    headers: { "/csp/*": { "Content-Security-Policy": "default-src 'none'" } },
  });
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// A raw GET (fetch would normalize `..` away before sending).
function get(rawPath, method = "GET", headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("serves on 127.0.0.1 and reports the URL", () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
});

test("serves files with their MIME types", async () => {
  const home = await get("/");
  assert.equal(home.status, 200);
  assert.equal(home.headers["content-type"], "text/html; charset=utf-8");
  assert.match(home.body, /<title>home<\/title>/);
  assert.equal((await get("/app.js")).headers["content-type"], "text/javascript; charset=utf-8");
  const wasm = await get("/pkg/mod.wasm");
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers["content-type"], "application/wasm");
  assert.equal(wasm.headers["content-length"], "8");
  const head = await get("/app.js", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
});

test("answers an unchanged file's revalidation with 304, a changed one's with the file", async () => {
  const first = await get("/app.js");
  assert.equal(first.headers["cache-control"], "no-cache");
  assert.match(first.headers.etag, /^"[0-9a-z]+-[0-9a-z]+"$/);
  const again = await get("/app.js", "GET", { "If-None-Match": first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body, "");
  assert.equal(again.headers.etag, first.headers.etag);
  const other = await get("/app.js", "GET", { "If-None-Match": '"0-0"' });
  assert.equal(other.status, 200);
  assert.equal(other.body, first.body);
  // The files other sites load keep their CORS header on a 304.
  const wasm = await get("/pkg/mod.wasm");
  const wasmAgain = await get("/pkg/mod.wasm", "GET", { "If-None-Match": wasm.headers.etag });
  assert.equal(wasmAgain.status, 304);
  assert.equal(wasmAgain.headers["access-control-allow-origin"], "*");
});

test("redirects a folder to its slash form and serves its index.html", async () => {
  const redirect = await get("/csp?x=1");
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, "/csp/?x=1");
  assert.equal((await get("/csp/")).body, "<p>csp</p>");
});

test("adds the custom headers configured for a path", async () => {
  assert.equal((await get("/csp/")).headers["content-security-policy"], "default-src 'none'");
  assert.equal((await get("/")).headers["content-security-policy"], undefined);
  assert.deepEqual(headersFor({ "*": { a: "1" }, "/x": { b: "2" } }, "/x"), { a: "1", b: "2" });
  assert.deepEqual(headersFor((p) => (p === "/y" ? { c: "3" } : undefined), "/z"), {});
});

test("refuses paths out of the root", async () => {
  for (const raw of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/link.txt"]) {
    const res = await get(raw);
    assert.ok(res.status === 403 || res.status === 404, `${raw}: ${res.status}`);
    assert.ok(!res.body.includes("secret"), `${raw} leaked the file`);
  }
  assert.equal((await get("/%00")).status, 400);
  assert.equal((await get("/nothing-here")).status, 404);
  assert.equal((await get("/", "POST")).status, 405);
});

test("takes the next port when the one asked for is busy", async () => {
  const second = await startServer({ root, port: server.port });
  try {
    assert.notEqual(second.port, server.port);
    assert.ok(second.port > server.port && second.port < server.port + 50);
  } finally {
    await second.close();
  }
});

test("lets any origin read its files (the bookmarklet loads them into other sites)", async () => {
  const wasm = await get("/pkg/mod.wasm");
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers["access-control-allow-origin"], "*");
  // Other files stay same-origin: a site served this way (the test sites)
  // must not become readable from everywhere.
  const other = await get("/");
  assert.equal(other.status, 200);
  assert.equal(other.headers["access-control-allow-origin"], undefined);
});
