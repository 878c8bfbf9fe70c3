//! Reading inputs: files or standard input, gzip-decompressed when the bytes
//! start with the gzip magic number, never more than the input limit.
//!
//! Batch mode reads directories, JSON Lines and WARC files on top of this
//! (`batch::source`); its page files are read here.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Cursor, Read};
use std::path::PathBuf;

use flate2::read::MultiGzDecoder;

use crate::process::FileError;

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`, or no FILE at all).
    Stdin,
    /// A file, by the path given.
    File(PathBuf),
}

impl Input {
    /// The input a command-line argument names.
    pub fn from_arg(arg: &OsStr) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::File(PathBuf::from(arg))
        }
    }

    /// The name for the JSON `file` field: the path as given, `-` for stdin.
    pub fn json_name(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(path) => path.to_string_lossy().into_owned(),
        }
    }

    /// Whether this names a directory (batch mode walks it).
    pub fn is_dir(&self) -> bool {
        matches!(self, Input::File(path) if path.is_dir())
    }

    /// The name for messages and `==> FILE <==` headers.
    pub fn display_name(&self) -> String {
        match self {
            Input::Stdin => "standard input".into(),
            Input::File(path) => path.to_string_lossy().into_owned(),
        }
    }
}

/// The first two bytes of gzip data.
pub const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Reads an input's bytes, decompressing gzip. More than `limit` bytes
/// (after decompression) gives an `InputTooLarge` error without reading the
/// rest, so neither a huge file nor a gzip bomb is loaded whole.
pub fn read(input: &Input, limit: usize) -> Result<Vec<u8>, FileError> {
    match input {
        Input::Stdin => read_stream(io::stdin().lock(), limit, None),
        Input::File(path) => {
            let file = File::open(path).map_err(FileError::io)?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            read_stream(file, limit, size)
        }
    }
}

/// `size`: the stream's size on disk when known, for the error message.
fn read_stream(
    mut reader: impl Read,
    limit: usize,
    size: Option<u64>,
) -> Result<Vec<u8>, FileError> {
    // Peek at the first two bytes, however the reader chunks them.
    let mut head = Vec::with_capacity(2);
    (&mut reader)
        .take(2)
        .read_to_end(&mut head)
        .map_err(FileError::io)?;
    let stream = Cursor::new(head.clone()).chain(reader);
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    if head == GZIP_MAGIC {
        MultiGzDecoder::new(stream)
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                FileError::new(
                    "Io",
                    format!("cannot decompress gzip data: {}", io_message(&e)),
                )
            })?;
        if bytes.len() > limit {
            return Err(too_large(None, limit, " after gzip decompression"));
        }
    } else {
        if let Some(size) = size {
            bytes.reserve(usize::try_from(size).unwrap_or(usize::MAX).min(limit));
        }
        stream
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(FileError::io)?;
        if bytes.len() > limit {
            return Err(too_large(size, limit, ""));
        }
    }
    Ok(bytes)
}

fn too_large(size: Option<u64>, limit: usize, after: &str) -> FileError {
    let message = match size {
        Some(size) => format!("input is {size} bytes, over the limit of {limit} bytes"),
        None => format!("input is over the limit of {limit} bytes"),
    };
    FileError::new(
        "InputTooLarge",
        format!("{message}{after} (option --max-input-bytes)"),
    )
}

/// An I/O error as a person reads it: `No such file or directory`, without
/// the `(os error 2)` suffix.
pub fn io_message(error: &io::Error) -> String {
    let text = error.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_owned(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// Gives its bytes one at a time, as a slow pipe might.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.1 >= self.0.len() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[self.1];
            self.1 += 1;
            Ok(1)
        }
    }

    #[test]
    fn plain_and_gzip() {
        let page = b"<p>caf\xe9</p>".to_vec();
        assert_eq!(read_stream(&page[..], 100, None).unwrap(), page);
        assert_eq!(read_stream(&gzip(&page)[..], 100, None).unwrap(), page);
        assert_eq!(
            read_stream(Trickle(gzip(&page), 0), 100, None).unwrap(),
            page
        );
        let mut two = gzip(b"<p>one");
        two.extend(gzip(b" two</p>"));
        assert_eq!(read_stream(&two[..], 100, None).unwrap(), b"<p>one two</p>");
        assert_eq!(read_stream(&b""[..], 100, None).unwrap(), b"");
        assert_eq!(read_stream(&b"x"[..], 100, None).unwrap(), b"x");
    }

    #[test]
    fn limits() {
        assert_eq!(read_stream(&[b'a'; 10][..], 10, None).unwrap().len(), 10);
        let e = read_stream(&[b'a'; 11][..], 10, Some(11)).unwrap_err();
        assert_eq!(e.kind, "InputTooLarge");
        assert!(e.message.contains("11 bytes"), "{}", e.message);
        let bomb = gzip(&vec![b'a'; 1 << 20]);
        assert!(bomb.len() < 10_000);
        let e = read_stream(&bomb[..], 10_000, None).unwrap_err();
        assert_eq!(e.kind, "InputTooLarge");
        assert!(e.message.contains("gzip"), "{}", e.message);
        assert_eq!(read_stream(&b"abc"[..], usize::MAX, None).unwrap(), b"abc");
    }

    #[test]
    fn corrupt_gzip() {
        let e = read_stream(&[0x1f, 0x8b, 0, 1, 2, 3][..], 100, None).unwrap_err();
        assert_eq!(e.kind, "Io");
        assert!(
            e.message.starts_with("cannot decompress gzip data"),
            "{}",
            e.message
        );
    }

    #[cfg(unix)]
    #[test]
    fn io_messages_lose_the_os_error_number() {
        let e = File::open("/no/such/inti/file").unwrap_err();
        assert_eq!(io_message(&e), "No such file or directory");
    }
}
