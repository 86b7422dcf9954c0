//! Each form of the query language and each ranking rule, on small made-up collections where
//! the expected answer is plain; every test fails if its rule is taken away.

use clippings_core::{Corpus, SearchOptions, Sort};

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

fn ids(corpus: &Corpus, query: &str) -> Vec<String> {
    ids_sorted(corpus, query, Sort::Relevance)
}

fn ids_sorted(corpus: &Corpus, query: &str, sort: Sort) -> Vec<String> {
    corpus
        .search(
            query,
            SearchOptions {
                sort,
                ..SearchOptions::default()
            },
        )
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn or_matches_either_side_and_binds_tighter_than_and() {
    let c = collection(&[
        ("a", "Storm over the coast."),
        ("b", "Flood over the coast."),
        ("c", "Storm and flood inland."),
        ("d", "Drought everywhere."),
    ]);
    assert_eq!(sorted(ids(&c, "storm OR flood")), ["a", "b", "c"]);
    assert_eq!(sorted(ids(&c, "storm OR flood coast")), ["a", "b"]);
    assert_eq!(
        sorted(ids(&c, "drought OR flood OR storm")),
        ["a", "b", "c", "d"]
    );
    // Lower case "or" is a word, and a trailing OR is still being typed.
    assert!(ids(&c, "storm or flood").is_empty());
    assert_eq!(sorted(ids(&c, "storm OR")), ["a", "c"]);
}

#[test]
fn phrases_need_the_words_together_in_order_and_as_written() {
    let c = collection(&[
        ("together", "Energy independence is the aim."),
        ("apart", "Independence in energy is the aim."),
        ("other form", "Energy independent states."),
    ]);
    assert_eq!(ids(&c, "\"energy independence\""), ["together"]);
    assert_eq!(ids(&c, "\"ENERGY Independence\""), ["together"]);
    assert_eq!(ids(&c, "energy independence").len(), 3);
    assert!(ids(&c, "\"independence energy\"").is_empty());
    assert!(ids(&c, "\"energy nowhere\"").is_empty());
    // A phrase never runs from one paragraph into the next.
    let split = collection(&[("split", "It needs energy.\n\nIndependence came later.")]);
    assert!(ids(&split, "\"energy independence\"").is_empty());
}

#[test]
fn exclusion_removes_words_and_phrases() {
    let c = collection(&[
        ("a", "Talks in Minsk on Ukraine."),
        ("b", "Talks in Kiev on Ukraine."),
        ("c", "Press TV reported talks on Ukraine."),
    ]);
    assert_eq!(sorted(ids(&c, "ukraine -minsk")), ["b", "c"]);
    assert_eq!(sorted(ids(&c, "ukraine -\"press tv\"")), ["a", "b"]);
    // Only the phrase is excluded, not its words apart.
    assert_eq!(sorted(ids(&c, "talks -\"tv press\"")), ["a", "b", "c"]);
    assert_eq!(sorted(ids(&c, "-minsk")), ["b", "c"]);
    // Every form of the stem is excluded: "-resigning" takes out "resigned" and
    // "resignations", which only stemming relates to it.
    let c = collection(&[
        ("a", "The minister resigned over Ukraine."),
        ("b", "Resignations followed in Ukraine."),
        ("c", "Ukraine held talks."),
    ]);
    assert_eq!(ids(&c, "ukraine -resigning"), ["c"]);
}

#[test]
fn typos_are_forgiven_by_word_length_and_never_in_numbers() {
    let c = collection(&[
        (
            "nato",
            "Stoltenberg met Kerry on the independence vote in 2016.",
        ),
        ("other", "Nothing of the kind."),
    ]);
    // One edit from five letters, two from nine.
    assert_eq!(ids(&c, "stoltenbreg"), ["nato"]);
    assert_eq!(ids(&c, "kerri"), ["nato"]);
    assert_eq!(ids(&c, "indepndnce"), ["nato"]);
    assert!(ids(&c, "idnepndnce").is_empty(), "three edits");
    // Under five letters nothing is forgiven.
    assert!(ids(&c, "kery ").is_empty());
    // A wrong first letter counts double: too much for a word of eight letters or fewer.
    assert!(ids(&c, "merry ").is_empty());
    assert_eq!(ids(&c, "undependence"), ["nato"]);
    // Numbers are never near one another.
    assert!(ids(&c, "2017").is_empty());
    assert!(ids(&c, "20166").is_empty());
}

#[test]
fn exact_words_rank_above_other_forms_then_completions_then_typos() {
    let c = collection(&[
        ("plural", "The elections passed."),
        ("singular", "The election passed."),
    ]);
    assert_eq!(ids(&c, "elections "), ["plural", "singular"]);
    assert_eq!(ids(&c, "election "), ["singular", "plural"]);

    let c = collection(&[("completion", "A cartoon ran."), ("word", "A car ran.")]);
    assert_eq!(ids(&c, "car"), ["word", "completion"]);

    let c = collection(&[
        ("typo", "Stoltenbreg spoke."),
        ("right", "Stoltenberg spoke."),
        ("again", "Stoltenberg spoke again."),
    ]);
    assert_eq!(
        sorted(ids(&c, "stoltenberg ")),
        ["again", "right"],
        "a word the collection knows well is not widened"
    );
    // A word found once is widened to its near words, but ranks first itself.
    assert_eq!(ids(&c, "stoltenbreg ")[0], "typo");
    assert_eq!(ids(&c, "stoltenbreg ").len(), 3);
}

#[test]
fn words_close_together_rank_above_words_far_apart() {
    let c = collection(&[
        (
            "apart",
            "Peace came first, then many months and years later a long summit.",
        ),
        (
            "together",
            "A long peace summit came first, then many months and years later.",
        ),
    ]);
    assert_eq!(ids(&c, "peace summit"), ["together", "apart"]);
}

#[test]
fn hits_name_the_paragraphs_that_matched() {
    let c = collection(&[("a", "Kerry spoke.\n\nNothing here.\n\nKerry again.")]);
    let result = c.search("kerry", SearchOptions::default());
    assert_eq!(result.hits[0].paragraphs, [0, 2]);
}

#[test]
fn did_you_mean_offers_a_commoner_near_word_when_little_is_found() {
    let mut bodies = vec![("rare", "The govrnment spoke once.")];
    let names = ["a", "b", "c", "d", "e"];
    for id in names {
        bodies.push((id, "The government spoke again."));
    }
    let c = collection(&bodies);
    // The typo finds the one article with the same misspelling; the suggestion finds five more.
    let result = c.search("govrnmnt", SearchOptions::default());
    assert_eq!(result.total, 1);
    assert_eq!(result.suggestion.as_deref(), Some("government"));
    // Short words get a suggestion though no typo is forgiven in them.
    let c = collection(&[
        ("x", "NATO met."),
        ("y", "NATO again."),
        ("z", "NATO once more."),
    ]);
    let result = c.search("natp ", SearchOptions::default());
    assert_eq!(
        (result.total, result.suggestion.as_deref()),
        (0, Some("nato "))
    );
    // A query that finds plenty gets none.
    assert_eq!(c.search("nato", SearchOptions::default()).suggestion, None);
    // Nor does one with nothing near.
    assert_eq!(
        c.search("zzzzqx", SearchOptions::default()).suggestion,
        None
    );
}

#[test]
fn related_articles_share_distinctive_words() {
    let c = collection(&[
        (
            "chelsea",
            "Chelsea manager Mourinho praised the Stamford Bridge crowd after the win.",
        ),
        (
            "economy",
            "The central bank raised interest rates as inflation grew.",
        ),
        (
            "chelsea again",
            "Mourinho said Chelsea would fight for the title at Stamford Bridge.",
        ),
        (
            "bank",
            "Interest rates and inflation worry the central bank.",
        ),
    ]);
    let related: Vec<String> = c.related("chelsea", 5).into_iter().map(|h| h.id).collect();
    assert_eq!(related.first().map(String::as_str), Some("chelsea again"));
    assert!(!related.contains(&"chelsea".to_string()));
    assert_eq!(
        c.related("bank", 1)
            .into_iter()
            .map(|h| h.id)
            .collect::<Vec<_>>(),
        ["economy"]
    );
    assert!(c.related("no such id", 5).is_empty());
    // In a collection of two, the words both share still relate them.
    let two = collection(&[("x", "NATO allies met."), ("y", "NATO allies met again.")]);
    assert_eq!(two.related("x", 5).len(), 1);
}

#[test]
fn results_sort_by_date_either_way_with_undated_last() {
    let c = Corpus::from_texts([
        ("old", "Old storm\n\nLONDON, Feb 26, 2004 - A storm hit.\n"),
        ("undated", "Storm\n\nA storm hit, storm storm.\n"),
        ("new", "New storm\n\nLONDON, May 19, 2016 - A storm hit.\n"),
    ]);
    let dates: Vec<Option<String>> = c.articles().iter().map(|a| a.published.clone()).collect();
    assert!(
        dates[0].is_some() && dates[2].is_some() && dates[1].is_none(),
        "{dates:?}"
    );
    assert_eq!(
        ids_sorted(&c, "storm", Sort::Newest),
        ["new", "old", "undated"]
    );
    assert_eq!(
        ids_sorted(&c, "storm", Sort::Oldest),
        ["old", "new", "undated"]
    );
    assert_eq!(ids_sorted(&c, "storm", Sort::Relevance)[0], "undated");
}

#[test]
fn any_string_is_a_query_with_the_answer_its_rules_give() {
    let c = collection(&[("a", "Kerry spoke on NATO.")]);
    let ten_thousand = "x".repeat(10_000);
    let thousand_words: String = (0..1000).map(|i| format!("word{i} kerri ")).collect();
    for (q, total) in [
        (ten_thousand.as_str(), 0),
        (thousand_words.as_str(), 0),
        // A leading OR is the word "or", which the article lacks.
        ("OR OR OR", 0),
        ("OR kerry", 0),
        // Empty quotes, lone dashes and an unbalanced quote leave an empty query: everything.
        ("\"\"\"", 1),
        ("- - -\"", 1),
        ("-\"", 1),
        // An unbalanced quote searches the words; a trailing OR is still being typed.
        ("\"kerry", 1),
        ("kerry OR", 1),
        ("-kerry -nato", 0),
        ("-kerry -absent", 0),
        ("-absent", 1),
        // A filter with no value is the word "source".
        ("source:\"", 0),
        ("\"kerry nato\" OR -x", 0),
        ("\"kerry spoke\" OR -x", 0),
        ("\"kerry spoke\"", 1),
    ] {
        let result = c.search(q, SearchOptions::default());
        assert_eq!(result.total, total, "{q:.40}");
    }
}

#[test]
fn a_query_keeps_its_first_64_words_and_a_phrase_its_first_16() {
    let c = collection(&[(
        "a",
        "Kerry spoke. Alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo \
         lima mike november oscar papa quebec.",
    )]);
    let kerrys = |n: usize| "kerry ".repeat(n);
    // The 65th word is dropped, so a word the article lacks there changes nothing; as the
    // 64th it is searched and finds nothing.
    assert_eq!(ids(&c, &format!("{}absent", kerrys(64))), ["a"]);
    assert!(ids(&c, &format!("{}absent", kerrys(63))).is_empty());
    // Likewise the 17th word of a phrase is dropped and the 16th kept.
    let nato = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike \
                november oscar papa quebec";
    let first = |n: usize| nato.split(' ').take(n).collect::<Vec<_>>().join(" ");
    assert_eq!(ids(&c, &format!("\"{} zulu\"", first(16))), ["a"]);
    assert!(ids(&c, &format!("\"{} zulu\"", first(15))).is_empty());
    assert_eq!(ids(&c, &format!("\"{}\"", first(17))), ["a"]);
}

#[test]
fn a_snippet_from_a_long_paragraph_is_cut_once_at_each_end() {
    let long = format!("{} needle {}", "hay ".repeat(60), "straw ".repeat(200));
    let c = collection(&[("a", &long)]);
    let result = c.search("needle", SearchOptions::default());
    let shown: String = result.hits[0]
        .snippet
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(shown.matches('\u{2026}').count(), 2, "{shown}");
    assert!(
        shown.starts_with('\u{2026}') && shown.ends_with('\u{2026}'),
        "{shown}"
    );
    let early = collection(&[("b", &format!("needle {}", "straw ".repeat(200)))]);
    let result = early.search("needle", SearchOptions::default());
    let shown: String = result.hits[0]
        .snippet
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(shown.matches('\u{2026}').count(), 1, "{shown}");
}

/// Articles with a dateline that names their source, and a person in the body.
fn sourced(articles: &[(&str, &str, &str)]) -> Corpus {
    let texts: Vec<(String, String)> = articles
        .iter()
        .map(|(id, source, body)| {
            (
                id.to_string(),
                format!("Report {id}\n\nLONDON ({source}) - {body} Filler words follow.\n"),
            )
        })
        .collect();
    Corpus::from_texts(texts.iter().map(|(id, text)| (id.as_str(), text.as_str())))
}

#[test]
fn a_negated_filter_excludes_and_filters_join_with_or() {
    let c = sourced(&[
        ("r", "Reuters", "John Kerry spoke on Ukraine."),
        ("a", "AFP", "John Kerry spoke on Ukraine."),
        (
            "p",
            "AP",
            "Foreign Minister Sergei Lavrov spoke on Ukraine.",
        ),
    ]);
    let sources: Vec<Option<String>> = c.articles().iter().map(|a| a.source.clone()).collect();
    assert_eq!(
        sources,
        [
            Some("Reuters".into()),
            Some("AFP".into()),
            Some("AP".into())
        ]
    );
    assert_eq!(ids(&c, "kerry source:reuters"), ["r"]);
    assert_eq!(ids(&c, "kerry -source:reuters"), ["a"]);
    assert_eq!(sorted(ids(&c, "ukraine -source:reuters")), ["a", "p"]);
    assert_eq!(sorted(ids(&c, "-source:reuters")), ["a", "p"]);
    assert_eq!(ids(&c, "ukraine -person:\"John Kerry\""), ["p"]);
    assert_eq!(
        sorted(ids(&c, "ukraine -source:reuters -source:afp")),
        ["p"]
    );
    // OR joins filters as it joins words, and never becomes the word "or".
    assert_eq!(sorted(ids(&c, "source:reuters OR source:afp")), ["a", "r"]);
    assert_eq!(
        sorted(ids(&c, "ukraine source:reuters OR source:ap")),
        ["p", "r"]
    );
    assert_eq!(
        sorted(ids(&c, "source:reuters OR person:lavrov")),
        ["p", "r"]
    );
    assert_eq!(sorted(ids(&c, "source:afp OR -person:kerry")), ["a", "p"]);
    // Between a word and a filter OR joins nothing: both are required.
    assert_eq!(ids(&c, "kerry OR source:afp"), ["a"]);
    // A filter inside a phrase is the phrase's words.
    assert!(ids(&c, "\"source:reuters\"").is_empty());
}

#[test]
fn related_articles_leave_out_copies_of_the_open_one() {
    let story = "Mourinho praised the Stamford Bridge crowd after the Chelsea win on Saturday, \
        and said the team would need the same support in the cup match next week.";
    let c = Corpus::from_texts([
        ("original", format!("Chelsea win again\n\n{story}\n").as_str()),
        ("copy", format!("Chelsea win again\n\n{story}\n").as_str()),
        (
            "relative",
            "Mourinho speaks\n\nMourinho said Chelsea would fight for the title at Stamford Bridge.\n",
        ),
        ("other", "Rates rise\n\nThe central bank raised interest rates.\n"),
    ]);
    let related: Vec<String> = c.related("original", 5).into_iter().map(|h| h.id).collect();
    assert_eq!(related, ["relative"]);
}
