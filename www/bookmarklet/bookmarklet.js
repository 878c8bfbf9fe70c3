// The bookmarklet: the code that lives in the user's bookmarks bar (about
// 1,700 characters). It is built for the inti site it is installed from
// (install.html calls bookmarkletHref with that site's address), and loads
// everything else from there.
//
// What a click does (the function `bookmarklet` below, run in the page):
//
// 1. When inti is already loaded in the page (an earlier click), reopen it.
// 2. Probe whether the page's Content-Security-Policy lets it compile
//    WebAssembly: `new WebAssembly.Module` of an empty module, which is
//    synchronous. If not, go to the fallback at once, inside the click.
// 3. Otherwise start fetching and compiling <site>/pkg/inti_bg.wasm at once
//    (window.__inti.w, a promise of the WebAssembly.Module; the no-op
//    `catch` only keeps a refused fetch from being reported as unhandled
//    before the overlay reads it), so that the 734 kB download and its
//    compilation overlap the loading of the scripts instead of following
//    them, and add
//    `<script type="module" src="<site>/bookmarklet/overlay.js">` (through a
//    Trusted Types policy when the page has them; the policy only ever
//    returns that one URL). overlay.js is inject.js and its imports bundled
//    into one file at build time (one request instead of two rounds); it
//    runs inti and shows the reader overlay, and calls the fallback
//    (window.__inti.f) when it cannot (the .wasm cannot be fetched or
//    compiled in this page).
// 4. The fallback, also when the script does not load (its `error` event,
//    which a CSP refusal fires, or no `load` within 4 s): open a window at
//    once (`open("")`: about:blank, which keeps the link to the page even
//    under Cross-Origin-Opener-Policy; the click's user activation lasts 5 s
//    in Chromium and Firefox, so a window opened after a failed load is
//    still allowed), read the page (`outerHTML`, only now: a click that
//    shows the overlay does not pay for it), compress it (CompressionStream "deflate-raw",
//    base64url), then send the window to <site>/reader.html, with the
//    compressed page and its address in the fragment when they fit (under
//    1,000,000 characters: "#z=<page>&u=<address>").
//    The reader page first asks its opener for the page: it posts
//    "inti:ready", which the bookmarklet answers, when the message comes
//    from inti's origin, with {html, url} posted to that origin only. When
//    no opener answers (a COOP site cut the link) it reads the fragment;
//    with neither, it tells the user how to paste the page into the demo.
//    When the browser blocks the window, a notice in the page says so, with
//    a button that opens it (a click of its own), one that copies the page's
//    HTML, and the demo's address.
//
// The notice is built with DOM calls only, in a shadow root, styled through
// CSSOM (allowed by any CSP), so it shows on the strictest pages.
//
// The function is written for size: bookmarkletCode() takes its source,
// drops the whitespace outside strings (see squeeze: keep the function free
// of comments, template strings and regular expressions), and calls it with
// the site's base URL.

function bookmarklet(O) {
  var D = document, E = D.documentElement, I = (window.__inti ||= {}), o = new URL(O).origin, H, L = location.href,
    U = O + "bookmarklet/overlay.js", C = t => D.createElement(t), T, s,
    F = I.f = async (w, e, b, B) => {
      if (I.d) return;
      I.d = 1;
      H = E.outerHTML;
      if (w = open("")) {
        addEventListener("message", e => { e.origin == o && e.data == "inti:ready" && w.postMessage({ html: H, url: L }, o); });
        try {
          b = (await new Response(new Blob([H]).stream().pipeThrough(new CompressionStream("deflate-raw"))).bytes()).toBase64({ alphabet: "base64url", omitPadding: 1 });
        } catch {}
        w.location.replace(O + "reader.html" + (b?.length < 1e6 ? "#z=" + b + "&u=" + encodeURIComponent(L) : ""));
      } else {
        e = C("inti-reader");
        b = C("p");
        w = C("a");
        B = (t, g) => { z = C("button"); z.textContent = t; z.onclick = g; b.append(" ", z); };
        e.dataset.intiState = "error";
        b.style.cssText = "all:initial;position:fixed;z-index:2147483647;top:9px;right:9px;max-width:32em;padding:1em;background:#fff;font:15px/1.6 sans-serif;border:3px solid #b41;border-radius:9px";
        b.textContent = "This site blocks inti, and the browser blocked inti's reader window. Open it here, or copy the page into the inti demo: ";
        w.href = w.textContent = O;
        b.append(w);
        B("Open the reader", () => { e.remove(); I.d = 0; F(); });
        B("Copy page HTML", () => navigator.clipboard.writeText(H).then(() => b.append(" Copied.")));
        B("Close", () => e.remove());
        e.attachShadow({ mode: "open" }).append(b);
        E.append(e);
      }
    };
  if (I.open) return I.open();
  I.d = 0;
  try { new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0)); } catch { return F(); }
  I.w = WebAssembly.compileStreaming(fetch(O + "pkg/inti_bg.wasm"));
  I.w.catch(e => 0);
  s = C("script");
  s.type = "module";
  try { s.src = trustedTypes.createPolicy("inti", { createScriptURL: () => U }).createScriptURL(""); } catch { try { s.src = U; } catch { return F(); } }
  s.onload = s.onerror = e => { s.remove(); e.type > "l" ? clearTimeout(T) : F(); };
  T = setTimeout(F, 4e3);
  E.append(s);
}

/** The bookmarklet's JavaScript for the inti site at `base` (an absolute URL
 * ending in "/", the folder of install.html and reader.html). */
export function bookmarkletCode(base) {
  const url = new URL(base);
  if (!/^https?:$/.test(url.protocol) || !url.pathname.endsWith("/")) {
    throw new TypeError(`bookmarkletCode: the base must be an http(s) URL ending in "/": ${base}`);
  }
  // `void`: a javascript: URL whose code has a value replaces the page with it.
  const source = squeeze(bookmarklet.toString()).replace(/^function bookmarklet/, "function");
  return `void ${source}(${JSON.stringify(url.href)})`;
}

// Drops the whitespace of JavaScript source outside string literals, except
// one space between two identifier characters ("var W", "return F"). Enough
// for the function above: no comments, no regular expressions, no template
// strings, and `;` or `}` at the end of every line.
function squeeze(source) {
  let out = "";
  let quote = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      out += c;
      if (c === "\\") out += source[++i];
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (/\s/.test(c)) {
      let j = i;
      while (j + 1 < source.length && /\s/.test(source[j + 1])) j++;
      if (/[\w$]/.test(out.at(-1) ?? "") && /[\w$]/.test(source[j + 1] ?? "")) out += " ";
      i = j;
    } else if (c === ";" && /^\s*\}/.test(source.slice(i + 1, i + 200))) {
      // a `;` right before `}` is not needed
    } else {
      out += c;
    }
  }
  return out;
}

/** The `javascript:` URL of the bookmarklet for the inti site at `base`.
 * Only `%` must be escaped (a browser percent-decodes the URL before running
 * it); spaces and a few others are escaped too, so that browsers and
 * bookmark editors keep the URL intact. */
export function bookmarkletHref(base) {
  return `javascript:${bookmarkletCode(base).replace(/[%\n\r\t]/g, (c) => encodeURIComponent(c))}`;
}
