//! The text metrics of the evaluation, implemented exactly as the bench
//! README defines them (`../shared/bench/README.md`):
//!
//! - the **AEB shingle metric** (scrapinghub's article-extraction-benchmark):
//!   case-sensitive `\w+` tokens, multisets of overlapping 4-token shingles,
//!   per-page precision/recall, corpus means over the pages whose prediction
//!   (precision) or truth (recall) is non-empty, F1 of the two means, and the
//!   share of pages whose token lists are identical;
//! - the **WCXB bag-of-words metric**: lowercase `\w+` tokens as multisets,
//!   per-page P/R/F1, macro-averaged over pages;
//! - the **snippet metric** (trafilatura's evaluation): whitespace-collapsed
//!   substring search of "with" and "without" snippets, summed over the corpus.
//!
//! Tokens are the matches of the Unicode regex `\w+` of the `regex` crate.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The token pattern: the Unicode `\w+` of the `regex` crate (letters,
/// marks, decimal digits, connector punctuation, joiners).
pub const WORD: &str = r"\w+";

/// The token pattern of Python's `re` module, which the published evaluators
/// use: its `\w` is letters, any numeric character and the underscore, with
/// no combining marks (a Devanagari vowel sign splits a word there; `½` is a
/// word).
pub const PYTHON_WORD: &str = r"[\p{L}\p{N}_]+";

static PYTHON_TOKENS: AtomicBool = AtomicBool::new(false);

/// Switches tokenisation to [`PYTHON_WORD`]. Takes effect only before the
/// first text is tokenised (call it at start-up).
pub fn use_python_tokens(on: bool) {
    PYTHON_TOKENS.store(on, Ordering::Relaxed);
}

/// The pattern in force.
pub fn token_pattern() -> &'static str {
    word_regex().as_str()
}

fn word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = if PYTHON_TOKENS.load(Ordering::Relaxed) {
            PYTHON_WORD
        } else {
            WORD
        };
        Regex::new(pattern).expect("valid regex")
    })
}

/// The `\w+` tokens of a text, case kept.
pub fn tokens(text: &str) -> Vec<&str> {
    word_regex().find_iter(text).map(|m| m.as_str()).collect()
}

/// The `\w+` tokens of a text with their byte ranges in it.
pub fn token_spans(text: &str) -> Vec<(usize, usize)> {
    word_regex()
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The tokens of the lowercased text (the text is lowercased first, as the
/// WCXB evaluator does).
pub fn lowercase_tokens(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    tokens(&lower).into_iter().map(str::to_owned).collect()
}

/// The shingle length of the AEB metric.
pub const SHINGLE: usize = 4;

/// The shingles of a token list: every window of [`SHINGLE`] tokens; a list of
/// 1 to 3 tokens is one shorter shingle; an empty list has none.
pub fn shingle_list<T>(toks: &[T]) -> Vec<&[T]> {
    if toks.is_empty() {
        Vec::new()
    } else if toks.len() < SHINGLE {
        vec![toks]
    } else {
        toks.windows(SHINGLE).collect()
    }
}

/// The multiset of shingles of a token list.
pub fn shingles<T: std::hash::Hash + Eq>(toks: &[T]) -> HashMap<&[T], usize> {
    let mut bag = HashMap::new();
    for s in shingle_list(toks) {
        *bag.entry(s).or_insert(0) += 1;
    }
    bag
}

/// One page's text score, for either metric. `tp`/`fp`/`fn_` count shingles
/// (AEB metric) or tokens (bag of words: `tp` is the overlap, `fp` the
/// predicted tokens beyond it, `fn_` the truth tokens beyond it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TextScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Tokens in the prediction (`\w+`).
    pub pred_tokens: usize,
    /// Tokens in the truth.
    pub truth_tokens: usize,
    /// The token lists are identical (case-sensitive).
    pub exact: bool,
}

impl TextScore {
    pub fn pred_nonempty(&self) -> bool {
        self.pred_tokens > 0
    }
    pub fn truth_nonempty(&self) -> bool {
        self.truth_tokens > 0
    }
}

/// F1 of a precision and a recall; 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// AEB per-page precision: 1 when fp = fn = 0, 0 when tp = 0, else tp/(tp+fp).
pub fn aeb_precision(tp: usize, fp: usize, fn_: usize) -> f64 {
    if fp == 0 && fn_ == 0 {
        1.0
    } else if tp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    }
}

/// AEB per-page recall: 1 when fp = fn = 0, 0 when tp = 0, else tp/(tp+fn).
pub fn aeb_recall(tp: usize, fp: usize, fn_: usize) -> f64 {
    if fp == 0 && fn_ == 0 {
        1.0
    } else if tp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fn_) as f64
    }
}

/// The AEB shingle score of one page.
pub fn shingle_score(pred: &str, truth: &str) -> TextScore {
    let pred_toks = tokens(pred);
    let truth_toks = tokens(truth);
    let p = shingles(&pred_toks);
    let t = shingles(&truth_toks);
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (s, &pc) in &p {
        let tc = t.get(s).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += pc.saturating_sub(tc);
    }
    for (s, &tc) in &t {
        let pc = p.get(s).copied().unwrap_or(0);
        fn_ += tc.saturating_sub(pc);
    }
    let precision = aeb_precision(tp, fp, fn_);
    let recall = aeb_recall(tp, fp, fn_);
    TextScore {
        precision,
        recall,
        f1: f1(precision, recall),
        tp,
        fp,
        fn_,
        pred_tokens: pred_toks.len(),
        truth_tokens: truth_toks.len(),
        exact: pred_toks == truth_toks,
    }
}

/// The WCXB bag-of-words score of one page. An empty truth scores 1/1/1
/// against an empty prediction and 0/0/0 against any other; an empty
/// prediction scores 0/0/0 against a non-empty truth (the rules of the WCXB
/// evaluator, where the README's ratios are undefined).
pub fn bow_score(pred: &str, truth: &str) -> TextScore {
    let pred_toks = lowercase_tokens(pred);
    let truth_toks = lowercase_tokens(truth);
    let exact = tokens(pred) == tokens(truth);
    let (np, nt) = (pred_toks.len(), truth_toks.len());
    let mut truth_bag: HashMap<&str, usize> = HashMap::new();
    for t in &truth_toks {
        *truth_bag.entry(t.as_str()).or_insert(0) += 1;
    }
    let mut overlap = 0;
    for t in &pred_toks {
        if let Some(c) = truth_bag.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                overlap += 1;
            }
        }
    }
    let (precision, recall) = if nt == 0 {
        if np == 0 {
            (1.0, 1.0)
        } else {
            (0.0, 0.0)
        }
    } else if np == 0 {
        (0.0, 0.0)
    } else {
        (overlap as f64 / np as f64, overlap as f64 / nt as f64)
    };
    let f = if nt == 0 && np == 0 {
        1.0
    } else {
        f1(precision, recall)
    };
    TextScore {
        precision,
        recall,
        f1: f,
        tp: overlap,
        fp: np - overlap,
        fn_: nt - overlap,
        pred_tokens: np,
        truth_tokens: nt,
        exact,
    }
}

/// Corpus figures of the AEB metric.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AebCorpus {
    /// Mean per-page precision over the pages with a non-empty prediction
    /// (0 when there is none).
    pub precision: f64,
    /// Mean per-page recall over the pages with a non-empty truth.
    pub recall: f64,
    /// 2PR/(P+R) of the two means.
    pub f1: f64,
    /// Share of pages whose token lists are identical.
    pub accuracy: f64,
    /// Pages whose prediction is non-empty (those the precision averages).
    pub pred_nonempty: usize,
    /// Pages whose truth is non-empty (those the recall averages).
    pub truth_nonempty: usize,
}

pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0usize);
    for v in values {
        sum += v;
        n += 1;
    }
    (n > 0).then(|| sum / n as f64)
}

pub fn aeb_corpus<'a>(scores: impl IntoIterator<Item = &'a TextScore>) -> AebCorpus {
    let all: Vec<&TextScore> = scores.into_iter().collect();
    let with_pred: Vec<f64> = all
        .iter()
        .filter(|s| s.pred_nonempty())
        .map(|s| s.precision)
        .collect();
    let with_truth: Vec<f64> = all
        .iter()
        .filter(|s| s.truth_nonempty())
        .map(|s| s.recall)
        .collect();
    let precision = mean(with_pred.iter().copied()).unwrap_or(0.0);
    let recall = mean(with_truth.iter().copied()).unwrap_or(0.0);
    let accuracy = mean(all.iter().map(|s| if s.exact { 1.0 } else { 0.0 })).unwrap_or(0.0);
    AebCorpus {
        precision,
        recall,
        f1: f1(precision, recall),
        accuracy,
        pred_nonempty: with_pred.len(),
        truth_nonempty: with_truth.len(),
    }
}

/// Macro-averaged precision, recall and F1 (means of the per-page figures;
/// the F1 is the mean of the per-page F1s, not the F1 of the means).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MacroScore {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

pub fn macro_average<'a>(scores: impl IntoIterator<Item = &'a TextScore>) -> MacroScore {
    let all: Vec<&TextScore> = scores.into_iter().collect();
    MacroScore {
        pages: all.len(),
        precision: mean(all.iter().map(|s| s.precision)).unwrap_or(0.0),
        recall: mean(all.iter().map(|s| s.recall)).unwrap_or(0.0),
        f1: mean(all.iter().map(|s| s.f1)).unwrap_or(0.0),
    }
}

/// Collapses every run of whitespace to one space and trims.
pub fn collapse_ws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Snippet counts of one page or a corpus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnippetCounts {
    /// "with" snippets found.
    pub tp: usize,
    /// "without" snippets found.
    pub fp: usize,
    /// "with" snippets missing.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// "without" snippets absent.
    pub tn: usize,
}

impl SnippetCounts {
    pub fn add(&mut self, other: &SnippetCounts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.tn += other.tn;
    }
    /// tp/(tp+fp), 0 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp/(tp+fn), 0 when there is no "with" snippet.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// 2tp/(2tp+fp+fn), 0 when the denominator is 0.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Typographic quotes folded to ASCII: `‘ ’` to `'` and `“ ”` to `"`. Not
/// part of any metric: the evaluation reports the snippet F1 with quotes
/// folded on both sides beside the real one, because WCXB's snippets were
/// drafted with straight quotes where most pages (and inti, which keeps a
/// page's characters) curl them, and a snippet that differs only there
/// counts as missed.
pub fn fold_quotes(text: &str) -> std::borrow::Cow<'_, str> {
    const CURLY: [char; 4] = ['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}'];
    if !text.contains(CURLY) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// Which snippets a page's output contains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SnippetCheck {
    pub counts: SnippetCounts,
    /// The "with" snippets that are missing.
    pub missing: Vec<String>,
    /// The "without" snippets that were found.
    pub leaked: Vec<String>,
}

/// Checks the snippets against a page's output: whitespace collapsed in both,
/// case-sensitive substring search. Snippets empty after collapsing are
/// skipped (an empty string is in every text and would count for nothing).
pub fn snippet_check(pred: &str, with: &[String], without: &[String]) -> SnippetCheck {
    let text = collapse_ws(pred);
    let mut check = SnippetCheck::default();
    for s in with {
        let s = collapse_ws(s);
        if s.is_empty() {
            continue;
        }
        if text.contains(&s) {
            check.counts.tp += 1;
        } else {
            check.counts.fn_ += 1;
            check.missing.push(s);
        }
    }
    for s in without {
        let s = collapse_ws(s);
        if s.is_empty() {
            continue;
        }
        if text.contains(&s) {
            check.counts.fp += 1;
            check.leaked.push(s);
        } else {
            check.counts.tn += 1;
        }
    }
    check
}

/// Runs of tokens of `a` that are not covered by any of its shingles matched
/// in `b` (each shingle of `b` matches at most as often as it occurs there).
/// With `a` = truth, `b` = prediction these are the passages the prediction
/// misses; the other way round, the passages it adds. Returns token index
/// ranges `start..end`.
pub fn unmatched_runs<T: std::hash::Hash + Eq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let mut available = shingles(b);
    let mut covered = vec![false; a.len()];
    for (i, s) in shingle_list(a).into_iter().enumerate() {
        if let Some(c) = available.get_mut(s) {
            if *c > 0 {
                *c -= 1;
                for flag in &mut covered[i..i + s.len()] {
                    *flag = true;
                }
            }
        }
    }
    let mut runs = Vec::new();
    let mut start = None;
    for (i, &c) in covered.iter().enumerate() {
        match (c, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, a.len()));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Héllo, wörld! it's 2024_05 — 東京"),
            vec!["Héllo", "wörld", "it", "s", "2024_05", "東京"]
        );
        assert!(tokens("  — ... !! ").is_empty());
        assert_eq!(lowercase_tokens("The THE the"), vec!["the", "the", "the"]);
    }

    #[test]
    fn python_pattern_differs_on_marks_and_numerics() {
        let rust = Regex::new(WORD).unwrap();
        let python = Regex::new(PYTHON_WORD).unwrap();
        let words = |re: &Regex, s: &str| re.find_iter(s).count();
        // Devanagari "हिंदी": vowel signs and anusvara are marks.
        assert_eq!(words(&rust, "हिंदी"), 1);
        assert_eq!(words(&python, "हिंदी"), 2);
        // Other numerics (½, ²) are words for Python only.
        assert_eq!(words(&rust, "½ x²"), 1);
        assert_eq!(words(&python, "½ x²"), 2);
        assert_eq!(words(&python, "it's a_b 42"), 4);
    }

    #[test]
    fn shingles_of_short_and_empty_texts() {
        let t: Vec<&str> = vec![];
        assert!(shingle_list(&t).is_empty());
        assert_eq!(shingle_list(&["a"]), vec![&["a"][..]]);
        assert_eq!(shingle_list(&["a", "b", "c"]), vec![&["a", "b", "c"][..]]);
        assert_eq!(shingle_list(&["a", "b", "c", "d"]).len(), 1);
        assert_eq!(shingle_list(&["a", "b", "c", "d", "e"]).len(), 2);
        // "a b a b a b a" has windows abab, baba, abab, baba.
        let rep = ["a", "b", "a", "b", "a", "b", "a"];
        let bag = shingles(&rep);
        assert_eq!(bag.len(), 2);
        assert_eq!(bag[&["a", "b", "a", "b"][..]], 2);
        assert_eq!(bag[&["b", "a", "b", "a"][..]], 2);
    }

    #[test]
    fn shingle_identical_texts() {
        let s = shingle_score("One two three four five.", "One two, three four five");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 0, 0));
        assert!(close(s.precision, 1.0) && close(s.recall, 1.0) && close(s.f1, 1.0));
        assert!(s.exact);
    }

    #[test]
    fn shingle_partial_overlap() {
        // truth: a b c d e f  -> abcd bcde cdef
        // pred:  a b c d e x  -> abcd bcde cdex
        let s = shingle_score("a b c d e x", "a b c d e f");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 1, 1));
        assert!(close(s.precision, 2.0 / 3.0));
        assert!(close(s.recall, 2.0 / 3.0));
        assert!(close(s.f1, 2.0 / 3.0));
        assert!(!s.exact);
        // Prediction with extra text: truth fully covered.
        // truth: a b c d e (abcd bcde); pred: z a b c d e (zabc abcd bcde)
        let s = shingle_score("z a b c d e", "a b c d e");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 1, 0));
        assert!(close(s.precision, 2.0 / 3.0) && close(s.recall, 1.0));
        assert!(close(s.f1, 0.8));
    }

    #[test]
    fn shingle_is_case_sensitive() {
        let s = shingle_score("Alpha beta", "alpha beta");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 1, 1));
        assert_eq!(s.precision, 0.0);
        assert_eq!(s.recall, 0.0);
        assert!(!s.exact);
    }

    #[test]
    fn shingle_short_texts() {
        // 1-3 tokens: one shorter shingle, all or nothing.
        let s = shingle_score("hello world", "hello world");
        assert_eq!((s.tp, s.fp, s.fn_), (1, 0, 0));
        let s = shingle_score("hello", "hello world");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 1, 1));
        assert_eq!(s.f1, 0.0);
        // A 3-token truth against a 4-token prediction that contains it.
        let s = shingle_score("a b c d", "a b c");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 1, 1));
    }

    #[test]
    fn shingle_repeated_shingles_are_a_multiset() {
        // truth: "x y z w" twice = 8 tokens, windows: xyzw yzwx zwxy wxyz xyzw -> xyzw x2
        // pred:  "x y z w" once -> xyzw x1
        let s = shingle_score("x y z w", "x y z w x y z w");
        assert_eq!((s.tp, s.fp, s.fn_), (1, 0, 4));
        assert!(close(s.precision, 1.0));
        assert!(close(s.recall, 0.2));
        // The other way round: the prediction repeats the text.
        let s = shingle_score("x y z w x y z w", "x y z w");
        assert_eq!((s.tp, s.fp, s.fn_), (1, 4, 0));
        assert!(close(s.precision, 0.2) && close(s.recall, 1.0));
    }

    #[test]
    fn shingle_empty_sides() {
        let s = shingle_score("", "some truth text here");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 0, 1));
        assert_eq!((s.precision, s.recall), (0.0, 0.0));
        assert!(!s.pred_nonempty() && s.truth_nonempty());
        let s = shingle_score("some output", "");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 1, 0));
        assert_eq!((s.precision, s.recall), (0.0, 0.0));
        assert!(s.pred_nonempty() && !s.truth_nonempty());
        // Both empty: fp = fn = 0, so 1.0 (and identical token lists).
        let s = shingle_score(" — ", "");
        assert_eq!((s.precision, s.recall), (1.0, 1.0));
        assert!(s.exact);
    }

    #[test]
    fn aeb_corpus_means_skip_empty_sides() {
        let pages = [
            // perfect page
            shingle_score("a b c d e", "a b c d e"),
            // empty prediction: counts for recall (0), not for precision
            shingle_score("", "f g h i j"),
            // half right: precision 2/3, recall 2/3
            shingle_score("a b c d e x", "a b c d e f"),
        ];
        let c = aeb_corpus(pages.iter());
        assert_eq!(c.pred_nonempty, 2);
        assert_eq!(c.truth_nonempty, 3);
        let p = (1.0 + 2.0 / 3.0) / 2.0;
        let r = (1.0 + 0.0 + 2.0 / 3.0) / 3.0;
        assert!(close(c.precision, p));
        assert!(close(c.recall, r));
        assert!(close(c.f1, 2.0 * p * r / (p + r)));
        assert!(close(c.accuracy, 1.0 / 3.0));
        // No prediction at all: everything 0, no division by zero.
        let pages = [shingle_score("", "a b"), shingle_score("", "c d")];
        let c = aeb_corpus(pages.iter());
        assert_eq!(
            (c.precision, c.recall, c.f1, c.accuracy),
            (0.0, 0.0, 0.0, 0.0)
        );
        let c = aeb_corpus([].iter());
        assert_eq!(c.f1, 0.0);
    }

    #[test]
    fn bow_basic_and_lowercase() {
        // pred: the cat sat (3), truth: The cat sat on the mat (6); overlap 3
        let s = bow_score("the CAT sat", "The cat sat on the mat");
        assert_eq!((s.tp, s.fp, s.fn_), (3, 0, 3));
        assert!(close(s.precision, 1.0) && close(s.recall, 0.5));
        assert!(close(s.f1, 2.0 / 3.0));
        // Multiset: "the the the" vs "the cat": overlap 1.
        let s = bow_score("the the the", "the cat");
        assert_eq!(s.tp, 1);
        assert!(close(s.precision, 1.0 / 3.0) && close(s.recall, 0.5));
        assert!(close(s.f1, 0.4));
        // Order does not matter.
        let s = bow_score("mat the on sat cat the", "The cat sat on the mat");
        assert!(close(s.f1, 1.0));
        assert!(!s.exact);
    }

    #[test]
    fn bow_empty_sides() {
        let s = bow_score("", "");
        assert_eq!((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0));
        let s = bow_score("something", "");
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        let s = bow_score("", "truth");
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        let s = bow_score("x", "y");
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
    }

    #[test]
    fn macro_average_is_mean_of_page_figures() {
        let pages = [bow_score("a b", "a b"), bow_score("a", "a b c d")];
        let m = macro_average(pages.iter());
        assert_eq!(m.pages, 2);
        assert!(close(m.precision, 1.0));
        assert!(close(m.recall, (1.0 + 0.25) / 2.0));
        assert!(close(m.f1, (1.0 + 0.4) / 2.0));
        assert_eq!(macro_average([].iter()).f1, 0.0);
    }

    #[test]
    fn quotes_fold_to_ascii() {
        assert_eq!(
            fold_quotes("it\u{2019}s \u{201C}here\u{201D} \u{2018}x\u{2019}"),
            "it's \"here\" 'x'"
        );
        assert!(matches!(
            fold_quotes("plain 'x'"),
            std::borrow::Cow::Borrowed(_)
        ));
        let c = snippet_check(
            &fold_quotes("We\u{2019}ve tested it."),
            &["We've tested".to_string()],
            &[],
        );
        assert_eq!(c.counts.tp, 1);
    }

    #[test]
    fn snippets() {
        let with = vec!["quick  brown\nfox".to_string(), "lazy cat".to_string()];
        let without = vec!["Subscribe now".to_string(), "Cookie policy".to_string()];
        let c = snippet_check(
            "The quick brown   fox jumps.\n\nSubscribe   now!",
            &with,
            &without,
        );
        assert_eq!(
            c.counts,
            SnippetCounts {
                tp: 1,
                fp: 1,
                fn_: 1,
                tn: 1
            }
        );
        assert_eq!(c.missing, vec!["lazy cat"]);
        assert_eq!(c.leaked, vec!["Subscribe now"]);
        // Case-sensitive.
        let c = snippet_check("QUICK BROWN FOX", &with[..1], &[]);
        assert_eq!(c.counts.fn_, 1);
        // Empty prediction: every "with" missed, every "without" absent.
        let c = snippet_check("", &with, &without);
        assert_eq!(
            c.counts,
            SnippetCounts {
                tp: 0,
                fp: 0,
                fn_: 2,
                tn: 2
            }
        );
        // Empty snippets are skipped.
        let c = snippet_check("abc", &[" ".to_string()], &[String::new()]);
        assert_eq!(c.counts, SnippetCounts::default());
    }

    #[test]
    fn snippet_corpus_figures() {
        let mut total = SnippetCounts::default();
        total.add(&SnippetCounts {
            tp: 3,
            fp: 1,
            fn_: 1,
            tn: 2,
        });
        total.add(&SnippetCounts {
            tp: 1,
            fp: 0,
            fn_: 3,
            tn: 4,
        });
        assert_eq!(
            total,
            SnippetCounts {
                tp: 4,
                fp: 1,
                fn_: 4,
                tn: 6
            }
        );
        assert!(close(total.precision(), 0.8));
        assert!(close(total.recall(), 0.5));
        assert!(close(total.f1(), 8.0 / 13.0));
        let zero = SnippetCounts::default();
        assert_eq!(
            (zero.precision(), zero.recall(), zero.f1()),
            (0.0, 0.0, 0.0)
        );
    }

    #[test]
    fn unmatched_runs_find_missing_and_extra_passages() {
        let truth = tokens("a b c d e f g h i j");
        let pred = tokens("x y a b c d e f q");
        // pred covers truth a..f (shingles abcd bcde cdef); g h i j missing
        assert_eq!(unmatched_runs(&truth, &pred), vec![(6, 10)]);
        // extra in pred: x y at the start, q at the end
        assert_eq!(unmatched_runs(&pred, &truth), vec![(0, 2), (8, 9)]);
        let empty: Vec<&str> = vec![];
        assert_eq!(unmatched_runs(&truth, &empty), vec![(0, 10)]);
        assert!(unmatched_runs(&empty, &truth).is_empty());
        assert!(unmatched_runs(&truth, &truth).is_empty());
    }
}
