//! Search over the seeds and small made-up collections.

use clippings_core::{Corpus, SearchOptions};
use proptest::prelude::*;

fn seeds() -> Corpus {
    let dir = format!("{}/../../seeds", env!("CARGO_MANIFEST_DIR"));
    let files = clippings_core::load::read_seeds(dir.as_ref()).unwrap();
    Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())))
}

fn ids(corpus: &Corpus, query: &str) -> Vec<String> {
    corpus
        .search(query, SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn hit_ids(result: &clippings_core::SearchResult) -> Vec<&str> {
    result.hits.iter().map(|h| h.id.as_str()).collect()
}

const REUTERS: &str = "000_df0dd7ac4370f8c6";
const PRESS_TV: &str = "003_c854b23d348dd51a";

#[test]
fn words_find_only_the_article_that_has_them() {
    let corpus = seeds();
    assert_eq!(ids(&corpus, "Minsk"), [PRESS_TV]);
    assert_eq!(ids(&corpus, "inviolable"), [REUTERS]);
    assert_eq!(ids(&corpus, "kerry").len(), 2);
}

#[test]
fn every_word_must_match() {
    let corpus = seeds();
    assert_eq!(ids(&corpus, "kerry minsk"), [PRESS_TV]);
    assert!(ids(&corpus, "minsk inviolable").is_empty());
}

#[test]
fn case_accents_and_stems_are_folded() {
    let corpus = seeds();
    assert_eq!(ids(&corpus, "MÍNSK"), [PRESS_TV]);
    assert_eq!(ids(&corpus, "defending inviolables"), [REUTERS]);
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let corpus = seeds();
    assert_eq!(ids(&corpus, "invio"), [REUTERS]);
    assert_eq!(ids(&corpus, "yanukov"), [PRESS_TV]);
    // Finished words (a space after them) are not prefixes any more.
    assert!(ids(&corpus, "inviola ").is_empty());
    // Only the last word is a prefix.
    assert!(ids(&corpus, "invio kerry").is_empty());
}

#[test]
fn empty_query_returns_every_article_in_corpus_order() {
    let corpus = seeds();
    for q in ["", "   ", "!!! ???"] {
        let result = corpus.search(q, SearchOptions::default());
        assert_eq!(result.total, 2);
        assert_eq!(hit_ids(&result), [REUTERS, PRESS_TV]);
        assert!(!result.hits[0].snippet.is_empty());
        assert!(result.hits.iter().all(|h| h.snippet.iter().all(|s| !s.hit)));
    }
}

#[test]
fn snippets_mark_hits_and_name_matching_paragraphs() {
    let corpus = seeds();
    let result = corpus.search("minsk", SearchOptions::default());
    let hit = &result.hits[0];
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        !marked.is_empty() && marked.iter().all(|m| *m == "Minsk"),
        "{marked:?}"
    );
    assert_eq!(hit.paragraphs, [0, 2, 3]);
    assert_eq!(result.facets.source.get("Press TV"), Some(&1));
}

#[test]
fn captions_are_searched_and_give_the_snippet() {
    let corpus = seeds();
    let result = corpus.search("stoltenberg", SearchOptions::default());
    assert_eq!(hit_ids(&result), [PRESS_TV]);
    let hit = &result.hits[0];
    assert!(hit.paragraphs.is_empty());
    assert!(
        hit.snippet.iter().any(|s| s.hit && s.text == "Stoltenberg"),
        "{:?}",
        hit.snippet
    );
}

#[test]
fn headline_matches_rank_first() {
    let corpus = Corpus::from_texts([
        ("body", "Budget talks\n\nThe storm was mentioned once among many other words here and there."),
        ("headline", "Storm hits coast\n\nWinds rose on the coast overnight and many other words here and there."),
    ]);
    assert_eq!(ids(&corpus, "storm"), ["headline", "body"]);
}

#[test]
fn limit_and_offset_page_through_all_matches() {
    let corpus = seeds();
    let page = corpus.search(
        "kerry",
        SearchOptions {
            limit: 1,
            offset: 1,
            ..SearchOptions::default()
        },
    );
    assert_eq!(page.total, 2);
    assert_eq!(page.hits.len(), 1);
    assert_eq!(
        corpus
            .search(
                "kerry",
                SearchOptions {
                    limit: 5,
                    offset: 9,
                    ..SearchOptions::default()
                }
            )
            .hits
            .len(),
        0
    );
}

#[test]
fn marks_for_the_reader_cover_whole_words_in_every_form_the_collection_uses() {
    let corpus = seeds();
    // "Russia's" and "Russian" are words of the seeds; marking works on the collection's text.
    let query = corpus.query("nato russia defen");
    let text = "NATO will defend it; defense of Russia's claims and Russia.";
    let marked: Vec<_> = query.marks(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(marked, ["NATO", "defend", "defense", "Russia's", "Russia"]);
    let article = corpus.article("003_c854b23d348dd51a").unwrap();
    let in_body: usize = article
        .paragraphs
        .iter()
        .map(|p| query.marks(p).len())
        .sum();
    let by_stem: usize = article
        .paragraphs
        .iter()
        .flat_map(|p| clippings_core::text::words(p))
        .filter(|w| {
            ["nato", "russia"].contains(&clippings_core::text::term(w.text).as_str())
                || w.text.to_lowercase().starts_with("defen")
        })
        .count();
    assert_eq!(in_body, by_stem);
}

#[test]
fn long_and_hostile_queries_are_safe() {
    let corpus = seeds();
    let long = "kerry ".repeat(2_000);
    assert_eq!(corpus.search(&long, SearchOptions::default()).total, 2);
    for q in [
        "\"unbalanced",
        "-",
        "OR OR",
        "source:",
        "<script>alert(1)</script>",
        "\u{0}\u{FFFF}",
        "a\u{301}\u{301}\u{301}",
    ] {
        corpus.search(q, SearchOptions::default());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn search_never_panics(query in "\\PC{0,60}") {
        let corpus = seeds();
        let result = corpus.search(&query, SearchOptions::default());
        prop_assert!(result.hits.len() <= 2);
    }

    #[test]
    fn parse_never_panics_and_keeps_words(text in "(\\PC{0,40}\n{0,3}){0,12}") {
        let article = clippings_core::parse("p", &text);
        let kept: usize = article.paragraphs.iter().map(|p| clippings_core::text::word_count(p)).sum();
        prop_assert_eq!(kept as u32, article.word_count);
    }
}

#[test]
fn field_filters_narrow_by_source_people_places_organisations_and_headline() {
    let corpus = seeds();
    let mut both = ids(&corpus, "person:kerry");
    both.sort();
    assert_eq!(both, [REUTERS, PRESS_TV]);
    assert_eq!(
        ids(&corpus, "person:\"john kerry\" source:reuters"),
        [REUTERS]
    );
    assert_eq!(ids(&corpus, "source:\"press tv\""), [PRESS_TV]);
    assert_eq!(ids(&corpus, "place:belarus"), [PRESS_TV]);
    assert_eq!(ids(&corpus, "org:nato place:crimea"), [REUTERS]);
    assert_eq!(ids(&corpus, "headline:robust"), [PRESS_TV]);
    assert_eq!(
        ids(&corpus, "energy person:stoltenberg"),
        Vec::<String>::new()
    );
    assert!(ids(&corpus, "person:nobody").is_empty());
}

#[test]
fn facets_count_people_places_and_organisations_over_all_matches() {
    let corpus = seeds();
    let result = corpus.search(
        "kerry",
        SearchOptions {
            limit: 1,
            offset: 0,
            ..SearchOptions::default()
        },
    );
    assert_eq!(result.hits.len(), 1);
    let facets = &result.facets;
    assert_eq!(facets.people.get("John Kerry"), Some(&2));
    assert_eq!(facets.people.get("Vladimir Putin"), Some(&1));
    assert_eq!(facets.places.get("Ukraine"), Some(&2));
    assert_eq!(facets.places.get("Minsk"), Some(&1));
    assert_eq!(facets.organizations.get("NATO"), Some(&2));
    assert_eq!(facets.source.get("Reuters"), Some(&1));
}

#[test]
fn facets_keep_the_fifty_commonest_names_of_each_kind() {
    // Sixty countries, each in its own article; the last three in a second article too.
    let countries: Vec<String> =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/countries.tsv"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').next().unwrap().to_string())
            .filter(|c| !c.contains(' '))
            .take(60)
            .collect();
    assert_eq!(countries.len(), 60);
    let mut texts: Vec<(String, String)> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                format!("{i:02}"),
                format!("Talks {i}\n\nTalks were held in {c} today.\n"),
            )
        })
        .collect();
    for (i, c) in countries[57..].iter().enumerate() {
        texts.push((
            format!("again{i}"),
            format!("More talks\n\nTalks went on in {c} later.\n"),
        ));
    }
    let corpus = Corpus::from_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str())));
    let result = corpus.search("talks", SearchOptions::default());
    assert_eq!(result.total, 63);
    let places = &result.facets.places;
    let named = countries.iter().filter(|c| places.contains_key(*c)).count();
    assert_eq!(places.len(), 50, "{places:?}");
    assert_eq!(named, 50);
    // The commonest are kept, whatever their place in the collection.
    for c in &countries[57..] {
        assert_eq!(places.get(c), Some(&2), "{c}");
    }
}
