//! `inti`: the command-line interface to the inti extraction engine.
//!
//! Modules: `args` parses the command line, `input` reads an input's bytes,
//! `process` extracts one input, `output` writes the results, `batch` runs
//! batch mode (many pages on every core, JSON Lines out). `main` only wires
//! them together and maps the outcome to an exit code: 0 all went well, 1
//! some input failed or the output could not be written, 2 a bad command
//! line.

#![forbid(unsafe_code)]

mod args;
mod batch;
mod input;
mod output;
mod process;

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic;
use std::process::ExitCode;

use args::{Command, Config, Format, UsageError};
use output::Output;

const SUCCESS: u8 = 0;
const FAILURE: u8 = 1;
const USAGE: u8 = 2;

/// The output buffer: large enough that batch mode writes in big chunks.
const OUTPUT_BUFFER: usize = 256 << 10;

fn main() -> ExitCode {
    process::install_panic_hook();
    let code = match panic::catch_unwind(cli) {
        Ok(code) => code,
        Err(payload) => {
            let message = process::panic_message(payload.as_ref());
            warn(&format!("internal error, please report it: {message}"));
            FAILURE
        }
    };
    ExitCode::from(code)
}

fn cli() -> u8 {
    match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Help) => print_stdout(&args::help()),
        Ok(Command::Version) => print_stdout(&format!("inti {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Run(config)) => run(&config),
        Err(UsageError(message)) => usage_error(&message),
    }
}

/// Extracts every input in order, writing each result as soon as it is ready.
fn run(config: &Config) -> u8 {
    if !config.explicit_inputs && io::stdin().is_terminal() {
        return usage_error(
            "no input: give a FILE, or pipe a page to standard input ('-' reads the terminal)",
        );
    }
    let (out, out_name): (Box<dyn Write>, String) = match &config.output {
        Some(path) => match File::create(path) {
            Ok(file) => (
                Box::new(BufWriter::with_capacity(OUTPUT_BUFFER, file)),
                path.display().to_string(),
            ),
            Err(error) => {
                warn(&format!(
                    "{}: {}",
                    path.display(),
                    input::io_message(&error)
                ));
                return FAILURE;
            }
        },
        None => (
            Box::new(BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock())),
            "standard output".into(),
        ),
    };
    if let Some(batch) = &config.batch {
        return batch::run(config, batch, out, &out_name);
    }
    let mut output = Output::new(out, config.format, config.inputs.len() > 1);
    let mut status = SUCCESS;
    for input in &config.inputs {
        let result = process::process(input, &config.options);
        let written = match &result {
            Ok(article) => output.article(input, article),
            Err(error) => output.error(input, error),
        };
        // Flushed before anything goes to stderr, so a terminal shows the
        // messages next to the input they are about.
        if let Err(error) = written.and_then(|()| output.flush()) {
            if error.kind() == io::ErrorKind::BrokenPipe {
                // The reader went away (`inti page.html | head -1`): stop quietly.
                return status;
            }
            warn(&format!("{out_name}: {}", input::io_message(&error)));
            return FAILURE;
        }
        match &result {
            Ok(article) if config.options.explain && config.format != Format::Json => {
                let removed = article.removed.as_deref().unwrap_or_default();
                let table = output::explain_table(&input.display_name(), removed);
                let _ = io::stderr().write_all(table.as_bytes());
            }
            Ok(_) => {}
            Err(error) => {
                status = FAILURE;
                if !config.quiet {
                    warn(&format!("{}: {}", input.display_name(), error.message));
                }
            }
        }
    }
    status
}

/// Prints to standard output; a closed pipe is not an error.
fn print_stdout(text: &str) -> u8 {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => SUCCESS,
        Err(error) => {
            warn(&format!("standard output: {}", input::io_message(&error)));
            FAILURE
        }
    }
}

fn usage_error(message: &str) -> u8 {
    warn(message);
    let _ = writeln!(io::stderr(), "Try 'inti --help' for more information.");
    USAGE
}

/// One `inti: ...` line on stderr (never panics, unlike `eprintln!`).
fn warn(message: &str) {
    let _ = writeln!(io::stderr(), "inti: {message}");
}
