// The test sites of the bookmarklet's browser tests (tests/e2e/bookmarklet*):
// the bookmarklet's sample pages (www/bookmarklet/samples/, the seed-style
// news page and a feature over three pages), served from another origin than
// the inti site, each site with the response headers of one case.
//
// Every site is its own server on its own 127.0.0.1 port, so each is a
// different origin from inti and from the others, as real sites are.

import path from "node:path";

import { ROOT, startSite } from "../e2e/lib/index.mjs";

/** The pages every test site serves. */
export const SAMPLES = path.join(ROOT, "www", "bookmarklet", "samples");

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; " +
  "base-uri 'none'; form-action 'none'";

/**
 * The cases, by name: a description and the headers of every response, as
 * a function of the inti site's origin ("http://127.0.0.1:PORT").
 */
export const SITES = {
  open: {
    about: "(a) no CSP",
    headers: () => ({}),
  },
  "script-src-self": {
    about: "(b) script-src 'self'",
    headers: () => ({ "Content-Security-Policy": "script-src 'self'" }),
  },
  "allows-inti-not-wasm": {
    about: "(c) a CSP that allows inti's script but not wasm-unsafe-eval",
    headers: (inti) => ({ "Content-Security-Policy": `script-src 'self' ${inti}` }),
  },
  "coop-strict": {
    about: "(d) Cross-Origin-Opener-Policy: same-origin and a strict CSP",
    headers: () => ({ "Content-Security-Policy": STRICT, "Cross-Origin-Opener-Policy": "same-origin" }),
  },
  "trusted-types": {
    about: "(e) require-trusted-types-for 'script'",
    headers: () => ({ "Content-Security-Policy": "require-trusted-types-for 'script'" }),
  },
  "blocks-inti-allows-wasm": {
    about: "a CSP that allows WebAssembly but not inti's script (detected when the script fails to load)",
    headers: () => ({ "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'" }),
  },
  "blocks-inti-fetch": {
    about: "a CSP that lets inti's script run but not fetch its WebAssembly (connect-src)",
    headers: () => ({ "Content-Security-Policy": "connect-src 'self'" }),
  },
  "strict-cors": {
    about: "a strict CSP on a site that lets other origins fetch its pages (CORS)",
    headers: () => ({ "Content-Security-Policy": STRICT, "Access-Control-Allow-Origin": "*" }),
  },
};

/** Serves the sample pages as the site `name` of SITES (or from `root`). */
export async function startTestSite(name, intiOrigin, { root = SAMPLES } = {}) {
  const site = SITES[name];
  if (!site) throw new Error(`no test site ${name}`);
  return startSite({ root, headers: { "*": site.headers(intiOrigin) } });
}
