//! Words and terms: Unicode word segmentation, case and accent folding, English stemming.
//!
//! Everything that turns text into index terms lives here, so that the index, the query and
//! the highlighter can never disagree about what a word is.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

/// A word of the text, with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The words of `text` by UAX #29, skipping spaces and punctuation.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, w)| Word {
            text: w,
            start,
            end: start + w.len(),
        })
}

pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Lower case, accents removed, typographic apostrophes made plain; dots inside
/// abbreviations dropped so that `U.S` and `US` meet.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // Most words of English news: no accents to strip, no decomposition needed.
        let keep_dots = word.bytes().any(|b| b.is_ascii_digit());
        return word
            .bytes()
            .filter(|&b| keep_dots || b != b'.')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    let mut folded = String::with_capacity(word.len());
    for c in word.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => folded.push('\''),
            '.' if !word.chars().any(|c| c.is_ascii_digit()) => {}
            c => folded.extend(c.to_lowercase()),
        }
    }
    folded
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Words longer than this are not stemmed: they are junk (base64, hashes) more often than words.
const MAX_STEMMED_LEN: usize = 40;

/// The index term of an already folded word.
pub fn stem_folded(folded: &str) -> String {
    if folded.len() > MAX_STEMMED_LEN || folded.chars().any(|c| c.is_numeric()) {
        return folded.to_owned();
    }
    let stemmed = stemmer().stem(folded);
    // Snowball leaves a bare possessive apostrophe on some words ("states'").
    stemmed.trim_end_matches('\'').to_owned()
}

/// The index term of a word as written.
pub fn term(word: &str) -> String {
    stem_folded(&fold(word))
}

/// The largest character boundary of `text` at or before byte `at` (or its length), for cutting
/// text at a byte budget. (`str::floor_char_boundary` does this from Rust 1.91; the project's
/// minimum is 1.88.)
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_skip_punctuation_and_keep_spans() {
        let text = "Kerry said: \"NATO's territory\" — inviolable.";
        let found: Vec<_> = words(text)
            .map(|w| (w.text, &text[w.start..w.end]))
            .collect();
        assert_eq!(
            found.iter().map(|w| w.0).collect::<Vec<_>>(),
            ["Kerry", "said", "NATO's", "territory", "inviolable"]
        );
        assert!(found.iter().all(|(a, b)| a == b));
    }

    #[test]
    fn folding_removes_case_accents_and_abbreviation_dots() {
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("U.S"), "us");
        assert_eq!(fold("country\u{2019}s"), "country's");
        assert_eq!(fold("1.13bn"), "1.13bn");
    }

    #[test]
    fn terms_are_stemmed_and_possessives_dropped() {
        assert_eq!(term("Russia's"), term("Russia"));
        assert_eq!(term("country\u{2019}s"), term("country"));
        assert_eq!(term("defending"), term("defend"));
        assert_eq!(term("Minsk"), "minsk");
        assert_eq!(term("2016"), "2016");
    }
}
