//! The parser and its understanding never panic, whatever the bytes; neither does the query
//! parser, given the same bytes as a query.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let corpus = clippings_core::Corpus::from_texts([("fuzz", text.as_ref())]);
    let _ = corpus.search(&text, Default::default());
    let first_line = text.lines().next().unwrap_or_default();
    let _ = corpus.search(first_line, Default::default());
});
