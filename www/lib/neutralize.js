// The first half of the "What was removed" view, run in the worker: makes a
// page's HTML inert without changing the tree a browser builds from it.
//
// Why: the removed view must show the page with every block of
// `article.removed` outlined. Those blocks are located by CSS paths
// (`html > body > div:nth-child(4) > p:nth-child(2)`) in the tree a browser
// builds, so the page has to be parsed by the browser (DOMParser, on the main
// thread: workers have no DOM) before it is annotated, and only then can
// anything be removed from it. But the demo page runs under a strict
// Content-Security-Policy, and Chromium checks that policy while DOMParser
// builds a document: every `style` attribute, `<style>` element and inline
// event handler of the page would log a CSP violation, even though nothing
// of that document ever runs or renders. So the markup is rewritten first,
// here, at the token level, with the same tokenizer states a browser uses:
//
// - event handler attributes (`on*`) are dropped;
// - `style` becomes `data-inti-style`, and URL attributes (`src`, `srcset`,
//   `href`, `xlink:href`) become `data-inti-*` (the annotator decides, from
//   the decoded values, which images may load); other URL-bearing or active
//   attributes (`action`, `formaction`, `poster`, `background`, `srcdoc`,
//   `ping`, `http-equiv`, `autofocus`...) are dropped;
// - a `<style>` element becomes an empty `<template data-inti-css="N">` (its
//   CSS is returned in `css[N]`): the tree builder handles both the same way
//   in every context that matters (head, body, tables);
// - a `<script>` keeps its name (the tree is the same) with an inert type and
//   no content; `<iframe>`, `<noembed>` and `<noframes>` lose their raw text;
// - comments, the doctype (it decides quirks mode, which changes how
//   `<p><table>` nests) and everything else are kept as they are.
//
// Element names, their order, and whatever decides the tree shape are left
// as they are, so the paths still find the same elements. The rewrite is a
// cleaning step, not the safety boundary: the result is shown in a frame
// that is sandboxed without scripts and has its own CSP (see
// removed-view.js).
//
// The tokenizer tracks foreign content (`<svg>`, `<math>`) approximately,
// because there `<style>`, `<script>` and `<title>` are not raw text; markup
// that fools the approximation can at worst shift a path inside an `<svg>`.

const RAWTEXT = new Set(["style", "xmp", "iframe", "noembed", "noframes"]);
const RCDATA = new Set(["textarea", "title"]);
// Raw text dropped from the output (its element renders nothing).
const DROP_CONTENT = new Set(["iframe", "noembed", "noframes"]);

// Attributes renamed to data-inti-NAME (their values are needed later).
const RENAMED = new Map([
  ["style", "data-inti-style"],
  ["src", "data-inti-src"],
  ["srcset", "data-inti-srcset"],
  ["href", "data-inti-href"],
  ["xlink:href", "data-inti-xlink-href"],
]);
// Attributes dropped: they load, submit, navigate, run or focus something.
const DROPPED = new Set([
  "action", "formaction", "poster", "background", "srcdoc", "ping", "data", "codebase",
  "archive", "classid", "manifest", "lowsrc", "dynsrc", "longdesc", "http-equiv", "content",
  "autofocus", "integrity", "nonce", "crossorigin", "target", "download", "attributionsrc",
  "imagesrcset", "imagesizes", "xmlns:xlink", "xml:base", "formtarget", "popovertarget",
]);

// Start tags that end foreign content (the HTML spec's list), and font when
// it has color, face or size.
const BREAKOUT = new Set([
  "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
  "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
  "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
  "sub", "sup", "table", "tt", "u", "ul", "var",
]);
const SVG_HTML_POINTS = new Set(["foreignobject", "desc", "title"]);
const MATH_TEXT_POINTS = new Set(["mi", "mo", "mn", "ms", "mtext"]);

/** The `type` a neutralized `<script>` gets: not a script type, so nothing
 * would run it even outside a sandbox. */
export const INERT_SCRIPT_TYPE = "text/x-inti-removed";

/**
 * @param {string} input the page's HTML
 * @returns {{html: string, css: {text: string, media: string|null}[]}}
 *   the rewritten HTML, and the CSS of the page's `<style>` elements, in
 *   document order (`<template data-inti-css="N">` holds the place of css[N])
 */
export function neutralizeHtml(input) {
  // The output is the input with edits: `out` gets the unchanged stretches
  // and the replacements (most of a page is copied as it is).
  const out = [];
  let copyFrom = 0;
  const edit = (start, end, replacement) => {
    if (start > copyFrom) out.push(input.slice(copyFrom, start));
    if (replacement) out.push(replacement);
    copyFrom = end;
  };
  const css = [];
  // Open foreign-content elements: {name, html, ns} (html: an integration
  // point, inside which markup is parsed as HTML again).
  const foreign = [];
  const inHtml = () => foreign.length === 0 || foreign[foreign.length - 1].html;
  const n = input.length;
  let i = 0;

  while (i < n) {
    const lt = input.indexOf("<", i);
    if (lt === -1) break;
    const c = input.charCodeAt(lt + 1);

    if (isAlpha(c)) {
      // A start tag.
      const tag = readTag(input, lt + 1);
      if (!tag) {
        // End of input inside a tag: the tokenizer emits nothing for it.
        edit(lt, n, "");
        i = n;
        break;
      }
      i = tag.end;
      const name = tag.name;
      // Whether the tree builder makes this an HTML element (only those
      // switch the tokenizer to raw text), and the foreign-content stack.
      let asHtml = inHtml();
      if (!asHtml) {
        if (BREAKOUT.has(name) || (name === "font" && tag.attrs.some((a) => /^(color|face|size)$/.test(a.name)))) {
          while (foreign.length && !foreign[foreign.length - 1].html) foreign.pop();
          asHtml = true;
        } else if (!tag.selfClosing) {
          const ns = foreignNamespace(foreign);
          const point =
            (ns === "svg" && SVG_HTML_POINTS.has(name)) ||
            (ns === "math" && (MATH_TEXT_POINTS.has(name) || (name === "annotation-xml" && isHtmlEncoding(tag))));
          foreign.push({ name, html: point, ns: name === "svg" ? "svg" : name === "math" ? "math" : null });
        }
      } else if ((name === "svg" || name === "math") && !tag.selfClosing) {
        foreign.push({ name, html: false, ns: name });
      }

      if (name === "style" || name === "script") {
        let replacement;
        if (name === "style") {
          const media = tag.attrs.find((a) => a.name === "media")?.value ?? null;
          css.push({ text: "", media: media && decodeBasicEntities(media) });
          replacement = `<template data-inti-css="${css.length - 1}"></template>`;
        } else {
          replacement = `<script type="${INERT_SCRIPT_TYPE}"></script>`;
        }
        if (asHtml || !tag.selfClosing) {
          // HTML: raw text (style) or script data (script) up to the end
          // tag. Foreign: ordinary markup, assumed to be text (CSS and
          // scripts rarely hold tags).
          const end = asHtml && name === "script" ? scriptDataEnd(input, i) : rawTextEnd(input, i, name);
          if (name === "style") css[css.length - 1].text = input.slice(i, end);
          i = skipEndTag(input, end);
          if (!asHtml && foreign.length && foreign[foreign.length - 1].name === name) foreign.pop();
        }
        edit(lt, i, replacement);
        continue;
      }
      // Most tags need no change: their source stays as it is.
      if (needsRewrite(tag)) edit(lt, tag.end, startTag(tag));
      if (asHtml) {
        if (RAWTEXT.has(name) || RCDATA.has(name)) {
          const end = rawTextEnd(input, i, name);
          if (DROP_CONTENT.has(name) && end > i) edit(i, end, "");
          i = end;
        } else if (name === "plaintext") {
          // The rest of the input is text.
          i = n;
        }
      }
      continue;
    }

    if (c === 47 /* / */ && isAlpha(input.charCodeAt(lt + 2))) {
      // An end tag: kept as it is (its attributes, if any, mean nothing).
      const tag = readTag(input, lt + 2);
      if (!tag) {
        edit(lt, n, "");
        i = n;
        break;
      }
      i = tag.end;
      const name = tag.name;
      if (!inHtml() && (name === "p" || name === "br")) {
        while (foreign.length && !foreign[foreign.length - 1].html) foreign.pop();
      } else {
        for (let k = foreign.length - 1; k >= 0; k--) {
          if (foreign[k].name === name) {
            foreign.length = k;
            break;
          }
        }
      }
      continue;
    }

    if (c === 33 /* ! */ || c === 47 /* / */ || c === 63 /* ? */) {
      // Comments, the doctype, CDATA and bogus comments are kept as they
      // are (they hold no element), but skipped over as the tokenizer
      // does, so that markup inside them is not taken for tags.
      if (c === 33 && input.startsWith("--", lt + 2)) i = commentEnd(input, lt + 4);
      else if (c === 33 && !inHtml() && input.startsWith("[CDATA[", lt + 2)) {
        const end = input.indexOf("]]>", lt + 9);
        i = end === -1 ? n : end + 3;
      } else if (c === 47 && input.charCodeAt(lt + 2) === 62) i = lt + 3; // "</>"
      else if (c === 47 && lt + 2 >= n) i = n; // "</" at the end: text
      else {
        const gt = input.indexOf(">", lt + 2);
        i = gt === -1 ? n : gt + 1;
      }
      continue;
    }

    // A "<" that opens nothing is text.
    i = lt + 1;
  }
  edit(n, n, "");
  return { html: out.join(""), css };
}

function foreignNamespace(foreign) {
  for (let k = foreign.length - 1; k >= 0; k--) {
    if (foreign[k].ns) return foreign[k].ns;
  }
  return "svg";
}

function isHtmlEncoding(tag) {
  const encoding = tag.attrs.find((a) => a.name === "encoding")?.value?.toLowerCase();
  return encoding === "text/html" || encoding === "application/xhtml+xml";
}

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c) {
  return c === 9 || c === 10 || c === 12 || c === 13 || c === 32;
}

/**
 * Reads a tag from `start` (its first name character) as the HTML tokenizer
 * does: the name, then the attributes (first of a name wins), up to the ">"
 * that ends it (a ">" inside a quoted value does not). Returns null when the
 * input ends first.
 */
export function readTag(input, start) {
  const n = input.length;
  let i = start;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = input.slice(start, i).toLowerCase();
  const attrs = [];
  let selfClosing = false;
  const add = (attrName, value, quote) => {
    for (let k = 0; k < attrs.length; k++) if (attrs[k].name === attrName) return;
    attrs.push({ name: attrName, value, quote });
  };
  // State: before attribute name.
  for (;;) {
    while (i < n && isSpace(input.charCodeAt(i))) i++;
    if (i >= n) return null;
    let c = input.charCodeAt(i);
    if (c === 62) return { name, attrs, selfClosing, end: i + 1 };
    if (c === 47) {
      // Self-closing start tag state.
      i++;
      if (i >= n) return null;
      if (input.charCodeAt(i) === 62) {
        selfClosing = true;
        return { name, attrs, selfClosing, end: i + 1 };
      }
      continue; // reconsume in before attribute name
    }
    // Attribute name (a leading "=" is part of it).
    const nameStart = i;
    i++;
    while (i < n) {
      c = input.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      i++;
    }
    const attrName = input.slice(nameStart, i).toLowerCase();
    // After attribute name.
    while (i < n && isSpace(input.charCodeAt(i))) i++;
    if (i >= n) return null;
    c = input.charCodeAt(i);
    if (c !== 61) {
      add(attrName, null, null);
      continue; // "/", ">" or the next attribute
    }
    // Before attribute value.
    i++;
    while (i < n && isSpace(input.charCodeAt(i))) i++;
    if (i >= n) return null;
    c = input.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = input.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return null;
      add(attrName, input.slice(i + 1, close), c === 34 ? '"' : "'");
      i = close + 1;
      // After attribute value (quoted): anything goes on as a new attribute.
      continue;
    }
    if (c === 62) {
      add(attrName, "", '"');
      return { name, attrs, selfClosing, end: i + 1 };
    }
    const valueStart = i;
    while (i < n) {
      c = input.charCodeAt(i);
      if (isSpace(c) || c === 62) break;
      i++;
    }
    if (i >= n) return null;
    add(attrName, input.slice(valueStart, i), "");
  }
}

// Whether a start tag has an attribute that startTag() changes or drops.
function needsRewrite(tag) {
  for (const { name, value } of tag.attrs) {
    if (name.startsWith("on") || name.startsWith("data-inti-") || DROPPED.has(name) || RENAMED.has(name)) return true;
    if (name === "id" && value !== null && /^inti-/i.test(value)) return true;
  }
  return false;
}

// The rewritten start tag.
function startTag(tag) {
  let s = `<${tag.name}`;
  for (const { name, value } of tag.attrs) {
    let outName = name;
    if (name.startsWith("on") || name.startsWith("data-inti-") || DROPPED.has(name)) continue;
    if (RENAMED.has(name)) outName = RENAMED.get(name);
    // Ids the demo uses for its jump targets are not the page's to take.
    if (name === "id" && value !== null && /^inti-/i.test(value)) continue;
    s += value === null ? ` ${outName}` : ` ${outName}="${value.replace(/"/g, "&quot;")}"`;
  }
  return `${s}${tag.selfClosing ? " /" : ""}>`;
}

/** Where the raw text of a `name` element ends: the "<" of the first
 * "</name" followed by a space, "/" or ">" (any case), or the end. */
export function rawTextEnd(input, start, name) {
  const n = input.length;
  let i = start;
  for (;;) {
    const k = input.indexOf("</", i);
    if (k === -1) return n;
    if (input.slice(k + 2, k + 2 + name.length).toLowerCase() === name) {
      const c = input.charCodeAt(k + 2 + name.length);
      if (isSpace(c) || c === 47 || c === 62) return k;
    }
    i = k + 2;
  }
}

// Past the end tag "</name ...>" that starts at `at` (rawTextEnd and
// scriptDataEnd stop only at one), or the end of the input.
function skipEndTag(input, at) {
  if (at >= input.length) return input.length;
  const tag = readTag(input, at + 2);
  return tag ? tag.end : input.length;
}

/**
 * Where a `<script>`'s content ends, following the tokenizer's script data
 * states, escaped ("<!--") and double-escaped ("<!--<script>") ones
 * included: the index of the "<" of its "</script" end tag, or the end.
 */
export function scriptDataEnd(input, start) {
  const n = input.length;
  // States.
  const DATA = 0, ESCAPED = 1, ESCAPED_DASH = 2, ESCAPED_DASH_DASH = 3;
  const DOUBLE = 4, DOUBLE_DASH = 5, DOUBLE_DASH_DASH = 6;
  let state = DATA;
  let i = start;
  const isEndTag = (at) =>
    input.charCodeAt(at) === 60 &&
    input.charCodeAt(at + 1) === 47 &&
    input.slice(at + 2, at + 8).toLowerCase() === "script" &&
    (isSpace(input.charCodeAt(at + 8)) || input.charCodeAt(at + 8) === 47 || input.charCodeAt(at + 8) === 62);
  // "script" followed by a space, "/" or ">" at `at` (for double escapes).
  const isScriptWord = (at) =>
    input.slice(at, at + 6).toLowerCase() === "script" &&
    (isSpace(input.charCodeAt(at + 6)) || input.charCodeAt(at + 6) === 47 || input.charCodeAt(at + 6) === 62);

  while (i < n) {
    const c = input.charCodeAt(i);
    switch (state) {
      case DATA:
        if (c === 60) {
          if (isEndTag(i)) return i;
          if (input.startsWith("!--", i + 1)) {
            // "<!--" enters the escaped state after its dashes.
            state = ESCAPED_DASH_DASH;
            i += 4;
            continue;
          }
        }
        i++;
        continue;
      case ESCAPED:
      case ESCAPED_DASH:
      case ESCAPED_DASH_DASH:
        if (c === 45 /* - */) {
          state = state === ESCAPED ? ESCAPED_DASH : ESCAPED_DASH_DASH;
        } else if (c === 60) {
          if (isEndTag(i)) return i;
          if (isAlpha(input.charCodeAt(i + 1)) && isScriptWord(i + 1)) {
            state = DOUBLE;
            i += 7; // past "<script"; its delimiter is read in DOUBLE
            continue;
          }
          state = ESCAPED;
        } else if (c === 62 && state === ESCAPED_DASH_DASH) {
          state = DATA;
        } else {
          state = ESCAPED;
        }
        i++;
        continue;
      default:
        // Double escaped.
        if (c === 45) {
          state = state === DOUBLE ? DOUBLE_DASH : DOUBLE_DASH_DASH;
        } else if (c === 60) {
          if (input.charCodeAt(i + 1) === 47 && isScriptWord(i + 2)) {
            // "</script" ends the double escape (not the script).
            state = ESCAPED;
            i += 8;
            continue;
          }
          state = DOUBLE;
        } else if (c === 62 && state === DOUBLE_DASH_DASH) {
          state = DATA;
        } else {
          state = DOUBLE;
        }
        i++;
        continue;
    }
  }
  return n;
}

// Where a comment that starts at `start` (just after "<!--") ends: after
// "-->", "--!>", or the abrupt "<!-->" and "<!--->".
function commentEnd(input, start) {
  if (input.charCodeAt(start) === 62) return start + 1;
  if (input.startsWith("->", start)) return start + 2;
  let j = start;
  for (;;) {
    const k = input.indexOf("--", j);
    if (k === -1) return input.length;
    if (input.charCodeAt(k + 2) === 62) return k + 3;
    if (input.startsWith("!>", k + 2)) return k + 4;
    j = k + 1;
  }
}

// The few character references a media query might hold.
function decodeBasicEntities(text) {
  return text
    .replace(/&quot;?/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;?/g, "<")
    .replace(/&gt;?/g, ">")
    .replace(/&amp;?/g, "&");
}
