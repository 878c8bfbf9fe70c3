// A browser app with `moduleResolution: bundler`: init() and a Document.
import init, { extract, type Favor } from "inti-wasm";

async function run(favor: Favor): Promise<string> {
  await init(new URL("./inti_bg.wasm", import.meta.url));
  await init({ module_or_path: fetch("/inti_bg.wasm") });
  return extract(document, { favor }).markdown;
}
run("precision").then(console.log);
