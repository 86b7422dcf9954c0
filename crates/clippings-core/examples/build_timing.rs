//! How long building a collection takes: `Corpus::from_texts` on files already read, as
//! `build.rs` calls it (parse and understand every article, then the collection-wide passes and
//! the index), best of a few runs, printed; nothing asserted.
//!
//! ```sh
//! # the sequential build (what the page's Wasm runs):
//! cargo run --release -p clippings-core --example build_timing -- [folder] [--runs N]
//! # across cores (what build.rs runs):
//! cargo run --release -p clippings-core --features parallel --example build_timing -- [folder]
//! ```
//!
//! The folder is the BBC corpus beside the repo (../shared/corpora/bbc) by default. With the
//! `parallel` feature the build uses every core rayon finds (`RAYON_NUM_THREADS=1` for one).
//! The last line gives a digest of the built collection's JSON, so that runs with and without
//! the feature can be seen to build the same thing.

use clippings_core::load::read_seeds;
use clippings_core::Corpus;
use std::hash::Hasher;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut folder = None;
    let mut runs = 3usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .expect("--runs takes a positive number")
            }
            _ => folder = Some(PathBuf::from(arg)),
        }
    }
    let folder = folder.unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/bbc")
    });
    let files = read_seeds(&folder).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(1);
    });
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let mode = if cfg!(feature = "parallel") {
        // rayon's own rule: RAYON_NUM_THREADS when set, otherwise one thread per core.
        let threads = std::env::var("RAYON_NUM_THREADS")
            .ok()
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        format!("parallel ({threads} threads)")
    } else {
        "sequential".to_owned()
    };
    println!(
        "{}: {} articles, {:.1} MB of text; build {mode}",
        folder.display(),
        files.len(),
        bytes as f64 / 1e6
    );
    let mut times = Vec::new();
    let mut corpus = Corpus::default();
    for run in 1..=runs {
        // The previous run's collection is dropped before the clock starts: freeing it is not
        // part of a build.
        drop(std::mem::take(&mut corpus));
        let started = Instant::now();
        corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
        let took = started.elapsed();
        println!("run {run}: {:.2} s", took.as_secs_f64());
        times.push(took);
    }
    let best = times.iter().min().copied().unwrap_or(Duration::ZERO);
    println!("best of {runs}: {:.2} s", best.as_secs_f64());
    let mut digest = Digest::default();
    std::io::Write::write_all(&mut digest, &corpus.to_bytes()).expect("a digest takes any bytes");
    println!(
        "embedded form: {} bytes, digest {:016x}",
        digest.bytes,
        digest.hasher.finish()
    );
}

/// The embedded form's length and a hash of it. Not a cryptographic digest: enough to see that
/// two builds wrote the same bytes.
#[derive(Default)]
struct Digest {
    hasher: std::hash::DefaultHasher,
    bytes: usize,
}

impl std::io::Write for Digest {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.hasher.write(buf);
        self.bytes += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
