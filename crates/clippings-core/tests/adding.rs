//! Articles added a step at a time (`Corpus::adding`, which `Corpus::with_added` runs through):
//! more than a step's worth of articles are each indexed once, in as many steps as their number
//! asks, and the grown collection answers word queries as one built with them all at once.

use clippings_core::load::read_seeds;
use clippings_core::{parse, Article, Corpus, SearchOptions, ARTICLES_PER_STEP};

fn seeds() -> Corpus {
    let files =
        read_seeds(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
            .expect("the seeds are in the repo");
    Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())))
}

/// Short notes whose words recur across some of them: `every_3`, `every_7`, ...
fn notes(count: usize) -> Vec<Article> {
    (0..count)
        .map(|i| {
            let words: Vec<String> = [3, 7, 11]
                .iter()
                .filter(|&&n| i % n == 0)
                .map(|n| format!("every{n}"))
                .collect();
            parse(
                &format!("notes/{i}"),
                &format!(
                    "Note {i}\n\nThe minister said {} lighthouse{i}.",
                    words.join(" ")
                ),
            )
        })
        .collect()
}

#[test]
fn articles_added_in_steps_are_each_indexed_once_and_answer_as_if_built_with_the_collection() {
    let collection = seeds();
    let added = notes(2 * ARTICLES_PER_STEP + 500);
    let mut adding = collection.adding(added.clone());
    let mut steps = 1;
    let grown = loop {
        if let Some(grown) = adding.step() {
            break grown;
        }
        steps += 1;
    };
    // Understanding, three steps of indexing, three of keywords, the copies.
    assert_eq!(steps, 8, "steps taken");
    assert_eq!(grown.len(), collection.len() + added.len());
    let built = Corpus::new(collection.articles().iter().cloned().chain(added).collect());
    let options = SearchOptions {
        limit: 10_000,
        ..SearchOptions::default()
    };
    for query in [
        "every3",
        "every7 every11",
        "minister",
        "lighthouse2499",
        "\"minister said\"",
    ] {
        let (step_by_step, at_once) = (grown.search(query, options), built.search(query, options));
        assert_eq!(step_by_step.total, at_once.total, "{query}");
        let hits = |r: &clippings_core::SearchResult| -> Vec<(String, f32)> {
            r.hits.iter().map(|h| (h.id.clone(), h.score)).collect()
        };
        assert_eq!(hits(&step_by_step), hits(&at_once), "{query}");
    }
    assert_eq!(
        grown.search("every3", options).total,
        (2 * ARTICLES_PER_STEP + 500).div_ceil(3) as u32
    );
}
