//! Extraction on arbitrary bytes: decoding (any encoding, broken bytes,
//! NULs), the limit checks, the parser and every stage after it. Holds
//! [`inti_fuzz::check_extraction`] for `extract_bytes`, `extract` on the
//! same bytes read as UTF-8, and `is_probably_readerable`.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use inti_fuzz::{check_extraction, FuzzOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first bytes choose the options; the rest is the page.
    let mut u = Unstructured::new(data);
    let Ok(fuzz_options) = FuzzOptions::arbitrary(&mut u) else {
        return;
    };
    let page = u.take_rest();
    let options = fuzz_options.options();
    check_extraction(inti::extract_bytes(page, &options));
    let text = String::from_utf8_lossy(page);
    check_extraction(inti::extract(&text, &options));
    let _ = inti::is_probably_readerable(&text, &options);
});
