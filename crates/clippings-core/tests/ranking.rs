//! Ranking on made-up collections where the right order is known.

use clippings_core::{Corpus, SearchOptions};

fn ids(corpus: &Corpus, query: &str) -> Vec<String> {
    corpus
        .search(query, SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// `count` sentences of filler, so that bodies have realistic lengths.
fn filler(count: usize) -> String {
    (0..count)
        .map(|i| format!("The committee met again on day {i} and heard from witnesses. "))
        .collect()
}

#[test]
fn an_article_naming_both_words_in_its_headline_ranks_above_one_repeating_them_in_its_body() {
    let about = format!(
        "Budget crisis deepens in the capital\n\n{}\n\nOfficials spoke of the budget and of a crisis.\n",
        filler(40)
    );
    let repeating = format!(
        "Officials meet at the town hall\n\n{}\n",
        "The budget crisis was raised again. The budget was discussed and the crisis named. "
            .repeat(8)
    );
    let corpus = Corpus::from_texts([("repeating", repeating.as_str()), ("about", about.as_str())]);
    assert_eq!(ids(&corpus, "budget crisis "), ["about", "repeating"]);
}

#[test]
fn each_field_saturates_on_its_own_so_a_long_body_does_not_drown_a_headline_word() {
    // Both name the word in the body; only one in its headline. However often the other
    // repeats it, its body alone cannot outweigh a headline that names it.
    let headline = format!(
        "Harbour reopens\n\n{}\n\nThe harbour was shut.\n",
        filler(60)
    );
    let body_only = format!(
        "News from the coast\n\n{}\n",
        "The harbour is busy. Boats crowd the harbour. ".repeat(30)
    );
    let corpus = Corpus::from_texts([
        ("body-only", body_only.as_str()),
        ("headline", headline.as_str()),
    ]);
    assert_eq!(ids(&corpus, "harbour "), ["headline", "body-only"]);
}

#[test]
fn an_article_holding_the_word_typed_ranks_above_articles_holding_only_a_completion_of_it() {
    let completion =
        "Parties parties parties\n\nThe parties met. Parties of every kind. Parties again.\n";
    let word = format!(
        "Local news\n\n{}\n\nA part of the road closed.\n",
        filler(20)
    );
    let corpus = Corpus::from_texts([("completion", completion), ("word", word.as_str())]);
    // While typing, `part` also finds `parties`, but below the article that says `part`.
    assert_eq!(ids(&corpus, "part"), ["word", "completion"]);
}

#[test]
fn an_article_holding_the_word_typed_ranks_above_articles_holding_only_a_near_spelling() {
    let near = "Mink farm mink\n\nThe mink escaped. Mink everywhere, said the mink farmer.\n";
    let word = format!(
        "Regional talks\n\n{}\n\nThe talks took place in Minsk.\n",
        filler(20)
    );
    let corpus = Corpus::from_texts([("near", near), ("word", word.as_str())]);
    assert_eq!(ids(&corpus, "minsk "), ["word", "near"]);
}
