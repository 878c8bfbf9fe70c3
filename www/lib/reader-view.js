// The reader view: the article as a reader would see it (site, title, byline,
// dates, lead image, body), as a document for the reader frame.
//
// The article HTML comes out of the engine's allowlist sanitizer. It is
// still shown only inside `<iframe sandbox>` (no scripts, opaque origin)
// with its own CSP, which allows images and the demo's stylesheet and
// nothing else. Links open in a new tab (`<base target="_blank">`, the
// frame's sandbox allows popups that escape it, so the linked site opens
// normally rather than sandboxed).

import { escapeHtml, formatArticleDate } from "./format.js";

/** How much article HTML the frame shows; the rest is in the downloads. */
export const READER_MAX_CHARS = 2_000_000;

function absoluteUrl(raw, base, schemes) {
  if (typeof raw !== "string" || !raw.trim()) return null;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// Path of an image address without its query ("?w=650&q=80" differs
// between the og:image and the article's <img> of the same picture).
function imageKey(raw) {
  try {
    const url = new URL(raw);
    return `${url.host}${url.pathname}`;
  } catch {
    return raw;
  }
}

/**
 * @param {object} article what `extract` returned
 * @param {object} options
 * @param {string} options.cssUrl absolute URL of frames/article.css
 * @param {string} options.origin the demo's origin (for the frame's CSP)
 * @param {"light"|"dark"} options.theme
 * @param {boolean} [options.leadImage] show article.image above the body
 *   (when the body does not already have it)
 * @returns {string} the frame's document
 */
export function buildReaderDocument(article, { cssUrl, origin, theme, leadImage = true }) {
  // Relative addresses (the engine resolves them when it has the page's URL)
  // are resolved against the canonical address, or dropped: resolved
  // against the demo they would only fetch errors from it.
  const base = absoluteUrl(article.url, null, ["http:", "https:"]) ??
    absoluteUrl(article.canonicalUrl, null, ["http:", "https:"]);

  let source = article.html ?? "";
  let truncated = false;
  if (source.length > READER_MAX_CHARS) {
    const cut = source.lastIndexOf("</p>", READER_MAX_CHARS);
    source = source.slice(0, cut > 0 ? cut + 4 : READER_MAX_CHARS);
    truncated = true;
  }
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${source}`, "text/html");
  for (const img of doc.querySelectorAll("img")) {
    const src = absoluteUrl(img.getAttribute("src"), base, ["http:", "https:", "data:"]);
    if (src && (!src.startsWith("data:") || /^data:image\//i.test(src))) img.setAttribute("src", src);
    else img.removeAttribute("src");
    if (img.hasAttribute("srcset")) img.removeAttribute("srcset");
    img.setAttribute("loading", "lazy");
  }
  for (const a of doc.querySelectorAll("a[href]")) {
    const raw = a.getAttribute("href");
    if (raw.startsWith("#")) {
      a.removeAttribute("href");
      continue;
    }
    const href = absoluteUrl(raw, base, ["http:", "https:", "mailto:"]);
    if (href) {
      a.setAttribute("href", href);
      a.setAttribute("rel", "noopener noreferrer");
    } else a.removeAttribute("href");
  }
  const bodyHtml = doc.body.innerHTML;

  const parts = [];
  if (article.siteName) parts.push(`<p class="site">${escapeHtml(article.siteName)}</p>`);
  parts.push(`<h1 class="title">${escapeHtml(article.title ?? "(no title found)")}</h1>`);
  const meta = [];
  if (article.byline) meta.push(`<span class="byline">${escapeHtml(article.byline)}</span>`);
  const published = formatArticleDate(article.published, article.lang);
  if (published) meta.push(`<time class="published" datetime="${escapeHtml(article.published)}">${escapeHtml(published)}</time>`);
  const modified = formatArticleDate(article.modified, article.lang);
  if (modified && article.modified?.slice(0, 10) !== article.published?.slice(0, 10)) {
    meta.push(`<span class="modified">updated <time datetime="${escapeHtml(article.modified)}">${escapeHtml(modified)}</time></span>`);
  }
  if (meta.length) parts.push(`<p class="meta">${meta.join('<span class="sep" aria-hidden="true"> · </span>')}</p>`);
  const head = `<header class="reader-head">${parts.join("")}</header>`;

  let lead = "";
  const image = absoluteUrl(article.image, base, ["http:", "https:"]);
  if (leadImage && image) {
    const key = imageKey(image);
    const inBody = [...doc.querySelectorAll("img[src]")].some((img) => imageKey(img.getAttribute("src")) === key);
    if (!inBody) lead = `<figure class="lead"><img src="${escapeHtml(image)}" alt=""></figure>`;
  }

  const body = bodyHtml.trim()
    ? bodyHtml
    : '<p class="empty">inti found no article text in this page.</p>';
  const more = truncated
    ? `<p class="truncated">The article is longer than the reader view shows (${Math.round((article.html.length / 1e6) * 10) / 10} million characters of HTML): download the HTML or the text for all of it.</p>`
    : "";

  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : "";
  const dir = article.dir ? ` dir="${escapeHtml(article.dir)}"` : "";
  const csp = `default-src 'none'; img-src * data:; style-src ${origin}; base-uri 'none'; form-action 'none'`;
  return (
    `<!doctype html><html${lang}${dir} data-theme="${theme === "dark" ? "dark" : "light"}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<base target="_blank">` +
    `<title>${escapeHtml(article.title ?? "Article")}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(cssUrl)}"></head>` +
    `<body><article class="reader">${head}${lead}<div class="body" data-inti-article>${body}</div>${more}</article></body></html>`
  );
}
