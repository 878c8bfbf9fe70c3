// The inti demo page. Extraction runs in a Web Worker (worker.js) on the
// WebAssembly build in pkg/ (made by scripts/demo or scripts/test); this
// module is the page: inputs, options, the result views, copy and download.
//
// The page has a strict CSP (index.html): no inline script or style. What
// comes from the pasted page is only ever shown inside sandboxed frames
// (lib/reader-view.js, lib/removed-view.js) or as text.

import { countReasons, reasonInfo } from "./lib/reasons.js";
import { decodeBytes } from "./lib/decode.js";
import { escapeHtml, formatBytes, formatCount, formatMs, readingMinutes, slugify } from "./lib/format.js";
import { buildReaderDocument } from "./lib/reader-view.js";
import { buildRemovedDocument } from "./lib/removed-view.js";
import { applyTheme, effectiveTheme, storedTheme } from "./lib/theme.js";

const $ = (id) => document.getElementById(id);

// Files up to this size are shown in the text box (and can be edited);
// bigger ones are extracted as they are.
const TEXTAREA_MAX_BYTES = 1024 * 1024;
// Above this input size the removed view waits for a click: building it
// parses the page on this thread, which takes a few seconds at 20 MB.
const REMOVED_VIEW_CONFIRM_BYTES = 4 * 1024 * 1024;
// The code views show at most this many characters (copy and download
// always give everything).
const CODE_VIEW_MAX_CHARS = 400_000;
const DEFAULT_LIMITS = { minArticleLength: 250, maxInputBytes: 64, maxNodes: 4_000_000, maxDepth: 2000 };

const FRAME_CSS = {
  reader: new URL("frames/article.css", document.baseURI).href,
  removed: new URL("frames/removed.css", document.baseURI).href,
};
const ORIGIN = location.origin;

const el = {
  form: $("form"),
  html: $("html"),
  url: $("url"),
  example: $("example"),
  pick: $("pick"),
  file: $("file"),
  dropzone: $("dropzone"),
  fileChip: $("file-chip"),
  fileName: $("file-name"),
  fileSize: $("file-size"),
  clearFile: $("clear-file"),
  extract: $("extract"),
  cancel: $("cancel"),
  status: $("status"),
  elapsed: $("elapsed"),
  progress: $("progress"),
  version: $("version"),
  theme: $("theme"),
  empty: $("empty"),
  emptyExamples: $("empty-examples"),
  error: $("error"),
  errorTitle: $("error-title"),
  errorText: $("error-text"),
  errorDetail: $("error-detail"),
  readerFrame: $("reader-frame"),
  readerNote: $("reader-note"),
  removedFrame: $("removed-frame"),
  removedCover: $("removed-cover"),
  removedCoverText: $("removed-cover-text"),
  removedRender: $("removed-render"),
  legend: $("legend"),
  blockList: $("block-list"),
  blockCount: $("block-count"),
  tabs: [...document.querySelectorAll('[role="tab"]')],
};

// --- state -------------------------------------------------------------------

const state = {
  worker: null,
  engineReady: false,
  version: null,
  // A file being extracted as it is (too big or not text for the text box).
  file: null,
  nextId: 1,
  // The running extraction: {id, source, options, started}.
  job: null,
  elapsedTimer: 0,
  // The last result: {id, article, stats, source, options, totalMs}.
  result: null,
  // The removed view of the last result: {id, status: "building"|"done",
  // url, blocks, confirmed}.
  removed: null,
  confirmedBig: new Set(),
  // Where the legend's buttons are in their reason's blocks.
  reasonCursor: new Map(),
  // Text of the code views, by format, for the current result.
  formatCache: new Map(),
  examples: [],
};

// --- theme -------------------------------------------------------------------

el.theme.value = storedTheme();
el.theme.addEventListener("change", () => {
  applyTheme(el.theme.value, { remember: true });
  renderReader();
});
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => renderReader());

// --- the worker ----------------------------------------------------------------

function startWorker() {
  state.engineReady = false;
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = (event) => onWorkerMessage(worker, event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    if (worker !== state.worker) return;
    failJob({ kind: "EngineNotLoaded", message: event.message || "the worker script failed to load" });
    setStatus("The extraction engine could not start. Serve the demo with ./scripts/demo (it builds pkg/).");
  };
  state.worker = worker;
}

function restartWorker() {
  state.worker?.terminate();
  startWorker();
}

function onWorkerMessage(worker, message) {
  if (worker !== state.worker) return;
  switch (message.type) {
    case "ready":
      state.engineReady = true;
      state.version = message.version;
      el.version.textContent = `v${message.version}`;
      el.extract.disabled = false;
      if (!state.job && !state.result) setStatus("Ready. Paste a page, open a file or pick an example.");
      break;
    case "load-failed":
      setStatus("");
      showError({
        title: "The extraction engine did not load",
        text: "The WebAssembly module (pkg/inti.js) could not be loaded. Build and serve the demo with ./scripts/demo.",
        detail: message.message,
      });
      break;
    case "progress":
      if (state.job?.id === message.id) {
        setStatus({ reading: "Reading the file…", decoding: "Decoding the file…", extracting: "Extracting… the page stays usable; Cancel stops it." }[message.stage] ?? "Working…");
      }
      break;
    case "result":
      if (state.job?.id === message.id) finishJob(message);
      break;
    case "failed":
      if (state.job?.id === message.id) {
        failJob(message.error);
        // After an unexpected error the module may be left in a bad state.
        if (message.error.kind === "Internal") restartWorker();
      } else if (state.removed?.id === message.id) {
        removedFailed(message.error);
      }
      break;
    case "neutralized":
      if (state.removed?.id === message.id && state.result?.id === message.id) showRemovedDocument(message);
      break;
  }
}

// The state of the output, for tests and styles, as the bookmarklet's reader
// marks it: data-inti-state is "idle", "loading", "done" or "error" (with
// data-error-kind); data-result-id is the id of the result on show, and
// data-outcomes counts the extractions that ended (done or error).
const panels = $("panels");
function markState(value, extra = {}) {
  panels.dataset.intiState = value;
  if (value === "done" || value === "error") panels.dataset.outcomes = String(Number(panels.dataset.outcomes ?? 0) + 1);
  if (value === "error") panels.dataset.errorKind = extra.kind ?? "";
  else delete panels.dataset.errorKind;
  if (extra.resultId !== undefined) panels.dataset.resultId = String(extra.resultId);
}

// --- inputs --------------------------------------------------------------------

function setStatus(text) {
  el.status.textContent = text;
}

function readOptions() {
  const number = (id, { min = 0, integer = true } = {}) => {
    const input = $(id);
    const value = input.valueAsNumber;
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      const label = document.querySelector(`label[for="${id}"]`)?.firstChild?.textContent.trim() ?? id;
      throw Object.assign(new Error(`“${label}” must be ${integer ? "a whole number" : "a number"} of at least ${min}.`), { kind: "InvalidOption" });
    }
    return value;
  };
  const url = el.url.value.trim();
  if (url) {
    let parsed = null;
    try {
      parsed = new URL(url);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      throw Object.assign(new Error("The page URL must be a full http or https address, such as https://example.com/news/story.html (or leave it empty)."), { kind: "InvalidOption" });
    }
  }
  return {
    url: url || undefined,
    favor: $("favor").value,
    keepImages: $("keepImages").checked,
    keepTables: $("keepTables").checked,
    keepLinks: $("keepLinks").checked,
    // "" is the default: captions stay with their images in the HTML and
    // Markdown, and out of the plain text.
    keepCaptions: $("keepCaptions").value === "" ? null : $("keepCaptions").value === "true",
    explain: $("explain").checked,
    minArticleLength: number("minArticleLength"),
    maxInputBytes: Math.max(1, Math.round(number("maxInputBytes", { min: 0.001, integer: false }) * 1024 * 1024)),
    maxNodes: number("maxNodes", { min: 1 }),
    maxDepth: number("maxDepth", { min: 1 }),
  };
}

function currentSource() {
  if (state.file) return { kind: "file", file: state.file, name: state.file.name, size: state.file.size };
  const text = el.html.value;
  if (!text.trim()) return null;
  return { kind: "text", text };
}

function showFileChip(file, { binary = false } = {}) {
  state.file = file;
  el.fileName.textContent = file.name || "page.html";
  el.fileSize.textContent = `(${formatBytes(file.size)})`;
  $("file-hint").textContent = binary
    ? "This file is not text, so it is not shown here."
    : "Too large to show here; it is extracted as it is.";
  el.html.hidden = true;
  el.fileChip.hidden = false;
}

function clearFile() {
  state.file = null;
  el.fileChip.hidden = true;
  el.html.hidden = false;
}

async function loadFile(file) {
  el.example.value = "";
  let binary = false;
  if (file.size <= TEXTAREA_MAX_BYTES) {
    const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    binary = decoded.source === "binary";
    if (!binary) {
      clearFile();
      el.html.value = decoded.text;
      setStatus(`Loaded ${file.name || "the file"} (${formatBytes(file.size)}${decoded.source === "utf-8" ? "" : `, ${decoded.encoding}`}).`);
      runExtraction();
      return;
    }
  }
  // Big, or not text: the worker reads it (and the engine says what it is).
  showFileChip(file, { binary });
  runExtraction();
}

async function loadExample(index) {
  const example = state.examples[index];
  if (!example) return;
  el.example.value = String(index);
  try {
    const response = await fetch(new URL(`examples/${example.file}`, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    clearFile();
    el.html.value = text;
    el.url.value = example.url ?? "";
    runExtraction();
  } catch (err) {
    showError({ title: "Could not load the example", text: `examples/${example.file} did not load.`, detail: String(err.message ?? err) });
  }
}

async function loadExamples() {
  try {
    const response = await fetch(new URL("examples/index.json", document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    state.examples = await response.json();
  } catch {
    state.examples = [];
  }
  state.examples.forEach((example, index) => {
    el.example.append(new Option(example.title, String(index)));
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary small";
    button.textContent = example.short ?? example.title;
    button.addEventListener("click", () => loadExample(index));
    item.append(button);
    el.emptyExamples.append(item);
  });
}

el.example.addEventListener("change", () => {
  if (el.example.value !== "") loadExample(Number(el.example.value));
});
el.pick.addEventListener("click", () => el.file.click());
el.file.addEventListener("change", () => {
  const file = el.file.files?.[0];
  el.file.value = "";
  if (file) loadFile(file);
});
el.clearFile.addEventListener("click", () => {
  clearFile();
  el.html.focus();
});
// Switching an option re-runs the extraction shown, so that its effect is
// seen at once (the number fields wait for Extract).
for (const id of ["favor", "keepImages", "keepTables", "keepLinks", "keepCaptions", "explain"]) {
  $(id).addEventListener("change", () => {
    if (state.result && !state.job && currentSource()) runExtraction();
  });
}
$("reset-limits").addEventListener("click", () => {
  for (const [id, value] of Object.entries(DEFAULT_LIMITS)) $(id).value = String(value);
});
el.html.addEventListener("input", () => {
  if (el.example.value !== "") el.example.value = "";
});
for (const input of [el.html, el.url]) {
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runExtraction();
    }
  });
}

// Drag and drop: a file dropped anywhere on the page is loaded (and the
// browser does not navigate away to it); dropped text or HTML goes into the
// text box.
let dragDepth = 0;
const isFileDrag = (event) => [...(event.dataTransfer?.types ?? [])].some((t) => t === "Files" || t === "text/html" || t === "text/plain");
document.addEventListener("dragenter", (event) => {
  if (!isFileDrag(event)) return;
  dragDepth++;
  el.dropzone.classList.add("dragging");
});
document.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) el.dropzone.classList.remove("dragging");
});
document.addEventListener("dragover", (event) => {
  if (!isFileDrag(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "copy";
});
document.addEventListener("drop", (event) => {
  dragDepth = 0;
  el.dropzone.classList.remove("dragging");
  const data = event.dataTransfer;
  if (!data) return;
  event.preventDefault();
  const file = data.files?.[0];
  if (file) {
    loadFile(file);
    return;
  }
  const text = data.getData("text/html") || data.getData("text/plain");
  if (text) {
    clearFile();
    el.example.value = "";
    el.html.value = text;
    runExtraction();
  }
});

// --- running an extraction -------------------------------------------------------

el.form.addEventListener("submit", (event) => {
  event.preventDefault();
  runExtraction();
});
el.cancel.addEventListener("click", () => {
  if (!state.job) return;
  stopJob();
  restartWorker();
  markState(state.result ? "done" : "idle");
  if (!state.result) resetEmptyState();
  setStatus("Cancelled.");
});

function runExtraction() {
  const source = currentSource();
  if (!source) {
    showError({ kind: "NoInput", title: "Nothing to extract", text: "Paste the HTML of a page into the text box, drop or open an .html file, or pick an example." });
    el.html.focus();
    return;
  }
  let options;
  try {
    options = readOptions();
  } catch (err) {
    showError({ kind: "InvalidOption", title: "An option is not valid", text: err.message });
    return;
  }
  if (state.job) {
    // A new run replaces the one in progress.
    stopJob();
    restartWorker();
  }
  const id = state.nextId++;
  const { name, size, ...message } = source;
  state.job = { id, source: message, options, started: performance.now(), name, size };
  el.extract.disabled = true;
  el.cancel.disabled = false;
  el.progress.hidden = false;
  panels.setAttribute("aria-busy", "true");
  markState("loading");
  setStatus(state.engineReady ? "Extracting… the page stays usable; Cancel stops it." : "Waiting for the extraction engine to load…");
  if (!state.result) {
    $("empty-title").textContent = "Extracting…";
    $("empty-text").textContent = `The article of ${name ? `${name} (${formatBytes(size)})` : "the page"} will appear here.`;
    el.emptyExamples.hidden = true;
  }
  const startedAt = performance.now();
  el.elapsed.textContent = "0.0 s";
  clearInterval(state.elapsedTimer);
  state.elapsedTimer = setInterval(() => {
    el.elapsed.textContent = `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
  }, 100);
  state.worker.postMessage({ type: "extract", id, source: message, options });
}

function resetEmptyState() {
  $("empty-title").textContent = "Nothing extracted yet";
  $("empty-text").textContent = "Paste the HTML of a page on the left, drop or open an .html file, or try an example:";
  el.emptyExamples.hidden = false;
}

function stopJob() {
  state.job = null;
  clearInterval(state.elapsedTimer);
  el.elapsed.textContent = "";
  el.progress.hidden = true;
  el.cancel.disabled = true;
  el.extract.disabled = !state.engineReady;
  panels.removeAttribute("aria-busy");
}

function finishJob(message) {
  const job = state.job;
  const totalMs = performance.now() - job.started;
  stopJob();
  // The engine is ready if it produced a result (also after a restart).
  el.extract.disabled = false;
  state.result = {
    id: message.id,
    article: message.article,
    stats: message.stats,
    source: job.source,
    options: job.options,
    totalMs,
    name: job.name,
  };
  state.removed = null;
  state.reasonCursor.clear();
  state.formatCache.clear();
  renderResult();
}

function failJob(error) {
  stopJob();
  if (!state.result) resetEmptyState();
  markState("error", { kind: error?.kind ?? "Internal" });
  showError(explainError(error));
  const { title } = explainError(error);
  setStatus(`${title}.`);
}

// --- errors ----------------------------------------------------------------------

/** An engine error in plain words: {title, text, detail}. */
export function explainError(error) {
  const kind = error?.kind ?? "Internal";
  const message = String(error?.message ?? error ?? "");
  const detail = `${kind}: ${message}`;
  const numbers = (re) => (re.exec(message) ?? []).slice(1).map(Number);
  switch (kind) {
    case "InputTooLarge": {
      const [size, limit] = numbers(/(\d+) bytes, over the limit of (\d+)/);
      return {
        title: "This page is too large",
        text: size
          ? `It is ${formatBytes(size)}, and the limit is ${formatBytes(limit)}. Raise “Max. input size” under Options › Limits to try it anyway.`
          : "It is over the input size limit. Raise “Max. input size” under Options › Limits to try it anyway.",
        detail,
      };
    }
    case "TooDeep": {
      const [depth, limit] = numbers(/nest (\d+) levels deep, over the limit of (\d+)/);
      return {
        title: "This page nests its elements too deeply",
        text: `${depth ? `Its elements are nested ${formatCount(depth)} levels deep; the limit is ${formatCount(limit)}.` : "It is over the nesting limit."} Real pages stay far below that; such pages are usually broken or built to crash parsers. Raise “Max. depth” under Options › Limits to try it anyway.`,
        detail,
      };
    }
    case "TooManyNodes": {
      const [limit] = numbers(/more than (\d+) nodes/);
      return {
        title: "This page has too many elements",
        text: `${limit ? `It has more than ${formatCount(limit)} elements, text and comment nodes.` : "It is over the node limit."} Raise “Max. nodes” under Options › Limits to try it anyway.`,
        detail,
      };
    }
    case "NotHtml":
      return {
        title: "This is not HTML",
        text: "It looks like binary data (an image, an archive or a program, perhaps), not a web page. Open an .html file, or paste the page's source (View Source in your browser, then copy all).",
        detail,
      };
    case "InvalidOption":
      return { title: "An option is not valid", text: message, detail };
    case "EngineNotLoaded":
      return {
        title: "The extraction engine did not load",
        text: "The WebAssembly module (pkg/inti.js) could not be loaded. Build and serve the demo with ./scripts/demo.",
        detail,
      };
    default:
      return {
        title: "Something went wrong inside inti",
        text: "The engine stopped with an unexpected error. It has been restarted: try again, and if it happens again, please report it with the page.",
        detail,
      };
  }
}

function showError({ title, text, detail = "", kind = null }) {
  if (kind) markState("error", { kind });
  // Shown first, then filled: the alert is announced when its text changes.
  el.error.hidden = false;
  el.empty.hidden = true;
  el.errorTitle.textContent = title;
  el.errorText.textContent = text;
  el.errorDetail.textContent = detail;
}

function hideError() {
  el.error.hidden = true;
}

// --- the result ------------------------------------------------------------------

function renderResult() {
  const { article, stats, options, totalMs } = state.result;
  hideError();
  el.empty.hidden = true;

  $("stat-time").textContent = formatMs(stats.extractMs);
  $("stat-time").title = `Parse and extraction in the worker: ${formatMs(stats.extractMs)}${stats.decodeMs ? `; decoding the file: ${formatMs(stats.decodeMs)}` : ""}; in all, from the click: ${formatMs(totalMs)}`;
  $("stat-input").textContent = `${formatBytes(stats.inputBytes)}${stats.encoding && stats.encoding !== "utf-8" ? ` · ${stats.encoding}` : ""}`;
  $("stat-input").title = `${formatCount(stats.inputBytes)} bytes${stats.encoding ? `, decoded as ${stats.encoding}` : ""}`;
  $("stat-output").textContent = `${formatBytes(stats.htmlBytes)} HTML · ${formatBytes(stats.textBytes)} text`;
  $("stat-output").title = `HTML ${formatCount(stats.htmlBytes)} bytes, text ${formatCount(stats.textBytes)} bytes, Markdown ${formatCount(stats.markdownBytes)} bytes`;
  $("stat-words").textContent = formatCount(article.wordCount);
  const minutes = readingMinutes(article.wordCount, article.lang);
  $("stat-reading").textContent = minutes ? `${minutes} min` : "–";
  $("stat-removed").textContent = article.removed ? `${formatCount(article.removed.length)} blocks` : "–";
  $("stat-removed").title = article.removed ? "" : "Turn on “Explain what was removed” to list them";

  const title = article.title ? `“${article.title}”` : "the article";
  let status = `Extracted ${title} in ${formatMs(stats.extractMs)}.`;
  if (!article.readerable) status += " This page does not look much like an article, so the result may be thin.";
  setStatus(status);
  markState("done", { resultId: state.result.id });

  renderReader();
  renderLegend();
  const active = activeTab();
  if (active !== "reader" && active !== "removed") renderCodeView(active);
  if (active === "removed") ensureRemovedView();
}

function renderReader() {
  const result = state.result;
  if (!result) return;
  const { article, options } = result;
  el.readerNote.hidden = article.readerable;
  el.readerNote.textContent = article.readerable
    ? ""
    : `This page does not look much like an article (score ${article.readerableScore.toFixed(2)}); inti kept what it could.`;
  el.readerFrame.srcdoc = buildReaderDocument(article, {
    cssUrl: FRAME_CSS.reader,
    origin: ORIGIN,
    theme: effectiveTheme(),
    leadImage: options.keepImages,
  });
}

// --- tabs ------------------------------------------------------------------------

function activeTab() {
  return el.tabs.find((tab) => tab.getAttribute("aria-selected") === "true").id.replace("tab-", "");
}

function selectTab(tab, { focus = false } = {}) {
  for (const other of el.tabs) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
  const name = tab.id.replace("tab-", "");
  if (name === "removed") ensureRemovedView();
  else if (name !== "reader") renderCodeView(name);
}

for (const tab of el.tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const index = el.tabs.indexOf(tab);
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: el.tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    selectTab(el.tabs[(to + el.tabs.length) % el.tabs.length], { focus: true });
  });
}

// --- Text, Markdown, HTML, JSON ----------------------------------------------------

const FORMATS = {
  text: { ext: "txt", type: "text/plain", name: "text" },
  markdown: { ext: "md", type: "text/markdown", name: "Markdown" },
  html: { ext: "html", type: "text/html", name: "HTML" },
  json: { ext: "json", type: "application/json", name: "JSON" },
};

function formatText(format) {
  const result = state.result;
  if (!result) return "";
  if (state.formatCache.has(format)) return state.formatCache.get(format);
  const { article } = result;
  const text =
    format === "json" ? `${JSON.stringify(article, null, 2)}\n` : format === "html" ? article.html : format === "markdown" ? article.markdown : article.text;
  state.formatCache.set(format, text);
  return text;
}

function renderCodeView(format) {
  const code = $(`out-${format}`);
  const note = document.querySelector(`[data-note="${format}"]`);
  if (!state.result) {
    code.textContent = "";
    note.textContent = "";
    return;
  }
  if (code.dataset.resultId === String(state.result.id)) return;
  const text = formatText(format);
  code.dataset.resultId = String(state.result.id);
  if (text.length > CODE_VIEW_MAX_CHARS) {
    code.textContent = `${text.slice(0, CODE_VIEW_MAX_CHARS)}\n…`;
    note.textContent = `Showing the first ${formatCount(CODE_VIEW_MAX_CHARS)} of ${formatCount(text.length)} characters; copy and download give all of it.`;
  } else {
    code.textContent = text;
    note.textContent = text ? `${formatCount(text.length)} characters` : "(empty)";
  }
}

function downloadName(format) {
  const { article, name } = state.result;
  return `${slugify(article.title ?? name ?? "article")}.${FORMATS[format].ext}`;
}

function downloadContent(format) {
  const { article } = state.result;
  if (format !== "html") return formatText(format);
  // The HTML download is a whole document, not the bare fragment.
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : "";
  const dir = article.dir ? ` dir="${escapeHtml(article.dir)}"` : "";
  return `<!doctype html>\n<html${lang}${dir}>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(article.title ?? "Article")}</title>\n</head>\n<body>\n<article>\n${article.title ? `<h1>${escapeHtml(article.title)}</h1>\n` : ""}${article.html}\n</article>\n</body>\n</html>\n`;
}

document.addEventListener("click", async (event) => {
  const copy = event.target.closest("[data-copy]");
  const download = event.target.closest("[data-download]");
  if (!copy && !download) return;
  if (!state.result) {
    setStatus("Extract a page first.");
    return;
  }
  if (download) {
    const format = download.dataset.download;
    const blob = new Blob([downloadContent(format)], { type: `${FORMATS[format].type};charset=utf-8` });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = downloadName(format);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    setStatus(`Downloading ${link.download} (${formatBytes(blob.size)}).`);
    return;
  }
  const format = copy.dataset.copy;
  const text = formatText(format);
  try {
    await navigator.clipboard.writeText(text);
    setStatus(`Copied the ${FORMATS[format].name} to the clipboard (${formatCount(text.length)} characters).`);
    flash(copy, "Copied");
  } catch {
    // No clipboard access (an insecure origin, a denied permission): select
    // the text so that Ctrl+C copies it.
    const code = $(`out-${format}`);
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    setStatus(`This browser did not let the page copy: the ${FORMATS[format].name} is selected, press Ctrl+C (⌘C) to copy it.`);
  }
});

function flash(button, text) {
  const original = button.dataset.label ?? button.textContent;
  button.dataset.label = original;
  button.textContent = text;
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(setTimeout(() => (button.textContent = original), 1500));
}

// --- what was removed ------------------------------------------------------------

function renderLegend() {
  const { article } = state.result;
  el.legend.replaceChildren();
  el.blockList.replaceChildren();
  const removed = article.removed ?? [];
  el.blockCount.textContent = article.removed ? `(${formatCount(removed.length)})` : "";
  for (const { reason, count, label, color, about } of countReasons(removed)) {
    const item = document.createElement("li");
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "chip";
    chip.dataset.reason = reason;
    chip.title = `${about} Choose to go to the next one.`.trim();
    chip.setAttribute("aria-label", `${label}: ${count} block${count === 1 ? "" : "s"}. Go to the next one.`);
    chip.style.setProperty("--c", color);
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    const name = document.createElement("span");
    name.textContent = label;
    const number = document.createElement("span");
    number.className = "count";
    number.textContent = String(count);
    chip.append(swatch, name, number);
    chip.addEventListener("click", () => jumpToReason(reason));
    item.append(chip);
    el.legend.append(item);
  }
  // The list of blocks, in page order.
  const fragment = document.createDocumentFragment();
  removed.slice(0, 5000).forEach((block, index) => {
    const info = reasonInfo(block.reason);
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.index = String(index);
    button.style.setProperty("--c", info.color);
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    const reason = document.createElement("span");
    reason.className = "reason";
    reason.textContent = `${info.label} · ${formatCount(block.textLength)} chars`;
    const preview = document.createElement("span");
    preview.className = "preview";
    preview.textContent = block.preview || "(no text)";
    button.title = block.preview ? `${block.preview}\n${block.path}` : block.path;
    button.append(swatch, reason, preview);
    button.addEventListener("click", () => jumpToBlock(index));
    item.append(button);
    fragment.append(item);
  });
  el.blockList.append(fragment);
}

function coverRemoved(text, { button = null } = {}) {
  el.removedCover.hidden = false;
  el.removedCoverText.textContent = text;
  el.removedRender.hidden = !button;
  if (button) el.removedRender.textContent = button;
}

el.removedRender.addEventListener("click", () => {
  const result = state.result;
  if (!result) return;
  if (!result.options.explain) {
    $("explain").checked = true;
    runExtraction();
    return;
  }
  state.confirmedBig.add(result.id);
  ensureRemovedView();
});

function ensureRemovedView() {
  const result = state.result;
  if (!result) {
    coverRemoved("Extract a page to see what inti removed from it.");
    return;
  }
  if (!result.options.explain) {
    coverRemoved("“Explain what was removed” was off for this extraction.", { button: "Extract again with it on" });
    return;
  }
  if (state.removed?.id === result.id) return;
  if (result.stats.inputBytes > REMOVED_VIEW_CONFIRM_BYTES && !state.confirmedBig.has(result.id)) {
    coverRemoved(
      `This page is ${formatBytes(result.stats.inputBytes)}. Showing it with the removed blocks outlined takes a few seconds, during which this page may not respond.`,
      { button: "Show the page" },
    );
    return;
  }
  state.removed = { id: result.id, status: "building", url: null, blocks: [], pendingJump: null };
  coverRemoved("Preparing the page…");
  state.worker.postMessage({ type: "neutralize", id: result.id, source: result.source });
}

function showRemovedDocument(neutral) {
  const result = state.result;
  const started = performance.now();
  let built;
  try {
    built = buildRemovedDocument(neutral, result.article.removed ?? [], {
      pageUrl: result.article.url ?? result.article.canonicalUrl ?? null,
      frameCssUrl: FRAME_CSS.removed,
      origin: ORIGIN,
      title: result.article.title ?? "",
    });
  } catch (err) {
    removedFailed({ kind: "Internal", message: String(err?.message ?? err) });
    return;
  }
  if (state.removed.url) URL.revokeObjectURL(state.removed.url);
  const url = URL.createObjectURL(new Blob([built.html], { type: "text/html;charset=utf-8" }));
  Object.assign(state.removed, { status: "done", url, blocks: built.blocks });
  el.removedFrame.src = url;
  el.removedCover.hidden = true;
  for (const button of el.blockList.querySelectorAll("button[data-index]")) {
    const block = built.blocks[Number(button.dataset.index)];
    if (!block?.anchor) {
      button.disabled = true;
      button.title = `${button.title}\n(not shown: it has no visible place in the page)`;
    }
  }
  const total = built.blocks.length;
  const hiddenCount = total - built.located;
  panels.dataset.removedReady = String(result.id);
  el.removedFrame.dataset.resultId = String(result.id);
  setStatus(
    `The page with its ${formatCount(total)} removed block${total === 1 ? "" : "s"} outlined` +
      `${hiddenCount ? ` (${formatCount(hiddenCount)} with nothing to show, such as scripts)` : ""}; prepared in ${formatMs(neutral.ms + performance.now() - started)}.`,
  );
  const pending = state.removed.pendingJump;
  state.removed.pendingJump = null;
  if (pending !== null) jumpToBlock(pending);
}

function removedFailed(error) {
  state.removed = null;
  coverRemoved(`The page could not be shown: ${error.message}`);
}

function jumpToReason(reason) {
  const removed = state.result?.article.removed ?? [];
  const indexes = removed.map((block, index) => (block.reason === reason ? index : -1)).filter((i) => i >= 0);
  if (!indexes.length) return;
  const shown = state.removed?.status === "done" ? indexes.filter((i) => state.removed.blocks[i]?.anchor) : indexes;
  if (!shown.length) {
    setStatus(`None of the ${reasonInfo(reason).label} blocks has a visible place in the page (scripts, styles or head elements).`);
    return;
  }
  const position = ((state.reasonCursor.get(reason) ?? -1) + 1) % shown.length;
  state.reasonCursor.set(reason, position);
  jumpToBlock(shown[position], { position: position + 1, of: shown.length });
}

function jumpToBlock(index, { position, of } = {}) {
  const result = state.result;
  if (!result) return;
  if (state.removed?.id !== result.id || state.removed.status !== "done") {
    ensureRemovedView();
    if (state.removed?.id === result.id) state.removed.pendingJump = index;
    return;
  }
  const block = state.removed.blocks[index];
  if (!block?.anchor) return;
  const target = `${state.removed.url}#${encodeURIComponent(block.anchor)}`;
  // A fragment navigation of the frame: scrolls it to the block, which
  // :target then highlights. location.replace() keeps it out of the tab's
  // history; a parent may navigate its child frame whatever its origin.
  try {
    el.removedFrame.contentWindow.location.replace(target);
  } catch {
    el.removedFrame.src = target;
  }
  el.removedFrame.dataset.target = block.anchor;
  for (const button of el.blockList.querySelectorAll("button[aria-current]")) button.removeAttribute("aria-current");
  const button = el.blockList.querySelector(`button[data-index="${index}"]`);
  if (button) {
    button.setAttribute("aria-current", "true");
    button.scrollIntoView({ block: "nearest" });
  }
  const info = reasonInfo(result.article.removed[index].reason);
  const preview = result.article.removed[index].preview;
  setStatus(`${info.label}${position ? ` ${position} of ${of}` : ""}: ${preview ? `“${preview}”` : "(no text)"}`);
}

// --- start -----------------------------------------------------------------------

markState("idle");
startWorker();
loadExamples();
coverRemoved("Extract a page to see what inti removed from it.");
