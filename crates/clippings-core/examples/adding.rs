//! What adding articles to a collection costs in the core (`Corpus::with_added`), beside
//! building the collection anew with them (`Corpus::new`), as the page did before issue 14; and
//! each of the steps the page takes them in by (`Corpus::adding`: understood in the collection,
//! indexed and given keywords a thousand at a time, copies found), each a task of its own there:
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
    // The shape of benches/bounded.rs's worst case: one 5 MB paragraph.
    let sentence =
        "Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ";
    let huge = parse(
        "added/huge",
        &sentence.repeat(5 * 1024 * 1024 / sentence.len()),
    );
    println!("| added | `with_added` | `Corpus::new` of them all | ratio | each step of `adding` (median) |\n| --- | ---: | ---: | ---: | --- |");
    for (what, added) in [
        ("one short article", vec![short]),
        ("100 articles", hundred),
        ("a 5 MB article on one line", vec![huge]),
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
        // Each step's time, the median over five runs: a step is a task of its own in the page.
        let runs: Vec<Vec<Duration>> = (0..5)
            .map(|_| {
                let mut adding = corpus.adding(added.clone());
                let mut times = Vec::new();
                loop {
                    let started = Instant::now();
                    let grown = adding.step();
                    times.push(started.elapsed());
                    if grown.is_some() {
                        return times;
                    }
                }
            })
            .collect();
        let steps: Vec<String> = (0..runs[0].len())
            .map(|i| {
                let mut times: Vec<Duration> = runs.iter().map(|r| r[i]).collect();
                times.sort();
                format!("{:.0}", ms(times[2]))
            })
            .collect();
        println!(
            "| {what} | {:.0} ms | {:.0} ms | {:.1}× | {} ms |",
            ms(incremental),
            ms(anew),
            ms(anew) / ms(incremental),
            steps.join(", "),
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
