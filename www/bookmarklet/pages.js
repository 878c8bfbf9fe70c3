// Articles split over several pages: follow inti's `nextPage` from page to
// page, extract each, and join them without saying anything twice (sites
// often repeat the last paragraph of a page at the top of the next one, or a
// standfirst on every page). Shared by the overlay (inject.js) and the
// reader page (reader.js).

import { normalizeText, parseArticleHtml } from "./reader-ui.js";

/** At most this many pages are fetched after the first. */
export const MAX_FOLLOWING_PAGES = 10;

// The blocks compared between pages.
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, figure, figcaption, table, tr";

// The key of a block: its text, or for a block without text (an image), the
// address of its media.
function blockKey(element) {
  const text = normalizeText(element.textContent ?? "");
  if (text) return `t:${text}`;
  const media = element.querySelector?.("img[src], video[src], audio[src]");
  return media ? `m:${media.getAttribute("src")}` : null;
}

// Blocks of text or Markdown, as inti separates them (a blank line).
function textBlocks(text) {
  return (text ?? "").split(/\n[ \t]*\n+/).map((block) => block.trim()).filter(Boolean);
}

/**
 * The pages of an article, joined. Start it with the first page's article
 * (the object inti's extract returns); `add` each following one.
 */
export class JoinedArticle {
  #seenBlocks = new Set();
  #seenText = new Set();
  #seenMarkdown = new Set();
  #text = [];
  #markdown = [];

  /** @param {object} first the first page's article
   *  @param {Document} [doc] the document the fragments are made for */
  constructor(first, doc = document) {
    this.doc = doc;
    this.first = first;
    this.pages = 1;
    this.fragment = parseArticleHtml(first.html, doc);
    this.#remember(this.fragment);
    this.#addText(first);
  }

  /** Joined plain text of the pages. */
  get text() {
    return this.#text.join("\n\n");
  }

  /** Joined Markdown of the pages. */
  get markdown() {
    return this.#markdown.join("\n\n");
  }

  /**
   * Adds a following page. Returns its body as a fragment without the blocks
   * an earlier page already had, or null when it adds nothing new (a page
   * that repeats an earlier one: the chain stops there).
   */
  add(article) {
    const fragment = parseArticleHtml(article.html, this.doc);
    // Compared with the earlier pages only: a block a page repeats itself
    // (a separator, a refrain) stays.
    const keys = new Set();
    let fresh = 0;
    for (const element of [...fragment.querySelectorAll(BLOCKS)]) {
      // Skip blocks inside one removed already.
      if (!fragment.contains(element)) continue;
      const key = blockKey(element);
      if (!key) continue;
      if (this.#seenBlocks.has(key)) {
        element.remove();
      } else {
        keys.add(key);
        if (key.startsWith("t:")) fresh++;
      }
    }
    if (fresh === 0) return null;
    for (const key of keys) this.#seenBlocks.add(key);
    this.pages++;
    this.#addText(article);
    return fragment;
  }

  #remember(fragment) {
    for (const element of fragment.querySelectorAll(BLOCKS)) {
      const key = blockKey(element);
      if (key) this.#seenBlocks.add(key);
    }
  }

  #addText(article) {
    addBlocks(textBlocks(article.text), this.#seenText, this.#text);
    addBlocks(textBlocks(article.markdown), this.#seenMarkdown, this.#markdown);
  }
}

// Appends to `out` the blocks whose text is not in `seen` (the earlier
// pages), then remembers this page's blocks.
function addBlocks(blocks, seen, out) {
  const keys = [];
  for (const block of blocks) {
    const key = normalizeText(block);
    if (!seen.has(key)) {
      out.push(block);
      keys.push(key);
    }
  }
  for (const key of keys) seen.add(key);
}

/**
 * Fetches a page and decodes it as the browser would: the charset of the
 * Content-Type header, else of a <meta> in its first 1,024 bytes, else
 * `fallbackCharset`.
 */
export async function fetchHtml(url, { credentials = "same-origin", fallbackCharset = "utf-8", signal } = {}) {
  const response = await fetch(url, { credentials, redirect: "follow", signal });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (type && !/html|xml/i.test(type)) throw new Error(`it is not a web page (${type.split(";")[0]})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
  if (!charset) {
    const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024));
    charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? fallbackCharset;
  }
  let decoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

/**
 * Follows `joined.first.nextPage` from page to page: only within `origin`
 * (the site of the first page), never to a page seen before, up to
 * MAX_FOLLOWING_PAGES. Calls `onPage(number, fragment)` for each page that
 * adds something. Resolves to { pages, stopped }: how many pages are joined,
 * and why the chain ended early (a sentence, or null).
 *
 * @param {JoinedArticle} joined
 * @param {object} options
 * @param {string} options.pageUrl the first page's address
 * @param {(html: string, options: object) => object} options.extract inti's extract
 * @param {(url: string) => Promise<string>} options.load fetches a page's HTML
 * @param {(number: number, fragment: DocumentFragment) => void} [options.onPage]
 * @param {(number: number) => void} [options.onFetch] called before each fetch
 */
export async function followPages(joined, { pageUrl, extract, load, onPage, onFetch, max = MAX_FOLLOWING_PAGES }) {
  let origin;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return { pages: joined.pages, stopped: null };
  }
  const seen = new Set([withoutHash(pageUrl)]);
  let next = joined.first.nextPage;
  let fetched = 0;
  while (next) {
    let url;
    try {
      url = new URL(next, pageUrl);
    } catch {
      break;
    }
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
      return { pages: joined.pages, stopped: `the next page is on another site (${url.host})` };
    }
    if (seen.has(withoutHash(url.href))) break;
    if (fetched >= max) {
      return { pages: joined.pages, stopped: `inti stops after ${max + 1} pages` };
    }
    seen.add(withoutHash(url.href));
    const number = joined.pages + 1;
    onFetch?.(number);
    let html;
    try {
      html = await load(url.href);
    } catch (error) {
      return { pages: joined.pages, stopped: `page ${number} could not be loaded (${reason(error)})`, url: url.href };
    }
    fetched++;
    let article;
    try {
      article = extract(html, { url: url.href });
    } catch (error) {
      return { pages: joined.pages, stopped: `page ${number} could not be read (${reason(error)})`, url: url.href };
    }
    const fragment = joined.add(article);
    if (!fragment) break;
    onPage?.(joined.pages, fragment);
    next = article.nextPage;
  }
  return { pages: joined.pages, stopped: null };
}

/** "3 pages joined", with why the chain stopped early if it did. */
export function pagesStatus({ pages, stopped }) {
  const joined = pages > 1 ? `${pages} pages joined` : "";
  if (!stopped) return joined;
  return joined ? `${joined}; ${stopped}` : stopped[0].toUpperCase() + stopped.slice(1);
}

function withoutHash(url) {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

function reason(error) {
  const message = String(error?.message ?? error);
  // fetch's TypeError says "Failed to fetch": blocked by CORS or by a
  // Content-Security-Policy, or offline.
  return /failed to fetch|networkerror|load failed/i.test(message)
    ? "the site does not let it be fetched from here"
    : message;
}
