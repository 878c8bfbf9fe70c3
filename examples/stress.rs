//! The stress harness: hostile and oversized pages, with the time and peak
//! memory of each extraction (a benchmark-style command, not a test; its
//! table is in docs/security.md).
//!
//!     cargo run --release --example stress            # every case
//!     cargo run --release --example stress -- div     # cases whose name contains "div"
//!
//! Each case runs in a child process of this same program (`stress --case
//! NAME`), so that its peak memory is its own: the child builds the input,
//! notes its resident size, extracts with the default options, and reports
//! the time, the outcome (the article's size or the error's kind) and the
//! peak resident set (`VmHWM` of `/proc/self/status`, Linux). The parent
//! kills a child that runs past 60 seconds and reports it as a hang.
//!
//! Memory is judged against the bound docs/security.md states: the peak
//! may exceed the resident size before extraction (the program and the
//! input itself) by at most `BOUND_FACTOR` times the input size plus
//! `BOUND_SLACK_MIB`.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The bound on the extra memory of an extraction: this many times the
/// input size...
const BOUND_FACTOR: usize = 40;
/// ...plus this many MiB.
const BOUND_SLACK_MIB: usize = 64;
/// A case running longer than this is a hang.
const TIMEOUT: Duration = Duration::from_secs(60);

const MIB: usize = 1024 * 1024;

/// A few sentences of ordinary prose, for the cases that need an article.
const SENTENCE: &str = "The committee heard evidence from several witnesses over three long days, and its report, published on Monday, recommends that the old bridge be repaired rather than replaced. ";

/// The cases: name, what it is.
const CASES: &[(&str, &str)] = &[
    ("div-100k-deep", "100,000 nested <div>"),
    ("ul-li-100k-deep", "100,000 nested <ul><li>"),
    ("table-100k-deep", "100,000 nested <table><tr><td>"),
    ("b-100k-deep", "100,000 nested <b>"),
    ("a-100k-deep", "100,000 nested <a href>"),
    ("attrs-50k", "one element with 50,000 attributes"),
    ("page-50mb", "a 50 MB article page"),
    ("empty-1m", "a million empty elements"),
    ("empty-i-2m", "two million empty <i>, the densest markup"),
    ("text-20mb", "a 20 MB single text node"),
    (
        "invalid-utf8",
        "an article with invalid UTF-8 throughout (bytes)",
    ),
    ("binary-10mb", "10 MB of random bytes (bytes)"),
    ("nul-bytes", "an article with NUL bytes throughout (bytes)"),
    ("nul-only-1mb", "1 MB of NUL bytes (bytes)"),
    ("paragraphs-100k", "100,000 paragraphs"),
    (
        "hidden-boxes-2k-deep",
        "1,990 nested hidden boxes around 400,000 spans and a <p>",
    ),
    (
        "comment-boxes-2k-deep",
        "1,990 nested comment boxes around 400,000 spans and an <h1>",
    ),
];

/// Boxes whose class drops them unless they hold a landmark (a paragraph,
/// a headline) nested to the default depth limit around a large page,
/// with the landmark at the very end: asking each box whether it holds one
/// must not walk the page once per box.
fn boxes_around_landmark(open: &str, close: &str, landmark: &str) -> String {
    let depth = 1_990;
    let mut page = String::from("<html><body>");
    page.push_str(&open.repeat(depth));
    page.push_str(&"<span>word </span>".repeat(400_000));
    page.push_str(landmark);
    page.push_str(&close.repeat(depth));
    page.push_str("</body></html>");
    page
}

/// The input of a case: a string for `extract`, or bytes for
/// `extract_bytes`.
enum Input {
    Html(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::Html(s) => s.len(),
            Input::Bytes(b) => b.len(),
        }
    }
}

fn article(paragraphs: usize) -> String {
    let mut page =
        String::from("<html><head><title>Stress</title></head><body><article><h1>Stress</h1>");
    for i in 0..paragraphs {
        // Numbered, so that no two paragraphs are the same (repeated text
        // reads as boilerplate).
        page.push_str(&format!("<p>{i}. "));
        page.push_str(SENTENCE);
        page.push_str(SENTENCE);
        page.push_str("</p>\n");
    }
    page.push_str("</article></body></html>");
    page
}

/// A small xorshift generator: the random cases are the same on every run.
fn random_bytes(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn nested(open: &str, close: &str, depth: usize) -> String {
    let mut page = String::with_capacity((open.len() + close.len()) * depth + 1000);
    page.push_str("<html><body>");
    for _ in 0..depth {
        page.push_str(open);
    }
    page.push_str(SENTENCE);
    for _ in 0..depth {
        page.push_str(close);
    }
    page.push_str("</body></html>");
    page
}

fn build(case: &str) -> Input {
    match case {
        "div-100k-deep" => Input::Html(nested("<div>", "</div>", 100_000)),
        "ul-li-100k-deep" => Input::Html(nested("<ul><li>", "</li></ul>", 100_000)),
        "table-100k-deep" => Input::Html(nested("<table><tr><td>", "</td></tr></table>", 100_000)),
        "b-100k-deep" => Input::Html(nested("<b>", "</b>", 100_000)),
        "a-100k-deep" => Input::Html(nested("<a href=\"/x\">", "</a>", 100_000)),
        "attrs-50k" => {
            let mut page = String::from("<html><body><article><p");
            for i in 0..50_000 {
                page.push_str(&format!(" data-a{i}=\"v{i}\""));
            }
            page.push('>');
            page.push_str(&SENTENCE.repeat(4));
            page.push_str("</p></article></body></html>");
            Input::Html(page)
        }
        "page-50mb" => {
            let per_paragraph = article(1001).len() - article(1000).len();
            Input::Html(article(50_000_000 / per_paragraph))
        }
        "empty-1m" => {
            let mut page = String::from("<html><body><article>");
            page.push_str(&"<span></span>".repeat(1_000_000));
            page.push_str(&SENTENCE.repeat(4));
            page.push_str("</article></body></html>");
            Input::Html(page)
        }
        "empty-i-2m" => {
            let mut page = String::from("<html><body><article>");
            page.push_str(&"<i></i>".repeat(2_000_000));
            page.push_str(&SENTENCE.repeat(4));
            page.push_str("</article></body></html>");
            Input::Html(page)
        }
        "text-20mb" => {
            let mut page = String::from("<html><body><article><p>");
            while page.len() < 20_000_000 {
                page.push_str(SENTENCE);
            }
            page.push_str("</p></article></body></html>");
            Input::Html(page)
        }
        "invalid-utf8" => {
            // Every 40 bytes, a byte sequence that is not UTF-8 (lone
            // continuation bytes, a truncated sequence, an overlong form).
            let page = article(2_000);
            let bad: [&[u8]; 3] = [b"\x80\xBF", b"\xE2\x82", b"\xC0\xAF"];
            let mut bytes = Vec::with_capacity(page.len() * 2);
            for (i, chunk) in page.as_bytes().chunks(40).enumerate() {
                bytes.extend_from_slice(chunk);
                if page.is_char_boundary(((i + 1) * 40).min(page.len())) {
                    bytes.extend_from_slice(bad[i % 3]);
                }
            }
            Input::Bytes(bytes)
        }
        "binary-10mb" => Input::Bytes(random_bytes(10 * MIB)),
        "nul-bytes" => {
            let page = article(2_000).replace(' ', " \0");
            Input::Bytes(page.into_bytes())
        }
        "nul-only-1mb" => Input::Bytes(vec![0; MIB]),
        "paragraphs-100k" => Input::Html(article(100_000)),
        "hidden-boxes-2k-deep" => Input::Html(boxes_around_landmark(
            "<div class=hide>",
            "</div>",
            "<p>The end.</p>",
        )),
        "comment-boxes-2k-deep" => Input::Html(boxes_around_landmark(
            "<div class=comments>",
            "</div>",
            "<h1>The end</h1>",
        )),
        other => panic!("unknown case {other}"),
    }
}

/// A field of `/proc/self/status` in bytes (Linux; 0 elsewhere).
fn status_bytes(field: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        })
        .map_or(0, |kib| kib * 1024)
}

/// The child: runs one case, prints `input_bytes before_bytes peak_bytes
/// millis outcome`.
fn run_case(case: &str) {
    let input = build(case);
    let before = status_bytes("VmRSS:");
    let options = inti::Options::default();
    let start = Instant::now();
    let result = match &input {
        Input::Html(html) => inti::extract(html, &options),
        Input::Bytes(bytes) => inti::extract_bytes(bytes, &options),
    };
    let millis = start.elapsed().as_millis();
    let outcome = match result {
        Ok(article) => format!(
            "ok: {} chars of text, {} bytes of HTML",
            article.text.chars().count(),
            article.html.len()
        ),
        Err(e) => format!("{}: {e}", e.kind()),
    };
    let peak = status_bytes("VmHWM:");
    println!("{} {before} {peak} {millis} {outcome}", input.len());
}

fn mib(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / MIB as f64)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--case") {
        run_case(&args[1]);
        return;
    }
    let filter = args.first().cloned().unwrap_or_default();
    let exe = std::env::current_exe().expect("own path");
    println!("| case | input MiB | time | peak RSS MiB | extra over input held | outcome |");
    println!("|---|---:|---:|---:|---:|---|");
    let mut failed = false;
    for (name, what) in CASES.iter().filter(|(n, _)| n.contains(&filter)) {
        let started = Instant::now();
        let mut child = Command::new(&exe)
            .args(["--case", name])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the case");
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break Some(status);
            }
            if started.elapsed() > TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let output = child.wait_with_output().expect("output");
        let line = String::from_utf8_lossy(&output.stdout).trim().to_string();
        let verdict = match status {
            None => {
                failed = true;
                format!("| {name} ({what}) | | > {TIMEOUT:?} | | | HANG |")
            }
            Some(s) if !s.success() => {
                failed = true;
                format!("| {name} ({what}) | | | | | CRASH: {s} |")
            }
            Some(_) => {
                let mut fields = line.splitn(5, ' ');
                let mut num = || {
                    fields
                        .next()
                        .and_then(|f| f.parse::<usize>().ok())
                        .unwrap_or(0)
                };
                let (input, before, peak, millis) = (num(), num(), num(), num());
                let outcome = line.splitn(5, ' ').nth(4).unwrap_or("").to_string();
                let extra = peak.saturating_sub(before);
                let bound = BOUND_FACTOR * input + BOUND_SLACK_MIB * MIB;
                let mark = if extra > bound {
                    failed = true;
                    " OVER BOUND"
                } else {
                    ""
                };
                format!(
                    "| {name} ({what}) | {} | {:.2} s | {} | {:.1}× input{mark} | {outcome} |",
                    mib(input),
                    millis as f64 / 1000.0,
                    mib(peak),
                    extra as f64 / input.max(1) as f64
                )
            }
        };
        println!("{verdict}");
    }
    println!(
        "\nBound: peak RSS − RSS with the input built ≤ {BOUND_FACTOR} × input + {BOUND_SLACK_MIB} MiB."
    );
    if failed {
        std::process::exit(1);
    }
}
