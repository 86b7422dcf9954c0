//! Prints the parser's precision, recall and F1 against the gold annotations.
//!
//! `cargo run --release -p clippings-core --example evaluate [-- --misses]`

#[path = "../tests/evaluation/mod.rs"]
mod evaluation;

fn main() {
    let bbc = evaluation::bbc_root().is_dir();
    if !bbc {
        eprintln!(
            "SKIPPED: the BBC gold articles ({} is absent); evaluating the seeds only",
            evaluation::bbc_root().display()
        );
    }
    let articles = evaluation::load(bbc);
    let (seeds, rest): (Vec<_>, Vec<_>) = articles.iter().partition(|a| !a.id.contains('/'));
    println!(
        "{}",
        evaluation::table("Seeds", &evaluation::evaluate(seeds.iter().copied()))
    );
    if bbc {
        println!(
            "{}",
            evaluation::table("BBC", &evaluation::evaluate(rest.iter().copied()))
        );
    }
    if std::env::args().any(|a| a == "--misses") {
        for (id, field, detail) in evaluation::evaluate(articles.iter()).misses {
            println!("{id}\t{field}\t{detail}");
        }
    }
}
