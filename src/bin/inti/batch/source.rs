//! The reader's side of batch mode: turns the command line's inputs into a
//! stream of pages. Named files and standard input are read as `--input`
//! says; directories are walked, their files recognized by name. Page files
//! are only named here (the workers read them, in parallel); JSON Lines are
//! split into lines and WARC files into records here, as they are streams.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use flate2::bufread::MultiGzDecoder;

use super::{Emitter, Origin, Payload};
use crate::args::InputFormat;
use crate::input::{self, Input, GZIP_MAGIC};
use crate::process::FileError;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One page (gzipped or not).
    Page,
    /// JSON Lines (gzipped or not), a page per line.
    Jsonl,
    /// A WARC file (gzipped or not), a page per HTML response.
    Warc,
}

/// The kind a file's name says: `.warc`, `.warc.gz` WARC; `.jsonl`,
/// `.jsonl.gz`, `.ndjson`, `.ndjson.gz` JSON Lines; anything else a page.
pub fn kind_by_name(path: &Path) -> Kind {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".warc") {
        Kind::Warc
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Kind::Jsonl
    } else {
        Kind::Page
    }
}

/// Whether a directory walk takes a file, and as what: `.html`, `.htm` and
/// `.gz` pages, `.warc` and `.warc.gz` files. JSON Lines files are read only
/// when named (a walk would otherwise pick up the output of an earlier run).
pub fn walk_kind(path: &Path) -> Option<Kind> {
    match kind_by_name(path) {
        Kind::Warc => Some(Kind::Warc),
        Kind::Jsonl => None,
        Kind::Page => {
            let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
            matches!(extension.as_str(), "html" | "htm" | "gz").then_some(Kind::Page)
        }
    }
}

/// The kind of a named file or of standard input under `--input`.
fn named_kind(path: Option<&Path>, format: InputFormat) -> Kind {
    match format {
        InputFormat::Auto => path.map_or(Kind::Page, kind_by_name),
        InputFormat::Html => Kind::Page,
        InputFormat::Jsonl => Kind::Jsonl,
        InputFormat::Warc => Kind::Warc,
    }
}

/// Reads every input, in order, handing its pages to `emit`; stops early
/// when the run stops.
pub fn read_all(
    inputs: &[Input],
    format: InputFormat,
    limit: usize,
    skip: Option<&Path>,
    emit: &mut Emitter,
) {
    for input in inputs {
        let go_on = match input {
            Input::Stdin => read_stdin(named_kind(None, format), limit, emit),
            Input::File(path) => match fs::metadata(path) {
                Ok(meta) if meta.is_dir() => read_dir(path, limit, skip, emit),
                Ok(meta) => read_file(
                    path,
                    named_kind(Some(path), format),
                    meta.len(),
                    limit,
                    emit,
                ),
                // Missing: the worker reports it, as for any unreadable page.
                Err(_) => read_file(path, Kind::Page, 0, limit, emit),
            },
        };
        emit.settle_stored();
        if !go_on {
            return;
        }
    }
}

fn read_stdin(kind: Kind, limit: usize, emit: &mut Emitter) -> bool {
    let origin = Origin::file("-");
    match kind {
        Kind::Page => {
            let payload = match input::read(&Input::Stdin, limit) {
                Ok(bytes) => Payload::Bytes {
                    bytes,
                    codings: Vec::new(),
                    charset: None,
                },
                Err(error) => Payload::Failed(error),
            };
            emit.emit(origin, None, payload)
        }
        Kind::Jsonl => read_jsonl("-", Counted::new(io::stdin(), emit), limit, emit),
        Kind::Warc => super::warc::read("-", Counted::new(io::stdin(), emit), limit, emit),
    }
}

fn read_file(path: &Path, kind: Kind, size: u64, limit: usize, emit: &mut Emitter) -> bool {
    let name = path.to_string_lossy();
    if kind == Kind::Page {
        emit.add_stored(size);
        let payload = Payload::File {
            path: path.to_owned(),
            size,
        };
        return emit.emit(Origin::file(name), None, payload);
    }
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) => {
            return emit.emit(
                Origin::file(name),
                None,
                Payload::Failed(FileError::io(error)),
            );
        }
    };
    let stream = Counted::new(file, emit);
    match kind {
        Kind::Jsonl => read_jsonl(&name, stream, limit, emit),
        _ => super::warc::read(&name, stream, limit, emit),
    }
}

/// Walks a directory: depth first, each directory's entries in name order,
/// files taken by [`walk_kind`]. Symbolic links to files are followed,
/// links to directories are not (no loops). `skip` is the output file.
fn read_dir(root: &Path, limit: usize, skip: Option<&Path>, emit: &mut Emitter) -> bool {
    for entry in Walk::new(root) {
        let go_on = match entry {
            Ok((path, kind, size)) => {
                if skip.is_some_and(|skip| is_same_file(&path, skip)) {
                    continue;
                }
                let go_on = read_file(&path, kind, size, limit, emit);
                emit.settle_stored();
                go_on
            }
            Err((path, error)) => emit.emit(
                Origin::file(path.to_string_lossy()),
                None,
                Payload::Failed(FileError::io(error)),
            ),
        };
        if !go_on {
            return false;
        }
    }
    true
}

fn is_same_file(path: &Path, other: &Path) -> bool {
    path.file_name() == other.file_name() && path.canonicalize().is_ok_and(|path| path == other)
}

/// The files a walk takes under a directory: `(path, kind, size)`, or a
/// directory that could not be read.
pub struct Walk {
    /// The entries of each directory being walked, deepest last.
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    /// A directory read error not yet reported.
    pending: Option<(PathBuf, io::Error)>,
}

impl Walk {
    pub fn new(root: &Path) -> Walk {
        let mut walk = Walk {
            stack: Vec::new(),
            pending: None,
        };
        walk.enter(root);
        walk
    }

    fn enter(&mut self, dir: &Path) {
        let entries = fs::read_dir(dir)
            .and_then(|entries| {
                entries
                    .map(|entry| entry.map(|e| e.path()))
                    .collect::<io::Result<Vec<_>>>()
            })
            .map(|mut paths| {
                paths.sort();
                paths
            });
        match entries {
            Ok(paths) => self.stack.push(paths.into_iter()),
            Err(error) => self.pending = Some((dir.to_owned(), error)),
        }
    }
}

impl Iterator for Walk {
    type Item = Result<(PathBuf, Kind, u64), (PathBuf, io::Error)>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(error) = self.pending.take() {
                return Some(Err(error));
            }
            let path = match self.stack.last_mut()?.next() {
                Some(path) => path,
                None => {
                    self.stack.pop();
                    continue;
                }
            };
            let Ok(meta) = fs::symlink_metadata(&path) else {
                continue; // gone since the directory was listed
            };
            if meta.is_dir() {
                self.enter(&path);
                continue;
            }
            let Some(kind) = walk_kind(&path) else {
                continue;
            };
            // A link to a file is taken (its target's size); a broken link
            // or a link to a directory is not.
            let meta = if meta.file_type().is_symlink() {
                match fs::metadata(&path) {
                    Ok(target) if target.is_file() => target,
                    _ => continue,
                }
            } else {
                meta
            };
            if meta.is_file() {
                return Some(Ok((path, kind, meta.len())));
            }
        }
    }
}

/// The stored size of all inputs (what the progress bar's ETA measures), or
/// `None` when standard input is one of them.
pub fn stored_total(inputs: &[Input]) -> Option<u64> {
    let mut total = 0u64;
    for input in inputs {
        let Input::File(path) = input else {
            return None;
        };
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                for (_, _, size) in Walk::new(path).flatten() {
                    total = total.saturating_add(size);
                }
            }
            Ok(meta) => total = total.saturating_add(meta.len()),
            Err(_) => {}
        }
    }
    Some(total)
}

/// A stream that counts the bytes read from it into the run's progress:
/// the stored (maybe compressed) size.
pub struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Counted<R> {
    fn new(inner: R, emit: &Emitter) -> Counted<R> {
        Counted {
            inner,
            read: emit.stored_counter(),
        }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A stream that knows its position, which is all the seeking the WARC
/// reader asks of a stream it does not seek in.
pub struct Positioned<R> {
    inner: R,
    position: u64,
}

impl<R: Read> Positioned<R> {
    pub fn new(inner: R) -> Positioned<R> {
        Positioned { inner, position: 0 }
    }
}

impl<R: Read> Read for Positioned<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position += n as u64;
        Ok(n)
    }
}

impl<R> Seek for Positioned<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        match pos {
            SeekFrom::Current(0) => Ok(self.position),
            _ => Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "the input is read as a stream",
            )),
        }
    }
}

/// Buffers a stream, decompressing it when it starts with the gzip magic
/// number (one gzip member or many, as `.warc.gz` and `.jsonl.gz` files are).
pub fn buffered(stream: impl Read + Send + 'static) -> io::Result<Box<dyn BufRead + Send>> {
    let mut reader = BufReader::with_capacity(1 << 20, stream);
    let head = reader.fill_buf()?;
    if head.starts_with(&GZIP_MAGIC) {
        Ok(Box::new(BufReader::with_capacity(
            1 << 20,
            MultiGzDecoder::new(reader),
        )))
    } else {
        Ok(Box::new(reader))
    }
}

/// Splits JSON Lines into pages, one per non-blank line. A line longer than
/// four times the input limit (JSON escapes can make a page that much
/// longer) is refused without being read whole.
fn read_jsonl(
    name: &str,
    stream: impl Read + Send + 'static,
    limit: usize,
    emit: &mut Emitter,
) -> bool {
    let failed = |line: Option<u64>, error: FileError| {
        (
            Origin {
                line,
                ..Origin::file(name)
            },
            Payload::Failed(error),
        )
    };
    let mut reader = match buffered(stream) {
        Ok(reader) => reader,
        Err(error) => {
            let (origin, payload) = failed(None, read_error(&error));
            return emit.emit(origin, None, payload);
        }
    };
    let max_line = limit.saturating_mul(4).saturating_add(1024);
    let mut number = 0u64;
    loop {
        let mut line = Vec::new();
        let read = (&mut reader)
            .take(max_line as u64 + 1)
            .read_until(b'\n', &mut line);
        match read {
            Ok(0) => return true,
            Ok(_) => {}
            Err(error) => {
                let (origin, payload) = failed(Some(number + 1), read_error(&error));
                return emit.emit(origin, None, payload);
            }
        }
        number += 1;
        let origin = Origin {
            line: Some(number),
            ..Origin::file(name)
        };
        let payload = if line.len() > max_line {
            // Too long: skip to the end of the line without keeping it.
            if let Err(error) = reader.skip_until(b'\n') {
                let (origin, payload) = failed(Some(number), read_error(&error));
                return emit.emit(origin, None, payload);
            }
            Payload::Failed(FileError::new(
                "InputTooLarge",
                format!(
                    "line is over the limit of {max_line} bytes (4 times option --max-input-bytes)"
                ),
            ))
        } else {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            Payload::JsonLine(line)
        };
        if !emit.emit(origin, None, payload) {
            return false;
        }
    }
}

/// A read error of a JSON Lines or WARC stream.
pub fn read_error(error: &io::Error) -> FileError {
    FileError::new("Io", format!("cannot read: {}", input::io_message(error)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        for (name, kind) in [
            ("a.html", Kind::Page),
            ("a.htm", Kind::Page),
            ("a.html.gz", Kind::Page),
            ("page", Kind::Page),
            ("CC-MAIN-1.warc.gz", Kind::Warc),
            ("a.WARC", Kind::Warc),
            ("pages.jsonl", Kind::Jsonl),
            ("pages.jsonl.gz", Kind::Jsonl),
            ("pages.ndjson", Kind::Jsonl),
        ] {
            assert_eq!(kind_by_name(Path::new(name)), kind, "{name}");
        }
    }

    #[test]
    fn walks_take_pages_and_warc_files() {
        for (name, kind) in [
            ("a.html", Some(Kind::Page)),
            ("a.HTM", Some(Kind::Page)),
            ("a.html.gz", Some(Kind::Page)),
            ("a.gz", Some(Kind::Page)),
            ("a.warc", Some(Kind::Warc)),
            ("a.warc.gz", Some(Kind::Warc)),
            ("a.jsonl", None),
            ("a.jsonl.gz", None),
            ("a.txt", None),
            ("README", None),
        ] {
            assert_eq!(walk_kind(Path::new(name)), kind, "{name}");
        }
    }

    #[test]
    fn walk_is_depth_first_in_name_order() {
        let root = std::env::temp_dir().join(format!("inti-walk-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for dir in ["b", "a/z", "c"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        for file in [
            "b/2.html",
            "b/1.htm",
            "a/z/3.html.gz",
            "a/notes.txt",
            "c.warc",
            "0.html",
        ] {
            fs::write(root.join(file), "x").unwrap();
        }
        let found: Vec<String> = Walk::new(&root)
            .map(|entry| {
                let (path, _, size) = entry.unwrap();
                assert_eq!(size, 1);
                path.strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(
            found,
            ["0.html", "a/z/3.html.gz", "b/1.htm", "b/2.html", "c.warc"]
        );
        let missing: Vec<_> = Walk::new(&root.join("nope")).collect();
        assert!(matches!(&missing[..], [Err(_)]));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn streams_count_and_know_their_position_only() {
        let read = Arc::new(AtomicU64::new(0));
        let counted = Counted {
            inner: &b"abcdef"[..],
            read: Arc::clone(&read),
        };
        let mut stream = Positioned::new(counted);
        let mut buf = [0; 4];
        assert_eq!(stream.read(&mut buf).unwrap(), 4);
        assert_eq!(stream.stream_position().unwrap(), 4);
        assert_eq!(read.load(Ordering::Relaxed), 4);
        assert!(stream.seek(SeekFrom::Start(0)).is_err());
    }

    #[test]
    fn buffered_streams_are_gunzipped() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"one\n").unwrap();
        let mut bytes = gz.finish().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"two\n").unwrap();
        bytes.extend(gz.finish().unwrap());
        let mut text = String::new();
        buffered(io::Cursor::new(bytes))
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "one\ntwo\n");
        let mut text = String::new();
        buffered(&b"plain"[..])
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "plain");
    }
}
