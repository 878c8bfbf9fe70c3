// An ES module program using the installed package: node index.mjs PAGE URL
import { readFileSync } from "node:fs";
import init, { extract, version } from "inti-wasm";

const [page, url] = process.argv.slice(2);
await init(); // not needed in Node, and harmless
const html = readFileSync(page, "utf8");
console.log(JSON.stringify({
  resolved: import.meta.resolve("inti-wasm"),
  version: version(),
  article: extract(html, { url }),
}));
