//! The progress bar and the summary of batch mode, both on stderr.
//!
//! On a terminal the bar is one line redrawn in place; with `--progress`
//! and stderr not a terminal (a log file), a line is printed every few
//! seconds instead. `--quiet` silences both the bar and the summary.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::{Done, Shared};

/// How the progress is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Off,
    /// One line, redrawn in place.
    Terminal,
    /// A line every [`LOG_EVERY`], for a log.
    Log,
}

const LOG_EVERY: Duration = Duration::from_secs(5);
const REDRAW_EVERY: Duration = Duration::from_millis(200);

/// The mode for `--quiet` and `--progress`, given what stderr is.
pub fn mode(quiet: bool, forced: bool) -> Mode {
    if quiet {
        Mode::Off
    } else if io::stderr().is_terminal() {
        Mode::Terminal
    } else if forced {
        Mode::Log
    } else {
        Mode::Off
    }
}

/// What was written so far.
#[derive(Debug, Default)]
pub struct Counts {
    /// Records written.
    pub pages: u64,
    /// Records with an error.
    pub failed: u64,
    /// Failures by kind.
    pub kinds: BTreeMap<&'static str, u64>,
    /// Bytes of HTML extracted.
    pub page_bytes: u64,
    /// Stored input bytes the written pages account for.
    pub stored: u64,
}

impl Counts {
    pub fn add(&mut self, done: &Done) {
        self.pages += 1;
        self.page_bytes += done.page_bytes;
        self.stored += done.stored;
        if let Some(kind) = done.error {
            self.failed += 1;
            *self.kinds.entry(kind).or_default() += 1;
        }
    }
}

pub struct Progress {
    mode: Mode,
    start: Instant,
    last: Option<Instant>,
    /// A bar is on the terminal's last line.
    drawn: bool,
}

impl Progress {
    pub fn new(mode: Mode) -> Progress {
        Progress {
            mode,
            start: Instant::now(),
            last: None,
            drawn: false,
        }
    }

    pub fn is_on(&self) -> bool {
        self.mode != Mode::Off
    }

    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Redraws the bar if it is due.
    pub fn tick(&mut self, counts: &Counts, shared: &Shared) {
        let every = match self.mode {
            Mode::Off => return,
            Mode::Terminal => REDRAW_EVERY,
            Mode::Log => LOG_EVERY,
        };
        let now = Instant::now();
        if now.duration_since(self.last.unwrap_or(self.start)) < every {
            return;
        }
        self.last = Some(now);
        let line = render(
            counts,
            self.elapsed(),
            stored_done(counts, shared),
            total(shared),
        );
        let mut stderr = io::stderr().lock();
        let _ = match self.mode {
            Mode::Terminal => write!(stderr, "\r{line}\x1b[K"),
            _ => writeln!(stderr, "{line}"),
        };
        let _ = stderr.flush();
        self.drawn = self.mode == Mode::Terminal;
    }

    /// At the end of a run: the last figures as a line in a log, or the bar
    /// taken off the terminal.
    pub fn finish(&mut self, counts: &Counts, shared: &Shared) {
        if self.mode == Mode::Log {
            let line = render(
                counts,
                self.elapsed(),
                stored_done(counts, shared),
                total(shared),
            );
            let _ = writeln!(io::stderr(), "{line}");
        }
        self.clear();
    }

    /// Takes the bar off the terminal.
    pub fn clear(&mut self) {
        if self.drawn {
            let _ = write!(io::stderr(), "\r\x1b[K");
            self.drawn = false;
        }
    }
}

fn total(shared: &Shared) -> Option<u64> {
    shared
        .total_known
        .load(Ordering::Relaxed)
        .then(|| shared.stored_total.load(Ordering::Relaxed))
}

fn stored_done(counts: &Counts, shared: &Shared) -> u64 {
    counts.stored + shared.stored_residual.load(Ordering::Relaxed)
}

/// `inti: 1234 pages, 56.7 pages/s, 2.3 MB/s, 1 error, 42%, ETA 1m05s`
fn render(
    counts: &Counts,
    elapsed: Duration,
    stored_done: u64,
    stored_total: Option<u64>,
) -> String {
    let seconds = elapsed.as_secs_f64().max(1e-3);
    let mut line = format!(
        "inti: {} pages, {} pages/s, {:.1} MB/s, {}",
        counts.pages,
        rate(counts.pages as f64 / seconds),
        counts.page_bytes as f64 / 1e6 / seconds,
        plural(counts.failed, "error", "errors"),
    );
    if let Some(total) = stored_total.filter(|&t| t > 0) {
        let fraction = (stored_done as f64 / total as f64).min(1.0);
        line.push_str(&format!(", {:.0}%", fraction * 100.0));
        if fraction > 0.0 && fraction < 1.0 {
            let left = seconds * (1.0 - fraction) / fraction;
            line.push_str(&format!(", ETA {}", duration(left)));
        }
    }
    line
}

/// The summary at the end of a run, one `inti: ...` line each.
pub fn summary(counts: &Counts, skipped: u64, elapsed: Duration, jobs: usize) -> String {
    let seconds = elapsed.as_secs_f64().max(1e-3);
    let mut text = format!(
        "inti: {} in {:.1} s: {} pages/s, {:.1} MB/s of HTML, {}\n",
        plural(counts.pages, "page", "pages"),
        elapsed.as_secs_f64(),
        rate(counts.pages as f64 / seconds),
        counts.page_bytes as f64 / 1e6 / seconds,
        plural(jobs as u64, "thread", "threads"),
    );
    text.push_str(&format!(
        "inti: {} extracted, {} failed",
        counts.pages - counts.failed,
        counts.failed
    ));
    if !counts.kinds.is_empty() {
        let kinds: Vec<String> = counts
            .kinds
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect();
        text.push_str(&format!(" ({})", kinds.join(", ")));
    }
    text.push('\n');
    if skipped > 0 {
        text.push_str(&format!(
            "inti: {} skipped (not HTML, or an HTTP status other than 2xx)\n",
            plural(skipped, "WARC record", "WARC records")
        ));
    }
    text
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn rate(per_second: f64) -> String {
    if per_second >= 100.0 {
        format!("{per_second:.0}")
    } else {
        format!("{per_second:.1}")
    }
}

/// `45s`, `2m05s`, `1h02m`.
fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s < 60 {
        format!("{s}s")
    } else if s < 3600 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pages: u64, failed: &[(&'static str, u64)], page_bytes: u64) -> Counts {
        Counts {
            pages,
            failed: failed.iter().map(|(_, n)| n).sum(),
            kinds: failed.iter().copied().collect(),
            page_bytes,
            stored: 0,
        }
    }

    #[test]
    fn bar() {
        let c = counts(1234, &[("Io", 1)], 25_000_000);
        assert_eq!(
            render(&c, Duration::from_secs(10), 0, None),
            "inti: 1234 pages, 123 pages/s, 2.5 MB/s, 1 error"
        );
        assert_eq!(
            render(&c, Duration::from_secs(10), 25, Some(100)),
            "inti: 1234 pages, 123 pages/s, 2.5 MB/s, 1 error, 25%, ETA 30s"
        );
        assert_eq!(
            render(&counts(3, &[], 0), Duration::from_secs(40), 100, Some(100)),
            "inti: 3 pages, 0.1 pages/s, 0.0 MB/s, 0 errors, 100%"
        );
    }

    #[test]
    fn summary_lines() {
        let c = counts(1497, &[("NotHtml", 5), ("Io", 2)], 66_000_000);
        assert_eq!(
            summary(&c, 12, Duration::from_secs(40), 2),
            "inti: 1497 pages in 40.0 s: 37.4 pages/s, 1.6 MB/s of HTML, 2 threads\n\
             inti: 1490 extracted, 7 failed (2 Io, 5 NotHtml)\n\
             inti: 12 WARC records skipped (not HTML, or an HTTP status other than 2xx)\n"
        );
        assert_eq!(
            summary(&counts(1, &[], 10), 0, Duration::from_millis(500), 1),
            "inti: 1 page in 0.5 s: 2.0 pages/s, 0.0 MB/s of HTML, 1 thread\n\
             inti: 1 extracted, 0 failed\n"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration(4.6), "5s");
        assert_eq!(duration(125.0), "2m05s");
        assert_eq!(duration(3720.0), "1h02m");
    }
}
