//! How long a large article's parse (`parse_pausing`) and its merge into a collection
//! (`Adding::step_pausing`) run between their pauses: the page takes its turn only at a pause
//! (or between two steps of the merge), so the longest stretch is the longest that adding the
//! article keeps the page from drawing and from answering input.
//!
//! ```sh
//! cargo run --release -p clippings-core --example large_article -- ../shared/corpora/bbc
//! ```
//!
//! The collection is the folder given (the repo's seeds without one). Two 5 MB articles: one
//! line (one paragraph of 65,000 sentences), and 13,000 paragraphs. Medians of 5 runs, one
//! thread (the page's Wasm has one).

use clippings_core::load::read_seeds;
use clippings_core::{parse, parse_pausing, Corpus, Pauses};
use std::future::Future;
use std::path::Path;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// Notes the time at every pause and goes straight on.
struct Stopwatch {
    last: Instant,
    longest: Duration,
    pauses: usize,
}

impl Stopwatch {
    fn new() -> Stopwatch {
        Stopwatch {
            last: Instant::now(),
            longest: Duration::ZERO,
            pauses: 0,
        }
    }

    /// The longest stretch, counting the one since the last pause.
    fn longest(&self) -> Duration {
        self.longest.max(self.last.elapsed())
    }
}

impl Pauses for Stopwatch {
    fn pause(&mut self) -> impl Future<Output = ()> {
        let now = Instant::now();
        self.longest = self.longest.max(now - self.last);
        self.pauses += 1;
        self.last = now;
        std::future::ready(())
    }
}

/// Work whose every pause is ready at once, run to its end.
fn finished<T>(work: impl Future<Output = T>) -> T {
    match pin!(work).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(done) => done,
        Poll::Pending => unreachable!("every pause is ready at once"),
    }
}

fn main() {
    let seeds = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let folder = std::env::args().nth(1).map_or(seeds, Into::into);
    let files = read_seeds(Path::new(&folder)).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(1);
    });
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    println!("{} articles in the collection\n", corpus.len());
    let sentence =
        "Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ";
    let size = 5 * 1024 * 1024;
    let one_line = sentence.repeat(size / sentence.len());
    let paragraphs = vec![sentence.repeat(5); size / (sentence.len() * 5)].join("\n\n");
    println!("| 5 MB article | `parse` | `parse_pausing`: pauses, longest stretch | merge: steps and pauses, longest stretch |");
    println!("| --- | ---: | ---: | ---: |");
    for (what, text) in [("on one line", &one_line), ("in paragraphs", &paragraphs)] {
        let at_once = median((0..5).map(|_| {
            let started = Instant::now();
            std::hint::black_box(parse("added/huge", text));
            started.elapsed()
        }));
        let parses: Vec<(Duration, usize)> = (0..5)
            .map(|_| {
                let mut stopwatch = Stopwatch::new();
                std::hint::black_box(finished(parse_pausing("added/huge", text, &mut stopwatch)));
                (stopwatch.longest(), stopwatch.pauses)
            })
            .collect();
        let article = parse("added/huge", text);
        let merges: Vec<(Duration, usize)> = (0..5)
            .map(|_| {
                let mut adding = corpus.adding(vec![article.clone()]);
                let mut stopwatch = Stopwatch::new();
                loop {
                    let grown = finished(adding.step_pausing(&mut stopwatch));
                    // Between two steps the page takes its turn too.
                    finished(stopwatch.pause());
                    if let Some(grown) = grown {
                        std::hint::black_box(grown);
                        return (stopwatch.longest, stopwatch.pauses);
                    }
                }
            })
            .collect();
        println!(
            "| {what} | {:.0} ms | {}, {:.1} ms | {}, {:.1} ms |",
            ms(at_once),
            parses[0].1,
            ms(median(parses.iter().map(|r| r.0))),
            merges[0].1,
            ms(median(merges.iter().map(|r| r.0))),
        );
    }
}

fn median(times: impl Iterator<Item = Duration>) -> Duration {
    let mut times: Vec<Duration> = times.collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
