//! Running the predictors on pages, scoring one page, and timing.

use crate::datasets::{Kind, Metric, Page};
use crate::metadata;
use crate::metrics::{self, SnippetCounts, TextScore};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::panic::AssertUnwindSafe;
use std::time::Instant;

/// What produces the predictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `inti::extract` (the real thing).
    Engine,
    /// The truth itself (a check of the metrics: everything must score 1).
    Oracle,
    /// The whole `<body>` text (a floor: high recall, low precision).
    BaselineBodyText,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Engine => "engine",
            Mode::Oracle => "oracle",
            Mode::BaselineBodyText => "baseline-body-text",
        }
    }
}

/// One page's output, whatever produced it.
#[derive(Clone, Debug, Default)]
pub struct Prediction {
    pub text: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub site_name: Option<String>,
    pub excerpt: Option<String>,
    pub readerable: Option<bool>,
    /// Why the extraction failed (`Err` or panic); the text is then empty.
    pub error: Option<String>,
    /// Time of the engine call, in seconds (engine mode).
    pub seconds: f64,
}

impl Prediction {
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

    fn from_article(a: inti::Article) -> Prediction {
        Prediction {
            text: a.text,
            title: a.title,
            byline: a.byline,
            published: a.published,
            lang: a.lang,
            dir: a.dir,
            site_name: a.site_name,
            excerpt: a.excerpt,
            readerable: Some(a.readerable),
            ..Prediction::default()
        }
    }
}

thread_local! {
    static CURRENT_PAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Makes a panic inside the engine print one line naming the page, instead
/// of the default message; the panic is then caught and counted.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let page = CURRENT_PAGE.with(|c| c.borrow().clone());
        match page {
            Some(id) => eprintln!("inti-eval: panic on page {id}: {info}"),
            None => default(info),
        }
    }));
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

/// The options for one page: the base options with the page's URL.
pub fn options_for(page: &Page, base: &inti::Options) -> inti::Options {
    inti::Options {
        url: page.url.clone(),
        ..base.clone()
    }
}

/// Runs `inti::extract` on a page, catching errors and panics.
pub fn extract(page: &Page, options: &inti::Options) -> Prediction {
    CURRENT_PAGE.with(|c| *c.borrow_mut() = Some(page.id.clone()));
    let start = Instant::now();
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| inti::extract(&page.html, options)));
    let seconds = start.elapsed().as_secs_f64();
    CURRENT_PAGE.with(|c| *c.borrow_mut() = None);
    let mut pred = match result {
        Ok(Ok(article)) => Prediction::from_article(article),
        Ok(Err(e)) => Prediction {
            error: Some(format!("{}: {e}", e.kind())),
            ..Prediction::default()
        },
        Err(payload) => Prediction {
            error: Some(format!("panic: {}", panic_message(payload.as_ref()))),
            ..Prediction::default()
        },
    };
    pred.seconds = seconds;
    pred
}

/// The prediction of the given mode for a page.
pub fn predict(page: &Page, mode: Mode, base: &inti::Options) -> Prediction {
    match mode {
        Mode::Engine => extract(page, &options_for(page, base)),
        Mode::Oracle => {
            let t = &page.truth;
            Prediction {
                text: t.text.clone().unwrap_or_default(),
                title: t.title.clone(),
                byline: t.byline.clone(),
                published: t.published.clone(),
                lang: t.lang.clone(),
                dir: t.dir.clone(),
                site_name: t.site_name.clone(),
                excerpt: t.excerpt.clone(),
                readerable: t.readerable,
                ..Prediction::default()
            }
        }
        Mode::BaselineBodyText => {
            let (text, title) = crate::baseline::body_text(&page.html);
            Prediction {
                text,
                title,
                ..Prediction::default()
            }
        }
    }
}

/// The scores of one page. Serialized in the `--json` output and read back by
/// `--compare`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageResult {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_type: Option<String>,
    /// Why the extraction failed; the page is scored as an empty prediction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The text score (the set's metric), when the set has text truth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<TextScore>,
    /// Snippet counts (WCXB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippets: Option<SnippetCounts>,
    /// The same with typographic quotes folded on both sides (a diagnostic,
    /// see [`metrics::fold_quotes`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippets_quotes_folded: Option<SnippetCounts>,
    /// Metadata fields where the truth has a value: whether ours is correct.
    #[serde(default)]
    pub meta: BTreeMap<String, bool>,
    /// Characters of the predicted text.
    #[serde(default)]
    pub pred_chars: usize,
    /// Median extraction time of the page, in milliseconds (when timed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ms: Option<f64>,
}

impl PageResult {
    /// The page's F1 under its set's metric (0 without text truth).
    pub fn f1(&self) -> f64 {
        self.text.as_ref().map_or(0.0, |t| t.f1)
    }
}

/// Scores a prediction against the page's truth.
pub fn score(kind: Kind, page: &Page, pred: &Prediction) -> PageResult {
    let truth = &page.truth;
    let text = truth.text.as_deref().and_then(|t| match kind.metric() {
        Metric::Shingle => Some(metrics::shingle_score(&pred.text, t)),
        Metric::BagOfWords => Some(metrics::bow_score(&pred.text, t)),
        Metric::None => None,
    });
    let snippets = (kind == Kind::Wcxb)
        .then(|| metrics::snippet_check(&pred.text, &truth.with, &truth.without).counts);
    let snippets_quotes_folded = (kind == Kind::Wcxb).then(|| {
        let fold_all = |list: &[String]| -> Vec<String> {
            list.iter()
                .map(|s| metrics::fold_quotes(s).into_owned())
                .collect()
        };
        metrics::snippet_check(
            &metrics::fold_quotes(&pred.text),
            &fold_all(&truth.with),
            &fold_all(&truth.without),
        )
        .counts
    });
    let mut meta = BTreeMap::new();
    for field in metadata::FIELDS {
        let verdict = if field == "readerable" {
            truth.readerable.map(|t| pred.readerable == Some(t))
        } else {
            metadata::check(field, pred.field(field), truth.field(field))
        };
        if let Some(ok) = verdict {
            meta.insert(field.to_string(), ok);
        }
    }
    PageResult {
        id: page.id.clone(),
        url: page.url.clone(),
        page_type: truth.page_type.clone(),
        error: pred.error.clone(),
        text,
        snippets,
        snippets_quotes_folded,
        meta,
        pred_chars: pred.text.chars().count(),
        ms: None,
    }
}

/// Extraction time of each page, one single-threaded pass, in seconds.
pub fn time_extraction(pages: &[&Page], options: &[inti::Options]) -> Vec<f64> {
    pages
        .iter()
        .zip(options)
        .map(|(page, opts)| {
            let start = Instant::now();
            let result =
                std::panic::catch_unwind(AssertUnwindSafe(|| inti::extract(&page.html, opts)));
            let seconds = start.elapsed().as_secs_f64();
            drop(black_box(result));
            seconds
        })
        .collect()
}

/// Time of html5ever parsing alone into `markup5ever_rcdom` (dropping the
/// tree included, as an extraction drops its own), one pass, in seconds.
pub fn time_parse(pages: &[&Page]) -> Vec<f64> {
    use html5ever::tendril::TendrilSink;
    pages
        .iter()
        .map(|page| {
            let start = Instant::now();
            let dom =
                html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
                    .one(page.html.as_str());
            drop(black_box(dom));
            start.elapsed().as_secs_f64()
        })
        .collect()
}

/// The median of some numbers (mean of the middle two for an even count).
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datasets::Truth;

    fn page(text: &str) -> Page {
        Page {
            id: "p1".into(),
            url: Some("https://example.com/a".into()),
            html: "<html><body><p>Hello world</p></body></html>".into(),
            truth: Truth {
                text: Some(text.into()),
                with: vec!["alpha beta".into()],
                without: vec!["Menu".into()],
                page_type: Some("article".into()),
                title: Some("The Title".into()),
                byline: Some("Jane Roe".into()),
                published: Some("2024-01-02".into()),
                ..Truth::default()
            },
        }
    }

    #[test]
    fn oracle_scores_one() {
        let p = page("alpha beta gamma delta epsilon");
        let pred = predict(&p, Mode::Oracle, &inti::Options::default());
        for kind in [Kind::Aeb, Kind::Wcxb] {
            let r = score(kind, &p, &pred);
            let t = r.text.unwrap();
            assert_eq!((t.precision, t.recall, t.f1), (1.0, 1.0, 1.0));
            assert!(t.exact);
            assert!(r.meta.values().all(|&ok| ok));
            assert_eq!(r.meta.len(), 3);
        }
        let r = score(Kind::Wcxb, &p, &pred);
        assert_eq!(
            r.snippets.unwrap(),
            SnippetCounts {
                tp: 1,
                fp: 0,
                fn_: 0,
                tn: 1
            }
        );
    }

    #[test]
    fn failed_page_scores_as_empty_prediction() {
        let p = page("alpha beta gamma delta epsilon");
        let pred = Prediction {
            error: Some("TooDeep: ...".into()),
            ..Prediction::default()
        };
        let r = score(Kind::Aeb, &p, &pred);
        assert_eq!(r.error.as_deref(), Some("TooDeep: ..."));
        assert_eq!(r.f1(), 0.0);
        assert!(!r.text.unwrap().pred_nonempty());
        assert_eq!(r.meta.get("title"), Some(&false));
    }

    #[test]
    fn engine_errors_are_caught() {
        let mut p = page("x");
        p.html = "<p>".repeat(100);
        let opts = inti::Options {
            max_input_bytes: 10,
            ..inti::Options::default()
        };
        let pred = predict(&p, Mode::Engine, &opts);
        assert!(pred.error.unwrap().starts_with("InputTooLarge"));
    }

    #[test]
    fn baseline_reads_body() {
        let p = page("Hello world");
        let pred = predict(&p, Mode::BaselineBodyText, &inti::Options::default());
        assert_eq!(pred.text, "Hello world");
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), 0.0);
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
    }
}
