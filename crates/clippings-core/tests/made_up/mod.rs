//! Made-up articles for the property tests of the collection's byte layout (`stored.rs`) and of
//! a collection in parts (`parts.rs`): one generator, so that both explore the same texts.

use proptest::prelude::*;

/// Made-up articles from a small vocabulary, so that words, names and quotes recur across them.
pub fn article_text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "minister",
        "said",
        "talks",
        "oil",
        "prime",
        "the",
        "of",
        "London",
        "Paris",
        "NATO",
        "Reuters",
        "John",
        "Smith",
        "Mary",
        "O'Brien",
        "e-mail",
        "well-known",
        "Sullivan",
        "ministers",
        "talking",
        "2004",
        "Monday",
        "zinc",
        "quartz",
        "\"we",
        "agree\"",
        ",",
        ".",
    ]);
    let sentence = prop::collection::vec(word, 3..14).prop_map(|w| w.join(" "));
    let paragraph = prop::collection::vec(sentence, 1..4).prop_map(|s| s.join(". "));
    (
        prop::collection::vec(
            prop::sample::select(vec!["Talks", "Oil", "Minister", "Smith", "Zinc"]),
            1..5,
        ),
        prop::collection::vec(paragraph, 1..5),
    )
        .prop_map(|(headline, paragraphs)| {
            format!("{}\n\n{}", headline.join(" "), paragraphs.join("\n\n"))
        })
}
