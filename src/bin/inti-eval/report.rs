//! Aggregate figures, the JSON record of a run, and the printed report.

use crate::datasets::Metric;
use crate::metadata::FIELDS;
use crate::metrics::{self, MacroScore, SnippetCounts};
use crate::run::PageResult;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The version of the `--json` format.
pub const FORMAT: u32 = 1;

/// Correct answers out of the pages where the truth has a value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaCount {
    pub correct: usize,
    pub total: usize,
}

impl MetaCount {
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SnippetSummary {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// F1 with typographic quotes folded on both sides (a diagnostic, not
    /// the metric: see `metrics::fold_quotes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub f1_quotes_folded: Option<f64>,
}

/// The aggregate figures of one set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub pages: usize,
    pub errors: usize,
    /// `shingle`, `bag-of-words` or `none`.
    pub metric: String,
    /// Corpus precision (AEB: mean over non-empty predictions; WCXB: macro).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recall: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub f1: Option<f64>,
    /// Share of pages whose token lists equal the truth's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<f64>,
    /// Pages with a non-empty prediction / truth (AEB's precision and recall
    /// are means over these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pred_nonempty: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truth_nonempty: Option<usize>,
    /// Macro figures per page type (WCXB).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_type: BTreeMap<String, MacroScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippets: Option<SnippetSummary>,
    #[serde(default)]
    pub meta: BTreeMap<String, MetaCount>,
}

pub fn metric_from_name(name: &str) -> Metric {
    match name {
        "shingle" => Metric::Shingle,
        "bag-of-words" => Metric::BagOfWords,
        _ => Metric::None,
    }
}

/// The aggregate figures of some pages of a set.
pub fn summarize(metric: Metric, pages: &[&PageResult]) -> Summary {
    let mut s = Summary {
        pages: pages.len(),
        errors: pages.iter().filter(|p| p.error.is_some()).count(),
        metric: metric.name().to_string(),
        ..Summary::default()
    };
    let scores: Vec<&metrics::TextScore> = pages.iter().filter_map(|p| p.text.as_ref()).collect();
    match metric {
        Metric::Shingle => {
            let c = metrics::aeb_corpus(scores.iter().copied());
            s.precision = Some(c.precision);
            s.recall = Some(c.recall);
            s.f1 = Some(c.f1);
            s.accuracy = Some(c.accuracy);
            s.pred_nonempty = Some(c.pred_nonempty);
            s.truth_nonempty = Some(c.truth_nonempty);
        }
        Metric::BagOfWords => {
            let m = metrics::macro_average(scores.iter().copied());
            s.precision = Some(m.precision);
            s.recall = Some(m.recall);
            s.f1 = Some(m.f1);
            s.accuracy = metrics::mean(scores.iter().map(|t| f64::from(u8::from(t.exact))));
            s.pred_nonempty = Some(scores.iter().filter(|t| t.pred_nonempty()).count());
            s.truth_nonempty = Some(scores.iter().filter(|t| t.truth_nonempty()).count());
            let mut types: BTreeMap<String, Vec<&metrics::TextScore>> = BTreeMap::new();
            for p in pages {
                if let (Some(t), Some(pt)) = (&p.text, &p.page_type) {
                    types.entry(pt.clone()).or_default().push(t);
                }
            }
            s.by_type = types
                .into_iter()
                .map(|(k, v)| (k, metrics::macro_average(v)))
                .collect();
        }
        Metric::None => {}
    }
    let snippet_pages: Vec<&SnippetCounts> =
        pages.iter().filter_map(|p| p.snippets.as_ref()).collect();
    if !snippet_pages.is_empty() {
        let mut total = SnippetCounts::default();
        for c in snippet_pages {
            total.add(c);
        }
        let folded: Vec<&SnippetCounts> = pages
            .iter()
            .filter_map(|p| p.snippets_quotes_folded.as_ref())
            .collect();
        let f1_quotes_folded = (!folded.is_empty()).then(|| {
            let mut total = SnippetCounts::default();
            for c in folded {
                total.add(c);
            }
            total.f1()
        });
        s.snippets = Some(SnippetSummary {
            tp: total.tp,
            fp: total.fp,
            fn_: total.fn_,
            tn: total.tn,
            precision: total.precision(),
            recall: total.recall(),
            f1: total.f1(),
            f1_quotes_folded,
        });
    }
    for p in pages {
        for (field, &ok) in &p.meta {
            let c = s.meta.entry(field.clone()).or_default();
            c.total += 1;
            c.correct += usize::from(ok);
        }
    }
    s
}

/// Single-threaded speed of one set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speed {
    pub pages: usize,
    /// Bytes of decoded HTML (UTF-8).
    pub bytes: usize,
    pub repeats: usize,
    /// Median over the repeats of the total extraction time, in seconds.
    pub extract_seconds: f64,
    /// Median over the repeats of the total parse-only time, in seconds.
    pub parse_seconds: f64,
    pub extract_samples: Vec<f64>,
    pub parse_samples: Vec<f64>,
    pub pages_per_s: f64,
    /// Megabytes (10^6 bytes) per second.
    pub mb_per_s: f64,
    pub parse_pages_per_s: f64,
    pub parse_mb_per_s: f64,
    /// Extraction time over parse time.
    pub ratio: f64,
}

impl Speed {
    pub fn new(pages: usize, bytes: usize, extract: Vec<f64>, parse: Vec<f64>) -> Speed {
        let e = crate::run::median(&extract);
        let p = crate::run::median(&parse);
        let per = |n: f64, t: f64| if t > 0.0 { n / t } else { 0.0 };
        Speed {
            pages,
            bytes,
            repeats: extract.len(),
            extract_seconds: e,
            parse_seconds: p,
            pages_per_s: per(pages as f64, e),
            mb_per_s: per(bytes as f64 / 1e6, e),
            parse_pages_per_s: per(pages as f64, p),
            parse_mb_per_s: per(bytes as f64 / 1e6, p),
            ratio: per(e, p),
            extract_samples: extract,
            parse_samples: parse,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadErrorRecord {
    pub id: String,
    pub message: String,
}

/// Everything measured on one set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DatasetRecord {
    pub name: String,
    pub summary: Summary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed: Option<Speed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub load_errors: Vec<LoadErrorRecord>,
    pub pages: Vec<PageResult>,
}

/// The `--json` file: one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    pub format: u32,
    pub tool: String,
    pub inti_version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git: Option<String>,
    /// Seconds since the Unix epoch.
    pub created: u64,
    /// `engine`, `oracle` or `baseline-body-text`.
    pub mode: String,
    pub favor: String,
    /// The token pattern (`\\w+`, or Python's with `--python-tokens`).
    #[serde(default)]
    pub tokens: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_type: Option<String>,
    pub datasets: Vec<DatasetRecord>,
}

// ---------------------------------------------------------------- tables

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A plain-text table with aligned columns.
pub struct Table {
    headers: Vec<String>,
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns: first left-aligned, others right-aligned, unless overridden.
    pub fn new(headers: &[&str]) -> Table {
        let aligns = (0..headers.len())
            .map(|i| if i == 0 { Align::Left } else { Align::Right })
            .collect();
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            aligns,
            rows: Vec::new(),
        }
    }

    pub fn align(mut self, column: usize, align: Align) -> Table {
        self.aligns[column] = align;
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        let mut out = String::new();
        let mut line = |cells: &[String]| {
            let mut l = String::new();
            for (i, (width, align)) in widths.iter().zip(&self.aligns).enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                let pad = width.saturating_sub(cell.chars().count());
                if i > 0 {
                    l.push_str("  ");
                }
                if *align == Align::Right {
                    l.push_str(&" ".repeat(pad));
                    l.push_str(cell);
                } else {
                    l.push_str(cell);
                    if i + 1 < n {
                        l.push_str(&" ".repeat(pad));
                    }
                }
            }
            out.push_str(l.trim_end());
            out.push('\n');
        };
        line(&self.headers);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&rule);
        for row in &self.rows {
            line(row);
        }
        out
    }
}

pub fn f3(v: f64) -> String {
    format!("{v:.3}")
}

pub fn opt3(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), f3)
}

pub fn meta_cell(c: Option<&MetaCount>) -> String {
    match c {
        Some(c) if c.total > 0 => format!("{}/{} ({:.1}%)", c.correct, c.total, 100.0 * c.share()),
        _ => "-".to_string(),
    }
}

/// Shortens a string to `max` characters, with an ellipsis.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// How an id is shown in tables: AEB's 64-hex ids are cut to 16 characters
/// (`--only` takes any unique prefix).
pub fn short_id(id: &str) -> String {
    if id.len() > 24 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        id[..16].to_string()
    } else {
        id.to_string()
    }
}

/// The order page types are printed in (WCXB's own), then any other.
const TYPE_ORDER: [&str; 7] = [
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
];

pub fn ordered_types(by_type: &BTreeMap<String, MacroScore>) -> Vec<&String> {
    let mut keys: Vec<&String> = by_type.keys().collect();
    keys.sort_by_key(|k| {
        (
            TYPE_ORDER
                .iter()
                .position(|t| t == k)
                .unwrap_or(TYPE_ORDER.len()),
            k.to_string(),
        )
    });
    keys
}

/// The human-readable report of a run.
pub fn render(run: &RunRecord, worst: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "inti-eval: mode {}, inti {}{}, favor {}{}{}",
        run.mode,
        run.inti_version,
        run.git
            .as_ref()
            .map(|g| format!(" ({g})"))
            .unwrap_or_default(),
        run.favor,
        run.limit
            .map(|l| format!(", limit {l}"))
            .unwrap_or_default(),
        run.page_type
            .as_ref()
            .map(|t| format!(", type {t}"))
            .unwrap_or_default(),
    );

    // Text figures.
    let text_sets: Vec<&DatasetRecord> = run
        .datasets
        .iter()
        .filter(|d| d.summary.f1.is_some())
        .collect();
    if !text_sets.is_empty() {
        let _ = writeln!(out, "\n== Main text ==");
        let mut t = Table::new(&[
            "set",
            "metric",
            "pages",
            "errors",
            "precision",
            "recall",
            "F1",
            "accuracy",
        ])
        .align(1, Align::Left);
        for d in &text_sets {
            let s = &d.summary;
            t.row(vec![
                d.name.clone(),
                s.metric.clone(),
                s.pages.to_string(),
                s.errors.to_string(),
                opt3(s.precision),
                opt3(s.recall),
                opt3(s.f1),
                if s.metric == "shingle" {
                    opt3(s.accuracy)
                } else {
                    "-".to_string()
                },
            ]);
        }
        out.push_str(&t.render());
        if text_sets.iter().any(|d| d.summary.metric == "shingle") {
            let _ = writeln!(
                out,
                "(shingle: 4-token shingles; P = mean over pages with a non-empty prediction, \
                 R = mean over pages with a non-empty truth, F1 of the two means; accuracy = \
                 share of pages with identical token lists)"
            );
        }
        if text_sets.iter().any(|d| d.summary.metric == "bag-of-words") {
            let _ = writeln!(
                out,
                "(bag-of-words: lowercase tokens as multisets; P, R and F1 are means of the \
                 per-page figures)"
            );
        }
    }
    for d in &run.datasets {
        let s = &d.summary;
        if !s.by_type.is_empty() {
            let _ = writeln!(out, "\n== {} by page type ==", d.name);
            let mut t = Table::new(&["type", "pages", "precision", "recall", "F1"]);
            for k in ordered_types(&s.by_type) {
                let m = &s.by_type[k];
                t.row(vec![
                    k.clone(),
                    m.pages.to_string(),
                    f3(m.precision),
                    f3(m.recall),
                    f3(m.f1),
                ]);
            }
            t.row(vec![
                "all".into(),
                s.pages.to_string(),
                opt3(s.precision),
                opt3(s.recall),
                opt3(s.f1),
            ]);
            out.push_str(&t.render());
        }
        if let Some(sn) = &s.snippets {
            let _ = writeln!(out, "\n== {} snippets (whole corpus) ==", d.name);
            let mut t = Table::new(&[
                "with found (tp)",
                "without found (fp)",
                "with missed (fn)",
                "without absent (tn)",
                "precision",
                "recall",
                "F1",
            ])
            .align(0, Align::Right);
            t.row(vec![
                sn.tp.to_string(),
                sn.fp.to_string(),
                sn.fn_.to_string(),
                sn.tn.to_string(),
                f3(sn.precision),
                f3(sn.recall),
                f3(sn.f1),
            ]);
            out.push_str(&t.render());
            if let Some(folded) = sn.f1_quotes_folded {
                let _ = writeln!(
                    out,
                    "(diagnostic, not the metric: F1 {} with typographic quotes folded to ASCII in both the output and the snippets; the snippets straighten quotes that the pages, and inti, curl)",
                    f3(folded)
                );
            }
        }
    }

    // Metadata.
    let meta_sets: Vec<&DatasetRecord> = run
        .datasets
        .iter()
        .filter(|d| !d.summary.meta.is_empty())
        .collect();
    if !meta_sets.is_empty() {
        let _ = writeln!(
            out,
            "\n== Metadata (correct / pages where the truth has a value) =="
        );
        let mut headers = vec!["field"];
        headers.extend(meta_sets.iter().map(|d| d.name.as_str()));
        let mut t = Table::new(&headers);
        for field in FIELDS {
            if meta_sets
                .iter()
                .all(|d| !d.summary.meta.contains_key(field))
            {
                continue;
            }
            let mut row = vec![field.to_string()];
            row.extend(
                meta_sets
                    .iter()
                    .map(|d| meta_cell(d.summary.meta.get(field))),
            );
            t.row(row);
        }
        out.push_str(&t.render());
    }

    // Worst pages, errors.
    for d in &run.datasets {
        if worst > 0 && d.summary.f1.is_some() && !d.pages.is_empty() {
            let mut pages: Vec<&PageResult> = d.pages.iter().filter(|p| p.text.is_some()).collect();
            pages.sort_by(|a, b| a.f1().total_cmp(&b.f1()).then_with(|| a.id.cmp(&b.id)));
            let _ = writeln!(
                out,
                "\n== {}: {} worst pages by F1 ==",
                d.name,
                worst.min(pages.len())
            );
            let with_type = d.pages.iter().any(|p| p.page_type.is_some());
            let mut headers = vec!["id", "F1", "P", "R", "chars"];
            if with_type {
                headers.push("type");
            }
            headers.push("url");
            let mut t = Table::new(&headers).align(headers.len() - 1, Align::Left);
            if with_type {
                t = t.align(5, Align::Left);
            }
            for p in pages.iter().take(worst) {
                let s = p.text.as_ref().expect("filtered");
                let mut row = vec![
                    short_id(&p.id),
                    f3(s.f1),
                    f3(s.precision),
                    f3(s.recall),
                    p.pred_chars.to_string(),
                ];
                if with_type {
                    row.push(p.page_type.clone().unwrap_or_default());
                }
                let mut url = clip(p.url.as_deref().unwrap_or(""), 70);
                if let Some(e) = &p.error {
                    url = format!("[{}] {url}", clip(e, 40));
                }
                row.push(url);
                t.row(row);
            }
            out.push_str(&t.render());
        }
        if worst > 0 && d.summary.f1.is_none() && !d.summary.meta.is_empty() {
            let misses: Vec<(&PageResult, Vec<&str>)> = d
                .pages
                .iter()
                .map(|p| {
                    let fields: Vec<&str> = p
                        .meta
                        .iter()
                        .filter(|(_, ok)| !**ok)
                        .map(|(f, _)| f.as_str())
                        .collect();
                    (p, fields)
                })
                .filter(|(_, f)| !f.is_empty())
                .collect();
            if !misses.is_empty() {
                let _ = writeln!(
                    out,
                    "\n== {}: metadata misses ({} pages, first {}) ==",
                    d.name,
                    misses.len(),
                    worst.min(misses.len())
                );
                let mut t = Table::new(&["id", "fields missed"]).align(1, Align::Left);
                for (p, f) in misses.iter().take(worst) {
                    t.row(vec![p.id.clone(), f.join(", ")]);
                }
                out.push_str(&t.render());
            }
        }
        let errors: Vec<&PageResult> = d.pages.iter().filter(|p| p.error.is_some()).collect();
        if !errors.is_empty() || !d.load_errors.is_empty() {
            let _ = writeln!(
                out,
                "\n== {}: {} pages failed, {} could not be loaded ==",
                d.name,
                errors.len(),
                d.load_errors.len()
            );
            const MAX: usize = 50;
            for p in errors.iter().take(MAX) {
                let _ = writeln!(
                    out,
                    "  {}  {}",
                    short_id(&p.id),
                    p.error.as_deref().unwrap_or("")
                );
            }
            for e in d.load_errors.iter().take(MAX) {
                let _ = writeln!(out, "  {}  (load) {}", short_id(&e.id), e.message);
            }
            if errors.len() > MAX || d.load_errors.len() > MAX {
                let _ = writeln!(out, "  ... (all of them are in the --json file)");
            }
        }
    }

    // Speed.
    let speed_sets: Vec<(&DatasetRecord, &Speed)> = run
        .datasets
        .iter()
        .filter_map(|d| d.speed.as_ref().map(|s| (d, s)))
        .collect();
    if let Some((_, first)) = speed_sets.first() {
        let _ = writeln!(
            out,
            "\n== Speed (one thread, median of {} runs; MB = 10^6 bytes of decoded HTML) ==",
            first.repeats
        );
        let mut t = Table::new(&[
            "set",
            "pages",
            "MB",
            "extract s",
            "pages/s",
            "MB/s",
            "parse s",
            "pages/s",
            "MB/s",
            "extract/parse",
        ]);
        for (d, s) in &speed_sets {
            t.row(vec![
                d.name.clone(),
                s.pages.to_string(),
                format!("{:.1}", s.bytes as f64 / 1e6),
                format!("{:.3}", s.extract_seconds),
                format!("{:.1}", s.pages_per_s),
                format!("{:.1}", s.mb_per_s),
                format!("{:.3}", s.parse_seconds),
                format!("{:.1}", s.parse_pages_per_s),
                format!("{:.1}", s.parse_mb_per_s),
                format!("{:.2}", s.ratio),
            ]);
        }
        out.push_str(&t.render());
        let _ = writeln!(
            out,
            "(parse = html5ever into markup5ever_rcdom alone, tree dropped, same pages)"
        );
        for (d, _) in &speed_sets {
            let mut timed: Vec<&PageResult> = d.pages.iter().filter(|p| p.ms.is_some()).collect();
            timed.sort_by(|a, b| b.ms.unwrap_or(0.0).total_cmp(&a.ms.unwrap_or(0.0)));
            if !timed.is_empty() {
                let list: Vec<String> = timed
                    .iter()
                    .take(3)
                    .map(|p| format!("{} {:.1} ms", short_id(&p.id), p.ms.unwrap_or(0.0)))
                    .collect();
                let _ = writeln!(out, "slowest {}: {}", d.name, list.join(", "));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::{bow_score, shingle_score};

    fn page(
        id: &str,
        text: Option<crate::metrics::TextScore>,
        meta: &[(&str, bool)],
    ) -> PageResult {
        PageResult {
            id: id.into(),
            page_type: Some("article".into()),
            text,
            meta: meta.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            ..PageResult::default()
        }
    }

    #[test]
    fn summary_of_shingle_pages() {
        let pages = [
            page("a", Some(shingle_score("a b c d e", "a b c d e")), &[]),
            page("b", Some(shingle_score("", "f g h i j")), &[]),
        ];
        let refs: Vec<&PageResult> = pages.iter().collect();
        let s = summarize(Metric::Shingle, &refs);
        assert_eq!(s.pages, 2);
        assert_eq!(s.precision, Some(1.0));
        assert_eq!(s.recall, Some(0.5));
        assert_eq!(s.accuracy, Some(0.5));
        assert_eq!(s.pred_nonempty, Some(1));
        assert!(s.by_type.is_empty());
    }

    #[test]
    fn summary_of_bow_pages_with_types_and_meta() {
        let mut p1 = page("1", Some(bow_score("a b", "a b")), &[("title", true)]);
        p1.snippets = Some(SnippetCounts {
            tp: 1,
            fp: 0,
            fn_: 1,
            tn: 2,
        });
        let mut p2 = page(
            "2",
            Some(bow_score("", "a b")),
            &[("title", false), ("byline", true)],
        );
        p2.page_type = Some("forum".into());
        p2.error = Some("panic: x".into());
        p2.snippets = Some(SnippetCounts {
            tp: 0,
            fp: 1,
            fn_: 2,
            tn: 1,
        });
        let refs = [&p1, &p2];
        let s = summarize(Metric::BagOfWords, &refs);
        assert_eq!(s.errors, 1);
        assert_eq!(s.f1, Some(0.5));
        assert_eq!(s.by_type["article"].f1, 1.0);
        assert_eq!(s.by_type["forum"].f1, 0.0);
        let sn = s.snippets.unwrap();
        assert_eq!((sn.tp, sn.fp, sn.fn_, sn.tn), (1, 1, 3, 3));
        assert_eq!(
            s.meta["title"],
            MetaCount {
                correct: 1,
                total: 2
            }
        );
        assert_eq!(
            s.meta["byline"],
            MetaCount {
                correct: 1,
                total: 1
            }
        );
    }

    #[test]
    fn table_alignment() {
        let mut t = Table::new(&["name", "n"]);
        t.row(vec!["a".into(), "10".into()]);
        t.row(vec!["long name".into(), "2".into()]);
        assert_eq!(
            t.render(),
            "name        n\n---------  --\na          10\nlong name   2\n"
        );
    }

    #[test]
    fn json_round_trip() {
        let run = RunRecord {
            format: FORMAT,
            tool: "inti-eval".into(),
            mode: "engine".into(),
            datasets: vec![DatasetRecord {
                name: "aeb".into(),
                summary: summarize(Metric::Shingle, &[]),
                pages: vec![page(
                    "a",
                    Some(shingle_score("x y", "x y")),
                    &[("title", true)],
                )],
                ..DatasetRecord::default()
            }],
            ..RunRecord::default()
        };
        let json = serde_json::to_string(&run).unwrap();
        let back: RunRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, run);
        assert!(render(&back, 5).contains("aeb"));
    }

    #[test]
    fn render_lists_failed_pages_and_worst_first() {
        let mut bad = page("bad", Some(shingle_score("", "a b c d e")), &[]);
        bad.error = Some("TooDeep: elements nest 2001 levels deep".into());
        let good = page("good", Some(shingle_score("a b c d e", "a b c d e")), &[]);
        let refs = [&good, &bad];
        let run = RunRecord {
            mode: "engine".into(),
            datasets: vec![DatasetRecord {
                name: "aeb".into(),
                summary: summarize(Metric::Shingle, &refs),
                pages: vec![good.clone(), bad.clone()],
                ..DatasetRecord::default()
            }],
            ..RunRecord::default()
        };
        let text = render(&run, 10);
        assert!(
            text.contains("aeb: 1 pages failed, 0 could not be loaded"),
            "{text}"
        );
        assert!(
            text.contains("  bad  TooDeep: elements nest 2001 levels deep"),
            "{text}"
        );
        let worst = text.find("worst pages").unwrap();
        let (b, g) = (
            text[worst..].find("\nbad ").unwrap(),
            text[worst..].find("\ngood ").unwrap(),
        );
        assert!(b < g, "{text}");
    }

    #[test]
    fn ids_and_clipping() {
        let hex = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856";
        assert_eq!(short_id(hex), "042bb7b5fedab6ea");
        assert_eq!(short_id("0001"), "0001");
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
