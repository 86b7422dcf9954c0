//! One story, one result: copies of an article (the same body, or almost) are found when the
//! collection is built, and collapse into one hit in results, facets and related articles.

use clippings_core::{Copies, Corpus, SearchOptions};

/// A story long enough that one changed word leaves most of its five-word shingles.
const STORY: &str = "Harbour workers in Aberdeen voted on Tuesday to accept a new pay offer after \
    weeks of talks with the port authority. The union said the deal would raise wages by four \
    per cent this year and protect jobs on the night shift. Managers said ships had been \
    waiting offshore for days and that the vote would let the quays reopen before the winter \
    storms. Fishing crews welcomed the news.";

fn near_copy() -> String {
    STORY.replace("four per cent", "five per cent")
}

/// The story under two ids and headlines, a near copy with one word changed, and another
/// story that shares some of its words but not its text.
fn collection() -> Corpus {
    let near = near_copy();
    Corpus::from_texts([
        (
            "wire/first",
            format!("Dockers back pay deal\n\n{STORY}\n").as_str(),
        ),
        (
            "wire/second",
            format!("Aberdeen port strike ends\n\n{STORY}\n").as_str(),
        ),
        (
            "web/near",
            format!("Pay deal for dockers\n\n{near}\n").as_str(),
        ),
        (
            "web/other",
            "Ferry timetable changes\n\nFerry crews in Perth said the winter timetable would \
             start next week, with fewer sailings on the night shift and new pay for weekend \
             work.\n",
        ),
    ])
}

fn ids(hits: &[clippings_core::Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn identical_and_near_copies_are_one_group_and_another_story_is_not_in_it() {
    let corpus = collection();
    assert_eq!(
        corpus.copy_groups(),
        [Copies {
            ids: vec!["wire/first", "wire/second", "web/near"],
            exact: false,
        }]
    );
    assert_eq!(corpus.copies_of("wire/second"), ["wire/first", "web/near"]);
    assert!(corpus.copies_of("web/other").is_empty());
    assert!(corpus.copies_of("no such id").is_empty());
}

#[test]
fn bodies_the_same_word_for_word_are_an_exact_group() {
    let corpus = Corpus::from_texts([
        ("a", format!("One headline\n\n{STORY}\n").as_str()),
        // Spacing, paragraph breaks and case are not the text.
        (
            "b",
            format!("Another headline\n\n{}\n", STORY.replace(". ", ".\n\n")).as_str(),
        ),
    ]);
    assert_eq!(
        corpus.copy_groups(),
        [Copies {
            ids: vec!["a", "b"],
            exact: true,
        }]
    );
}

#[test]
fn copies_collapse_into_one_hit_that_names_the_others_and_are_counted_once() {
    let corpus = collection();
    let result = corpus.search("night shift", SearchOptions::default());
    assert_eq!(result.total, 2, "{:?}", ids(&result.hits));
    assert_eq!(result.hits.len(), 2);
    let story = result
        .hits
        .iter()
        .find(|h| h.id != "web/other")
        .expect("the story is a hit");
    let mut all: Vec<&str> = story.copies.iter().map(String::as_str).collect();
    all.push(&story.id);
    all.sort_unstable();
    assert_eq!(all, ["web/near", "wire/first", "wire/second"]);
    let other = result.hits.iter().find(|h| h.id == "web/other").unwrap();
    assert!(other.copies.is_empty());
    // Aberdeen is named by the story only, once however many copies it has.
    assert_eq!(result.facets.places.get("Aberdeen"), Some(&1));
    assert_eq!(
        result.facets.folders.get("wire").copied().unwrap_or(0)
            + result.facets.folders.get("web").copied().unwrap_or(0),
        2
    );
}

#[test]
fn the_best_scoring_copy_is_the_hit() {
    let corpus = collection();
    // Every copy has both words; only the second has them in its headline too.
    let result = corpus.search("aberdeen port", SearchOptions::default());
    assert_eq!(ids(&result.hits), ["wire/second"]);
    assert_eq!(result.hits[0].copies, ["wire/first", "web/near"]);
    assert_eq!(result.total, 1);
}

#[test]
fn a_page_past_the_first_counts_stories_not_copies() {
    let corpus = collection();
    let everything = corpus.search("", SearchOptions::default());
    assert_eq!(everything.total, 2);
    let second_page = corpus.search(
        "",
        SearchOptions {
            offset: 1,
            limit: 5,
            ..SearchOptions::default()
        },
    );
    assert_eq!(second_page.hits.len(), 1);
    assert_eq!(second_page.hits[0].id, everything.hits[1].id);
}

#[test]
fn related_articles_never_list_a_copy_of_the_open_one_and_collapse_copies_among_them() {
    let corpus = collection();
    for id in ["wire/first", "wire/second", "web/near"] {
        let related = corpus.related(id, 5);
        assert_eq!(ids(&related), ["web/other"], "related to {id}");
    }
    let related = corpus.related("web/other", 5);
    assert_eq!(related.len(), 1, "{:?}", ids(&related));
    assert_eq!(related[0].copies.len(), 2);
    assert!(!related[0].copies.contains(&related[0].id));
}

#[test]
fn hundreds_of_copies_and_near_copies_of_one_story_are_one_hit() {
    // Every other one differs by a word: near copies of near copies, all one story.
    let texts: Vec<(String, String)> = (0..400)
        .map(|i| {
            let body = if i % 2 == 0 {
                STORY.to_owned()
            } else {
                STORY.replace("winter", &format!("winter{i}"))
            };
            (format!("feed/{i:03}"), format!("Dockers {i}\n\n{body}\n"))
        })
        .collect();
    let corpus = Corpus::from_texts(texts.iter().map(|(id, text)| (id.as_str(), text.as_str())));
    assert_eq!(corpus.copy_groups().len(), 1);
    let result = corpus.search("harbour", SearchOptions::default());
    assert_eq!(result.total, 1);
    assert_eq!(result.hits[0].copies.len(), 399);
    assert_eq!(result.facets.places.get("Aberdeen"), Some(&1));
}
