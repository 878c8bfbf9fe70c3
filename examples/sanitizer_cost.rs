//! What sanitizing the article HTML again with ammonia would cost per page,
//! against the extraction itself: the figure behind the decision in
//! docs/security.md to keep ammonia out of the engine (and use it as the
//! tests' oracle instead).
//!
//!     cargo run --release --example sanitizer_cost -- DIR [ROUNDS]
//!
//! DIR holds pages as `*.html` or `*.html.gz`. Each page is extracted, then
//! its article HTML is cleaned by ammonia configured from `inti::allowlist`
//! (as the tests do); both are timed over ROUNDS rounds (default 5), and
//! the output must come back unchanged.

#[path = "../tests/support/safety.rs"]
mod safety;

use std::io::Read;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: sanitizer_cost DIR [ROUNDS]");
    let rounds: u32 = args.next().map_or(5, |r| r.parse().expect("ROUNDS"));
    let mut pages = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("DIR")
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let name = path.to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = if name.ends_with(".gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .unwrap();
            out
        } else if name.ends_with(".html") {
            bytes
        } else {
            continue;
        };
        pages.push(bytes);
    }
    let options = inti::Options::default();
    let sanitizer = safety::ammonia_from_allowlist();
    let (mut extract_time, mut clean_time) = (Duration::ZERO, Duration::ZERO);
    let (mut input_bytes, mut output_bytes, mut changed) = (0usize, 0usize, 0usize);
    for round in 0..rounds {
        for page in &pages {
            let start = Instant::now();
            let article = inti::extract_bytes(page, &options).unwrap();
            extract_time += start.elapsed();
            let start = Instant::now();
            let cleaned = sanitizer.clean(&article.html).to_string();
            clean_time += start.elapsed();
            if round == 0 {
                input_bytes += page.len();
                output_bytes += article.html.len();
                let same = safety::canonical(&safety::parse_fragment(&cleaned).root)
                    == safety::canonical(&safety::parse_fragment(&article.html).root);
                changed += usize::from(!same);
            }
        }
    }
    let per_page = |d: Duration| d.as_secs_f64() * 1000.0 / f64::from(rounds) / pages.len() as f64;
    println!(
        "{} pages ({:.1} MB in, {:.1} MB article HTML out), {rounds} rounds",
        pages.len(),
        input_bytes as f64 / 1e6,
        output_bytes as f64 / 1e6
    );
    println!("extraction:      {:.3} ms per page", per_page(extract_time));
    println!(
        "ammonia again:   {:.3} ms per page (+{:.1}% of the extraction)",
        per_page(clean_time),
        100.0 * clean_time.as_secs_f64() / extract_time.as_secs_f64()
    );
    println!("pages whose tree ammonia changed: {changed}");
}
