//! The BBC corpus beside the repo (../shared/corpora/bbc), when it is there: every article
//! parses, nothing is dropped, and search finds known items.

use clippings_core::load::read_seeds;
use clippings_core::text::word_count;
use clippings_core::{parse, Corpus, SearchOptions};

mod evaluation;

#[test]
fn every_bbc_article_parses_with_nothing_dropped() {
    let Some(dir) = evaluation::bbc_corpus("every_bbc_article_parses_with_nothing_dropped") else {
        return;
    };
    let files = read_seeds(&dir).unwrap();
    assert_eq!(files.len(), 2225);
    // One file is not UTF-8: windows-1252, whose pound signs (byte A3) must stay pound signs.
    assert_eq!(
        files
            .iter()
            .filter_map(|f| f.encoding.map(|e| (f.id.as_str(), e, f.lossy)))
            .collect::<Vec<_>>(),
        [("sport/199", "windows-1252", false)]
    );
    let legacy = files.iter().find(|f| f.id == "sport/199").unwrap();
    let pound_bytes = std::fs::read(&legacy.path)
        .unwrap()
        .iter()
        .filter(|&&b| b == 0xA3)
        .count();
    assert!(pound_bytes > 0);
    assert_eq!(legacy.text.matches('\u{a3}').count(), pound_bytes);
    // The only text that leaves a BBC body is an author's closing line (`X is technology
    // correspondent for ...`, six of the technology articles): a one-sentence last paragraph
    // that starts with the name it credits as the byline.
    let mut authors_lines = 0;
    for file in &files {
        let a = parse(&file.id, &file.text);
        assert!(!a.headline.is_empty(), "{}", file.id);
        assert!(!a.paragraphs.is_empty(), "{}", file.id);
        assert!(
            a.boilerplate.is_empty() && a.captions.is_empty(),
            "{}: {:?}",
            file.id,
            a.boilerplate
        );
        let mut credited_words = 0;
        if let [credit] = a.credits.as_slice() {
            let last = file.text.trim_end().rsplit("\n\n").next().unwrap().trim();
            assert!(
                credit.role == "byline" && last.starts_with(&credit.name) && !last.contains('\n'),
                "{}: {:?}",
                file.id,
                a.credits
            );
            credited_words = word_count(last);
            authors_lines += 1;
        } else {
            assert!(a.credits.is_empty(), "{}: {:?}", file.id, a.credits);
        }
        let headline_words = word_count(&a.headline);
        assert_eq!(
            a.word_count as usize + headline_words + credited_words,
            word_count(&file.text),
            "{} lost words",
            file.id
        );
        assert!(
            a.paragraphs.iter().all(|p| !p.contains('\n')),
            "{}",
            file.id
        );
    }
    assert_eq!(authors_lines, 6);
}

#[test]
fn bbc_headlines_find_their_article_first() {
    let Some(dir) = evaluation::bbc_corpus("bbc_headlines_find_their_article_first") else {
        return;
    };
    let files = read_seeds(&dir).unwrap();
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let mut first = 0;
    let sample: Vec<_> = corpus.articles().iter().step_by(25).collect();
    for article in &sample {
        let result = corpus.search(&article.headline, SearchOptions::default());
        assert!(
            result.hits.iter().any(|h| h.id == article.id),
            "{} not found by its headline",
            article.id
        );
        if result.hits[0].id == article.id {
            first += 1;
        }
    }
    // Duplicate stories exist in the corpus, so a few known items come second.
    assert!(
        first * 10 >= sample.len() * 9,
        "{first} of {} first",
        sample.len()
    );
}
