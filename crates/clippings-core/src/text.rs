//! Words, sentences and terms: Unicode word and sentence segmentation, case and accent
//! folding, English stemming.
//!
//! Everything that turns text into index terms lives here, so that the index, the query and
//! the highlighter can never disagree about what a word is; and the one sentence splitter, so
//! that quotes, names and snippets agree about where a sentence ends.

use crate::pauses::{at_once, piece_ends, AtOnce, Pauses};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;
use std::ops::Range;
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
    // Text all ASCII (most of English news) takes the segmenter's ASCII path, which finds the
    // same bounds without looking each character up in the Unicode tables: a third of the time
    // of parsing a 5 MB article and adding it to BBC went there, a tenth since (a property test
    // holds the two paths equal). Other text takes the general path; a word is a bound with a
    // letter or digit in it either way.
    let (ascii, general) = if text.is_ascii() {
        (Some(text.unicode_word_indices()), None)
    } else {
        let general = text
            .split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric));
        (None, Some(general))
    };
    ascii
        .into_iter()
        .flatten()
        .chain(general.into_iter().flatten())
        .map(|(start, w)| Word {
            text: w,
            start,
            end: start + w.len(),
        })
}

/// Abbreviations after which a capital does not start a sentence (`data/abbreviations.txt`).
fn abbreviations() -> &'static HashSet<&'static str> {
    static ABBREVIATIONS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ABBREVIATIONS.get_or_init(|| {
        include_str!("../data/abbreviations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether a sentence that UAX #29 ends here goes on: it ends with a title or month
/// abbreviation ("Mr.", "Jan.") or an initial ("W."), which news puts before a capital.
fn ends_inside_a_sentence(sentence: &str) -> bool {
    let Some(before_dot) = sentence.trim_end().strip_suffix('.') else {
        return false;
    };
    let last = before_dot
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    initial || (!last.is_empty() && abbreviations().contains(fold(last).as_str()))
}

/// The sentences of `text` as byte ranges: Unicode sentence boundaries (UAX #29), kept
/// together across the abbreviations news writes before a name or a number. Each range
/// includes its closing punctuation, quotation marks and the spaces after them, so the
/// ranges cover the text end to end.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    at_once(sentences_pausing(text, &mut AtOnce))
}

/// [`sentences`], pausing every few thousand sentences (`pauses.rs`).
pub(crate) async fn sentences_pausing(text: &str, pauses: &mut impl Pauses) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joining = false;
    for (n, (start, sentence)) in text.split_sentence_bound_indices().enumerate() {
        if piece_ends(n) {
            pauses.pause().await;
        }
        let end = start + sentence.len();
        match out.last_mut() {
            Some(last) if joining => last.end = end,
            _ => out.push(start..end),
        }
        joining = ends_inside_a_sentence(sentence);
    }
    out
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

/// What follows the last inner apostrophe of a contraction or a possessive
/// (`data/contraction_endings.txt`).
fn contraction_endings() -> &'static HashSet<&'static str> {
    static ENDINGS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ENDINGS.get_or_init(|| {
        include_str!("../data/contraction_endings.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// A folded word without its possessive `'s` (`kerry's` -> `kerry`); other words as they are.
pub fn without_possessive(folded: &str) -> &str {
    folded
        .strip_suffix("'s")
        .filter(|base| !base.is_empty())
        .unwrap_or(folded)
}

/// The folded forms that a reader typing `folded` means exactly: the word and its possessive
/// (`kerry`, `kerry's`), whichever of the two was typed.
pub fn exact_forms(folded: &str) -> [String; 2] {
    let base = without_possessive(folded);
    [base.to_owned(), format!("{base}'s")]
}

/// The other forms under which the index files a folded word, and under which a search finds
/// it, besides the word itself.
///
/// Names written with an inner apostrophe (`o'sullivan`, `d'arcy`, `l'oreal`, `o'driscoll`,
/// `rock'n'roll`) are found by their whole form and by each part of two letters or more
/// (`sullivan`, `arcy`, `oreal`; `rock` and `roll`, not `n`): a reader searching for
/// `sullivan` means O'Sullivan too. Such a word is one whose folded form has an inner apostrophe
/// and whose last part is not the ending of a contraction or a possessive (`don't`, `it's`,
/// `we'll`: these are not split). A possessive on a name is removed first: `o'neill's` is
/// filed under `o'neill` and `neill`. Words of anything but letters are not split.
pub fn apostrophe_forms(folded: &str) -> Vec<&str> {
    let whole = without_possessive(folded);
    let Some((_, last)) = whole.rsplit_once('\'') else {
        return Vec::new();
    };
    if contraction_endings().contains(last) {
        return Vec::new();
    }
    let parts: Vec<&str> = whole.split('\'').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(char::is_alphabetic))
    {
        return Vec::new();
    }
    let mut forms = Vec::with_capacity(parts.len() + 1);
    if whole != folded {
        forms.push(whole);
    }
    for part in parts {
        if part.chars().count() >= 2 && !forms.contains(&part) {
            forms.push(part);
        }
    }
    forms
}

/// Dashes that join the parts of a compound word: the hyphen-minus and the two Unicode hyphens.
fn is_hyphen(between: &str) -> bool {
    matches!(between, "-" | "\u{2010}" | "\u{2011}")
}

/// Parts past this many are not a compound but a list or junk (`a-b-c-d-e-f-g`).
const MAX_COMPOUND_PARTS: usize = 5;

/// The hyphenated compounds of letters among `words` (the words of `text`, in order): each as
/// the range of its parts in `words` and its joined folded form (`e-mail` -> `email`,
/// `well-known` -> `wellknown`, `anti-radio` -> `antiradio`).
///
/// Unicode word segmentation (UAX #29) splits at hyphens, so each part is already a word;
/// the joined form lets a search find `e-mail` by `email` and `email` by `e-mail`. Parts with
/// digits (`2004-05`, `G-8`) do not join.
pub fn hyphen_compounds(text: &str, words: &[Word<'_>]) -> Vec<(Range<usize>, String)> {
    let letters = |w: &Word<'_>| w.text.chars().all(char::is_alphabetic);
    let mut out = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let mut end = start + 1;
        if letters(&words[start]) {
            while end < words.len()
                && is_hyphen(&text[words[end - 1].end..words[end].start])
                && letters(&words[end])
            {
                end += 1;
            }
        }
        if (2..=MAX_COMPOUND_PARTS).contains(&(end - start)) {
            let joined = words[start..end].iter().map(|w| fold(w.text)).collect();
            out.push((start..end, joined));
        }
        start = end;
    }
    out
}

/// A word of what a reader types: folded, and for a hyphenated compound its joined form with
/// its parts (`e-mail`: `email`, parts `e` and `mail`), so that a search can also find the
/// compound written apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedWord {
    pub folded: String,
    /// The compound's parts, folded; empty for a plain word.
    pub parts: Vec<String>,
}

/// The words of what a reader types, each hyphenated compound as its one joined word
/// (`e-mail address` -> `email`, `address`): the words a search looks for.
pub fn typed_words(text: &str) -> Vec<TypedWord> {
    let found: Vec<Word<'_>> = words(text).collect();
    let compounds = hyphen_compounds(text, &found);
    let mut compounds = compounds.into_iter().peekable();
    let mut out = Vec::with_capacity(found.len());
    let mut i = 0;
    while i < found.len() {
        match compounds.next_if(|(parts, _)| parts.start == i) {
            Some((parts, joined)) => {
                out.push(TypedWord {
                    folded: joined,
                    parts: found[parts.clone()].iter().map(|w| fold(w.text)).collect(),
                });
                i = parts.end;
            }
            None => {
                out.push(TypedWord {
                    folded: fold(found[i].text),
                    parts: Vec::new(),
                });
                i += 1;
            }
        }
    }
    out
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
    use proptest::prelude::*;

    /// The words as the general path finds them, for any text.
    fn words_by_the_unicode_tables(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn ascii_text_has_the_same_words_on_the_ascii_path_as_by_the_unicode_tables(
            // Every ASCII class UAX #29 tells apart: letters, digits, the marks inside words and
            // numbers (`'` `.` `:` `,` `;`), `_`, newlines and other spaces, other punctuation.
            pieces in prop::collection::vec(
                prop::sample::select(vec![
                    "a", "Z", "x", "7", "0", "'", ".", ":", ",", ";", "_", "-", " ", "\n", "\r",
                    "\t", "\"", "(", "/", "&", "@", "#", "$", "%", "+", "\u{0}", "\u{7f}",
                    "e.g", "U.S.", "3.5", "1,000", "can't", "e-mail", "a_b", "10:30",
                ]),
                0..40,
            ),
            anything in "[\\x00-\\x7f]{0,60}",
        ) {
            for text in [pieces.concat(), anything] {
                let found: Vec<(usize, &str)> = words(&text).map(|w| (w.start, w.text)).collect();
                prop_assert_eq!(found, words_by_the_unicode_tables(&text), "{:?}", text);
            }
        }
    }

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
    fn sentences_end_at_stops_but_not_after_titles_initials_or_months() {
        let text = "Mr. Smith met George W. Bush on Jan. 5 in the U.S. capital. \"We agree,\" he \
                    said. Then they left! Did they? Yes.";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "Mr. Smith met George W. Bush on Jan. 5 in the U.S. capital. ",
                "\"We agree,\" he said. ",
                "Then they left! ",
                "Did they? ",
                "Yes."
            ]
        );
    }

    #[test]
    fn sentences_cover_the_text_end_to_end() {
        for text in [
            "",
            "no stop at all",
            "One. Two.  Three",
            "Ends with Mr.",
            "\u{2026}. .",
        ] {
            let ranges = sentences(text);
            assert_eq!(ranges.first().map_or(0, |r| r.start), 0, "{text:?}");
            assert_eq!(ranges.last().map_or(0, |r| r.end), text.len(), "{text:?}");
            assert!(
                ranges.windows(2).all(|w| w[0].end == w[1].start),
                "{text:?}"
            );
        }
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

    #[test]
    fn names_with_an_apostrophe_are_also_their_whole_form_and_their_parts() {
        assert_eq!(apostrophe_forms("o'sullivan"), ["sullivan"]);
        assert_eq!(apostrophe_forms(&fold("L\u{2019}Or\u{e9}al")), ["oreal"]);
        assert_eq!(apostrophe_forms("o'neill's"), ["o'neill", "neill"]);
        assert_eq!(apostrophe_forms("rock'n'roll"), ["rock", "roll"]);
        for contraction in [
            "don't", "it's", "we'll", "they're", "i've", "she'd", "i'm", "kerry's",
        ] {
            assert!(apostrophe_forms(contraction).is_empty(), "{contraction}");
        }
        assert!(apostrophe_forms("b'52").is_empty());
        assert!(apostrophe_forms("sullivan").is_empty());
    }

    #[test]
    fn possessives_are_the_exact_word() {
        assert_eq!(exact_forms("kerry"), ["kerry", "kerry's"]);
        assert_eq!(exact_forms("kerry's"), ["kerry", "kerry's"]);
        assert_eq!(without_possessive("'s"), "'s");
    }

    #[test]
    fn hyphenated_compounds_of_letters_are_joined_but_numbers_are_not() {
        let text = "An e-mail on well\u{2010}known anti-radio rules, 2004-05, G-8 and a - b.";
        let found: Vec<Word<'_>> = words(text).collect();
        let compounds: Vec<String> = hyphen_compounds(text, &found)
            .into_iter()
            .map(|(parts, joined)| {
                let written: Vec<&str> = found[parts].iter().map(|w| w.text).collect();
                format!("{}={joined}", written.join("+"))
            })
            .collect();
        assert_eq!(
            compounds,
            [
                "e+mail=email",
                "well+known=wellknown",
                "anti+radio=antiradio"
            ]
        );
        assert_eq!(
            typed_words("E-mail the well-known 2004-05")
                .into_iter()
                .map(|w| w.folded)
                .collect::<Vec<_>>(),
            ["email", "the", "wellknown", "2004", "05"]
        );
        assert_eq!(typed_words("well-known")[0].parts, ["well", "known"]);
        assert!(
            hyphen_compounds("a-b-c-d-e-f", &words("a-b-c-d-e-f").collect::<Vec<_>>()).is_empty()
        );
    }
}
