//! A collection in parts (`Corpus::in_parts`, `Directory`, `Corpus::with_parts`): a query of
//! words, with only the parts its directory names, answers as the whole collection does; every
//! part fetched, in any order, is the whole collection; bytes that are not the directory's parts
//! are refused.

use clippings_core::load::read_seeds;
use clippings_core::{Corpus, Directory, FormatError, InParts, SearchOptions, SearchResult};
use proptest::prelude::*;

mod evaluation;
mod made_up;

use made_up::article_text;

/// Queries of words in every form the language has: one word, two, a phrase, a word being
/// typed, a near spelling, OR, a negation, a word with a filter, and a word no article has.
const WORD_QUERIES: &[&str] = &[
    "minister",
    "said talks",
    "\"prime minister\"",
    "minis",
    "minsiter",
    "oil OR paris",
    "talks -oil",
    "place:london talks",
    "smith",
    "o'brien",
    "e-mail",
    "zebra",
];

/// A part's name as the build makes one: from its bytes (here their length and a sum).
fn name_of(bytes: &[u8]) -> String {
    let sum: u64 = bytes.iter().map(|&b| u64::from(b)).sum();
    format!("{}-{sum}.part", bytes.len())
}

/// What a reader sees of a search, without the time it took.
fn answer(corpus: &Corpus, query: &str) -> SearchResult {
    let options = SearchOptions {
        limit: 1000,
        ..SearchOptions::default()
    };
    let mut result = corpus.search(query, options);
    result.took_ms = 0.0;
    // "Did you mean" looks among the words of the parts here (stated in `parts`).
    result.suggestion = None;
    result
}

/// The collection holding the parts with these numbers, fetched in this order, one by one.
fn with(directory: &Directory, in_parts: &InParts, numbers: &[usize]) -> Corpus {
    let mut corpus = Corpus::default();
    for &number in numbers {
        let bytes = &in_parts.parts[number].1;
        corpus = corpus
            .with_parts(directory, &[(number, bytes.as_slice())])
            .expect("the directory's own part");
    }
    corpus
}

fn assert_parts_answer_as_the_whole(whole: &Corpus, per_part: usize, queries: &[&str]) {
    let in_parts = whole.in_parts(per_part, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).expect("reads its directory");
    assert_eq!(directory.article_count(), whole.len());
    for query in queries {
        for prefix in [false, true] {
            let needed = directory
                .parts_for(query, prefix)
                .expect("a query of words");
            let corpus = with(&directory, &in_parts, &needed);
            let options = SearchOptions {
                limit: 1000,
                prefix,
                ..SearchOptions::default()
            };
            let mut here = corpus.search(query, options);
            let mut all = whole.search(query, options);
            (here.took_ms, all.took_ms, here.suggestion, all.suggestion) = (0.0, 0.0, None, None);
            let context = format!(
                "{query:?} (prefix {prefix}) with parts {needed:?} of {}",
                in_parts.parts.len()
            );
            assert_same(&here, &all, &context);
        }
    }
}

/// Two answers the same, the first difference named briefly (whole results are pages long).
fn assert_same(here: &SearchResult, all: &SearchResult, context: &str) {
    assert_eq!(here.total, all.total, "total, {context}");
    let ids = |r: &SearchResult| r.hits.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(here), ids(all), "hits, {context}");
    for (a, b) in here.hits.iter().zip(&all.hits) {
        assert_eq!(a, b, "hit {}, {context}", a.id);
    }
    assert_eq!(here.facets, all.facets, "facets, {context}");
    assert_eq!(here, all, "{context}");
}

fn seeds_and_made_up() -> Corpus {
    let files =
        read_seeds(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
            .expect("the seeds are in the repo");
    let mut texts: Vec<(String, String)> = files
        .into_iter()
        .map(|f| (f.id.clone(), f.text.clone()))
        .collect();
    let made_up = [
        "Talks on oil\n\nThe prime minister said talks with Paris would go on. \"We agree,\" John Smith said.",
        "Minister resigns\n\nThe minister resigned on Monday in London after talks failed.",
        "E-mail scandal\n\nMary O'Brien said the e-mail was sent to NATO in 2004.",
        "Oil prices\n\nOil prices rose in London on Monday, Reuters said.",
        "Smith in Paris\n\nJohn Smith met ministers in Paris to talk about oil.",
        "Sport\n\nThe match ended in a draw.",
    ];
    for (i, text) in made_up.iter().enumerate() {
        texts.push((format!("made/{i}"), text.to_string()));
    }
    Corpus::from_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str())))
}

#[test]
fn a_query_of_words_with_only_the_parts_it_needs_answers_as_the_whole_collection() {
    let whole = seeds_and_made_up();
    for per_part in [1, 2, 3] {
        assert_parts_answer_as_the_whole(&whole, per_part, WORD_QUERIES);
    }
}

#[test]
fn a_rare_word_needs_fewer_parts_than_a_common_one() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(1, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    // Paris is in two of the made-up articles; "said" in most articles of every kind.
    let parts = |query| directory.parts_for(query, false).expect("words");
    let rare = parts("paris");
    let common = parts("said");
    assert!(
        !rare.is_empty() && rare.len() < common.len(),
        "{rare:?} and {common:?}"
    );
    assert!(
        parts("paris said").len() <= rare.len(),
        "every group of a query must be in a part"
    );
    assert!(parts("zebra").is_empty());
    for wordless in ["", "source:reuters", "-oil"] {
        assert_eq!(directory.parts_for(wordless, false), None, "{wordless:?}");
    }
}

#[test]
fn every_part_in_any_order_is_the_whole_collection() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(2, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    let count = in_parts.parts.len();
    let forward: Vec<usize> = (0..count).collect();
    let backward: Vec<usize> = (0..count).rev().collect();
    let middle_first: Vec<usize> = (0..count).map(|i| (i + count / 2) % count).collect();
    for order in [forward, backward, middle_first] {
        let corpus = with(&directory, &in_parts, &order);
        assert_eq!(corpus.parts_here(), (0..count).collect::<Vec<_>>());
        let ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
        let all: Vec<&str> = whole.articles().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, all, "collection order, fetched as {order:?}");
        for query in WORD_QUERIES.iter().chain(&["", "source:reuters"]) {
            assert_same(&answer(&corpus, query), &answer(&whole, query), query);
        }
    }
}

#[test]
fn a_part_fetched_twice_is_held_once() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(3, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    let once = with(&directory, &in_parts, &[1]);
    let twice = with(&directory, &in_parts, &[1, 1]);
    assert_eq!(once.len(), twice.len());
    assert_eq!(twice.parts_here(), [1]);
}

#[test]
fn bytes_that_are_not_the_directorys_parts_are_refused() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(2, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    let empty = Corpus::default();
    let part = |n: usize| in_parts.parts[n].1.as_slice();
    // A part under another's number, a number the directory lacks, a whole collection, junk.
    assert!(matches!(
        empty.with_parts(&directory, &[(0, part(1))]),
        Err(FormatError::Damaged(_))
    ));
    assert!(empty.with_parts(&directory, &[(99, part(0))]).is_err());
    assert_eq!(
        empty
            .with_parts(&directory, &[(0, &whole.to_bytes())])
            .unwrap_err(),
        FormatError::NotACollection
    );
    assert!(empty.with_parts(&directory, &[(0, b"<html>")]).is_err());
    // Nor is a directory read from anything else, or from part of one.
    assert_eq!(
        Directory::from_bytes(part(0)).unwrap_err(),
        FormatError::NotACollection
    );
    for len in 0..in_parts.directory.len() {
        assert!(Directory::from_bytes(&in_parts.directory[..len]).is_err());
    }
    for len in 0..part(0).len() {
        assert!(empty
            .with_parts(&directory, &[(0, &part(0)[..len])])
            .is_err());
    }
}

#[test]
fn the_bbc_collection_in_parts_answers_word_queries_as_the_whole() {
    let Some(dir) =
        evaluation::bbc_corpus("the_bbc_collection_in_parts_answers_word_queries_as_the_whole")
    else {
        return;
    };
    let files = read_seeds(&dir).unwrap();
    let whole = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    assert_parts_answer_as_the_whole(
        &whole,
        250,
        &[
            "tony blair",
            "\"general election\"",
            "blai",
            "chelsea place:london",
            "mobile phones -apple",
            "arsenal OR chelsea",
            "gordn brown",
        ],
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn any_collection_in_parts_answers_word_queries_as_the_whole(
        texts in prop::collection::vec(article_text(), 1..9),
        per_part in 1usize..4,
    ) {
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("a/{i}")).collect();
        let whole = Corpus::from_texts(ids.iter().map(String::as_str).zip(texts.iter().map(String::as_str)));
        assert_parts_answer_as_the_whole(
            &whole,
            per_part,
            &["zinc", "quartz minister", "\"prime minister\"", "minis", "talks -oil", "smith OR zinc", "quatrz"],
        );
    }
}

#[test]
fn letting_parts_go_leaves_the_collection_of_the_parts_that_stay() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(2, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    let count = in_parts.parts.len();
    let all = with(&directory, &in_parts, &(0..count).collect::<Vec<_>>());
    let staying: Vec<usize> = (0..count).filter(|n| n % 2 == 0).collect();
    let going: Vec<usize> = (0..count).filter(|n| n % 2 == 1).collect();
    let let_go = all.clone().without_parts(&directory, &going);
    let fetched = with(&directory, &in_parts, &staying);
    assert_eq!(let_go.parts_here(), staying);
    let ids = |c: &Corpus| {
        c.articles()
            .iter()
            .map(|a| a.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&let_go), ids(&fetched));
    for query in WORD_QUERIES.iter().chain(&["", "source:reuters"]) {
        assert_same(&answer(&let_go, query), &answer(&fetched, query), query);
    }
}

#[test]
fn a_plan_fetches_the_most_promising_parts_that_fit_and_makes_room() {
    let whole = seeds_and_made_up();
    let in_parts = whole.in_parts(3, name_of);
    let directory = Directory::from_bytes(&in_parts.directory).unwrap();
    let needed = directory.parts_for("said", false).unwrap();
    assert!(needed.len() > 1, "{needed:?}");

    let roomy = directory.plan("said", false, &[], usize::MAX).unwrap();
    let mut fetch = roomy.fetch.clone();
    fetch.sort_unstable();
    assert_eq!(fetch, needed);
    assert_eq!((roomy.left_out, roomy.drop.len()), (0, 0));

    // Room for one part: the one with the most articles that say "said".
    let tight = directory.plan("said", false, &[], 3).unwrap();
    assert_eq!(tight.fetch.len(), 1);
    assert_eq!(tight.left_out, needed.len() - 1);
    let matches_in = |part: usize| {
        let corpus = with(&directory, &in_parts, &[part]);
        corpus.search("said", SearchOptions::default()).total
    };
    let best = matches_in(tight.fetch[0]);
    for &part in &needed {
        assert!(matches_in(part) <= best, "part {part} holds more matches");
    }

    // A part here that the query does not need makes room first.
    let unneeded: Vec<usize> = (0..in_parts.parts.len())
        .filter(|p| !needed.contains(p))
        .collect();
    if let Some(&other) = unneeded.first() {
        let here = [other, needed[0]];
        let mut here = here.to_vec();
        here.sort_unstable();
        let making_room = directory.plan("said", false, &here, 6).unwrap();
        assert_eq!(making_room.drop, [other], "{making_room:?}");
    }
}
