//! The explorer's views on small made-up collections whose answers are known: two politics
//! stories about a harbour tax (one from Reuters, one from AFP, dated March and May 2014), two
//! sport stories without publication dates that mention dates in June and August 2013. Each
//! story says "weather" three times, so it is frequent everywhere and distinctive nowhere.

use clippings_core::text::{fold, words};
use clippings_core::{
    ComparedSegment, Corpus, DatesFrom, EntityKind, NameCount, SeriesPoint, Sharing,
};
use std::collections::HashSet;

const HARBOUR: &str = "Harbour tax vote splits the council

LISBON, March 3, 2014 (Reuters) - The harbour tax passed on Tuesday after Mayor Edda Quillfeather spoke for it in Lisbon. The weather was fine and the weather held, said the harbour master.

\"The harbour tax will pay for the new quay,\" Quillfeather said.

Opponents of the harbour tax, led by Tobin Marsh of the Varnholt Anglers League, said the vote was rushed. \"This vote was rushed through in the rain,\" Marsh said of the weather.
";

const BOATS: &str = "Fishing boats block the quay

LISBON, May 5, 2014 (AFP) - Fishing boats blocked the quay in Lisbon on Monday in protest at the harbour tax, whatever the weather.

\"We cannot pay twice for the same water,\" Tobin Marsh said.

The Varnholt Anglers League said the blockade would last a week, weather or not, in the cold weather.
";

const FINAL: &str = "Ostrava Rovers win the cup

Ostrava Rovers beat Kelm United in the cup final on 14 June 2013 in fine weather, weather to remember.

\"The lads gave everything,\" said coach Pia Lindqvist of the weather.
";

const SIGNING: &str = "Kelm United sign a striker

Kelm United signed a striker on 2 August 2013 in wet weather, weather again, and more weather.
";

fn collection() -> Corpus {
    Corpus::from_texts([
        ("politics/001", HARBOUR),
        ("politics/002", BOATS),
        ("sport/001", FINAL),
        ("sport/002", SIGNING),
    ])
}

fn terms(list: &[clippings_core::TermCount]) -> Vec<&str> {
    list.iter().map(|t| t.term.as_str()).collect()
}

fn point(label: &str, matching: u32, articles: u32, occurrences: u32) -> SeriesPoint {
    SeriesPoint {
        label: label.to_owned(),
        matching,
        articles,
        occurrences,
    }
}

fn counted(list: &[NameCount]) -> Vec<(&str, u32)> {
    list.iter().map(|n| (n.name.as_str(), n.articles)).collect()
}

#[test]
fn the_overview_counts_the_matching_articles_their_words_sources_folders_and_dates() {
    let corpus = collection();
    let overview = corpus.overview(&corpus.query("harbour"));
    assert_eq!((overview.articles, overview.matching), (4, 2));
    let matching = &corpus.articles()[..2];
    assert_eq!(
        overview.words,
        matching
            .iter()
            .map(|a| u64::from(a.word_count))
            .sum::<u64>()
    );
    let distinct: HashSet<String> = matching
        .iter()
        .flat_map(|a| &a.paragraphs)
        .flat_map(|p| words(p).map(|w| fold(w.text)))
        .collect();
    assert_eq!(overview.distinct_words as usize, distinct.len());
    assert_eq!((overview.sources, overview.folders), (2, 1));
    assert_eq!(overview.first_date.as_deref(), Some("2014-03-03"));
    assert_eq!(overview.last_date.as_deref(), Some("2014-05-05"));
}

#[test]
fn frequent_terms_are_the_commonest_and_distinctive_ones_those_the_rest_uses_less() {
    let corpus = collection();
    let overview = corpus.overview(&corpus.query("harbour"));
    // "weather" is the matches' commonest word, but the sport stories say it as often in fewer
    // words: it is frequent, not distinctive. "harbour" is in no other story.
    assert_eq!(terms(&overview.frequent_terms)[..2], ["weather", "harbour"]);
    let weather = &overview.frequent_terms[0];
    assert_eq!(
        (weather.count, weather.articles, weather.score),
        (6, 2, 6.0)
    );
    assert!(!terms(&overview.distinctive_terms).contains(&"weather"));
    let harbour = &overview.distinctive_terms[0];
    assert_eq!(
        (harbour.term.as_str(), harbour.count, harbour.articles),
        ("harbour", 5, 2)
    );
    assert!(harbour.score > 0.0);
    assert!(overview
        .distinctive_terms
        .windows(2)
        .all(|w| w[0].score >= w[1].score));
    // Stop words are never listed.
    assert!(!terms(&overview.frequent_terms).contains(&"the"));
}

#[test]
fn the_empty_query_overviews_every_article_with_nothing_to_be_distinct_from() {
    let corpus = collection();
    let overview = corpus.overview(&corpus.query(""));
    assert_eq!((overview.articles, overview.matching), (4, 4));
    assert_eq!((overview.sources, overview.folders), (2, 2));
    assert_eq!(overview.frequent_terms[0].term, "weather");
    assert_eq!(overview.frequent_terms[0].count, 12);
    assert!(overview.distinctive_terms.is_empty());
    assert_eq!(
        overview.matching,
        corpus.search("", Default::default()).total
    );
}

#[test]
fn a_filter_narrows_the_overview_as_it_narrows_the_search() {
    let corpus = collection();
    let overview = corpus.overview(&corpus.query("source:reuters"));
    assert_eq!(overview.matching, 1);
    assert_eq!(
        overview.matching,
        corpus.search("source:reuters", Default::default()).total
    );
    assert_eq!((overview.sources, overview.folders), (1, 1));
    assert_eq!(overview.first_date, overview.last_date);
    assert_eq!(overview.frequent_terms[0].term, "harbour");
    assert_eq!(overview.frequent_terms[0].count, 4);
}

#[test]
fn kwic_lines_show_each_occurrence_with_its_context() {
    let corpus = collection();
    let lines = corpus.kwic(&corpus.query("harbour"), 100);
    assert_eq!(
        lines
            .iter()
            .map(|l| (l.article.as_str(), l.paragraph))
            .collect::<Vec<_>>(),
        [
            ("politics/001", 0),
            ("politics/001", 0),
            ("politics/001", 1),
            ("politics/001", 2),
            ("politics/002", 0)
        ]
    );
    let quote = &lines[2];
    assert_eq!(quote.headline, "Harbour tax vote splits the council");
    assert_eq!(
        (
            quote.left.as_str(),
            quote.term.as_str(),
            quote.right.as_str()
        ),
        (
            "\"The ",
            "harbour",
            " tax will pay for the new quay,\" Quillfeather said."
        )
    );
    for line in &lines {
        let article = corpus.article(&line.article).unwrap();
        let paragraph = &article.paragraphs[line.paragraph as usize];
        let shown = format!("{}{}{}", line.left, line.term, line.right);
        let at = paragraph
            .find(&shown)
            .expect("the line is a piece of its paragraph");
        // The context is cut at words: no word is shown in part.
        let before = paragraph[..at].chars().next_back();
        let after = paragraph[at + shown.len()..].chars().next();
        assert!(!before.is_some_and(char::is_alphanumeric), "{shown:?}");
        assert!(!after.is_some_and(char::is_alphanumeric), "{shown:?}");
        assert!(line.left.chars().count() <= clippings_core::CONTEXT_CHARS);
        assert!(line.right.chars().count() <= clippings_core::CONTEXT_CHARS);
    }
    // The first line's right side is cut short of the paragraph's end.
    assert!(lines[0].right.len() < HARBOUR.len() && lines[0].right.starts_with(" tax passed"));
    assert!(!lines[0].right.contains("master"));
}

#[test]
fn kwic_keeps_to_the_limit_and_has_no_lines_for_an_empty_query() {
    let corpus = collection();
    assert_eq!(corpus.kwic(&corpus.query("harbour"), 2).len(), 2);
    assert!(corpus.kwic(&corpus.query("harbour"), 0).is_empty());
    assert!(corpus.kwic(&corpus.query(""), 100).is_empty());
    assert!(corpus.kwic(&corpus.query("zzzqx"), 100).is_empty());
    let afp = corpus.kwic(&corpus.query("harbour source:afp"), 100);
    assert_eq!(afp.len(), 1);
    assert_eq!(afp[0].article, "politics/002");
}

#[test]
fn speakers_come_most_quoted_first_then_by_name() {
    let corpus = collection();
    let speakers = corpus.speakers(&corpus.query(""));
    assert_eq!(
        speakers
            .iter()
            .map(|s| (s.name.as_str(), s.quote_count, s.quotes.len()))
            .collect::<Vec<_>>(),
        [
            ("Tobin Marsh", 2, 2),
            ("Edda Quillfeather", 1, 1),
            ("Pia Lindqvist", 1, 1)
        ]
    );
    let marsh = &speakers[0].quotes[1];
    assert_eq!(
        (marsh.article.as_str(), marsh.paragraph, marsh.text.as_str()),
        ("politics/002", 1, "We cannot pay twice for the same water,")
    );
    assert_eq!(marsh.headline, "Fishing boats block the quay");
    let afp = corpus.speakers(&corpus.query("source:afp"));
    assert_eq!(afp.len(), 1);
    assert_eq!(
        (afp[0].name.as_str(), afp[0].quote_count),
        ("Tobin Marsh", 1)
    );
    assert!(corpus.speakers(&corpus.query("zzzqx")).is_empty());
}

#[test]
fn names_of_each_kind_come_by_articles_then_name_within_the_limit() {
    let corpus = collection();
    let names = corpus.names(&corpus.query(""), 10);
    assert_eq!(
        counted(&names.people),
        [
            ("Tobin Marsh", 2),
            ("Edda Quillfeather", 1),
            ("Pia Lindqvist", 1)
        ]
    );
    assert_eq!(counted(&names.places), [("Lisbon", 2)]);
    assert_eq!(
        counted(&names.organizations),
        [
            ("Kelm United", 2),
            ("Varnholt Anglers League", 2),
            ("Ostrava Rovers", 1)
        ]
    );
    let first = corpus.names(&corpus.query(""), 1);
    assert_eq!(counted(&first.people), [("Tobin Marsh", 2)]);
    assert_eq!(counted(&first.organizations), [("Kelm United", 2)]);
    let reuters = corpus.names(&corpus.query("source:reuters"), 10);
    assert_eq!(
        counted(&reuters.people),
        [("Edda Quillfeather", 1), ("Tobin Marsh", 1)]
    );
    assert!(counted(&reuters.organizations) == [("Varnholt Anglers League", 1)]);
}

#[test]
fn co_occurring_names_are_those_named_in_the_same_matching_articles() {
    let corpus = collection();
    let all = corpus.query("");
    let with_marsh = corpus.co_occurring(&all, EntityKind::Person, "Tobin Marsh", 10);
    assert_eq!(
        with_marsh
            .iter()
            .map(|c| (c.kind, c.name.as_str(), c.articles))
            .collect::<Vec<_>>(),
        [
            (EntityKind::Place, "Lisbon", 2),
            (EntityKind::Organization, "Varnholt Anglers League", 2),
            (EntityKind::Person, "Edda Quillfeather", 1)
        ]
    );
    assert_eq!(
        corpus
            .co_occurring(&all, EntityKind::Person, "Tobin Marsh", 1)
            .len(),
        1
    );
    let afp = corpus.co_occurring(
        &corpus.query("source:afp"),
        EntityKind::Person,
        "Tobin Marsh",
        10,
    );
    assert_eq!(
        afp.iter()
            .map(|c| (c.name.as_str(), c.articles))
            .collect::<Vec<_>>(),
        [("Lisbon", 1), ("Varnholt Anglers League", 1)]
    );
    assert!(corpus
        .co_occurring(&all, EntityKind::Person, "Nobody Known", 10)
        .is_empty());
    assert!(corpus
        .co_occurring(&all, EntityKind::Place, "Tobin Marsh", 10)
        .is_empty());
}

#[test]
fn series_count_matches_and_occurrences_by_source_folder_and_month_with_gaps_filled() {
    let corpus = collection();
    let series = corpus.series(&corpus.query("harbour"));
    assert_eq!(series.terms, ["harbour"]);
    assert_eq!(
        series.by_source,
        [point("AFP", 1, 1, 1), point("Reuters", 1, 1, 4)]
    );
    assert_eq!(
        series.by_folder,
        [point("politics", 2, 2, 5), point("sport", 0, 2, 0)]
    );
    assert_eq!(series.dates_from, DatesFrom::Published);
    assert_eq!(
        series.by_date,
        [
            point("2014-03", 1, 1, 4),
            point("2014-04", 0, 0, 0),
            point("2014-05", 1, 1, 1)
        ]
    );
    let phrase = corpus.series(&corpus.query("\"harbour tax\" source:reuters"));
    // A phrase's words are marked wherever they stand, as search marks them: four "harbour", three "tax".

    assert_eq!(phrase.terms, ["harbour tax"]);
    assert_eq!(
        phrase.by_source,
        [point("AFP", 0, 1, 0), point("Reuters", 1, 1, 7)]
    );
    let everything = corpus.series(&corpus.query(""));
    assert!(everything.terms.is_empty());
    assert_eq!(
        everything.by_folder,
        [point("politics", 2, 2, 0), point("sport", 2, 2, 0)]
    );
}

#[test]
fn series_use_the_dates_articles_mention_when_none_is_published_and_say_when_there_are_none() {
    let corpus = Corpus::from_texts([("sport/001", FINAL), ("sport/002", SIGNING)]);
    let series = corpus.series(&corpus.query("striker"));
    assert_eq!(series.dates_from, DatesFrom::Mentioned);
    assert_eq!(
        series.by_date,
        [
            point("2013-06", 0, 1, 0),
            point("2013-07", 0, 0, 0),
            point("2013-08", 1, 1, 1)
        ]
    );
    let undated = Corpus::from_texts([("a", "A quiet day\n\nNothing happened in the weather.")]);
    let series = undated.series(&undated.query("weather"));
    assert_eq!(series.dates_from, DatesFrom::None);
    assert!(series.by_date.is_empty());
    assert_eq!(series.by_folder, []);
}

fn joined(paragraph: &[ComparedSegment]) -> String {
    paragraph.iter().map(|s| s.text.as_str()).collect()
}

fn mark_of(paragraph: &[ComparedSegment], text: &str) -> Option<Option<Sharing>> {
    paragraph.iter().find(|s| s.text == text).map(|s| s.mark)
}

#[test]
fn compare_says_what_two_articles_share_and_what_each_has_alone() {
    let corpus = collection();
    let c = corpus.compare("politics/001", "politics/002").unwrap();
    assert_eq!(
        (c.a.id.as_str(), c.b.id.as_str()),
        ("politics/001", "politics/002")
    );
    assert_eq!(c.people.both, ["Tobin Marsh"]);
    assert_eq!(c.people.only_a, ["Edda Quillfeather"]);
    assert!(c.people.only_b.is_empty());
    assert_eq!(c.places.both, ["Lisbon"]);
    assert_eq!(c.organizations.both, ["Varnholt Anglers League"]);
    assert_eq!(c.speakers.both, ["Tobin Marsh"]);
    assert_eq!(c.speakers.only_a, ["Edda Quillfeather"]);
    assert!(c.terms.both.contains(&"harbour".to_owned()));
    assert!(c.terms.only_a.contains(&"rushed".to_owned()));
    assert!(!c.terms.only_b.is_empty());
    let a_words: HashSet<String> = corpus.articles()[0]
        .paragraphs
        .iter()
        .flat_map(|p| words(p).map(|w| fold(w.text)))
        .collect();
    assert!(c.terms.only_b.iter().all(|t| !a_words.contains(t)));
    assert!(!c.terms.both.contains(&"weather".to_owned()));
}

#[test]
fn compared_paragraphs_are_cut_at_names_and_terms_and_give_the_text_back() {
    let corpus = collection();
    let c = corpus.compare("politics/001", "politics/002").unwrap();
    for (paragraphs, id) in [
        (&c.a_paragraphs, "politics/001"),
        (&c.b_paragraphs, "politics/002"),
    ] {
        let article = corpus.article(id).unwrap();
        assert_eq!(paragraphs.len(), article.paragraphs.len());
        for (segments, paragraph) in paragraphs.iter().zip(&article.paragraphs) {
            assert_eq!(&joined(segments), paragraph);
        }
    }
    assert_eq!(
        mark_of(&c.a_paragraphs[0], "Edda Quillfeather"),
        Some(Some(Sharing::Own))
    );
    assert_eq!(
        mark_of(&c.a_paragraphs[2], "Tobin Marsh"),
        Some(Some(Sharing::Shared))
    );
    assert_eq!(
        mark_of(&c.a_paragraphs[0], "harbour"),
        Some(Some(Sharing::Shared))
    );
    assert_eq!(
        mark_of(&c.a_paragraphs[2], "rushed"),
        Some(Some(Sharing::Own))
    );
    assert!(c.a_paragraphs[1].iter().any(|s| s.mark.is_none()));
}

#[test]
fn compare_with_an_unknown_id_is_none() {
    let corpus = collection();
    assert_eq!(corpus.compare("politics/001", "no/such"), None);
    assert_eq!(corpus.compare("no/such", "politics/001"), None);
    assert_eq!(corpus.compare("", ""), None);
}

#[test]
fn an_empty_collection_gives_empty_views() {
    for corpus in [Corpus::from_texts([]), Corpus::default()] {
        for text in ["", "harbour", "source:reuters -x \"a b\" OR"] {
            let query = corpus.query(text);
            let overview = corpus.overview(&query);
            assert_eq!(
                (overview.articles, overview.matching, overview.words),
                (0, 0, 0)
            );
            assert!(overview.frequent_terms.is_empty() && overview.distinctive_terms.is_empty());
            assert!(corpus.kwic(&query, usize::MAX).is_empty());
            assert!(corpus.speakers(&query).is_empty());
            assert!(corpus.names(&query, usize::MAX).people.is_empty());
            assert!(corpus
                .co_occurring(&query, EntityKind::Person, "", usize::MAX)
                .is_empty());
            let series = corpus.series(&query);
            assert_eq!(series.dates_from, DatesFrom::None);
            assert!(series.by_date.is_empty() && series.by_source.is_empty());
        }
    }
}

#[test]
fn views_serialise_with_the_documented_field_names() {
    let corpus = collection();
    let series = serde_json::to_value(corpus.series(&corpus.query("harbour"))).unwrap();
    assert_eq!(series["dates_from"], "published");
    assert_eq!(series["by_date"][1]["label"], "2014-04");
    let c = serde_json::to_value(corpus.compare("politics/001", "politics/002")).unwrap();
    assert!(c["a_paragraphs"][0]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["mark"] == "own"));
    assert_eq!(c["people"]["only_a"][0], "Edda Quillfeather");
    let co = serde_json::to_value(corpus.co_occurring(
        &corpus.query(""),
        EntityKind::Person,
        "Tobin Marsh",
        1,
    ))
    .unwrap();
    assert_eq!(co[0]["kind"], "place");
}
