//! Processing one input: read it, extract the article. Knows nothing of the
//! output; batch mode runs the same functions on its worker threads.

use std::any::Any;
use std::cell::RefCell;
use std::io;
use std::panic::{self, AssertUnwindSafe};

use inti::{Article, Options};

use crate::input::{self, Input};

/// Why one input failed. `kind` is one of [`inti::Error::kind`]'s names, or
/// `"Io"` (the input could not be read or decompressed) or `"InternalError"`
/// (a bug: the engine panicked on this input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// A stable, machine-readable name.
    pub kind: &'static str,
    /// A one-line message for people.
    pub message: String,
}

impl FileError {
    pub fn new(kind: &'static str, message: impl Into<String>) -> FileError {
        FileError {
            kind,
            message: message.into(),
        }
    }

    pub fn io(error: io::Error) -> FileError {
        FileError::new("Io", input::io_message(&error))
    }
}

impl From<inti::Error> for FileError {
    /// The engine's message, with its option names (`maxDepth`) spelled as
    /// the command-line flags (`--max-depth`).
    fn from(error: inti::Error) -> FileError {
        let mut message = error.to_string();
        for (name, flag) in OPTION_FLAGS {
            message = message.replace(&format!("option {name}"), &format!("option {flag}"));
        }
        FileError::new(error.kind(), message)
    }
}

/// `inti::Options` field names (camelCase, as the engine's messages spell
/// them) and the flags that set them.
const OPTION_FLAGS: [(&str, &str); 10] = [
    ("url", "--url"),
    ("favor", "--favor"),
    ("minArticleLength", "--min-article-length"),
    ("maxInputBytes", "--max-input-bytes"),
    ("maxNodes", "--max-nodes"),
    ("maxDepth", "--max-depth"),
    ("keepImages", "--no-images"),
    ("keepTables", "--no-tables"),
    ("keepLinks", "--no-links"),
    ("keepCaptions", "--no-captions"),
];

/// Reads one input and extracts its article.
pub fn process(input: &Input, options: &Options) -> Result<Article, FileError> {
    let bytes = input::read(input, options.max_input_bytes)?;
    extract_bytes(&bytes, options)
}

/// `inti::extract_bytes`, with a panic in the engine turned into an error
/// for this input only, so the other inputs still go through.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, FileError> {
    guarded(|| inti::extract_bytes(bytes, options))
}

/// `inti::extract` on text already decoded, guarded the same way.
pub fn extract_str(html: &str, options: &Options) -> Result<Article, FileError> {
    guarded(|| inti::extract(html, options))
}

fn guarded(extract: impl FnOnce() -> Result<Article, inti::Error>) -> Result<Article, FileError> {
    match panic::catch_unwind(AssertUnwindSafe(extract)) {
        Ok(result) => result.map_err(FileError::from),
        Err(payload) => Err(FileError::new(
            "InternalError",
            format!(
                "internal error in the extraction engine, please report it: {}",
                panic_message(payload.as_ref())
            ),
        )),
    }
}

thread_local! {
    /// Where the panic hook leaves the last panic's location for
    /// [`panic_message`].
    static LAST_PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces Rust's panic report ("thread 'main' panicked at ...", several
/// lines) by nothing: the panic is reported where it is caught, as one line.
/// With `RUST_BACKTRACE` set the standard report is printed as well.
pub fn install_panic_hook() {
    let standard = panic::take_hook();
    let verbose = std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0");
    panic::set_hook(Box::new(move |info| {
        if let Some(location) = info.location() {
            let location = format!("{}:{}", location.file(), location.line());
            LAST_PANIC_LOCATION.with(|last| *last.borrow_mut() = Some(location));
        }
        if verbose {
            standard(info);
        }
    }));
}

/// The panic's message and, when the hook saw it, its location.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    match LAST_PANIC_LOCATION.with(|last| last.borrow_mut().take()) {
        Some(location) => format!("{message} (at {location})"),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_messages_name_the_flags() {
        let e = FileError::from(inti::Error::TooDeep {
            depth: 11,
            limit: 10,
        });
        assert_eq!(e.kind, "TooDeep");
        assert!(e.message.ends_with("(option --max-depth)"), "{}", e.message);
        let e = FileError::from(inti::Error::InvalidOption {
            option: "url".into(),
            message: "not a URL".into(),
        });
        assert_eq!(e.message, "invalid option --url: not a URL");
    }
}
