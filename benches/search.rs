//! Native timings of the core: parsing, indexing and searching the seeds and, when it is beside
//! the repo, the BBC corpus. `cargo bench --bench search` prints a Markdown report; the committed
//! one is benches/RESULTS.md. Medians and percentiles over repeated runs, nothing asserted.

use clippings_core::load::read_seeds;
use clippings_core::{parse, Corpus, SearchOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "kerry",
    "nato russia",
    "time warner profit",
    "the",
    "election labour blair",
    "inviol",
    "g",
    "mobile phone",
    "stoltenbreg",
    "zzzzqx",
    "2004",
    "chelsea mourinho",
    "\"prime minister\"",
    "chelsea OR arsenal",
    "blair -brown",
    "goverment spending",
    "mobil",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn millis(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn report(name: &str, dir: &Path) {
    let files = match read_seeds(dir) {
        Ok(files) => files,
        Err(e) => {
            println!("\n{name}: SKIPPED ({e})");
            return;
        }
    };
    println!(
        "\n## {name}: {} articles, {} bytes of text\n",
        files.len(),
        files.iter().map(|f| f.text.len()).sum::<usize>()
    );

    let mut per_article: Vec<Duration> = files
        .iter()
        .map(|f| {
            let started = Instant::now();
            black_box(parse(&f.id, &f.text));
            started.elapsed()
        })
        .collect();
    per_article.sort();
    println!("| step | median | p99 | max |\n| --- | --- | --- | --- |");
    println!(
        "| parse one article | {} | {} | {} |",
        micros(percentile(&per_article, 0.5)),
        micros(percentile(&per_article, 0.99)),
        micros(*per_article.last().unwrap())
    );

    let mut builds: Vec<Duration> = (0..5)
        .map(|_| {
            let started = Instant::now();
            black_box(Corpus::from_texts(
                files.iter().map(|f| (f.id.as_str(), f.text.as_str())),
            ));
            started.elapsed()
        })
        .collect();
    builds.sort();
    println!(
        "| parse and index all (5 runs) | {} | | {} |",
        millis(percentile(&builds, 0.5)),
        millis(*builds.last().unwrap())
    );
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let embedded = corpus.to_bytes().len();
    println!("\nEmbedded form (`Corpus::to_bytes`): {embedded} bytes.\n");

    println!("| query | results | median | p95 |\n| --- | --- | --- | --- |");
    for query in QUERIES {
        let total = corpus.search(query, SearchOptions::default()).total;
        let mut times: Vec<Duration> = (0..200)
            .map(|_| {
                let started = Instant::now();
                black_box(corpus.search(black_box(query), SearchOptions::default()));
                started.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "| `{query}` | {total} | {} | {} |",
            micros(percentile(&times, 0.5)),
            micros(percentile(&times, 0.95))
        );
    }
}

fn main() {
    // `cargo test` runs benches with --bench-less arguments; only time when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!(
        "# Clippings core, native ({} {})",
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    report("seeds", &root.join("seeds"));
    report("BBC corpus", &root.join("../shared/corpora/bbc"));
}
