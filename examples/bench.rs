//! Speed of `inti::extract` against the cost floor, html5ever parsing alone
//! into `markup5ever_rcdom`, on the AEB and WCXB benchmark pages, with the
//! time of every stage, the peak memory of the largest page, the peers
//! (issue 5's figures) and the WebAssembly build in Node.
//!
//! ```sh
//! cargo run --release --example bench                  # 5 rounds, AEB and WCXB
//! cargo run --release --example bench -- --repeat 9 --sets aeb
//! cargo run --release --example bench -- --peers --wasm   # + the peers (issue 5's figures), wasm in Node
//! cargo run --release --example bench -- --digest /tmp/d.txt   # output digest, no timing
//! ```
//!
//! The pages are read where they are, `../shared/bench/{aeb,wcxb-dev}/html`
//! beside the repository (`--bench DIR` to point elsewhere); a set that is
//! not there is skipped. Pages are decompressed and decoded up front (not
//! timed). Each round parses every page (the floor: html5ever with the
//! options the pipeline uses, the tree dropped) and then extracts every page
//! (parse, all stages, all three output formats, everything dropped), on
//! one thread; the figures are medians over the rounds with their minimum
//! and maximum, and the ratio extraction / parse is taken within each round
//! so that a busy machine disturbs it least.
//!
//! `--digest FILE` writes one line per page and option set with a hash of
//! the whole `Article` as JSON (text, HTML, Markdown, metadata, the explain
//! list): two digests of the same pages are equal exactly when the
//! extraction results are. Optimizations are checked with it.

#[cfg(not(feature = "cli"))]
fn main() {
    eprintln!("bench needs the default `cli` feature");
}

#[cfg(feature = "cli")]
fn main() {
    if let Err(message) = bench::main() {
        eprintln!("bench: {message}");
        std::process::exit(1);
    }
}

#[cfg(feature = "cli")]
mod bench {
    use std::fmt::Write as _;
    use std::fs;
    use std::hint::black_box;
    use std::io::Read;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::Instant;

    /// Peak memory of an extraction, above what the process held with the
    /// page loaded, may be at most this many times the page's size in bytes
    /// (plus [`MEMORY_SLACK`]); the benchmark fails otherwise.
    pub const MEMORY_FACTOR: f64 = 12.0;
    /// Fixed allowance on top of [`MEMORY_FACTOR`] (lexicon tables,
    /// allocator granularity), in bytes.
    pub const MEMORY_SLACK: f64 = 4e6;

    struct Args {
        bench: PathBuf,
        repeat: usize,
        sets: Vec<String>,
        limit: Option<usize>,
        digest: Option<PathBuf>,
        peers: bool,
        wasm: bool,
        memory: bool,
        profile: bool,
    }

    fn args() -> Result<Args, String> {
        let mut args = Args {
            bench: Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"),
            repeat: 5,
            sets: vec!["aeb".into(), "wcxb".into()],
            limit: None,
            digest: None,
            peers: false,
            wasm: false,
            memory: true,
            profile: false,
        };
        let mut argv = std::env::args().skip(1);
        while let Some(arg) = argv.next() {
            let mut value = || argv.next().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--bench" => args.bench = PathBuf::from(value()?),
                "--repeat" => args.repeat = value()?.parse().map_err(|_| "bad --repeat")?,
                "--sets" => args.sets = value()?.split(',').map(str::to_string).collect(),
                "--limit" => args.limit = Some(value()?.parse().map_err(|_| "bad --limit")?),
                "--digest" => args.digest = Some(PathBuf::from(value()?)),
                "--peers" => args.peers = true,
                "--wasm" => args.wasm = true,
                "--no-memory" => args.memory = false,
                // Extractions and nothing else, for a profiler: --repeat
                // rounds over each set (5 by default), the pages loaded once.
                "--profile" => args.profile = true,
                "--rss-child" => {
                    let path = PathBuf::from(value()?);
                    let mode = value()?;
                    rss_child(&path, &mode);
                    std::process::exit(0);
                }
                "-h" | "--help" => {
                    println!(
                        "usage: bench [--bench DIR] [--repeat N] [--sets aeb,wcxb] [--limit N]\n\
                         \x20            [--peers] [--wasm] [--no-memory] [--digest FILE] [--profile]"
                    );
                    std::process::exit(0);
                }
                // cargo bench passes --bench to harness = false targets.
                _ if arg.starts_with("--") => {}
                _ => return Err(format!("unknown argument {arg}")),
            }
        }
        args.repeat = args.repeat.max(1);
        Ok(args)
    }

    pub struct Page {
        pub id: String,
        pub url: Option<String>,
        pub path: PathBuf,
        pub html: String,
    }

    fn gunzip(path: &Path) -> Result<Vec<u8>, String> {
        let raw = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if path.extension().is_some_and(|e| e == "gz") {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(out)
        } else {
            Ok(raw)
        }
    }

    fn html_files(dir: &Path) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".html.gz") || n.ends_with(".html"))
            })
            .collect();
        files.sort();
        files
    }

    fn page_id(path: &Path) -> String {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.trim_end_matches(".gz")
            .trim_end_matches(".html")
            .to_string()
    }

    /// Finds a page's URL from its id.
    type UrlOf = Box<dyn Fn(&str) -> Option<String>>;

    /// The pages of a set with their URLs, or `None` when the set is absent.
    pub fn load(bench: &Path, set: &str, limit: Option<usize>) -> Option<Vec<Page>> {
        let (folder, truth): (&str, UrlOf) = match set {
            "aeb" => {
                let truth: serde_json::Value = fs::read(bench.join("aeb/ground-truth.json"))
                    .ok()
                    .and_then(|b| serde_json::from_slice(&b).ok())
                    .unwrap_or_default();
                (
                    "aeb/html",
                    Box::new(move |id: &str| truth[id]["url"].as_str().map(str::to_string)),
                )
            }
            "wcxb" => {
                let dir = bench.join("wcxb-dev/ground-truth");
                (
                    "wcxb-dev/html",
                    Box::new(move |id: &str| {
                        let bytes = gunzip(&dir.join(format!("{id}.json.gz"))).ok()?;
                        let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
                        v["url"].as_str().map(str::to_string)
                    }),
                )
            }
            "readability" => {
                let dir = bench.join("readability-pages");
                let mut names: Vec<PathBuf> = fs::read_dir(&dir)
                    .ok()?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.join("source.html.gz").is_file())
                    .collect();
                names.sort();
                let pages = names
                    .into_iter()
                    .take(limit.unwrap_or(usize::MAX))
                    .filter_map(|d| {
                        let path = d.join("source.html.gz");
                        let bytes = gunzip(&path).ok()?;
                        Some(Page {
                            id: page_id(&d),
                            url: Some("http://fakehost/test/page.html".into()),
                            path,
                            html: inti::decode_html_bytes(&bytes),
                        })
                    })
                    .collect();
                return Some(pages);
            }
            _ => return None,
        };
        let files = html_files(&bench.join(folder));
        if files.is_empty() {
            return None;
        }
        let pages = files
            .into_iter()
            .take(limit.unwrap_or(usize::MAX))
            .filter_map(|path| {
                let bytes = gunzip(&path).ok()?;
                let id = page_id(&path);
                Some(Page {
                    url: truth(&id),
                    id,
                    html: inti::decode_html_bytes(&bytes),
                    path,
                })
            })
            .collect();
        Some(pages)
    }

    pub fn options_for(page: &Page) -> inti::Options {
        inti::Options {
            url: page.url.clone(),
            ..Default::default()
        }
    }

    /// html5ever alone, with the options the pipeline parses with.
    pub fn parse_only(html: &str) {
        use html5ever::tendril::TendrilSink;
        let opts = html5ever::ParseOpts {
            tree_builder: html5ever::tree_builder::TreeBuilderOpts {
                scripting_enabled: false,
                ..Default::default()
            },
            ..Default::default()
        };
        let dom = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html);
        drop(black_box(dom));
    }

    pub fn median(values: &[f64]) -> f64 {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        if v.is_empty() {
            return 0.0;
        }
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    }

    fn min_max(values: &[f64]) -> (f64, f64) {
        values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            })
    }

    /// One set's figures over the rounds.
    pub struct SetRun {
        pub pages: usize,
        pub bytes: usize,
        /// Seconds per round.
        pub parse: Vec<f64>,
        pub extract: Vec<f64>,
        /// Per round: the summed stage times.
        pub stages: Vec<inti::StageTimes>,
        /// Per page: median extraction and parse seconds over the rounds.
        pub page_extract: Vec<f64>,
        pub page_parse: Vec<f64>,
        /// Each page's fastest parse, extraction and stage times over the
        /// rounds, summed over the pages: the time the work takes when
        /// nothing else on the machine gets in its way, steadier than any
        /// round's on shared cores.
        pub fastest_parse: f64,
        pub fastest_extract: f64,
        pub fastest_stages: inti::StageTimes,
    }

    impl SetRun {
        pub fn ratios(&self) -> Vec<f64> {
            self.extract
                .iter()
                .zip(&self.parse)
                .map(|(e, p)| e / p)
                .collect()
        }
    }

    pub fn time_set(pages: &[Page], repeat: usize) -> SetRun {
        let options: Vec<inti::Options> = pages.iter().map(options_for).collect();
        let mut run = SetRun {
            pages: pages.len(),
            bytes: pages.iter().map(|p| p.html.len()).sum(),
            parse: Vec::new(),
            extract: Vec::new(),
            stages: Vec::new(),
            page_extract: Vec::new(),
            page_parse: Vec::new(),
            fastest_parse: 0.0,
            fastest_extract: 0.0,
            fastest_stages: inti::StageTimes::default(),
        };
        let mut per_page_e = vec![Vec::new(); pages.len()];
        let mut per_page_p = vec![Vec::new(); pages.len()];
        let mut per_page_stages: Vec<Option<inti::StageTimes>> = vec![None; pages.len()];
        // A warm-up pass (lazy lexicon tables, caches, page faults).
        for (page, opts) in pages.iter().zip(&options) {
            drop(black_box(inti::extract(&page.html, opts)));
        }
        for _ in 0..repeat {
            let mut total = 0.0;
            for (i, page) in pages.iter().enumerate() {
                let start = Instant::now();
                parse_only(&page.html);
                let s = start.elapsed().as_secs_f64();
                per_page_p[i].push(s);
                total += s;
            }
            run.parse.push(total);
            let mut total = 0.0;
            let mut stages = inti::StageTimes::default();
            for (i, (page, opts)) in pages.iter().zip(&options).enumerate() {
                let start = Instant::now();
                let (result, times) = inti::extract_timed(&page.html, opts);
                drop(black_box(result));
                let s = start.elapsed().as_secs_f64();
                per_page_e[i].push(s);
                total += s;
                add(&mut stages, &times);
                let fastest = per_page_stages[i].get_or_insert(times);
                keep_fastest(fastest, &times);
            }
            run.extract.push(total);
            run.stages.push(stages);
        }
        let fastest = |v: &Vec<f64>| v.iter().copied().fold(f64::INFINITY, f64::min);
        run.fastest_parse = per_page_p.iter().map(fastest).sum();
        run.fastest_extract = per_page_e.iter().map(fastest).sum();
        for times in per_page_stages.iter().flatten() {
            add(&mut run.fastest_stages, times);
        }
        run.page_extract = per_page_e.iter().map(|v| median(v)).collect();
        run.page_parse = per_page_p.iter().map(|v| median(v)).collect();
        run
    }

    /// Keeps in `fastest` the shorter time of each stage.
    fn keep_fastest(fastest: &mut inti::StageTimes, t: &inti::StageTimes) {
        let pairs = [
            (&mut fastest.guard, t.guard),
            (&mut fastest.parse, t.parse),
            (&mut fastest.index, t.index),
            (&mut fastest.metadata, t.metadata),
            (&mut fastest.prepare, t.prepare),
            (&mut fastest.score, t.score),
            (&mut fastest.select, t.select),
            (&mut fastest.clean, t.clean),
            (&mut fastest.events, t.events),
            (&mut fastest.html, t.html),
            (&mut fastest.text, t.text),
            (&mut fastest.markdown, t.markdown),
            (&mut fastest.finish, t.finish),
            (&mut fastest.free, t.free),
        ];
        for (slot, time) in pairs {
            *slot = slot.min(time);
        }
    }

    fn add(sum: &mut inti::StageTimes, t: &inti::StageTimes) {
        sum.guard += t.guard;
        sum.parse += t.parse;
        sum.index += t.index;
        sum.metadata += t.metadata;
        sum.prepare += t.prepare;
        sum.score += t.score;
        sum.select += t.select;
        sum.clean += t.clean;
        sum.events += t.events;
        sum.html += t.html;
        sum.text += t.text;
        sum.markdown += t.markdown;
        sum.finish += t.finish;
        sum.free += t.free;
    }

    pub fn report_set(name: &str, run: &SetRun) -> String {
        let mut out = String::new();
        let n = run.pages as f64;
        let mb = run.bytes as f64 / 1e6;
        let rounds = run.parse.len();
        let _ = writeln!(
            out,
            "\n== {name}: {} pages, {mb:.1} MB, {rounds} rounds (median [min, max] over rounds) ==",
            run.pages
        );
        let _ = writeln!(
            out,
            "{:<24} {:>9} {:>21} {:>8} {:>8}",
            "", "ms/page", "pages/s", "MB/s", "x parse"
        );
        let line = |out: &mut String, label: &str, secs: &[f64], ratio: Option<&[f64]>| {
            let m = median(secs);
            let (lo, hi) = min_max(secs);
            let ratio = ratio.map_or(String::from("1.00"), |r| {
                let (rlo, rhi) = min_max(r);
                format!("{:.2} [{rlo:.2}, {rhi:.2}]", median(r))
            });
            let _ = writeln!(
                out,
                "{label:<24} {:>9.3} {:>7.0} [{:>5.0}, {:>5.0}] {:>8.1} {ratio:>8}",
                m / n * 1e3,
                n / m,
                n / hi,
                n / lo,
                mb / m,
            );
        };
        line(&mut out, "html5ever parse (floor)", &run.parse, None);
        line(
            &mut out,
            "inti extract (all)",
            &run.extract,
            Some(&run.ratios()),
        );
        let page_ratios: Vec<f64> = run
            .page_extract
            .iter()
            .zip(&run.page_parse)
            .map(|(e, p)| e / p)
            .collect();
        let mut sorted = page_ratios.clone();
        sorted.sort_by(f64::total_cmp);
        let pct = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
        let _ = writeln!(
            out,
            "per page extract/parse: median {:.2}, p10 {:.2}, p90 {:.2}, max {:.2}",
            pct(0.5),
            pct(0.1),
            pct(0.9),
            pct(1.0)
        );
        let _ = writeln!(
            out,
            "fastest of each page: extract/parse {:.3}, all but html5ever {:.3}",
            run.fastest_extract / run.fastest_parse,
            (run.fastest_stages.total() - run.fastest_stages.parse) / run.fastest_parse
        );
        let _ = writeln!(
            out,
            "\n{:<10} {:>9} {:>7} {:>8} {:>8}   (stage medians over rounds; x parse = / the floor;\n\
             {:<46}fastest = each page's fastest round, summed)",
            "stage", "ms/page", "share", "x parse", "fastest", ""
        );
        let floor = median(&run.parse);
        let stage_total = median(&run.stages.iter().map(|s| s.total()).collect::<Vec<_>>());
        let names = inti::StageTimes::default().named();
        let fastest = run.fastest_stages.named();
        for (k, (stage, _)) in names.iter().enumerate() {
            let secs: Vec<f64> = run.stages.iter().map(|s| s.named()[k].1).collect();
            let m = median(&secs);
            let _ = writeln!(
                out,
                "{stage:<10} {:>9.3} {:>6.1}% {:>8.3} {:>8.3}",
                m / n * 1e3,
                m / stage_total * 100.0,
                m / floor,
                fastest[k].1 / run.fastest_parse
            );
        }
        let ours: Vec<f64> = run
            .stages
            .iter()
            .zip(&run.parse)
            .map(|(s, p)| (s.total() - s.parse) / p)
            .collect();
        let _ = writeln!(
            out,
            "all but html5ever: {:.3} x parse (what inti adds on top of the parser)",
            median(&ours)
        );
        out
    }

    /// Reads a field of /proc/self/status, in bytes.
    fn status_bytes(field: &str) -> Option<f64> {
        let status = fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with(field))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024.0)
    }

    /// In a child process: loads one page, resets the peak RSS, runs the
    /// extraction (or the parse alone) and prints the growth of the peak.
    fn rss_child(path: &Path, mode: &str) {
        let bytes = gunzip(path).expect("page");
        let html = inti::decode_html_bytes(&bytes);
        drop(bytes);
        // Warm the lazy tables first so that they are not charged to the page.
        drop(black_box(inti::extract("<p>warm</p>", &Default::default())));
        let _ = fs::write("/proc/self/clear_refs", "5");
        let before = status_bytes("VmRSS:").unwrap_or(0.0);
        match mode {
            "parse" => parse_only(&html),
            _ => drop(black_box(inti::extract(&html, &Default::default()))),
        }
        let peak = status_bytes("VmHWM:").unwrap_or(0.0);
        println!("{} {}", html.len(), peak - before);
    }

    fn rss_of(path: &Path, mode: &str) -> Result<(f64, f64), String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let out = Command::new(exe)
            .arg("--rss-child")
            .arg(path)
            .arg(mode)
            .output()
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut parts = text.split_whitespace().map(|s| s.parse::<f64>());
        match (parts.next(), parts.next()) {
            (Some(Ok(size)), Some(Ok(peak))) => Ok((size, peak)),
            _ => Err(format!(
                "memory child failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )),
        }
    }

    /// Peak memory for the largest page of the set; an error when it is
    /// over the bound.
    fn memory(pages: &[Page]) -> Result<String, String> {
        let Some(largest) = pages.iter().max_by_key(|p| p.html.len()) else {
            return Ok(String::new());
        };
        let (size, peak) = rss_of(&largest.path, "extract")?;
        let (_, parse_peak) = rss_of(&largest.path, "parse")?;
        let bound = MEMORY_FACTOR * size + MEMORY_SLACK;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\n== memory: largest AEB page {} ({:.2} MB of HTML) ==\n\
             peak RSS growth: extraction {:.1} MB ({:.1}x the input), html5ever parse alone {:.1} MB ({:.1}x)\n\
             bound: {MEMORY_FACTOR}x the input + {:.0} MB = {:.1} MB: {}",
            largest.id,
            size / 1e6,
            peak / 1e6,
            peak / size,
            parse_peak / 1e6,
            parse_peak / size,
            MEMORY_SLACK / 1e6,
            bound / 1e6,
            if peak <= bound { "ok" } else { "EXCEEDED" }
        );
        if peak > bound {
            return Err(out);
        }
        Ok(out)
    }

    /// FNV-1a, 64 bits.
    fn fnv(bytes: &[u8]) -> u64 {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// The option sets the digest covers.
    fn digest_options(page: &Page) -> Vec<(&'static str, inti::Options)> {
        let base = options_for(page);
        vec![
            ("default", base.clone()),
            (
                "explain-precision",
                inti::Options {
                    explain: true,
                    favor: inti::Favor::Precision,
                    ..base.clone()
                },
            ),
            (
                "bare-recall",
                inti::Options {
                    favor: inti::Favor::Recall,
                    keep_images: false,
                    keep_links: false,
                    keep_tables: false,
                    keep_captions: Some(false),
                    url: None,
                    ..base
                },
            ),
        ]
    }

    fn digest(args: &Args, file: &Path) -> Result<(), String> {
        let mut out = String::new();
        let mut count = 0;
        for set in ["aeb", "wcxb", "readability"] {
            let Some(pages) = load(&args.bench, set, args.limit) else {
                continue;
            };
            for page in &pages {
                for (name, opts) in digest_options(page) {
                    let json = match inti::extract(&page.html, &opts) {
                        Ok(a) => serde_json::to_string(&a).map_err(|e| e.to_string())?,
                        Err(e) => format!("error: {e}"),
                    };
                    let readerable = inti::is_probably_readerable(&page.html, &opts)
                        .map(|r| format!("{} {}", r.readerable, r.score))
                        .unwrap_or_else(|e| e.to_string());
                    let _ = writeln!(
                        out,
                        "{set} {} {name} {:016x} {:016x}",
                        page.id,
                        fnv(json.as_bytes()),
                        fnv(readerable.as_bytes())
                    );
                    count += 1;
                }
            }
        }
        fs::write(file, out).map_err(|e| e.to_string())?;
        eprintln!("bench: {count} digests written to {}", file.display());
        Ok(())
    }

    pub fn main() -> Result<(), String> {
        let args = args()?;
        if cfg!(debug_assertions) {
            eprintln!("bench: not a release build: the figures mean little (use --release)");
        }
        if let Some(file) = &args.digest {
            return digest(&args, file);
        }
        if args.profile {
            for set in &args.sets {
                let pages = load(&args.bench, set, args.limit).unwrap_or_default();
                for _ in 0..args.repeat {
                    for page in &pages {
                        drop(black_box(inti::extract(&page.html, &options_for(page))));
                    }
                }
            }
            return Ok(());
        }
        let mut failures = Vec::new();
        let mut aeb_run = None;
        for set in &args.sets {
            let Some(pages) = load(&args.bench, set, args.limit) else {
                println!(
                    "\n== {set}: not found under {}, skipped ==",
                    args.bench.display()
                );
                continue;
            };
            let run = time_set(&pages, args.repeat);
            print!("{}", report_set(set, &run));
            if set == "aeb" {
                if args.memory {
                    match memory(&pages) {
                        Ok(text) => print!("{text}"),
                        Err(text) => {
                            print!("{text}");
                            failures.push("memory bound exceeded");
                        }
                    }
                }
                aeb_run = Some(run);
            }
        }
        if args.peers || args.wasm {
            let Some(run) = &aeb_run else {
                return Err("--peers and --wasm need the AEB set".into());
            };
            if args.peers {
                print!("{}", peers(run));
            }
            if args.wasm {
                print!("{}", wasm(&args, run));
            }
        }
        if !failures.is_empty() {
            return Err(failures.join(", "));
        }
        Ok(())
    }

    /// The peers' pages/s on AEB as issue 5 measured them on this machine,
    /// one process, with html5ever's parse at [`ISSUE_PARSE_PPS`].
    const ISSUE_PEERS: [(&str, f64); 6] = [
        ("readability (Rust)", 280.0),
        ("dom_smoothie", 260.0),
        ("rs-trafilatura", 50.0),
        ("trafilatura", 22.0),
        ("Readability.js linkedom", 15.0),
        ("Readability.js jsdom", 2.0),
    ];
    /// html5ever parse alone in the issue's measurement.
    const ISSUE_PARSE_PPS: f64 = 370.0;

    /// inti beside the peers. The peers are not installed with the project,
    /// so their figures are the issue's; since the machine's speed varies
    /// from run to run, the comparison also puts everyone on the scale of
    /// the parse floor (pages/s relative to html5ever's in the same run).
    fn peers(run: &SetRun) -> String {
        let ours = run.pages as f64 / median(&run.extract);
        let parse = run.pages as f64 / median(&run.parse);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\n== peers on AEB, one core (peers: issue 5's figures, parse floor {ISSUE_PARSE_PPS:.0} pages/s there) ==\n\
             {:<24} {:>8} {:>10} {:>14}",
            "extractor", "pages/s", "x parse", "inti is x"
        );
        let _ = writeln!(
            out,
            "{:<24} {:>8.0} {:>10.2} {:>14}",
            "html5ever parse (here)", parse, 1.0, ""
        );
        let _ = writeln!(
            out,
            "{:<24} {:>8.0} {:>10.2} {:>14}",
            "inti (here)",
            ours,
            parse / ours,
            "1.0"
        );
        for (name, pps) in ISSUE_PEERS {
            // Ratio of speeds, each relative to its own run's parse floor.
            let theirs = ISSUE_PARSE_PPS / pps;
            let _ = writeln!(
                out,
                "{name:<24} {pps:>8.0} {theirs:>10.2} {:>14.1}",
                theirs / (parse / ours)
            );
        }
        out
    }

    fn wasm(args: &Args, run: &SetRun) -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let native_ms = median(&run.extract) / run.pages as f64 * 1e3;
        let native_median_page = median(&run.page_extract) * 1e3;
        let mut out = String::new();
        let mut cmd = Command::new("node");
        cmd.arg(root.join("bench/wasm/node-bench.mjs"))
            .arg(args.bench.join("aeb"))
            .arg(args.repeat.to_string());
        let result = cmd.output();
        let _ = writeln!(out, "\n== WebAssembly in Node vs native, AEB ==");
        match result {
            Ok(o) if o.status.success() => {
                let text = String::from_utf8_lossy(&o.stdout);
                let field = |key: &str| {
                    text.lines()
                        .find_map(|l| l.strip_prefix(key))
                        .and_then(|v| v.trim().parse::<f64>().ok())
                };
                match (field("ms_per_page "), field("median_page_ms ")) {
                    (Some(w), Some(wm)) => {
                        let _ = writeln!(
                            out,
                            "{:<22} {:>9} {:>15}\n{:<22} {:>9.3} {:>15.3}\n{:<22} {:>9.3} {:>15.3}\n{:<22} {:>9.2} {:>15.2}",
                            "", "ms/page", "median page ms",
                            "native", native_ms, native_median_page,
                            "wasm (Node)", w, wm,
                            "wasm / native", w / native_ms, wm / native_median_page
                        );
                        for l in text.lines().filter(|l| l.starts_with("# ")) {
                            let _ = writeln!(out, "{}", &l[2..]);
                        }
                    }
                    _ => {
                        let _ = writeln!(out, "no figures from node: {text}");
                    }
                }
            }
            Ok(o) => {
                let _ = writeln!(
                    out,
                    "not measured: {}",
                    String::from_utf8_lossy(&o.stderr)
                        .lines()
                        .last()
                        .unwrap_or("")
                );
            }
            Err(e) => {
                let _ = writeln!(out, "not measured: node: {e}");
            }
        }
        out
    }
}
