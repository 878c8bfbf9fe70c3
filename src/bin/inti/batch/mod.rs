//! Batch mode: many pages on every core, as a stream, into JSON Lines.
//!
//! ```text
//!             tasks (bounded)                    records (bounded)
//!   reader ─────────────────▶ N worker threads ─────────────────▶ writer
//!   walks FILE and DIR,       read a page file,                  (main thread)
//!   splits JSON Lines,        or parse a JSON line;              puts records in input
//!   reads WARC records        extract; serialize the record      order, writes them,
//!                                                                draws the progress bar
//! ```
//!
//! Nothing is read ahead of need: the reader takes a slot in a [`Window`]
//! for each page before sending it on, and the writer gives the slot back
//! once the page's record is written. So at most [`MAX_PAGES_PER_JOB`] ×
//! jobs + [`MAX_PAGES_EXTRA`] pages, and about [`MAX_BYTES`] bytes of their
//! input, are in flight, wherever they are: in a channel, in a worker, or
//! in the reorder buffer behind a slow page (ordered output). Memory stays
//! flat however large the corpus is.
//!
//! A page that fails is a record with an `error` field; nothing stops the
//! run but an output that cannot be written.

mod flow;
mod progress;
mod source;
mod warc;
mod work;

use std::io::{self, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use encoding_rs::Encoding;
use serde::Serialize;
use serde_json::Value;

use crate::args::{Batch, Config};
use crate::input;
use crate::process::FileError;
use flow::{Reorder, Window};
use progress::{Counts, Progress};

/// Pages in flight per worker thread, and on top of that: enough to keep
/// every worker busy while the writer waits for a slow page in ordered mode.
const MAX_PAGES_PER_JOB: usize = 8;
const MAX_PAGES_EXTRA: usize = 32;
/// Bytes of page input in flight (a larger page goes through alone).
const MAX_BYTES: u64 = 256 << 20;
/// The stack of a worker thread: the main thread's usual 8 MiB and more, as
/// the engine is tested there (deep pages are refused by `--max-depth`).
const WORKER_STACK: usize = 16 << 20;
/// How often the progress bar is redrawn (at most).
const TICK: Duration = Duration::from_millis(200);

/// Where a page came from: the first fields of its record.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Origin {
    /// The file, as named or as found in a directory; `-` for standard input.
    pub file: String,
    /// JSON Lines: the line number, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// JSON Lines: the record's `id`, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Value>,
    /// WARC: the `WARC-Record-ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warc_record_id: Option<String>,
    /// WARC: the `WARC-Target-URI`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warc_target_uri: Option<String>,
    /// WARC: the `WARC-Date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warc_date: Option<String>,
}

impl Origin {
    fn file(name: impl Into<String>) -> Origin {
        Origin {
            file: name.into(),
            ..Origin::default()
        }
    }
}

/// What a worker gets: one page to extract.
pub struct Task {
    /// Input order, from 0.
    seq: u64,
    origin: Origin,
    /// The page's own address (WARC target URI), the base for its links.
    url: Option<String>,
    payload: Payload,
    /// Bytes charged to the window.
    cost: u64,
    /// Bytes of the input files as stored (compressed) that this page
    /// accounts for: the progress bar's share of the total.
    stored: u64,
}

/// A page as the reader hands it over.
pub enum Payload {
    /// A page file, read (and decompressed) by the worker; its size on disk.
    File { path: PathBuf, size: u64 },
    /// A page's bytes; the HTTP codings to undo (WARC records); the charset
    /// its HTTP header names, if any.
    Bytes {
        bytes: Vec<u8>,
        codings: Vec<warc::Coding>,
        charset: Option<&'static Encoding>,
    },
    /// One line of JSON Lines, parsed by the worker.
    JsonLine(Vec<u8>),
    /// The reader could not get the page (or the file) at all.
    Failed(FileError),
}

/// What a worker gives back: the page's record, ready to write.
pub struct Done {
    seq: u64,
    /// One JSON object and its newline.
    record: Vec<u8>,
    /// The error's kind, for a failed page.
    error: Option<&'static str>,
    /// Bytes of HTML extracted (after decompression), for MB/s.
    page_bytes: u64,
    cost: u64,
    stored: u64,
}

/// Figures the reader shares with the writer's progress bar.
#[derive(Default)]
pub struct Shared {
    /// Bytes of the input files read so far, as stored (shared with the
    /// counting streams, which live as long as the WARC reader wants).
    stored_read: Arc<AtomicU64>,
    /// Stored bytes that no page accounts for (WARC records skipped at the
    /// end of a file), counted as done.
    stored_residual: AtomicU64,
    /// The stored size of all inputs, once the scan knows it.
    stored_total: AtomicU64,
    total_known: AtomicBool,
    /// WARC responses and resources skipped: not HTML, or not a 2xx status.
    skipped: AtomicU64,
}

/// Hands pages from the reader to the workers, numbering them and taking
/// their window slots.
pub struct Emitter<'a> {
    next_seq: u64,
    window: &'a Window,
    tasks: SyncSender<Task>,
    shared: &'a Shared,
    /// `shared.stored_read` when the last page was sent.
    stored_mark: u64,
}

impl Emitter<'_> {
    /// Sends a page on. Returns `false` when the run is stopping.
    fn emit(&mut self, origin: Origin, url: Option<String>, payload: Payload) -> bool {
        let cost = match &payload {
            Payload::File { size, .. } => *size,
            Payload::Bytes { bytes, .. } | Payload::JsonLine(bytes) => bytes.len() as u64,
            Payload::Failed(_) => 0,
        };
        if !self.window.acquire(cost) {
            return false;
        }
        let now = self.shared.stored_read.load(Ordering::Relaxed);
        let task = Task {
            seq: self.next_seq,
            origin,
            url,
            payload,
            cost,
            stored: now.saturating_sub(self.stored_mark),
        };
        self.stored_mark = now;
        self.next_seq += 1;
        self.tasks.send(task).is_ok()
    }

    /// Counts the stored bytes read since the last page as done (at the
    /// end of a file).
    fn settle_stored(&mut self) {
        let now = self.shared.stored_read.load(Ordering::Relaxed);
        self.shared
            .stored_residual
            .fetch_add(now.saturating_sub(self.stored_mark), Ordering::Relaxed);
        self.stored_mark = now;
    }

    /// The counter of stored bytes read, for a counting stream.
    fn stored_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.shared.stored_read)
    }

    /// Counts `bytes` more of stored input as read (a page file's size).
    fn add_stored(&self, bytes: u64) {
        self.shared.stored_read.fetch_add(bytes, Ordering::Relaxed);
    }

    fn skipped(&self) {
        self.shared.skipped.fetch_add(1, Ordering::Relaxed);
    }
}

/// Runs batch mode, writing the records to `out`. Returns the exit code.
pub fn run(config: &Config, batch: &Batch, mut out: Box<dyn Write>, out_name: &str) -> u8 {
    let jobs = batch
        .jobs
        .or_else(|| thread::available_parallelism().ok())
        .unwrap_or(NonZeroUsize::MIN)
        .get();
    let max_pages = jobs * MAX_PAGES_PER_JOB + MAX_PAGES_EXTRA;
    let window = Arc::new(Window::new(max_pages, MAX_BYTES));
    let shared = Arc::new(Shared::default());
    let (task_tx, task_rx) = mpsc::sync_channel::<Task>(jobs * 2);
    let (done_tx, done_rx) = mpsc::sync_channel::<Done>(max_pages);
    let mut progress = Progress::new(progress::mode(config.quiet, batch.progress));

    if progress.is_on() {
        let inputs = config.inputs.clone();
        let shared = Arc::clone(&shared);
        let scan = move || {
            if let Some(total) = source::stored_total(&inputs) {
                shared.stored_total.store(total, Ordering::Relaxed);
                shared.total_known.store(true, Ordering::Relaxed);
            }
        };
        if config.inputs.iter().any(|input| input.is_dir()) {
            // Walking a large tree takes a while: the ETA appears when done.
            // Detached: it may still be walking when the run ends.
            let _ = thread::Builder::new().name("inti-scan".into()).spawn(scan);
        } else {
            scan();
        }
    }

    let reader = {
        let (window, shared) = (Arc::clone(&window), Arc::clone(&shared));
        let inputs = config.inputs.clone();
        let format = batch.input;
        let limit = config.options.max_input_bytes;
        let skip = config.output.as_ref().and_then(|p| p.canonicalize().ok());
        thread::Builder::new()
            .name("inti-reader".into())
            .spawn(move || {
                let mut emitter = Emitter {
                    next_seq: 0,
                    window: &window,
                    tasks: task_tx,
                    shared: &shared,
                    stored_mark: 0,
                };
                source::read_all(&inputs, format, limit, skip.as_deref(), &mut emitter);
            })
    };
    let Ok(reader) = reader else {
        crate::warn("cannot start the reader thread");
        return crate::FAILURE;
    };

    let task_rx = Arc::new(Mutex::new(task_rx));
    let mut workers = Vec::with_capacity(jobs);
    for i in 0..jobs {
        let (task_rx, done_tx) = (Arc::clone(&task_rx), done_tx.clone());
        let options = config.options.clone();
        let worker = thread::Builder::new()
            .name(format!("inti-worker-{i}"))
            .stack_size(WORKER_STACK)
            .spawn(move || loop {
                // The lock is held only while waiting for the next task.
                let next = task_rx
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .recv();
                let Ok(task) = next else { break };
                if done_tx.send(work::work(task, &options)).is_err() {
                    break;
                }
            });
        match worker {
            Ok(worker) => workers.push(worker),
            Err(error) => {
                window.close();
                crate::warn(&format!("cannot start worker threads: {error}"));
                return crate::FAILURE;
            }
        }
    }
    drop(done_tx);

    let ordered = !batch.unordered;
    let mut reorder = Reorder::new();
    let mut counts = Counts::default();
    let written = loop {
        let done = match done_rx.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => {
                // Nothing ready: pass on what is written so far, so that a
                // reader downstream (a pipe) gets each record without delay.
                if let Err(error) = out.flush() {
                    break Err(error);
                }
                progress.tick(&counts, &shared);
                match done_rx.recv_timeout(TICK) {
                    Ok(done) => done,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => break Ok(()),
                }
            }
            Err(TryRecvError::Disconnected) => break Ok(()),
        };
        let result = if ordered {
            reorder.push(done.seq, done);
            let mut result = Ok(());
            while let Some(done) = reorder.pop() {
                result = write(&mut *out, done, &mut counts, &window);
                if result.is_err() {
                    break;
                }
            }
            result
        } else {
            write(&mut *out, done, &mut counts, &window)
        };
        if let Err(error) = result {
            break Err(error);
        }
        progress.tick(&counts, &shared);
    };
    let written = written.and_then(|()| out.flush());
    if let Err(error) = written {
        progress.clear();
        window.close();
        if error.kind() == io::ErrorKind::BrokenPipe {
            // The reader went away (`inti --batch ... | head`): stop quietly.
            return if counts.failed > 0 {
                crate::FAILURE
            } else {
                crate::SUCCESS
            };
        }
        crate::warn(&format!("{out_name}: {}", input::io_message(&error)));
        return crate::FAILURE;
    }

    progress.finish(&counts, &shared);
    let mut status = crate::SUCCESS;
    if reader.join().is_err() || workers.into_iter().any(|w| w.join().is_err()) {
        crate::warn("internal error in batch mode, please report it: a thread panicked");
        status = crate::FAILURE;
    }
    if !config.quiet {
        let skipped = shared.skipped.load(Ordering::Relaxed);
        let summary = progress::summary(&counts, skipped, progress.elapsed(), jobs);
        let _ = io::stderr().write_all(summary.as_bytes());
    }
    if counts.failed > 0 {
        status = crate::FAILURE;
    }
    status
}

/// Writes one record and gives its window slot back.
fn write(out: &mut dyn Write, done: Done, counts: &mut Counts, window: &Window) -> io::Result<()> {
    out.write_all(&done.record)?;
    window.release(done.cost);
    counts.add(&done);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_fields_are_camel_case_and_skipped_when_absent() {
        let origin = Origin {
            file: "a.warc.gz".into(),
            warc_record_id: Some("<urn:uuid:1>".into()),
            warc_target_uri: Some("https://example.com/".into()),
            warc_date: Some("2024-01-01T00:00:00Z".into()),
            ..Origin::default()
        };
        assert_eq!(
            serde_json::to_string(&origin).unwrap(),
            r#"{"file":"a.warc.gz","warcRecordId":"<urn:uuid:1>","warcTargetUri":"https://example.com/","warcDate":"2024-01-01T00:00:00Z"}"#
        );
        let origin = Origin {
            line: Some(3),
            id: Some(Value::from(7)),
            ..Origin::file("-")
        };
        assert_eq!(
            serde_json::to_string(&origin).unwrap(),
            r#"{"file":"-","line":3,"id":7}"#
        );
    }
}
