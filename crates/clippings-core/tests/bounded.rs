//! Bounded work on hostile collections (issue 5): every case gives a sensible result, without a
//! panic. Times are measured in benches/, not asserted here.

use clippings_core::import::{import, Refusal};
use clippings_core::{parse, Corpus, SearchOptions};

fn one_line_article(bytes: usize) -> String {
    let sentence =
        "Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ";
    sentence.repeat(bytes / sentence.len() + 1)[..bytes].to_string()
}

#[test]
fn a_five_megabyte_article_on_one_line_is_searchable_with_a_short_headline() {
    let text = one_line_article(5 * 1024 * 1024);
    let started = std::time::Instant::now();
    let corpus = Corpus::from_texts([("huge", text.as_str())]);
    eprintln!(
        "5 MB one-line article parsed and indexed in {:?}",
        started.elapsed()
    );
    let article = corpus.article("huge").unwrap();
    assert!(
        article.headline.chars().count() <= 200,
        "headline of {} chars",
        article.headline.len()
    );
    assert!(article.word_count > 900_000);
    let result = corpus.search("geneva budget", SearchOptions::default());
    assert_eq!(result.total, 1);
    let snippet: String = result.hits[0]
        .snippet
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert!(snippet.len() < 1_000, "snippet of {} bytes", snippet.len());
}

#[test]
fn binary_junk_and_empty_files_give_articles_without_panicking() {
    let junk: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let junk_text = String::from_utf8_lossy(&junk).into_owned();
    let corpus = Corpus::from_texts([
        ("junk", junk_text.as_str()),
        ("empty", ""),
        ("blank", "\n\n  \n"),
    ]);
    assert_eq!(corpus.len(), 3);
    assert_eq!(
        corpus.article("empty").unwrap().paragraphs,
        Vec::<String>::new()
    );
    let _ = corpus.search("\u{FFFD}", SearchOptions::default());
    let _ = corpus.search("", SearchOptions::default());
    // In the page, such files are refused with a reason instead.
    let (_, outcome) = import(
        &corpus,
        vec![("junk.bin".into(), junk), ("empty.txt".into(), Vec::new())],
    );
    assert_eq!(
        outcome.refused,
        [
            ("junk.bin".to_string(), Refusal::NotText),
            ("empty.txt".to_string(), Refusal::Empty)
        ]
    );
}

#[test]
fn ten_thousand_tiny_files_make_a_searchable_collection() {
    let texts: Vec<(String, String)> = (0..10_000)
        .map(|i| {
            (
                format!("tiny/{i:05}"),
                format!("Note {i}\n\nWord{i} and geneva.\n"),
            )
        })
        .collect();
    let started = std::time::Instant::now();
    let corpus = Corpus::from_texts(texts.iter().map(|(id, text)| (id.as_str(), text.as_str())));
    eprintln!(
        "10,000 tiny files parsed and indexed in {:?}",
        started.elapsed()
    );
    assert_eq!(corpus.len(), 10_000);
    assert_eq!(
        corpus.search("geneva", SearchOptions::default()).total,
        10_000
    );
    assert_eq!(corpus.search("word1234", SearchOptions::default()).total, 1);
}

#[test]
fn a_parsed_article_of_one_huge_word_stays_whole() {
    let word = "x".repeat(1_000_000);
    let article = parse("w", &word);
    assert!(article.headline.chars().count() <= 200);
    // The body keeps the word whole: not cut, not dropped, not split into pieces.
    assert_eq!(article.paragraphs, std::slice::from_ref(&word));
    assert_eq!(article.word_count, 1);
    let corpus = Corpus::from_texts([("w", word.as_str())]);
    assert_eq!(corpus.search(&word, SearchOptions::default()).total, 1);
}

#[test]
fn a_megabyte_paragraph_full_of_names_parses_in_one_pass() {
    // Every sentence opens with a capitalised word that might be a name. Reading all the text
    // before each one for a speech verb made this quadratic: it never finished; it now parses
    // like any other text.
    let paragraph = "Geneva met Kerry. ".repeat(1024 * 1024 / 18);
    let article = parse("names", &format!("Names\n\n{paragraph}\n"));
    assert_eq!(article.paragraphs.len(), 1);
    assert!(article.entities.places.iter().any(|p| &*p.name == "Geneva"));
}
