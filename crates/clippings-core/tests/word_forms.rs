//! Words as readers mean them: names with an apostrophe found by each part, hyphenated
//! compounds found whole and joined, possessives as the word itself. Made-up collections only.

use clippings_core::{Corpus, SearchOptions};

/// Articles of the same length and shape, so that only the rule under test tells them apart.
fn collection(bodies: &[(&str, &str)]) -> Corpus {
    let texts: Vec<(String, String)> = bodies
        .iter()
        .map(|(id, body)| {
            (
                id.to_string(),
                format!("Report {id}\n\n{body} Filler words follow the news here.\n"),
            )
        })
        .collect();
    Corpus::from_texts(texts.iter().map(|(id, text)| (id.as_str(), text.as_str())))
}

/// Ids of the articles found, in collection order (a space ends the query: no completion).
fn found(corpus: &Corpus, query: &str) -> Vec<String> {
    let mut ids: Vec<String> = corpus
        .search(&format!("{query} "), SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    ids.sort();
    ids
}

/// Ids in the order of relevance.
fn ranked(corpus: &Corpus, query: &str) -> Vec<String> {
    corpus
        .search(&format!("{query} "), SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn marked<'t>(corpus: &Corpus, query: &str, text: &'t str) -> Vec<&'t str> {
    corpus
        .query(query)
        .marks(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

fn names() -> Corpus {
    collection(&[
        ("arcy", "Lorna D'Arcy opened the mill."),
        ("neill", "Fergal O'Neill's boat sank."),
        ("oreal", "L'Oréal bought the soap works."),
        ("rock", "The band played rock'n'roll loudly."),
        ("sullivan", "Aoife O'Sullivan won the vote."),
        ("typographic", "Cathal O\u{2019}Driscoll won the race."),
    ])
}

#[test]
fn a_name_with_an_apostrophe_is_found_by_its_last_part() {
    let c = names();
    assert_eq!(found(&c, "sullivan"), ["sullivan"]);
    assert_eq!(found(&c, "arcy"), ["arcy"]);
    assert_eq!(found(&c, "oreal"), ["oreal"]);
    assert_eq!(found(&c, "driscoll"), ["typographic"]);
    assert_eq!(found(&c, "neill"), ["neill"]);
    assert_eq!(found(&c, "roll"), ["rock"]);
}

#[test]
fn a_name_with_an_apostrophe_is_found_by_its_whole_form_with_either_apostrophe() {
    let c = names();
    assert_eq!(found(&c, "o'sullivan"), ["sullivan"]);
    assert_eq!(found(&c, "O\u{2019}Sullivan"), ["sullivan"]);
    assert_eq!(found(&c, "o'driscoll"), ["typographic"]);
    assert_eq!(found(&c, "O'Neill"), ["neill"]);
    assert_eq!(found(&c, "L'Oreal"), ["oreal"]);
    assert_eq!(found(&c, "rock'n'roll"), ["rock"]);
}

#[test]
fn contractions_are_not_split_into_parts() {
    let c = collection(&[("contraction", "They don't agree and we'll see.")]);
    assert!(found(&c, "don").is_empty());
    assert!(found(&c, "ll").is_empty());
    assert_eq!(found(&c, "don't"), ["contraction"]);
}

#[test]
fn searching_a_part_marks_the_whole_name_in_snippets_and_in_the_reader() {
    let c = names();
    // Marks are for words of the collection, in either apostrophe.
    let text = "Then O'Sullivan and O\u{2019}Sullivan met Sullivan.";
    assert_eq!(
        marked(&c, "sullivan", text),
        ["O'Sullivan", "O\u{2019}Sullivan", "Sullivan"]
    );
    let result = c.search("sullivan ", SearchOptions::default());
    let hits: Vec<&str> = result.hits[0]
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, ["O'Sullivan"]);
    assert_eq!(result.hits[0].paragraphs, [0]);
}

#[test]
fn a_headline_filter_finds_a_name_by_its_part() {
    let c = Corpus::from_texts([
        ("name", "O'Sullivan wins the vote\n\nThe count ended late."),
        ("other", "The vote is won\n\nAoife O'Sullivan won it late."),
    ]);
    let ids: Vec<String> = c
        .search("headline:sullivan", SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, ["name"]);
}

fn compounds() -> Corpus {
    collection(&[
        ("anti", "An anti-radio campaign began."),
        ("email", "She sent an email at noon."),
        ("hyphenated", "She sent an e-mail at noon."),
        ("season", "The 2004-05 season ended."),
        ("wellknown", "A well-known singer came."),
    ])
}

#[test]
fn a_hyphenated_compound_is_found_whole_and_joined() {
    let c = compounds();
    assert_eq!(found(&c, "email"), ["email", "hyphenated"]);
    assert_eq!(found(&c, "e-mail"), ["email", "hyphenated"]);
    assert_eq!(found(&c, "e\u{2010}mail"), ["email", "hyphenated"]);
    assert_eq!(found(&c, "anti-radio"), ["anti"]);
    assert_eq!(found(&c, "antiradio"), ["anti"]);
    assert_eq!(found(&c, "wellknown"), ["wellknown"]);
    assert_eq!(found(&c, "-e-mail"), ["anti", "season", "wellknown"]);
}

#[test]
fn a_hyphenated_compound_is_still_found_by_each_part() {
    let c = compounds();
    assert_eq!(found(&c, "radio"), ["anti"]);
    assert_eq!(found(&c, "mail"), ["hyphenated"]);
    assert_eq!(found(&c, "known"), ["wellknown"]);
}

#[test]
fn numbers_joined_by_a_hyphen_are_not_one_word() {
    let c = compounds();
    assert!(found(&c, "200405").is_empty());
    assert_eq!(found(&c, "2004"), ["season"]);
}

#[test]
fn the_joined_word_marks_both_parts_of_a_hyphenated_compound() {
    let c = compounds();
    assert_eq!(
        marked(&c, "email", "An e-mail, an email, a mail."),
        ["e", "mail", "email"]
    );
    assert_eq!(
        marked(&c, "e-mail", "An e-mail or email."),
        ["e", "mail", "email"]
    );
    let result = c.search("email ", SearchOptions::default());
    let hyphenated = result.hits.iter().find(|h| h.id == "hyphenated").unwrap();
    let hits: Vec<&str> = hyphenated
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, ["e", "mail"]);
}

#[test]
fn a_possessive_counts_as_the_word_exactly_as_typed() {
    // Same shape and length: only the exact-form bonus can put the possessives first.
    let c = collection(&[
        ("other", "Kerries plan passed."),
        ("plain", "Kerry's plan passed."),
        ("typographic", "Kerry\u{2019}s plan passed."),
    ]);
    let order = ranked(&c, "kerry");
    assert_eq!(order.len(), 3);
    assert_eq!(order[2], "other", "{order:?}");
}

#[test]
fn a_hyphenated_compound_typed_also_finds_its_parts_written_apart_but_not_scattered() {
    let c = collection(&[
        ("hyphenated", "A well-known singer came."),
        ("spaced", "A well known singer came."),
        ("scattered", "He is known to sing well."),
    ]);
    assert_eq!(found(&c, "well-known"), ["hyphenated", "spaced"]);
}
