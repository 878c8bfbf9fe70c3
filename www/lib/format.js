// Small formatting helpers of the demo: sizes, durations, dates, file names,
// HTML escaping.

/** `text` with &, <, > and quotes escaped, safe in HTML text and in a
 * double- or single-quoted attribute value. */
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "980 B", "18.3 KB", "20.0 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "0.4 ms", "12 ms", "1.52 s". */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** 12345 → "12,345" (in the page's locale, English). */
export function formatCount(n) {
  return Number(n).toLocaleString("en");
}

/** The number of UTF-8 bytes of a string, without allocating them. */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// Languages whose word count is a count of characters (the engine counts
// each CJK character as a word), read at about 500 characters a minute.
const CJK = /^(zh|ja|ko)\b/i;

/** Reading time in whole minutes (at least 1 for a non-empty article):
 * 230 words a minute, or 500 characters for Chinese, Japanese and Korean. */
export function readingMinutes(wordCount, lang) {
  if (!wordCount) return 0;
  const perMinute = lang && CJK.test(lang) ? 500 : 230;
  return Math.max(1, Math.round(wordCount / perMinute));
}

/**
 * A date of the article ("2023-06-13T12:57:46+07:00", "2024-05-14") for a
 * reader: "13 June 2023, 12:57 (UTC+07:00)". The time is shown as the page
 * gives it, in its own zone, not converted to the reader's. Returns null
 * when the value is not an ISO date.
 */
export function formatArticleDate(iso, locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    String(iso ?? "").trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, , zone] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0)));
  if (Number.isNaN(date.getTime())) return null;
  let format;
  try {
    format = new Intl.DateTimeFormat(locale || "en", {
      dateStyle: "long",
      ...(h !== undefined ? { timeStyle: "short", hourCycle: "h23" } : {}),
      timeZone: "UTC",
    });
  } catch {
    format = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
  }
  let text = format.format(date);
  if (h !== undefined && zone) {
    text += zone === "Z" ? " (UTC)" : ` (UTC${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone})`;
  }
  return text;
}

/** A file name stem from a title or a file name: "as-khawatir-korut-akan". */
export function slugify(text, fallback = "article") {
  const slug = String(text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,5}$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
