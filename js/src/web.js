// inti-wasm for browsers and bundlers (the package's "browser" and "default"
// entry): call `await init()` once, then extract() as often as you like.
//
//   import init, { extract } from "inti-wasm";
//   await init();
//   const article = extract(document);
//
// init() fetches inti_bg.wasm from next to this file. Bundlers (Vite,
// webpack, Parcel, Rollup with its URL plugin) recognize the
// `new URL("./inti_bg.wasm", import.meta.url)` below and emit the file.

import { createRuntime } from "./inti.core.mjs";

const runtime = createRuntime({
  defaultSource: () => new URL("./inti_bg.wasm", import.meta.url),
});

export function init(input) {
  return runtime.init(input);
}
export default init;

export function initSync(input) {
  runtime.initSync(input);
}

export function extract(input, options) {
  return runtime.extract(input, options);
}

export function isProbablyReaderable(input, options) {
  return runtime.isProbablyReaderable(input, options);
}

export function decodeHtmlBytes(bytes) {
  return runtime.decodeHtmlBytes(bytes);
}

export function version() {
  return runtime.version();
}

/** For the package's own tests; not part of the API. */
export const __internals = runtime.internals;
