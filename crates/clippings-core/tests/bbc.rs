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
        // A copy of the article may be the hit that stands for it (its story, once).
        let is_it = |h: &clippings_core::Hit| h.id == article.id || h.copies.contains(&article.id);
        assert!(
            result.hits.iter().any(is_it),
            "{} not found by its headline",
            article.id
        );
        if is_it(&result.hits[0]) {
            first += 1;
        }
    }
    // Stories with much the same headline exist in the corpus, so a few known items come second.
    assert!(
        first * 10 >= sample.len() * 9,
        "{first} of {} first",
        sample.len()
    );
}

#[test]
fn bbc_copies_of_a_story_are_found_and_each_story_is_one_result() {
    let Some(dir) =
        evaluation::bbc_corpus("bbc_copies_of_a_story_are_found_and_each_story_is_one_result")
    else {
        return;
    };
    let files = read_seeds(&dir).unwrap();
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    let groups = corpus.copy_groups();
    // 133 bodies are in the collection twice byte for byte; a few more differ only in spacing,
    // paragraph breaks or punctuation, and some are near copies (a typo corrected, a word changed).
    let exact = groups.iter().filter(|g| g.exact).count();
    assert!(exact >= 133, "{exact} exact groups");
    assert!(groups.len() >= 133, "{} groups", groups.len());
    let copies: usize = groups.iter().map(|g| g.ids.len() - 1).sum();
    let everything = corpus.search(
        "",
        SearchOptions {
            limit: 0,
            ..SearchOptions::default()
        },
    );
    assert_eq!(everything.total as usize, 2225 - copies);
    for group in &groups {
        let result = corpus.search(
            &format!("\"{}\"", corpus.article(group.ids[0]).unwrap().headline),
            SearchOptions::default(),
        );
        let shown: Vec<&str> = result
            .hits
            .iter()
            .flat_map(|h| std::iter::once(h.id.as_str()).chain(h.copies.iter().map(String::as_str)))
            .filter(|id| group.ids.contains(id))
            .collect();
        assert!(
            result
                .hits
                .iter()
                .filter(|h| group.ids.contains(&h.id.as_str()))
                .count()
                <= 1,
            "{:?} shown more than once",
            group.ids
        );
        assert!(shown.len() <= group.ids.len(), "{shown:?}");
        for id in &group.ids {
            assert!(
                corpus
                    .related(id, 20)
                    .iter()
                    .all(|h| !group.ids.contains(&h.id.as_str())),
                "{id} is related to its own copy"
            );
        }
    }
}
