//! `export <folder>`: every `*.txt` article under the folder, understood as the page understands
//! it, written to standard output as NDJSON (one JSON object per line, in id order): the
//! article's fields as `clippings.article(id)` gives them (CONTRACT.md's `Article`), and
//! `copies`, the ids of the other articles that hold the same story.
//!
//! ```sh
//! cargo run --release -p clippings-export --bin export -- ../shared/corpora/bbc > bbc.ndjson
//! ```
//!
//! The folder is read as the build reads it (`clippings_core::load::read_seeds`): a file that is
//! not UTF-8 is decoded in its legacy encoding with a warning on standard error; a folder or file
//! that cannot be read ends the export with a message naming it and exit status 1.

use clippings_core::load::read_seeds;
use clippings_core::{Article, Corpus};
use serde::Serialize;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: export <folder of .txt articles> [> out.ndjson]";

/// One line of the export: the article's own fields, then its copies.
#[derive(Serialize)]
struct Line<'a> {
    #[serde(flatten)]
    article: &'a Article,
    /// Ids of the other copies of the story (`Corpus::copies_of`), in collection order; empty
    /// when the article has none.
    copies: Vec<&'a str>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let folder = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [folder] if !folder.starts_with('-') => PathBuf::from(folder),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let files = match read_seeds(&folder) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for warning in files.iter().filter_map(|f| f.encoding_warning()) {
        eprintln!("warning: {warning}");
    }
    if files.is_empty() {
        eprintln!("warning: no *.txt articles under {}", folder.display());
    }
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    match write_lines(&corpus, io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of a pipe stopped reading (`export ... | head`): nothing is wrong.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write the export: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write_lines(corpus: &Corpus, out: impl Write) -> io::Result<()> {
    let mut out = BufWriter::new(out);
    for article in corpus.articles() {
        let line = Line {
            article,
            copies: corpus.copies_of(&article.id),
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
