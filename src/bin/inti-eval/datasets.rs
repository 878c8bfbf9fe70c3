//! Loading the evaluation sets from the bench folder.
//!
//! Layout (see `../shared/bench/README.md`; each file may also be stored
//! without its `.gz`, as in the upstream repositories):
//!
//! - `aeb/ground-truth.json` (`{id: {articleBody, url}}`), `aeb/html/<id>.html.gz`
//! - `wcxb-dev/ground-truth/<id>.json.gz`, `wcxb-dev/html/<id>.html.gz`
//! - `readability-pages/<name>/source.html.gz`, `.../expected-metadata.json`
//!
//! Pages are decompressed and decoded (`inti::decode_html_bytes`) once, up
//! front. A page whose files cannot be read is reported as a load error and
//! left out; it never stops the run.

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The base URL the readability test suite gives its pages.
pub const READABILITY_URL: &str = "http://fakehost/test/page.html";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Aeb,
    Wcxb,
    Readability,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Aeb, Kind::Wcxb, Kind::Readability];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Aeb => "aeb",
            Kind::Wcxb => "wcxb",
            Kind::Readability => "readability",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The folder under the bench root.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Aeb => "aeb",
            Kind::Wcxb => "wcxb-dev",
            Kind::Readability => "readability-pages",
        }
    }

    /// The text metric of the set, if it has text truth.
    pub fn metric(self) -> Metric {
        match self {
            Kind::Aeb => Metric::Shingle,
            Kind::Wcxb => Metric::BagOfWords,
            Kind::Readability => Metric::None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// AEB's 4-token shingles.
    Shingle,
    /// WCXB's lowercase bag of words (plus snippets).
    BagOfWords,
    /// No text truth (metadata only).
    None,
}

impl Metric {
    pub fn name(self) -> &'static str {
        match self {
            Metric::Shingle => "shingle",
            Metric::BagOfWords => "bag-of-words",
            Metric::None => "none",
        }
    }
}

/// What the truth says about a page. `None` / empty where the set has no value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Truth {
    /// The main text; `None` when the set has no text truth (readability).
    pub text: Option<String>,
    pub with: Vec<String>,
    pub without: Vec<String>,
    pub page_type: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub site_name: Option<String>,
    pub excerpt: Option<String>,
    pub readerable: Option<bool>,
}

impl Truth {
    /// The truth's value of a string metadata field (names as in
    /// [`crate::metadata::FIELDS`]).
    pub fn field(&self, name: &str) -> Option<&str> {
        match name {
            "title" => self.title.as_deref(),
            "byline" => self.byline.as_deref(),
            "published" => self.published.as_deref(),
            "lang" => self.lang.as_deref(),
            "dir" => self.dir.as_deref(),
            "siteName" => self.site_name.as_deref(),
            "excerpt" => self.excerpt.as_deref(),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Page {
    pub id: String,
    pub url: Option<String>,
    /// The decoded page.
    pub html: String,
    pub truth: Truth,
}

/// A page left out because its files could not be read.
#[derive(Clone, Debug)]
pub struct LoadError {
    pub id: String,
    pub message: String,
}

pub struct Dataset {
    pub kind: Kind,
    pub pages: Vec<Page>,
    pub load_errors: Vec<LoadError>,
}

impl Dataset {
    pub fn bytes(&self) -> usize {
        self.pages.iter().map(|p| p.html.len()).sum()
    }
}

/// Which pages to load.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// At most this many pages (the first by id, after the other filters).
    pub limit: Option<usize>,
    /// WCXB page type.
    pub page_type: Option<String>,
    /// One page: its id, or a unique prefix of it (AEB ids are long hashes).
    pub only: Option<String>,
}

/// Reads a file, or its `.gz` sibling decompressed. `path` is given without
/// the `.gz`.
pub fn read_maybe_gz(path: &Path) -> Result<Vec<u8>, String> {
    let gz = PathBuf::from(format!("{}.gz", path.display()));
    if gz.is_file() {
        let file = std::fs::read(&gz).map_err(|e| format!("{}: {e}", gz.display()))?;
        let mut out = Vec::with_capacity(file.len() * 6);
        flate2::read::MultiGzDecoder::new(&file[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("{}: {e}", gz.display()))?;
        Ok(out)
    } else {
        std::fs::read(path).map_err(|e| format!("{}(.gz): {e}", path.display()))
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let bytes = read_maybe_gz(path)?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            // A list of authors: join them.
            let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The file stem of `<id>.html.gz`, `<id>.json.gz`, `<id>.json`, ...
fn id_of(file_name: &str, suffixes: &[&str]) -> Option<String> {
    suffixes
        .iter()
        .find_map(|s| file_name.strip_suffix(s))
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

fn matches_only(id: &str, only: &Option<String>) -> bool {
    only.as_ref()
        .is_none_or(|o| id == o || id.starts_with(o.as_str()))
}

/// A page described before its HTML is read.
struct Entry {
    id: String,
    url: Option<String>,
    html_path: PathBuf,
    truth: Result<Truth, String>,
}

fn aeb_entries(dir: &Path) -> Result<Vec<Entry>, String> {
    let gt = read_json(&dir.join("ground-truth.json"))?;
    let map = gt
        .as_object()
        .ok_or_else(|| "aeb/ground-truth.json is not an object".to_string())?;
    Ok(map
        .iter()
        .map(|(id, v)| Entry {
            id: id.clone(),
            url: str_field(v, "url"),
            html_path: dir.join("html").join(format!("{id}.html")),
            truth: Ok(Truth {
                text: Some(str_field(v, "articleBody").unwrap_or_default()),
                ..Truth::default()
            }),
        })
        .collect())
}

/// The WCXB page type: `_internal.page_type.primary` (or a plain string),
/// "category" read as "collection", "article" when absent — the rules of the
/// WCXB evaluator.
pub fn wcxb_page_type(doc: &Value) -> String {
    let pt = doc.get("_internal").and_then(|i| i.get("page_type"));
    let name = match pt {
        Some(Value::Object(o)) => o
            .get("primary")
            .and_then(Value::as_str)
            .unwrap_or("article"),
        Some(Value::String(s)) => s.as_str(),
        _ => "article",
    };
    if name == "category" {
        "collection".to_string()
    } else {
        name.to_string()
    }
}

pub fn wcxb_truth(doc: &Value) -> Truth {
    let gt = doc.get("ground_truth").cloned().unwrap_or(Value::Null);
    Truth {
        text: Some(str_field(&gt, "main_content").unwrap_or_default()),
        with: strings(&gt, "with"),
        without: strings(&gt, "without"),
        page_type: Some(wcxb_page_type(doc)),
        title: str_field(&gt, "title"),
        byline: str_field(&gt, "author"),
        published: str_field(&gt, "publish_date"),
        ..Truth::default()
    }
}

fn wcxb_entries(dir: &Path, sel: &Selection) -> Result<Vec<Entry>, String> {
    let gt_dir = dir.join("ground-truth");
    let mut ids: Vec<String> = std::fs::read_dir(&gt_dir)
        .map_err(|e| format!("{}: {e}", gt_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| id_of(&e.file_name().to_string_lossy(), &[".json.gz", ".json"]))
        .filter(|id| matches_only(id, &sel.only))
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids
        .into_iter()
        .map(|id| {
            let doc = read_json(&gt_dir.join(format!("{id}.json")));
            let url = doc.as_ref().ok().and_then(|d| str_field(d, "url"));
            Entry {
                html_path: dir.join("html").join(format!("{id}.html")),
                truth: doc.map(|d| wcxb_truth(&d)),
                url,
                id,
            }
        })
        .collect())
}

pub fn readability_truth(meta: &Value) -> Truth {
    Truth {
        text: None,
        title: str_field(meta, "title"),
        byline: str_field(meta, "byline"),
        published: str_field(meta, "publishedTime"),
        lang: str_field(meta, "lang"),
        dir: str_field(meta, "dir"),
        site_name: str_field(meta, "siteName"),
        excerpt: str_field(meta, "excerpt"),
        readerable: meta.get("readerable").and_then(Value::as_bool),
        ..Truth::default()
    }
}

fn readability_entries(dir: &Path, sel: &Selection) -> Result<Vec<Entry>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|id| matches_only(id, &sel.only))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|id| {
            let page_dir = dir.join(&id);
            let truth =
                read_json(&page_dir.join("expected-metadata.json")).map(|m| readability_truth(&m));
            Entry {
                url: Some(READABILITY_URL.to_string()),
                html_path: page_dir.join("source.html"),
                truth,
                id,
            }
        })
        .collect())
}

/// Loads one set. `Err` only when the set itself cannot be listed (missing
/// folder, unreadable index); single pages that fail go to `load_errors`.
pub fn load(bench: &Path, kind: Kind, sel: &Selection, threads: usize) -> Result<Dataset, String> {
    let dir = bench.join(kind.folder());
    if !dir.is_dir() {
        return Err(format!("{} not found", dir.display()));
    }
    let mut entries = match kind {
        Kind::Aeb => aeb_entries(&dir)?,
        Kind::Wcxb => wcxb_entries(&dir, sel)?,
        Kind::Readability => readability_entries(&dir, sel)?,
    };
    entries.retain(|e| matches_only(&e.id, &sel.only));
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(t) = &sel.page_type {
        entries.retain(|e| {
            e.truth
                .as_ref()
                .is_ok_and(|tr| tr.page_type.as_deref() == Some(t.as_str()))
        });
    }
    // An exact id wins over prefix matches.
    if let Some(o) = &sel.only {
        if entries.iter().any(|e| &e.id == o) {
            entries.retain(|e| &e.id == o);
        }
    }
    if let Some(n) = sel.limit {
        entries.truncate(n);
    }

    let results = parallel_map(&entries, threads, |e| -> Result<Page, String> {
        let truth = e.truth.clone()?;
        let bytes = read_maybe_gz(&e.html_path)?;
        Ok(Page {
            id: e.id.clone(),
            url: e.url.clone(),
            html: inti::decode_html_bytes(&bytes),
            truth,
        })
    });
    let mut pages = Vec::new();
    let mut load_errors = Vec::new();
    for (e, r) in entries.iter().zip(results) {
        match r {
            Ok(p) => pages.push(p),
            Err(message) => load_errors.push(LoadError {
                id: e.id.clone(),
                message,
            }),
        }
    }
    Ok(Dataset {
        kind,
        pages,
        load_errors,
    })
}

/// Maps `f` over `items` on `threads` threads, keeping the order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut local = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= items.len() {
                            break;
                        }
                        local.push((i, f(&items[i])));
                    }
                    local
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread panicked"))
            .collect()
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_file_names() {
        assert_eq!(
            id_of("0001.json.gz", &[".json.gz", ".json"]).as_deref(),
            Some("0001")
        );
        assert_eq!(
            id_of("0001.json", &[".json.gz", ".json"]).as_deref(),
            Some("0001")
        );
        assert_eq!(id_of(".json", &[".json.gz", ".json"]), None);
        assert_eq!(id_of("README.md", &[".json.gz", ".json"]), None);
    }

    #[test]
    fn wcxb_truth_fields() {
        let doc: Value = serde_json::from_str(
            r#"{"url": "https://e.com/a", "ground_truth": {"title": "T", "author": null,
                "publish_date": "2025-09-04", "main_content": "Body text",
                "with": ["Body"], "without": ["Menu", 3]},
                "_internal": {"page_type": {"primary": "category"}}}"#,
        )
        .unwrap();
        let t = wcxb_truth(&doc);
        assert_eq!(t.text.as_deref(), Some("Body text"));
        assert_eq!(t.title.as_deref(), Some("T"));
        assert_eq!(t.byline, None);
        assert_eq!(t.published.as_deref(), Some("2025-09-04"));
        assert_eq!(t.with, vec!["Body"]);
        assert_eq!(t.without, vec!["Menu"]);
        assert_eq!(t.page_type.as_deref(), Some("collection"));
        // Missing main content and page type.
        let doc: Value = serde_json::from_str(r#"{"ground_truth": {"title": "T"}}"#).unwrap();
        let t = wcxb_truth(&doc);
        assert_eq!(t.text.as_deref(), Some(""));
        assert_eq!(t.page_type.as_deref(), Some("article"));
    }

    #[test]
    fn readability_truth_fields() {
        let meta: Value = serde_json::from_str(
            r#"{"title": "T", "byline": null, "dir": "rtl", "lang": "ar",
                "excerpt": "E", "siteName": null, "publishedTime": "2015-07-10T09:53:00-04:00",
                "readerable": true}"#,
        )
        .unwrap();
        let t = readability_truth(&meta);
        assert_eq!(t.text, None);
        assert_eq!(t.dir.as_deref(), Some("rtl"));
        assert_eq!(t.byline, None);
        assert_eq!(t.readerable, Some(true));
        assert_eq!(t.field("published"), Some("2015-07-10T09:53:00-04:00"));
    }

    #[test]
    fn parallel_map_keeps_order() {
        let items: Vec<usize> = (0..1000).collect();
        let out = parallel_map(&items, 4, |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(parallel_map(&[] as &[usize], 4, |x| *x).is_empty());
    }

    #[test]
    fn gz_and_plain_files() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("inti-eval-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plain.html"), b"<p>plain</p>").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<p>zipped</p>").unwrap();
        std::fs::write(dir.join("zipped.html.gz"), gz.finish().unwrap()).unwrap();
        assert_eq!(
            read_maybe_gz(&dir.join("plain.html")).unwrap(),
            b"<p>plain</p>"
        );
        assert_eq!(
            read_maybe_gz(&dir.join("zipped.html")).unwrap(),
            b"<p>zipped</p>"
        );
        assert!(read_maybe_gz(&dir.join("missing.html")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
