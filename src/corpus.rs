//! The collection that `build.rs` parsed, indexed and embedded.

use clippings_core::{Corpus, Query, SearchOptions, SearchResult};
use std::sync::OnceLock;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        postcard::from_bytes(EMBEDDED).expect("build.rs embeds a corpus that this same core wrote")
    })
}

/// Searches the embedded collection and says how long it took (parsing included), for the page
/// and for JavaScript alike. The parsed query comes back too, for marking the text it matches.
pub fn search(query: &str, options: SearchOptions) -> (Query, SearchResult) {
    let started = now_ms();
    let parsed = corpus().query(query);
    let mut result = corpus().search_parsed(&parsed, query, options);
    result.took_ms = (now_ms() - started).max(0.0);
    (parsed, result)
}

fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    } else {
        0.0
    }
}
