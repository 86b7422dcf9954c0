//! How many articles of a collection (by default the BBC corpus beside the repo,
//! ../shared/corpora/bbc) each query matches: `cargo run --release -p clippings-core --example
//! word_forms [folder] [-- query...]`. For before/after figures when the notion of a word
//! changes (names with apostrophes, hyphenated compounds), and the size of the serialised
//! collection; nothing asserted.

use clippings_core::load::read_seeds;
use clippings_core::{Corpus, SearchOptions};

const QUERIES: &[&str] = &[
    "sullivan",
    "o'sullivan",
    "arcy",
    "email",
    "e-mail",
    "radio",
    "well-known",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| format!("{}/../../../shared/corpora/bbc", env!("CARGO_MANIFEST_DIR")));
    let asked: Vec<String> = args.collect();
    let queries: Vec<&str> = if asked.is_empty() {
        QUERIES.to_vec()
    } else {
        asked.iter().map(String::as_str).collect()
    };
    let files = read_seeds(dir.as_ref()).expect("the collection's folder");
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    // A space after the query: no word is being typed, so none is completed as a prefix.
    for query in queries {
        let found = corpus.search(&format!("{query} "), SearchOptions::default());
        println!("| `{query}` | {} |", found.total);
    }
    // The index grows with the forms it files words under.
    println!("embedded form: {} bytes", corpus.to_bytes().len());
}
