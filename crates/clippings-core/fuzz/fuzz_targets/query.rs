//! Any string is a query: the query parser and the searcher never panic, answer within their
//! bounds, and name only paragraphs that exist. The collection is the two seed articles plus
//! a few made-up ones that give typos, phrases and filters something to find.
#![no_main]

use clippings_core::{Corpus, SearchOptions, Sort};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        Corpus::from_texts([
            ("reuters", include_str!("../../../../seeds/000_df0dd7ac4370f8c6.txt")),
            ("press-tv", include_str!("../../../../seeds/003_c854b23d348dd51a.txt")),
            ("dated", "Storm hits coast\n\nLONDON, Feb 26, 2004 (Reuters) - A storm hit the coast.\n\nThe government said elections would go ahead.\n"),
            ("typo", "Govrnment plans\n\nThe govrnment spoke. Élysée officials and O'Driscoll met in Zürich.\n"),
        ])
    })
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let corpus = corpus();
    for (limit, offset, sort) in [
        (20, 0, Sort::Relevance),
        (1, 1, Sort::Newest),
        (3, 0, Sort::Oldest),
    ] {
        let result = corpus.search(
            &query,
            SearchOptions {
                limit,
                offset,
                sort,
                ..SearchOptions::default()
            },
        );
        assert!(result.hits.len() <= limit);
        assert!(result.total as usize <= corpus.len());
        assert!(result.hits.len() <= (result.total as usize).saturating_sub(offset));
        for hit in &result.hits {
            let article = corpus
                .article(&hit.id)
                .expect("hits name articles of the corpus");
            assert!(hit
                .paragraphs
                .iter()
                .all(|&p| (p as usize) < article.paragraphs.len()));
            assert!(hit.score.is_finite());
        }
    }
    let parsed = corpus.query(&query);
    for article in corpus.articles() {
        for paragraph in &article.paragraphs {
            let shown: String = parsed
                .segments(paragraph)
                .iter()
                .map(|s| s.text.as_str())
                .collect();
            assert_eq!(&shown, paragraph, "segments cover the text exactly");
        }
    }
    let _ = corpus.related(&query, 5);
});
