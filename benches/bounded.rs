//! Worst cases of hostile input, timed natively (issue 5): a 5 MB article on one line, binary
//! junk, an empty file, 10,000 tiny files, a 10,000-character query and a 1,000-word query.
//! `cargo bench --bench bounded` prints a Markdown table (medians of a few runs); the committed
//! one is in benches/RESULTS.md. The same cases in the page are timed by tests/e2e/bounded.test.mjs.

use clippings_core::load::read_seeds;
use clippings_core::{parse, Corpus, SearchOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                black_box(work());
                started.elapsed()
            })
            .collect(),
    )
}

fn row(case: &str, took: Duration) {
    println!("| {case} | {:.1} ms |", took.as_secs_f64() * 1e3);
}

fn main() {
    let sentence =
        "Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ";
    let huge = sentence.repeat(5 * 1024 * 1024 / sentence.len());
    let junk: Vec<u8> = (0..5 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let junk = String::from_utf8_lossy(&junk).into_owned();
    let tiny: Vec<(String, String)> = (0..10_000)
        .map(|i| {
            (
                format!("tiny/{i:05}"),
                format!("Note {i}\n\nWord{i} and geneva.\n"),
            )
        })
        .collect();

    println!("| case | median |\n| --- | --- |");
    row(
        "5 MB article on one line: parse",
        time(3, || parse("huge", &huge)),
    );
    row(
        "5 MB article on one line: parse and index",
        time(3, || Corpus::from_texts([("huge", huge.as_str())])),
    );
    row(
        "5 MB of binary junk: parse and index",
        time(3, || Corpus::from_texts([("junk", junk.as_str())])),
    );
    row(
        "empty file: parse and index",
        time(9, || Corpus::from_texts([("empty", "")])),
    );
    row(
        "10,000 tiny files: parse and index",
        time(3, || {
            Corpus::from_texts(tiny.iter().map(|(id, t)| (id.as_str(), t.as_str())))
        }),
    );

    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc");
    let (name, corpus) = match read_seeds(&bbc) {
        Ok(files) => (
            "BBC",
            Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str()))),
        ),
        Err(_) => {
            eprintln!(
                "the BBC corpus is not at {}: queries run on the seeds",
                bbc.display()
            );
            let files = read_seeds(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).unwrap();
            (
                "seeds",
                Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str()))),
            )
        }
    };
    let long_query = "minister ".repeat(10_000 / 9 + 1)[..10_000].to_string();
    let words = [
        "election",
        "labour",
        "blair",
        "chelsea",
        "\"prime",
        "minister\"",
        "-brown",
        "OR",
        "mobil",
        "goverment",
    ];
    let many_words = (0..1_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    row(
        &format!("10,000-character query ({name})"),
        time(9, || corpus.search(&long_query, SearchOptions::default())),
    );
    row(
        &format!("1,000-word query ({name})"),
        time(9, || corpus.search(&many_words, SearchOptions::default())),
    );
    row(
        &format!("one short article added to {name} (the page's import)"),
        time(3, || {
            corpus.with_added(vec![parse("short", "Short\n\nA short article.\n")])
        }),
    );
    row(
        &format!("5 MB article on one line added to {name} (the page's import)"),
        time(3, || corpus.with_added(vec![parse("huge", &huge)])),
    );
}
