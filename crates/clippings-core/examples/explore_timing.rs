//! Native timings of the explorer's views on a collection (by default the BBC corpus beside the
//! repo, ../shared/corpora/bbc): `cargo run --release -p clippings-core --example explore_timing
//! [folder]`. Medians over repeated runs for a few queries, printed; nothing asserted.

use clippings_core::load::read_seeds;
use clippings_core::{Corpus, EntityKind};
use std::hint::black_box;
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "",
    "election",
    "mobile phone",
    "chelsea OR arsenal",
    "g",
    "blair -brown",
];
const RUNS: usize = 15;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                black_box(f());
                started.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{}/../../../shared/corpora/bbc", env!("CARGO_MANIFEST_DIR")));
    let files = read_seeds(dir.as_ref()).expect("the collection's folder");
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    println!(
        "{} articles; medians of {RUNS} runs, query parsing included",
        corpus.len()
    );
    println!("| query | overview | kwic(100) | speakers | names(50) | series | co_occurring |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
    for query in QUERIES {
        let parsed = || corpus.query(query);
        println!(
            "| `{query}` | {} | {} | {} | {} | {} | {} |",
            ms(time(|| corpus.overview(&parsed()))),
            ms(time(|| corpus.kwic(&parsed(), 100))),
            ms(time(|| corpus.speakers(&parsed()))),
            ms(time(|| corpus.names(&parsed(), 50))),
            ms(time(|| corpus.series(&parsed()))),
            ms(time(|| corpus.co_occurring(
                &parsed(),
                EntityKind::Person,
                "Tony Blair",
                50
            ))),
        );
    }
    let ids: Vec<&str> = corpus
        .articles()
        .iter()
        .take(2)
        .map(|a| a.id.as_str())
        .collect();
    if let [a, b] = ids[..] {
        println!("compare({a}, {b}): {}", ms(time(|| corpus.compare(a, b))));
    }
}
