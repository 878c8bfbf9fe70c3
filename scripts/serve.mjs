#!/usr/bin/env node
// A tiny static file server for the demo and the browser tests, with no
// dependencies.
//
// From the command line (serves www/ by default):
//
//   node scripts/serve.mjs [DIR] [--port N] [--name LABEL]
//
// The port comes from --port, else the PORT environment variable, else 8080;
// when it is busy the next free one is taken. It prints "LABEL: URL".
//
// As a module (the browser tests):
//
//   import { startServer } from "../../scripts/serve.mjs";
//   const server = await startServer({
//     root: "www",
//     port: 0,                 // 0: any free port
//     headers: { "/csp/*": { "Content-Security-Policy": "default-src 'self'" } },
//   });
//   ... fetch(server.url) ...
//   await server.close();
//
// It binds 127.0.0.1 only, serves GET and HEAD, maps a folder to its
// index.html, refuses paths that leave the root (also through symbolic
// links), and sends `Cache-Control: no-cache` so a rebuilt .wasm is picked up
// on reload, with an ETag (size and modification time) so that an unchanged
// file is answered "304 Not Modified" and comes from the browser's cache, as
// from any static host (the bookmarklet's later clicks then do not download
// the 734 kB .wasm again).

import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HOST = "127.0.0.1";
const DEFAULT_PORT = 8080;
// How many ports after a busy one are tried.
const PORT_TRIES = 50;

/** MIME types by file extension. `application/wasm` lets the browser
 * compile a module while it streams in (`WebAssembly.instantiateStreaming`). */
export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** The MIME type for a file name (`application/octet-stream` if unknown). */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Path prefixes any origin may read (what the bookmarklet loads into other sites). */
const PUBLIC_TO_ANY_ORIGIN = ["/bookmarklet/", "/pkg/"];

/**
 * The extra response headers for a URL path.
 *
 * `headers` is either a function `(urlPath) => object|undefined`, or an
 * object whose keys are paths: an exact path (`"/index.html"`), a prefix
 * ending in `*` (`"/csp/*"`), or `"*"` for every path. All matching entries
 * apply, in the object's order (later ones win).
 */
export function headersFor(headers, urlPath) {
  if (!headers) return {};
  if (typeof headers === "function") return headers(urlPath) ?? {};
  const out = {};
  for (const [pattern, values] of Object.entries(headers)) {
    const match = pattern.endsWith("*")
      ? urlPath.startsWith(pattern.slice(0, -1))
      : urlPath === pattern;
    if (match) Object.assign(out, values);
  }
  return out;
}

/**
 * Starts serving `root` on 127.0.0.1.
 *
 * @param {object} options
 * @param {string} options.root the folder to serve
 * @param {number} [options.port] the port to try first (default 8080; 0 for
 *   any free port); if it is busy the next ones are tried
 * @param {object|function} [options.headers] extra response headers by path
 *   (see `headersFor`)
 * @param {boolean} [options.log] log each request to stderr
 * @returns {Promise<{url: string, port: number, server: import("node:http").Server, close: () => Promise<void>}>}
 */
export async function startServer({ root, port = DEFAULT_PORT, headers, log = false } = {}) {
  if (!root) throw new TypeError("startServer: `root` is required");
  const rootDir = await realpath(path.resolve(root)).catch(() => {
    throw new Error(`startServer: cannot serve ${root}: no such folder`);
  });
  if (!(await stat(rootDir)).isDirectory()) {
    throw new Error(`startServer: cannot serve ${root}: not a folder`);
  }

  const server = createServer((req, res) => {
    handle(rootDir, headers, req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, "internal error");
      else res.destroy(err);
    });
    if (log) {
      res.on("finish", () => process.stderr.write(`${res.statusCode} ${req.method} ${req.url}\n`));
    }
  });

  const actualPort = await listen(server, port);
  const sockets = new Set();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return {
    url: `http://${HOST}:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold the close open.
        for (const socket of sockets) socket.destroy();
      }),
  };
}

// Listens on `port`, or on the next free port when it is busy.
async function listen(server, port) {
  const first = Number(port);
  if (!Number.isInteger(first) || first < 0 || first > 65535) {
    throw new Error(`invalid port: ${port}`);
  }
  const last = first === 0 ? 0 : Math.min(first + PORT_TRIES - 1, 65535);
  for (let candidate = first; candidate <= last; candidate++) {
    try {
      await new Promise((resolve, reject) => {
        const onError = (err) => {
          server.off("listening", onListening);
          reject(err);
        };
        const onListening = () => {
          server.off("error", onError);
          resolve();
        };
        server.once("error", onError);
        server.once("listening", onListening);
        server.listen(candidate, HOST);
      });
      return server.address().port;
    } catch (err) {
      if (err.code !== "EADDRINUSE" && err.code !== "EACCES") throw err;
    }
  }
  throw new Error(`no free port between ${first} and ${last} on ${HOST}`);
}

async function handle(rootDir, headers, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "method not allowed");
  }
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, `http://${HOST}`).pathname);
  } catch {
    return send(res, 400, "bad request");
  }
  if (urlPath.includes("\0")) return send(res, 400, "bad request");

  // Resolve inside the root; `path.resolve` removes `..`, and the real path
  // check catches symbolic links that point out of it.
  let file = path.resolve(rootDir, `.${urlPath}`);
  if (!inside(rootDir, file)) return send(res, 403, "forbidden");
  let info;
  try {
    file = await realpath(file);
    if (!inside(rootDir, file)) return send(res, 403, "forbidden");
    info = await stat(file);
    if (info.isDirectory()) {
      if (!urlPath.endsWith("/")) {
        // Relative links in the folder's index.html need the trailing slash.
        const location = new URL(req.url, `http://${HOST}`);
        location.pathname += "/";
        res.setHeader("Location", location.pathname + location.search);
        return send(res, 301, "moved");
      }
      file = path.join(file, "index.html");
      info = await stat(file);
    }
  } catch {
    return send(res, 404, "not found");
  }
  if (!info.isFile()) return send(res, 404, "not found");

  const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
  const notModified = req.headers["if-none-match"] === etag;
  res.writeHead(notModified ? 304 : 200, {
    ...(notModified ? {} : { "Content-Type": mimeType(file), "Content-Length": info.size }),
    "Cache-Control": "no-cache",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    // The bookmarklet loads its module and the wasm from this origin into
    // other sites' pages: those public files, fetched without credentials,
    // may be read by any origin. Nothing else is shared.
    ...(PUBLIC_TO_ANY_ORIGIN.some((prefix) => urlPath.startsWith(prefix))
      ? { "Access-Control-Allow-Origin": "*" }
      : {}),
    ...headersFor(headers, urlPath),
  });
  if (req.method === "HEAD" || notModified) return res.end();
  await new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on("error", reject);
    res.on("close", resolve);
    stream.pipe(res);
  });
}

function inside(rootDir, file) {
  return file === rootDir || file.startsWith(rootDir + path.sep);
}

function send(res, status, message) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-cache",
  });
  res.end(`${status} ${message}\n`);
}

// --- command line -------------------------------------------------------------

function parseArgs(argv) {
  const args = { root: null, port: process.env.PORT || DEFAULT_PORT, name: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--port" || arg === "-p") args.port = value();
    else if (arg.startsWith("--port=")) args.port = arg.slice("--port=".length);
    else if (arg === "--name") args.name = value();
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
    else if (args.root === null) args.root = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return args;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve.mjs: ${err.message}\nusage: node scripts/serve.mjs [DIR] [--port N] [--name LABEL]`);
    process.exit(2);
  }
  if (args.help) {
    console.log("usage: node scripts/serve.mjs [DIR] [--port N] [--name LABEL]\n" +
      "Serves DIR (default: www/) on 127.0.0.1; port from --port, PORT or 8080 (next free if busy).");
    return;
  }
  const root = args.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "www");
  let server;
  try {
    server = await startServer({ root, port: args.port });
  } catch (err) {
    console.error(`serve.mjs: ${err.message}`);
    process.exit(1);
  }
  console.log(`${args.name ?? `serving ${path.relative(process.cwd(), root) || "."}`}: ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
