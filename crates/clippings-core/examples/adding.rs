//! What adding articles to a collection costs in the core (`Corpus::with_added`), beside
//! building the collection anew with them (`Corpus::new`), as the page did before issue 14:
//!
//! ```sh
//! cargo run --release -p clippings-core --example adding -- ../shared/corpora/bbc
//! ```
//!
//! Medians of 5 runs, one thread (the page's Wasm has one).

use clippings_core::{load::read_seeds, parse, Article, Corpus};
use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    let folder = std::env::args()
        .nth(1)
        .expect("usage: adding <folder of .txt articles>");
    let files = read_seeds(Path::new(&folder)).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(1);
    });
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let short = parse(
        "added/short",
        "Council backs new park\n\nThe council said on Monday that the park would open in May, \
         after talks with residents. \"It is good news,\" said Jane Smith, who runs the group.",
    );
    // A hundred articles of the collection itself, filed again under other ids.
    let hundred: Vec<Article> = files
        .iter()
        .take(100)
        .map(|f| parse(&format!("added/{}", f.id), &f.text))
        .collect();
    println!("{} articles in the collection\n", corpus.len());
    println!("| added | `with_added` | `Corpus::new` of them all | ratio |\n| --- | ---: | ---: | ---: |");
    for (what, added) in [
        ("one short article", vec![short]),
        ("100 articles", hundred),
    ] {
        let incremental = median(|| {
            let started = Instant::now();
            std::hint::black_box(corpus.with_added(added.clone()));
            started.elapsed()
        });
        let anew = median(|| {
            let all: Vec<Article> = corpus
                .articles()
                .iter()
                .cloned()
                .chain(added.clone())
                .collect();
            let started = Instant::now();
            std::hint::black_box(Corpus::new(all));
            started.elapsed()
        });
        println!(
            "| {what} | {:.0} ms | {:.0} ms | {:.1}× |",
            ms(incremental),
            ms(anew),
            ms(anew) / ms(incremental)
        );
    }
}

fn median(mut run: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..5).map(|_| run()).collect();
    times.sort();
    times[2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
