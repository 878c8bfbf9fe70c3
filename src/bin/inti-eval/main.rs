//! `inti-eval`: scores inti's extraction against public evaluation sets and
//! measures its speed. Run `inti-eval --help` for the options; the metrics
//! are those of `../shared/bench/README.md` (see `metrics.rs`).

mod baseline;
mod compare;
mod datasets;
mod metadata;
mod metrics;
mod report;
mod run;

use datasets::{Dataset, Kind, Page, Selection};
use report::{DatasetRecord, LoadErrorRecord, RunRecord, Speed};
use run::{Mode, PageResult, Prediction};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const HELP: &str = "\
inti-eval: score inti's extraction against public evaluation sets

USAGE:
    inti-eval [OPTIONS]

DATA SETS (under --bench DIR; see docs/evaluation.md for where to get them):
    aeb           aeb/: 181 news articles (scrapinghub/article-extraction-benchmark);
                  truth = article body text; metric: 4-token shingles (P, R, F1, accuracy)
    wcxb          wcxb-dev/: 1,497 pages of 7 types (Murrough-Foley/web-content-extraction-
                  benchmark, dev split); metric: lowercase bag of words, macro P/R/F1 overall
                  and per page type, plus the with/without snippet metric; title, author, date
    readability   readability-pages/: 130 pages of mozilla/readability's test suite;
                  metadata only (title, byline, published, lang, dir, siteName, excerpt,
                  readerable)

OPTIONS:
    --bench DIR          Root of the sets [default: ../shared/bench]
    --dataset NAME       aeb | wcxb | readability | all [default: all]
    --limit N            Only the first N pages of each set (by id)
    --type TYPE          WCXB pages of one type only (article, service, product,
                         collection, forum, listing, documentation); implies --dataset wcxb
    --only ID            One page (an id, or a unique prefix of one): prints its scores,
                         the metadata side by side, the missing and extra passages, and
                         saves the predicted and truth texts (in --dump DIR, else in
                         the system's temp dir under inti-eval/)
    --worst N            List the N worst pages per set [default: 10]
    --dump DIR           Write DIR/<set>/<id>.pred.txt, <id>.truth.txt and <id>.meta.txt
                         for every page
    --json FILE          Write every per-page and aggregate figure as JSON
    --compare FILE       Compare with an earlier --json file: per-set deltas (over the
                         pages both runs share), pages whose F1 moved most both ways,
                         metadata answers that flipped, new and fixed errors
    --repeat K           Timing runs for the speed figures; the median is reported
                         [default: 3]; 0 skips the speed measurement
    --jobs N             Threads for loading and scoring [default: 1]; the speed
                         measurement always runs on one thread
    --favor MODE         Options.favor: precision | balanced | recall [default: balanced]
    --options JSON       Other extraction options as a JSON object with the API's
                         camelCase names, e.g. '{\"keepCaptions\":false}'
    --baseline-body-text Score the whole <body> text instead of the engine (a floor:
                         recall near the top, precision low)
    --python-tokens      Tokenise as Python's re does ([\\p{L}\\p{N}_]+: no combining
                         marks, all numerics), as the published evaluators do, instead
                         of the regex crate's \\w+; figures then match theirs exactly
    -h, --help           This help

Speed: pages are decompressed and decoded once up front (not timed). Each set is then
extracted page by page on one thread, K times, and parsed by html5ever into
markup5ever_rcdom alone, K times; the report gives the medians in pages/s and MB/s and
the ratio extraction/parse. With --jobs 1 the scoring pass is the first timed run.

A page whose extraction returns an error or panics is counted and listed, scored as an
empty prediction; the run goes on. Exit status: 0 when the run completes, 2 on bad
arguments or a missing bench folder.
";

#[derive(Debug, Clone)]
struct Args {
    bench: PathBuf,
    sets: Vec<Kind>,
    selection: Selection,
    worst: usize,
    dump: Option<PathBuf>,
    json: Option<PathBuf>,
    compare: Option<PathBuf>,
    repeat: usize,
    jobs: usize,
    favor: inti::Favor,
    /// Extra options as JSON (checked when parsed).
    options_json: Option<String>,
    mode: Mode,
    python_tokens: bool,
}

fn parse_args(argv: &[String]) -> Result<Option<Args>, String> {
    let mut args = Args {
        bench: PathBuf::from("../shared/bench"),
        sets: Kind::ALL.to_vec(),
        selection: Selection::default(),
        worst: 10,
        dump: None,
        json: None,
        compare: None,
        repeat: 3,
        jobs: 1,
        favor: inti::Favor::Balanced,
        options_json: None,
        mode: Mode::Engine,
        python_tokens: false,
    };
    let mut dataset_given = false;
    let mut i = 0;
    while i < argv.len() {
        let arg = &argv[i];
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            i += 1;
            argv.get(i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |v: String, name: &str| -> Result<usize, String> {
            v.parse().map_err(|_| format!("{name}: not a number: {v}"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--bench" => args.bench = PathBuf::from(value()?),
            "--dataset" => {
                let v = value()?;
                dataset_given = true;
                args.sets = if v == "all" {
                    Kind::ALL.to_vec()
                } else {
                    vec![Kind::from_name(&v).ok_or_else(|| {
                        format!("--dataset: unknown set {v} (aeb, wcxb, readability or all)")
                    })?]
                };
            }
            "--limit" => args.selection.limit = Some(number(value()?, "--limit")?),
            "--type" => args.selection.page_type = Some(value()?),
            "--only" => args.selection.only = Some(value()?),
            "--worst" => args.worst = number(value()?, "--worst")?,
            "--dump" => args.dump = Some(PathBuf::from(value()?)),
            "--json" => args.json = Some(PathBuf::from(value()?)),
            "--compare" => args.compare = Some(PathBuf::from(value()?)),
            "--repeat" => args.repeat = number(value()?, "--repeat")?,
            "--jobs" => args.jobs = number(value()?, "--jobs")?.max(1),
            "--favor" => {
                let v = value()?;
                args.favor = match v.as_str() {
                    "precision" => inti::Favor::Precision,
                    "balanced" => inti::Favor::Balanced,
                    "recall" => inti::Favor::Recall,
                    _ => return Err(format!("--favor: unknown value {v}")),
                };
            }
            "--options" => {
                let v = value()?;
                serde_json::from_str::<inti::Options>(&v).map_err(|e| format!("--options: {e}"))?;
                args.options_json = Some(v);
            }
            "--oracle" => args.mode = Mode::Oracle,
            "--python-tokens" => args.python_tokens = true,
            "--baseline-body-text" => args.mode = Mode::BaselineBodyText,
            _ => return Err(format!("unknown argument {arg} (see --help)")),
        }
        if inline.is_some()
            && matches!(
                name.as_str(),
                "--oracle" | "--baseline-body-text" | "--python-tokens"
            )
        {
            return Err(format!("{name} takes no value"));
        }
        i += 1;
    }
    if args.selection.page_type.is_some() {
        if dataset_given && args.sets != [Kind::Wcxb] {
            return Err("--type applies to the wcxb set only".into());
        }
        args.sets = vec![Kind::Wcxb];
    }
    Ok(Some(args))
}

fn favor_name(f: inti::Favor) -> &'static str {
    match f {
        inti::Favor::Precision => "precision",
        inti::Favor::Balanced => "balanced",
        inti::Favor::Recall => "recall",
    }
}

fn missing_bench(bench: &Path) -> String {
    format!(
        "inti-eval: bench folder {} not found (pass --bench DIR).\n\
         It holds the public evaluation sets, one folder each:\n  \
         aeb/                from github.com/scrapinghub/article-extraction-benchmark \
         (ground-truth.json, html/)\n  \
         wcxb-dev/           the dev/ folder of github.com/Murrough-Foley/web-content-extraction-benchmark \
         (html/, ground-truth/)\n  \
         readability-pages/  test/test-pages/ of github.com/mozilla/readability\n\
         Files may be gzipped or not. See docs/evaluation.md.",
        bench.display()
    )
}

fn git_revision() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["describe", "--always", "--dirty"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !s.is_empty()).then_some(s)
}

fn now_unix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The prediction and score of every page of a set (in page order).
fn score_set(
    set: &Dataset,
    mode: Mode,
    options: &inti::Options,
    jobs: usize,
    keep_predictions: bool,
) -> (Vec<PageResult>, Vec<Option<Prediction>>, Vec<f64>) {
    let results = datasets::parallel_map(&set.pages, jobs, |page| {
        let pred = run::predict(page, mode, options);
        let result = run::score(set.kind, page, &pred);
        let seconds = pred.seconds;
        (result, keep_predictions.then_some(pred), seconds)
    });
    let mut scores = Vec::with_capacity(results.len());
    let mut preds = Vec::with_capacity(results.len());
    let mut times = Vec::with_capacity(results.len());
    for (r, p, t) in results {
        scores.push(r);
        preds.push(p);
        times.push(t);
    }
    (scores, preds, times)
}

/// Single-threaded timing of one set; `first` is a timed pass already done
/// (per-page seconds), used as the first of the `repeat` runs.
fn measure_speed(
    set: &Dataset,
    results: &mut [PageResult],
    options: &inti::Options,
    repeat: usize,
    first: Option<Vec<f64>>,
) -> Speed {
    // Pages that panicked are not timed again.
    let idx: Vec<usize> = (0..set.pages.len())
        .filter(|&i| {
            !results[i]
                .error
                .as_deref()
                .is_some_and(|e| e.starts_with("panic"))
        })
        .collect();
    let pages: Vec<&Page> = idx.iter().map(|&i| &set.pages[i]).collect();
    let opts: Vec<inti::Options> = pages.iter().map(|p| run::options_for(p, options)).collect();
    // Extraction and parse passes alternate, so a change of the machine's
    // load during the measurement touches both alike.
    let mut first = first.map(|f| idx.iter().map(|&i| f[i]).collect::<Vec<f64>>());
    let mut per_page: Vec<Vec<f64>> = Vec::new();
    let mut parse: Vec<f64> = Vec::new();
    for _ in 0..repeat {
        per_page.push(match first.take() {
            Some(f) => f,
            None => run::time_extraction(&pages, &opts),
        });
        parse.push(run::time_parse(&pages).iter().sum());
    }
    for (k, &i) in idx.iter().enumerate() {
        let samples: Vec<f64> = per_page.iter().map(|r| r[k]).collect();
        results[i].ms = Some(run::median(&samples) * 1e3);
    }
    let totals: Vec<f64> = per_page.iter().map(|r| r.iter().sum()).collect();
    let bytes = pages.iter().map(|p| p.html.len()).sum();
    Speed::new(pages.len(), bytes, totals, parse)
}

fn write_file(path: &Path, contents: &str) {
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(path, contents) {
        eprintln!("inti-eval: cannot write {}: {e}", path.display());
    }
}

fn meta_text(page: &Page, pred: &Prediction, result: &PageResult) -> String {
    let mut out = String::new();
    for field in metadata::FIELDS {
        let (ours, truth) = if field == "readerable" {
            (
                pred.readerable.map(|b| b.to_string()),
                page.truth.readerable.map(|b| b.to_string()),
            )
        } else {
            (
                pred.field(field).map(str::to_owned),
                page.truth.field(field).map(str::to_owned),
            )
        };
        if ours.is_none() && truth.is_none() {
            continue;
        }
        let verdict = match result.meta.get(field) {
            Some(true) => "ok  ",
            Some(false) => "MISS",
            None => "  - ",
        };
        out.push_str(&format!(
            "{verdict} {field:<10} ours:  {}\n{:<15} truth: {}\n",
            ours.as_deref()
                .map_or("(none)".into(), |s| format!("{s:?}")),
            "",
            truth
                .as_deref()
                .map_or("(none)".into(), |s| format!("{s:?}")),
        ));
    }
    out
}

fn dump_page(
    dir: &Path,
    kind: Kind,
    page: &Page,
    pred: &Prediction,
    result: &PageResult,
) -> PathBuf {
    let base = dir.join(kind.name());
    write_file(&base.join(format!("{}.pred.txt", page.id)), &pred.text);
    if let Some(t) = &page.truth.text {
        write_file(&base.join(format!("{}.truth.txt", page.id)), t);
    }
    write_file(
        &base.join(format!("{}.meta.txt", page.id)),
        &meta_text(page, pred, result),
    );
    base
}

/// Runs of tokens as the original text spans them, clipped for display.
fn show_runs(
    text: &str,
    spans: &[(usize, usize)],
    runs: &[(usize, usize)],
    limit: usize,
) -> String {
    let mut out = String::new();
    let total: usize = runs.iter().map(|(s, e)| e - s).sum();
    out.push_str(&format!("{} tokens in {} passages\n", total, runs.len()));
    let mut runs = runs.to_vec();
    runs.sort_by_key(|(s, e)| std::cmp::Reverse(e - s));
    for (s, e) in runs.iter().take(limit) {
        let slice = metrics::collapse_ws(&text[spans[*s].0..spans[*e - 1].1]);
        let shown = if slice.chars().count() > 300 {
            let head: String = slice.chars().take(200).collect();
            let tail: String = {
                let v: Vec<char> = slice.chars().collect();
                v[v.len() - 80..].iter().collect()
            };
            format!("{head} [...] {tail}")
        } else {
            slice
        };
        out.push_str(&format!("  [{} tokens at {}] {}\n", e - s, s, shown));
    }
    if runs.len() > limit {
        out.push_str(&format!(
            "  ... {} shorter passages more\n",
            runs.len() - limit
        ));
    }
    out
}

fn page_study(
    kind: Kind,
    page: &Page,
    pred: &Prediction,
    result: &PageResult,
    files: &Path,
    mode: Mode,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "== {} {} ==", kind.name(), page.id);
    if let Some(u) = &page.url {
        let _ = writeln!(out, "url:   {u}");
    }
    if let Some(t) = &page.truth.page_type {
        let _ = writeln!(out, "type:  {t}");
    }
    if let Some(e) = &result.error {
        let _ = writeln!(out, "ERROR: {e}");
    }
    if mode == Mode::Engine {
        let _ = writeln!(
            out,
            "html:  {} bytes; extraction {:.2} ms",
            page.html.len(),
            pred.seconds * 1e3
        );
    } else {
        let _ = writeln!(
            out,
            "html:  {} bytes; predictor: {}",
            page.html.len(),
            mode.name()
        );
    }
    if let Some(truth) = &page.truth.text {
        let sh = metrics::shingle_score(&pred.text, truth);
        let bow = metrics::bow_score(&pred.text, truth);
        let mut t = report::Table::new(&["metric", "precision", "recall", "F1", "tp", "fp", "fn"]);
        for (name, s) in [("shingle (aeb)", &sh), ("bag of words (wcxb)", &bow)] {
            t.row(vec![
                name.into(),
                report::f3(s.precision),
                report::f3(s.recall),
                report::f3(s.f1),
                s.tp.to_string(),
                s.fp.to_string(),
                s.fn_.to_string(),
            ]);
        }
        let _ = writeln!(
            out,
            "text:  {} tokens predicted, {} in the truth; identical: {}; scored by {}",
            sh.pred_tokens,
            sh.truth_tokens,
            sh.exact,
            kind.metric().name()
        );
        let _ = write!(out, "{}", t.render());
        if kind == Kind::Wcxb {
            let c = metrics::snippet_check(&pred.text, &page.truth.with, &page.truth.without);
            let _ = writeln!(
                out,
                "snippets: with {}/{} found, without {}/{} found",
                c.counts.tp,
                c.counts.tp + c.counts.fn_,
                c.counts.fp,
                c.counts.fp + c.counts.tn
            );
            for s in &c.missing {
                let _ = writeln!(out, "  missing with:  {}", report::clip(s, 160));
            }
            for s in &c.leaked {
                let _ = writeln!(out, "  found without: {}", report::clip(s, 160));
            }
        }
        let pt = metrics::tokens(&pred.text);
        let tt = metrics::tokens(truth);
        let ps = metrics::token_spans(&pred.text);
        let ts = metrics::token_spans(truth);
        let _ = writeln!(
            out,
            "\nmissing from the prediction (truth passages no matched shingle covers):"
        );
        let _ = write!(
            out,
            "{}",
            show_runs(truth, &ts, &metrics::unmatched_runs(&tt, &pt), 20)
        );
        let _ = writeln!(
            out,
            "\nextra in the prediction (passages the truth does not have):"
        );
        let _ = write!(
            out,
            "{}",
            show_runs(&pred.text, &ps, &metrics::unmatched_runs(&pt, &tt), 20)
        );
    }
    let _ = writeln!(out, "\nmetadata:");
    let _ = write!(out, "{}", meta_text(page, pred, result));
    let base = files.join(kind.name());
    let _ = writeln!(
        out,
        "\nfiles: {}",
        base.join(format!("{}.pred.txt", page.id)).display()
    );
    if page.truth.text.is_some() {
        let _ = writeln!(
            out,
            "       {}",
            base.join(format!("{}.truth.txt", page.id)).display()
        );
    }
    let _ = writeln!(out);
    out
}

/// Writes to standard output, ignoring a closed pipe (`inti-eval | head`).
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(Some(a)) => a,
        Ok(None) => {
            emit(HELP);
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("inti-eval: {e}");
            return ExitCode::from(2);
        }
    };
    if !args.bench.is_dir() {
        eprintln!("{}", missing_bench(&args.bench));
        return ExitCode::from(2);
    }
    metrics::use_python_tokens(args.python_tokens);
    run::install_panic_hook();
    let started = Instant::now();
    let base: inti::Options = args
        .options_json
        .as_deref()
        .map(|json| serde_json::from_str(json).expect("checked when parsed"))
        .unwrap_or_default();
    let options = inti::Options {
        favor: args.favor,
        ..base
    };
    let load_threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let study = args.selection.only.is_some();
    let keep_predictions = study || args.dump.is_some();
    let mut records = Vec::new();

    let mut sets: Vec<Dataset> = Vec::new();
    for &kind in &args.sets {
        let t0 = Instant::now();
        match datasets::load(&args.bench, kind, &args.selection, load_threads) {
            Ok(set) => {
                eprintln!(
                    "inti-eval: {}: {} pages, {:.1} MB loaded in {:.1} s",
                    kind.name(),
                    set.pages.len(),
                    set.bytes() as f64 / 1e6,
                    t0.elapsed().as_secs_f64()
                );
                sets.push(set);
            }
            Err(e) => eprintln!("inti-eval: {}: {e}; skipped", kind.name()),
        }
    }
    if let Some(only) = &args.selection.only {
        // An exact id in any set wins over prefixes of ids in the others.
        if sets.iter().any(|s| s.pages.iter().any(|p| &p.id == only)) {
            for s in &mut sets {
                s.pages.retain(|p| &p.id == only);
            }
        }
        let total: usize = sets.iter().map(|s| s.pages.len()).sum();
        if total != 1 {
            if total == 0 {
                eprintln!("inti-eval: no page matches --only {only}");
            } else {
                eprintln!("inti-eval: --only {only} matches {total} pages:");
                for s in &sets {
                    for p in s.pages.iter().take(20) {
                        eprintln!("  {} {}", s.kind.name(), p.id);
                    }
                }
            }
            for s in &sets {
                for e in &s.load_errors {
                    eprintln!(
                        "  {} {}: could not be loaded: {}",
                        s.kind.name(),
                        e.id,
                        e.message
                    );
                }
            }
            return ExitCode::from(2);
        }
        sets.retain(|s| !s.pages.is_empty());
    }

    for set in &sets {
        let kind = set.kind;
        let t1 = Instant::now();
        let timed_scoring = args.mode == Mode::Engine && args.jobs == 1 && args.repeat > 0;
        let (mut results, preds, times) =
            score_set(set, args.mode, &options, args.jobs, keep_predictions);
        eprintln!(
            "inti-eval: {}: scored in {:.1} s",
            kind.name(),
            t1.elapsed().as_secs_f64()
        );

        let files_dir = args
            .dump
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("inti-eval"));
        if keep_predictions {
            for ((page, pred), result) in set.pages.iter().zip(&preds).zip(&results) {
                if let Some(pred) = pred {
                    dump_page(&files_dir, kind, page, pred, result);
                    if study {
                        emit(&page_study(kind, page, pred, result, &files_dir, args.mode));
                    }
                }
            }
        }

        let speed = (args.mode == Mode::Engine && args.repeat > 0 && !study).then(|| {
            let t2 = Instant::now();
            let s = measure_speed(
                set,
                &mut results,
                &options,
                args.repeat,
                timed_scoring.then_some(times),
            );
            eprintln!(
                "inti-eval: {}: timed in {:.1} s",
                kind.name(),
                t2.elapsed().as_secs_f64()
            );
            s
        });
        let refs: Vec<&PageResult> = results.iter().collect();
        records.push(DatasetRecord {
            name: kind.name().to_string(),
            summary: report::summarize(kind.metric(), &refs),
            speed,
            load_errors: set
                .load_errors
                .iter()
                .map(|e| LoadErrorRecord {
                    id: e.id.clone(),
                    message: e.message.clone(),
                })
                .collect(),
            pages: results,
        });
    }

    let run = RunRecord {
        format: report::FORMAT,
        tool: "inti-eval".into(),
        inti_version: env!("CARGO_PKG_VERSION").into(),
        git: git_revision(),
        created: now_unix(),
        mode: args.mode.name().into(),
        favor: favor_name(args.favor).into(),
        tokens: metrics::token_pattern().into(),
        limit: args.selection.limit,
        page_type: args.selection.page_type.clone(),
        datasets: records,
    };
    if !study {
        emit(&report::render(&run, args.worst));
    }
    if let Some(path) = &args.json {
        match serde_json::to_string_pretty(&run) {
            Ok(json) => write_file(path, &json),
            Err(e) => eprintln!("inti-eval: cannot serialise the results: {e}"),
        }
    }
    if let Some(path) = &args.compare {
        let earlier = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice::<RunRecord>(&b).map_err(|e| e.to_string()));
        match earlier {
            Ok(before) => {
                if before.format != report::FORMAT {
                    eprintln!(
                        "inti-eval: {} is of format {}, this tool writes {}; comparing anyway",
                        path.display(),
                        before.format,
                        report::FORMAT
                    );
                }
                emit(&compare::compare(&before, &run, args.worst));
            }
            Err(e) => eprintln!("inti-eval: cannot read {}: {e}", path.display()),
        }
    }
    if let Some(dir) = &args.dump {
        eprintln!("inti-eval: texts written under {}", dir.display());
    }
    eprintln!(
        "inti-eval: done in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Option<Args>, String> {
        let v: Vec<String> = s.split_whitespace().map(String::from).collect();
        parse_args(&v)
    }

    #[test]
    fn args_defaults_and_values() {
        let a = parse("").unwrap().unwrap();
        assert_eq!(a.sets, Kind::ALL.to_vec());
        assert_eq!((a.worst, a.repeat, a.jobs), (10, 3, 1));
        assert_eq!(a.bench, PathBuf::from("../shared/bench"));
        let a = parse("--dataset aeb --limit=5 --worst 3 --repeat 0 --jobs 2 --oracle")
            .unwrap()
            .unwrap();
        assert_eq!(a.sets, vec![Kind::Aeb]);
        assert_eq!(a.selection.limit, Some(5));
        assert_eq!((a.worst, a.repeat, a.jobs), (3, 0, 2));
        assert_eq!(a.mode, Mode::Oracle);
        let a = parse("--type forum").unwrap().unwrap();
        assert_eq!(a.sets, vec![Kind::Wcxb]);
        assert!(parse("--help").unwrap().is_none());
        assert!(parse("--dataset nope").is_err());
        assert!(parse("--limit x").is_err());
        assert!(parse("--limit").is_err());
        assert!(parse("--bogus").is_err());
        assert!(parse("--dataset aeb --type forum").is_err());
        assert!(parse("--oracle=1").is_err());
    }
}
