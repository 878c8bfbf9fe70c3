// The browser app of the package tests, as a Vite or webpack project (or a
// plain page, with the import rewritten to ./node_modules/inti-wasm/inti.js):
// loads the module, extracts the seed page fetched as text, as bytes and as a
// parsed Document, and the live page itself, then sets window.__result.
import init, { extract, isProbablyReaderable, version, __internals } from "inti-wasm";

const URL_OF_SEED = "https://news.detik.com/internasional/d-6769446/as-khawatir-korut-akan-kirim-lebih-banyak-senjata-ke-rusia/2";

async function main() {
  const out = {};
  try {
    extract("<p>too early</p>");
    out.beforeInit = "no error";
  } catch (err) {
    out.beforeInit = err.kind;
  }
  await init();
  out.version = version();
  const response = await fetch("./seed.html");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  out.article = extract(text, { url: URL_OF_SEED });
  out.sameFromBytes = extract(bytes, { url: URL_OF_SEED }).text === out.article.text;
  const parsed = new DOMParser().parseFromString(text, "text/html");
  out.sameFromDocument = extract(parsed, { url: URL_OF_SEED }).text === out.article.text;
  out.live = extract(document);
  out.readerable = isProbablyReaderable(text);
  try {
    __internals.injectPanic("in the browser");
  } catch (err) {
    out.panic = err.kind;
  }
  out.afterPanic = extract(text, { url: URL_OF_SEED }).title;
  out.wasm = performance.getEntriesByType("resource").map((e) => e.name).filter((name) => name.endsWith(".wasm"));
  return out;
}

main().then(
  (result) => {
    window.__result = result;
  },
  (err) => {
    window.__result = { error: String(err?.stack ?? err) };
  },
);
