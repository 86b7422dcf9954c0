//! Queries of filters alone (`place:perth`, `person:"helen brackley"`): the articles most
//! about the name come first, and each snippet is the passage that names it, the name marked.

use clippings_core::{Corpus, Hit, SearchOptions};

/// In collection order: one that names Perth once in its last paragraph, one that names it
/// twice in its lead, and one about Perth (headline, lead, five mentions in all).
fn collection() -> Corpus {
    Corpus::from_texts([
        (
            "news/passing",
            "Rail fares rise again\n\n\
             Train fares will rise by three per cent in March, the operators said on Monday.\n\n\
             Commuters said the increase was the fourth in as many years.\n\n\
             Services to Perth will also run less often on Sundays.\n",
        ),
        (
            "news/lead",
            "Bridge repairs start\n\n\
             Engineers began repairs in Perth on Monday, and the road into Perth will close for a week.\n\n\
             Drivers were told to expect delays on the main routes.\n",
        ),
        (
            "news/about",
            "Perth council backs new bridge\n\n\
             Councillors in Perth voted on Tuesday for a second bridge over the river.\n\n\
             The leader of the council said Perth had waited decades for it, and that \
             Perth traders would gain most.\n\n\
             Work is due to start next spring.\n",
        ),
    ])
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn shown(hit: &Hit) -> String {
    hit.snippet.iter().map(|s| s.text.as_str()).collect()
}

fn marked(hit: &Hit) -> Vec<&str> {
    hit.snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect()
}

#[test]
fn a_place_filter_alone_ranks_the_article_about_the_place_first() {
    let corpus = collection();
    let result = corpus.search("place:perth", SearchOptions::default());
    assert_eq!(
        ids(&result.hits),
        ["news/about", "news/lead", "news/passing"]
    );
    assert!(result.hits[0].score > result.hits[1].score);
    assert!(result.hits[1].score > result.hits[2].score);
}

#[test]
fn a_filter_alone_shows_the_paragraph_that_names_the_place_with_the_name_marked() {
    let corpus = collection();
    let result = corpus.search("place:perth", SearchOptions::default());
    let passing = result.hits.iter().find(|h| h.id == "news/passing").unwrap();
    assert_eq!(
        shown(passing),
        "Services to Perth will also run less often on Sundays."
    );
    assert_eq!(marked(passing), ["Perth"]);
    // The paragraph that names it most, every mention marked.
    let about = result.hits.iter().find(|h| h.id == "news/about").unwrap();
    assert!(
        shown(about).starts_with("The leader of the council"),
        "{}",
        shown(about)
    );
    assert_eq!(marked(about), ["Perth", "Perth"]);
}

#[test]
fn a_person_filter_alone_ranks_by_how_much_the_article_is_about_the_person() {
    let corpus = Corpus::from_texts([
        (
            "a",
            "Budget talks resume\n\n\
             Ministers met union leaders on Monday to discuss the budget.\n\n\
             Officials said the talks went well. Helen Brackley, a union official, said she \
             was hopeful.\n",
        ),
        (
            "b",
            "Brackley warns on budget\n\n\
             Union leader Helen Brackley warned ministers on Monday that the budget would cut jobs.\n\n\
             Ms Brackley said members would vote on strike action. Brackley added that talks \
             would go on.\n",
        ),
    ]);
    let result = corpus.search("person:\"helen brackley\"", SearchOptions::default());
    assert_eq!(ids(&result.hits), ["b", "a"]);
    assert!(
        marked(&result.hits[1]).contains(&"Brackley"),
        "{:?}",
        result.hits[1].snippet
    );
}

#[test]
fn a_folder_filter_alone_keeps_the_collection_order_and_the_opening() {
    let corpus = collection();
    let result = corpus.search("folder:news", SearchOptions::default());
    assert_eq!(
        ids(&result.hits),
        ["news/passing", "news/lead", "news/about"]
    );
    assert!(shown(&result.hits[0]).starts_with("Train fares will rise"));
}

#[test]
fn words_with_a_filter_are_ranked_by_the_words_not_the_name() {
    let corpus = collection();
    let result = corpus.search("sundays place:perth", SearchOptions::default());
    assert_eq!(ids(&result.hits), ["news/passing"]);
    assert_eq!(marked(&result.hits[0]), ["Sundays"]);
}
