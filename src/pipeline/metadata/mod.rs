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
use html5ever::local_name;

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
    /// The first date shown in an element named as the publication date
    /// (see [`author_and_date_roles`]): the last resort for `published`,
    /// after the dateline next to the article ([`Metadata::finish_dates`]).
    pub(crate) visible_published: Option<String>,
}

/// Everything gathered from one walk over the document.
#[derive(Default)]
struct Raw {
    /// `<meta>` (name/property/itemprop/http-equiv lowercased, content).
    metas: Vec<(String, String)>,
    ld_scripts: Vec<String>,
    title: Option<String>,
    h1s: Vec<String>,
    /// The first `<h2>`'s text: a forum's topic title under a logo `<h1>`.
    first_h2: Option<String>,
    base_href: Option<String>,
    canonical: Option<String>,
    link_next: Option<String>,
    /// Elements marked as the author (rel=author, itemprop=author, byline classes).
    author_nodes: Vec<NodeId>,
    /// Names shown after a visible "By" label (see [`name_after_label`]).
    labelled_names: Vec<String>,
    /// The dates after a visible "published" and "last updated" label
    /// (see [`labelled_date`]).
    labelled_published: Option<String>,
    labelled_modified: Option<String>,
    /// `<time datetime>` and itemprop dates: (is published, value).
    time_values: Vec<(DateRole, String)>,
    /// Short visible texts of elements that show the publication date: a
    /// `<time>` without `datetime`, or a class/id such as `post-date`.
    date_texts: Vec<String>,
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
                .map(|(_, v)| clean_text(&decode_leftover_references(v)))
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
    modified_candidates.extend(raw.labelled_modified.clone());
    // A labelled date is visible text: the last of the machine sources.
    published_candidates.extend(raw.labelled_published.clone());
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
    // A page with no machine-readable date often still shows one ("Aug 04,
    // 2025" in a `<span class=post-date>`); kept for when the article's
    // own dateline gives nothing.
    md.visible_published = raw
        .date_texts
        .iter()
        .find_map(|t| dates::parse_human(t))
        .map(dates::DateTime::to_iso);

    // A byline or a publication date marks a story, whose visible headline
    // is its title (see [`story_headline`]).
    let is_story = md.byline.is_some() || md.published.is_some() || md.visible_published.is_some();
    md.title = choose_title(&raw, &ld, &meta, md.site_name.as_deref(), is_story);
    if md.site_name.is_none() {
        md.site_name = logo_in_title(&raw, md.title.as_deref());
    }

    // Language and direction.
    let html = dom.html;
    md.lang = html
        .and_then(|h| {
            dom.attr(h, local_name!("lang"))
                .or_else(|| dom.attr(h, local_name!("xml:lang")))
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
        .find_map(|n| {
            dom.attr(n, local_name!("dir"))
                .map(|d| d.trim().to_ascii_lowercase())
        })
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

    /// Settles the published date once the dateline next to the article has
    /// been looked for: without one, the date of an element named as the
    /// publication date anywhere in the page.
    pub(crate) fn finish_dates(&mut self) {
        if self.published.is_none() {
            self.published = self.visible_published.take();
        }
        // A page whose only date is its last update (a `<time
        // class=updated>` on a blog post, `dateModified` alone): that is
        // the best date there is for it.
        if self.published.is_none() {
            self.published = self.modified.clone();
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
    // The end of the nested review or comment the loop is in (see
    // `is_nested_post`): its author and date are not the page's.
    let mut nested_post_end = 0;
    for id in 0..dom.len() as NodeId {
        if id >= nested_post_end && is_nested_post(dom, id) {
            nested_post_end = dom.end(id);
        }
        let in_nested_post = id < nested_post_end;
        match dom.tag(id) {
            Tag::Meta => {
                let content = dom.attr(id, local_name!("content")).map(|s| s.to_string());
                let Some(content) = content else {
                    if let Some(charset) = dom.attr(id, local_name!("charset")) {
                        let _ = charset;
                    }
                    continue;
                };
                for key_attr in [
                    local_name!("property"),
                    local_name!("name"),
                    local_name!("itemprop"),
                    local_name!("http-equiv"),
                ] {
                    if let Some(key) = dom.attr(id, key_attr) {
                        // `property` may hold several space-separated names.
                        for key in key.split_ascii_whitespace() {
                            raw.metas.push((meta_key(key), content.clone()));
                        }
                    }
                }
            }
            Tag::Script if dom.is_json_ld(id) && raw.ld_scripts.len() < 20 => {
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
            // Other scripts hold no metadata we read.
            Tag::Script => {}
            Tag::Title if raw.title.is_none() && !in_svg(dom, id) => {
                let t = clean_text(&decode_leftover_references(&dom.collapsed_text(id)));
                if !t.is_empty() {
                    raw.title = Some(t);
                }
            }
            Tag::H1 if raw.h1s.len() < 5 => {
                // Without a documentation page's permalink mark
                // ("Installation¶").
                let t = clean_text(&dom.collapsed_text(id));
                let t = t.trim_end_matches(['¶', '🔗', '⚓']).trim_end().to_string();
                if !t.is_empty() {
                    raw.h1s.push(t);
                }
            }
            Tag::H2 if raw.first_h2.is_none() => {
                raw.first_h2 = Some(clean_text(&dom.collapsed_text(id)));
            }
            Tag::Base if raw.base_href.is_none() => {
                raw.base_href = dom
                    .attr(id, local_name!("href"))
                    .map(|s| s.trim().to_string());
            }
            Tag::Link => {
                let rel = dom
                    .attr(id, local_name!("rel"))
                    .map(|r| r.to_ascii_lowercase())
                    .unwrap_or_default();
                let href = dom
                    .attr(id, local_name!("href"))
                    .map(|s| s.trim().to_string());
                for token in rel.split_ascii_whitespace() {
                    match token {
                        "canonical" if raw.canonical.is_none() => raw.canonical = href.clone(),
                        "next" if raw.link_next.is_none() => raw.link_next = href.clone(),
                        _ => {}
                    }
                }
            }
            // A blank text node is no label: the index says so without
            // reading the text (most text nodes are indentation).
            Tag::Text
                if raw.labelled_names.len() < 3 && !dom.is_blank_text(id) && !in_nested_post =>
            {
                if let Some(name) = name_after_label(dom, id) {
                    raw.labelled_names.push(name);
                }
                match labelled_date(dom, id) {
                    Some((DateRole::Published, date)) if raw.labelled_published.is_none() => {
                        raw.labelled_published = Some(date)
                    }
                    Some((DateRole::Modified, date)) if raw.labelled_modified.is_none() => {
                        raw.labelled_modified = Some(date)
                    }
                    _ => {}
                }
            }
            Tag::Time if raw.time_values.len() < 20 && !in_nested_post => {
                if let Some(dt) = dom.attr(id, local_name!("datetime")).map(|s| s.to_string()) {
                    raw.time_values.push((date_role(dom, id), dt));
                } else if date_role(dom, id) != DateRole::Modified {
                    push_date_text(dom, id, &mut raw);
                }
            }
            tag if tag.is_element() && !in_nested_post => {
                if let Some(prop) = dom.attr(id, local_name!("itemprop")).map(|s| s.to_string()) {
                    let value = dom
                        .attr(id, local_name!("content"))
                        .or_else(|| dom.attr(id, local_name!("datetime")))
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
                let want_author = raw.author_nodes.len() < 10 && !tag.holds_no_text();
                let (author, date) = author_and_date_roles(dom, id, want_author);
                if author {
                    raw.author_nodes.push(id);
                }
                if date {
                    push_date_text(dom, id, &mut raw);
                }
            }
            _ => {}
        }
    }
    raw
}

/// Whether the element is a review or a comment nested in the page's item
/// as one of its properties (`itemprop="review"` in a shop's Product,
/// `itemprop="comment"` in a BlogPosting): the name and the date in it are
/// a customer's or a reader's, not the page's author and publication date.
/// A page that is itself a review declares it without `itemprop`.
fn is_nested_post(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, local_name!("itemprop")).is_some_and(|prop| {
        prop.split_ascii_whitespace().any(|p| {
            ["review", "reviews", "comment", "comments"]
                .iter()
                .any(|w| p.eq_ignore_ascii_case(w))
        })
    })
}

/// Keeps the text of a visible date element when it is short enough to be
/// a date line rather than a paragraph or a list of posts.
fn push_date_text(dom: &Dom, id: NodeId, raw: &mut Raw) {
    if raw.date_texts.len() >= 10 {
        return;
    }
    let text = dom.collapsed_text(id);
    let text = text.trim();
    if !text.is_empty() && text.chars().count() <= 80 {
        raw.date_texts.push(text.to_string());
    }
}

/// A `<meta>` name lowercased, with the RDFa spelling of Dublin Core
/// (`property="dc:title"`, `dcterms:creator`) made the same as the HTML one
/// (`name="DC.title"`).
fn meta_key(key: &str) -> String {
    let key = key.to_ascii_lowercase();
    for prefix in ["dc:", "dcterms:"] {
        if let Some(rest) = key.strip_prefix(prefix) {
            return format!("{}.{rest}", &prefix[..prefix.len() - 1]);
        }
    }
    key
}

fn in_svg(dom: &Dom, id: NodeId) -> bool {
    !dom.is_html_element(id)
}

/// Whether a `<time>` marks the publication (`pubdate`, itemprop, class).
fn date_role(dom: &Dom, id: NodeId) -> DateRole {
    if dom.has_attr(id, "pubdate") {
        return DateRole::Published;
    }
    let hints = [
        dom.attr(id, local_name!("itemprop")),
        dom.attr(id, local_name!("class")),
    ]
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

/// What an element's class, id and `rel` say of it, as (names the author,
/// shows the publication date):
///
/// * the author: `rel="author"`, or a class/id token `byline`, `author`
///   (and its translations), `writer`, `reporter`; asked only when
///   `want_author`;
/// * the publication date: a class/id token such as `date`, `post-date`,
///   `entry-date`, `published`, `pubdate`, `dateline`, `posted-on`, and
///   none that names the date of an update. Blog and CMS templates show
///   the date so without a machine-readable copy.
///
/// This runs on every element: the class and the id are looked up once and
/// scanned once for both questions (see [`class_words`]), and tokenized
/// only when a word of either list can be in them.
fn author_and_date_roles(dom: &Dom, id: NodeId, want_author: bool) -> (bool, bool) {
    let mut author = want_author
        && dom.attr(id, local_name!("rel")).is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        });
    let mut date = false;
    let mut modified = false;
    for attr in [local_name!("class"), local_name!("id")] {
        let Some(v) = dom.attr(id, attr) else {
            continue;
        };
        let words = class_words(&v);
        let look_author = want_author && !author && words.author;
        if !look_author && !words.date {
            continue;
        }
        crate::lexicon::classes::for_each_token(&v, |t| {
            if look_author
                && matches!(
                    t,
                    "byline"
                        | "author"
                        | "authors"
                        | "writer"
                        | "penulis"
                        | "autor"
                        | "auteur"
                        | "reporter"
                )
            {
                author = true;
            }
            if words.date {
                match t {
                    "date" | "pubdate" | "dateline" | "published" | "publish" | "posted"
                    | "postdate" | "entrydate" | "publishdate" | "publishedate" => date = true,
                    "updated" | "modified" | "update" => modified = true,
                    _ => {}
                }
            }
        });
    }
    (author, date && !modified)
}

/// Which of the word lists of [`author_and_date_roles`] a class or id can
/// hold a token of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ClassWords {
    /// The value contains `author`, `autor`, `auteur`, `byline`, `writer`,
    /// `penulis` or `reporter` in any ASCII case, or is not ASCII (tokens
    /// of an ASCII value are lowercased pieces of it, so each author word
    /// must appear in it; other values always go to the tokenizer).
    author: bool,
    /// The value contains `date`, `publish` or `posted` in any ASCII case
    /// (each date token holds one of them).
    date: bool,
}

/// The first letters of the words [`class_words`] looks for, in either
/// case, mapped to the lowercase letter; bytes outside ASCII to
/// [`NOT_ASCII`]; everything else to 0.
const CLASS_WORD_LEADS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let lower = (b as u8).to_ascii_lowercase();
        table[b] = if b >= 0x80 {
            NOT_ASCII
        } else if matches!(lower, b'a' | b'b' | b'w' | b'p' | b'r' | b'd') {
            lower
        } else {
            0
        };
        b += 1;
    }
    table
};

/// A byte outside ASCII in [`CLASS_WORD_LEADS`].
const NOT_ASCII: u8 = 1;

/// One pass over a class or id for both word lists of
/// [`author_and_date_roles`]: each byte is looked up in a table of the
/// words' first letters and the words are compared only there. The two
/// lists were two passes (one with a lowercasing and a jump per byte) over
/// every element's class and id, most of `gather`'s own time in the
/// profile.
fn class_words(value: &str) -> ClassWords {
    let bytes = value.as_bytes();
    let at = |i: usize, word: &[u8]| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let mut words = ClassWords {
        author: false,
        date: false,
    };
    for (i, &b) in bytes.iter().enumerate() {
        match CLASS_WORD_LEADS[usize::from(b)] {
            0 => continue,
            NOT_ASCII => words.author = true,
            b'a' => {
                words.author |= at(i, b"author") || at(i, b"autor") || at(i, b"auteur");
            }
            b'b' => words.author |= at(i, b"byline"),
            b'w' => words.author |= at(i, b"writer"),
            b'r' => words.author |= at(i, b"reporter"),
            b'p' => {
                words.author |= at(i, b"penulis");
                words.date |= at(i, b"publish") || at(i, b"posted");
            }
            b'd' => words.date |= at(i, b"date"),
            _ => {}
        }
        if words.author && words.date {
            break;
        }
    }
    words
}

/// Whitespace collapsed and trimmed.
pub(crate) fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::dom::push_collapsed(&mut out, text);
    out.trim().to_string()
}

/// Character references left in a value after parsing, decoded: a CMS that
/// escapes its fields twice writes `content="you&amp;#039;re"` or
/// `<title>Q&amp;amp;A</title>`, which the parser turns into the text
/// `you&#039;re`, and a reader must see "you're". Numeric references and
/// the named ones of HTML (with their semicolon: "AT&T" and "&copy 2024"
/// stay as written) are decoded; a number that names no character (0, a
/// surrogate, past U+10FFFF) becomes U+FFFD, as the HTML parser does.
/// Most values have no `&` and are returned as they are.
pub(crate) fn decode_leftover_references(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference_at(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The reference at the start of `text` (which starts with `&`): its
/// characters and its length in bytes, when it is a complete one.
fn reference_at(text: &str) -> Option<(String, usize)> {
    const MAX_NAME: usize = 40;
    let body = &text[1..];
    let end = body.bytes().take(MAX_NAME).position(|b| b == b';')?;
    let name = &body[..end];
    let len = end + 2;
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).unwrap_or(u32::MAX)
            }
            None if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => {
                number.parse::<u32>().unwrap_or(u32::MAX)
            }
            _ => return None,
        };
        let c = char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        return Some((c.to_string(), len));
    }
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let &(first, second) = html5ever::data::NAMED_ENTITIES.get(&text[1..len])?;
    let first = char::from_u32(first).filter(|&c| c != '\0')?;
    let mut decoded = first.to_string();
    decoded.extend(char::from_u32(second).filter(|&c| c != '\0'));
    Some((decoded, len))
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
    is_story: bool,
) -> Option<String> {
    let from_meta = meta(&[
        "og:title",
        "twitter:title",
        "dc.title",
        "parsely-title",
        "sailthru.title",
        "headline",
    ])
    .or_else(|| {
        ld.headline
            .clone()
            .filter(|headline| headline_agrees_with_page(headline, raw))
    })
    .or_else(|| ld.name.clone().filter(|_| ld.kind.is_some()));
    let title = from_meta
        .or_else(|| raw.title.clone())
        .or_else(|| raw.h1s.first().cloned())?;
    let title = strip_site_name(&title, site_name, raw);
    let title = visible_headline_within(&title, &raw.h1s, site_name).unwrap_or_else(|| {
        if is_first_h2(&title, raw) {
            title
        } else {
            cut_trailing_parts(&title)
        }
    });
    let title = if is_story {
        story_headline(&title, &raw.h1s, site_name).unwrap_or(title)
    } else {
        title
    };
    let title = continued_in_headline(&title, &raw.h1s).unwrap_or(title);
    (!title.is_empty()).then_some(title)
}

/// The page's first `<h1>` when it is the chosen title continued: the
/// meta title is a shortened form of the visible headline ("Best High
/// School Tutors in 2025" on a page headed "Best High School Tutors in 2025,
/// Reviewed by a Student"; "Roomba® j7+" on a product page headed "Roomba®
/// j7+ Self-Emptying Robot Vacuum"). Only a short `<h1>` (up to 12 words)
/// without a separator, a parenthesis or a colon counts: one with them
/// usually adds a section, a site or a tagline ("… | Top 19 Companies",
/// "… (latimes.com)"), which the reader does not take for the title.
fn continued_in_headline(title: &str, h1s: &[String]) -> Option<String> {
    const MAX_WORDS: usize = 12;
    let h1 = h1s.first()?;
    let (t, h) = (title_words(title), title_words(h1));
    let separated = [" | ", " – ", " — ", " - ", "(", ":"]
        .iter()
        .any(|sep| h1.contains(sep));
    let continued = !t.is_empty() && h.len() > t.len() && h.starts_with(&t);
    (continued && !separated && h.len() <= MAX_WORDS).then(|| h1.clone())
}

/// Whether a JSON-LD `headline` agrees with the page's `<title>` or first
/// `<h1>` (when it has either): it shares two of their words of three
/// letters or more, or all of them when they have fewer. Some sites fill
/// `headline` with something else: Wikipedia puts the subject's one-line
/// description there ("constitutional monarchy in Oceania" on the page
/// titled "New Zealand"; "matrix equal to its conjugate-transpose" on
/// "Hermitian matrix", one shared word out of two). A headline reworded for
/// sharing keeps more of the title than one word.
fn headline_agrees_with_page(headline: &str, raw: &Raw) -> bool {
    let page_titles: Vec<&String> = raw.title.iter().chain(raw.h1s.first()).collect();
    if page_titles.is_empty() {
        return true;
    }
    let significant = |s: &str| -> Vec<String> {
        title_words(s)
            .into_iter()
            .filter(|w| w.chars().count() >= 3)
            .collect()
    };
    let words = significant(headline);
    page_titles.iter().any(|t| {
        let page_words = significant(t);
        let shared = page_words.iter().filter(|w| words.contains(w)).count();
        shared >= 2 || (shared >= 1 && shared == page_words.len())
    })
}

/// Lowercase words of a text, split at anything not a letter or digit.
fn title_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// On a story (a page with a byline or a date), the headline the reader
/// sees in the first `<h1>` when the `og:title` or `<title>` is another
/// wording of it: publishers write a separate title for search engines and
/// sharing ("Best Tax Preparation Software" against the headline "The Best
/// Tax Prep Software of 2025"). The `<h1>` must share a word with the
/// meta title, so that a section heading or a logo ("Contact Us", "News")
/// is not taken, have 4 to 25 words, and not be the site's name. When one
/// contains the other, the separator rules have already chosen.
fn story_headline(title: &str, h1s: &[String], site_name: Option<&str>) -> Option<String> {
    use crate::pipeline::clean::comparable;
    let h1 = h1s.first()?;
    let h = title_words(h1);
    let t = title_words(title);
    if h.len() < 4 || h.len() > 25 || t.is_empty() || h == t {
        return None;
    }
    if site_name.is_some_and(|s| comparable(s) == comparable(h1)) {
        return None;
    }
    let contains = |long: &[String], short: &[String]| {
        short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
    };
    if contains(&h, &t) || contains(&t, &h) {
        return None;
    }
    let shared = h.iter().any(|w| w.chars().count() >= 3 && t.contains(w));
    shared.then(|| h1.clone())
}

/// The site's name when no tag gives it: an `<h1>` that is the end of the
/// `<title>`, cut at a separator, with the rest longer than it, and not
/// the headline chosen as the page's `title`. A forum, a small CMS puts
/// the site's name in an `<h1>` logo and after the headline in the title
/// ("Szarpie na wolnych obrotach – Astra H - Forum Garażowców" under
/// `<h1>Forum Garażowców</h1>`).
fn logo_in_title(raw: &Raw, headline: Option<&str>) -> Option<String> {
    use crate::pipeline::clean::comparable;
    let title = raw.title.as_deref()?;
    let headline = headline.map(comparable).unwrap_or_default();
    raw.h1s.iter().find_map(|h1| {
        let logo = comparable(h1);
        if logo.is_empty() || logo == headline {
            return None;
        }
        let at_end = |sep: &&str| {
            title.rsplit_once(*sep).is_some_and(|(rest, end)| {
                comparable(end) == logo && rest.trim().len() > end.trim().len()
            })
        };
        TITLE_SEPARATORS.iter().any(at_end).then(|| h1.clone())
    })
}

/// Whether the title, its site name removed, is the page's first `<h2>`
/// word for word: a forum's topic title under the board's logo `<h1>`
/// ("Szarpie na wolnych obrotach – Astra H 1.6" of "… – Astra H 1.6 -
/// Forum Garażowców"), whose own dash is not a separator.
fn is_first_h2(title: &str, raw: &Raw) -> bool {
    use crate::pipeline::clean::comparable;
    raw.first_h2
        .as_deref()
        .is_some_and(|h2| h2.contains(' ') && comparable(h2) == comparable(title))
}

/// A headline with trailing parts after a spaced pipe or en dash that no
/// other rule removed: a site, section or tagline ("Best free certificate
/// courses | Alison", "Hiking Boots | Shop | REI", "Lorem ipsum – My
/// website"). These two separators almost never sit inside a headline;
/// a hyphen often does ("Spider-Man - The Review"), so it is left alone.
/// The part kept must have at least two words.
fn cut_trailing_parts(title: &str) -> String {
    // A path after the headline: "Topic / Board / Site", as forum software
    // (FluxBB, PunBB) and some CMSs write their titles. Two or more spaced
    // slashes; a single one may sit inside a headline ("Either / Or").
    if title.matches(" / ").count() >= 2 {
        if let Some((head, _)) = title.split_once(" / ") {
            let head = head.trim();
            if head.split_whitespace().count() >= 2 {
                return head.to_string();
            }
        }
    }
    for sep in [" | ", " – "] {
        if let Some((head, _)) = title.split_once(sep) {
            let head = head.trim();
            if head.split_whitespace().count() >= 2 {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

/// The page's `<h1>` when the chosen title is that headline plus words
/// before or after it that no separator rule caught: a suffix such as
/// "Best Movers in NYC 2025 | Top 19 Companies", "Using promises -
/// JavaScript", "Zero Waste for Beginners Archives", or a prefix such as
/// "Amazon.com: Wireless Headphones…". The visible headline is what the
/// reader sees as the title. An `<h1>` that is only the site's name (a logo)
/// does not count.
fn visible_headline_within(title: &str, h1s: &[String], site_name: Option<&str>) -> Option<String> {
    use crate::pipeline::clean::comparable;
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let title_words = words(title);
    let site = site_name.map(comparable).unwrap_or_default();
    h1s.iter()
        .find(|h1| {
            let h = words(h1);
            !h.is_empty()
                && h.len() < title_words.len()
                && (title_words.starts_with(&h) || title_words.ends_with(&h))
                && comparable(h1) != site
        })
        .cloned()
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
        // site's logo: then it matches the shorter part. A page with a
        // logo `<h1>` and a headline `<h1>` (Sphinx's "SQLAlchemy 2.0
        // Documentation" above "ORM Quick Start") has the headline first
        // in the title.
        let words = |s: &str| s.split_whitespace().count();
        let shown = |part: &str| {
            let part = comparable(part);
            raw.h1s
                .iter()
                .any(|h1| is_same_headline(&part, &comparable(h1)))
        };
        if shown(head) {
            return head.to_string();
        }
        if shown(tail) {
            return if words(tail) >= words(head) {
                tail.to_string()
            } else {
                head.to_string()
            };
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
            // The page's language, when it says one.
            let english = dom
                .html
                .and_then(|h| dom.attr(h, local_name!("lang")))
                .is_none_or(|l| {
                    l.trim().is_empty() || l.trim().to_ascii_lowercase().starts_with("en")
                });
            return Some(join_names(&names, english));
        }
    }
    if let Some(m) = meta(&[
        "dc.creator",
        "dcterms.creator",
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "byl",
        "citation_author",
        "twitter:creator",
    ])
    .map(|a| clean_byline(&a))
    .filter(|a| {
        !a.is_empty()
            && !a.starts_with("http")
            && !a.starts_with('@')
            && a.chars().count() <= 100
            && !is_not_a_name(a)
    }) {
        return Some(m);
    }
    for &id in &raw.author_nodes {
        // The name inside an author block: itemprop=name, else its text.
        let name_node = (id..dom.end(id))
            .find(|&i| {
                dom.attr(i, local_name!("itemprop"))
                    .is_some_and(|p| p.trim() == "name")
            })
            .unwrap_or(id);
        let text = dom
            .attr(name_node, local_name!("content"))
            .map(|s| s.to_string())
            .unwrap_or_else(|| dom.text_by_elements(name_node));
        if let Some(name) = name_in_byline_text(&text) {
            return Some(name);
        }
    }
    // Three different names after labels are a list of posts, not a byline.
    let list_of_posts = raw.labelled_names.len() >= 3
        && raw.labelled_names[1..]
            .iter()
            .all(|n| n != &raw.labelled_names[0]);
    if let Some(name) = raw.labelled_names.first().filter(|_| !list_of_posts) {
        return Some(name.clone());
    }
    // Last, an organization credited as the author in JSON-LD.
    let orgs: Vec<&str> = ld.org_authors.iter().map(String::as_str).collect();
    (!orgs.is_empty()).then(|| orgs.join(", "))
}

/// The name in the visible text of a byline box, which often carries the
/// date and reading time too: "Jane Roe • Aug 28, 2025", "Dec. 19, 2025 ·
/// Jane Roe", "EcoFlow- 2025/4/29", "Written By: Jane Roe Last Updated:
/// August 1, 2025". The text is cut into parts at the usual separators;
/// the first part that still has a name once anything from its first number
/// on is dropped is the byline. A part that is only a label ("Author",
/// "By") or a date ("Dec. 19") gives nothing.
fn name_in_byline_text(text: &str) -> Option<String> {
    let text = clean_text(text);
    if text.chars().count() > 160 {
        return None;
    }
    for part in text.split(['•', '·', '|', '│', '»']) {
        let part = clean_byline(part);
        let name = match first_number(&part) {
            Some(at) => {
                let head = name_before_date(&part[..at]);
                if !head.is_empty() && is_byline_label(&head) {
                    // "Updated January 08, 2026 Meghan Neville": a label and
                    // a date, then the name.
                    clean_byline(after_date(&part[at..]))
                } else {
                    head
                }
            }
            None => part,
        };
        let name = strip_weekday(name.trim_matches(|c: char| !c.is_alphanumeric()));
        if name.is_empty()
            || name.chars().count() > 100
            || !name.chars().any(char::is_alphabetic)
            || is_byline_label(name)
            || is_not_a_name(name)
        {
            continue;
        }
        return Some(name.to_string());
    }
    None
}

/// The words that introduce an author's name in a byline, in the
/// languages the corpora show: "By Jane Roe", "Oleh Ani", "Von Max Muster".
const BYLINE_PREFIXES: &[&str] = &[
    "by",
    "oleh",
    "penulis",
    "von",
    "par",
    "por",
    "door",
    "av",
    "автор",
    "written by",
    "posted by",
    "post by",
    "article by",
    "authored by",
    "words by",
    "story by",
    "reporter",
    "di",
];

/// Labels of a page's publication line, lowercased (see [`UPDATE_LABELS`]).
const PUBLISH_LABELS: [&str; 9] = [
    "date published",
    "publication date",
    "data publikacji",
    "veröffentlicht am",
    "дата публикации",
    "ημερομηνία δημοσίευσης",
    "tanggal terbit",
    "发布时间",
    "发布日期",
];

/// Labels of a page's last-update line, lowercased, in the languages of
/// the corpora and of the hidden sets: documentation themes (MkDocs'
/// git-revision date, Sphinx's "last updated"), Poland's BIP record, news
/// and government pages.
const UPDATE_LABELS: [&str; 14] = [
    "last updated",
    "last modified",
    "page last updated",
    "zuletzt aktualisiert",
    "letzte aktualisierung",
    "последнее обновление",
    "обновлено",
    "data modyfikacji",
    "ostatnia aktualizacja",
    "τελευταία ενημέρωση",
    "terakhir diperbarui",
    "最后更新",
    "更新时间",
    "dernière mise à jour",
];

/// The date a short labelled line gives, as ISO text, and whether it is
/// the publication or the last update: a text node that starts with one
/// of [`PUBLISH_LABELS`] or [`UPDATE_LABELS`], read with the rest of its
/// element ("Последнее обновление: <span>14 марта 2024 г.</span>",
/// "Zuletzt aktualisiert am 18.04.2024.", a BIP record's row "Data
/// modyfikacji: | 05.02.2025"). The page's dates when its tags give
/// none.
fn labelled_date(dom: &Dom, text_node: NodeId) -> Option<(DateRole, String)> {
    const MAX_LINE_BYTES: usize = 160;
    let role = {
        let text = dom.text(text_node)?;
        let text = trim_whitespace(&text);
        if text.len() > MAX_LINE_BYTES {
            return None;
        }
        // Every short text of the page comes here: only one that starts
        // with a label's first letter is lowercased.
        let first = text.chars().next()?.to_lowercase().next()?;
        let begins = |l: &&str| l.starts_with(first);
        if !UPDATE_LABELS.iter().chain(&PUBLISH_LABELS).any(begins) {
            return None;
        }
        let lower = text.to_lowercase();
        let starts = |labels: &[&str]| labels.iter().any(|l| lower.starts_with(l));
        if starts(&UPDATE_LABELS) {
            DateRole::Modified
        } else if starts(&PUBLISH_LABELS) {
            DateRole::Published
        } else {
            return None;
        }
    };
    // A label in a table's or a list's cell: its row holds the date.
    let mut element = dom.parent(text_node);
    if matches!(dom.tag(element), Tag::Th | Tag::Td | Tag::Dt) {
        element = dom.parent(element);
    }
    let line = dom.collapsed_text(element);
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    dates::parse_human(&line).map(|d| (role, d.to_iso()))
}

/// The name after a byline label that stands alone, as templates print it:
/// `<span>By</span><span>Jane Roe</span>`, `<p>Written by</p><p>Jane
/// Roe</p>`, `By <a href="/people/jane">Jane Roe</a>`, for bylines whose
/// elements carry no author class. `text_node` is the label ("By", "Written
/// by:"); the name is the text of the next element beside it, or beside
/// its element when the label is that element's last text (up to two
/// levels up). The name must be short (at most five words), have no
/// digits and end the sentence, so that "By clicking", "By <b>far</b> the
/// best" or a date line is not taken.
fn name_after_label(dom: &Dom, text_node: NodeId) -> Option<String> {
    const MAX_NAME_WORDS: usize = 5;
    {
        let text = dom.text(text_node)?;
        let label = trim_whitespace(&text).trim_end_matches(':').trim_end();
        // Most text nodes of a page are long or empty: only a short label is
        // compared, and an ASCII one without a lowercased copy.
        let is_prefix = |label: &str| {
            if label.is_ascii() {
                BYLINE_PREFIXES
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(label))
            } else {
                BYLINE_PREFIXES.contains(&label.to_lowercase().as_str())
            }
        };
        if label.is_empty() || label.len() > 16 || !is_prefix(label) {
            return None;
        }
    }
    // The label starts its line: "1 point by user" and "squashed by git
    // rebase" are not bylines; nor is anything in code.
    let parent = dom.parent(text_node);
    let first_child = dom
        .children(parent)
        .find(|&c| dom.tag(c) != Tag::Comment && !dom.text(c).is_some_and(|t| t.trim().is_empty()));
    if first_child != Some(text_node) || matches!(dom.tag(parent), Tag::Code | Tag::Pre) {
        return None;
    }
    let mut node = text_node;
    for _ in 0..3 {
        if let Some(next) = next_element_sibling(dom, node) {
            let text = clean_text(&dom.text_by_elements(next));
            let words = text.split_whitespace().count();
            if words == 0
                || words > MAX_NAME_WORDS
                || text.chars().any(|c| c.is_ascii_digit())
                || !text.chars().next().is_some_and(char::is_alphabetic)
            {
                return None;
            }
            // "By <b>far</b> the best": the sentence goes on.
            let after = dom.end(next);
            let sentence_goes_on = after < dom.end(dom.parent(next))
                && dom.tag(after) == Tag::Text
                && dom
                    .text(after)
                    .and_then(|t| t.trim_start().chars().next())
                    .is_some_and(char::is_lowercase);
            if sentence_goes_on {
                return None;
            }
            return name_in_byline_text(&text);
        }
        node = dom.parent(node);
        if node == 0 || !dom.tag(node).is_element() {
            return None;
        }
    }
    None
}

/// `text.trim()`, with the ASCII whitespace at the ends stripped on bytes
/// (`str::trim` decodes each character): this runs on every text node of
/// the page, and most are indentation between tags, all whitespace.
fn trim_whitespace(text: &str) -> &str {
    // The ASCII characters `char::is_whitespace` accepts.
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    // The byte after the last non-space one is ASCII (or the end): a
    // character boundary.
    let end = bytes[start..]
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| start + i + 1);
    let trimmed = &text[start..end];
    let ascii_ends = |b: Option<&u8>| b.is_none_or(u8::is_ascii);
    if ascii_ends(trimmed.as_bytes().first()) && ascii_ends(trimmed.as_bytes().last()) {
        trimmed
    } else {
        // Other Unicode spaces (no-break, ideographic) at an end.
        trimmed.trim()
    }
}

/// The next sibling of `id` that is an element, past whitespace and
/// comments; `None` when text comes first or there is none.
fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent_end = dom.end(dom.parent(id));
    let mut next = dom.end(id);
    while next < parent_end {
        match dom.tag(next) {
            Tag::Comment => {}
            Tag::Text => {
                if !dom.text(next).is_some_and(|t| t.trim().is_empty()) {
                    return None;
                }
            }
            tag if tag.is_element() => return Some(next),
            _ => return None,
        }
        next = dom.end(next);
    }
    None
}

/// The text before a date with the date's month and weekday words dropped:
/// "Jane Roe Updated: August" gives "Jane Roe Updated".
fn name_before_date(head: &str) -> String {
    let mut head = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    loop {
        let last = head
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if last.is_empty() || !(dates::is_month_word(last) || dates::is_weekday_word(last)) {
            break;
        }
        head = head[..head.len() - last.len()].trim_end_matches(|c: char| !c.is_alphanumeric());
    }
    clean_byline(head)
}

/// What follows a date at the start of a text: "08, 2026 Meghan Neville"
/// gives "Meghan Neville". Numbers, month words and punctuation are skipped.
fn after_date(text: &str) -> &str {
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| !c.is_alphabetic());
        let word_end = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        let word = &trimmed[..word_end];
        let skipped_digits = trimmed.len() < rest.len();
        if !word.is_empty() && (dates::is_month_word(word) || dates::is_weekday_word(word)) {
            rest = &trimmed[word_end..];
        } else if skipped_digits || word.is_empty() {
            return trimmed;
        } else {
            return rest;
        }
    }
}

/// A trailing weekday or glued month: "BeauHD on Friday" gives "BeauHD",
/// "Post by galitsyn » Sat" leaves "Sat" to be dropped, "Luke KimDecember"
/// (two elements glued) gives "Luke Kim".
fn strip_weekday(name: &str) -> &str {
    let mut name = name;
    if let Some((head, last)) = name.rsplit_once(' ') {
        if dates::is_weekday_word(last) {
            name = head.trim_end();
            for on in [" on", " am", " le", " el"] {
                // The suffix compared as bytes of the name itself (a
                // lowercased copy can differ in length): the cut is then on
                // a character boundary.
                let cut = name.len().saturating_sub(on.len());
                if cut > 0
                    && name
                        .get(cut..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(on))
                {
                    name = name[..cut].trim_end();
                }
            }
        }
    }
    // A capitalised month glued to the end of a lowercase letter.
    let last_upper = name
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_uppercase())
        .map(|(i, _)| i);
    if let Some(at) = last_upper {
        let before = name[..at].chars().last();
        if at > 0 && before.is_some_and(char::is_lowercase) && dates::is_month_word(&name[at..]) {
            return name[..at].trim_end();
        }
    }
    name
}

/// Where the first number starts: a digit not glued to letters, so that
/// user names such as "LingoLover94" stay whole.
fn first_number(text: &str) -> Option<usize> {
    let mut previous = ' ';
    for (at, c) in text.char_indices() {
        if c.is_ascii_digit() && !previous.is_alphanumeric() {
            return Some(at);
        }
        previous = c;
    }
    None
}

/// Byline labels before a colon, lowercased: the name follows it.
/// (Their lowercase keeps the byte length, see [`clean_byline`].)
const BYLINE_LABELS: [&str; 6] = ["author", "autor", "auteur", "автор", "penulis", "by"];

/// A byline box's label without a name: "Author", "The Author", "By".
fn is_byline_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches(':').trim();
    matches!(
        lower,
        "by" | "author"
            | "authors"
            | "the author"
            | "about the author"
            | "written by"
            | "posted by"
            | "autor"
            | "auteur"
            | "penulis"
            | "oleh"
            | "von"
            | "автор"
            | "updated"
            | "last updated"
            | "published"
            | "aktualisiert"
            | "diperbarui"
            | "обновлено"
    )
}

/// Several authors as an English byline prints them: "Ann Lee and Bo
/// Park", "Ann Lee, Bo Park, and Cy Doe". A long list, or a page in another
/// language, gets commas only.
fn join_names(names: &[&str], english: bool) -> String {
    match names {
        [one] => one.to_string(),
        [a, b] if english => format!("{a} and {b}"),
        [a, b, c] if english => format!("{a}, {b}, and {c}"),
        _ => names.join(", "),
    }
}

/// Values in author fields that are no name: a numeric account id
/// (`twitter:creator` = "223509017"), a template placeholder
/// ("page.head.extra.author") or style rules.
fn is_not_a_name(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace())
        || text.contains(['{', '}'])
        || (!text.contains(' ') && text.matches('.').count() >= 3)
}

fn looks_like_org(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".com") || lower.starts_with("http")
}

/// "By Ann Lee and Bo Park" gives "Ann Lee and Bo Park".
pub(crate) fn clean_byline(text: &str) -> String {
    let text = clean_text(text);
    let lower = text.to_lowercase();
    for prefix in BYLINE_PREFIXES {
        // "By Jane Roe", "By: Jane Roe". The prefixes are ASCII or
        // Cyrillic, whose lowercase keeps the byte length, so the prefix
        // ends at the same byte in `text` as in `lower`.
        let rest = lower.strip_prefix(prefix).and_then(|r| {
            r.strip_prefix(' ')
                .or_else(|| r.strip_prefix(": "))
                .or_else(|| r.strip_prefix(':'))
        });
        if let Some(name) = rest.and_then(|r| text.get(lower.len() - r.len()..)) {
            return name.trim().to_string();
        }
    }
    // A label after a word or two of screen-reader text or an icon's name
    // ("Post autor: Nick", phpBB's "Post" beside its icon): the name is
    // what follows the label's colon.
    if let Some(colon) = lower.find(':') {
        let mut head = lower[..colon].split_whitespace().rev();
        let label = head.next().unwrap_or("");
        if head.count() <= 2 && BYLINE_LABELS.contains(&label) {
            if let Some(name) = text.get(colon + 1..) {
                return name.trim().to_string();
            }
        }
    }
    // Text joined from two elements without a space: "Written byJane Roe".
    for prefix in ["written by", "posted by"] {
        if lower.starts_with(prefix) {
            if let Some(rest) = text.get(prefix.len()..) {
                return rest.trim_start_matches(':').trim().to_string();
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;

    /// The one-pass scan against the rules it implements: each list's
    /// words searched in the lowercased value, and any value outside ASCII
    /// sent to the author tokenizer.
    #[test]
    fn class_words_agree_with_lowercased_contains() {
        for value in [
            "",
            "d",
            "dat",
            "DATE",
            "post-Date",
            "x-PUBLISHED",
            "Posted-on",
            "pos",
            "upd",
            "pDate",
            "ddate",
            "publis",
            "dateline é",
            "é-date",
            "Ｄate",
            "post",
            "entry-author",
            "AUTEUR",
            "autorx",
            "by-line",
            "BylineDate",
            "Writer",
            "penulis-date",
            "REPORTER",
            "report",
            "auth",
            "é",
            "wr",
        ] {
            let lower = value.to_ascii_lowercase();
            let has = |list: &[&str]| list.iter().any(|word| lower.contains(word));
            let expected = ClassWords {
                author: !value.is_ascii()
                    || has(&[
                        "author", "autor", "auteur", "byline", "writer", "penulis", "reporter",
                    ]),
                date: has(&["date", "publish", "posted"]),
            };
            assert_eq!(class_words(value), expected, "{value:?}");
        }
    }

    #[test]
    fn trim_whitespace_agrees_with_str_trim() {
        for text in [
            "",
            " ",
            "\n\t \x0B\x0C\r",
            " By ",
            "By:\n",
            "\u{a0}By\u{a0}",
            " \u{3000}par ",
            "é ",
            " é",
            "\u{1c}x\u{1f}",
            "a b",
        ] {
            assert_eq!(trim_whitespace(text), text.trim(), "{text:?}");
        }
    }

    fn md(html: &str) -> Metadata {
        let dom = parse(html);
        let mut m = read(
            &dom,
            &Options {
                url: Some("https://news.example.com/a/story".into()),
                ..Default::default()
            },
        );
        m.finish_dates();
        m
    }

    /// A shop's product with its customers' reviews marked up as the
    /// product's `review` property, and a blog post with a reader's
    /// `comment`: their authors and dates are not the page's.
    #[test]
    fn nested_reviews_and_comments_give_no_byline_or_date() {
        let product = md(
            "<body><div itemscope itemtype='https://schema.org/Product'><h1>Trail 38</h1>\
             <div itemprop=review itemscope itemtype='https://schema.org/Review'>\
             <time itemprop=datePublished datetime=2024-10-14>14.10.2024</time>\
             <p class=review-author itemprop=author>Markus aus Kempten</p><p>Great pack.</p></div></div></body>",
        );
        assert_eq!(product.byline, None);
        assert_eq!(product.published, None);
        let post = md(
            "<body><article itemscope itemtype='https://schema.org/BlogPosting'>\
             <span itemprop=author>Jane Roe</span><time itemprop=datePublished datetime=2024-03-01>1 March</time>\
             <div itemprop=comment itemscope><span itemprop=author>Troll</span>\
             <time itemprop=datePublished datetime=2024-03-09>9 March</time></div></article></body>",
        );
        assert_eq!(post.byline.as_deref(), Some("Jane Roe"));
        assert!(post
            .published
            .as_deref()
            .is_some_and(|d| d.starts_with("2024-03-01")));
    }

    #[test]
    fn open_graph_and_site_suffix() {
        let m = md("<head><title>Ferry sinks | Harbour Times</title><meta property=og:site_name content='Harbour Times'><meta name=description content='What happened.'></head><body><h1>Ferry sinks</h1></body>");
        assert_eq!(m.title.as_deref(), Some("Ferry sinks"));
        assert_eq!(m.site_name.as_deref(), Some("Harbour Times"));
        assert_eq!(m.description.as_deref(), Some("What happened."));
    }

    /// A forum's board name is its `<h1>` logo and the title's suffix; the
    /// topic's own dash, shown whole in the `<h2>`, is not a separator.
    #[test]
    fn forum_topic_title_under_a_logo_h1() {
        let m = md("<title>Szarpie na wolnych obrotach – Astra H 1.6 - Forum Garażowców</title>\
            <h1>Forum Garażowców</h1><h2 class=topic-title>Szarpie na wolnych obrotach – Astra H 1.6</h2>");
        assert_eq!(
            m.title.as_deref(),
            Some("Szarpie na wolnych obrotach – Astra H 1.6")
        );
        assert_eq!(m.site_name.as_deref(), Some("Forum Garażowców"));
        // Without the h2, the en dash is cut as before.
        let m = md(
            "<title>Szarpie na wolnych obrotach – Astra H 1.6 - Forum Garażowców</title>\
            <h1>Forum Garażowców</h1>",
        );
        assert_eq!(m.title.as_deref(), Some("Szarpie na wolnych obrotach"));
        // An h1 that is the headline is no logo.
        let m = md("<title>Ferry sinks - Harbour News Online</title><h1>Ferry sinks</h1>");
        assert_eq!(m.site_name, None);
    }

    /// Sphinx: a logo `<h1>` and the page's `<h1>` with its `¶` permalink;
    /// the title is the page's heading.
    #[test]
    fn docs_title_with_a_logo_h1_and_a_permalink() {
        let m = md(
            "<title>ORM Quick Start — SQLAlchemy 2.0 Documentation</title>\
            <h1><a href=/>SQLAlchemy 2.0 Documentation</a></h1>\
            <h1>ORM Quick Start<a class=headerlink href='#orm'>¶</a></h1>",
        );
        assert_eq!(m.title.as_deref(), Some("ORM Quick Start"));
        // The heading's own text, when it is the title taken.
        let m = md("<title>Docs: Using promises</title>\
            <h1>Using promises<a class=headerlink href='#promises'>¶</a></h1>");
        assert_eq!(m.title.as_deref(), Some("Using promises"));
    }

    /// Dates read from their visible labels when no tag gives them: a
    /// docs theme's footer line, a BIP record's rows; not from a sentence
    /// that merely starts like a label.
    #[test]
    fn dates_after_visible_labels() {
        let m = md("<p>Text.</p><footer><span>Zuletzt aktualisiert am 18.04.2024.</span></footer>");
        assert_eq!(m.modified.as_deref().map(|d| &d[..10]), Some("2024-04-18"));
        let m = md("<p>Text.</p><table>\
            <tr><th>Data publikacji:</th><td>12.03.2024</td></tr>\
            <tr><th>Data modyfikacji:</th><td>05.02.2025</td></tr></table>");
        assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(m.modified.as_deref().map(|d| &d[..10]), Some("2025-02-05"));
        let m = md("<p>Последнее обновление: <span class=rev>14 марта 2024 г.</span></p>");
        assert_eq!(m.modified.as_deref().map(|d| &d[..10]), Some("2024-03-14"));
        let long = "Last updated versions of the app ship every month, and the one of             12 March 2024 brought the new editor that the whole team had asked for since             the spring of the year before, with themes, plugins and a faster start.";
        let m = md(&format!("<p>{long}</p>"));
        assert_eq!(m.modified, None);
    }

    /// phpBB's post header: screen-reader text, then "autor:" and the name.
    #[test]
    fn byline_after_a_label_with_a_colon() {
        assert_eq!(
            clean_byline("Post autor: kierowca_z_radomia"),
            "kierowca_z_radomia"
        );
        assert_eq!(clean_byline("Author: Jane Roe"), "Jane Roe");
        // Not past a few words: a sentence that mentions an author.
        assert_eq!(
            clean_byline("Ask the store's author: Jane Roe"),
            "Ask the store's author: Jane Roe"
        );
    }

    #[test]
    fn title_suffix_without_site_name_uses_the_h1() {
        let m = md("<title>Ferry sinks off the coast - Harbour News Online</title><h1>Ferry sinks off the coast</h1>");
        assert_eq!(m.title.as_deref(), Some("Ferry sinks off the coast"));
    }

    #[test]
    fn title_is_the_h1_inside_a_longer_meta_title() {
        // A descriptive suffix the separator rules do not know as a site name.
        let m = md(
            "<meta property=og:title content='Using promises - JavaScript'><h1>Using promises</h1>",
        );
        assert_eq!(m.title.as_deref(), Some("Using promises"));
        // A shop's name in front.
        let m = md("<title>Amazon.com: Trail Shoes for Men</title><h1>Trail Shoes for Men</h1>");
        assert_eq!(m.title.as_deref(), Some("Trail Shoes for Men"));
        // A logo h1 with the site's name is not the headline.
        let m = md("<meta property=og:site_name content='Garden Club'><title>Garden Club news: roses in May</title><h1>Garden Club</h1>");
        assert_eq!(m.title.as_deref(), Some("Garden Club news: roses in May"));
        // An h1 with other words does not replace the title.
        let m = md("<title>Roses in May</title><h1>Roses in June</h1>");
        assert_eq!(m.title.as_deref(), Some("Roses in May"));
    }

    #[test]
    fn byline_after_a_label_element() {
        let m = md(
            "<h1>Solar panels</h1><div><span>By</span> <span>Daryl Austin</span></div><p>Text</p>",
        );
        assert_eq!(m.byline.as_deref(), Some("Daryl Austin"));
        let m = md("<div><p>Written by</p><p>Edzel Tabing</p></div>");
        assert_eq!(m.byline.as_deref(), Some("Edzel Tabing"));
        let m = md("<p>By <a href='/people/kim'>Kimber Streams</a></p>");
        assert_eq!(m.byline.as_deref(), Some("Kimber Streams"));
        // A label followed by a sentence, a date or nothing is no byline.
        let m = md("<p>By</p><p>clicking the button below you agree to our terms of use</p>");
        assert_eq!(m.byline, None);
        let m = md("<p>Posted by</p><p>March 3, 2025</p>");
        assert_eq!(m.byline, None);
        let m = md("<p>By <b>far</b> the best</p><p>By</p>");
        assert_eq!(m.byline, None);
    }

    #[test]
    fn references_escaped_twice_are_decoded_in_meta_values_and_the_title() {
        let m = md(
            r#"<title>Q&amp;amp;A: you&amp;#039;re in</title><meta name=description content="That&amp;#039;s &amp;quot;it&amp;quot; &amp;rsquo; &amp;#x1F62D; &amp;#128557; &amp;#xFFFFFFFF; &amp;#x0; &amp;#xg; AT&amp;T &amp;copy 2024 &amp;nosuch;">"#,
        );
        assert_eq!(m.title.as_deref(), Some("Q&A: you're in"));
        assert_eq!(
            m.description.as_deref(),
            Some("That's \"it\" \u{2019} 😭 😭 \u{FFFD} \u{FFFD} &#xg; AT&T &copy 2024 &nosuch;")
        );
        assert_eq!(decode_leftover_references("plain"), "plain");
        assert_eq!(decode_leftover_references("&"), "&");
        assert_eq!(decode_leftover_references("a &; b & c;"), "a &; b & c;");
    }

    #[test]
    fn json_ld_headline_unlike_the_page_title_is_not_the_title() {
        let m = md(
            r#"<title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}</script><h1>New Zealand</h1>"#,
        );
        assert_eq!(m.title.as_deref(), Some("New Zealand"));
        let m = md(
            r#"<title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script><h1>Hermitian matrix</h1>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Hermitian matrix"));
        let m = md(
            r#"<title>Ferry sinks | Harbour Times</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry sinks off the coast"}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Ferry sinks off the coast"));
    }

    #[test]
    fn title_continued_in_the_h1() {
        let m = md("<meta property=og:title content='Best Tutors in 2025'><h1>Best Tutors in 2025, Reviewed by a Student</h1>");
        assert_eq!(
            m.title.as_deref(),
            Some("Best Tutors in 2025, Reviewed by a Student")
        );
        // An h1 that adds a section or a site after a separator is not taken.
        let m = md("<meta property=og:title content='Best Movers in NYC'><h1>Best Movers in NYC | Top 19 Companies</h1>");
        assert_eq!(m.title.as_deref(), Some("Best Movers in NYC"));
        // Nor one that does not start with the title.
        let m = md("<meta property=og:title content='Roomba j7'><h1>The new Roomba j7 robot</h1>");
        assert_eq!(m.title.as_deref(), Some("Roomba j7"));
    }

    #[test]
    fn story_title_is_the_visible_headline() {
        // A story (it has a date) whose og:title is an SEO rewording.
        let m = md("<meta property=og:title content='Best Tax Preparation Software | Tax Mag'><meta property=article:published_time content='2025-01-02'><h1>The Best Tax Prep Software of 2025</h1>");
        assert_eq!(
            m.title.as_deref(),
            Some("The Best Tax Prep Software of 2025")
        );
        // Not on a page without byline or date (a product or a service page
        // whose h1 is a slogan).
        let m = md("<meta property=og:title content='Best Tax Preparation Software'><h1>The Best Tax Prep Software of 2025</h1>");
        assert_eq!(m.title.as_deref(), Some("Best Tax Preparation Software"));
        // An h1 sharing no word with the title is some other heading.
        let m = md("<meta name=author content='Ann Lee'><title>Ferry sinks off the coast</title><h1>Latest news from our region</h1>");
        assert_eq!(m.title.as_deref(), Some("Ferry sinks off the coast"));
    }

    #[test]
    fn visible_date_when_no_machine_date() {
        // A blog template that shows the date only as text.
        let m = md("<body><h1>Ten trends</h1><span class='post-date'>Aug 04, 2025</span><p>Text</p></body>");
        assert_eq!(m.published.as_deref(), Some("2025-08-04"));
        let m = md("<body><time>12 Juni 2025</time></body>");
        assert_eq!(m.published.as_deref(), Some("2025-06-12"));
        // An update date is not the publication date, but the page's only
        // date stands for it.
        let m = md("<body><span class='date updated'>Aug 04, 2025</span></body>");
        assert_eq!(m.published, None);
        let m = md("<body><time class=updated datetime='2021-09-09T07:00:15+00:00'>September 9, 2021</time><span class=date>Aug 04, 2025</span></body>");
        assert_eq!(m.published.as_deref(), Some("2025-08-04"));
        let m = md("<body><time class=updated datetime='2021-09-09T07:00:15+00:00'>September 9, 2021</time></body>");
        assert_eq!(m.published.as_deref(), Some("2021-09-09T07:00:15Z"));
        // A machine-readable date wins.
        let m = md("<meta property=article:published_time content='2025-08-01'><span class=date>Aug 04, 2025</span>");
        assert_eq!(m.published.as_deref(), Some("2025-08-01"));
        // The dateline next to the article wins over a dated element
        // elsewhere (a sidebar's latest post).
        let dom = parse("<aside><span class=date>Aug 04, 2025</span></aside>");
        let mut m = read(&dom, &Options::default());
        assert!(m.use_visible_date("13 Jun 2023"));
        m.finish_dates();
        assert_eq!(m.published.as_deref(), Some("2023-06-13"));
    }

    #[test]
    fn dublin_core_in_rdfa_spelling() {
        let m = md("<title>Title Element</title><meta property='dc:title' content='My title'><meta property='dc:creator' content='Ann Lee'>");
        assert_eq!(m.title.as_deref(), Some("My title"));
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn trailing_parts_after_a_pipe_or_en_dash() {
        let m = md("<title>Best free certificate courses | Alison</title>");
        assert_eq!(m.title.as_deref(), Some("Best free certificate courses"));
        let m = md("<title>Lorem ipsum dolor – My website</title>");
        assert_eq!(m.title.as_deref(), Some("Lorem ipsum dolor"));
        // A one-word head is more likely the site: left as it is.
        let m = md("<title>Docs | Getting started</title>");
        assert_eq!(m.title.as_deref(), Some("Docs | Getting started"));
        // A hyphen is left alone.
        let m = md("<title>Spider-Man - The Review</title>");
        assert_eq!(m.title.as_deref(), Some("Spider-Man - The Review"));
        // A forum's path after the topic; one slash stays.
        let m = md("<title>What happened with the ISO in 2024 / Arch Discussion / Arch Linux Forums</title>");
        assert_eq!(
            m.title.as_deref(),
            Some("What happened with the ISO in 2024")
        );
        let m = md("<title>Either / Or, a review</title>");
        assert_eq!(m.title.as_deref(), Some("Either / Or, a review"));
    }

    #[test]
    fn person_on_the_page_before_organization_in_json_ld() {
        let ld = r#"<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Health Clinic"}}</script>"#;
        let m = md(&format!("{ld}<span class=author>Holly Roe</span>"));
        assert_eq!(m.byline.as_deref(), Some("Holly Roe"));
        let m = md(ld);
        assert_eq!(m.byline.as_deref(), Some("Health Clinic"));
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
    fn byline_box_with_date_and_labels() {
        let name = |html: &str| md(html).byline;
        // Date and reading time after the name.
        assert_eq!(
            name("<div class=author>Jane Roe • Aug 28, 2025 • 5 min read</div>").as_deref(),
            Some("Jane Roe")
        );
        // Date first.
        assert_eq!(
            name("<div class=byline>Dec. 19, 2025 · Jane Roe</div>").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            name("<div class=author>EcoFlow- 2025/4/29</div>").as_deref(),
            Some("EcoFlow")
        );
        assert_eq!(
            name("<div class=author>Written byJane Roe</div>").as_deref(),
            Some("Jane Roe")
        );
        // The date goes; a label before it may stay ("Jane Roe Updated").
        let got = name("<div class=author>Written By: Jane Roe Updated: August 1, 2025</div>");
        assert!(got.is_some_and(|n| n.starts_with("Jane Roe") && !n.contains("August")));
        // A user name with digits stays whole.
        assert_eq!(
            name("<div class=author>LingoLover94</div>").as_deref(),
            Some("LingoLover94")
        );
        // Only a date, or only a label: the next author element.
        assert_eq!(
            name("<span class=author>August 28, 2025 • 5 min read</span><span class=byline>By</span><a rel=author>Jane Roe</a>").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            name("<h4 class=author>The Author</h4><p class=author><span itemprop=name>Jane Roe</span></p>").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn byline_pieces_labels_and_ids() {
        let name = |html: &str| md(html).byline;
        // Name and date in two elements with no space between them.
        assert_eq!(
            name("<div class=author><p>Luke Kim</p><small>December 17, 2025</small></div>")
                .as_deref(),
            Some("Luke Kim")
        );
        // A label and a date before the name.
        assert_eq!(
            name("<div class=author>Updated <span>January 08, 2026</span> <a>Meghan Neville</a></div>").as_deref(),
            Some("Meghan Neville")
        );
        // A forum post's author line with its weekday.
        assert_eq!(
            name("<p class=author>Post by changingtimes » Sat Feb 23, 2019 4:11 pm</p>").as_deref(),
            Some("changingtimes")
        );
        assert_eq!(
            name("<span class=byline>BeauHD on Friday</span>").as_deref(),
            Some("BeauHD")
        );
        assert_eq!(
            name("<div class=byline>Article by: Cara Dumaplin</div>").as_deref(),
            Some("Cara Dumaplin")
        );
        // A numeric account id or a template placeholder is no name.
        assert_eq!(
            name("<meta name=twitter:creator content='223509017'>"),
            None
        );
        assert_eq!(
            name("<meta name=author content='page.head.extra.author'>"),
            None
        );
        // A stylesheet whose id names the author block is not a byline.
        assert_eq!(
            name("<style id=co-authors-plus-css>.author{display:inline}</style>"),
            None
        );
    }

    #[test]
    fn several_authors_joined_as_a_byline_prints_them() {
        let ld = |names: &str| {
            format!(
                r#"<script type="application/ld+json">{{"@type":"Article","author":[{names}]}}</script>"#
            )
        };
        let two = ld(r#"{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Park"}"#);
        assert_eq!(md(&two).byline.as_deref(), Some("Ann Lee and Bo Park"));
        let three = ld(
            r#"{"@type":"Person","name":"A B"},{"@type":"Person","name":"C D"},{"@type":"Person","name":"E F"}"#,
        );
        assert_eq!(md(&three).byline.as_deref(), Some("A B, C D, and E F"));
        // Another language: commas only.
        let de = format!("<html lang=de>{two}");
        assert_eq!(md(&de).byline.as_deref(), Some("Ann Lee, Bo Park"));
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
