// inti-wasm for Node (CommonJS; the ESM entry inti.node.mjs re-exports this
// one, so that `import` and `require` share one instance). The .wasm is read
// from next to this file on the first call: no init() is needed (it is there,
// and harmless, for code shared with browsers).

const { readFileSync } = require("node:fs");
const path = require("node:path");
const { fileURLToPath } = require("node:url");

const WASM_PATH = path.join(__dirname, "inti_bg.wasm");

const runtime = createRuntime({
  loadModuleSync: () => new WebAssembly.Module(readFileSync(WASM_PATH)),
  defaultSource: () => WASM_PATH,
  // init(url) with a file: URL or a path reads the file (Node's fetch does
  // not take file: URLs).
  readLocalFile(source) {
    const text = String(source);
    if (text.startsWith("file:")) return readFileSync(fileURLToPath(text));
    if (typeof source === "string" && !/^[a-z][a-z0-9+.-]+:/i.test(source)) return readFileSync(source);
    return null;
  },
});

function init(input) {
  return runtime.init(input);
}

Object.defineProperty(exports, "__esModule", { value: true });
exports.default = init;
exports.init = init;
exports.initSync = (input) => runtime.initSync(input);
exports.extract = (input, options) => runtime.extract(input, options);
exports.isProbablyReaderable = (input, options) => runtime.isProbablyReaderable(input, options);
exports.decodeHtmlBytes = (bytes) => runtime.decodeHtmlBytes(bytes);
exports.version = () => runtime.version();
/** For the package's own tests; not part of the API. */
exports.__internals = runtime.internals;
