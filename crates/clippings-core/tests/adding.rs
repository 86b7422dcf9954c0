//! Articles added a step at a time (`Corpus::adding`, which `Corpus::with_added` runs through):
//! more than a step's worth of articles are each indexed once, in as many steps as their number
//! asks, and the grown collection answers word queries as one built with them all at once.

use clippings_core::load::read_seeds;
use clippings_core::{
    parse, Article, Corpus, SearchOptions, SearchResult, ARTICLES_PER_STEP, WORDS_INDEXED_PER_STEP,
    WORDS_READ_AGAIN_PER_STEP,
};

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

/// The steps that take `added` a number of words at a time ([`WORDS_READ_AGAIN_PER_STEP`] read
/// again, [`WORDS_INDEXED_PER_STEP`] counted for the index): whole articles, as many
/// as fit in `words` (one at least).
fn word_steps(added: &[Article], words: usize) -> usize {
    let (mut steps, mut counted) = (0, 0);
    for article in added {
        let count = article.word_count as usize;
        if steps == 0 || counted + count > words {
            steps += 1;
            counted = 0;
        }
        counted += count;
    }
    steps
}

/// `added` joined to `collection` a step at a time: the grown collection, and the steps taken.
fn added_in_steps(collection: &Corpus, added: Vec<Article>) -> (Corpus, usize) {
    let mut adding = collection.adding(added);
    let mut steps = 1;
    loop {
        if let Some(grown) = adding.step() {
            return (grown, steps);
        }
        steps += 1;
    }
}

/// A search's hits, each its id and score.
fn hits(result: SearchResult) -> Vec<(String, f32)> {
    result.hits.into_iter().map(|h| (h.id, h.score)).collect()
}

#[test]
fn articles_added_in_steps_are_each_indexed_once_and_answer_as_if_built_with_the_collection() {
    let collection = seeds();
    let added = notes(2 * ARTICLES_PER_STEP + 500);
    let (grown, steps) = added_in_steps(&collection, added.clone());
    // Copying the seeds, learning names, reading again (whole notes, up to the words a step
    // reads), linking kinds and people; indexing: the notes counted (up to the words a step
    // counts), the tables merged, the names interned; keywords (as many words a step as the
    // counting); then the copies: the bodies of all 2,502 articles read in three steps, their
    // signatures made in three, the candidates compared.
    let reading = word_steps(&added, WORDS_READ_AGAIN_PER_STEP);
    assert_eq!(
        reading, 2,
        "the notes' words fill two steps of reading again"
    );
    let counting = word_steps(&added, WORDS_INDEXED_PER_STEP);
    let copies = 2 * (collection.len() + added.len()).div_ceil(ARTICLES_PER_STEP) + 1;
    assert_eq!(
        steps,
        1 + 1 + reading + 2 + (counting + 2) + counting + copies,
        "steps taken"
    );
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
        assert_eq!(hits(step_by_step), hits(at_once), "{query}");
    }
    assert_eq!(
        grown.search("every3", options).total,
        (2 * ARTICLES_PER_STEP + 500).div_ceil(3) as u32
    );
}

#[test]
fn an_added_article_using_a_first_name_the_collection_has_shown_is_read_again_with_it_in_steps() {
    // The collection proves "Zorbek" a first name (a title before it); the added articles use
    // it bare, and only the name the collection taught makes "Zorbek Ulanov" a person. Long
    // enough together that reading them again takes steps of its own.
    let collection = Corpus::from_texts([(
        "talks",
        "Talks resume\n\nPresident Zorbek Tamarin met the press on Monday.",
    )]);
    let filler = "The harbour board met again to weigh the plan. ".repeat(250);
    let added: Vec<Article> = (0..4)
        .map(|i| {
            parse(
                &format!("added/{i}"),
                &format!("Harbour plan {i}\n\n{filler}\n\nThe plan now waits for Zorbek Ulanov."),
            )
        })
        .collect();
    assert!(
        word_steps(&added, WORDS_READ_AGAIN_PER_STEP) > 1,
        "the articles fill several steps"
    );
    let (grown, _) = added_in_steps(&collection, added.clone());
    let built = Corpus::new(collection.articles().iter().cloned().chain(added).collect());
    for i in 0..4 {
        let id = format!("added/{i}");
        let (stepped, at_once) = (grown.article(&id).unwrap(), built.article(&id).unwrap());
        let people: Vec<&str> = stepped.entities.people.iter().map(|p| &*p.name).collect();
        assert!(people.contains(&"Zorbek Ulanov"), "{id}: {people:?}");
        assert_eq!(stepped, at_once, "{id}");
    }
}

#[test]
fn long_articles_added_are_indexed_a_step_of_words_at_a_time_and_answer_as_if_built_at_once() {
    let collection = seeds();
    let filler = "The harbour board met again to weigh the plan. ".repeat(600);
    let added: Vec<Article> = (0..6)
        .map(|i| {
            parse(
                &format!("long/{i}"),
                &format!("Harbour plan {i}\n\n{filler}\n\nThe new berth is Quay{i}."),
            )
        })
        .collect();
    let indexing = word_steps(&added, WORDS_INDEXED_PER_STEP);
    assert!(indexing > 1, "the articles' words fill several steps");
    let (grown, steps) = added_in_steps(&collection, added.clone());
    // Copying, learning, reading again, linking twice; counting, merging, naming; keywords, as
    // many words a step as the counting; the copies' bodies read, signed and compared.
    let reading = word_steps(&added, WORDS_READ_AGAIN_PER_STEP);
    assert_eq!(steps, 1 + 1 + reading + 2 + (indexing + 2) + indexing + 3);
    let built = Corpus::new(collection.articles().iter().cloned().chain(added).collect());
    for query in ["harbour", "quay3", "\"weigh the plan\"", "minister"] {
        let options = SearchOptions::default();
        assert_eq!(
            hits(grown.search(query, options)),
            hits(built.search(query, options)),
            "{query}"
        );
    }
}
