//! Prints the parser's precision, recall and F1 against the gold annotations: the seeds, the
//! BBC development set (tuned on) and the BBC test set (only measured).
//!
//! `cargo run --release -p clippings-core --example evaluate [-- --misses]`
//!
//! `--misses` lists each miss of the seeds and the development set. The test set's misses are
//! not printed on purpose: reading them would turn the test set into a second development set
//! and its figures would stop telling what the parser does on unseen articles.

#[path = "../tests/evaluation/mod.rs"]
mod evaluation;

use evaluation::GoldSet;

fn main() {
    let bbc = evaluation::bbc_root().is_dir();
    if !bbc {
        eprintln!(
            "SKIPPED: the BBC gold articles ({} is absent); evaluating the seeds only",
            evaluation::bbc_root().display()
        );
    }
    let articles = evaluation::load(bbc);
    let of = |set: GoldSet| articles.iter().filter(move |a| a.set == set);
    println!(
        "{}",
        evaluation::table("Seeds", &evaluation::evaluate(of(GoldSet::Seeds)))
    );
    if bbc {
        for (title, set) in [
            ("BBC development set", GoldSet::Development),
            ("BBC test set", GoldSet::Test),
        ] {
            println!(
                "{}",
                evaluation::table(title, &evaluation::evaluate(of(set)))
            );
        }
    }
    if std::env::args().any(|a| a == "--misses") {
        let tuned = articles.iter().filter(|a| a.set != GoldSet::Test);
        for (id, field, detail) in evaluation::evaluate(tuned).misses {
            println!("{id}\t{field}\t{detail}");
        }
    }
}
