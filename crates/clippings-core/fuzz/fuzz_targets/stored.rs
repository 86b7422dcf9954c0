//! Any bytes given as a collection are refused with a reason or read as one that searches,
//! relates and reads its articles without a panic (`Corpus::from_bytes` checks every id and
//! offset against its table). A good start for the fuzzer's corpus is the seeds' bytes:
//! build.rs's `corpus.bin` under `target/`.
#![no_main]

use clippings_core::{Corpus, SearchOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(corpus) = Corpus::from_bytes(data) else {
        return;
    };
    for query in ["minister", "\"prime minister\"", "minis", "person:kerry", ""] {
        let result = corpus.search(query, SearchOptions::default());
        assert!(result.total as usize <= corpus.len());
    }
    for article in corpus.articles() {
        let _ = corpus.related(&article.id, 3);
        let _ = corpus.read(&article.id, &corpus.query("minister"));
    }
});
