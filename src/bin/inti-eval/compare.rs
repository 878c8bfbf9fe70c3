//! `--compare FILE`: before/after figures of two runs.
//!
//! For each set present in both runs the aggregates are recomputed from the
//! per-page figures over the pages the two runs share (so a run with
//! `--limit` or a page that failed to load does not skew the deltas), then
//! the pages whose F1 moved most in each direction, metadata answers that
//! flipped, and errors that appeared or went away.

use crate::metadata::FIELDS;
use crate::report::{
    clip, f3, metric_from_name, ordered_types, short_id, summarize, Align, MetaCount, RunRecord,
    Summary, Table,
};
use crate::run::PageResult;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Changes smaller than this are "unchanged".
pub const EPSILON: f64 = 1e-9;

fn signed(v: f64) -> String {
    if v.abs() < 0.0005 {
        "0.000".to_string()
    } else {
        format!("{v:+.3}")
    }
}

fn describe(run: &RunRecord) -> String {
    let mut parts = vec![format!("mode {}", run.mode)];
    if let Some(g) = &run.git {
        parts.push(format!("git {g}"));
    }
    parts.push(format!("favor {}", run.favor));
    if let Some(l) = run.limit {
        parts.push(format!("limit {l}"));
    }
    if let Some(t) = &run.page_type {
        parts.push(format!("type {t}"));
    }
    parts.push(format!("created {}", run.created));
    parts.join(", ")
}

fn figure_rows(t: &mut Table, before: &Summary, after: &Summary) {
    let mut num = |name: &str, a: Option<f64>, b: Option<f64>| {
        if let (Some(a), Some(b)) = (a, b) {
            t.row(vec![name.to_string(), f3(a), f3(b), signed(b - a)]);
        }
    };
    num("precision", before.precision, after.precision);
    num("recall", before.recall, after.recall);
    num("F1", before.f1, after.f1);
    if before.metric == "shingle" {
        num("accuracy", before.accuracy, after.accuracy);
    }
    for k in ordered_types(&after.by_type) {
        if let Some(b) = before.by_type.get(k) {
            num(&format!("F1 {k}"), Some(b.f1), Some(after.by_type[k].f1));
        }
    }
    if let (Some(a), Some(b)) = (&before.snippets, &after.snippets) {
        num("snippet precision", Some(a.precision), Some(b.precision));
        num("snippet recall", Some(a.recall), Some(b.recall));
        num("snippet F1", Some(a.f1), Some(b.f1));
    }
    for field in FIELDS {
        let (a, b) = (before.meta.get(field), after.meta.get(field));
        if a.is_none() && b.is_none() {
            continue;
        }
        let a = a.copied().unwrap_or_default();
        let b = b.copied().unwrap_or_default();
        let cell = |c: MetaCount| format!("{}/{}", c.correct, c.total);
        t.row(vec![
            format!("meta {field}"),
            cell(a),
            cell(b),
            format!("{:+}", b.correct as i64 - a.correct as i64),
        ]);
    }
    t.row(vec![
        "errors".into(),
        before.errors.to_string(),
        after.errors.to_string(),
        format!("{:+}", after.errors as i64 - before.errors as i64),
    ]);
}

/// The comparison of an earlier run (`before`) with this one (`after`);
/// `n` pages are listed in each direction.
pub fn compare(before: &RunRecord, after: &RunRecord, n: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n== Comparison ==");
    let _ = writeln!(out, "before: {}", describe(before));
    let _ = writeln!(out, "after:  {}", describe(after));
    if before.mode != after.mode {
        let _ = writeln!(out, "warning: the runs are of different modes");
    }
    if before.tokens != after.tokens && !before.tokens.is_empty() {
        let _ = writeln!(
            out,
            "warning: the runs tokenise differently ({} before, {} after)",
            before.tokens, after.tokens
        );
    }
    for d_after in &after.datasets {
        let Some(d_before) = before.datasets.iter().find(|d| d.name == d_after.name) else {
            let _ = writeln!(out, "\n{}: not in the earlier run", d_after.name);
            continue;
        };
        let old: BTreeMap<&str, &PageResult> =
            d_before.pages.iter().map(|p| (p.id.as_str(), p)).collect();
        let new: BTreeMap<&str, &PageResult> =
            d_after.pages.iter().map(|p| (p.id.as_str(), p)).collect();
        let common: Vec<&str> = new
            .keys()
            .filter(|k| old.contains_key(*k))
            .copied()
            .collect();
        let only_old = old.len() - common.len();
        let only_new = new.len() - common.len();
        let _ = writeln!(out, "\n--- {} ---", d_after.name);
        if only_old > 0 || only_new > 0 {
            let _ = writeln!(
                out,
                "page sets differ: {} in common, {} only before, {} only after; \
                 figures below are over the common pages",
                common.len(),
                only_old,
                only_new
            );
        }
        let metric = metric_from_name(&d_after.summary.metric);
        let b_pages: Vec<&PageResult> = common.iter().map(|k| old[k]).collect();
        let a_pages: Vec<&PageResult> = common.iter().map(|k| new[k]).collect();
        let sb = summarize(metric, &b_pages);
        let sa = summarize(metric, &a_pages);
        let mut t = Table::new(&["figure", "before", "after", "delta"]);
        figure_rows(&mut t, &sb, &sa);
        if let (Some(a), Some(b)) = (&d_before.speed, &d_after.speed) {
            let speed = |v: f64| format!("{v:.1}");
            let rel = |x: f64, y: f64| {
                if x > 0.0 {
                    format!("{:+.1}%", 100.0 * (y - x) / x)
                } else {
                    "-".into()
                }
            };
            t.row(vec![
                "pages/s".into(),
                speed(a.pages_per_s),
                speed(b.pages_per_s),
                rel(a.pages_per_s, b.pages_per_s),
            ]);
            t.row(vec![
                "MB/s".into(),
                speed(a.mb_per_s),
                speed(b.mb_per_s),
                rel(a.mb_per_s, b.mb_per_s),
            ]);
            t.row(vec![
                "extract/parse".into(),
                format!("{:.2}", a.ratio),
                format!("{:.2}", b.ratio),
                format!("{:+.2}", b.ratio - a.ratio),
            ]);
        }
        out.push_str(&t.render());
        if d_before.speed.is_some() && d_after.speed.is_some() && (only_old > 0 || only_new > 0) {
            let _ = writeln!(out, "(speed figures are over each run's own pages)");
        }

        // Pages whose F1 moved.
        if metric != crate::datasets::Metric::None {
            let mut moves: Vec<(f64, &PageResult, &PageResult)> = common
                .iter()
                .map(|k| (new[k].f1() - old[k].f1(), old[k], new[k]))
                .collect();
            let up = moves.iter().filter(|m| m.0 > EPSILON).count();
            let down = moves.iter().filter(|m| m.0 < -EPSILON).count();
            let _ = writeln!(
                out,
                "pages: {up} better, {down} worse, {} unchanged (F1)",
                common.len() - up - down
            );
            moves.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
            let improved: Vec<_> = moves.iter().filter(|m| m.0 > EPSILON).take(n).collect();
            let mut worse: Vec<_> = moves.iter().filter(|m| m.0 < -EPSILON).collect();
            worse.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
            worse.truncate(n);
            for (title, list) in [("most improved", improved), ("most regressed", worse)] {
                if list.is_empty() || n == 0 {
                    continue;
                }
                let _ = writeln!(out, "{title}:");
                let mut t = Table::new(&[
                    "id",
                    "F1 before",
                    "F1 after",
                    "delta",
                    "P",
                    "R",
                    "type",
                    "url",
                ])
                .align(6, Align::Left)
                .align(7, Align::Left);
                for (delta, b, a) in list {
                    let (p, r) = a.text.as_ref().map_or(("-".into(), "-".into()), |s| {
                        (f3(s.precision), f3(s.recall))
                    });
                    t.row(vec![
                        short_id(&a.id),
                        f3(b.f1()),
                        f3(a.f1()),
                        signed(*delta),
                        p,
                        r,
                        a.page_type.clone().unwrap_or_default(),
                        clip(a.url.as_deref().unwrap_or(""), 60),
                    ]);
                }
                out.push_str(&t.render());
            }
        }

        // Metadata flips.
        let mut flips = Table::new(&["field", "fixed", "broken", "pages fixed", "pages broken"])
            .align(3, Align::Left)
            .align(4, Align::Left);
        for field in FIELDS {
            let (mut fixed, mut broken) = (Vec::new(), Vec::new());
            for k in &common {
                match (old[k].meta.get(field), new[k].meta.get(field)) {
                    (Some(false), Some(true)) => fixed.push(short_id(k)),
                    (Some(true), Some(false)) => broken.push(short_id(k)),
                    _ => {}
                }
            }
            if fixed.is_empty() && broken.is_empty() {
                continue;
            }
            let list = |v: &[String]| {
                let mut s = v
                    .iter()
                    .take(n.max(1))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                if v.len() > n.max(1) {
                    s.push_str(" …");
                }
                s
            };
            flips.row(vec![
                field.to_string(),
                format!("+{}", fixed.len()),
                format!("-{}", broken.len()),
                list(&fixed),
                list(&broken),
            ]);
        }
        if !flips.is_empty() {
            let _ = writeln!(out, "metadata answers that changed:");
            out.push_str(&flips.render());
        }

        // Errors.
        let err =
            |m: &BTreeMap<&str, &PageResult>, k: &str| m.get(k).is_some_and(|p| p.error.is_some());
        let new_errors: Vec<&str> = common
            .iter()
            .filter(|k| err(&new, k) && !err(&old, k))
            .copied()
            .collect();
        let fixed_errors: Vec<&str> = common
            .iter()
            .filter(|k| !err(&new, k) && err(&old, k))
            .copied()
            .collect();
        for k in &new_errors {
            let _ = writeln!(
                out,
                "new error: {}  {}",
                short_id(k),
                new[k].error.as_deref().unwrap_or("")
            );
        }
        if !fixed_errors.is_empty() {
            let ids: BTreeSet<String> = fixed_errors.iter().map(|k| short_id(k)).collect();
            let _ = writeln!(
                out,
                "errors gone: {}",
                ids.into_iter().collect::<Vec<_>>().join(" ")
            );
        }
    }
    for d in &before.datasets {
        if !after.datasets.iter().any(|a| a.name == d.name) {
            let _ = writeln!(out, "\n{}: only in the earlier run", d.name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datasets::Metric;
    use crate::metrics::shingle_score;
    use crate::report::DatasetRecord;

    fn page(id: &str, pred: &str, truth: &str, title_ok: bool) -> PageResult {
        PageResult {
            id: id.into(),
            text: Some(shingle_score(pred, truth)),
            meta: [("title".to_string(), title_ok)].into_iter().collect(),
            ..PageResult::default()
        }
    }

    fn run(pages: Vec<PageResult>) -> RunRecord {
        let refs: Vec<&PageResult> = pages.iter().collect();
        RunRecord {
            mode: "engine".into(),
            datasets: vec![DatasetRecord {
                name: "aeb".into(),
                summary: summarize(Metric::Shingle, &refs),
                pages,
                ..DatasetRecord::default()
            }],
            ..RunRecord::default()
        }
    }

    #[test]
    fn compare_lists_moves_both_ways() {
        let before = run(vec![
            page("up", "", "a b c d e", false),
            page("down", "a b c d e", "a b c d e", true),
            page("same", "a b c d e", "a b c d e", true),
            page("gone", "a b", "a b", true),
        ]);
        let mut after = run(vec![
            page("up", "a b c d e", "a b c d e", true),
            page("down", "x y z", "a b c d e", true),
            page("same", "a b c d e", "a b c d e", false),
            page("new", "a b", "a b", true),
        ]);
        after.datasets[0].pages[1].error = Some("panic: boom".into());
        let text = compare(&before, &after, 5);
        assert!(
            text.contains("3 in common, 1 only before, 1 only after"),
            "{text}"
        );
        assert!(text.contains("1 better, 1 worse, 1 unchanged"), "{text}");
        assert!(text.contains("most improved:\n"), "{text}");
        assert!(text.contains("most regressed:\n"), "{text}");
        assert!(text.contains("new error: down  panic: boom"), "{text}");
        // F1 over the common pages: before P = (1+1)/2 (empty pred skipped),
        // R = (0+1+1)/3; after P = (1+0+1)/3, R = 2/3.
        let fb = crate::metrics::f1(1.0, 2.0 / 3.0);
        let fa = crate::metrics::f1(2.0 / 3.0, 2.0 / 3.0);
        let row = |name: &str| -> Vec<String> {
            let line = text.lines().find(|l| l.starts_with(name)).expect(name);
            line.split_whitespace().map(String::from).collect()
        };
        assert_eq!(
            row("F1 "),
            vec!["F1".to_string(), f3(fb), f3(fa), "-0.133".into()]
        );
        assert_eq!(row("meta title"), vec!["meta", "title", "2/3", "2/3", "+0"]);
        assert_eq!(row("errors"), vec!["errors", "0", "1", "+1"]);
        // title: "up" fixed, "same" broken
        assert_eq!(row("title "), vec!["title", "+1", "-1", "up", "same"]);
    }

    #[test]
    fn compare_identical_runs_has_no_moves() {
        let r = run(vec![page("a", "a b c d e", "a b c d e", true)]);
        let text = compare(&r, &r, 5);
        assert!(text.contains("0 better, 0 worse, 1 unchanged"), "{text}");
        assert!(!text.contains("most improved"));
        assert!(!text.contains("metadata answers"));
    }
}
