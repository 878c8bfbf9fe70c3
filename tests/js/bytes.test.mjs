// Page bytes in the npm package inti-wasm: a Uint8Array (or ArrayBuffer) is
// decoded as inti::decode_html_bytes does (byte order mark, then a <meta>
// charset in the first 1024 bytes, then UTF-8 when valid; windows-1252 where
// the Rust library would guess), then extracted.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { isDeepStrictEqual } from "node:util";

import { ROOT, fixture, inti } from "./lib/pkg.mjs";

const { extract, decodeHtmlBytes } = inti;

// windows-1252 beyond ISO-8859-1, written out: Node's own decoder before
// 22.13 reads windows-1252 as ISO-8859-1 (the package does not use it).
const WINDOWS_1252_EXTRA = { "€": 0x80, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };

/** An encoder for a legacy encoding, made from the host's decoder: each
 * character maps to the shortest byte sequence that decodes to it. */
function encoderFor(encoding) {
  if (encoding === "windows-1252") {
    return (text) => Uint8Array.from([...text].map((c) => {
      const code = WINDOWS_1252_EXTRA[c] ?? c.codePointAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0 && !(c in WINDOWS_1252_EXTRA))) throw new Error(`windows-1252 cannot encode ${c}`);
      return code;
    }));
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map();
  const tryBytes = (bytes) => {
    try {
      const text = decoder.decode(new Uint8Array(bytes));
      if ([...text].length === 1 && !table.has(text)) table.set(text, bytes);
    } catch {
      // not a character of this encoding
    }
  };
  for (let a = 0; a < 256; a++) tryBytes([a]);
  for (let a = 0x81; a < 0xff; a++) for (let b = 0x40; b < 0xff; b++) tryBytes([a, b]);
  return (text) => Uint8Array.from([...text].flatMap((c) => {
    const bytes = table.get(c);
    if (!bytes) throw new Error(`${encoding} cannot encode ${c}`);
    return bytes;
  }));
}

/** A small article page whose paragraphs are `paragraphs`, in `head`'s charset. */
function page(head, lang, title, paragraphs) {
  return `<!doctype html><html lang="${lang}"><head>${head}<title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article><footer>(c) 2024</footer></body></html>`;
}

const FRENCH = [
  "Le café de la place a rouvert ses portes lundi matin, après trois mois de travaux menés par une équipe du quartier.",
  "Les habitués ont retrouvé leur comptoir, leurs tables en marbre et la façade repeinte d’un vert très doux.",
  "« Nous voulions garder l’âme du lieu », explique la gérante, qui propose désormais une crème brûlée à 4,50 €.",
];
const RUSSIAN = [
  "Городская библиотека открыла новый читальный зал на втором этаже старого здания на набережной.",
  "Зал рассчитан на сорок мест, в нём есть розетки для ноутбуков и большие столы для работы с картами.",
  "Библиотекари говорят, что в первые дни посетителей было больше, чем ожидалось, особенно студентов.",
];
const JAPANESE = [
  "市立図書館は月曜日、古い建物の二階に新しい閲覧室を開いた。四十席があり、学生や研究者が静かに作業できる。",
  "閲覧室には大きな机と電源があり、地図や古い新聞を広げて調べることもできる。開館時間は午後九時までに延びた。",
  "図書館によると、最初の一週間の利用者は予想を大きく上回り、特に週末は満席の時間が続いたという。",
];
const KOREAN = [
  "시립 도서관이 월요일 오래된 건물 이층에 새 열람실을 열었다. 사십 석 규모로 학생과 연구자가 조용히 작업할 수 있다.",
  "열람실에는 큰 책상과 콘센트가 있어 지도와 옛 신문을 펼쳐 놓고 조사할 수도 있다. 개관 시간은 오후 아홉 시까지 늘었다.",
  "도서관에 따르면 첫 주 이용자는 예상을 크게 웃돌았고 특히 주말에는 자리가 가득 찬 시간이 이어졌다.",
];

// Pages in legacy encodings that declare them, each with the text it must give.
const CASES = [
  {
    name: "windows-1252, <meta charset>",
    encoding: "windows-1252",
    html: page('<meta charset="windows-1252">', "fr", "Le café rouvre", FRENCH),
    paragraphs: FRENCH,
  },
  {
    name: "windows-1251, http-equiv Content-Type",
    encoding: "windows-1251",
    html: page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "ru", "Новый зал", RUSSIAN),
    paragraphs: RUSSIAN,
  },
  {
    name: "ISO-8859-5, <meta charset> in capitals",
    encoding: "iso-8859-5",
    html: page("<META CHARSET='ISO-8859-5'>", "ru", "Новый зал", RUSSIAN),
    paragraphs: RUSSIAN,
  },
  {
    name: "Shift_JIS, <meta charset>",
    encoding: "shift_jis",
    html: page('<meta charset="Shift_JIS">', "ja", "新しい閲覧室", JAPANESE),
    paragraphs: JAPANESE,
  },
  {
    name: "EUC-KR, http-equiv",
    encoding: "euc-kr",
    html: page('<meta http-equiv="content-type" content="text/html;charset=euc-kr">', "ko", "새 열람실", KOREAN),
    paragraphs: KOREAN,
  },
];

for (const c of CASES) {
  test(`a Uint8Array in ${c.name} is decoded and extracted`, () => {
    const bytes = encoderFor(c.encoding)(c.html);
    // The page is not valid UTF-8: decoding it as UTF-8 would not do.
    assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    assert.equal(decodeHtmlBytes(bytes), c.html);
    // The same article as from the page's text (whichever paragraphs the
    // engine keeps of so short a page).
    const article = extract(bytes);
    assert.deepEqual(article, extract(c.html));
    assert.ok(article.text.includes(c.paragraphs.at(-1)), article.text);
    assert.ok(!article.text.includes("\uFFFD"));
    // The same from an ArrayBuffer and from a Node Buffer.
    assert.deepEqual(extract(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)), article);
    assert.deepEqual(extract(Buffer.from(bytes)), article);
  });
}

test("byte order marks win over a <meta> charset", () => {
  const html = page('<meta charset="windows-1252">', "fr", "Le café rouvre", FRENCH);
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
  const utf16le = new Uint8Array([0xff, 0xfe, ...Buffer.from(html, "utf16le")]);
  const utf16be = new Uint8Array([0xfe, 0xff, ...Buffer.from(html, "utf16le").swap16()]);
  for (const bytes of [utf8, utf16le, utf16be]) {
    assert.equal(decodeHtmlBytes(bytes), html);
    assert.deepEqual(extract(bytes), extract(html));
  }
});

test("UTF-8 bytes under a legacy declaration are read as UTF-8, as the Rust library does", () => {
  for (const c of CASES) {
    assert.equal(decodeHtmlBytes(new TextEncoder().encode(c.html)), c.html, c.name);
  }
  // Real legacy bytes keep their declaration.
  const russian = CASES.find((c) => c.encoding === "windows-1251");
  assert.equal(decodeHtmlBytes(encoderFor("windows-1251")(russian.html)), russian.html);
});

test("a page declared UTF-16 without a byte order mark is read as UTF-8 (HTML's rule)", () => {
  const html = page('<meta charset="utf-16">', "fr", "Le café rouvre", FRENCH);
  assert.equal(decodeHtmlBytes(new TextEncoder().encode(html)), html);
});

test("an unknown or misplaced charset is passed over, as the Rust prescan does", () => {
  const unknown = page('<meta charset="klingon"><meta charset="windows-1252">', "fr", "Le café", FRENCH);
  assert.equal(decodeHtmlBytes(encoderFor("windows-1252")(unknown)), unknown);
  // After the first 1024 bytes a declaration is not seen: valid UTF-8 is UTF-8.
  const late = `<!doctype html><html><head><!-- ${"x".repeat(1100)} --><meta charset="windows-1252"><title>t</title></head><body><p>${FRENCH[0]}</p></body></html>`;
  assert.equal(decodeHtmlBytes(new TextEncoder().encode(late)), late);
});

test("undeclared bytes: UTF-8 when valid, else windows-1252, and binary as UTF-8 (NotHtml)", () => {
  const html = page("", "fr", "Le café rouvre", FRENCH);
  assert.equal(decodeHtmlBytes(new TextEncoder().encode(html)), html);
  assert.equal(decodeHtmlBytes(encoderFor("windows-1252")(html)), html);
  const binary = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
  assert.ok(decodeHtmlBytes(binary).includes("\uFFFD"));
  assert.throws(() => extract(binary), (err) => err.kind === "NotHtml");
});

// The same bytes through the native command (tests/fixtures and the pages
// above, written to files): the package decodes and extracts as it does.
// Needs target/{debug,release}/inti, which `cargo test` (scripts/test's
// first step) builds.
const CLI = ["release", "debug"]
  .map((profile) => path.join(ROOT, "target", profile, "inti"))
  .filter((file) => existsSync(file))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const TMP = mkdtempSync(path.join(tmpdir(), "inti-bytes-"));
after(() => rmSync(TMP, { recursive: true, force: true }));

test("the package decodes and extracts bytes as the inti command does", { skip: CLI ? false : "no target/*/inti (run cargo build)" }, (t) => {
  const native = (bytes) => {
    const file = path.join(TMP, "page.html");
    writeFileSync(file, bytes);
    return JSON.parse(execFileSync(CLI, ["--format", "json", "--url", "https://example.com/a", file], { encoding: "utf8" }));
  };
  const options = { url: "https://example.com/a" };
  // The comparison means something only where the binary and pkg/ run the
  // same engine (scripts/test builds both from the same sources): each page
  // is first compared in UTF-8, and skipped if the engines differ on it.
  const compared = [];
  for (const c of CASES) {
    const utf8 = c.html.replace(/<meta [^>]*charset[^>]*>/i, '<meta charset="utf-8">');
    if (!isDeepStrictEqual(native(new TextEncoder().encode(utf8)), extract(utf8, options))) continue;
    const bytes = encoderFor(c.encoding)(c.html);
    assert.deepEqual(extract(bytes, options), native(bytes), `${c.name}: the package and ${path.relative(ROOT, CLI)} differ`);
    compared.push(c.name);
  }
  if (compared.length < CASES.length) {
    const message = `${path.relative(ROOT, CLI)} and pkg/ give different articles for the same text: built from different engine sources? (compared: ${compared.join("; ") || "none"})`;
    if (compared.length === 0) t.skip(message);
    else t.diagnostic(message);
  }
});
