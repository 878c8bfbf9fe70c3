// Node ESM with `module: nodenext`: the types of the package's "import" entry.
import init, { extract, isProbablyReaderable, decodeHtmlBytes, version } from "inti-wasm";
import type { Article, ErrorKind, IntiError, Options, Readerable, RemovedBlock } from "inti-wasm";

// (No DOM library and no @types/node here: console is declared.)
declare const console: { log(...args: unknown[]): void };

await init();
const options: Options = { url: "https://example.com/a", favor: "recall", keepImages: false, explain: true, maxNodes: null };
const article: Article = extract("<p>text</p>", options);
const title: string | null = article.title;
const words: number = article.wordCount;
const removed: RemovedBlock[] | undefined = article.removed;
const reason: string | undefined = removed?.[0]?.reason;
const answer: Readerable = isProbablyReaderable(new Uint8Array([60, 112, 62]));
const text: string = decodeHtmlBytes(new ArrayBuffer(8));
const v: string = version();
try {
  extract("<p>text</p>");
} catch (err) {
  const kind: ErrorKind = (err as IntiError).kind;
  console.log(kind);
}
console.log(title, words, reason, answer.score, text, v);
