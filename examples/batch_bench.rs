//! Throughput of `inti --batch`: pages/s and MB/s on 1 thread and on every
//! core, for the AEB and WCXB benchmark pages, and the scaling from 1 to N.
//!
//! ```sh
//! cargo run --release --example batch_bench            # builds target/release/inti first
//! cargo run --release --example batch_bench -- --repeat 5 --jobs 1,2
//! ```
//!
//! The pages are read where they are, `../shared/bench/{aeb,wcxb-dev}/html`
//! beside the repository (`--bench DIR` to point elsewhere); a corpus that is
//! not there is skipped. Each figure is the best of `--repeat` runs (3) of
//! the release binary writing to /dev/null, so that other work on the
//! machine disturbs it least; CPU seconds (user + system, of the inti
//! process) are given too, as they hold up better than wall time on a busy
//! machine. MB are 10^6 bytes of HTML after decompression.
//!
//! Then the same WCXB pages as one JSON Lines file and as one gzipped WARC
//! file (a gzip member per record, as Common Crawl writes them), made under
//! `target/batch-bench/`, on every core: the cost of each input format.

#[cfg(not(feature = "cli"))]
fn main() {
    eprintln!("batch_bench needs the default `cli` feature");
}

#[cfg(feature = "cli")]
fn main() {
    if let Err(message) = bench::main() {
        eprintln!("batch_bench: {message}");
        std::process::exit(1);
    }
}

#[cfg(feature = "cli")]
mod bench {
    use std::fs::{self, File};
    use std::io::{BufWriter, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};
    use std::time::Instant;

    struct Args {
        bench: PathBuf,
        repeat: usize,
        jobs: Vec<usize>,
    }

    fn args() -> Result<Args, String> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut args = Args {
            bench: Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"),
            repeat: 3,
            // 1, 2, 4, ... and the number of cores.
            jobs: std::iter::successors(Some(1), |&j| Some(j * 2))
                .take_while(|&j| j < cores)
                .chain([cores])
                .collect(),
        };
        let mut argv = std::env::args().skip(1);
        while let Some(arg) = argv.next() {
            let mut value = || argv.next().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--bench" => args.bench = PathBuf::from(value()?),
                "--repeat" => {
                    args.repeat = value()?.parse().map_err(|_| "bad --repeat")?;
                }
                "--jobs" => {
                    args.jobs = value()?
                        .split(',')
                        .map(|j| j.parse().map_err(|_| format!("bad --jobs value {j}")))
                        .collect::<Result<_, _>>()?;
                }
                _ => return Err(format!("unknown argument {arg}")),
            }
        }
        args.repeat = args.repeat.max(1);
        Ok(args)
    }

    /// Builds the release binary (when run by cargo) and returns its path.
    fn inti_binary() -> Result<PathBuf, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        // target/release/examples/batch_bench -> target/release/inti
        let dir = exe
            .parent()
            .and_then(Path::parent)
            .ok_or("cannot find the target directory")?;
        if let Some(cargo) = std::env::var_os("CARGO") {
            let profile = dir
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("release");
            let mut build = Command::new(cargo);
            build.args(["build", "--quiet", "--bin", "inti"]);
            if profile == "release" {
                build.arg("--release");
            } else {
                eprintln!(
                    "batch_bench: not a release build: the figures mean little (use --release)"
                );
            }
            let status = build.status().map_err(|e| format!("cargo build: {e}"))?;
            if !status.success() {
                return Err("cargo build --bin inti failed".into());
            }
        }
        let inti = dir.join("inti");
        if inti.is_file() {
            Ok(inti)
        } else {
            Err(format!(
                "{} not found: build it with cargo build --release",
                inti.display()
            ))
        }
    }

    struct Corpus {
        name: &'static str,
        dir: PathBuf,
        pages: usize,
        bytes: u64,
    }

    fn corpus(name: &'static str, dir: PathBuf) -> Option<Corpus> {
        let files = pages(&dir);
        if files.is_empty() {
            return None;
        }
        let bytes = files.iter().map(|f| html(f).len() as u64).sum();
        Some(Corpus {
            name,
            dir,
            pages: files.len(),
            bytes,
        })
    }

    fn pages(dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.to_string_lossy().ends_with(".html.gz"));
        files.sort();
        files
    }

    fn html(path: &Path) -> Vec<u8> {
        let mut bytes = Vec::new();
        let file = File::open(path).expect("open a page");
        flate2::read::MultiGzDecoder::new(file)
            .read_to_end(&mut bytes)
            .expect("gunzip a page");
        bytes
    }

    /// CPU seconds used by the waited-for children of this process so far
    /// (Linux: /proc/self/stat, in clock ticks of 1/100 s).
    fn children_cpu() -> Option<f64> {
        let stat = fs::read_to_string("/proc/self/stat").ok()?;
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        // After the command name: state is field 3, cutime 16, cstime 17.
        let ticks: f64 =
            fields.get(13)?.parse::<f64>().ok()? + fields.get(14)?.parse::<f64>().ok()?;
        Some(ticks / 100.0)
    }

    struct Run {
        wall: f64,
        cpu: Option<f64>,
    }

    /// Runs inti once; the best of `repeat` runs.
    fn run(inti: &Path, args: &[&str], stdin: Option<&Path>, repeat: usize) -> Result<Run, String> {
        let mut best: Option<Run> = None;
        for _ in 0..repeat {
            let cpu_before = children_cpu();
            let start = Instant::now();
            let mut command = Command::new(inti);
            command
                .args(["--quiet", "-o", "/dev/null"])
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            if let Some(stdin) = stdin {
                command.stdin(File::open(stdin).map_err(|e| e.to_string())?);
            }
            let output = command.output().map_err(|e| e.to_string())?;
            let wall = start.elapsed().as_secs_f64();
            let cpu = children_cpu()
                .zip(cpu_before)
                .map(|(after, before)| after - before);
            // 1: some pages failed, which is part of a corpus run.
            if !matches!(output.status.code(), Some(0 | 1)) {
                return Err(format!(
                    "inti {args:?} failed: {}",
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            if best.as_ref().is_none_or(|b| wall < b.wall) {
                best = Some(Run { wall, cpu });
            }
        }
        Ok(best.expect("at least one run"))
    }

    fn row(corpus: &Corpus, input: &str, jobs: usize, run: &Run, base: Option<f64>) -> String {
        let pages_s = corpus.pages as f64 / run.wall;
        let mb_s = corpus.bytes as f64 / 1e6 / run.wall;
        let speedup = base.map_or("1.00".to_string(), |b| format!("{:.2}", b / run.wall));
        let cpu = run.cpu.map_or("-".to_string(), |c| format!("{c:.1}"));
        let per_cpu = run.cpu.filter(|&c| c > 0.0).map_or("-".to_string(), |c| {
            format!("{:.1}", corpus.pages as f64 / c)
        });
        format!(
            "| {} | {input} | {jobs} | {:.2} | {pages_s:.1} | {mb_s:.2} | {speedup} | {cpu} | {per_cpu} |",
            corpus.name, run.wall
        )
    }

    const HEADER: &str = "| corpus | input | threads | wall s | pages/s | MB/s | speedup | CPU s | pages per CPU-s |\n\
                          |---|---|---:|---:|---:|---:|---:|---:|---:|";

    pub fn main() -> Result<(), String> {
        let args = args()?;
        let inti = inti_binary()?;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
        println!(
            "inti batch benchmark: {cores} cores, load average {}, best of {} runs, {}",
            load.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
            args.repeat,
            inti.display()
        );
        let corpora: Vec<Corpus> = [("AEB", "aeb/html"), ("WCXB", "wcxb-dev/html")]
            .into_iter()
            .filter_map(|(name, dir)| {
                let found = corpus(name, args.bench.join(dir));
                if found.is_none() {
                    println!(
                        "{name}: skipped, no pages in {}",
                        args.bench.join(dir).display()
                    );
                }
                found
            })
            .collect();
        if corpora.is_empty() {
            println!("no benchmark pages found: nothing to measure (see --bench)");
            return Ok(());
        }
        println!("\n{HEADER}");
        for corpus in &corpora {
            let mut base = None;
            for &jobs in &args.jobs {
                let dir = corpus.dir.to_string_lossy();
                let jobs_arg = jobs.to_string();
                let run = run(
                    &inti,
                    &["--batch", "--jobs", &jobs_arg, &dir],
                    None,
                    args.repeat,
                )?;
                println!("{}", row(corpus, "files", jobs, &run, base));
                base = base.or(Some(run.wall));
            }
        }

        // The input formats, on the larger corpus, every core.
        let corpus = corpora.last().expect("a corpus");
        let work = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/batch-bench");
        fs::create_dir_all(&work).map_err(|e| e.to_string())?;
        let (jsonl, warc) = (work.join("pages.jsonl"), work.join("pages.warc.gz"));
        write_formats(&pages(&corpus.dir), &jsonl, &warc).map_err(|e| e.to_string())?;
        let jobs = cores.to_string();
        println!("\n{HEADER}");
        let files = run(
            &inti,
            &["--batch", "--jobs", &jobs, &corpus.dir.to_string_lossy()],
            None,
            args.repeat,
        )?;
        println!("{}", row(corpus, "files", cores, &files, Some(files.wall)));
        let stdin = run(
            &inti,
            &["--input", "jsonl", "--jobs", &jobs],
            Some(&jsonl),
            args.repeat,
        )?;
        println!(
            "{}",
            row(
                corpus,
                "JSON Lines (stdin)",
                cores,
                &stdin,
                Some(files.wall)
            )
        );
        let warc_run = run(
            &inti,
            &["--batch", "--jobs", &jobs, &warc.to_string_lossy()],
            None,
            args.repeat,
        )?;
        println!(
            "{}",
            row(
                corpus,
                "WARC (.warc.gz)",
                cores,
                &warc_run,
                Some(files.wall)
            )
        );
        let unordered = run(
            &inti,
            &[
                "--batch",
                "--unordered",
                "--jobs",
                &jobs,
                &corpus.dir.to_string_lossy(),
            ],
            None,
            args.repeat,
        )?;
        println!(
            "{}",
            row(
                corpus,
                "files, --unordered",
                cores,
                &unordered,
                Some(files.wall)
            )
        );
        println!("\n(speedup: against the first row of each table)");
        Ok(())
    }

    /// The pages as one JSON Lines file and one gzipped WARC file.
    fn write_formats(pages: &[PathBuf], jsonl: &Path, warc: &Path) -> std::io::Result<()> {
        let mut lines = BufWriter::new(File::create(jsonl)?);
        let mut records = BufWriter::new(File::create(warc)?);
        for (n, page) in pages.iter().enumerate() {
            let bytes = html(page);
            let url = format!("https://bench.example/{n}");
            let line = serde_json::json!({
                "id": n,
                "url": url,
                "html": inti::decode_html_bytes(&bytes),
            });
            serde_json::to_writer(&mut lines, &line)?;
            lines.write_all(b"\n")?;
            let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec();
            block.extend_from_slice(&bytes);
            let mut record = format!(
                "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\
                 WARC-Record-ID: <urn:uuid:bench-{n}>\r\nWARC-Target-URI: {url}\r\n\
                 Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                block.len()
            )
            .into_bytes();
            record.extend_from_slice(&block);
            record.extend_from_slice(b"\r\n\r\n");
            let mut member =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            member.write_all(&record)?;
            records.write_all(&member.finish()?)?;
        }
        lines.flush()?;
        records.flush()
    }
}
