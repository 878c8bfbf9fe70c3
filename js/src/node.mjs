// inti-wasm for Node (ESM): the CommonJS entry, re-exported, so that a
// program that both imports and requires the package has one instance.

import cjs from "./inti.node.cjs";

export const init = cjs.init;
export const initSync = cjs.initSync;
export const extract = cjs.extract;
export const isProbablyReaderable = cjs.isProbablyReaderable;
export const decodeHtmlBytes = cjs.decodeHtmlBytes;
export const version = cjs.version;
/** For the package's own tests; not part of the API. */
export const __internals = cjs.__internals;
export default cjs.init;
