// The runtime of the npm package inti-wasm, shared by every entry point.
//
// This file is not a module: js/build.mjs places it after the wasm-bindgen
// glue (wrapped into `createGlue()`, a factory that makes a fresh glue with
// its own instance each time it is called) in inti.core.mjs (ESM) and
// inti.node.cjs (CommonJS). It defines `createRuntime(config)`, which the
// entry points (inti.js for browsers and bundlers, inti.node.cjs for Node)
// call once. `__INTI_VERSION__` is replaced by the build.
//
// What it adds to the raw binding (src/wasm.rs):
// - loading: init() fetches or takes the .wasm in browsers; Node reads it
//   from disk on first use;
// - input: a string, bytes (decoded here with TextDecoder, after the same
//   BOM and <meta charset> rules as inti::decode_html_bytes) or a Document
//   (serialized here);
// - recovery: a call that fails inside the module other than with one of
//   the engine's own errors (a panic, a trap, memory exhausted) leaves the
//   instance in an unknown state, so it is replaced by a new one from the
//   same compiled module, and the error is thrown as an Error with
//   kind "Panic";
// - memory: an instance whose memory grew past RECYCLE_MEMORY_BYTES (after
//   a very large page) is replaced too, since WebAssembly memory never
//   shrinks.

/** The errors the engine reports (`inti::Error::kind`). */
const ENGINE_ERROR_KINDS = ["InputTooLarge", "TooDeep", "TooManyNodes", "NotHtml", "InvalidOption"];
/** The errors this runtime adds. */
const RUNTIME_ERROR_KINDS = ["InvalidInput", "NotInitialized", "Panic"];
/** An error of these kinds leaves the instance in good order. */
const CLEAN_ERROR_KINDS = new Set([...ENGINE_ERROR_KINDS, "InvalidInput", "NotInitialized"]);
/** After a call, an instance with more memory than this is replaced. */
const RECYCLE_MEMORY_BYTES = 128 * 1024 * 1024;
/** The smallest module that uses WebAssembly SIMD (a function returning
 * `i8x16.popcnt(i8x16.splat(0))`): the .wasm is built with SIMD (its
 * parser scans text 16 bytes at a time), so an engine without it (before
 * Chrome 91, Firefox 89, Safari 16.4, Node 16.4) cannot compile it; this
 * probe lets the package say so instead of a bare CompileError. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);
/** The version of the package and of the inti crate it was built from. */
const INTI_VERSION = "__INTI_VERSION__";

function createRuntime(config) {
  // The compiled module, kept to make new instances from.
  let module = null;
  // The glue of the current instance and that instance's exports.
  let glue = null;
  let exports = null;
  let loading = null;
  let instances = 0;
  let defaultOptions = null;

  /** Throws a clear error when the engine lacks WebAssembly SIMD (checked
   * once, before the .wasm is compiled). */
  let simdChecked = false;
  function requireSimd() {
    if (simdChecked) return;
    if (typeof WebAssembly !== "object" || !WebAssembly.validate(SIMD_PROBE)) {
      throw new Error(
        "inti-wasm needs WebAssembly with SIMD (Chrome 91+, Firefox 89+, Safari 16.4+, Node 16.4+); this JavaScript engine does not support it",
      );
    }
    simdChecked = true;
  }

  function instantiate() {
    const next = createGlue();
    exports = next.initSync({ module });
    glue = next;
    instances += 1;
  }

  function discardInstance() {
    glue = null;
    exports = null;
    try {
      instantiate();
    } catch {
      // The next call tries again.
    }
  }

  /** The glue of a usable instance, making one if needed. */
  function current() {
    if (glue !== null) return glue;
    if (module === null) {
      if (!config.loadModuleSync) throw notInitialized();
      requireSimd();
      module = config.loadModuleSync();
    }
    instantiate();
    return glue;
  }

  /** Calls an export of the binding, replacing the instance if it failed. */
  function call(name, ...args) {
    const used = current();
    try {
      return used[name](...args);
    } catch (error) {
      if (error !== null && typeof error === "object" && CLEAN_ERROR_KINDS.has(error.kind)) throw error;
      discardInstance();
      throw asPanic(error);
    } finally {
      if (glue === used && exports.memory.buffer.byteLength > RECYCLE_MEMORY_BYTES) discardInstance();
    }
  }

  // --- loading ---------------------------------------------------------------

  function init(input) {
    if (glue !== null) return Promise.resolve();
    if (loading === null) {
      loading = (async () => {
        const source = unwrapInitInput(input);
        if (!(source instanceof WebAssembly.Module)) requireSimd();
        if (source === undefined && config.loadModuleSync) {
          module ??= config.loadModuleSync();
        } else {
          const compiled = await compile(source === undefined ? config.defaultSource() : source);
          module ??= compiled;
        }
        if (glue === null) instantiate();
      })();
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  }

  function initSync(input) {
    if (glue !== null) return;
    const source = unwrapInitInput(input);
    if (!(source instanceof WebAssembly.Module)) requireSimd();
    if (source === undefined) {
      if (!config.loadModuleSync) {
        throw new TypeError("inti-wasm: initSync() needs the .wasm here: pass its bytes or a WebAssembly.Module (or use `await init()`)");
      }
      module ??= config.loadModuleSync();
    } else if (source instanceof WebAssembly.Module) {
      module ??= source;
    } else if (isBufferSource(source)) {
      module ??= new WebAssembly.Module(source);
    } else {
      throw new TypeError(`inti-wasm: initSync() takes the bytes of the .wasm or a WebAssembly.Module, not ${describe(source)}`);
    }
    instantiate();
  }

  async function compile(source) {
    source = await source;
    if (source instanceof WebAssembly.Module) return source;
    if (isBufferSource(source)) return WebAssembly.compile(source);
    if (typeof source === "string" || source instanceof URL) {
      if (config.readLocalFile) {
        const bytes = config.readLocalFile(source);
        if (bytes) return WebAssembly.compile(bytes);
      }
      source = await fetch(source);
    } else if (typeof Request === "function" && source instanceof Request) {
      source = await fetch(source);
    }
    if (typeof Response === "function" && source instanceof Response) {
      if (!source.ok) {
        throw new Error(`inti-wasm: cannot load the WebAssembly module: HTTP ${source.status} ${source.statusText} for ${source.url}`);
      }
      // Streaming compilation needs the right MIME type; without it, fall
      // back to the bytes (the body cannot be read twice, so decide first).
      const type = source.headers.get("Content-Type") || "";
      if (typeof WebAssembly.compileStreaming === "function" && type.split(";")[0].trim() === "application/wasm") {
        return WebAssembly.compileStreaming(source);
      }
      return WebAssembly.compile(await source.arrayBuffer());
    }
    throw new TypeError(
      `inti-wasm: init() takes the .wasm as a URL, a Request, a Response, its bytes or a WebAssembly.Module, not ${describe(source)}`,
    );
  }

  // --- the API -----------------------------------------------------------------

  // The binding takes the options and returns its results as JSON text
  // (the JSON of the inti command).
  function extract(input, options) {
    const request = prepare("extract", input, options);
    return JSON.parse(call("extract", request.html, request.options));
  }

  function isProbablyReaderable(input, options) {
    const request = prepare("isProbablyReaderable", input, options);
    return JSON.parse(call("isProbablyReaderable", request.html, request.options));
  }

  function version() {
    return INTI_VERSION;
  }

  /** Checks the input and options; turns the input into HTML text and the
   * options into JSON. */
  function prepare(fn, input, options) {
    checkOptions(options);
    const limit = maxInputBytes(options);
    let html;
    if (typeof input === "string") {
      html = input;
      // A string is copied into the module as UTF-8 before the engine sees
      // it: refuse a huge one here (UTF-8 takes at least a byte per UTF-16
      // code unit).
      if (input.length > limit) {
        const size = utf8Length(input);
        if (size > limit) throw call("__inti_input_too_large", size, limit);
      }
    } else if (isBytes(input)) {
      const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
      if (bytes.length > limit) throw call("__inti_input_too_large", bytes.length, limit);
      html = decodeHtmlBytes(bytes);
    } else if (isDocument(input)) {
      html = serializeDocument(input);
      const url = input.URL;
      if ((options === undefined || options === null || options.url == null) && /^https?:/i.test(url || "")) {
        options = { ...options, url };
      }
    } else {
      throw inputError(fn, input);
    }
    return { html, options: options == null ? undefined : JSON.stringify(options) };
  }

  function maxInputBytes(options) {
    const given = options?.maxInputBytes;
    if (typeof given === "number" && given > 0) return given;
    if (defaultOptions === null) defaultOptions = JSON.parse(call("__inti_schema")).options;
    return defaultOptions.maxInputBytes;
  }

  // Hooks for the package's own tests; not part of the API.
  const internals = {
    injectPanic(message) {
      call("__inti_test_panic", String(message));
    },
    memoryBytes() {
      current();
      return exports.memory.buffer.byteLength;
    },
    instances: () => instances,
    schema: () => JSON.parse(call("__inti_schema")),
    wasmVersion: () => call("version"),
    recycleMemoryBytes: RECYCLE_MEMORY_BYTES,
    errorKinds: [...ENGINE_ERROR_KINDS, ...RUNTIME_ERROR_KINDS],
  };

  return { init, initSync, extract, isProbablyReaderable, decodeHtmlBytes, version, internals };
}

// The wasm-bindgen forms { module_or_path } (init) and { module } (initSync)
// are accepted as well as the value itself.
function unwrapInitInput(input) {
  if (input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    if ("module_or_path" in input) return input.module_or_path;
    if ("module" in input) return input.module;
  }
  return input;
}

// --- errors ------------------------------------------------------------------

function withKind(error, kind, properties) {
  return Object.assign(error, { kind }, properties);
}

function notInitialized() {
  return withKind(
    new Error("inti-wasm is not initialized: call `await init()` once before the first extract() (browsers and bundlers load the .wasm asynchronously)"),
    "NotInitialized",
  );
}

function inputError(fn, input) {
  return withKind(
    new TypeError(`inti-wasm: ${fn}() takes an HTML string, a Uint8Array (or ArrayBuffer) of page bytes, or a DOM Document; got ${describe(input)}`),
    "InvalidInput",
  );
}

function optionError(option, message) {
  return withKind(new TypeError(message), "InvalidOption", option === null ? {} : { option });
}

function asPanic(error) {
  if (error instanceof Error && error.kind === "Panic") return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return withKind(
    new Error(`inti-wasm: the WebAssembly module failed (${detail}); it was replaced by a new instance, and the next call will work`, { cause: error }),
    "Panic",
  );
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === "Object" ? "an object" : `a ${tag}`;
  }
  if (typeof value === "string") return "a string";
  return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
}

// --- options -----------------------------------------------------------------

// The names and the types are checked by the binding against inti's Options;
// here only what does not survive the trip into the module as JSON: the
// object's own kind, numbers JSON cannot carry (NaN, Infinity), and values
// JSON.stringify would drop or refuse (functions, symbols, bigints).
function checkOptions(options) {
  if (options === undefined || options === null) return;
  if (typeof options !== "object" || Array.isArray(options) || Object.prototype.toString.call(options) !== "[object Object]") {
    throw optionError(null, `inti-wasm: options must be a plain object such as { url: "https://example.com/a" }, not ${describe(options)}`);
  }
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw optionError(name, `invalid option ${name}: ${value} is not a finite number`);
    }
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw optionError(name, `invalid option ${name}: a ${typeof value} is not an option value`);
    }
  }
}

// --- input -------------------------------------------------------------------

function isBufferSource(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

function isBytes(value) {
  const tag = Object.prototype.toString.call(value);
  return tag === "[object Uint8Array]" || tag === "[object ArrayBuffer]";
}

function isDocument(value) {
  return value !== null && typeof value === "object" && value.nodeType === 9 && value.documentElement != null;
}

/** The HTML of a DOM document as it is now (scripts' changes included). */
function serializeDocument(doc) {
  let doctype = "";
  const type = doc.doctype;
  if (type) {
    doctype = `<!DOCTYPE ${type.name || "html"}`;
    if (type.publicId) doctype += ` PUBLIC "${type.publicId}"`;
    if (type.systemId) doctype += `${type.publicId ? "" : " SYSTEM"} "${type.systemId}"`;
    doctype += ">";
  }
  return doctype + doc.documentElement.outerHTML;
}

function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

// --- bytes to text -----------------------------------------------------------

// The labels of the WHATWG "replacement" encoding: a page in one of them
// decodes to a single U+FFFD (TextDecoder refuses to make a decoder for it).
const REPLACEMENT_LABELS = new Set(["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]);

/**
 * Decodes a page's bytes as inti::decode_html_bytes does: a byte order mark
 * wins; else a charset declared by a <meta> in the first 1024 bytes (the
 * same loose prescan), unless the bytes are valid UTF-8 beyond ASCII (a page
 * converted to UTF-8 and saved with its old declaration); else UTF-8 when
 * the bytes are valid UTF-8. Where the
 * Rust function then guesses the encoding from the bytes (chardetng), this
 * one takes windows-1252, the usual legacy encoding of web pages (and UTF-8
 * for bytes that look binary, so that the engine refuses them as NotHtml).
 * Decoding uses the host's TextDecoder (the WHATWG Encoding Standard, as
 * encoding_rs implements it).
 */
function decodeHtmlBytes(input) {
  if (!isBytes(input)) {
    throw withKind(new TypeError(`inti-wasm: decodeHtmlBytes() takes a Uint8Array or an ArrayBuffer, got ${describe(input)}`), "InvalidInput");
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = sniffBom(bytes);
  if (bom !== null) {
    return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  }
  const declared = declaredEncoding(bytes);
  if (declared !== null && declared !== "utf-8") {
    const utf8 = utf8BeyondAscii(bytes);
    if (utf8 !== null) return utf8;
  }
  if (declared === "replacement") return bytes.length === 0 ? "" : "\uFFFD";
  if (declared === "windows-1252") return decodeWindows1252(bytes);
  if (declared !== null) return new TextDecoder(declared).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (looksBinary(bytes)) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    return decodeWindows1252(bytes);
  }
}

// The text of bytes that are valid UTF-8 and not all ASCII, else null.
function utf8BeyondAscii(bytes) {
  if (bytes.every((b) => b < 0x80)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Bytes 0x80 to 0x9F of windows-1252 (the others are the same code points).
const WINDOWS_1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

// windows-1252 (also the encoding of the labels latin1, iso-8859-1 and
// ascii), decoded here: the TextDecoder of Node before 22.13 and 23.5 reads
// it as ISO-8859-1, so bytes 0x80 to 0x9F (the euro sign, curly quotes,
// dashes) come out as control characters.
function decodeWindows1252(bytes) {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder("utf-16le").decode(units);
}

function sniffBom(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

const LOWER_META = [0x3c, 0x6d, 0x65, 0x74, 0x61]; // "<meta"
const LOWER_CHARSET = [0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74]; // "charset"

/** The encoding a <meta> in the first 1024 bytes declares (the loose prescan
 * of src/decode.rs, byte for byte), as a TextDecoder name, or null. */
function declaredEncoding(bytes) {
  const lower = Uint8Array.from(bytes.subarray(0, 1024), (b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b));
  let at = 0;
  for (;;) {
    const start = indexOf(lower, LOWER_META, at);
    if (start < 0) return null;
    let end = lower.indexOf(0x3e, start); // ">"
    if (end < 0) end = lower.length;
    const tag = lower.subarray(start, end);
    const cs = indexOf(tag, LOWER_CHARSET, 0);
    if (cs >= 0) {
      let rest = trimStart(tag.subarray(cs + LOWER_CHARSET.length));
      if (rest[0] === 0x3d) { // "="
        rest = trimStart(rest.subarray(1));
        if (rest[0] === 0x22 || rest[0] === 0x27) rest = rest.subarray(1);
        let labelEnd = rest.findIndex((b) => b === 0x22 || b === 0x27 || b === 0x3b || b === 0x20 || b === 0x2f || b === 0x3e);
        if (labelEnd < 0) labelEnd = rest.length;
        const encoding = encodingForLabel(rest.subarray(0, labelEnd));
        if (encoding !== null) {
          // A page that declares UTF-16 but reached us as bytes without a
          // BOM is in fact ASCII-compatible (HTML spec).
          if (encoding === "utf-16le" || encoding === "utf-16be") return "utf-8";
          if (encoding === "x-user-defined") return "windows-1252";
          return encoding;
        }
      }
    }
    at = end;
  }
}

function encodingForLabel(labelBytes) {
  const label = String.fromCharCode(...labelBytes).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "");
  if (REPLACEMENT_LABELS.has(label)) return "replacement";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function indexOf(haystack, needle, from) {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function trimStart(bytes) {
  let n = 0;
  while (n < bytes.length && (bytes[n] === 0x20 || bytes[n] === 0x09 || bytes[n] === 0x0a || bytes[n] === 0x0c || bytes[n] === 0x0d)) n++;
  return bytes.subarray(n);
}

// NUL bytes, or more than 2% of other control characters (tab, newline,
// form feed and carriage return aside), in the first 4 KB: not text.
function looksBinary(bytes) {
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return sample.length > 0 && controls * 50 > sample.length;
}
