//! Metadata: title, byline, dates, language, site, description, lead image,
//! canonical address and next page.
//!
//! Sources, best first: JSON-LD (schema.org), OpenGraph and other `<meta>`
//! tags (Dublin Core, Twitter, Parse.ly, news CMS conventions), the document
//! itself (`<title>`, `<html lang>`, `<link rel>`, `<time>`), and visible
//! bylines and datelines near the article.

pub(crate) mod dates;
mod jsonld;
pub(crate) mod paging;

use crate::dom::{Dom, NodeId, Tag};
use crate::url::{safe_url, BaseUrl, UrlUse};
use crate::Options;

/// What the page says about itself.
#[derive(Debug, Default, Clone)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub canonical_url: Option<String>,
    pub next_page: Option<String>,
    /// The base for relative addresses: the `url` option with the page's
    /// `<base href>` applied.
    pub base: Option<BaseUrl>,
    /// Dates with an offset seen anywhere, to complete an offset-less one.
    pub(crate) offset_hints: Vec<dates::DateTime>,
}

/// Everything gathered from one walk over the document.
#[derive(Default)]
struct Raw {
    /// `<meta>` (name/property/itemprop/http-equiv lowercased, content).
    metas: Vec<(String, String)>,
    ld_scripts: Vec<String>,
    title: Option<String>,
    h1s: Vec<String>,
    base_href: Option<String>,
    canonical: Option<String>,
    link_next: Option<String>,
    /// Elements marked as the author (rel=author, itemprop=author, byline classes).
    author_nodes: Vec<NodeId>,
    /// `<time datetime>` and itemprop dates: (is published, value).
    time_values: Vec<(DateRole, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum DateRole {
    Published,
    Modified,
    Unknown,
}

/// Reads the metadata of the page.
pub(crate) fn read(dom: &Dom, options: &Options) -> Metadata {
    let raw = gather(dom);
    let ld = jsonld::read(&raw.ld_scripts);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            raw.metas
                .iter()
                .find(|(name, value)| name == k && !value.trim().is_empty())
                .map(|(_, v)| clean_text(v))
        })
    };
    let mut md = Metadata::default();

    // Base URL: the option, then <base href> on top of it.
    let option_base = options
        .url
        .as_deref()
        .filter(|u| !u.trim().is_empty())
        .and_then(BaseUrl::parse);
    md.base = match (&option_base, &raw.base_href) {
        (Some(b), Some(href)) => BaseUrl::parse(&b.resolve(href)).or(option_base.clone()),
        (None, Some(href)) => BaseUrl::parse(href),
        (b, None) => b.clone(),
    };

    md.site_name = meta(&[
        "og:site_name",
        "application-name",
        "al:android:app_name",
        "twitter:app:name:iphone",
    ])
    .or_else(|| ld.publisher.clone())
    .filter(|s| s.chars().count() <= 100);

    md.title = choose_title(&raw, &ld, &meta, md.site_name.as_deref());

    md.byline = byline_from_sources(dom, &raw, &ld, &meta);

    // Dates.
    let published_meta = [
        "article:published_time",
        "og:article:published_time",
        "published_time",
        "article.published",
        "datepublished",
        "publishdate",
        "publish-date",
        "publish_date",
        "pubdate",
        "date.issued",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date.created",
        "dcterms.created",
        "parsely-pub-date",
        "sailthru.date",
        "article:published",
        "originalpublicationdate",
        "content_publishdate",
        "publication_date",
        "release_date",
        "date",
        "dc.date",
        "dcterms.date",
        "created",
        "og:published_time",
        "cxenseparse:recs:publishtime",
    ];
    let modified_meta = [
        "article:modified_time",
        "og:updated_time",
        "article:modified",
        "datemodified",
        "dc.date.modified",
        "dcterms.modified",
        "last-modified",
        "lastmod",
        "modified_time",
        "updated_time",
    ];
    let mut published_candidates: Vec<String> = Vec::new();
    published_candidates.extend(ld.published.clone());
    published_candidates.extend(published_meta.iter().filter_map(|k| meta(&[k])));
    published_candidates.extend(
        raw.time_values
            .iter()
            .filter(|(r, _)| *r == DateRole::Published)
            .map(|(_, v)| v.clone()),
    );
    published_candidates.extend(
        raw.time_values
            .iter()
            .filter(|(r, _)| *r == DateRole::Unknown)
            .map(|(_, v)| v.clone()),
    );
    let mut modified_candidates: Vec<String> = Vec::new();
    modified_candidates.extend(ld.modified.clone());
    modified_candidates.extend(modified_meta.iter().filter_map(|k| meta(&[k])));
    modified_candidates.extend(
        raw.time_values
            .iter()
            .filter(|(r, _)| *r == DateRole::Modified)
            .map(|(_, v)| v.clone()),
    );
    let parsed_published: Vec<dates::DateTime> = published_candidates
        .iter()
        .filter_map(|v| dates::parse_machine(v))
        .collect();
    let parsed_modified: Vec<dates::DateTime> = modified_candidates
        .iter()
        .filter_map(|v| dates::parse_machine(v))
        .collect();
    md.offset_hints = parsed_published
        .iter()
        .chain(parsed_modified.iter())
        .filter(|d| d.offset.is_some())
        .copied()
        .collect();
    md.published = parsed_published
        .first()
        .map(|d| md.complete_offset(*d).to_iso());
    md.modified = parsed_modified
        .first()
        .map(|d| md.complete_offset(*d).to_iso());

    // Language and direction.
    let html = dom.html;
    md.lang = html
        .and_then(|h| {
            dom.attr(h, "lang")
                .or_else(|| dom.attr(h, "xml:lang"))
                .map(|s| s.trim().to_string())
        })
        .filter(|s| !s.is_empty())
        .or_else(|| meta(&["content-language", "language", "dc.language", "og:locale"]))
        .or_else(|| ld.language.clone())
        .map(|l| l.replace('_', "-"))
        .filter(|l| l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    md.dir = [html, Some(dom.body)]
        .into_iter()
        .flatten()
        .find_map(|n| dom.attr(n, "dir").map(|d| d.trim().to_ascii_lowercase()))
        .filter(|d| d == "rtl" || d == "ltr");

    md.description = meta(&[
        "og:description",
        "description",
        "twitter:description",
        "dc.description",
    ])
    .or_else(|| ld.description.clone())
    .filter(|d| !d.is_empty());

    let base = md.base.clone();
    md.image = meta(&[
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ])
    .or_else(|| ld.image.clone())
    .and_then(|u| safe_url(&u, base.as_ref(), UrlUse::Image))
    .filter(|u| !u.starts_with("data:"));
    md.canonical_url = raw
        .canonical
        .clone()
        .or_else(|| meta(&["og:url"]))
        .and_then(|u| safe_url(&u, base.as_ref(), UrlUse::Link));
    md.next_page = paging::next_page(dom, raw.link_next.as_deref(), base.as_ref());
    md
}

impl Metadata {
    /// Gives an offset-less date-time the offset of another source that
    /// names the same moment with one.
    fn complete_offset(&self, d: dates::DateTime) -> dates::DateTime {
        if d.offset.is_some() || d.time.is_none() {
            return d;
        }
        let same = self.offset_hints.iter().find(|h| {
            (h.year, h.month, h.day) == (d.year, d.month, d.day)
                && h.time.map(|(hh, mm, _)| (hh, mm)) == d.time.map(|(hh, mm, _)| (hh, mm))
        });
        match same {
            Some(h) => dates::DateTime {
                offset: h.offset,
                ..d
            },
            None => d,
        }
    }

    /// Fills the published date from a visible dateline when no machine
    /// source gave one, or completes its offset from it.
    pub(crate) fn use_visible_date(&mut self, text: &str) -> bool {
        let Some(found) = dates::parse_human(text) else {
            return false;
        };
        match &self.published {
            None => {
                self.published = Some(found.to_iso());
                true
            }
            Some(current) => {
                if found.offset.is_some() {
                    self.offset_hints.push(found);
                    if let Some(parsed) = dates::parse_machine(current) {
                        let completed = self.complete_offset(parsed).to_iso();
                        self.published = Some(completed);
                    }
                }
                false
            }
        }
    }
}

fn gather(dom: &Dom) -> Raw {
    let mut raw = Raw::default();
    for id in 0..dom.len() as NodeId {
        match dom.tag(id) {
            Tag::Meta => {
                let content = dom.attr(id, "content").map(|s| s.to_string());
                let Some(content) = content else {
                    if let Some(charset) = dom.attr(id, "charset") {
                        let _ = charset;
                    }
                    continue;
                };
                for key_attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(key) = dom.attr(id, key_attr) {
                        // `property` may hold several space-separated names.
                        for key in key.split_ascii_whitespace() {
                            raw.metas.push((key.to_ascii_lowercase(), content.clone()));
                        }
                    }
                }
            }
            Tag::Script => {
                let is_ld = dom
                    .attr(id, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld && raw.ld_scripts.len() < 20 {
                    let mut text = String::new();
                    for child in dom.children(id) {
                        if let Some(t) = dom.text(child) {
                            text.push_str(&t);
                        }
                    }
                    if text.len() < 2_000_000 {
                        raw.ld_scripts.push(text);
                    }
                }
            }
            Tag::Title if raw.title.is_none() && !in_svg(dom, id) => {
                let t = clean_text(&dom.collapsed_text(id));
                if !t.is_empty() {
                    raw.title = Some(t);
                }
            }
            Tag::H1 if raw.h1s.len() < 5 => {
                let t = clean_text(&dom.collapsed_text(id));
                if !t.is_empty() {
                    raw.h1s.push(t);
                }
            }
            Tag::Base if raw.base_href.is_none() => {
                raw.base_href = dom.attr(id, "href").map(|s| s.trim().to_string());
            }
            Tag::Link => {
                let rel = dom
                    .attr(id, "rel")
                    .map(|r| r.to_ascii_lowercase())
                    .unwrap_or_default();
                let href = dom.attr(id, "href").map(|s| s.trim().to_string());
                for token in rel.split_ascii_whitespace() {
                    match token {
                        "canonical" if raw.canonical.is_none() => raw.canonical = href.clone(),
                        "next" if raw.link_next.is_none() => raw.link_next = href.clone(),
                        _ => {}
                    }
                }
            }
            Tag::Time if raw.time_values.len() < 20 => {
                if let Some(dt) = dom.attr(id, "datetime").map(|s| s.to_string()) {
                    raw.time_values.push((date_role(dom, id), dt));
                }
            }
            tag if tag.is_element() => {
                if let Some(prop) = dom.attr(id, "itemprop").map(|s| s.to_string()) {
                    let value = dom
                        .attr(id, "content")
                        .or_else(|| dom.attr(id, "datetime"))
                        .map(|s| s.to_string());
                    if prop.contains("datePublished") || prop.contains("dateCreated") {
                        if let Some(v) = value.or_else(|| Some(dom.collapsed_text(id))) {
                            raw.time_values.push((DateRole::Published, v));
                        }
                    } else if prop.contains("dateModified") {
                        if let Some(v) = value.or_else(|| Some(dom.collapsed_text(id))) {
                            raw.time_values.push((DateRole::Modified, v));
                        }
                    } else if prop
                        .split_ascii_whitespace()
                        .any(|p| p == "author" || p == "creator")
                    {
                        raw.author_nodes.push(id);
                    }
                }
                if raw.author_nodes.len() < 10 && is_author_node(dom, id) {
                    raw.author_nodes.push(id);
                }
            }
            _ => {}
        }
    }
    raw
}

fn in_svg(dom: &Dom, id: NodeId) -> bool {
    !dom.is_html_element(id)
}

/// Whether a `<time>` marks the publication (`pubdate`, itemprop, class).
fn date_role(dom: &Dom, id: NodeId) -> DateRole {
    if dom.has_attr(id, "pubdate") {
        return DateRole::Published;
    }
    let hints = [dom.attr(id, "itemprop"), dom.attr(id, "class")]
        .into_iter()
        .flatten()
        .map(|s| s.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    if hints.contains("modified") || hints.contains("updated") {
        DateRole::Modified
    } else if hints.contains("publish") || hints.contains("created") || hints.contains("posted") {
        DateRole::Published
    } else {
        DateRole::Unknown
    }
}

/// Elements that name the author: `rel="author"`, or a class/id token
/// `byline`/`author`.
fn is_author_node(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "rel").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("author"))
    }) {
        return true;
    }
    let mut found = false;
    for attr in ["class", "id"] {
        if let Some(v) = dom.attr(id, attr) {
            if !may_name_author(&v) {
                continue;
            }
            crate::lexicon::classes::for_each_token(&v, |t| {
                if matches!(
                    t,
                    "byline"
                        | "author"
                        | "authors"
                        | "writer"
                        | "penulis"
                        | "autor"
                        | "auteur"
                        | "reporter"
                ) {
                    found = true;
                }
            });
        }
    }
    found
}

/// False when no token of a class or id can be one of the author words
/// of [`is_author_node`]: tokens of an ASCII value are pieces of it,
/// lowercased, so each word must appear in it (ignoring ASCII case). This
/// runs on every element; tokenizing every class was 3% of the extraction
/// time in the profile. Non-ASCII values always go to the tokenizer.
fn may_name_author(value: &str) -> bool {
    if !value.is_ascii() {
        return true;
    }
    let bytes = value.as_bytes();
    let at = |i: usize, word: &[u8]| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    // One pass, dispatching on the first letter of each word.
    (0..bytes.len()).any(|i| match bytes[i].to_ascii_lowercase() {
        b'a' => at(i, b"author") || at(i, b"autor") || at(i, b"auteur"),
        b'b' => at(i, b"byline"),
        b'w' => at(i, b"writer"),
        b'p' => at(i, b"penulis"),
        b'r' => at(i, b"reporter"),
        _ => false,
    })
}

/// Whitespace collapsed and trimmed.
pub(crate) fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::dom::push_collapsed(&mut out, text);
    out.trim().to_string()
}

/// Separators between a headline and the site name in `<title>`s.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", " : ", " ~ ", "｜", " │ ", "_",
    "|", " -- ",
];

fn choose_title(
    raw: &Raw,
    ld: &jsonld::JsonLd,
    meta: &dyn Fn(&[&str]) -> Option<String>,
    site_name: Option<&str>,
) -> Option<String> {
    let from_meta = meta(&[
        "og:title",
        "twitter:title",
        "dc.title",
        "parsely-title",
        "sailthru.title",
        "headline",
    ])
    .or_else(|| ld.headline.clone())
    .or_else(|| ld.name.clone().filter(|_| ld.kind.is_some()));
    let title = from_meta
        .or_else(|| raw.title.clone())
        .or_else(|| raw.h1s.first().cloned())?;
    let title = strip_site_name(&title, site_name, raw);
    (!title.is_empty()).then_some(title)
}

/// Removes a site name from either end of a headline ("Title | Site",
/// "Site: Title"): a part that is the site name, or, when the headline
/// matches the page's `<h1>`, whatever is around it.
fn strip_site_name(title: &str, site_name: Option<&str>, raw: &Raw) -> String {
    use crate::pipeline::clean::{comparable, is_same_headline};
    let title = title.trim();
    for h1 in &raw.h1s {
        let h = comparable(h1);
        if h == comparable(title) {
            return title.to_string();
        }
    }
    for sep in TITLE_SEPARATORS {
        let Some((head, tail)) = title.rsplit_once(sep).or_else(|| title.split_once(sep)) else {
            continue;
        };
        let (head, tail) = (head.trim(), tail.trim());
        if let Some(site) = site_name {
            let site = comparable(site);
            if !site.is_empty() {
                if comparable(tail) == site
                    || (site.contains(&comparable(tail)) && comparable(tail).len() >= 3)
                {
                    return head.to_string();
                }
                if comparable(head) == site {
                    return tail.to_string();
                }
            }
        }
        // The h1 shows which part is the headline, unless the h1 is the
        // site's logo: then it matches the shorter part.
        let words = |s: &str| s.split_whitespace().count();
        for h1 in &raw.h1s {
            let h = comparable(h1);
            if is_same_headline(&comparable(head), &h) {
                return head.to_string();
            }
            if is_same_headline(&comparable(tail), &h) {
                return if words(tail) >= words(head) {
                    tail.to_string()
                } else {
                    head.to_string()
                };
            }
        }
    }
    title.to_string()
}

fn byline_from_sources(
    dom: &Dom,
    raw: &Raw,
    ld: &jsonld::JsonLd,
    meta: &dyn Fn(&[&str]) -> Option<String>,
) -> Option<String> {
    if !ld.authors.is_empty() {
        let names: Vec<&str> = ld
            .authors
            .iter()
            .map(String::as_str)
            .filter(|n| !looks_like_org(n))
            .collect();
        if !names.is_empty() {
            return Some(names.join(", "));
        }
    }
    if let Some(m) = meta(&[
        "author",
        "article:author",
        "dc.creator",
        "dcterms.creator",
        "parsely-author",
        "sailthru.author",
        "byl",
        "citation_author",
        "twitter:creator",
    ])
    .map(|a| clean_byline(&a))
    .filter(|a| {
        !a.is_empty() && !a.starts_with("http") && !a.starts_with('@') && a.chars().count() <= 100
    }) {
        return Some(m);
    }
    for &id in &raw.author_nodes {
        // The name inside an author block: itemprop=name, else its text.
        let name_node = (id..dom.end(id))
            .find(|&i| dom.attr(i, "itemprop").is_some_and(|p| p.trim() == "name"))
            .unwrap_or(id);
        let text = dom
            .attr(name_node, "content")
            .map(|s| s.to_string())
            .unwrap_or_else(|| dom.collapsed_text(name_node));
        let text = clean_byline(&text);
        if !text.is_empty() && text.chars().count() <= 100 && text.chars().any(char::is_alphabetic)
        {
            return Some(text);
        }
    }
    None
}

fn looks_like_org(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".com") || lower.starts_with("http")
}

/// "By Ann Lee and Bo Park" gives "Ann Lee and Bo Park".
pub(crate) fn clean_byline(text: &str) -> String {
    let text = clean_text(text);
    let lower = text.to_lowercase();
    for prefix in [
        "by ",
        "by: ",
        "oleh ",
        "oleh: ",
        "penulis: ",
        "penulis ",
        "von ",
        "par ",
        "por ",
        "di ",
        "door ",
        "av ",
        "автор: ",
        "автор ",
        "written by ",
        "posted by ",
        "reporter: ",
    ] {
        if lower.starts_with(prefix) {
            return text[prefix.len()..].trim().to_string();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;

    fn md(html: &str) -> Metadata {
        let dom = parse(html);
        read(
            &dom,
            &Options {
                url: Some("https://news.example.com/a/story".into()),
                ..Default::default()
            },
        )
    }

    #[test]
    fn open_graph_and_site_suffix() {
        let m = md("<head><title>Ferry sinks | Harbour Times</title><meta property=og:site_name content='Harbour Times'><meta name=description content='What happened.'></head><body><h1>Ferry sinks</h1></body>");
        assert_eq!(m.title.as_deref(), Some("Ferry sinks"));
        assert_eq!(m.site_name.as_deref(), Some("Harbour Times"));
        assert_eq!(m.description.as_deref(), Some("What happened."));
    }

    #[test]
    fn title_suffix_without_site_name_uses_the_h1() {
        let m = md("<title>Ferry sinks off the coast - Harbour News Online</title><h1>Ferry sinks off the coast</h1>");
        assert_eq!(m.title.as_deref(), Some("Ferry sinks off the coast"));
    }

    #[test]
    fn dates_and_offsets() {
        let m = md("<meta name=publishdate content='2023/06/13 12:57:46'><body><time datetime='2023-06-13T12:57:46+07:00'>x</time></body>");
        assert_eq!(m.published.as_deref(), Some("2023-06-13T12:57:46+07:00"));
    }

    #[test]
    fn byline_from_meta_and_dom() {
        let m = md("<meta name=author content='By Ann Lee'>");
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
        let m =
            md("<body><span class='byline'>By <a rel=author href=/ann>Ann Lee</a></span></body>");
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn language_direction_and_urls() {
        let m = md("<html lang=ar dir=rtl><head><base href='/base/'><link rel=canonical href='story'><meta property=og:image content='/i.jpg'></head></html>");
        assert_eq!(m.lang.as_deref(), Some("ar"));
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://news.example.com/base/story")
        );
        assert_eq!(m.image.as_deref(), Some("https://news.example.com/i.jpg"));
    }

    #[test]
    fn visible_dateline_fills_the_date() {
        let mut m = md("<p>x</p>");
        assert!(m.use_visible_date("Selasa, 13 Jun 2023 12:57 WIB"));
        assert_eq!(m.published.as_deref(), Some("2023-06-13T12:57:00+07:00"));
    }
}
