// The reader view shared by the bookmarklet's overlay (inject.js, in the
// page being read) and inti's reader page (reader.html, on inti's own site).
//
// It lives in an open shadow root on an <inti-reader> element, so the page's
// styles do not reach it and its styles do not reach the page; its styles go
// in through a constructed stylesheet (adoptedStyleSheets), which no
// Content-Security-Policy blocks. Everything is built with DOM calls; the
// article's HTML, already sanitized by inti, is parsed with DOMParser (through
// a Trusted Types policy where the page requires them), checked once more
// against a short deny-list, and imported node by node. No page script or
// markup runs.
//
// State for tests and tools: the <inti-reader> element carries
// data-inti-state ("loading", "done", "error"), and the article body is the
// element with data-inti-article.

const CSS = `
:host { all: initial; display: block; position: fixed; inset: 0; z-index: 2147483647; }
.root {
  --size: 19px; --width: 40rem;
  --bg: #fbfaf7; --fg: #1d1d1b; --muted: #66645e; --rule: #e4e1d8; --link: #1a5a9e;
  --bar: rgba(251, 250, 247, .92); --btn: #efede6; --btn-hover: #e4e1d8; --on: #1d1d1b; --on-fg: #fbfaf7;
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); color-scheme: light;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
.root:focus { outline: none; }
.root[data-theme="sepia"] {
  --bg: #f4ecd8; --fg: #3b2f22; --muted: #7a6a52; --rule: #e2d5b8; --link: #8a4510;
  --bar: rgba(244, 236, 216, .92); --btn: #eadfc4; --btn-hover: #e0d2b0; --on: #3b2f22; --on-fg: #f4ecd8;
}
.root[data-theme="dark"] {
  --bg: #17181b; --fg: #e3e1dc; --muted: #9d9a93; --rule: #2e3036; --link: #8ab4f8;
  --bar: rgba(23, 24, 27, .92); --btn: #26282d; --btn-hover: #32353b; --on: #e3e1dc; --on-fg: #17181b;
  color-scheme: dark;
}
.bar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px;
  padding: 8px 16px; background: var(--bar); border-bottom: 1px solid var(--rule);
  -webkit-backdrop-filter: blur(8px); backdrop-filter: blur(8px);
}
.brand { font-weight: 700; letter-spacing: .02em; }
.brand span { display: inline-block; width: .6em; height: .6em; margin-right: .35em; border-radius: 50%; background: #c8542b; }
.status { flex: 1 1 8rem; min-width: 0; color: var(--muted); font-size: 14px; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.group { display: inline-flex; border-radius: 8px; overflow: hidden; border: 1px solid var(--rule); }
.group button { border-radius: 0; border: 0; }
.group button + button { border-left: 1px solid var(--rule); }
button {
  font: inherit; font-size: 14px; line-height: 1; color: inherit; background: var(--btn);
  border: 1px solid var(--rule); border-radius: 8px; padding: 7px 10px; cursor: pointer; white-space: nowrap;
}
button:hover { background: var(--btn-hover); }
button[aria-pressed="true"] { background: var(--on); color: var(--on-fg); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
button.close { font-weight: 600; }
.root:not(.has-article) .controls > .group { display: none; }
.hint { display: none; }
.article {
  box-sizing: border-box; max-width: var(--width); margin: 0 auto; padding: 40px 20px 96px;
  font: var(--size)/1.65 Charter, "Bitstream Charter", "Iowan Old Style", "Palatino Linotype", Georgia, serif;
  overflow-wrap: break-word;
}
.kicker { min-height: 1.4em; margin: 0 0 .6em; font: 600 13px/1.4 system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.kicker > * + *::before { content: "·"; margin: 0 .5em; }
.title { margin: 0 0 .4em; font-size: 2em; line-height: 1.18; letter-spacing: -.01em; }
.byline { margin: 0 0 1.4em; font-style: italic; line-height: 1.4; color: var(--muted); }
.body { margin-top: 1.6em; }
.body > :first-child { margin-top: 0; }
.lead { margin: 1.6em 0 0; }
img, video { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 3px; }
figure { margin: 1.6em 0; }
figcaption { margin-top: .5em; font: 14px/1.45 system-ui, sans-serif; color: var(--muted); }
a { color: var(--link); text-underline-offset: .15em; }
h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 .5em; }
blockquote { margin: 1.4em 0; padding: 0 0 0 1em; border-left: 3px solid var(--rule); color: var(--muted); }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
pre { overflow: auto; padding: 1em; background: var(--btn); border-radius: 6px; line-height: 1.45; }
table { display: block; overflow-x: auto; border-collapse: collapse; font-size: .85em; }
th, td { border: 1px solid var(--rule); padding: .35em .6em; text-align: start; vertical-align: top; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.page-break { display: flex; align-items: center; gap: 1em; margin: 2.4em 0; font: 600 12px system-ui, sans-serif; letter-spacing: .1em; text-transform: uppercase; color: var(--muted); }
.page-break::before, .page-break::after { content: ""; flex: 1; border-top: 1px solid var(--rule); }
.source { margin-top: 3em; padding-top: 1em; border-top: 1px solid var(--rule); font: 13px/1.5 system-ui, sans-serif; color: var(--muted); }
.article.sample { position: absolute; top: 0; left: 0; visibility: hidden; pointer-events: none; }
.message { max-width: 36rem; margin: 12vh auto 0; padding: 0 20px; font-size: 16px; line-height: 1.6; }
.message h2 { margin: 0 0 .5em; font-size: 1.3em; }
.message .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 1.2em; }
.spinner { width: 28px; height: 28px; margin-bottom: 16px; border-radius: 50%; border: 3px solid var(--rule); border-top-color: #c8542b; animation: spin 0.9s linear infinite; }
@keyframes spin { to { transform: rotate(1turn); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
@media (max-width: 720px) {
  /* Phones: the toolbar scrolls away with the article, the column width has
     no meaning, and Close stays at hand in the corner. */
  .bar { position: static; padding: 8px 96px 8px 12px; -webkit-backdrop-filter: none; backdrop-filter: none; }
  .controls .group[aria-label="Column width"] { display: none; }
  button.close { position: fixed; top: 8px; right: 12px; z-index: 2; box-shadow: 0 1px 6px rgba(0, 0, 0, .2); }
  .article { padding-top: 20px; }
  .title { font-size: 1.6em; }
}
textarea.copy { position: fixed; top: 0; left: -9999px; opacity: 0; }
`;

/** Font sizes (px) and column widths the controls step through. */
export const FONT_SIZES = [15, 17, 19, 21, 24, 28];
export const WIDTHS = { narrow: "34rem", medium: "42rem", wide: "56rem" };
export const THEMES = ["light", "sepia", "dark"];

// Elements and attributes that never belong in the view. inti's sanitizer
// already drops them; this is a second, independent check.
const DENIED_ELEMENTS =
  "script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, input, " +
  "button, textarea, select, option, template, noscript, svg, math, portal, dialog";
const URL_ATTRIBUTES = ["href", "src", "srcset", "poster", "action", "formaction", "background", "cite", "longdesc", "xlink:href"];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;

let policy;
/** The article HTML as the DOMParser sink wants it: a TrustedHTML from the
 * "inti-reader" policy where Trusted Types exist (the HTML comes from inti's
 * sanitizer), else the string. */
function trustedHTML(html) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy("inti-reader", { createHTML: (s) => s }) ?? null;
    } catch {
      policy = null; // the page allows only other policy names; plain strings may still work
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/** Parses inti's sanitized article HTML into a fragment of `doc`, dropping
 * anything executable that would have slipped through. */
export function parseArticleHtml(html, doc = document) {
  const parsed = new DOMParser().parseFromString(trustedHTML(html), "text/html");
  scrub(parsed.body);
  const fragment = doc.createDocumentFragment();
  for (const node of [...parsed.body.childNodes]) fragment.append(doc.importNode(node, true));
  return fragment;
}

function scrub(root) {
  for (const element of root.querySelectorAll(DENIED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on") || lower === "style" || lower === "srcdoc" || lower === "is") {
        element.removeAttribute(name);
      } else if (URL_ATTRIBUTES.includes(lower)) {
        const urls = lower === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]) : [value.trim()];
        const safe = urls.every((url) => SAFE_URL.test(url.replace(/[\u0000-\u0020]/g, "")) ||
          (lower === "src" && element.localName === "img" && /^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(url)));
        if (!safe) element.removeAttribute(name);
      }
    }
    if (element.localName === "a" && /^https?:/i.test(element.getAttribute("href") ?? "")) {
      element.target = "_blank";
      element.rel = "noopener noreferrer";
    }
    if (element.localName === "img") {
      element.loading = "lazy";
      element.decoding = "async";
    }
  }
}

/** Collapses whitespace: the key under which a block of text is compared. */
export function normalizeText(text) {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

// A URL without its query and fragment, to tell whether the lead image is
// already in the article (pages often size the same image differently).
function imageKey(url, base) {
  try {
    const parsed = new URL(url, base);
    return parsed.origin + parsed.pathname;
  } catch {
    return url;
  }
}

/** "13 June 2023" (in the reader's language) for an ISO 8601 date or
 * date-time, read as the page wrote it (no time zone shift); null when it is
 * not a date. */
export function formatDate(iso) {
  const date = parseDate(iso);
  return date && new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

// The day of an ISO 8601 date or date-time, as a Date at midnight UTC; null
// when it is not a date.
function parseDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The reader view. `mode` is "overlay" (over a page: Escape and Close remove
 * it and restore the page, focus and scroll position included) or "page"
 * (inti's reader page: Close closes the window).
 */
export class ReaderView {
  #doc;
  #mode;
  #onState;
  #onClose;
  #host;
  #shadow;
  #root;
  #status;
  #main;
  #article = null;
  #body = null;
  #content = null; // { title, text, markdown } for the copy buttons
  #dateWritten = null; // a promise while the article's date is still to be written
  #size = FONT_SIZES.indexOf(19);
  #width = "medium";
  #theme = "light";
  #saved = null;
  #onKey = (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.close();
    }
  };

  constructor({ mode = "overlay", document: doc = document, onState, onClose } = {}) {
    this.#doc = doc;
    this.#mode = mode;
    this.#onState = onState;
    this.#onClose = onClose;
    if (doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)").matches) this.#theme = "dark";
    this.#build();
  }

  /** The <inti-reader> element. */
  get host() {
    return this.#host;
  }

  get isOpen() {
    return this.#host.isConnected;
  }

  /** Shows the view: appended to `parent` (default: the root element). */
  open(parent = this.#doc.documentElement) {
    const win = this.#doc.defaultView;
    this.#saved = {
      x: win.scrollX,
      y: win.scrollY,
      focus: this.#doc.activeElement,
    };
    parent.append(this.#host);
    if (this.#mode === "overlay") this.#doc.addEventListener("keydown", this.#onKey, true);
    this.#root.focus({ preventScroll: true });
  }

  /** Removes the view and gives the page back as it was. */
  close() {
    if (!this.#host.isConnected) return;
    this.#doc.removeEventListener("keydown", this.#onKey, true);
    this.#host.remove();
    const win = this.#doc.defaultView;
    const saved = this.#saved;
    if (saved) {
      if (saved.focus && saved.focus !== this.#doc.body && saved.focus.isConnected) {
        try {
          saved.focus.focus({ preventScroll: true });
        } catch {
          // not focusable any more
        }
      }
      if (win.scrollX !== saved.x || win.scrollY !== saved.y) {
        win.scrollTo({ left: saved.x, top: saved.y, behavior: "instant" });
      }
    }
    this.#onClose?.();
  }

  /** The spinner and a line saying what is happening; with it, hidden, a
   * sample of the article's typography (see #typeSample). */
  loading(message) {
    this.#setState("loading");
    this.#root.classList.remove("has-article");
    this.#status.textContent = "";
    const box = this.#el("div", { className: "message" });
    box.append(this.#el("div", { className: "spinner" }), this.#el("p", { textContent: message }));
    this.#main.replaceChildren(box, this.#typeSample());
  }

  /** Lays out the view now (the loading message and its hidden type
   * sample): the fonts of the article are then found while inti is still
   * starting rather than in the article's first layout. */
  warmFonts() {
    void this.#root.offsetHeight;
  }

  // One word in each face and size the article uses (title, kicker, byline,
  // headings, body, bold, italic, code, captions, the source line), laid
  // out but not shown. The first layout of a face and size in a tab asks
  // the browser process for the font and its rendering settings, one
  // synchronous request each (on Linux, fontconfig): in headless Chromium
  // under load these took 15-90 ms each, most of the article's first
  // layout. Laid out with the loading message, they are asked for before
  // the extraction, whose background compilation competes for the CPU.
  #typeSample() {
    const el = (tag, className, text, ...children) => {
      const element = this.#el(tag, className ? { className } : {});
      element.append(...(text ? [text] : []), ...children);
      return element;
    };
    const sample = el("article", "article sample", "",
      el("header", "", "", el("p", "kicker", "", el("span", "", "a"), el("time", "", "a")), el("h1", "title", "a"), el("p", "byline", "a")),
      el("div", "body", "",
        el("h2", "", "a"), el("h3", "", "a"),
        el("p", "", "a", el("b", "", "a"), el("i", "", "a"), el("b", "", "", el("i", "", "a")), el("code", "", "a")),
        el("blockquote", "", "a"),
        el("figure", "", "", el("figcaption", "", "a"))),
      el("footer", "source", "a"));
    sample.setAttribute("aria-hidden", "true");
    return sample;
  }

  /** An error: a heading, explanation (strings or nodes), and optional
   * links [{ text, href }]. */
  fail(heading, explanation = [], links = []) {
    this.#setState("error");
    this.#root.classList.remove("has-article");
    this.#status.textContent = "";
    const box = this.#el("div", { className: "message", role: "alert" });
    box.append(this.#el("h2", { textContent: heading }));
    for (const part of [].concat(explanation)) {
      box.append(typeof part === "string" ? this.#el("p", { textContent: part }) : part);
    }
    const actions = this.#el("div", { className: "actions" });
    for (const { text, href } of links) {
      actions.append(this.#el("a", { textContent: text, href, target: "_blank", rel: "noopener" }));
    }
    if (links.length) box.append(actions);
    this.#main.replaceChildren(box);
  }

  /** Shows an article (the object inti's extract returns) as its first
   * page. `fragment` is its body, already parsed (parseArticleHtml). */
  showArticle(article, fragment, { pageUrl } = {}) {
    this.#article = article;
    this.#dateWritten = null;
    const doc = this.#doc;
    const wrapper = this.#el("article", { className: "article" });
    if (article.lang) wrapper.lang = article.lang;
    if (article.dir) wrapper.dir = article.dir;

    const header = this.#el("header");
    const kicker = this.#el("p", { className: "kicker" });
    const site = article.siteName || hostOf(article.url || pageUrl);
    if (site) kicker.append(this.#el("span", { className: "site", textContent: site }));
    if (parseDate(article.published)) {
      const time = this.#el("time", { className: "date", dateTime: article.published });
      kicker.append(time);
      this.#dateWritten = this.#afterFirstFrame(() => {
        time.textContent = formatDate(article.published);
      });
    }
    if (kicker.childNodes.length) header.append(kicker);
    if (article.title) header.append(this.#el("h1", { className: "title", textContent: article.title }));
    if (article.byline) header.append(this.#el("p", { className: "byline", textContent: article.byline }));
    wrapper.append(header);

    // The lead image, unless the article already shows it.
    const base = article.url || pageUrl || doc.baseURI;
    if (article.image && /^https?:/i.test(article.image)) {
      const key = imageKey(article.image, base);
      const inBody = [...fragment.querySelectorAll("img")].some((img) => imageKey(img.getAttribute("src") ?? "", base) === key);
      if (!inBody) {
        const figure = this.#el("figure", { className: "lead" });
        figure.append(this.#el("img", { src: article.image, alt: "", decoding: "async" }));
        wrapper.append(figure);
      }
    }

    this.#body = this.#el("div", { className: "body" });
    this.#body.setAttribute("data-inti-article", "");
    this.#body.append(fragment);
    wrapper.append(this.#body);

    const source = article.url || pageUrl;
    if (source && /^https?:/i.test(source)) {
      const footer = this.#el("footer", { className: "source" });
      footer.append("From ", this.#el("a", { href: source, textContent: source, target: "_blank", rel: "noopener noreferrer" }), " · read with inti");
      wrapper.append(footer);
    }
    this.#main.replaceChildren(wrapper);
    this.#root.classList.add("has-article");
    this.#content = { title: article.title ?? "", text: article.text, markdown: article.markdown };
  }

  /** Appends a following page's body (already stripped of what the earlier
   * pages said) under a "Page N" divider. */
  appendPage(number, fragment) {
    if (!this.#body) return;
    const divider = this.#el("div", { className: "page-break", role: "separator", textContent: `Page ${number}` });
    divider.setAttribute("aria-label", `Page ${number}`);
    this.#body.append(divider, fragment);
  }

  /** What the copy buttons copy (the joined text and Markdown). */
  setContent({ text, markdown }) {
    if (this.#content) Object.assign(this.#content, { text, markdown });
  }

  /** The line in the toolbar ("3 pages joined"). */
  setStatus(message) {
    this.#status.textContent = message;
  }

  /** Marks the article as complete (data-inti-state="done"), once its date
   * is written too. */
  done(message) {
    if (message !== undefined) this.setStatus(message);
    if (!this.#dateWritten) {
      this.#setState("done");
      return;
    }
    this.#dateWritten.then(() => {
      if (this.#host.getAttribute("data-inti-state") === "loading") this.#setState("done");
    });
  }

  // Runs `write` once the view has been painted: the date waits for it,
  // because a tab's first Intl.DateTimeFormat loads ICU's locale data, which
  // took 50-130 ms of the main thread in headless Chromium (more than the
  // rest of the article's first frame); a moment later, beside the site's
  // name, it delays nothing. A timer stands in for the frame in a tab that
  // is not being painted (hidden). Returns a promise of the write.
  #afterFirstFrame(write) {
    const win = this.#doc.defaultView;
    return new Promise((resolve) => {
      let written = false;
      const once = () => {
        if (written) return;
        written = true;
        win.clearTimeout(timer);
        write();
        resolve();
      };
      const timer = win.setTimeout(once, 250);
      win.requestAnimationFrame(() => win.setTimeout(once, 0));
    });
  }

  // --- building ---------------------------------------------------------

  #el(tag, props = {}) {
    const element = this.#doc.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "role") element.setAttribute("role", value);
      else element[key] = value;
    }
    return element;
  }

  #button(label, title, onClick, extra = {}) {
    const button = this.#el("button", { type: "button", textContent: label, title, ...extra });
    button.setAttribute("aria-label", title);
    button.addEventListener("click", onClick);
    return button;
  }

  #build() {
    const doc = this.#doc;
    this.#host = doc.createElement("inti-reader");
    // Inline styles through CSSOM (allowed by any CSP) so that page rules on
    // unknown elements cannot hide or shift the host.
    for (const [property, value] of [["display", "block"], ["position", "fixed"], ["inset", "0"], ["z-index", "2147483647"]]) {
      this.#host.style.setProperty(property, value, "important");
    }
    this.#shadow = this.#host.attachShadow({ mode: "open" });
    const win = doc.defaultView;
    if (win?.CSSStyleSheet && "adoptedStyleSheets" in this.#shadow) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.#shadow.adoptedStyleSheets = [sheet];
    } else {
      this.#shadow.append(this.#el("style", { textContent: CSS }));
    }

    this.#root = this.#el("div", { className: "root", tabIndex: -1 });
    this.#root.setAttribute("role", "dialog");
    this.#root.setAttribute("aria-modal", "true");
    this.#root.setAttribute("aria-label", "inti reader");
    this.#root.dataset.theme = this.#theme;

    const bar = this.#el("div", { className: "bar" });
    const brand = this.#el("div", { className: "brand" });
    brand.append(this.#el("span"), "inti");
    this.#status = this.#el("div", { className: "status", role: "status" });
    this.#status.setAttribute("aria-live", "polite");

    const controls = this.#el("div", { className: "controls" });
    const size = this.#el("div", { className: "group", role: "group" });
    size.setAttribute("aria-label", "Text size");
    size.append(
      this.#button("A−", "Smaller text", () => this.#setSize(this.#size - 1)),
      this.#button("A+", "Larger text", () => this.#setSize(this.#size + 1)),
    );
    const width = this.#el("div", { className: "group", role: "group" });
    width.setAttribute("aria-label", "Column width");
    for (const [name, label] of [["narrow", "Narrow"], ["medium", "Medium"], ["wide", "Wide"]]) {
      const button = this.#button(label, `${label} column`, () => this.#setWidth(name));
      button.dataset.width = name;
      width.append(button);
    }
    const theme = this.#el("div", { className: "group", role: "group" });
    theme.setAttribute("aria-label", "Colours");
    for (const name of THEMES) {
      const label = name[0].toUpperCase() + name.slice(1);
      const button = this.#button(label, `${label} colours`, () => this.#setTheme(name));
      button.dataset.theme = name;
      theme.append(button);
    }
    const copy = this.#el("div", { className: "group", role: "group" });
    copy.setAttribute("aria-label", "Copy");
    copy.append(
      this.#button("Copy Markdown", "Copy the article as Markdown", () => this.#copy("markdown")),
      this.#button("Copy text", "Copy the article as plain text", () => this.#copy("text")),
    );
    const close = this.#button(this.#mode === "overlay" ? "Close ✕" : "Close", "Close the reader (Escape)", () =>
      this.#mode === "overlay" ? this.close() : this.#closeWindow(), { className: "close" });
    close.dataset.action = "close";
    controls.append(size, width, theme, copy, close);
    bar.append(brand, this.#status, controls);

    this.#main = this.#el("main");
    this.#root.append(bar, this.#main);
    this.#shadow.append(this.#root);
    // Keys typed in the reader are the reader's: page shortcuts stay quiet.
    this.#root.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") event.stopPropagation();
    });
    this.#applySettings();
    this.#setState("loading");
  }

  #setState(state) {
    this.#host.setAttribute("data-inti-state", state);
    this.#onState?.(state);
  }

  #setSize(index) {
    this.#size = Math.max(0, Math.min(FONT_SIZES.length - 1, index));
    this.#applySettings();
  }

  #setWidth(name) {
    this.#width = name;
    this.#applySettings();
  }

  #setTheme(name) {
    this.#theme = name;
    this.#applySettings();
  }

  #applySettings() {
    this.#root.style.setProperty("--size", `${FONT_SIZES[this.#size]}px`);
    this.#root.style.setProperty("--width", WIDTHS[this.#width]);
    this.#root.dataset.theme = this.#theme;
    for (const button of this.#shadow.querySelectorAll("button[data-width]")) {
      button.setAttribute("aria-pressed", String(button.dataset.width === this.#width));
    }
    for (const button of this.#shadow.querySelectorAll("button[data-theme]")) {
      button.setAttribute("aria-pressed", String(button.dataset.theme === this.#theme));
    }
  }

  async #copy(kind) {
    if (!this.#content) return;
    const { title, text, markdown } = this.#content;
    const value = kind === "markdown" ? (title ? `# ${title}\n\n${markdown}` : markdown) : (title ? `${title}\n\n${text}` : text);
    const previous = this.#status.textContent;
    let ok = false;
    try {
      await this.#doc.defaultView.navigator.clipboard.writeText(value);
      ok = true;
    } catch {
      // No async clipboard here (not a secure context, or a permissions
      // policy): copy from a hidden textarea instead.
      const area = this.#el("textarea", { className: "copy", value });
      this.#shadow.append(area);
      area.select();
      try {
        ok = this.#doc.execCommand("copy");
      } catch {
        ok = false;
      }
      area.remove();
      this.#root.focus({ preventScroll: true });
    }
    const message = ok
      ? `${kind === "markdown" ? "Markdown" : "Text"} copied`
      : "Copying failed: select the article and copy it instead";
    this.#status.textContent = message;
    setTimeout(() => {
      if (this.#status.textContent === message) this.#status.textContent = previous;
    }, 2500);
  }

  #closeWindow() {
    const win = this.#doc.defaultView;
    win.close();
    // Windows the user opened (a link, a bookmark) do not close by script.
    setTimeout(() => {
      if (!win.closed) this.setStatus("You can close this tab now.");
    }, 200);
  }
}

function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
