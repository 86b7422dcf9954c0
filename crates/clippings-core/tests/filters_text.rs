//! Filters as query text: what facets and filter chips do to a query. They are read by the
//! query's own reader, printed one way, and edited without touching the rest of the query.

use clippings_core::filters_text::{filters_in, has, remove, toggle, without_filters};
use clippings_core::{Corpus, SearchOptions};
use clippings_core::{Field, FilterChip};

fn person(name: &str) -> FilterChip {
    FilterChip::new(Field::Person, name)
}

fn source(name: &str) -> FilterChip {
    FilterChip::new(Field::Source, name)
}

#[test]
fn a_chip_prints_its_filter_quoted_and_negated_with_a_minus() {
    assert_eq!(person("Mara Velkov").to_string(), "person:\"Mara Velkov\"");
    assert_eq!(
        source("Harbour Wire").opposite().to_string(),
        "-source:\"Harbour Wire\""
    );
    assert_eq!(
        FilterChip::new(Field::Organization, "Tidewater Council").to_string(),
        "org:\"Tidewater Council\""
    );
    assert_eq!(
        FilterChip::new(Field::Folder, "sport").to_string(),
        "folder:\"sport\""
    );
    // A quote would end the value early: it is written as a space.
    assert_eq!(
        source("The \"Evening\" Lamp").to_string(),
        "source:\"The Evening Lamp\""
    );
}

#[test]
fn the_filters_of_a_query_are_read_in_order_with_the_bytes_they_came_from() {
    let text = "velkov  person:\"Mara Velkov\" -source:wire \"a phrase\" ORG:council";
    let found = filters_in(text);
    let written: Vec<(&str, String)> = found
        .iter()
        .map(|f| (&text[f.range.clone()], f.chip.to_string()))
        .collect();
    assert_eq!(
        written,
        [
            (
                "person:\"Mara Velkov\"",
                "person:\"Mara Velkov\"".to_owned()
            ),
            ("-source:wire", "-source:\"wire\"".to_owned()),
            ("ORG:council", "org:\"council\"".to_owned()),
        ]
    );
    assert!(filters_in("a \"source:wire\" phrase, time: 10:30").is_empty());
}

#[test]
fn every_chip_reads_back_as_itself() {
    for chip in [
        person("Mara Velkov"),
        source("Harbour Wire").opposite(),
        FilterChip::new(Field::Place, "Zürich"),
        FilterChip::new(Field::Folder, "news/local"),
        source("a:b c-d"),
        person("O'Neill-Ba"),
    ] {
        let text = chip.to_string();
        let read: Vec<FilterChip> = filters_in(&text).into_iter().map(|f| f.chip).collect();
        assert_eq!(read, std::slice::from_ref(&chip), "{text}");
        assert!(has(&text, &chip), "{text}");
    }
}

#[test]
fn a_filter_typed_by_hand_and_a_chip_with_the_same_words_are_one() {
    assert!(has("velkov person:velkov", &person("Velkov")));
    assert!(has("PERSON:\"mara  VELKOV\"", &person("Mara Velkov")));
    assert!(has(
        "place:zurich",
        &FilterChip::new(Field::Place, "Zürich")
    ));
    // Other words, another field or the other sign are another filter.
    assert!(!has("person:\"mara velkov\"", &person("Velkov")));
    assert!(!has("source:velkov", &person("Velkov")));
    assert!(!has("-person:velkov", &person("Velkov")));
    assert!(has("-person:velkov", &person("Velkov").opposite()));
    // A filter inside a phrase is words.
    assert!(!has("\"person:velkov\"", &person("Velkov")));
}

#[test]
fn toggling_adds_a_filter_at_the_end_and_takes_it_out_again_leaving_the_rest_as_written() {
    let chip = person("Mara Velkov");
    let text = "harbour  OR  quay \"sea wall\"";
    let added = toggle(text, &chip);
    assert_eq!(
        added,
        "harbour  OR  quay \"sea wall\" person:\"Mara Velkov\""
    );
    assert_eq!(toggle(&added, &chip), text);
    assert_eq!(toggle("", &chip), "person:\"Mara Velkov\"");
    assert_eq!(toggle("   ", &chip), "person:\"Mara Velkov\"");
    assert_eq!(toggle("quay ", &chip), "quay person:\"Mara Velkov\"");
    // From the middle, the filter goes with the spaces after it.
    assert_eq!(
        toggle("quay  person:velkov   \"sea wall\"", &person("Velkov")),
        "quay  \"sea wall\""
    );
    assert_eq!(toggle("person:velkov quay", &person("Velkov")), "quay");
}

#[test]
fn toggling_the_other_sign_of_a_present_filter_replaces_it_where_it_stands() {
    let wire = source("Harbour Wire");
    let text = "quay source:\"harbour wire\" tide";
    let excluded = toggle(text, &wire.opposite());
    assert_eq!(excluded, "quay -source:\"Harbour Wire\" tide");
    assert_eq!(
        toggle(&excluded, &wire),
        "quay source:\"Harbour Wire\" tide"
    );
    assert_eq!(toggle(&excluded, &wire.opposite()), "quay tide");
}

#[test]
fn removing_takes_out_every_copy_and_the_or_that_joined_it() {
    let a = source("Alpha");
    assert_eq!(
        remove("source:alpha OR source:beta quay", &a),
        "source:beta quay"
    );
    assert_eq!(
        remove("quay source:beta OR source:alpha", &a),
        "quay source:beta"
    );
    assert_eq!(remove("source:alpha quay source:Alpha", &a), "quay");
    // Not there, or the other sign: the query is unchanged.
    assert_eq!(remove("quay -source:alpha", &a), "quay -source:alpha");
    // An OR between words is the words' own.
    assert_eq!(remove("quay OR tide source:alpha", &a), "quay OR tide");
}

#[test]
fn clearing_the_filters_leaves_the_words_as_written() {
    assert_eq!(
        without_filters(
            "quay  -source:wire person:\"Mara Velkov\" OR person:ilse \"sea wall\" folder:sport"
        ),
        "quay  \"sea wall\""
    );
    assert_eq!(without_filters("source:wire"), "");
    assert_eq!(without_filters("quay tide"), "quay tide");
    assert_eq!(without_filters(""), "");
}

#[test]
fn hostile_values_and_queries_give_a_query_that_has_the_filter_or_is_left_alone() {
    // A value without words is no filter: nothing to add.
    for empty in ["", "   ", "\"", "\"\"", "--", "::"] {
        let chip = person(empty);
        assert_eq!(toggle("quay", &chip), "quay", "{empty:?}");
        assert!(!has("person:\"\"", &chip));
    }
    let hostile = [
        source("a \"quoted\" name"),
        source("colon: inside"),
        person("-dash"),
        FilterChip::new(Field::Place, "Ærø 東京"),
        person("OR"),
        person(&"long ".repeat(500)),
    ];
    let queries = [
        "",
        "quay",
        "\"unclosed phrase",
        "person:\"unclosed value",
        "-",
        "OR",
        "quay OR",
        "a\"b",
        "tide -\"sea wall\" -",
    ];
    for chip in &hostile {
        for query in queries {
            let added = toggle(query, chip);
            assert!(has(&added, chip), "{query:?} + {chip} = {added:?}");
            let taken = toggle(&added, chip);
            assert!(!has(&taken, chip), "{added:?} - {chip} = {taken:?}");
            assert!(filters_in(&without_filters(&added)).is_empty(), "{added:?}");
        }
    }
}

fn collection(articles: &[(&str, &str)]) -> Corpus {
    let texts: Vec<(String, String)> = articles
        .iter()
        .map(|(id, body)| {
            (
                id.to_string(),
                format!("Report on the quay\n\n{body} Filler words follow.\n"),
            )
        })
        .collect();
    Corpus::from_texts(texts.iter().map(|(id, text)| (id.as_str(), text.as_str())))
}

fn ids(corpus: &Corpus, query: &str) -> Vec<String> {
    let mut ids: Vec<String> = corpus
        .search(query, SearchOptions::default())
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    ids.sort();
    ids
}

#[test]
fn the_folder_filter_and_facet_follow_the_folders_of_the_collection() {
    let c = collection(&[
        ("sport/a.txt", "The quay race."),
        ("politics/b.txt", "The quay vote."),
        ("politics/local/c.txt", "The quay council."),
        ("d.txt", "The quay at dawn."),
    ]);
    assert_eq!(ids(&c, "quay folder:sport"), ["sport/a.txt"]);
    // A folder's words are in its subfolders' names too.
    assert_eq!(
        ids(&c, "folder:politics"),
        ["politics/b.txt", "politics/local/c.txt"]
    );
    assert_eq!(
        ids(&c, "folder:\"politics/local\""),
        ["politics/local/c.txt"]
    );
    assert_eq!(ids(&c, "quay -folder:politics"), ["d.txt", "sport/a.txt"]);
    let facets = c.search("quay", SearchOptions::default()).facets;
    let folders: Vec<(&str, u32)> = facets
        .folders
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        folders,
        [("politics", 1), ("politics/local", 1), ("sport", 1)]
    );
    assert!(!c
        .search("quay -folder:sport", SearchOptions::default())
        .facets
        .folders
        .contains_key("sport"));
    let json = serde_json::to_value(&facets).unwrap();
    assert_eq!(json["folders"]["sport"], 1);
}

#[test]
fn a_search_counts_its_dated_matches() {
    let c = Corpus::from_texts([
        (
            "a",
            "Quay report\n\nLONDON, Feb 26, 2004 - The quay flooded.\n",
        ),
        ("b", "Quay notes\n\nThe quay dried.\n"),
    ]);
    let dated: Vec<bool> = c.articles().iter().map(|a| a.published.is_some()).collect();
    assert_eq!(dated, [true, false]);
    assert_eq!(c.search("quay", SearchOptions::default()).dated, 1);
    assert_eq!(c.search("dried", SearchOptions::default()).dated, 0);
}

#[test]
fn the_example_queries_name_the_commonest_person_and_source() {
    let texts: Vec<(String, String)> = [
        ("a", "Harbour Wire", "Mara Velkov spoke at the quay."),
        ("b", "Harbour Wire", "Mara Velkov spoke again."),
        ("c", "Tide Press", "Ilse Brandt spoke at the quay."),
    ]
    .iter()
    .map(|(id, source, body)| {
        (
            id.to_string(),
            format!("Report {id}\n\nLONDON ({source}) - {body} Filler words follow.\n"),
        )
    })
    .collect();
    let c = Corpus::from_texts(texts.iter().map(|(i, t)| (i.as_str(), t.as_str())));
    let (person, source) = c.example_queries();
    assert_eq!(person.as_deref(), Some("Mara Velkov"));
    assert_eq!(
        source.map(|s| s.to_string()).as_deref(),
        Some("source:\"Harbour Wire\"")
    );
    assert_eq!(Corpus::default().example_queries(), (None, None));
}
