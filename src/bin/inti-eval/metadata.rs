//! Metadata checks: how a field of ours is compared with the truth's.
//!
//! Every field is scored only on the pages where the truth has a value
//! (non-empty after whitespace normalisation); a missing value of ours there
//! is a miss. The rules:
//!
//! - **title**, **siteName**, **excerpt**: equal after whitespace
//!   normalisation (runs of whitespace collapsed to one space, trimmed);
//!   case and punctuation count.
//! - **byline**: both sides are normalised (whitespace collapsed, case folded,
//!   a leading "by" dropped) and reduced to their `\w+` tokens. It is correct
//!   when the token lists are equal, or when one is a contiguous run of the
//!   other's at word boundaries, the shorter having at least two tokens: ours
//!   may name one of several authors or drop credentials ("Jane Roe" for
//!   "Jane Roe, MD"), or add a few words to the name ("Jane Roe, Staff
//!   Writer" for "Jane Roe"), but at most [`BYLINE_EXTRA_TOKENS`] more than
//!   the truth, so a paragraph that happens to contain the name does not count.
//! - **published**: the day. The truth's date part is its leading
//!   `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all it gives, then
//!   compared at that precision); ours must start with it. A truth value
//!   without a leading ISO date does not count as a value.
//! - **lang**: equal ignoring ASCII case (`en-US` = `en-us`; `en` ≠ `en-US`).
//! - **dir**: equal ignoring ASCII case.
//! - **readerable**: the booleans are equal.

use crate::metrics::{collapse_ws, tokens};

/// How many tokens a byline of ours may have beyond the truth's and still
/// count when it contains the truth's name.
pub const BYLINE_EXTRA_TOKENS: usize = 6;

/// The metadata fields scored, in report order.
pub const FIELDS: [&str; 8] = [
    "title",
    "byline",
    "published",
    "lang",
    "dir",
    "siteName",
    "excerpt",
    "readerable",
];

/// A truth value worth scoring: non-empty after whitespace normalisation.
pub fn has_value(truth: Option<&str>) -> bool {
    truth.is_some_and(|t| !collapse_ws(t).is_empty())
}

pub fn text_match(ours: Option<&str>, truth: &str) -> bool {
    ours.is_some_and(|o| collapse_ws(o) == collapse_ws(truth))
}

fn byline_tokens(s: &str) -> Vec<String> {
    let lower = collapse_ws(s).to_lowercase();
    let toks: Vec<String> = tokens(&lower).into_iter().map(str::to_owned).collect();
    match toks.split_first() {
        Some((first, rest)) if first == "by" => rest.to_vec(),
        _ => toks,
    }
}

fn contains_run(long: &[String], short: &[String]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

pub fn byline_match(ours: Option<&str>, truth: &str) -> bool {
    let Some(ours) = ours else { return false };
    let o = byline_tokens(ours);
    let t = byline_tokens(truth);
    if o.is_empty() || t.is_empty() {
        return false;
    }
    if o == t {
        return true;
    }
    if o.len() < t.len() {
        // Ours names part of the truth (one author, no credentials).
        o.len() >= 2 && contains_run(&t, &o)
    } else {
        // Ours adds a few words around the truth's name.
        t.len() >= 2 && o.len() - t.len() <= BYLINE_EXTRA_TOKENS && contains_run(&o, &t)
    }
}

/// The leading ISO date of a value: `YYYY-MM-DD`, else `YYYY-MM`, else `YYYY`.
pub fn date_part(value: &str) -> Option<&str> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        range.end <= b.len() && b[range].iter().all(u8::is_ascii_digit)
    };
    if !digits(0..4) {
        return None;
    }
    if b.len() >= 7 && b[4] == b'-' && digits(5..7) {
        if b.len() >= 10 && b[7] == b'-' && digits(8..10) {
            return Some(&v[..10]);
        }
        return Some(&v[..7]);
    }
    if b.len() == 4 || !b[4].is_ascii_digit() {
        return Some(&v[..4]);
    }
    None
}

/// Whether the truth's published value is one we can score.
pub fn has_date(truth: Option<&str>) -> bool {
    truth.and_then(date_part).is_some()
}

pub fn date_match(ours: Option<&str>, truth: &str) -> bool {
    let Some(t) = date_part(truth) else {
        return false;
    };
    ours.and_then(date_part)
        .is_some_and(|o| o.len() >= t.len() && o.starts_with(t))
}

pub fn code_match(ours: Option<&str>, truth: &str) -> bool {
    ours.is_some_and(|o| o.trim().eq_ignore_ascii_case(truth.trim()))
}

/// Scores one field: `None` when the truth has no value, else whether ours
/// matches it.
pub fn check(field: &str, ours: Option<&str>, truth: Option<&str>) -> Option<bool> {
    if field == "published" {
        let t = truth.filter(|t| has_date(Some(t)))?;
        return Some(date_match(ours, t));
    }
    let t = truth.filter(|t| has_value(Some(t)))?;
    Some(match field {
        "byline" => byline_match(ours, t),
        "lang" | "dir" => code_match(ours, t),
        _ => text_match(ours, t),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_whitespace_only() {
        assert!(text_match(Some("  A  day\n at sea "), "A day at sea"));
        assert!(!text_match(Some("A Day at Sea"), "A day at sea"));
        assert!(!text_match(Some("A day at sea."), "A day at sea"));
        assert!(!text_match(None, "A day at sea"));
        assert_eq!(check("title", Some("x"), Some("   ")), None);
        assert_eq!(check("title", Some("x"), None), None);
        assert_eq!(check("title", None, Some("x")), Some(false));
    }

    #[test]
    fn byline_rules() {
        assert!(byline_match(Some("Jane Roe"), "jane  roe"));
        assert!(byline_match(Some("By Jane Roe"), "Jane Roe"));
        assert!(byline_match(Some("Jane Roe"), "By\n\t Jane Roe"));
        // One of several authors.
        assert!(byline_match(
            Some("Jared Newman"),
            "Jared Newman and Sam Singleton"
        ));
        // Credentials dropped.
        assert!(byline_match(
            Some("Dylan Bailey"),
            "Dylan Bailey, MS, RD, FAND"
        ));
        // A few extra words of ours.
        assert!(byline_match(Some("Jane Roe, Staff Writer"), "Jane Roe"));
        // Too much extra text.
        assert!(!byline_match(
            Some("Jane Roe is a writer who has covered the city for the paper since 2004"),
            "Jane Roe"
        ));
        // A single shared word is not enough.
        assert!(!byline_match(Some("Roe"), "Jane Roe"));
        assert!(!byline_match(Some("Jane Smith"), "Jane Roe"));
        assert!(!byline_match(None, "Jane Roe"));
        assert!(!byline_match(Some("By"), "Jane Roe"));
        // Single-word names must be equal.
        assert!(byline_match(Some("beijingwalker"), "beijingwalker"));
        assert!(!byline_match(Some("beijingwalker2"), "beijingwalker"));
        // Non-Latin names.
        assert!(byline_match(Some("肖春芳"), "肖春芳"));
    }

    #[test]
    fn dates() {
        assert_eq!(date_part("2015-07-10T09:53:00-04:00"), Some("2015-07-10"));
        assert_eq!(date_part("2017-11-03 03:01:00.000000"), Some("2017-11-03"));
        assert_eq!(date_part("2025-09"), Some("2025-09"));
        assert_eq!(date_part("2025"), Some("2025"));
        assert_eq!(date_part("March 3, 2020"), None);
        assert_eq!(date_part("20250101"), None);
        assert_eq!(date_part(""), None);
        assert!(date_match(
            Some("2015-07-10T13:53:00Z"),
            "2015-07-10T09:53:00-04:00"
        ));
        assert!(!date_match(Some("2015-07-11"), "2015-07-10"));
        assert!(date_match(Some("2025-09-04"), "2025-09"));
        assert!(!date_match(Some("2025-09"), "2025-09-04"));
        assert!(!date_match(None, "2025-09-04"));
        assert!(!date_match(Some("yesterday"), "2025-09-04"));
        assert_eq!(check("published", Some("2020-01-01"), Some("soon")), None);
        assert_eq!(check("published", None, Some("2020-01-01")), Some(false));
    }

    #[test]
    fn codes() {
        assert!(code_match(Some("en-US"), "en-us"));
        assert!(!code_match(Some("en"), "en-US"));
        assert!(code_match(Some("RTL"), "rtl"));
        assert_eq!(check("lang", Some("fr"), Some("fr")), Some(true));
        assert_eq!(check("dir", None, Some("ltr")), Some(false));
    }
}
