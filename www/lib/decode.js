// Decodes the bytes of a page file into text the way a browser would, in
// short: a byte order mark, else a <meta charset> (or http-equiv
// Content-Type) in the first 1024 bytes, else UTF-8 when the bytes are valid
// UTF-8, else windows-1252 (the usual legacy encoding of web pages). As in
// inti::decode_html_bytes, bytes that are valid UTF-8 beyond ASCII are read
// as UTF-8 whatever the <meta> declares: a page converted to UTF-8 and saved
// with its old declaration would otherwise show as mojibake.
//
// Bytes that look binary (control characters, NUL) are decoded as UTF-8 with
// replacement characters, so that the engine sees them for what they are and
// refuses them with its NotHtml error rather than reading them as
// windows-1252 text.

const META_SCAN_BYTES = 1024;

/**
 * @param {Uint8Array} bytes
 * @returns {{text: string, encoding: string, source: "bom"|"meta"|"utf-8"|"fallback"|"binary"}}
 */
export function decodeBytes(bytes) {
  const bom = sniffBom(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, source: "bom" };
  }
  const declared = sniffMetaCharset(bytes);
  if (declared) {
    const decoder = makeDecoder(declared);
    if (decoder && decoder.encoding !== "utf-8" && bytes.some((b) => b >= 0x80)) {
      try {
        return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", source: "utf-8" };
      } catch {
        // not UTF-8: the declaration stands
      }
    }
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding, source: "meta" };
  }
  if (looksBinary(bytes)) {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", source: "binary" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", source: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252", source: "fallback" };
  }
}

function sniffBom(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return null;
}

// A TextDecoder for a label, or null for an unknown one. A page that
// declares UTF-16 in a meta tag is read as UTF-8 (HTML's rule: the meta
// could not have been read if it were UTF-16).
function makeDecoder(label) {
  try {
    const decoder = new TextDecoder(label);
    if (decoder.encoding.startsWith("utf-16")) return new TextDecoder("utf-8");
    return decoder;
  } catch {
    return null;
  }
}

/** The charset a <meta> in the first 1024 bytes declares, or null. */
export function sniffMetaCharset(bytes) {
  // latin1 keeps one character per byte, so the ASCII markup reads as is.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, META_SCAN_BYTES));
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1];
  }
  return null;
}

// Control characters other than tab, newline, form feed and carriage return
// in the first 4 KB, or any NUL: text files do not have them.
function looksBinary(bytes) {
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.02;
}
