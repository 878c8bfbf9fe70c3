// A CommonJS program using the installed package: node index.cjs PAGE URL
const { readFileSync } = require("node:fs");
const inti = require("inti-wasm");

const [page, url] = process.argv.slice(2);
const bytes = readFileSync(page); // a Buffer: a Uint8Array of the page
const article = inti.extract(bytes, { url });
let typo = null;
try {
  inti.extract(bytes, { keepImagez: false });
} catch (err) {
  typo = { name: err.name, kind: err.kind, option: err.option };
}
console.log(JSON.stringify({
  resolved: require.resolve("inti-wasm"),
  version: inti.version(),
  article,
  readerable: inti.isProbablyReaderable(bytes.toString("utf8")),
  typo,
}));
