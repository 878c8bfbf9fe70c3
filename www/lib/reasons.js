// Why inti removes a block: the `reason` values of `article.removed`, in the
// order the engine declares them (src/article.rs, `Reason`), with the label,
// colour and one-line explanation the demo shows for each. The removed view's
// outlines, its legend and its list all take their colours from here.
//
// The engine may learn new reasons (the Rust enum is non-exhaustive): an
// unknown one is shown with its own name and the fallback colour.

/** @type {Record<string, {label: string, color: string, about: string}>} */
export const REASONS = {
  ad: { label: "ad", color: "#d7263d", about: "An ad slot or its label (“ADVERTISEMENT”)." },
  promo: { label: "promo", color: "#e8590c", about: "A promotion: “read also”, “watch also”, awards, app and subscription pitches." },
  video: { label: "video", color: "#9c36b5", about: "A video embed or its placeholder." },
  navigation: { label: "navigation", color: "#1c7ed6", about: "Site navigation, menus, breadcrumbs." },
  header: { label: "header", color: "#1971c2", about: "The page header: site banner, masthead." },
  footer: { label: "footer", color: "#5c6b7a", about: "The page or article footer." },
  sidebar: { label: "sidebar", color: "#3b5bdb", about: "Sidebars and complementary content." },
  "related-links": { label: "related links", color: "#c2255c", about: "Related, recommended and most-popular lists." },
  comments: { label: "comments", color: "#0c8599", about: "Comments and comment forms." },
  share: { label: "share", color: "#1098ad", about: "Share and follow buttons." },
  newsletter: { label: "newsletter", color: "#d9a400", about: "Newsletter sign-up boxes." },
  cookie: { label: "cookie", color: "#8d6e63", about: "Cookie and consent banners, modal overlays." },
  tags: { label: "tags", color: "#5c940d", about: "Tag and category lists." },
  pagination: { label: "pagination", color: "#6741d9", about: "Pagination notes and page counters." },
  byline: { label: "byline", color: "#a6677a", about: "Author bios and bylines, datelines (kept as metadata)." },
  title: { label: "title", color: "#7048a8", about: "The headline repeated in the body (kept as metadata)." },
  caption: { label: "caption", color: "#a0522d", about: "Photo captions and credits (when captions are not kept)." },
  form: { label: "form", color: "#4c6ef5", about: "Forms and form controls." },
  script: { label: "script", color: "#495057", about: "Scripts, styles, templates and other non-content markup." },
  hidden: { label: "hidden", color: "#868e96", about: "Hidden elements (shown here so you can see them)." },
  embed: { label: "embed", color: "#ae3ec9", about: "Embedded frames, objects and media players." },
  "low-text-density": { label: "low text density", color: "#e67700", about: "A block outside the article with little prose in it." },
  "high-link-density": { label: "high link density", color: "#e03131", about: "A block that is mostly links." },
  duplicate: { label: "duplicate", color: "#2b8a3e", about: "A block repeated elsewhere in the article." },
  "outside-content": { label: "outside content", color: "#748ffc", about: "Outside the main content block that was selected." },
};

const FALLBACK_COLOR = "#868e96";

/** The display data of a reason, also for a reason this table does not know. */
export function reasonInfo(reason) {
  const known = Object.hasOwn(REASONS, reason) ? REASONS[reason] : null;
  return known ?? { label: String(reason).replace(/-/g, " "), color: FALLBACK_COLOR, about: "" };
}

/** Whether a reason name is safe to use inside a CSS attribute selector and
 * an HTML attribute (the engine's names are kebab-case ASCII). */
export function isPlainReason(reason) {
  return typeof reason === "string" && /^[a-z][a-z0-9-]{0,40}$/.test(reason);
}

/** The reasons of `removed`, counted, in the table's order (unknown ones
 * last): [{reason, count, label, color, about}]. */
export function countReasons(removed) {
  const counts = new Map();
  for (const block of removed) counts.set(block.reason, (counts.get(block.reason) ?? 0) + 1);
  const order = Object.keys(REASONS);
  return [...counts.entries()]
    .sort(([a], [b]) => {
      const ia = order.indexOf(a), ib = order.indexOf(b);
      return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
    })
    .map(([reason, count]) => ({ reason, count, ...reasonInfo(reason) }));
}
