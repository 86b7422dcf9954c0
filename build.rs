//! Reads, parses and indexes the seed articles with the core, and embeds the result.
//!
//! `CLIPPINGS_SEEDS=<folder>` replaces `seeds/`; a relative folder is taken from this crate's
//! root, where `trunk` runs.
//!
//! A collection past `IN_PARTS_PAST` articles, or any with `CLIPPINGS_PARTS=1`, is built in
//! parts (`clippings_core::Directory`): the page embeds only the directory, and the parts are
//! files named by their contents that the post-build step (crates/clippings-dist) puts beside
//! the page, in `parts/`. `CLIPPINGS_PARTS=0` embeds a collection of any size whole;
//! `CLIPPINGS_PART_ARTICLES=<n>` sets the articles in a part (tests use small parts).

use clippings_core::{load::read_seeds, Corpus, ARTICLES_PER_PART, IN_PARTS_PAST};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// Where the parts of the last build of each profile wait for the post-build step, which reads
/// `<profile>.list` there (one file name a line; empty for a collection embedded whole).
const PARTS_FOLDER: &str = "target/clippings-parts";

fn main() {
    println!("cargo:rerun-if-env-changed=CLIPPINGS_SEEDS");
    println!("cargo:rerun-if-env-changed=CLIPPINGS_PARTS");
    println!("cargo:rerun-if-env-changed=CLIPPINGS_PART_ARTICLES");
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
    let in_parts = match env::var("CLIPPINGS_PARTS").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => corpus.len() > IN_PARTS_PAST,
    };
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let profile = env::var("PROFILE").expect("cargo sets PROFILE");
    let parts_folder = root.join(PARTS_FOLDER);
    let list = parts_folder.join(format!("{profile}.list"));
    // Not a rerun-if-changed: the list is written here, so cargo would run this on every build.
    // A list deleted since is found missing by the post-build step, which says how to rebuild.
    let (embedded, directory, names) = if in_parts {
        let per_part = env::var("CLIPPINGS_PART_ARTICLES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(ARTICLES_PER_PART);
        let in_parts = corpus.in_parts(per_part, |bytes| {
            let digest = Sha256::digest(bytes);
            let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            format!("{hex}.part")
        });
        let mut names = String::new();
        for (name, bytes) in &in_parts.parts {
            write(&parts_folder.join(name), bytes);
            names.push_str(name);
            names.push('\n');
        }
        println!(
            "cargo:warning=the collection of {} articles is built in {} parts of up to {per_part} (CLIPPINGS_PARTS=0 embeds it whole)",
            corpus.len(),
            in_parts.parts.len()
        );
        (Corpus::default().to_bytes(), in_parts.directory, names)
    } else {
        (corpus.to_bytes(), Vec::new(), String::new())
    };
    write(&out.join("corpus.bin"), &embedded);
    write(&out.join("directory.bin"), &directory);
    write(&list, names.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    let written = path
        .parent()
        .map_or(Ok(()), fs::create_dir_all)
        .and_then(|()| fs::write(path, bytes));
    if let Err(error) = written {
        eprintln!("error: cannot write {}: {error}", path.display());
        process::exit(1);
    }
}
