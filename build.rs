//! Reads, parses and indexes the seed articles with the core, and embeds the result.
//!
//! `CLIPPINGS_SEEDS=<folder>` replaces `seeds/`; a relative folder is taken from this crate's
//! root, where `trunk` runs.

use clippings_core::{load::read_seeds, Corpus};
use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    println!("cargo:rerun-if-env-changed=CLIPPINGS_SEEDS");
    println!("cargo:rerun-if-changed=build.rs");
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = match env::var_os("CLIPPINGS_SEEDS").filter(|s| !s.is_empty()) {
        Some(folder) => root.join(folder),
        None => root.join("seeds"),
    };
    // A folder in rerun-if-changed is scanned whole: a file added under it rebuilds the app.
    println!("cargo:rerun-if-changed={}", seeds.display());

    let files = read_seeds(&seeds).unwrap_or_else(|error| {
        eprintln!("error: Clippings cannot embed the articles: {error}");
        process::exit(1);
    });
    for warning in files.iter().filter_map(|f| f.encoding_warning()) {
        println!("cargo:warning={warning}");
    }
    if files.is_empty() {
        println!(
            "cargo:warning=no *.txt articles under {}: the page will say the collection is empty",
            seeds.display()
        );
    }
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let bytes = corpus.to_bytes();
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    fs::write(&out, bytes).unwrap_or_else(|error| {
        eprintln!("error: cannot write {}: {error}", out.display());
        process::exit(1);
    });
}
