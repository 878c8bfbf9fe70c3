//! Whole-page fixtures: realistic pages with a spec of what must and must not
//! be extracted from them.
//!
//! Each fixture is two files in `tests/fixtures/`: `<name>.html` (the page)
//! and `<name>.expect.json` (the spec). The format is described in
//! `tests/fixtures/README.md`. Every fixture gets its own `#[test]` (listed in
//! the `fixtures!` invocation at the bottom), so a failure names the page; the
//! failure message lists every expectation that did not hold, with the
//! relevant part of the output.
//!
//! Run one page with `cargo test --test fixtures -- --exact seed_detik`
//! (without `--exact`, every page whose name contains the filter runs).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

// ---------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------

/// How a metadata field (`title`, `published`, ...) must look.
#[derive(Debug)]
enum FieldExpect {
    /// `null` in the spec: the field must be `None`.
    Absent,
    /// A string in the spec: the field must be exactly this.
    Equals(String),
    /// An object in the spec: the field must be present and satisfy every
    /// given condition.
    Match {
        equals: Option<String>,
        contains: Vec<String>,
        not_contains: Vec<String>,
        starts_with: Option<String>,
        ends_with: Option<String>,
        one_of: Vec<String>,
    },
}

impl FieldExpect {
    /// The expectation in words, for failure messages.
    fn describe(&self) -> String {
        match self {
            FieldExpect::Absent => "None".into(),
            FieldExpect::Equals(s) => format!("{s:?}"),
            FieldExpect::Match {
                equals,
                contains,
                not_contains,
                starts_with,
                ends_with,
                one_of,
            } => {
                let mut parts = Vec::new();
                if let Some(s) = equals {
                    parts.push(format!("equal to {s:?}"));
                }
                for s in contains {
                    parts.push(format!("containing {s:?}"));
                }
                for s in not_contains {
                    parts.push(format!("not containing {s:?}"));
                }
                if let Some(s) = starts_with {
                    parts.push(format!("starting with {s:?}"));
                }
                if let Some(s) = ends_with {
                    parts.push(format!("ending with {s:?}"));
                }
                if !one_of.is_empty() {
                    parts.push(format!("one of {one_of:?}"));
                }
                format!("a value {}", parts.join(", "))
            }
        }
    }
}

/// Metadata fields that take a [`FieldExpect`], with a getter for each.
/// (`url` is not one: in a spec it is the base URL given to the engine.)
type Getter = fn(&inti::Article) -> Option<&str>;

const META_FIELDS: &[(&str, Getter)] = &[
    ("title", |a| a.title.as_deref()),
    ("byline", |a| a.byline.as_deref()),
    ("published", |a| a.published.as_deref()),
    ("modified", |a| a.modified.as_deref()),
    ("lang", |a| a.lang.as_deref()),
    ("dir", |a| a.dir.as_deref()),
    ("site_name", |a| a.site_name.as_deref()),
    ("excerpt", |a| a.excerpt.as_deref()),
    ("image", |a| a.image.as_deref()),
    ("canonical_url", |a| a.canonical_url.as_deref()),
    ("next_page", |a| a.next_page.as_deref()),
];

/// Keys that take a list of strings.
const LIST_FIELDS: &[&str] = &[
    "must_contain",
    "must_not_contain",
    "text_in_order",
    "text_must_contain_exact",
    "html_must_contain",
    "html_must_not_contain",
    "markdown_must_contain",
    "markdown_must_not_contain",
];

/// Keys that are documentation only.
const COMMENT_FIELDS: &[&str] = &["description", "notes"];

#[derive(Debug, Default)]
struct Spec {
    /// Base URL passed as `Options::url`.
    url: Option<String>,
    /// Further options, as the camelCase JSON `Options` accepts.
    options: Option<Value>,
    text_starts_with: Option<String>,
    text_ends_with: Option<String>,
    /// Key -> list, for every key of `LIST_FIELDS` present.
    lists: Vec<(String, Vec<String>)>,
    /// Key -> expectation, for every key of `META_FIELDS` present.
    meta: Vec<(String, FieldExpect)>,
    readerable: Option<bool>,
    strategy: Option<String>,
    min_words: Option<usize>,
    max_words: Option<usize>,
}

impl Spec {
    fn list(&self, key: &str) -> &[String] {
        self.lists
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }
}

fn as_string(key: &str, v: &Value) -> Result<String, String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("`{key}` must be a string, got {v}"))
}

fn as_string_list(key: &str, v: &Value) -> Result<Vec<String>, String> {
    let items = v
        .as_array()
        .ok_or_else(|| format!("`{key}` must be a list of strings, got {v}"))?;
    let out = items
        .iter()
        .map(|item| as_string(key, item))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(empty) = out.iter().find(|s| s.trim().is_empty()) {
        return Err(format!("`{key}` has an empty string {empty:?}"));
    }
    Ok(out)
}

fn as_usize(key: &str, v: &Value) -> Result<usize, String> {
    v.as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("`{key}` must be a non-negative integer, got {v}"))
}

fn parse_field_expect(key: &str, v: &Value) -> Result<FieldExpect, String> {
    match v {
        Value::Null => Ok(FieldExpect::Absent),
        Value::String(s) => Ok(FieldExpect::Equals(s.clone())),
        Value::Object(map) => {
            let mut equals = None;
            let mut contains = Vec::new();
            let mut not_contains = Vec::new();
            let mut starts_with = None;
            let mut ends_with = None;
            let mut one_of = Vec::new();
            for (k, val) in map {
                let name = format!("{key}.{k}");
                match k.as_str() {
                    "equals" => equals = Some(as_string(&name, val)?),
                    "contains" => {
                        contains = match val {
                            Value::String(s) => vec![s.clone()],
                            _ => as_string_list(&name, val)?,
                        }
                    }
                    "not_contains" => {
                        not_contains = match val {
                            Value::String(s) => vec![s.clone()],
                            _ => as_string_list(&name, val)?,
                        }
                    }
                    "starts_with" => starts_with = Some(as_string(&name, val)?),
                    "ends_with" => ends_with = Some(as_string(&name, val)?),
                    "one_of" => one_of = as_string_list(&name, val)?,
                    _ => {
                        return Err(format!(
                            "unknown condition `{name}` (known: equals, contains, \
                             not_contains, starts_with, ends_with, one_of)"
                        ))
                    }
                }
            }
            Ok(FieldExpect::Match {
                equals,
                contains,
                not_contains,
                starts_with,
                ends_with,
                one_of,
            })
        }
        _ => Err(format!(
            "`{key}` must be null, a string or an object of conditions, got {v}"
        )),
    }
}

fn parse_spec(json: &str) -> Result<Spec, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("invalid JSON: {e}"))?;
    let map: &Map<String, Value> = root.as_object().ok_or("the spec must be a JSON object")?;
    let mut spec = Spec::default();
    for (key, v) in map {
        let k = key.as_str();
        if COMMENT_FIELDS.contains(&k) {
            continue;
        } else if LIST_FIELDS.contains(&k) {
            spec.lists.push((key.clone(), as_string_list(k, v)?));
        } else if META_FIELDS.iter().any(|(name, _)| *name == k) {
            spec.meta.push((key.clone(), parse_field_expect(k, v)?));
        } else {
            match k {
                "url" => spec.url = Some(as_string(k, v)?),
                "options" => {
                    if !v.is_object() {
                        return Err(format!("`options` must be an object, got {v}"));
                    }
                    spec.options = Some(v.clone());
                }
                "text_starts_with" => spec.text_starts_with = Some(as_string(k, v)?),
                "text_ends_with" => spec.text_ends_with = Some(as_string(k, v)?),
                "readerable" => {
                    spec.readerable = Some(
                        v.as_bool()
                            .ok_or_else(|| format!("`readerable` must be a boolean, got {v}"))?,
                    )
                }
                "strategy" => spec.strategy = Some(as_string(k, v)?),
                "min_words" => spec.min_words = Some(as_usize(k, v)?),
                "max_words" => spec.max_words = Some(as_usize(k, v)?),
                _ => {
                    return Err(format!(
                        "unknown key `{key}` (see tests/fixtures/README.md)"
                    ))
                }
            }
        }
    }
    Ok(spec)
}

fn build_options(spec: &Spec) -> Result<inti::Options, String> {
    let mut options: inti::Options = match &spec.options {
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| format!("bad `options`: {e}"))?,
        None => inti::Options::default(),
    };
    if spec.url.is_some() {
        if options.url.is_some() {
            return Err("give the URL either as `url` or as `options.url`, not both".into());
        }
        options.url = spec.url.clone();
    }
    Ok(options)
}

// ---------------------------------------------------------------------------
// Helpers for matching and for showing what went wrong
// ---------------------------------------------------------------------------

/// Collapses every run of whitespace (including no-break spaces and
/// newlines) into one space and trims the ends. `must_contain` and friends
/// compare text this way, so a spec does not depend on line breaks.
fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to about `max` characters, with an ellipsis, on one line.
fn clip(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out.replace('\n', "⏎")
}

/// The text around byte offset `at` (`len` bytes long), `radius` characters
/// either side, with the match in «guillemets».
fn context(hay: &str, at: usize, len: usize, radius: usize) -> String {
    let start = hay[..at]
        .char_indices()
        .rev()
        .nth(radius.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    let end_of_match = at + len;
    let end = hay[end_of_match..]
        .char_indices()
        .nth(radius)
        .map(|(i, _)| end_of_match + i)
        .unwrap_or(hay.len());
    format!(
        "{}{}«{}»{}{}",
        if start > 0 { "…" } else { "" },
        &hay[start..at],
        &hay[at..end_of_match],
        &hay[end_of_match..end],
        if end < hay.len() { "…" } else { "" },
    )
    .replace('\n', "⏎")
}

/// For a needle that is not in the haystack: the longest prefix of it that
/// is, and where, so the message shows where the two part ways.
fn explain_missing(hay: &str, needle: &str) -> String {
    if hay.is_empty() {
        return "the output is empty".into();
    }
    let bounds: Vec<usize> = needle
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(needle.len()))
        .collect();
    // Whether a prefix is found is monotone in its length: binary search.
    let (mut lo, mut hi) = (0usize, bounds.len() - 1);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if hay.contains(&needle[..bounds[mid]]) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let prefix = &needle[..bounds[lo]];
    if prefix.chars().count() < 8 {
        // No useful prefix: maybe the end of the needle is there.
        let tail_start = bounds[bounds.len().saturating_sub(25).max(lo)];
        let tail = &needle[tail_start..];
        if tail.chars().count() >= 8 {
            if let Some(at) = hay.find(tail) {
                return format!(
                    "not found; its end {:?} is there: {}",
                    clip(tail, 60),
                    context(hay, at, tail.len(), 100)
                );
            }
        }
        return "not found, nor any part of its start or end".into();
    }
    let at = hay.find(prefix).unwrap_or(0);
    format!(
        "not found; the output has its first {} of {} chars, then differs: {}",
        prefix.chars().count(),
        needle.chars().count(),
        context(hay, at, prefix.len(), 80)
    )
}

/// Byte offsets of HTML tags in `html` with their attribute parts, roughly
/// the way a browser tokenizes them (quoted values may hold `>`).
fn tags(html: &str) -> Vec<(usize, &str)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' && i + 1 < bytes.len() && bytes[i + 1].is_ascii_alphabetic() {
            let start = i;
            let mut quote: Option<u8> = None;
            i += 1;
            while i < bytes.len() {
                match (quote, bytes[i]) {
                    (None, b'"') | (None, b'\'') => quote = Some(bytes[i]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                i += 1;
            }
            out.push((start, &html[start..i.min(html.len())]));
        }
        i += 1;
    }
    out
}

/// Attribute names of one tag (`<a href="x" onclick=y>` gives href, onclick).
fn attribute_names(tag: &str) -> Vec<String> {
    let bytes = tag.as_bytes();
    let mut names = Vec::new();
    // Skip `<` and the tag name.
    let mut i = 1;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'/' {
        i += 1;
    }
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && bytes[i] != b'='
            && bytes[i] != b'/'
        {
            i += 1;
        }
        if i > start {
            names.push(tag[start..i].to_ascii_lowercase());
        }
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let q = bytes[i];
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += 1;
                }
                i += 1;
            } else {
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
            }
        }
    }
    names
}

/// Problems that make HTML output unsafe to insert into a page.
fn unsafe_html(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lower = html.to_ascii_lowercase();
    if let Some(at) = lower.find("<script") {
        problems.push(format!("contains <script: {}", context(html, at, 7, 60)));
    }
    for (at, tag) in tags(html) {
        for name in attribute_names(tag) {
            if name.len() > 2 && name.starts_with("on") {
                problems.push(format!(
                    "event handler attribute `{name}`: {}",
                    context(html, at, tag.len(), 20)
                ));
            }
        }
        let tag_lower = tag.to_ascii_lowercase();
        // Entity-free check; a sanitizer that lets `javascript:` through in
        // any spelling would also let this plain one through.
        let squeezed: String = tag_lower.chars().filter(|c| !c.is_whitespace()).collect();
        if squeezed.contains("javascript:") || squeezed.contains("vbscript:") {
            problems.push(format!(
                "script URL in a tag: {}",
                context(html, at, tag.len(), 20)
            ));
        }
    }
    problems
}

// ---------------------------------------------------------------------------
// Running a fixture
// ---------------------------------------------------------------------------

fn check_field(out: &mut Vec<String>, key: &str, expect: &FieldExpect, got: Option<&str>) {
    let show = |g: Option<&str>| match g {
        Some(s) => format!("{:?}", clip(s, 300)),
        None => "None".into(),
    };
    match expect {
        FieldExpect::Absent => {
            if got.is_some() {
                out.push(format!("{key}: expected None, got {}", show(got)));
            }
        }
        FieldExpect::Equals(want) => {
            if got != Some(want.as_str()) {
                out.push(format!("{key}: expected {want:?}, got {}", show(got)));
            }
        }
        FieldExpect::Match {
            equals,
            contains,
            not_contains,
            starts_with,
            ends_with,
            one_of,
        } => {
            let Some(g) = got else {
                out.push(format!("{key}: expected {}, got None", expect.describe()));
                return;
            };
            if let Some(want) = equals {
                if g != want {
                    out.push(format!("{key}: expected {want:?}, got {}", show(got)));
                }
            }
            for want in contains {
                if !g.contains(want.as_str()) {
                    out.push(format!(
                        "{key}: expected to contain {want:?}, got {}",
                        show(got)
                    ));
                }
            }
            for bad in not_contains {
                if g.contains(bad.as_str()) {
                    out.push(format!(
                        "{key}: expected not to contain {bad:?}, got {}",
                        show(got)
                    ));
                }
            }
            if let Some(want) = starts_with {
                if !g.starts_with(want.as_str()) {
                    out.push(format!(
                        "{key}: expected to start with {want:?}, got {}",
                        show(got)
                    ));
                }
            }
            if let Some(want) = ends_with {
                if !g.ends_with(want.as_str()) {
                    out.push(format!(
                        "{key}: expected to end with {want:?}, got {}",
                        show(got)
                    ));
                }
            }
            if !one_of.is_empty() && !one_of.iter().any(|w| w == g) {
                out.push(format!(
                    "{key}: expected one of {one_of:?}, got {}",
                    show(got)
                ));
            }
        }
    }
}

/// Checks an article against a spec; returns one line per failed expectation.
fn check_article(spec: &Spec, a: &inti::Article) -> Vec<String> {
    let mut out = Vec::new();
    let text_n = normalize_ws(&a.text);

    // --- checks that hold for every page ---------------------------------
    for p in unsafe_html(&a.html) {
        out.push(format!("[always] html is not safe: {p}"));
    }
    if let Some(at) = a.markdown.to_ascii_lowercase().find("<script") {
        out.push(format!(
            "[always] markdown contains <script: {}",
            context(&a.markdown, at, 7, 60)
        ));
    }
    if let Some(at) = a.text.find("\n\n\n") {
        out.push(format!(
            "[always] text has a run of 3+ newlines (blocks take one blank line): {}",
            context(&a.text, at, 3, 60)
        ));
    }
    let mut titles: Vec<&str> = a.title.as_deref().into_iter().collect();
    for (k, e) in &spec.meta {
        if k == "title" {
            if let FieldExpect::Equals(t) = e {
                titles.push(t);
            }
        }
    }
    for t in titles {
        let t = normalize_ws(t);
        if !t.is_empty() && text_n.starts_with(&t) {
            out.push(format!(
                "[always] text starts with the title {t:?} (the title is metadata): {:?}",
                clip(&text_n, 200)
            ));
        }
    }

    // --- text --------------------------------------------------------------
    if let Some(want) = &spec.text_starts_with {
        let want = normalize_ws(want);
        if !text_n.starts_with(&want) {
            out.push(format!(
                "text_starts_with {:?}: text starts with {:?}",
                clip(&want, 120),
                clip(&text_n, 200)
            ));
        }
    }
    if let Some(want) = &spec.text_ends_with {
        let want = normalize_ws(want);
        if !text_n.ends_with(&want) {
            let tail: String = {
                let chars: Vec<char> = text_n.chars().collect();
                chars[chars.len().saturating_sub(200)..].iter().collect()
            };
            out.push(format!(
                "text_ends_with {:?}: text ends with {:?}",
                clip(&want, 120),
                tail.replace('\n', "⏎")
            ));
        }
    }
    for want in spec.list("must_contain") {
        let w = normalize_ws(want);
        if !text_n.contains(&w) {
            out.push(format!(
                "must_contain {:?}: {}",
                clip(&w, 100),
                explain_missing(&text_n, &w)
            ));
        }
    }
    for bad in spec.list("must_not_contain") {
        let b = normalize_ws(bad);
        if let Some(at) = text_n.find(&b) {
            out.push(format!(
                "must_not_contain {:?}: found in text: {}",
                clip(&b, 100),
                context(&text_n, at, b.len(), 100)
            ));
        }
    }
    {
        let mut from = 0usize;
        let mut prev: Option<&str> = None;
        for want in spec.list("text_in_order") {
            let w = normalize_ws(want);
            match text_n[from..].find(&w) {
                Some(rel) => {
                    from += rel + w.len();
                    prev = Some(want);
                }
                None => {
                    let why = if text_n.contains(&w) {
                        format!("present, but not after {:?}", clip(prev.unwrap_or(""), 60))
                    } else {
                        explain_missing(&text_n, &w)
                    };
                    out.push(format!("text_in_order {:?}: {why}", clip(&w, 100)));
                    break;
                }
            }
        }
    }
    for want in spec.list("text_must_contain_exact") {
        if !a.text.contains(want.as_str()) {
            out.push(format!(
                "text_must_contain_exact {:?}: {}",
                clip(want, 100),
                explain_missing(&a.text, want)
            ));
        }
    }

    // --- html and markdown (exact, whitespace included) --------------------
    for (key, hay, must) in [
        ("html_must_contain", &a.html, true),
        ("html_must_not_contain", &a.html, false),
        ("markdown_must_contain", &a.markdown, true),
        ("markdown_must_not_contain", &a.markdown, false),
    ] {
        for needle in spec.list(key) {
            match (must, hay.find(needle.as_str())) {
                (true, None) => out.push(format!(
                    "{key} {:?}: {}",
                    clip(needle, 100),
                    explain_missing(hay, needle)
                )),
                (false, Some(at)) => out.push(format!(
                    "{key} {:?}: found: {}",
                    clip(needle, 100),
                    context(hay, at, needle.len(), 100)
                )),
                _ => {}
            }
        }
    }

    // --- metadata ----------------------------------------------------------
    for (key, expect) in &spec.meta {
        let getter = META_FIELDS
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, g)| g)
            .expect("spec keys are checked when parsed");
        check_field(&mut out, key, expect, getter(a));
    }
    if let Some(want) = spec.readerable {
        if a.readerable != want {
            out.push(format!(
                "readerable: expected {want}, got {} (score {})",
                a.readerable, a.readerable_score
            ));
        }
    }
    if let Some(want) = &spec.strategy {
        let got = serde_json::to_value(a.strategy)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        if &got != want {
            out.push(format!("strategy: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(min) = spec.min_words {
        if a.word_count < min {
            out.push(format!(
                "min_words: expected at least {min} words, got {}",
                a.word_count
            ));
        }
    }
    if let Some(max) = spec.max_words {
        if a.word_count > max {
            out.push(format!(
                "max_words: expected at most {max} words, got {} (boilerplate kept?)",
                a.word_count
            ));
        }
    }
    out
}

fn load(name: &str) -> (String, Spec) {
    let dir = fixtures_dir();
    let html_path = dir.join(format!("{name}.html"));
    let spec_path = dir.join(format!("{name}.expect.json"));
    let html = std::fs::read_to_string(&html_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", html_path.display()));
    let json = std::fs::read_to_string(&spec_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", spec_path.display()));
    let spec = parse_spec(&json).unwrap_or_else(|e| panic!("{}: {e}", spec_path.display()));
    (html, spec)
}

fn run_fixture(name: &str) {
    let (html, spec) = load(name);
    let options = build_options(&spec).unwrap_or_else(|e| panic!("{name}.expect.json: {e}"));
    let article = match inti::extract(&html, &options) {
        Ok(a) => a,
        Err(e) => panic!(
            "fixture {name}: extract returned an error: {e} ({})",
            e.kind()
        ),
    };
    let failures = check_article(&spec, &article);
    if failures.is_empty() {
        return;
    }
    let mut msg = String::new();
    let _ = writeln!(
        msg,
        "\nfixture `{name}` (tests/fixtures/{name}.html): {} expectation(s) failed:",
        failures.len()
    );
    for (i, f) in failures.iter().enumerate() {
        let _ = writeln!(msg, "  {}. {f}", i + 1);
    }
    let _ = writeln!(
        msg,
        "\n  got: title={:?} byline={:?} published={:?} lang={:?} dir={:?} site_name={:?} \
         next_page={:?} readerable={} ({:.2}) strategy={:?} word_count={}",
        article.title,
        article.byline,
        article.published,
        article.lang,
        article.dir,
        article.site_name,
        article.next_page,
        article.readerable,
        article.readerable_score,
        article.strategy,
        article.word_count,
    );
    let _ = writeln!(
        msg,
        "  text ({} chars) starts: {:?}",
        article.text.chars().count(),
        clip(&article.text, 400)
    );
    if std::env::var_os("INTI_FIXTURE_DUMP").is_some() {
        let _ = writeln!(msg, "\n----- text -----\n{}\n----- end -----", article.text);
    } else {
        let _ = writeln!(msg, "  (set INTI_FIXTURE_DUMP=1 to print the whole text)");
    }
    panic!("{msg}");
}

// ---------------------------------------------------------------------------
// The fixtures. Add a page: write tests/fixtures/<name>.html and
// <name>.expect.json, then add <name> here.
// ---------------------------------------------------------------------------

macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {
        const FIXTURES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                run_fixture(stringify!($name));
            }
        )*
    };
}

fixtures! {
    seed_detik,
    seed_detik_visible_date_only,
    blog_code,
    data_table,
    lazy_images,
    chinese_article,
    arabic_rtl,
    semantic_main,
    long_comments,
    listing_index,
    shop_category_grid,
    forum_thread,
    short_link_paragraphs,
    cookie_newsletter_overlays,
    paginated_rel_next,
    paginated_link_text_id,
    paginated_next_page_en,
    not_paginated_next_article,
    german_article,
    russian_article,
    greek_article,
    japanese_article,
    polish_article,
    german_product,
    russian_qa,
    indonesian_listing,
    chinese_docs,
    german_service,
    thai_article,
    greek_service,
    polish_forum,
    german_forum,
    russian_docs,
    polish_service,
    russian_listing,
    german_docs,
}

/// Pages the engine does not pass yet, in `tests/fixtures/pending/` (its
/// README says what fails on each and why): every spec is as written, and
/// its failures are the work left. Run them with
/// `cargo test --test fixtures -- --ignored pending_pages --nocapture`.
/// The test fails while any of them fails; a page that passes moves up
/// into `tests/fixtures/` and the `fixtures!` list.
#[test]
#[ignore = "pages the engine does not pass yet (tests/fixtures/pending/README.md)"]
fn pending_pages() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir().join("pending"))
        .expect("tests/fixtures/pending exists")
        .filter_map(|entry| {
            let file = entry.ok()?.file_name().to_string_lossy().into_owned();
            file.strip_suffix(".expect.json").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no pending pages");
    let still_failing: Vec<&String> = names
        .iter()
        .filter(|name| {
            std::panic::catch_unwind(|| run_fixture(&format!("pending/{name}"))).is_err()
        })
        .collect();
    assert!(still_failing.is_empty(), "still failing: {still_failing:?}");
}

// ---------------------------------------------------------------------------
// Tests of the suite itself (these pass whatever the engine does)
// ---------------------------------------------------------------------------

/// Every page in the folder has a spec and a test, every test has its files,
/// and every spec parses.
#[test]
fn fixture_files_are_consistent() {
    let mut on_disk = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).expect("tests/fixtures exists") {
        let path = entry.expect("readable dir entry").path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".expect.json") {
            assert!(
                fixtures_dir().join(format!("{name}.html")).exists(),
                "{file} has no {name}.html"
            );
        } else if let Some(name) = file.strip_suffix(".html") {
            on_disk.push(name.to_owned());
        }
    }
    for name in &on_disk {
        assert!(
            FIXTURES.contains(&name.as_str()),
            "tests/fixtures/{name}.html is not listed in the fixtures! macro of tests/fixtures.rs"
        );
    }
    for name in FIXTURES {
        let (html, spec) = load(name);
        build_options(&spec).unwrap_or_else(|e| panic!("{name}.expect.json: {e}"));
        // A needle the page itself lacks is a typo in the spec, not an
        // engine failure. Compared without any whitespace, as tags are
        // dropped without knowing which ones separate words.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let page = squeeze(&decode_entities(&strip_tags(&html)));
        for want in spec
            .list("must_contain")
            .iter()
            .chain(spec.list("text_in_order"))
        {
            assert!(
                page.contains(&squeeze(want)),
                "{name}.expect.json: {want:?} is not in the page at all (typo?)"
            );
        }
        for bad in spec.list("must_not_contain") {
            assert!(
                page.contains(&squeeze(bad)),
                "{name}.expect.json: must_not_contain {bad:?} is not in the page at all, \
                 so it tests nothing (typo?)"
            );
        }
    }
}

/// Page text for the spec sanity check: tags and comments dropped, with the
/// content of scripts and styles.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        if lower[i..].starts_with("<script") || lower[i..].starts_with("<style") {
            let close = if lower[i..].starts_with("<script") {
                "</script>"
            } else {
                "</style>"
            };
            i = lower[i..]
                .find(close)
                .map(|p| i + p + close.len())
                .unwrap_or(html.len());
            out.push(' ');
        } else if lower[i..].starts_with("<!--") {
            i = lower[i..]
                .find("-->")
                .map(|p| i + p + 3)
                .unwrap_or(html.len());
        } else if html.as_bytes()[i] == b'<' {
            i = lower[i..]
                .find('>')
                .map(|p| i + p + 1)
                .unwrap_or(html.len());
            out.push(' ');
        } else {
            let ch = html[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Named entities the fixtures use, and numeric ones.
fn decode_entities(s: &str) -> String {
    const NAMED: &[(&str, &str)] = &[
        ("nbsp", "\u{a0}"),
        ("quot", "\""),
        ("apos", "'"),
        ("lt", "<"),
        ("gt", ">"),
        ("amp", "&"),
        ("mdash", "—"),
        ("ndash", "–"),
        ("hellip", "…"),
        ("copy", "©"),
        ("laquo", "«"),
        ("raquo", "»"),
        ("ldquo", "“"),
        ("rdquo", "”"),
        ("lsquo", "‘"),
        ("rsquo", "’"),
        ("middot", "·"),
        ("euro", "€"),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|p| p + 1).filter(|&p| p <= 10);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let ch = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse::<u32>()
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
            } else {
                NAMED
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            };
            ch.map(|c| (c, end + 1))
        });
        match decoded {
            Some((text, len)) => {
                out.push_str(&text);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The harness itself: a made-up article checked against made-up specs.
#[test]
fn harness_reports_failures() {
    let article = inti::Article {
        title: Some("A day at sea".into()),
        published: Some("2023-06-13T12:57:00+07:00".into()),
        html: "<p>The boats left.</p>\n<p>By noon <a href=\"/x\">home</a>.</p>".into(),
        text: "The boats left.\n\nBy noon home.".into(),
        markdown: "The boats left.\n\nBy noon [home](/x).".into(),
        ..Default::default()
    };
    let ok = parse_spec(
        r#"{"title": "A day at sea",
            "published": {"starts_with": "2023-06-13T12:57", "ends_with": "+07:00"},
            "byline": null,
            "must_contain": ["The boats   left."], "must_not_contain": ["Harbour"],
            "text_in_order": ["boats", "noon"], "text_starts_with": "The boats",
            "html_must_contain": ["<a href=\"/x\">"], "markdown_must_contain": ["[home](/x)"]}"#,
    )
    .unwrap();
    assert_eq!(check_article(&ok, &article), Vec::<String>::new());

    let bad = parse_spec(
        r#"{"title": "A day on land", "byline": {"contains": "Ann"}, "lang": null,
            "must_contain": ["The boats right"], "must_not_contain": ["noon"],
            "text_in_order": ["noon", "boats"], "readerable": true}"#,
    )
    .unwrap();
    let failures = check_article(&bad, &article);
    assert_eq!(failures.len(), 6, "{failures:#?}");
    assert!(
        failures[0].contains("first 10 of 15 chars"),
        "{failures:#?}"
    );

    let unsafe_article = inti::Article {
        html: "<p onclick=\"x()\">a</p><a href=\"JavaScript:alert(1)\">b</a><SCRIPT>1</SCRIPT>"
            .into(),
        text: "A day at sea\n\n\n\nmore".into(),
        title: Some("A day at sea".into()),
        ..Default::default()
    };
    let failures = check_article(&Spec::default(), &unsafe_article);
    assert_eq!(failures.len(), 5, "{failures:#?}");
    // Handler-looking text outside tags is fine.
    assert!(unsafe_html("<p>carry on=yes, javascript: is a word</p>").is_empty());

    assert!(parse_spec(r#"{"must_contian": []}"#).is_err());
    assert!(parse_spec(r#"{"title": {"startswith": "x"}}"#).is_err());
}
