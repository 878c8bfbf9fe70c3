// Node CommonJS with `module: nodenext`: the types of the "require" entry.
import inti = require("inti-wasm");

declare const console: { log(...args: unknown[]): void };

const article: inti.Article = inti.extract("<p>text</p>", { keepLinks: false });
const score: number = article.readerableScore;
const strategy: inti.Strategy = article.strategy;
inti.initSync();
console.log(score, strategy, inti.version());
