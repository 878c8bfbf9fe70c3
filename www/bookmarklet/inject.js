// What the bookmarklet loads into the page (a module script from the inti
// site; see bookmarklet.js): runs inti on the page and shows the reader
// overlay. The build bundles this module and its imports into one file,
// bookmarklet/overlay.js (scripts/lib/bundle-bookmarklet.mjs), which the
// bookmarklet loads: one request instead of two rounds of them. This file
// still works on its own (bookmarklets installed earlier load it).
// Needs the site to send `Access-Control-Allow-Origin` for
// bookmarklet/ and pkg/ (module scripts and the .wasm are fetched with CORS);
// without it the script does not load and the bookmarklet opens the reader
// window instead.
//
// window.__inti is shared with the bookmarklet:
//   f()   the bookmarklet's fallback (opens reader.html and hands the page
//         over); called here when the WebAssembly cannot be fetched or
//         compiled in this page
//   d     1 once the fallback has run for this click (then this script
//         stays quiet)
//   w     the .wasm, fetched and compiled by the bookmarklet from the click
//         on (a promise of the WebAssembly.Module); absent with bookmarklets
//         installed before they did that, and then fetched here
//   open  set here: a later click reopens the reader without loading again
//   timings  set here: what the last open() spent, in milliseconds, for
//         bench/browser/bench.mjs (serialize, fonts, init, extract, render
//         and its parts parse, build, layout, frame; and the wall-clock times
//         `loadedAt` and `shownAt`, Date.now())

import init, { extract } from "../pkg/inti.js";
// inti.js's own import, named here too: loaded as modules (not bundled),
// the browser then fetches it with this module's other imports instead of
// only once inti.js has arrived (one round trip less).
import "../pkg/inti.core.mjs";
import { JoinedArticle, fetchHtml, followPages, pagesStatus } from "./pages.js";
import { ReaderView } from "./reader-ui.js";

const WASM_URL = new URL("../pkg/inti_bg.wasm", import.meta.url);
const shared = (window.__inti ||= {});
// When this module ran (its imports loaded), on the wall clock: Date.now(),
// which the benchmark compares with its own clock (performance.timeOrigin
// is not always in step with it).
const loadedAt = Date.now();
let wasm = null;
let view = null;
let fontsFound = false;

// The bookmarklet removes its <script> when it has loaded; remove it now, so
// the page read below is the page as it was.
for (const script of document.querySelectorAll("script[type=module]")) {
  if (script.src === import.meta.url) script.remove();
}

shared.open = () => {
  open().catch((error) => {
    // Never uncaught: say it in the view.
    view?.fail("inti stopped with an error", String(error?.message ?? error));
  });
};
if (!shared.d) shared.open();

async function open() {
  if (view?.isOpen) {
    view.close();
    return;
  }
  const timings = (shared.timings = { loadedAt });
  let mark = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = now - mark;
    mark = now;
  };
  const html = document.documentElement.outerHTML;
  const url = location.href;
  lap("serialize");
  view = new ReaderView({ mode: "overlay", document });
  view.open();
  view.loading("Reading this page…");
  // The article's fonts, found now (before the extraction, while the .wasm
  // may still be compiling), not in the article's first layout; once per
  // tab (the renderer keeps them).
  if (!fontsFound) {
    view.warmFonts();
    fontsFound = true;
  }
  lap("fonts");

  try {
    wasm ??= startWasm();
    await wasm;
    lap("init");
  } catch (error) {
    // The page lets our script run but not our WebAssembly (connect-src,
    // wasm-unsafe-eval) or it could not be fetched: the reader window can.
    wasm = null;
    view.close();
    if (typeof shared.f === "function") {
      shared.d = 0;
      shared.f();
    } else {
      view.open();
      view.fail("inti could not start in this page", `Its WebAssembly module did not load: ${error?.message ?? error}`);
    }
    return;
  }

  let article;
  try {
    article = extract(html, { url });
    lap("extract");
  } catch (error) {
    view.fail("inti could not read this page", describe(error));
    return;
  }
  if (!article.text.trim()) {
    view.fail("inti found no article on this page", "It found no block of text that reads like an article.");
    return;
  }

  const joined = new JoinedArticle(article, document);
  lap("parse");
  view.showArticle(article, joined.fragment, { pageUrl: url });
  lap("build");
  // Shown: the reader laid out, at the next frame.
  void document.documentElement.offsetHeight;
  lap("layout");
  requestAnimationFrame(() => {
    lap("frame");
    timings.render = timings.parse + timings.build + timings.layout + timings.frame;
    timings.shownAt = Date.now();
  });
  if (!article.nextPage) {
    view.done("");
    return;
  }
  const result = await followPages(joined, {
    pageUrl: url,
    extract,
    load: (pageUrl) => fetchHtml(pageUrl, { credentials: "same-origin", fallbackCharset: document.characterSet }),
    onFetch: (number) => view.setStatus(`Loading page ${number}…`),
    onPage: (number, fragment) => {
      view.appendPage(number, fragment);
      view.setContent(joined);
      view.setStatus(`${number} pages joined`);
    },
  });
  view.setContent(joined);
  view.done(pagesStatus(result));
}

/** inti's init() with the module the bookmarklet compiles; with the .wasm's
 * address when there is none, or when it failed: WebAssembly.compileStreaming
 * wants the application/wasm MIME type, which init() does without. */
function startWasm() {
  const compiled = shared.w;
  shared.w = null;
  if (!compiled) return init({ module_or_path: WASM_URL });
  return init({ module_or_path: compiled }).catch(() => init({ module_or_path: WASM_URL }));
}

function describe(error) {
  const kind = error?.kind;
  const plain = {
    InputTooLarge: "The page is larger than inti reads.",
    TooDeep: "The page nests its elements deeper than inti reads.",
    TooManyNodes: "The page has more elements than inti reads.",
    NotHtml: "The page does not look like HTML.",
  }[kind];
  return plain ?? String(error?.message ?? error);
}
