//! Floors under the evaluation against the gold annotations: a change that makes the parser
//! understand articles worse fails here. The full table: `cargo run --release -p
//! clippings-core --example evaluate`.

mod evaluation;

use evaluation::{evaluate, load, Report};

fn assert_at_least(report: &Report, floors: &[(&str, f64)]) {
    for &(field, floor) in floors {
        let value = match field {
            "quotes" => report.quotes_30.f1(),
            "speakers" => report.speaker_accuracy(),
            "dates" => report.dates.f1(),
            "date values" => report.date_accuracy(),
            entity => report.entities[entity].f1(),
        };
        assert!(value >= floor, "{field}: {value:.3} fell below {floor}");
    }
    for (field, (exact, of)) in &report.structure_exact {
        assert_eq!(exact, of, "{field}: only {exact} of {of} exact");
    }
}

#[test]
fn the_seeds_are_understood_as_their_gold() {
    let articles = load(false);
    let report = evaluate(&articles);
    assert_eq!(report.articles, 2);
    assert_at_least(
        &report,
        &[
            ("quotes", 0.95),
            ("speakers", 1.0),
            ("people", 1.0),
            ("organizations", 1.0),
            ("places", 0.95),
            ("dates", 1.0),
            ("date values", 0.83),
        ],
    );
}

#[test]
fn the_bbc_gold_articles_hold_their_floors() {
    if !evaluation::bbc_root().is_dir() {
        eprintln!(
            "SKIPPED: {} is absent; the BBC gold articles were not evaluated",
            evaluation::bbc_root().display()
        );
        return;
    }
    let articles = load(true);
    let report = evaluate(articles.iter().filter(|a| a.id.contains('/')));
    assert_eq!(report.articles, 45);
    assert_at_least(
        &report,
        &[
            ("quotes", 0.96),
            ("speakers", 0.74),
            ("people", 0.77),
            ("places", 0.80),
            ("organizations", 0.56),
            ("dates", 0.92),
            ("date values", 1.0),
        ],
    );
}
