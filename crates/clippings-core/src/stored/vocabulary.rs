//! Sorted tables of strings (the vocabulary's words and terms, the names) front-coded, and each
//! word's term as the step from the term of the word before: the layout of the whole
//! collection's vocabulary, a part's and a directory's.
//!
//! Sorted words share long beginnings (`govern`, `governed`, `government`, `governments`), so
//! each is written as how many bytes it shares with the one before and the bytes that follow.
//! A word's term is mostly its own stem, which sorts near the stem of the word before, so the
//! steps are small numbers. On BBC this takes the vocabulary from 265 KB gzipped (words and
//! terms written out, the term ids as they are) to 154 KB, and the names from 99 to 94 KB with
//! the tables stored beside them (docs/footprint.md). A finite-state transducer (the `fst`
//! crate) of the same words and term ids was measured too, and not taken: 145 KB gzipped for
//! the words and term ids, against 93 KB front-coded, and 88 KB for the terms against 61 KB.
//! gzip already finds the shared beginnings of a sorted list; the transducer's packed
//! transitions leave it little to find. (An `fst` would pay off searched in place, which the
//! page does not do: it reads the tables into its index.)

use super::{varint, FormatError};
use crate::index::{Strings, TermId};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Distinct strings in ascending byte order, front-coded: for each, a [`varint`] of the bytes
/// it shares with the string before, a varint of how many bytes follow, and those bytes.
/// Read, the bytes are borrowed from the layout, not copied out of it one byte at a call as
/// serde reads a `Vec<u8>` (the same bytes either way).
#[derive(Serialize, Deserialize)]
pub(crate) struct SortedStrings<'a>(#[serde(borrow)] Cow<'a, [u8]>);

impl SortedStrings<'static> {
    /// `sorted` must ascend strictly, as the index's tables do: reading refuses anything else.
    pub fn of<'a>(sorted: impl IntoIterator<Item = &'a str>) -> SortedStrings<'static> {
        let mut out = Vec::new();
        let mut before = "";
        for string in sorted {
            debug_assert!(before < string || out.is_empty(), "not sorted: {string:?}");
            let shared = shared_prefix(before, string);
            let rest = &string.as_bytes()[shared..];
            varint::write(&mut out, shared as u32);
            varint::write(&mut out, rest.len() as u32);
            out.extend_from_slice(rest);
            before = string;
        }
        SortedStrings(Cow::Owned(out))
    }
}

impl SortedStrings<'_> {
    /// The strings, or `None` when the bytes end early, a string is not UTF-8, or the strings
    /// do not ascend strictly (the index finds words by binary search, so order is meaning).
    pub fn read(&self) -> Option<Strings> {
        let mut strings = Strings::with_capacity(self.count()?);
        let mut string = Vec::new();
        let mut rest = &*self.0;
        while !rest.is_empty() {
            let (shared, after) = varint::read(rest)?;
            let (len, after) = varint::read(after)?;
            let (bytes, after) = after.split_at_checked(len as usize)?;
            // The string before, cut to what this one shares with it, then its own bytes.
            if shared as usize > string.len() {
                return None;
            }
            string.truncate(shared as usize);
            string.extend_from_slice(bytes);
            let text = std::str::from_utf8(&string).ok()?;
            if strings.last().is_some_and(|before| before >= text) {
                return None;
            }
            strings.push(text);
            rest = after;
        }
        Some(strings)
    }

    /// How many strings there are and how many bytes they take written out, read ahead so that
    /// [`SortedStrings::read`] makes its table at its size: grown by doubling, it took up to
    /// twice that, and the page's memory never gives back what it once reached.
    fn count(&self) -> Option<(usize, usize)> {
        let (mut strings, mut bytes) = (0usize, 0usize);
        let mut rest = &*self.0;
        while !rest.is_empty() {
            let (shared, after) = varint::read(rest)?;
            let (len, after) = varint::read(after)?;
            rest = after.get(len as usize..)?;
            strings += 1;
            bytes = bytes.checked_add(shared as usize + len as usize)?;
        }
        Some((strings, bytes))
    }
}

/// How many bytes `a` and `b` share at their start.
fn shared_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// An index's terms and its words with the term of each; read, borrowed from the layout.
#[derive(Serialize, Deserialize)]
pub(crate) struct StoredVocabulary<'a> {
    #[serde(borrow)]
    terms: SortedStrings<'a>,
    #[serde(borrow)]
    words: SortedStrings<'a>,
    /// Each word's term id as the step from the term id of the word before (from 0 for the
    /// first), wrapping, zigzagged and written as a [`varint`].
    #[serde(borrow)]
    term_steps: Cow<'a, [u8]>,
}

impl StoredVocabulary<'static> {
    pub fn of(
        terms: &Strings,
        words: &Strings,
        word_terms: &[TermId],
    ) -> StoredVocabulary<'static> {
        let mut term_steps = Vec::new();
        let mut before: TermId = 0;
        for &term in word_terms {
            varint::write(&mut term_steps, zigzag(term.wrapping_sub(before) as i32));
            before = term;
        }
        StoredVocabulary {
            terms: SortedStrings::of(terms.iter()),
            words: SortedStrings::of(words.iter()),
            term_steps: Cow::Owned(term_steps),
        }
    }
}

impl StoredVocabulary<'_> {
    /// The terms, and the words with their terms, every term id checked; `part` names what is
    /// damaged otherwise.
    pub fn read(&self, part: &'static str) -> Result<ReadVocabulary, FormatError> {
        let damaged = FormatError::Damaged(part);
        let terms = self.terms.read().ok_or(damaged.clone())?;
        let words = self.words.read().ok_or(damaged.clone())?;
        let mut word_terms = Vec::with_capacity(words.len());
        let mut rest = &*self.term_steps;
        let mut term: TermId = 0;
        for _ in 0..words.len() {
            let (step, after) = varint::read(rest).ok_or(damaged.clone())?;
            term = term.wrapping_add(unzigzag(step) as u32);
            if term as usize >= terms.len() {
                return Err(damaged);
            }
            word_terms.push(term);
            rest = after;
        }
        if !rest.is_empty() {
            return Err(damaged);
        }
        Ok(ReadVocabulary {
            terms,
            words,
            word_terms,
        })
    }
}

/// A vocabulary read back: the terms, sorted, and the words, sorted, with each word's term.
#[derive(Debug, PartialEq)]
pub(crate) struct ReadVocabulary {
    pub terms: Strings,
    pub words: Strings,
    pub word_terms: Vec<TermId>,
}

/// A signed step as an unsigned number that is small when the step is near zero either way.
fn zigzag(step: i32) -> u32 {
    ((step << 1) ^ (step >> 31)) as u32
}

fn unzigzag(value: u32) -> i32 {
    ((value >> 1) as i32) ^ -((value & 1) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_sorted_distinct_strings_read_back_as_written(
            strings in proptest::collection::btree_set("\\PC{0,12}", 0..40)
        ) {
            let strings: Vec<String> = strings.into_iter().collect();
            let stored = SortedStrings::of(strings.iter().map(String::as_str));
            prop_assert_eq!(stored.read().map(|read| owned(&read)), Some(strings));
        }

        #[test]
        fn any_vocabulary_reads_back_with_the_same_term_of_every_word(
            words in proptest::collection::btree_map("[a-zé]{1,8}", 0u32..30, 0..40)
        ) {
            let terms: Strings = (0..30).map(|t| format!("term{t:02}")).collect::<Vec<_>>().iter().map(String::as_str).collect();
            let words: Vec<(String, TermId)> = words.into_iter().collect();
            let word_terms: Vec<TermId> = words.iter().map(|&(_, term)| term).collect();
            let words: Strings = words.iter().map(|(word, _)| word.as_str()).collect();
            let stored = StoredVocabulary::of(&terms, &words, &word_terms);
            prop_assert_eq!(stored.read("the vocabulary"), Ok(ReadVocabulary { terms, words, word_terms }));
        }

        #[test]
        fn every_step_between_term_ids_survives_the_zigzag(a in any::<u32>(), b in any::<u32>()) {
            prop_assert_eq!(a.wrapping_add(unzigzag(zigzag(b.wrapping_sub(a) as i32)) as u32), b);
        }
    }

    fn owned(strings: &Strings) -> Vec<String> {
        strings.iter().map(str::to_owned).collect()
    }

    #[test]
    fn a_table_read_takes_no_more_room_than_its_strings_need() {
        let words: Vec<String> = (0..1000).map(|n| format!("word{n:04}")).collect();
        let read = SortedStrings::of(words.iter().map(String::as_str))
            .read()
            .unwrap();
        assert_eq!(owned(&read), words);
        assert!(read.is_tight());
    }

    #[test]
    fn a_vocabulary_read_from_bytes_borrows_them_and_they_are_the_bytes_a_vec_wrote() {
        let terms: Strings = ["govern", "year"].into_iter().collect();
        let words: Strings = ["government", "governs", "years"].into_iter().collect();
        let stored = StoredVocabulary::of(&terms, &words, &[0, 0, 1]);
        let bytes = postcard::to_allocvec(&stored).unwrap();
        let read: StoredVocabulary = postcard::from_bytes(&bytes).unwrap();
        assert!(matches!(read.terms.0, Cow::Borrowed(_)));
        assert!(matches!(read.words.0, Cow::Borrowed(_)));
        assert!(matches!(read.term_steps, Cow::Borrowed(_)));
        assert_eq!(read.read("v"), stored.read("v"));
        // The layout is the one the tables wrote as `Vec<u8>`s: no new version is needed.
        #[derive(Serialize)]
        struct AsVecs {
            terms: Vec<u8>,
            words: Vec<u8>,
            term_steps: Vec<u8>,
        }
        let as_vecs = AsVecs {
            terms: stored.terms.0.to_vec(),
            words: stored.words.0.to_vec(),
            term_steps: stored.term_steps.to_vec(),
        };
        assert_eq!(bytes, postcard::to_allocvec(&as_vecs).unwrap());
    }

    #[test]
    fn words_sharing_their_beginning_write_only_what_follows_it() {
        let stored = SortedStrings::of(["govern", "governed", "government"]);
        // 2 + 6, then 2 + 2 ("ed"), then 2 + 4 ("ment"): the shared "govern" written once.
        assert_eq!(stored.0.len(), 8 + 4 + 6);
    }

    /// Front-coded bytes written by hand: each entry is (bytes shared, bytes that follow).
    fn front_coded(entries: &[(u32, &str)]) -> SortedStrings<'static> {
        let mut out = Vec::new();
        for &(shared, rest) in entries {
            varint::write(&mut out, shared);
            varint::write(&mut out, rest.len() as u32);
            out.extend_from_slice(rest.as_bytes());
        }
        SortedStrings(Cow::Owned(out))
    }

    #[test]
    fn strings_out_of_order_or_repeated_are_refused_as_damaged() {
        assert_eq!(
            front_coded(&[(0, "a"), (0, "b")])
                .read()
                .map(|read| owned(&read)),
            Some(vec!["a".to_owned(), "b".to_owned()])
        );
        assert_eq!(front_coded(&[(0, "b"), (0, "a")]).read(), None);
        assert_eq!(front_coded(&[(0, "a"), (0, "a")]).read(), None);
    }

    #[test]
    fn a_shared_beginning_longer_than_the_string_before_or_splitting_a_letter_is_refused() {
        // "é" is two bytes; the next string claims to share one of them.
        assert_eq!(front_coded(&[(0, "é"), (1, "z")]).read(), None);
        assert_eq!(front_coded(&[(3, "a")]).read(), None);
    }

    #[test]
    fn a_term_id_past_the_terms_is_refused_naming_the_part() {
        let stored = StoredVocabulary {
            terms: SortedStrings::of(["a"]),
            words: SortedStrings::of(["a"]),
            term_steps: Cow::Owned(vec![2]), // +1: term 1 of 1
        };
        assert_eq!(
            stored.read("the directory's vocabulary"),
            Err(FormatError::Damaged("the directory's vocabulary"))
        );
    }
}
