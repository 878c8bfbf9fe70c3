// The demo's extraction worker: loads the WebAssembly build of inti and runs
// it off the main thread, so that a 20 MB page does not freeze the page.
//
// Messages in (from app.js):
//   {type: "extract", id, source, options}
//       source: {kind: "text", text} or {kind: "file", file: File|Blob}
//   {type: "neutralize", id, source}
//       the HTML of the removed view (lib/neutralize.js) for the same source
// Messages out:
//   {type: "ready", version}            the module is loaded
//   {type: "load-failed", message}      it is not
//   {type: "progress", id, stage}       "reading", "decoding", "extracting"
//   {type: "result", id, article, stats}
//   {type: "neutralized", id, html, css, ms}
//   {type: "failed", id, error: {kind, name, message}}
//
// One message is handled at a time (extraction is synchronous); app.js
// cancels a run by terminating the worker and starting a new one.

import init, { extract, version } from "./pkg/inti.js";
import { decodeBytes } from "./lib/decode.js";
import { utf8Length } from "./lib/format.js";
import { neutralizeHtml } from "./lib/neutralize.js";

// The text of the last source read, by message id, so that the removed view
// does not read and decode a big file a second time.
let last = { id: null, text: null };

const ready = init().then(
  () => {
    postMessage({ type: "ready", version: version() });
    return true;
  },
  (err) => {
    postMessage({ type: "load-failed", message: String(err?.message ?? err) });
    return false;
  },
);

// Messages are queued behind each other (and behind the module's loading).
let queue = Promise.resolve();
self.onmessage = (event) => {
  queue = queue.then(() => handle(event.data)).catch((err) => {
    postMessage({ type: "failed", id: event.data?.id, error: describe(err) });
  });
};

async function handle(message) {
  if (!(await ready)) {
    postMessage({ type: "failed", id: message.id, error: { kind: "EngineNotLoaded", name: "Error", message: "the WebAssembly module did not load" } });
    return;
  }
  if (message.type === "extract") return runExtract(message);
  if (message.type === "neutralize") return runNeutralize(message);
}

async function readSource(id, source) {
  if (last.id === id && last.text !== null) return { text: last.text, decodeMs: 0, encoding: last.encoding, bytes: last.bytes };
  if (source.kind === "text") {
    last = { id, text: source.text, encoding: null, bytes: utf8Length(source.text) };
    return { text: source.text, decodeMs: 0, encoding: null, bytes: last.bytes };
  }
  postMessage({ type: "progress", id, stage: "reading" });
  const buffer = await source.file.arrayBuffer();
  postMessage({ type: "progress", id, stage: "decoding" });
  const start = performance.now();
  const decoded = decodeBytes(new Uint8Array(buffer));
  const decodeMs = performance.now() - start;
  last = { id, text: decoded.text, encoding: decoded.encoding, bytes: buffer.byteLength };
  return { text: decoded.text, decodeMs, encoding: decoded.encoding, bytes: buffer.byteLength };
}

async function runExtract({ id, source, options }) {
  const input = await readSource(id, source);
  postMessage({ type: "progress", id, stage: "extracting" });
  const start = performance.now();
  let article;
  try {
    article = extract(input.text, options);
  } catch (err) {
    postMessage({ type: "failed", id, error: describe(err) });
    return;
  }
  const extractMs = performance.now() - start;
  postMessage({
    type: "result",
    id,
    article,
    stats: {
      extractMs,
      decodeMs: input.decodeMs,
      encoding: input.encoding,
      inputBytes: input.bytes,
      inputChars: input.text.length,
      htmlBytes: utf8Length(article.html),
      textBytes: utf8Length(article.text),
      markdownBytes: utf8Length(article.markdown),
    },
  });
}

async function runNeutralize({ id, source }) {
  const input = await readSource(id, source);
  const start = performance.now();
  const { html, css } = neutralizeHtml(input.text);
  postMessage({ type: "neutralized", id, html, css, ms: performance.now() - start });
}

// An error as plain data: the engine's errors have a `kind`; a TypeError is
// a bad option; anything else (a RuntimeError from a trap) is unexpected.
function describe(err) {
  return {
    kind: err?.kind ?? (err instanceof TypeError ? "InvalidOption" : "Internal"),
    name: err?.name ?? "Error",
    message: String(err?.message ?? err),
  };
}
