// Type declarations of the npm package inti-wasm.
//
// Kept in step with the Rust types (src/options.rs, src/article.rs,
// src/error.rs) by tests/js/types.test.mjs, which compares every option,
// default, field and variant below with what the built module reports.

/**
 * Loads the WebAssembly module. Call it once, and wait for it, before the
 * first {@link extract} in a browser or a bundled app; calling it again does
 * nothing. In Node it is not needed (the module is read from disk on first
 * use) and resolves at once.
 *
 * @param input Where the `.wasm` comes from. By default, `inti_bg.wasm` next
 *   to the package's JavaScript (bundlers emit it as an asset). Otherwise its
 *   URL (a string or `URL`), a `Request`, a `Response` (or a promise of one),
 *   its bytes, or a compiled `WebAssembly.Module`. The wasm-bindgen form
 *   `{ module_or_path: ... }` is accepted too.
 * @returns A promise that resolves when the module is ready.
 *
 * @example
 * import init, { extract } from "inti-wasm";
 * await init();
 * const article = extract(document);
 */
export default function init(input?: InitInput | { module_or_path: InitInput }): Promise<void>;

/** The same function as the default export. */
export function init(input?: InitInput | { module_or_path: InitInput }): Promise<void>;

/**
 * Loads the WebAssembly module synchronously from its bytes or a compiled
 * `WebAssembly.Module` (in Node, with no argument, from the package's
 * folder). Browsers allow synchronous compilation of a module this size only
 * off the main thread (in a worker); pass a `WebAssembly.Module` there, or
 * use {@link init}.
 */
export function initSync(input?: ArrayBuffer | ArrayBufferView | WasmModule | { module: ArrayBuffer | ArrayBufferView | WasmModule }): void;

/**
 * Finds the article in a page and returns it with its metadata.
 *
 * @param input The page: its HTML as a string; its bytes as a `Uint8Array`
 *   (or `ArrayBuffer`), decoded as {@link decodeHtmlBytes} says; or a DOM
 *   `Document` (in a browser, or from jsdom or linkedom), serialized as it is
 *   now, whose `URL` is the default `url` option when it is http(s).
 * @param options See {@link Options}; every field is optional.
 * @returns The article as a plain object.
 * @throws {TypeError} With `kind: "InvalidInput"` when `input` is none of
 *   the above, and `kind: "InvalidOption"` (and `option`) when an option is
 *   unknown or of the wrong type.
 * @throws {IntiError} When the engine refuses the page (`kind` is
 *   `"InputTooLarge"`, `"TooDeep"`, `"TooManyNodes"` or `"NotHtml"`), an
 *   option has an unusable value (`"InvalidOption"`), the module is not
 *   loaded yet (`"NotInitialized"`), or the module failed (`"Panic"`; it is
 *   replaced, and the next call works).
 *
 * @example
 * const article = extract(html, { url: "https://example.com/news/a" });
 * console.log(article.title, article.text);
 */
export function extract(input: Input, options?: Options): Article;

/**
 * Tells quickly whether a page looks like it carries an article, without
 * extracting it. Takes the same input and options as {@link extract} and
 * throws the same errors.
 */
export function isProbablyReaderable(input: Input, options?: Options): Readerable;

/**
 * The text inti reads from a page's bytes: a byte order mark wins; else the
 * charset a `<meta>` in the first 1024 bytes declares (unless the bytes are
 * valid UTF-8 beyond ASCII: a page converted to UTF-8 and saved with its old
 * declaration is read as UTF-8); else UTF-8 when the
 * bytes are valid UTF-8; else windows-1252 (UTF-8 for bytes that look
 * binary, which the engine then refuses as `NotHtml`). The Rust library
 * guesses the encoding in that last case; the package does not (the
 * detector would double the size of the `.wasm`).
 *
 * @throws {TypeError} With `kind: "InvalidInput"` for anything but a
 *   `Uint8Array` or an `ArrayBuffer`.
 */
export function decodeHtmlBytes(bytes: Uint8Array | ArrayBuffer): string;

/** The version of the package, which is that of the inti engine in it (`"0.1.0"`). */
export function version(): string;

/** What {@link extract} and {@link isProbablyReaderable} take. */
export type Input = string | Uint8Array | ArrayBuffer | DocumentLike;

/**
 * A DOM `Document` (a browser's, or jsdom's or linkedom's): what inti reads
 * of it. Declared here so that the declarations need no DOM types.
 */
export interface DocumentLike {
  /** `9` for a document. */
  readonly nodeType: number;
  /** The document's address; when http(s), the default `url` option. */
  readonly URL?: string;
  /** The `<html>` element, serialized with its `outerHTML`. */
  readonly documentElement: { readonly outerHTML: string } | null;
  /** The document type, written before the `<html>` element. */
  readonly doctype?: { readonly name: string; readonly publicId: string; readonly systemId: string } | null;
}

/** Where {@link init} gets the `.wasm`. */
export type InitInput =
  | string
  | HostClass<"URL">
  | HostClass<"Request">
  | HostClass<"Response">
  | PromiseLike<HostClass<"Response">>
  | ArrayBuffer
  | ArrayBufferView
  | WasmModule;

/**
 * The instances of the global class `Name` when the program's types declare
 * it (the DOM library, `@types/node`), else `never`: the declarations
 * compile with or without them.
 */
type HostClass<Name extends string> = typeof globalThis extends { [K in Name]: { prototype: infer T } } ? T : never;

/** `WebAssembly.Module` when the program's types declare it, else `never`. */
type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;

/**
 * Extraction options: one plain object, every field optional; `undefined`
 * or `null` gives the default. A misspelt name or a value of the wrong type
 * throws a `TypeError` that names the option.
 */
export interface Options {
  /**
   * The page's own address, the base for relative links and images. A
   * `<base href>` in the page is applied on top of it. Must be absolute.
   * @defaultValue `null` (relative URLs stay relative; for a `Document`, its
   *   `URL`)
   */
  url?: string | null;
  /**
   * How to trade precision against recall when a block is borderline.
   * @defaultValue `"balanced"`
   */
  favor?: Favor | null;
  /**
   * Keep images (and their figures) in the article.
   * @defaultValue `true`
   */
  keepImages?: boolean | null;
  /**
   * Keep data tables. Layout tables are always unwrapped.
   * @defaultValue `true`
   */
  keepTables?: boolean | null;
  /**
   * Keep links as links (`<a href>` in HTML, `[text](url)` in Markdown);
   * when `false` only their text is kept.
   * @defaultValue `true`
   */
  keepLinks?: boolean | null;
  /**
   * Figure captions (`<figcaption>`, caption-sized boxes named as captions
   * or photo credits). When not set, they stay with their images in
   * {@link Article.html} and {@link Article.markdown} and are left out of
   * {@link Article.text} (and so of {@link Article.wordCount}), which has
   * no images for them to describe. `true` keeps them in all three;
   * `false` drops them from all three.
   * @defaultValue `null` (with their images in `html` and `markdown`, not
   *   in `text`)
   */
  keepCaptions?: boolean | null;
  /**
   * Fill {@link Article.removed} with every block that was dropped and why
   * (costs a little time and memory).
   * @defaultValue `false`
   */
  explain?: boolean | null;
  /**
   * An article shorter than this many characters (CJK characters count as
   * three) is a weak result, and the fallbacks run.
   * @defaultValue `250`
   */
  minArticleLength?: number | null;
  /**
   * Input larger than this many bytes (of UTF-8) is refused with
   * `InputTooLarge`.
   * @defaultValue `67108864` (64 MiB)
   */
  maxInputBytes?: number | null;
  /**
   * Documents with more nodes (elements, text, comments) are refused with
   * `TooManyNodes`.
   * @defaultValue `4000000`
   */
  maxNodes?: number | null;
  /**
   * Documents nesting elements deeper are refused with `TooDeep`, before
   * the tree is built.
   * @defaultValue `2000`
   */
  maxDepth?: number | null;
}

/**
 * How to trade precision against recall when a block is borderline:
 * `"precision"` drops it (less boilerplate, at the risk of losing a short
 * paragraph or a caption), `"recall"` keeps it (nothing of the article lost,
 * at the risk of keeping a teaser or a credit line), `"balanced"` is the
 * default, tuned on the evaluation corpora.
 */
export type Favor = "precision" | "balanced" | "recall";

/**
 * The article found in a page, with its metadata: the same fields, with the
 * same names, as the JSON of the `inti` command. Absent values are `null`.
 */
export interface Article {
  /** The headline, without a trailing site name ("Title | Site" gives "Title"). */
  title: string | null;
  /** The author or authors, as the page names them. */
  byline: string | null;
  /**
   * When the article was first published: ISO 8601, with the UTC offset
   * when the page gives one or names its zone (`2023-06-13T12:57:00+07:00`),
   * else a date or a local date-time.
   */
  published: string | null;
  /** When the article was last modified, in the same form as `published`. */
  modified: string | null;
  /** The language of the page (BCP 47, from `<html lang>` or metadata). */
  lang: string | null;
  /** Text direction, `"ltr"` or `"rtl"`, when the page declares one. */
  dir: string | null;
  /** The name of the site or publication. */
  siteName: string | null;
  /** A short summary: the page's description, else the article's first paragraph (of 40 characters or more), whole, as Readability.js gives it. */
  excerpt: string | null;
  /** The lead image, as an absolute URL when the base URL is known. */
  image: string | null;
  /** The canonical address the page declares. */
  canonicalUrl: string | null;
  /** The address the page was extracted from (the `url` option), if known. */
  url: string | null;
  /** The article as HTML that is safe to insert into a page (sanitized by an allowlist). */
  html: string;
  /** The article as plain text: blocks separated by a blank line, list items on their own lines. */
  text: string;
  /** The article as CommonMark. */
  markdown: string;
  /** Words in the article text (each CJK character counts as a word). */
  wordCount: number;
  /** Whether the page looks like it carries an article at all. */
  readerable: boolean;
  /** How strongly the page looks like an article, from 0 to 1. */
  readerableScore: number;
  /** The address of the article's next page when it is split over pages. */
  nextPage: string | null;
  /** Which path of the extraction produced the result. */
  strategy: Strategy;
  /** The blocks that were dropped and why; only with the `explain` option. */
  removed?: RemovedBlock[];
}

/**
 * Which path of the extraction produced the article: `"main-block"` the
 * best-scoring content block (the usual path); `"widened"` a wider container
 * after a weak first candidate; `"main-region"` the main region of a page
 * that is not an article (a product, a listing, a service or home page),
 * kept whole less its boilerplate; `"relaxed"` the page's boilerplate hints
 * (class names, roles, sectioning tags) covered all of its text, so they
 * were ignored; `"whole-page"` all the prose of a page with no convincing
 * block; `"empty"` a page with no text.
 */
export type Strategy = "main-block" | "widened" | "main-region" | "relaxed" | "whole-page" | "empty";

/** A block that was dropped from the article (with the `explain` option). */
export interface RemovedBlock {
  /** Why it was dropped. */
  reason: Reason;
  /**
   * A CSS selector that finds the block in the page as parsed
   * (`html > body > div:nth-child(3) > p:nth-child(2)`).
   */
  path: string;
  /** The start of the block's text (up to about 80 characters). */
  preview: string;
  /** Length of the block's text in characters. */
  textLength: number;
}

/**
 * Why a block was dropped: an ad slot or its label (`"ad"`); a promotion
 * such as "read also" (`"promo"`); a video embed or its placeholder
 * (`"video"`); navigation, menus, breadcrumbs (`"navigation"`); the page
 * header (`"header"`) or footer (`"footer"`); a sidebar (`"sidebar"`);
 * related and most-popular lists (`"related-links"`); comments
 * (`"comments"`); share buttons (`"share"`); newsletter boxes
 * (`"newsletter"`); cookie banners and overlays (`"cookie"`); tag lists
 * (`"tags"`); pagination notes (`"pagination"`); bylines and datelines
 * (`"byline"`); the headline repeated in the body (`"title"`); captions when
 * they are not kept (`"caption"`); forms (`"form"`); scripts, styles,
 * templates (`"script"`); hidden elements (`"hidden"`); frames and players
 * (`"embed"`); text with little prose outside the article
 * (`"low-text-density"`); mostly links (`"high-link-density"`); a repeat
 * (`"duplicate"`); outside the selected content (`"outside-content"`).
 */
export type Reason =
  | "ad"
  | "promo"
  | "video"
  | "navigation"
  | "header"
  | "footer"
  | "sidebar"
  | "related-links"
  | "comments"
  | "share"
  | "newsletter"
  | "cookie"
  | "tags"
  | "pagination"
  | "byline"
  | "title"
  | "caption"
  | "form"
  | "script"
  | "hidden"
  | "embed"
  | "low-text-density"
  | "high-link-density"
  | "duplicate"
  | "outside-content";

/** The answer of {@link isProbablyReaderable}. */
export interface Readerable {
  /** Whether the page looks like it carries an article. */
  readerable: boolean;
  /** How strongly, from 0 to 1. */
  score: number;
}

/**
 * The stable name of an error, in its `kind` property:
 *
 * - `"InputTooLarge"`: the input is over `maxInputBytes` (`size`, `limit`);
 * - `"TooDeep"`: elements nest deeper than `maxDepth` (`depth`, `limit`);
 * - `"TooManyNodes"`: more nodes than `maxNodes` (`count`, `limit`);
 * - `"NotHtml"`: the input is binary data, not text (`reason`);
 * - `"InvalidOption"`: an unknown option, or one of the wrong type (a
 *   `TypeError`) or with an unusable value, such as a relative `url`
 *   (`option`);
 * - `"InvalidInput"`: the input is not a string, bytes or a `Document` (a
 *   `TypeError`);
 * - `"NotInitialized"`: {@link init} has not finished yet (browsers and
 *   bundlers);
 * - `"Panic"`: the WebAssembly module failed (a bug in inti, or memory
 *   exhausted); it was replaced, and the next call works.
 */
export type ErrorKind =
  | "InputTooLarge"
  | "TooDeep"
  | "TooManyNodes"
  | "NotHtml"
  | "InvalidOption"
  | "InvalidInput"
  | "NotInitialized"
  | "Panic";

/** The errors inti-wasm throws: `Error`s (or `TypeError`s) with a `kind`. */
export interface IntiError extends Error {
  /** What went wrong; see {@link ErrorKind}. */
  kind: ErrorKind;
  /** The option at fault (`InvalidOption`). */
  option?: string;
  /** The size of the input in bytes (`InputTooLarge`). */
  size?: number;
  /** The limit in force (`InputTooLarge`, `TooDeep`, `TooManyNodes`). */
  limit?: number;
  /** The depth at which the limit was crossed (`TooDeep`). */
  depth?: number;
  /** The number of nodes counted when the limit was crossed (`TooManyNodes`). */
  count?: number;
  /** What showed that the input is not text (`NotHtml`). */
  reason?: string;
}
