//! Prints every block of a page with its measures and class, and the
//! content root the engine selected: a tool for studying extraction.
//!
//! `cargo run --release --example blocks -- page.html[.gz] [URL]`

use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: blocks PAGE.html[.gz] [URL]");
        std::process::exit(2);
    };
    let url = args.next();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("blocks: {path}: {e}");
        std::process::exit(1);
    });
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .expect("gzip");
        out
    } else {
        bytes
    };
    let html = inti::decode_html_bytes(&bytes);
    let options = inti::Options {
        url,
        ..Default::default()
    };
    match inti::debug_report(&html, &options) {
        Ok(report) => print!("{report}"),
        Err(e) => eprintln!("blocks: {e}"),
    }
}
