#!/usr/bin/env node
// Bundles what the bookmarklet loads into the page into one file, so that a
// click costs one round of requests instead of two: www/bookmarklet/inject.js
// imports reader-ui.js, pages.js and pkg/inti.js (which imports
// pkg/inti.core.mjs), and a module graph is fetched a level at a time.
// Run by build_wasm (scripts/lib/build-wasm.sh) once www/pkg/ is built:
//
//   node scripts/lib/bundle-bookmarklet.mjs [--www www]
//
// writes www/bookmarklet/overlay.js (gitignored), which the bookmarklet
// loads. The modules stay as they are (inject.js itself still works as the
// entry point: bookmarklets installed before this file existed load it).
//
// Each module becomes a function scope in the bundle, in dependency order,
// its imports read from the scopes before it and its exports returned, so
// that names never clash. Only the forms these files use are accepted
// (static `import ... from "./x.js"`, `import "./x.js"`, `export function`,
// `export class`, `export const`, `export default NAME;`); anything else
// (dynamic import(), `export let`, re-exports) stops the
// build. import.meta.url keeps its meaning: the module's own address,
// computed from the bundle's.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = "bookmarklet/inject.js";
const OUTPUT = "bookmarklet/overlay.js";

function fail(message) {
  console.error(`bundle-bookmarklet: ${message}`);
  process.exit(1);
}

const IMPORT = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?(?:from\s+)?"([^"]+)";[ \t]*$/gm;
const EXPORT_DECL = /^export\s+(async\s+function\*?|function\*?|class|const)\s+([\w$]+)/gm;
const EXPORT_DEFAULT = /^export\s+default\s+([\w$]+);[ \t]*$/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;

/** Bundles the module graph of `entry` (a path under `www`) into the text
 * of one ES module that lives at `output` (also under `www`). */
export function bundle(www, entry = ENTRY, output = OUTPUT) {
  const modules = new Map(); // path under www -> { id, code, imports }
  const order = [];
  const visit = (file, chain) => {
    if (modules.has(file)) {
      if (!order.includes(file)) fail(`import cycle: ${[...chain, file].join(" -> ")}`);
      return;
    }
    const source = readFileSync(path.join(www, file), "utf8");
    const module = { id: `$m${modules.size}`, file, source, imports: [] };
    modules.set(file, module);
    for (const match of source.matchAll(IMPORT)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[3]));
      if (!match[3].startsWith(".")) fail(`${file}: only relative imports can be bundled: ${match[3]}`);
      module.imports.push({ statement: match[0], defaultName: match[1], names: match[2], target });
      visit(target, [...chain, file]);
    }
    order.push(file);
  };
  visit(entry, []);

  const parts = [];
  for (const file of order) {
    const module = modules.get(file);
    let code = module.source;
    const header = [];
    for (const { statement, defaultName, names, target } of module.imports) {
      code = code.replace(statement, "");
      const from = modules.get(target).id;
      if (defaultName) header.push(`const ${defaultName} = ${from}.default;`);
      const bindings = (names ?? "").split(",").map((name) => name.trim()).filter(Boolean)
        .map((name) => name.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, "$1: $2"));
      if (bindings.length) header.push(`const { ${bindings.join(", ")} } = ${from};`);
    }
    const exported = [];
    code = code.replace(EXPORT_DECL, (_, kind, name) => {
      exported.push(`${name}`);
      return `${kind} ${name}`;
    });
    code = code.replace(EXPORT_DEFAULT, (_, name) => {
      exported.push(`default: ${name}`);
      return "";
    });
    code = code.replace(EXPORT_LIST, (_, names) => {
      for (const name of names.split(",").map((n) => n.trim()).filter(Boolean)) {
        const renamed = /^([\w$]+)\s+as\s+([\w$]+)$/.exec(name);
        exported.push(renamed ? `${renamed[2]}: ${renamed[1]}` : name);
      }
      return "";
    });
    const leftover = /^\s*(?:import|export)\b|\bimport\s*\(/m.exec(code);
    if (leftover) fail(`${file}: cannot bundle \`${leftover[0].trim()}\``);
    // A module's own address, from the bundle's (the entry keeps the
    // bundle's: the script element it looks for is the bundle's).
    const relative = path.posix.relative(path.posix.dirname(output), file);
    const ownUrl = file !== entry && code.includes("import.meta.url");
    if (ownUrl) code = code.replaceAll("import.meta.url", `${module.id}url`);
    parts.push(
      `// ${file}\n` +
        `const ${module.id} = (() => {\n` +
        (ownUrl ? `const ${module.id}url = new URL(${JSON.stringify(relative)}, import.meta.url).href;\n` : "") +
        `${header.join("\n")}\n${code.trim()}\n` +
        `return { ${exported.join(", ")} };\n})();\n`,
    );
  }
  return `// The bookmarklet's overlay: ${ENTRY} and what it imports, in one file (one\n` +
    `// request). Generated by scripts/lib/bundle-bookmarklet.mjs; do not edit.\n\n${parts.join("\n")}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { www: { type: "string", default: path.join(ROOT, "www") } } });
  const www = path.resolve(values.www);
  const text = bundle(www);
  writeFileSync(path.join(www, OUTPUT), text);
  console.log(`bundle-bookmarklet: ${path.relative(process.cwd(), path.join(www, OUTPUT))} (${(text.length / 1e3).toFixed(1)} kB)`);
}
