//! Keywords in context: each occurrence of the query's words in the matching articles'
//! paragraphs, with the text on either side, as a concordance lines them up.

use super::{marked_words, paragraph_words};
use crate::search::{matching_docs, Query};
use crate::Corpus;
use serde::{Deserialize, Serialize};

/// Characters of context on each side of a word, about half a line of a concordance.
pub const CONTEXT_CHARS: usize = 60;
/// Lines at most, whatever the caller asks: a common word has tens of thousands of
/// occurrences, more than anyone reads or a page should draw.
pub const MAX_KWIC_LINES: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KwicLine {
    /// The article's id and headline.
    pub article: String,
    pub headline: String,
    /// Index of the paragraph in the article's `paragraphs`.
    pub paragraph: u32,
    /// Up to [`CONTEXT_CHARS`] characters before the word, starting at a word where the
    /// paragraph is longer; the word as written; the characters after it, likewise.
    pub left: String,
    pub term: String,
    pub right: String,
}

/// Lines for the query's words in the matching articles, in collection and text order, at
/// most `limit` (and [`MAX_KWIC_LINES`]). An empty query has no words: no lines.
pub fn kwic(corpus: &Corpus, query: &Query, limit: usize) -> Vec<KwicLine> {
    let (articles, index) = (&corpus.articles, &corpus.index);
    let limit = limit.min(MAX_KWIC_LINES);
    let marked = marked_words(index, query);
    if limit == 0 || !marked.contains(&true) {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for doc in matching_docs(index, query) {
        let article = &articles[doc as usize];
        let stream = index.stream(doc);
        let paragraphs = paragraph_words(&stream, article).zip(&article.paragraphs);
        for (p, (words, text)) in paragraphs.enumerate() {
            // The stream says which paragraphs hold a marked word; only those are cut into words.
            if !words.iter().any(|&w| marked[w as usize]) {
                continue;
            }
            for hit in query.marks(text) {
                if lines.len() == limit {
                    return lines;
                }
                lines.push(KwicLine {
                    article: article.id.clone(),
                    headline: article.headline.to_string(),
                    paragraph: p as u32,
                    left: left_context(&text[..hit.start]).to_owned(),
                    term: text[hit.clone()].to_owned(),
                    right: right_context(&text[hit.end..]).to_owned(),
                });
            }
        }
    }
    lines
}

/// The end of `before`: its last [`CONTEXT_CHARS`] characters, from the start of a word when
/// that cuts one (without the spaces where it was cut).
pub(crate) fn left_context(before: &str) -> &str {
    let Some((cut, _)) = before.char_indices().rev().nth(CONTEXT_CHARS - 1) else {
        return before;
    };
    if cut == 0 {
        return before;
    }
    let kept = &before[cut..];
    let cuts_a_word = before[..cut]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && kept.chars().next().is_some_and(char::is_alphanumeric);
    match kept.find(char::is_whitespace) {
        Some(space) if cuts_a_word => kept[space..].trim_start(),
        _ => kept.trim_start(),
    }
}

/// The start of `after`: its first [`CONTEXT_CHARS`] characters, up to the end of a word when
/// that cuts one (without the spaces where it was cut).
pub(crate) fn right_context(after: &str) -> &str {
    let Some((cut, _)) = after.char_indices().nth(CONTEXT_CHARS) else {
        return after;
    };
    let kept = &after[..cut];
    let cuts_a_word = kept.chars().next_back().is_some_and(char::is_alphanumeric)
        && after[cut..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
    match kept.rfind(char::is_whitespace) {
        Some(space) if cuts_a_word => kept[..space].trim_end(),
        _ => kept.trim_end(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_a_word_and_a_character_boundary() {
        let before = format!("{} tail", "wörd ".repeat(20));
        let left = left_context(&before);
        assert!(left.chars().count() <= CONTEXT_CHARS);
        assert!(left.starts_with("wörd "), "{left:?}");
        assert!(left.ends_with(" tail"));
        let right = right_context(&before);
        assert!(right.chars().count() <= CONTEXT_CHARS);
        assert!(right.ends_with("wörd"), "{right:?}");
        assert_eq!(left_context("short"), "short");
        assert_eq!(right_context(""), "");
    }
}
