//! Prints what the parser makes of every article in a folder: `cargo run -p clippings-core --example parse_dump -- DIR [--json]`.
use clippings_core::{load::read_seeds, parse};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: parse_dump DIR [--json]"));
    let json = args.next().as_deref() == Some("--json");
    for file in read_seeds(&dir).unwrap_or_else(|e| panic!("{e}")) {
        let article = parse(&file.id, &file.text);
        if json {
            println!("{}", serde_json::to_string(&article).unwrap());
        } else {
            println!(
                "{}\t{:?}\t{:?}\t{:?}\tparas={}\tcaptions={:?}\tcredits={:?}\tboilerplate={:?}",
                article.id,
                article.headline,
                article.source,
                article.dateline,
                article.paragraphs.len(),
                article.captions,
                article.credits,
                article.boilerplate
            );
        }
    }
}
