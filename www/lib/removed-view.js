// The second half of the "What was removed" view, on the main thread: builds
// the document the removed-view frame shows, from the page's neutralized HTML
// (lib/neutralize.js, made in the worker) and `article.removed`.
//
// Safety design. The page is hostile until proven otherwise, so nothing of it
// may run, in any of the three places it passes through:
//
// 1. The worker rewrites the markup at the token level (lib/neutralize.js):
//    no event handler attributes, no script content, styles and URLs moved to
//    data-inti-* attributes. The tree shape is unchanged.
// 2. Here, DOMParser builds an inert document from it (scripts never run in
//    a DOMParser document, nothing loads). The `removed[].path` selectors are
//    resolved in that tree *before* anything is taken out of it, and each
//    block found gets `data-inti-reason`, a label and an id to jump to. Then
//    the document is pruned: every script, link, meta, base and style
//    element goes; iframes, frames, objects, embeds and media players become
//    text placeholders; images get back only http(s) and data:image
//    addresses, resolved against the page address; links lose their href
//    (kept as data-inti-href for styling only); buttons cannot submit. The
//    page's CSS (from its <style> elements and style attributes, parsed and
//    re-serialized by the browser's CSS parser, without @import and
//    @font-face) is handed over as a data: stylesheet, because the demo's
//    own CSP, which the frame inherits, allows no inline style.
// 3. The result is shown by app.js from a blob: URL in
//    `<iframe sandbox="">`: without allow-scripts nothing can run even if
//    something slipped through, and without allow-same-origin the document
//    has an opaque origin, so it cannot reach the demo page, its storage or
//    its cookies. Its own CSP (below) allows images and our stylesheets
//    only: no scripts, frames, fonts, forms, or fetches. It also inherits
//    the demo page's CSP, which is as strict.
//
// Click-to-jump works without any script in the frame and without
// allow-same-origin: each block gets an id, and app.js navigates the frame
// to the same blob: URL with `#that-id`. That is a fragment navigation, so
// the browser scrolls the frame to the block and `:target` highlights it. A
// parent may always navigate its own child frame, whatever its origin.
// (allow-same-origin would have let app.js scroll the frame itself, but
// would make the page's document same-origin with the demo, one
// `allow-scripts` away from full access; fragment navigation needs neither.)

import { escapeHtml } from "./format.js";
import { isPlainReason, reasonInfo, REASONS } from "./reasons.js";

// Replaced by a placeholder that says what was there.
const EMBEDS = "iframe, frame, object, embed, applet, video, audio, portal, fencedframe";
// Elements whose ::before does not render: wrapped in a labelled span.
const NO_PSEUDO = new Set([
  "img", "input", "br", "hr", "select", "textarea", "svg", "math", "canvas", "meter",
  "progress", "wbr", "area", "col", "source", "track", "option",
]);
// Lazy-loading pages keep the real image address in one of these (their
// scripts, which would move it to src, do not run here).
const LAZY_SRC = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"];
const LAZY_SRCSET = ["data-srcset", "data-lazy-srcset"];

/**
 * Resolves one of the engine's paths (`html > body > div:nth-child(3) >
 * p:nth-child(2)`) in `doc` by walking it, step by step (faster than
 * querySelector on big pages, and exact about the element names). Returns
 * the element, or null when the tree does not have it.
 */
export function resolvePath(doc, path) {
  if (typeof path !== "string" || !path) return null;
  let node = null;
  for (const step of path.split(" > ")) {
    const m = /^((?:\\.|[^:\\])+)(?::nth-child\((\d+)\))?$/.exec(step.trim());
    if (!m) return null;
    const name = m[1].replace(/\\(.)/g, "$1").toLowerCase();
    if (node === null) {
      node = doc.documentElement;
      if (!node || node.localName.toLowerCase() !== name) return null;
      continue;
    }
    if (m[2] === undefined) {
      node = [...node.children].find((child) => child.localName.toLowerCase() === name) ?? null;
    } else {
      const child = node.children[Number(m[2]) - 1];
      node = child && child.localName.toLowerCase() === name ? child : null;
    }
    if (!node) return null;
  }
  return node;
}

/** An image address that may load in the removed view (http, https or a
 * data: image), absolute; null otherwise. */
export function safeImageUrl(raw, base) {
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (!value) return null;
  let url;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  if (url.protocol === "data:" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url.href)) return url.href;
  return null;
}

/** A srcset with only safe, absolute candidates (null if none is left). */
export function safeSrcset(raw, base) {
  if (typeof raw !== "string" || !raw.trim()) return null;
  const out = [];
  for (const { url, descriptor } of splitSrcset(raw)) {
    const safe = safeImageUrl(url, base);
    if (safe && /^(\d+(\.\d+)?[wx])?$/.test(descriptor)) out.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return out.length ? out.join(", ") : null;
}

// The candidates of a srcset, as HTML splits them: a URL up to white space
// (commas at its end end the candidate), then descriptors up to a comma.
function splitSrcset(text) {
  const out = [];
  const n = text.length;
  const space = (ch) => ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";
  let i = 0;
  while (i < n) {
    while (i < n && (space(text[i]) || text[i] === ",")) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !space(text[i])) i++;
    let url = text.slice(start, i);
    let descriptor = "";
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
    } else {
      const from = i;
      let depth = 0;
      while (i < n && !(text[i] === "," && depth <= 0)) {
        if (text[i] === "(") depth++;
        else if (text[i] === ")") depth--;
        i++;
      }
      descriptor = text.slice(from, i).trim();
      i++;
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

// "20.detik.com/embed/230613017…", or "a javascript: address".
function shortUrl(raw, base) {
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return `a ${url.protocol} address`;
    const text = `${url.host}${url.pathname}`;
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  } catch {
    return raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
  }
}

// Declarations of a style attribute, parsed and re-serialized by the
// browser (which drops anything that is not a declaration, so no rule can
// break out), each made !important: an inline style beats the page's rules.
function styleDeclarations(scratch, text) {
  scratch.style.cssText = text;
  for (let i = 0; i < scratch.style.length; i++) {
    const property = scratch.style.item(i);
    scratch.style.setProperty(property, scratch.style.getPropertyValue(property), "important");
  }
  return scratch.style.cssText;
}

// The rules of a <style> element, parsed and re-serialized by the browser,
// without @import (it would fetch) and @font-face (fonts are not allowed in
// the frame), wrapped in its media query when it has one.
function styleSheetText(text, media) {
  const sheet = new CSSStyleSheet();
  try {
    // replaceSync ignores @import with a console warning; leave it out first.
    sheet.replaceSync(text.replace(/@import\b[^;]*;?/gi, ""));
  } catch {
    return "";
  }
  const rules = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSFontFaceRule || rule instanceof CSSImportRule) continue;
    rules.push(rule.cssText);
  }
  let css = rules.join("\n");
  if (media && media.trim() && media.trim().toLowerCase() !== "all") {
    const check = new CSSStyleSheet();
    try {
      check.replaceSync(`@media ${media} {}`);
    } catch {
      return css;
    }
    const rule = check.cssRules[0];
    if (check.cssRules.length === 1 && rule instanceof CSSMediaRule) {
      css = `@media ${rule.media.mediaText} {\n${css}\n}`;
    }
  }
  return css;
}

function dataCssUrl(css) {
  return `data:text/css;charset=utf-8,${encodeURIComponent(css)}`;
}

function doctypeOf(doc) {
  const dt = doc.doctype;
  if (!dt) return "";
  const clean = (s) => s.replace(/["<>]/g, "");
  let s = `<!DOCTYPE ${clean(dt.name) || "html"}`;
  if (dt.publicId) s += ` PUBLIC "${clean(dt.publicId)}"`;
  if (dt.systemId) s += `${dt.publicId ? "" : " SYSTEM"} "${clean(dt.systemId)}"`;
  return `${s}>`;
}

/** The colour of each reason for the frame (`--inti-c`). */
export function reasonColorsCss() {
  return Object.entries(REASONS)
    .map(([reason, { color }]) => `[data-inti-reason="${reason}"] { --inti-c: ${color}; }`)
    .join("\n");
}

/**
 * Builds the removed view's document.
 *
 * @param {{html: string, css: {text: string, media: string|null}[]}} neutral
 *   what lib/neutralize.js made of the page
 * @param {{reason: string, path: string, preview: string, textLength: number}[]} removed
 * @param {object} options
 * @param {string|null} options.pageUrl the page's address (images are resolved
 *   against it, or against the page's <base>)
 * @param {string} options.frameCssUrl absolute URL of frames/removed.css
 * @param {string} options.origin the demo's origin (for the frame's CSP)
 * @param {string} [options.title]
 * @returns {{html: string, blocks: {index: number, reason: string, anchor: string|null}[], located: number}}
 */
export function buildRemovedDocument(neutral, removed, { pageUrl, frameCssUrl, origin, title = "" }) {
  const doc = new DOMParser().parseFromString(neutral.html, "text/html");
  const scratch = document.createElement("div");

  // The base for images: the page's <base href> over its address.
  let base = null;
  try {
    base = pageUrl ? new URL(pageUrl).href : null;
  } catch {
    base = null;
  }
  const baseHref = doc.querySelector("base[data-inti-href]")?.getAttribute("data-inti-href");
  if (baseHref) {
    try {
      const url = base ? new URL(baseHref, base) : new URL(baseHref);
      if (url.protocol === "http:" || url.protocol === "https:") base = url.href;
    } catch {
      // keep the page address
    }
  }

  // 1. Find every block while the tree is exactly as the browser built it.
  const elements = removed.map((block) => resolvePath(doc, block.path));

  // The page's CSS, in document order (before the placeholders go).
  const pageCss = [];
  for (const holder of doc.querySelectorAll("template[data-inti-css]")) {
    const item = neutral.css[Number(holder.getAttribute("data-inti-css"))];
    if (item?.text) pageCss.push(styleSheetText(item.text, item.media));
  }

  // 2. Label them.
  const blocks = [];
  const anchors = new Map();
  removed.forEach((block, index) => {
    let el = elements[index];
    if (!el) {
      blocks.push({ index, reason: block.reason, anchor: null });
      return;
    }
    const info = reasonInfo(block.reason);
    if (anchors.has(el)) {
      // A second reason for the same element: add it to the label.
      el.setAttribute("data-inti-label", `${el.getAttribute("data-inti-label")} + ${info.label}`);
      blocks.push({ index, reason: block.reason, anchor: anchors.get(el), element: el });
      return;
    }
    if (NO_PSEUDO.has(el.localName.toLowerCase())) {
      const wrap = doc.createElement("span");
      wrap.className = "inti-wrap";
      el.replaceWith(wrap);
      wrap.append(el);
      el = wrap;
    }
    el.setAttribute("data-inti-reason", isPlainReason(block.reason) ? block.reason : "unknown");
    el.setAttribute("data-inti-label", info.label);
    el.setAttribute("data-inti-index", String(index));
    let anchor = el.id;
    if (!anchor || doc.getElementById(anchor) !== el) {
      anchor = `inti-removed-${index}`;
      el.id = anchor;
    }
    anchors.set(el, anchor);
    blocks.push({ index, reason: block.reason, anchor, element: el });
  });

  // 3. Prune.
  for (const el of doc.querySelectorAll("script, link, meta, base, template[data-inti-css], title")) {
    el.remove();
  }
  const rules = [];
  const addRule = (el, declarations) => {
    if (!declarations) return;
    let key = el.getAttribute("data-inti-s");
    if (key === null) {
      key = String(rules.length);
      el.setAttribute("data-inti-s", key);
    }
    rules.push(`[data-inti-s="${key}"] { ${declarations} }`);
  };
  const body = doc.body;
  if (body) {
    for (const el of body.querySelectorAll(EMBEDS)) {
      const placeholder = doc.createElement("span");
      placeholder.className = "inti-embed";
      const src =
        el.getAttribute("data-inti-src") ??
        el.querySelector("source[data-inti-src]")?.getAttribute("data-inti-src") ??
        "";
      placeholder.textContent = `${el.localName}${src.trim() ? ` · ${shortUrl(src.trim(), base)}` : ""}`;
      placeholder.title = `A${/^[aeiou]/.test(el.localName) ? "n" : ""} ${el.localName} of the page, not loaded here`;
      for (const name of ["id", "data-inti-reason", "data-inti-label", "data-inti-index", "data-inti-style"]) {
        const value = el.getAttribute(name);
        if (value !== null) placeholder.setAttribute(name, value);
      }
      // The page's classes too, so that its CSS sizes the placeholder.
      if (el.getAttribute("class")) placeholder.className = `inti-embed ${el.getAttribute("class")}`;
      const width = el.getAttribute("width");
      const height = el.getAttribute("height");
      const size = [
        /^\d+%?$/.test(width ?? "") ? `width: ${width}${width.endsWith("%") ? "" : "px"};` : "",
        /^\d+$/.test(height ?? "") ? `min-height: ${Math.min(Number(height), 2000)}px;` : "",
      ].join(" ").trim();
      if (size) addRule(placeholder, size);
      el.replaceWith(placeholder);
      for (const block of blocks) if (block.element === el) block.element = placeholder;
    }
    for (const img of body.querySelectorAll("img")) {
      let src = safeImageUrl(img.getAttribute("data-inti-src"), base);
      for (const name of LAZY_SRC) src ??= safeImageUrl(img.getAttribute(name), base);
      let srcset = safeSrcset(img.getAttribute("data-inti-srcset"), base);
      for (const name of LAZY_SRCSET) srcset ??= safeSrcset(img.getAttribute(name), base);
      if (src) img.setAttribute("src", src);
      if (srcset) img.setAttribute("srcset", srcset);
      img.setAttribute("loading", "lazy");
    }
    for (const source of body.querySelectorAll("picture > source")) {
      const srcset = safeSrcset(source.getAttribute("data-inti-srcset") ?? source.getAttribute("data-srcset"), base);
      if (srcset) source.setAttribute("srcset", srcset);
      else source.remove();
    }
    for (const el of body.querySelectorAll("[data-inti-src], [data-inti-srcset], [data-inti-xlink-href]")) {
      el.removeAttribute("data-inti-src");
      el.removeAttribute("data-inti-srcset");
      el.removeAttribute("data-inti-xlink-href");
    }
    for (const el of body.querySelectorAll("[data-inti-href]:not(a, area)")) el.removeAttribute("data-inti-href");
    // Nothing submits (the sandbox would block it, with a console error).
    for (const el of body.querySelectorAll("button")) el.setAttribute("type", "button");
    for (const el of body.querySelectorAll("input")) {
      if (/^(submit|image|reset)$/i.test(el.getAttribute("type") ?? "")) el.setAttribute("type", "button");
    }
  }
  // Style attributes (the html and body elements' too) become rules.
  for (const el of doc.querySelectorAll("[data-inti-style]")) {
    addRule(el, styleDeclarations(scratch, el.getAttribute("data-inti-style")));
    el.removeAttribute("data-inti-style");
  }

  let bodyHtml;
  if (!body) bodyHtml = "<body></body>";
  else if (body.localName === "frameset") {
    bodyHtml = '<body><p class="inti-note">This page is a frameset: its content is in other pages.</p></body>';
  } else bodyHtml = body.outerHTML;

  const root = doc.documentElement;
  let rootAttrs = "";
  for (const attr of root?.attributes ?? []) {
    if (/^(lang|dir|class|id|data-inti-s)$/.test(attr.name)) rootAttrs += ` ${attr.name}="${escapeHtml(attr.value)}"`;
  }
  const csp = `default-src 'none'; img-src * data:; style-src data: ${origin}; base-uri 'none'; form-action 'none'`;
  const html =
    `${doctypeOf(doc)}<html${rootAttrs}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<title>${escapeHtml(title ? `${title} — removed blocks` : "Removed blocks")}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(dataCssUrl(`${pageCss.join("\n")}\n${rules.join("\n")}`))}">` +
    `<link rel="stylesheet" href="${escapeHtml(frameCssUrl)}">` +
    `<link rel="stylesheet" href="${escapeHtml(dataCssUrl(reasonColorsCss()))}">` +
    `</head>${bodyHtml}</html>`;

  for (const block of blocks) {
    // A block that did not make it into the body (a script, something in
    // the head) cannot be shown.
    if (block.element && !(body && body.contains(block.element))) block.anchor = null;
    delete block.element;
  }
  return { html, blocks, located: blocks.filter((b) => b.anchor).length };
}
