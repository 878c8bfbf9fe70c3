// The inti demo: runs the WebAssembly build of the engine in the page.
// www/pkg/ is made by the wasm build (scripts/demo or scripts/test).

const $ = (id) => document.getElementById(id);

const form = $("input");
const htmlInput = $("html");
const urlInput = $("url");
const extractButton = $("extract");
const status = $("status");
const errorBox = $("error");

// The stylesheet of the article frame, absolute because the frame's document
// is an about:srcdoc one.
const ARTICLE_CSS = new URL("article.css", document.baseURI).href;

let inti = null;

async function load() {
  try {
    inti = await import("./pkg/inti.js");
    await inti.default();
  } catch (err) {
    status.textContent = "";
    showError(
      "Could not load the WebAssembly module (./pkg/inti.js). Build it with ./scripts/demo.",
      err,
    );
    return;
  }
  $("version").textContent = `v${inti.version()}`;
  status.textContent = "Ready.";
  extractButton.disabled = false;
}

function showError(message, err) {
  errorBox.textContent = err ? `${message} (${err.kind ? `${err.kind}: ` : ""}${err.message ?? err})` : message;
  errorBox.hidden = false;
}

function escapeAttr(value) {
  return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

// The document shown in the sandboxed frame: the article HTML with its
// language and direction, and the article stylesheet.
function articleDocument(article) {
  const lang = article.lang ? ` lang="${escapeAttr(article.lang)}"` : "";
  const dir = article.dir ? ` dir="${escapeAttr(article.dir)}"` : "";
  return `<!doctype html><html${lang}${dir}><head><meta charset="utf-8">` +
    `<link rel="stylesheet" href="${escapeAttr(ARTICLE_CSS)}"></head>` +
    `<body>${article.html}</body></html>`;
}

function show(article, millis) {
  $("title").textContent = article.title ?? "(no title found)";
  const meta = [
    article.byline,
    article.siteName,
    article.published,
    `${article.wordCount} words`,
    article.readerable ? "readerable" : "not readerable",
    `strategy: ${article.strategy}`,
  ].filter(Boolean);
  $("meta").textContent = meta.join(" · ");
  $("article").srcdoc = articleDocument(article);
  $("text").textContent = article.text;
  $("markdown").textContent = article.markdown;
  $("output").hidden = false;
  status.textContent = `Extracted in ${millis.toFixed(1)} ms.`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!inti) return;
  errorBox.hidden = true;
  const url = urlInput.value.trim();
  const options = url ? { url } : undefined;
  const start = performance.now();
  let article;
  try {
    article = inti.extract(htmlInput.value, options);
  } catch (err) {
    status.textContent = "";
    showError("Extraction failed", err);
    return;
  }
  show(article, performance.now() - start);
});

$("sample").addEventListener("click", async () => {
  try {
    const response = await fetch("sample.html");
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    htmlInput.value = await response.text();
    urlInput.value = "https://harbour-times.example/news/a-day-at-sea";
  } catch (err) {
    showError("Could not load the sample page", err);
  }
});

load();
