//! The errors [`crate::extract`] can return.

use std::fmt;

/// Why an extraction was refused. Each variant is something a caller can act
/// on; [`Error::kind`] gives a stable name for it (used by the CLI's JSON and
/// the JavaScript binding).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_input_bytes`].
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// Elements nest deeper than [`crate::Options::max_depth`].
    TooDeep {
        /// The depth at which the limit was crossed.
        depth: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The document has more nodes than [`crate::Options::max_nodes`].
    TooManyNodes {
        /// The number of nodes counted when the limit was crossed.
        count: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input does not look like text at all (binary data such as an
    /// image, an archive or an executable).
    NotHtml {
        /// What gave it away.
        reason: String,
    },
    /// An option has a value that cannot be used.
    InvalidOption {
        /// The option's name as the caller spelled it (camelCase).
        option: String,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    /// A stable, machine-readable name for the error: `"InputTooLarge"`,
    /// `"TooDeep"`, `"TooManyNodes"`, `"NotHtml"` or `"InvalidOption"`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "InputTooLarge",
            Error::TooDeep { .. } => "TooDeep",
            Error::TooManyNodes { .. } => "TooManyNodes",
            Error::NotHtml { .. } => "NotHtml",
            Error::InvalidOption { .. } => "InvalidOption",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, over the limit of {limit} bytes (option maxInputBytes)"
            ),
            Error::TooDeep { depth, limit } => write!(
                f,
                "elements nest {depth} levels deep, over the limit of {limit} (option maxDepth)"
            ),
            Error::TooManyNodes { count, limit } => write!(
                f,
                "document has more than {limit} nodes (counted {count}; option maxNodes)"
            ),
            Error::NotHtml { reason } => write!(f, "input is not HTML: {reason}"),
            Error::InvalidOption { option, message } => {
                write!(f, "invalid option {option}: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}
