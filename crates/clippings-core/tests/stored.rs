//! The collection's byte layout (`Corpus::to_bytes`, `Corpus::from_bytes`): what `build.rs`
//! embeds reads back as the same collection, giving the same answers, and bytes that are not
//! such a collection are refused with a reason, never a panic.

use clippings_core::load::read_seeds;
use clippings_core::{Corpus, FormatError, SearchOptions};
use proptest::prelude::*;
use std::borrow::Cow;
use std::sync::Arc;

mod evaluation;
mod made_up;

use made_up::article_text;

/// Queries of every kind the query language has: words, a phrase, a prefix, a near spelling, a
/// negation, filters, and filters alone.
const QUERIES: &[&str] = &[
    "",
    "minister",
    "said talks",
    "\"prime minister\"",
    "minis",
    "minsiter",
    "talks -oil",
    "person:smith",
    "place:london talks",
    "org:nato",
    "source:reuters",
    "o'brien",
    "e-mail",
    "sullivan",
];

fn seeds() -> Corpus {
    let files =
        read_seeds(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
            .expect("the seeds are in the repo");
    Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())))
}

/// The answers a reader sees, without the time each took.
fn answers(corpus: &Corpus, query: &str) -> String {
    let mut result = corpus.search(query, SearchOptions::default());
    result.took_ms = 0.0;
    let related: Vec<_> = corpus
        .articles()
        .iter()
        .map(|a| corpus.related(&a.id, 3))
        .collect();
    serde_json::to_string(&(result, related)).expect("answers serialise")
}

fn assert_reads_back_the_same(corpus: &Corpus) {
    let bytes = corpus.to_bytes();
    let read = Corpus::from_bytes(&bytes).expect("reads back what it wrote");
    assert_eq!(&read, corpus);
    let in_place = Corpus::from_static_bytes(Box::leak(bytes.clone().into_boxed_slice()))
        .expect("reads in place what it wrote");
    assert_eq!(&in_place, corpus, "read in place, the same collection");
    for query in QUERIES {
        assert_eq!(answers(&read, query), answers(corpus, query), "{query}");
        assert_eq!(answers(&in_place, query), answers(corpus, query), "{query}");
    }
    assert_eq!(read.to_bytes(), bytes, "written again, the same bytes");
}

/// Whether `text` lies within `bytes`: borrowed from them, not a copy.
fn lies_within(text: &str, bytes: &[u8]) -> bool {
    let within = bytes.as_ptr_range();
    let text = text.as_bytes().as_ptr_range();
    within.start <= text.start && text.end <= within.end
}

#[test]
fn the_seeds_read_back_as_the_same_collection_with_the_same_answers() {
    assert_reads_back_the_same(&seeds());
}

#[test]
fn read_in_place_the_articles_text_is_borrowed_from_the_bytes_not_copied() {
    let bytes: &'static [u8] = Box::leak(seeds().to_bytes().into_boxed_slice());
    let read = Corpus::from_static_bytes(bytes).unwrap();
    let articles = read.articles();
    assert!(
        articles.iter().any(|a| !a.quotes.is_empty()),
        "the seeds quote someone"
    );
    for article in articles {
        for paragraph in &article.paragraphs {
            assert!(matches!(paragraph, Cow::Borrowed(_)), "{paragraph}");
            assert!(lies_within(paragraph, bytes), "{paragraph}");
        }
        for quote in &article.quotes {
            assert!(lies_within(&quote.text, bytes), "{}", quote.text);
        }
    }
    // Read from bytes that may go away, the text is the reader's own.
    let copied = Corpus::from_bytes(bytes).unwrap();
    assert!(copied
        .articles()
        .iter()
        .all(|a| a
            .paragraphs
            .iter()
            .all(|p| matches!(p, Cow::Owned(_)) && !lies_within(p, bytes))));
    assert_eq!(copied, read);
}

#[test]
fn read_from_bytes_every_mention_of_a_name_shares_one_copy_of_it() {
    let read = Corpus::from_bytes(&seeds().to_bytes()).unwrap();
    let mut mentions = 0;
    for article in read.articles() {
        let entities = &article.entities;
        let counted = entities
            .people
            .iter()
            .chain(&entities.places)
            .chain(&entities.organizations);
        for mention in &article.mentions {
            let count = counted
                .clone()
                .find(|c| c.name == mention.name)
                .expect("a mentioned name is counted");
            assert!(Arc::ptr_eq(&count.name, &mention.name), "{}", mention.name);
            mentions += 1;
        }
    }
    assert!(
        mentions > 10,
        "the seeds name people, places and organisations"
    );
}

#[test]
fn added_articles_stay_added_after_a_round_trip() {
    let grown = seeds().with_added(vec![clippings_core::parse(
        "added/1",
        "A headline\n\nJohn Smith said \"it is done\" in London.",
    )]);
    let read = Corpus::from_bytes(&grown.to_bytes()).unwrap();
    assert!(read.is_added("added/1"));
    assert_eq!(read.added().len(), 1);
    assert_reads_back_the_same(&grown);
}

#[test]
fn the_bbc_collection_reads_back_as_the_same_collection() {
    let Some(dir) = evaluation::bbc_corpus("the_bbc_collection_reads_back_as_the_same_collection")
    else {
        return;
    };
    let files = read_seeds(&dir).unwrap();
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let read = Corpus::from_bytes(&corpus.to_bytes()).unwrap();
    assert!(
        read == corpus,
        "the BBC collection changed in its round trip"
    );
    for query in [
        "tony blair",
        "\"general election\"",
        "blai",
        "chelsea place:london",
    ] {
        let (mut a, mut b) = (
            read.search(query, SearchOptions::default()),
            corpus.search(query, SearchOptions::default()),
        );
        (a.took_ms, b.took_ms) = (0.0, 0.0);
        assert_eq!(a, b, "{query}");
    }
}

#[test]
fn bytes_that_are_not_a_collection_are_refused_with_the_reason() {
    assert_eq!(Corpus::from_bytes(b""), Err(FormatError::NotACollection));
    assert_eq!(
        Corpus::from_bytes(b"<html>not a collection</html>"),
        Err(FormatError::NotACollection)
    );
    let mut other_version = seeds().to_bytes();
    other_version[8..12].copy_from_slice(&1u32.to_le_bytes());
    let refused = Corpus::from_bytes(&other_version).unwrap_err();
    assert!(matches!(refused, FormatError::Version { found: 1, .. }));
    assert!(refused.to_string().contains("build it again"), "{refused}");
}

#[test]
fn a_collection_cut_short_anywhere_is_refused() {
    let bytes = seeds().to_bytes();
    for len in 0..bytes.len() {
        assert!(
            Corpus::from_bytes(&bytes[..len]).is_err(),
            "cut at {len} of {}",
            bytes.len()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn any_collection_reads_back_with_the_same_answers(texts in prop::collection::vec(article_text(), 0..6)) {
        let corpus = Corpus::from_texts(
            texts.iter().enumerate().map(|(i, t)| (["a/1", "a/2", "b/3", "b/4", "c/5", "6"][i], t.as_str())),
        );
        assert_reads_back_the_same(&corpus);
    }

    #[test]
    fn damaged_bytes_are_refused_or_read_never_a_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut bytes = seeds().to_bytes();
        for (at, value) in flips {
            let at = at.index(bytes.len());
            bytes[at] = value;
        }
        if let Ok(read) = Corpus::from_bytes(&bytes) {
            for query in QUERIES {
                read.search(query, SearchOptions::default());
            }
            for article in read.articles() {
                read.related(&article.id, 3);
                read.read(&article.id, &read.query("minister"));
            }
        }
    }
}
