// The TypeScript declarations of the npm package (js/inti.d.ts) against the
// Rust types: every option with its type and documented default, every field
// of Article, RemovedBlock and Readerable, every variant of Favor, Strategy
// and Reason, every error kind, every exported function, each with a doc
// comment. The truth comes from the built module itself (the hidden
// __inti_schema export of src/wasm.rs serializes the Rust types and their
// defaults), so a field added in Rust and not here fails this test.
//
// That the declarations compile, and that TypeScript then rejects a misspelt
// option, is tested on the installed package (tests/pkg/).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";

import { PKG_DIR, inti, intiCjs } from "./lib/pkg.mjs";

const DTS = readFileSync(path.join(PKG_DIR, "inti.d.ts"), "utf8");
const schema = inti.__internals.schema();

/** The members of `export interface NAME { ... }`: name -> { type, optional, doc }. */
function interfaceMembers(name) {
  const match = new RegExp(`export interface ${name}(?: extends \\w+)? \\{\\n([\\s\\S]*?)\\n\\}`).exec(DTS);
  assert.ok(match, `inti.d.ts has no interface ${name}`);
  const members = new Map();
  const re = /(\/\*\*[\s\S]*?\*\/)?\s*\n\s*(\w+)(\?)?: ([^;]+);/g;
  for (const m of ("\n" + match[1]).matchAll(re)) {
    members.set(m[2], { type: m[4].trim(), optional: Boolean(m[3]), doc: m[1] ?? "" });
  }
  return members;
}

/** The string literals of `export type NAME = "a" | "b" ...;`. */
function unionMembers(name) {
  const match = new RegExp(`export type ${name} =([^;]+);`).exec(DTS);
  assert.ok(match, `inti.d.ts has no type ${name}`);
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

function sameSet(actual, expected, what) {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${what}: inti.d.ts lacks ${missing.join(", ") || "nothing"} and has ${extra.join(", ") || "nothing"} more than the Rust type`);
}

test("Options: every option of the Rust type, with its type and its default", () => {
  const members = interfaceMembers("Options");
  sameSet([...members.keys()], Object.keys(schema.options), "Options");
  for (const [name, value] of Object.entries(schema.options)) {
    const member = members.get(name);
    assert.ok(member.optional, `${name} is optional`);
    // Options whose default is null say their type here.
    const nullable = { url: "string", keepCaptions: "boolean" };
    const type = name === "favor" ? "Favor" : value === null ? nullable[name] : typeof value;
    assert.equal(member.type, `${type} | null`, `the type of ${name}`);
    const documented = /@defaultValue `([^`]+)`/.exec(member.doc);
    assert.ok(documented, `${name} documents its default (@defaultValue)`);
    assert.deepEqual(JSON.parse(documented[1]), value, `the documented default of ${name}`);
  }
});

test("Favor, Strategy and Reason: the variants of the Rust enums", () => {
  sameSet(unionMembers("Favor"), schema.favor, "Favor");
  sameSet(unionMembers("Strategy"), schema.strategy, "Strategy");
  sameSet(unionMembers("Reason"), schema.reason, "Reason");
  assert.equal(schema.favor.length, 3);
  assert.ok(schema.reason.length > 20);
});

test("Article, RemovedBlock and Readerable: every field, with its type", () => {
  const typeOf = (name, value) => {
    if (name === "strategy") return "Strategy";
    if (name === "reason") return "Reason";
    if (name === "removed") return "RemovedBlock[]";
    return value === null ? "string | null" : typeof value;
  };
  for (const [iface, sample] of [["Article", schema.article], ["RemovedBlock", schema.article.removed[0]], ["Readerable", schema.readerable]]) {
    const members = interfaceMembers(iface);
    sameSet([...members.keys()], Object.keys(sample), iface);
    for (const [name, value] of Object.entries(sample)) {
      assert.equal(members.get(name).type, typeOf(name, value), `the type of ${iface}.${name}`);
      // Only `removed` may be absent (it is there with the explain option).
      assert.equal(members.get(name).optional, name === "removed", `${iface}.${name} optional`);
    }
  }
});

test("ErrorKind: the engine's error kinds and the package's own", () => {
  sameSet(unionMembers("ErrorKind"), inti.__internals.errorKinds, "ErrorKind");
  const kinds = unionMembers("ErrorKind");
  for (const kind of schema.errorKinds) assert.ok(kinds.includes(kind), kind);
  // Each is explained in the type's documentation.
  const doc = /\/\*\*([\s\S]*?)\*\/\s*export type ErrorKind/.exec(DTS)[1];
  for (const kind of kinds) assert.match(doc, new RegExp(`"${kind}"`), `ErrorKind's doc explains ${kind}`);
});

test("the declared functions are the ones every entry exports", async () => {
  const declared = [...DTS.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  assert.match(DTS, /^export default function init\(/m);
  const web = await import(pathToFileURL(path.join(PKG_DIR, "inti.js")).href);
  for (const [entry, module] of [["inti.node.mjs", inti], ["inti.node.cjs", intiCjs], ["inti.js", web]]) {
    const exported = Object.keys(module).filter((name) => !name.startsWith("__") && name !== "default");
    sameSet(declared, exported, `the exports of ${entry}`);
    assert.equal(typeof module.default, "function", `${entry} has a default export`);
    assert.equal(module.default, module.init, `${entry}: the default export is init`);
  }
});

test("every declaration has a doc comment", () => {
  const lines = DTS.split("\n");
  lines.forEach((line, i) => {
    const declaration = /^\s*(export (default )?(function|interface|type) \w+|type \w+|(readonly )?\w+\??: )/.test(line);
    if (!declaration) return;
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === "") j--;
    assert.ok(lines[j].trim().endsWith("*/"), `inti.d.ts line ${i + 1} has no doc comment: ${line.trim()}`);
  });
});

test("the CommonJS declarations are the same", () => {
  assert.equal(readFileSync(path.join(PKG_DIR, "inti.d.cts"), "utf8"), DTS);
});
