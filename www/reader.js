// inti's reader page (reader.html). The bookmarklet opens it when a site does
// not let inti run in the page (its Content-Security-Policy blocks our script
// or WebAssembly), and hands it the page:
//
// 1. by postMessage: this page sends "inti:ready" to its opener, which
//    answers with { html, url } (the bookmarklet checks that the message
//    comes from this origin, and posts only to it);
// 2. else from the URL fragment, "#z=<page>&u=<url>", where <page> is the
//    page's HTML compressed with deflate-raw and encoded in base64url. The
//    bookmarklet puts it there when it fits, for when the opener cannot
//    answer: a site that sends Cross-Origin-Opener-Policy: same-origin cuts
//    the link between itself and the windows it opens.
//
// Whatever arrives is only ever read by inti (its output is sanitized) and
// shown in the reader view, under this page's strict CSP with Trusted Types.
// When nothing arrives, the page says so and how to read the page anyway.

import init, { extract } from "./pkg/inti.js";
import { JoinedArticle, fetchHtml, followPages, pagesStatus } from "./bookmarklet/pages.js";
import { ReaderView } from "./bookmarklet/reader-ui.js";

/** How long to wait for the opener's answer when the fragment has the page
 * too, and when it does not. */
const WAIT_WITH_FRAGMENT_MS = 1500;
const WAIT_WITHOUT_FRAGMENT_MS = 8000;

const root = document.documentElement;
const view = new ReaderView({
  mode: "page",
  document,
  onState: (state) => root.setAttribute("data-inti-state", state),
});
view.open(document.body);
view.loading("Waiting for the page…");

main().catch((error) => {
  view.fail("inti stopped with an error", String(error?.message ?? error), demoLinks());
});

async function main() {
  const wasm = init({ module_or_path: new URL("./pkg/inti_bg.wasm", import.meta.url) });
  let page;
  try {
    page = await receivePage();
  } catch (error) {
    noPage(error);
    return;
  }
  root.dataset.intiSource = page.via;
  view.loading("Reading the page…");
  await wasm;

  let article;
  try {
    article = extract(page.html, page.url ? { url: page.url } : undefined);
  } catch (error) {
    view.fail("inti could not read the page", String(error?.message ?? error), demoLinks());
    return;
  }
  if (!article.text.trim()) {
    view.fail("inti found no article on the page", "It found no block of text that reads like an article.", demoLinks());
    return;
  }
  if (article.title) document.title = `${article.title} · inti reader`;
  const joined = new JoinedArticle(article, document);
  view.showArticle(article, joined.fragment, { pageUrl: page.url });
  if (!article.nextPage || !/^https?:/i.test(page.url)) {
    view.done("");
    return;
  }
  // The following pages are on the article's site: fetched from here only
  // when that site allows it (CORS), and without its cookies.
  const result = await followPages(joined, {
    pageUrl: page.url,
    extract,
    load: (url) => fetchHtml(url, { credentials: "omit" }),
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

/** The page and its address: { html, url, via: "message" | "fragment" }. */
function receivePage() {
  const fragment = readFragment();
  const opener = window.opener;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (result, error) => {
      if (settled) return;
      settled = true;
      window.removeEventListener("message", onMessage);
      if (error) reject(error);
      else resolve(result);
    };
    const onMessage = (event) => {
      if (!opener || event.source !== opener) return;
      const data = event.data;
      if (!data || typeof data !== "object" || typeof data.html !== "string") return;
      settle({ html: data.html, url: typeof data.url === "string" ? data.url : "", via: "message" });
    };
    if (opener) {
      window.addEventListener("message", onMessage);
      // The message says nothing private, so any opener may hear it.
      const ask = () => {
        try {
          opener.postMessage("inti:ready", "*");
        } catch {
          // the opener is gone
        }
      };
      ask();
      setTimeout(ask, 500);
    }
    const fromFragment = () => {
      if (!fragment) {
        settle(null, new Error(opener ? "no-answer" : "no-opener"));
        return;
      }
      decodeFragment(fragment).then(
        (html) => settle({ html, url: fragment.url, via: "fragment" }),
        (error) => settle(null, new Error(`bad-fragment: ${error?.message ?? error}`)),
      );
    };
    if (!opener) fromFragment();
    else setTimeout(fromFragment, fragment ? WAIT_WITH_FRAGMENT_MS : WAIT_WITHOUT_FRAGMENT_MS);
  });
}

/** { data, url } from "#z=...&u=...", or null; takes it out of the address
 * bar (and of this history entry) as it reads it. */
function readFragment() {
  if (!location.hash.startsWith("#z=")) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  history.replaceState(null, "", location.pathname + location.search);
  const data = params.get("z");
  if (!data) return null;
  return { data, url: params.get("u") ?? "" };
}

async function decodeFragment({ data }) {
  const bytes = Uint8Array.fromBase64
    ? Uint8Array.fromBase64(data, { alphabet: "base64url" })
    : Uint8Array.from(atob(data.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

function noPage(error) {
  const why = String(error?.message ?? error);
  const demo = new URL("./", location.href).href;
  const steps = document.createElement("ol");
  for (const step of [
    "Go back to the page you wanted to read.",
    "Open its source: Ctrl+U (Windows, Linux), ⌥⌘U (Mac), or view-source: before its address.",
    "Select all of it and copy it.",
    `Paste it into the inti demo at ${demo}, with the page's address in the URL field.`,
  ]) {
    const item = document.createElement("li");
    item.textContent = step;
    steps.append(item);
  }
  let explanation;
  if (why.startsWith("bad-fragment")) {
    explanation = "The page came in this window's address, but it was damaged on the way.";
  } else if (why === "no-answer") {
    explanation = "The page that opened this window did not answer.";
  } else {
    explanation =
      "This window shows the pages the inti bookmarklet sends it, when a site does not let inti run inside it. " +
      "No page came: the site may cut the link to the windows it opens (Cross-Origin-Opener-Policy), and " +
      "the page was too large to travel in this window's address.";
  }
  view.fail("No page to read", [explanation, "To read it anyway:", steps], demoLinks());
}

function demoLinks() {
  return [
    { text: "Open the inti demo", href: new URL("./", location.href).href },
    { text: "About the bookmarklet", href: new URL("./install.html", location.href).href },
  ];
}
