//! The bytes of each part of a collection's embedded form (`Corpus::to_bytes`), raw and
//! gzipped, for docs/footprint.md:
//!
//! ```sh
//! cargo run --release -p clippings-core --example footprint -- ../shared/corpora/bbc
//! ```

use clippings_core::{load::read_seeds, Corpus};
use std::path::Path;
use std::time::Instant;

fn main() {
    let folder = std::env::args()
        .nth(1)
        .expect("usage: footprint <folder of .txt articles>");
    let files = read_seeds(Path::new(&folder)).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(1);
    });
    let text: usize = files.iter().map(|f| f.text.len()).sum();
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    println!("{} articles, {text} bytes of text\n", corpus.len());
    println!("| part | bytes | gzip -9 |\n| --- | ---: | ---: |");
    for part in corpus.footprint() {
        println!(
            "| {} | {} | {} |",
            part.name,
            part.bytes.len(),
            gzipped(&part.bytes)
        );
    }
    let bytes = corpus.to_bytes();
    let started = Instant::now();
    let read = Corpus::from_bytes(&bytes).expect("reads back what it wrote");
    println!(
        "\nRead back in {:.1} ms; the same collection: {}",
        started.elapsed().as_secs_f64() * 1000.0,
        read == corpus
    );
}

fn gzipped(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to a Vec");
    encoder.finish().expect("writing to a Vec").len()
}
