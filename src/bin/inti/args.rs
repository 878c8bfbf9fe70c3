//! Command-line parsing: turns `argv` into a [`Command`].
//!
//! Hand-written rather than built on an argument-parsing crate: the option
//! set is small, and this keeps full control over the one-line error
//! messages (exit code 2) and the help text, with no extra dependency for
//! the native build. Every option is declared once in [`SPECS`].

use std::ffi::OsString;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use inti::{Favor, Options};

use crate::input::Input;

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Extract the inputs.
    Run(Config),
    /// Print the help text.
    Help,
    /// Print the version.
    Version,
}

/// A parsed command line for an extraction run.
#[derive(Debug)]
pub struct Config {
    /// Options passed to the engine, the same for every input.
    pub options: Options,
    /// How each article is printed.
    pub format: Format,
    /// Where to write the output (`-o FILE`); standard output when `None`.
    pub output: Option<PathBuf>,
    /// The inputs, in command-line order; standard input when none was given.
    pub inputs: Vec<Input>,
    /// Whether the inputs were given explicitly (`false`: the default stdin).
    pub explicit_inputs: bool,
    /// Nothing on stderr but what stops the run: no `inti: FILE: message`
    /// lines, no progress bar, no summary (`--quiet`).
    pub quiet: bool,
    /// Batch mode (`--batch`, or implied by a batch option), else `None`.
    pub batch: Option<Batch>,
}

/// The settings of batch mode: inputs read as a stream of pages, extracted
/// on a pool of threads, written as JSON Lines records (see `crate::batch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// How the named files and standard input are read (`--input`).
    pub input: InputFormat,
    /// Worker threads (`--jobs`); `None`: one per core.
    pub jobs: Option<NonZeroUsize>,
    /// Write records as they are done rather than in input order.
    pub unordered: bool,
    /// Show the progress bar even when stderr is not a terminal.
    pub progress: bool,
}

/// How batch mode reads a named file or standard input (`--input`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// By the file's name: `.warc`/`.warc.gz` WARC, `.jsonl`/`.jsonl.gz`/
    /// `.ndjson` JSON Lines, anything else one page; standard input is a page.
    Auto,
    /// Each file is one page.
    Html,
    /// JSON Lines, one `{"url": ..., "html": ...}` object per line.
    Jsonl,
    /// A WARC file (plain or gzipped): its HTML responses.
    Warc,
}

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `Article::text`.
    Text,
    /// `Article::html`.
    Html,
    /// `Article::markdown`.
    Markdown,
    /// One JSON object per input (JSON Lines).
    Json,
}

/// A command-line mistake: printed as one line, exit code 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Id {
    Help,
    Version,
    Output,
    Format,
    Url,
    Explain,
    Favor,
    NoImages,
    NoTables,
    NoLinks,
    Captions,
    NoCaptions,
    MinArticleLength,
    MaxInputBytes,
    MaxNodes,
    MaxDepth,
    Quiet,
    Batch,
    Input,
    Jobs,
    Unordered,
    Progress,
}

struct Spec {
    id: Id,
    long: &'static str,
    short: Option<char>,
    takes_value: bool,
}

const fn flag(id: Id, long: &'static str) -> Spec {
    Spec {
        id,
        long,
        short: None,
        takes_value: false,
    }
}

const fn valued(id: Id, long: &'static str) -> Spec {
    Spec {
        id,
        long,
        short: None,
        takes_value: true,
    }
}

/// Every option the parser knows.
const SPECS: &[Spec] = &[
    Spec {
        id: Id::Help,
        long: "help",
        short: Some('h'),
        takes_value: false,
    },
    Spec {
        id: Id::Version,
        long: "version",
        short: Some('V'),
        takes_value: false,
    },
    Spec {
        id: Id::Output,
        long: "output",
        short: Some('o'),
        takes_value: true,
    },
    valued(Id::Format, "format"),
    valued(Id::Url, "url"),
    flag(Id::Explain, "explain"),
    valued(Id::Favor, "favor"),
    flag(Id::NoImages, "no-images"),
    flag(Id::NoTables, "no-tables"),
    flag(Id::NoLinks, "no-links"),
    flag(Id::Captions, "captions"),
    flag(Id::NoCaptions, "no-captions"),
    valued(Id::MinArticleLength, "min-article-length"),
    valued(Id::MaxInputBytes, "max-input-bytes"),
    valued(Id::MaxNodes, "max-nodes"),
    valued(Id::MaxDepth, "max-depth"),
    Spec {
        id: Id::Quiet,
        long: "quiet",
        short: Some('q'),
        takes_value: false,
    },
    flag(Id::Batch, "batch"),
    valued(Id::Input, "input"),
    Spec {
        id: Id::Jobs,
        long: "jobs",
        short: Some('j'),
        takes_value: true,
    },
    flag(Id::Unordered, "unordered"),
    flag(Id::Progress, "progress"),
];

/// Parses the arguments after the program name. Options and files may come
/// in any order; `--` ends the options; `-` is standard input. A repeated
/// option keeps its last value.
pub fn parse<I: IntoIterator<Item = OsString>>(args: I) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let mut config = Config {
        options: Options::default(),
        format: Format::Text,
        output: None,
        inputs: Vec::new(),
        explicit_inputs: false,
        quiet: false,
        batch: None,
    };
    let mut format_given = false;
    let mut only_files = false;
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str().filter(|_| !only_files) else {
            // After `--`, or not UTF-8 (so not one of our options): a file.
            push_input(&mut config, &arg)?;
            continue;
        };
        if text == "--" {
            only_files = true;
        } else if text == "-" || !text.starts_with('-') {
            push_input(&mut config, &arg)?;
        } else if let Some(body) = text.strip_prefix("--") {
            let (name, inline) = match body.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (body, None),
            };
            let spec = SPECS
                .iter()
                .find(|s| s.long == name)
                .ok_or_else(|| unknown_option(&format!("--{name}"), name))?;
            let shown = format!("--{}", spec.long);
            let value = if spec.takes_value {
                Some(match inline {
                    Some(v) => v.to_owned(),
                    None => next_value(&mut args, &shown)?,
                })
            } else if inline.is_some() {
                return Err(UsageError(format!("option '{shown}' takes no value")));
            } else {
                None
            };
            format_given |= spec.id == Id::Format;
            if let Some(command) = apply(&mut config, spec, &shown, value)? {
                return Ok(command);
            }
        } else {
            // Short options: `-h`, `-V`, `-o FILE`, `-oFILE`.
            let mut chars = text[1..].chars();
            let c = chars.next().unwrap_or('-');
            let rest = chars.as_str();
            let shown = format!("-{c}");
            let spec = SPECS
                .iter()
                .find(|s| s.short == Some(c))
                .ok_or_else(|| unknown_option(text, text.trim_start_matches('-')))?;
            let value = if spec.takes_value {
                Some(if rest.is_empty() {
                    next_value(&mut args, &shown)?
                } else {
                    rest.to_owned()
                })
            } else if !rest.is_empty() {
                return Err(unknown_option(text, text.trim_start_matches('-')));
            } else {
                None
            };
            format_given |= spec.id == Id::Format;
            if let Some(command) = apply(&mut config, spec, &shown, value)? {
                return Ok(command);
            }
        }
    }
    if config.batch.is_some() {
        if format_given && config.format != Format::Json {
            return Err(UsageError(
                "batch mode writes JSON Lines: use '--format json' or leave '--format' out".into(),
            ));
        }
        config.format = Format::Json;
    }
    if config.inputs.is_empty() {
        config.inputs.push(Input::Stdin);
    } else {
        config.explicit_inputs = true;
    }
    Ok(Command::Run(config))
}

fn push_input(config: &mut Config, arg: &OsString) -> Result<(), UsageError> {
    let input = Input::from_arg(arg);
    if input == Input::Stdin && config.inputs.contains(&Input::Stdin) {
        return Err(UsageError(
            "standard input ('-') can be given only once".into(),
        ));
    }
    config.inputs.push(input);
    Ok(())
}

fn next_value(
    args: &mut impl Iterator<Item = OsString>,
    shown: &str,
) -> Result<String, UsageError> {
    let value = args
        .next()
        .ok_or_else(|| UsageError(format!("option '{shown}' needs a value")))?;
    value
        .into_string()
        .map_err(|v| UsageError(format!("value {v:?} for '{shown}' is not valid UTF-8")))
}

/// Applies one option; returns a command when the option ends parsing.
fn apply(
    config: &mut Config,
    spec: &Spec,
    shown: &str,
    value: Option<String>,
) -> Result<Option<Command>, UsageError> {
    let value = value.unwrap_or_default();
    let options = &mut config.options;
    match spec.id {
        Id::Help => return Ok(Some(Command::Help)),
        Id::Version => return Ok(Some(Command::Version)),
        Id::Output => config.output = Some(PathBuf::from(non_empty(&value, shown)?)),
        Id::Format => {
            config.format = match value.as_str() {
                "text" | "txt" => Format::Text,
                "html" => Format::Html,
                "markdown" | "md" => Format::Markdown,
                "json" => Format::Json,
                _ => return Err(bad_value(&value, shown, "text, html, markdown or json")),
            }
        }
        Id::Url => options.url = Some(non_empty(&value, shown)?.to_owned()),
        Id::Explain => options.explain = true,
        Id::Favor => {
            options.favor = match value.as_str() {
                "precision" => Favor::Precision,
                "balanced" => Favor::Balanced,
                "recall" => Favor::Recall,
                _ => return Err(bad_value(&value, shown, "precision, balanced or recall")),
            }
        }
        Id::NoImages => options.keep_images = false,
        Id::NoTables => options.keep_tables = false,
        Id::NoLinks => options.keep_links = false,
        Id::Captions => options.keep_captions = Some(true),
        Id::NoCaptions => options.keep_captions = Some(false),
        Id::MinArticleLength => options.min_article_length = count(&value, shown)?,
        Id::MaxInputBytes => options.max_input_bytes = count(&value, shown)?,
        Id::MaxNodes => options.max_nodes = count(&value, shown)?,
        Id::MaxDepth => options.max_depth = count(&value, shown)?,
        Id::Quiet => config.quiet = true,
        Id::Batch => {
            batch(config);
        }
        Id::Input => {
            batch(config).input = match value.as_str() {
                "auto" => InputFormat::Auto,
                "html" => InputFormat::Html,
                "jsonl" => InputFormat::Jsonl,
                "warc" => InputFormat::Warc,
                _ => return Err(bad_value(&value, shown, "auto, html, jsonl or warc")),
            }
        }
        Id::Jobs => {
            let jobs = value
                .parse::<NonZeroUsize>()
                .map_err(|_| bad_value(&value, shown, "a whole number (1 or more)"))?;
            batch(config).jobs = Some(jobs);
        }
        Id::Unordered => batch(config).unordered = true,
        Id::Progress => batch(config).progress = true,
    }
    Ok(None)
}

/// The batch settings, turning batch mode on.
fn batch(config: &mut Config) -> &mut Batch {
    config.batch.get_or_insert(Batch {
        input: InputFormat::Auto,
        jobs: None,
        unordered: false,
        progress: false,
    })
}

fn non_empty<'a>(value: &'a str, shown: &str) -> Result<&'a str, UsageError> {
    if value.is_empty() {
        Err(UsageError(format!(
            "option '{shown}' needs a non-empty value"
        )))
    } else {
        Ok(value)
    }
}

fn count(value: &str, shown: &str) -> Result<usize, UsageError> {
    value
        .parse()
        .map_err(|_| bad_value(value, shown, "a whole number (0 or more)"))
}

fn bad_value(value: &str, shown: &str, expected: &str) -> UsageError {
    UsageError(format!(
        "invalid value '{value}' for '{shown}': expected {expected}"
    ))
}

fn unknown_option(shown: &str, name: &str) -> UsageError {
    let suggestion = SPECS
        .iter()
        .map(|s| (edit_distance(name, s.long), s.long))
        .filter(|&(d, long)| d <= 2 || (name.len() >= 3 && long.starts_with(name)))
        .min_by_key(|&(d, _)| d);
    match suggestion {
        Some((_, long)) => UsageError(format!(
            "unknown option '{shown}' (did you mean '--{long}'?)"
        )),
        None => UsageError(format!("unknown option '{shown}'")),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The `--help` text.
pub fn help() -> String {
    format!(
        "\
inti {version} - find the article in a web page and print it without the boilerplate

Usage: inti [OPTIONS] [FILE|-]...
       inti --batch [OPTIONS] [FILE|DIR|-]...

Reads each FILE, or standard input when no FILE is given (and it is not a
terminal) or for '-'. Gzip input (recognized by its magic bytes, whatever the
file name) is decompressed. The bytes are decoded as a browser would: byte
order mark, then <meta charset> (unless the bytes are valid UTF-8 beyond
ASCII: a page converted and saved with its old declaration), then detection,
so pages need not be UTF-8.

Output:
      --format FORMAT      text (default), html, markdown (md) or json
                           text/html/markdown print the article in that form;
                           json prints one compact JSON object per input
                           (JSON Lines) with the article and its metadata
  -o, --output FILE        write to FILE instead of standard output
      --explain            list the blocks that were removed and why: in the
                           JSON 'removed' field, else as a table on stderr
  -q, --quiet              print nothing on stderr but errors that stop the
                           run: no 'inti: FILE: message' lines, no progress
                           bar, no summary (failures stay in the exit status
                           and the JSON records)

Extraction:
      --url URL            the page's address, the base for relative links and
                           images (with several FILEs it applies to all of them)
      --favor MODE         precision, balanced (default) or recall: drop or
                           keep borderline blocks
      --no-images          drop images and figures
      --no-tables          drop data tables
      --no-links           keep the text of links but not the links
      --captions           keep figure captions in the text output too (by
                           default they stay with their images in the HTML
                           and Markdown, and are left out of the text)
      --no-captions        drop figure captions and photo credits everywhere
      --min-article-length N
                           shorter articles (in characters) count as weak and
                           a wider extraction is tried (default 250)

Limits (an input over a limit is refused with an error):
      --max-input-bytes N  largest input, after gzip decompression
                           (default 67108864, 64 MiB)
      --max-nodes N        most nodes in the document (default 4000000)
      --max-depth N        deepest element nesting (default 2000)

Batch mode (for many pages: every core, JSON Lines records):
      --batch              read directories (recursively: .html, .htm, .gz,
                           .warc, .warc.gz files), WARC and JSON Lines files;
                           write one JSON record per page, failures included;
                           a progress bar on a terminal, a summary at the end
      --input FORMAT       how FILEs and standard input are read: auto
                           (default: by the name, .warc[.gz] as WARC,
                           .jsonl[.gz] and .ndjson as JSON Lines, else a
                           page), html, jsonl ({{\"url\":...,\"html\":...}} per
                           line, optional \"id\") or warc (HTML responses)
  -j, --jobs N             extract on N threads (default: one per core)
      --unordered          write records as they are done, not in input order
      --progress           show the progress bar even when stderr is not a
                           terminal
                           Each of --input, --jobs, --unordered and --progress
                           turns batch mode on.

  -h, --help               print this help
  -V, --version            print the version

With several inputs, text/html/markdown output puts a line '==> FILE <=='
before each article, and json output adds a \"file\" field to each object.
A failing input is reported as 'inti: FILE: message' on stderr (and in json
as {{\"file\":...,\"error\":{{\"kind\":...,\"message\":...}}}}); the other inputs
are still processed. In batch mode a failure is only a record with an
\"error\" field, counted in the summary. A repeated option keeps its last
value; '--' ends the options.

Exit status: 0 all inputs extracted (a page without an article is not an
error: it prints nothing, see 'readerable' in json); 1 some input failed or
the output could not be written; 2 invalid command line.

Examples:
  # The article of a saved page, as plain text
  inti page.html
  # A page from the web as Markdown, its links made absolute
  curl -s \"$URL\" | inti --url \"$URL\" --format markdown
  # Title of a gzipped page
  inti --format json page.html.gz | jq -r .title
  # Many pages to JSON Lines, one object per page with a \"file\" field
  inti --format json pages/*.html > articles.jsonl
  # Why was a block dropped? (table on stderr)
  inti --explain page.html -o article.txt
  # A folder of saved pages and a Common Crawl WARC file, on every core
  inti --batch pages/ CC-MAIN-example.warc.gz -o articles.jsonl
  # JSON Lines in, JSON Lines out, records in any order
  inti --input jsonl --unordered < pages.jsonl > articles.jsonl
",
        version = env!("CARGO_PKG_VERSION")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn config(args: &[&str]) -> Config {
        match parse_strs(args) {
            Ok(Command::Run(config)) => config,
            other => panic!("expected a run, got {other:?}"),
        }
    }

    fn error(args: &[&str]) -> String {
        match parse_strs(args) {
            Err(UsageError(message)) => message,
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn defaults_read_stdin_as_text() {
        let c = config(&[]);
        assert_eq!(c.inputs, vec![Input::Stdin]);
        assert!(!c.explicit_inputs);
        assert_eq!(c.format, Format::Text);
        assert_eq!(c.options, Options::default());
    }

    #[test]
    fn every_option_applies() {
        let c = config(&[
            "--format=json",
            "--url",
            "https://example.com/a",
            "--explain",
            "--favor",
            "recall",
            "--no-images",
            "--no-tables",
            "--no-links",
            "--no-captions",
            "--min-article-length",
            "10",
            "--max-input-bytes=20",
            "--max-nodes",
            "30",
            "--max-depth",
            "40",
            "-oout.txt",
            "a.html",
            "-",
            "--",
            "--b.html",
        ]);
        assert_eq!(c.format, Format::Json);
        assert_eq!(c.output, Some(PathBuf::from("out.txt")));
        assert!(c.explicit_inputs);
        assert_eq!(
            c.inputs,
            vec![
                Input::File("a.html".into()),
                Input::Stdin,
                Input::File("--b.html".into())
            ]
        );
        let expected = Options {
            url: Some("https://example.com/a".into()),
            favor: Favor::Recall,
            keep_images: false,
            keep_tables: false,
            keep_links: false,
            keep_captions: Some(false),
            explain: true,
            min_article_length: 10,
            max_input_bytes: 20,
            max_nodes: 30,
            max_depth: 40,
        };
        assert_eq!(c.options, expected);
    }

    #[test]
    fn help_and_version() {
        assert!(matches!(
            parse_strs(&["a.html", "--help"]),
            Ok(Command::Help)
        ));
        assert!(matches!(parse_strs(&["-h"]), Ok(Command::Help)));
        assert!(matches!(parse_strs(&["-V"]), Ok(Command::Version)));
        assert!(matches!(parse_strs(&["--version"]), Ok(Command::Version)));
    }

    #[test]
    fn mistakes_are_one_line_errors() {
        assert_eq!(error(&["--bogus"]), "unknown option '--bogus'");
        assert_eq!(
            error(&["--no-image"]),
            "unknown option '--no-image' (did you mean '--no-images'?)"
        );
        assert_eq!(error(&["-x"]), "unknown option '-x'");
        assert_eq!(
            error(&["--format", "xml"]),
            "invalid value 'xml' for '--format': expected text, html, markdown or json"
        );
        assert_eq!(error(&["--url"]), "option '--url' needs a value");
        assert_eq!(
            error(&["--explain=yes"]),
            "option '--explain' takes no value"
        );
        assert!(error(&["--max-nodes", "-1"]).contains("whole number"));
        assert!(error(&["-", "-"]).contains("only once"));
        for args in [&["--bogus"][..], &["--format", "xml"], &["--url"]] {
            assert!(!error(args).contains('\n'));
        }
    }

    #[test]
    fn batch_options_turn_batch_mode_on() {
        let c = config(&["a.html"]);
        assert_eq!(c.batch, None);
        assert!(!c.quiet);
        let c = config(&["--batch", "dir"]);
        let defaults = Batch {
            input: InputFormat::Auto,
            jobs: None,
            unordered: false,
            progress: false,
        };
        assert_eq!(c.batch, Some(defaults.clone()));
        assert_eq!(c.format, Format::Json, "batch mode writes JSON Lines");
        for (args, expected) in [
            (
                &["--input", "jsonl"][..],
                Batch {
                    input: InputFormat::Jsonl,
                    ..defaults.clone()
                },
            ),
            (
                &["--input=warc"],
                Batch {
                    input: InputFormat::Warc,
                    ..defaults.clone()
                },
            ),
            (
                &["-j", "3"],
                Batch {
                    jobs: NonZeroUsize::new(3),
                    ..defaults.clone()
                },
            ),
            (
                &["--unordered"],
                Batch {
                    unordered: true,
                    ..defaults.clone()
                },
            ),
            (
                &["--progress"],
                Batch {
                    progress: true,
                    ..defaults.clone()
                },
            ),
        ] {
            assert_eq!(config(args).batch, Some(expected), "{args:?}");
        }
        let c = config(&["-q", "--batch", "--format", "json"]);
        assert!(c.quiet && c.batch.is_some());
        assert!(error(&["--batch", "--format", "md"]).contains("JSON Lines"));
        assert!(error(&["--jobs", "0"]).contains("1 or more"));
        assert!(error(&["--input", "xml"]).contains("auto, html, jsonl or warc"));
    }

    #[test]
    fn help_mentions_every_option() {
        let help = help();
        for spec in SPECS {
            assert!(help.contains(&format!("--{}", spec.long)), "{}", spec.long);
            if let Some(c) = spec.short {
                assert!(help.contains(&format!("-{c},")), "-{c}");
            }
        }
    }
}
