//! Every article's words in order, as the index holds them: the largest table the page holds
//! (BBC: 876,000 words), so held in the fewest bytes a word that its vocabulary allows.

use super::{headline_words, WordId, BREAK};
use std::borrow::Cow;
use std::ops::Range;

/// Every article's words as [`WordId`]s, one after the other. Narrow (two bytes a word) while
/// the vocabulary has fewer words than a `u16` numbers beside the break: BBC's 32,000, and a
/// collection of news of up to about 11,000 articles by the vocabulary's growth measured in
/// docs/scaling.md; wide (four bytes) past that. Narrow, BBC's streams take 1.75 MB instead of
/// 3.5 MB. The width follows from the vocabulary's size alone, so one collection is held the
/// same way however its index was made (built, extended, joined or read).
#[derive(Clone, Debug)]
pub(crate) enum Streams {
    Narrow(Vec<u16>),
    Wide(Vec<WordId>),
}

/// [`BREAK`] in a narrow stream.
const NARROW_BREAK: u16 = u16::MAX;

impl Streams {
    /// Empty streams with room for `words` words of a vocabulary of `vocabulary` words.
    pub(crate) fn with_capacity(words: usize, vocabulary: usize) -> Streams {
        if vocabulary <= usize::from(NARROW_BREAK) {
            Streams::Narrow(Vec::with_capacity(words))
        } else {
            Streams::Wide(Vec::with_capacity(words))
        }
    }

    /// # Panics
    /// When `word` is past the vocabulary the streams were made for: a mistake of the index's.
    #[inline]
    pub(crate) fn push(&mut self, word: WordId) {
        match self {
            Streams::Narrow(ids) => ids.push(narrowed(word)),
            Streams::Wide(ids) => ids.push(word),
        }
    }

    /// Streams of a vocabulary of `vocabulary` words, with room for `words` words, filled by
    /// `read` with each word it reads in turn until it gives `None` or fails. The width is chosen
    /// once, not at each word as [`Streams::push`] does: reading BBC's collection took 5% more
    /// instructions that way than with wide streams, and takes 2% more this way (callgrind).
    pub(crate) fn read<E>(
        words: usize,
        vocabulary: usize,
        mut read: impl FnMut() -> Result<Option<WordId>, E>,
    ) -> Result<Streams, E> {
        let mut streams = Streams::with_capacity(words, vocabulary);
        match &mut streams {
            Streams::Narrow(ids) => {
                while let Some(word) = read()? {
                    ids.push(narrowed(word));
                }
            }
            Streams::Wide(ids) => {
                while let Some(word) = read()? {
                    ids.push(word);
                }
            }
        }
        Ok(streams)
    }

    pub(crate) fn extend(&mut self, words: impl IntoIterator<Item = WordId>) {
        let words = words.into_iter();
        self.reserve(words.size_hint().0);
        words.for_each(|word| self.push(word));
    }

    pub(crate) fn reserve(&mut self, more: usize) {
        match self {
            Streams::Narrow(ids) => ids.reserve(more),
            Streams::Wide(ids) => ids.reserve(more),
        }
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Streams::Narrow(ids) => ids.len(),
            Streams::Wide(ids) => ids.len(),
        }
    }

    /// The words at `range` as they are held.
    pub(crate) fn as_held(&self, range: Range<usize>) -> StreamWords<'_> {
        match self {
            Streams::Narrow(ids) => StreamWords::Narrow(&ids[range]),
            Streams::Wide(ids) => StreamWords::Wide(&ids[range]),
        }
    }

    /// The words at `range` as ids: borrowed when wide; when narrow, widened into a copy, a
    /// pass of a load and a store a word, for the reading of a few articles' words (snippets,
    /// keywords, related articles, views).
    pub(crate) fn words(&self, range: Range<usize>) -> Cow<'_, [WordId]> {
        match self {
            Streams::Narrow(ids) => Cow::Owned(ids[range].iter().map(|&id| widened(id)).collect()),
            Streams::Wide(ids) => Cow::Borrowed(&ids[range]),
        }
    }

    /// The [`headline_words`] of the stream at `range`, as [`Streams::words`] gives words,
    /// without widening the rest of the stream.
    pub(crate) fn headline(&self, range: Range<usize>) -> Cow<'_, [WordId]> {
        match self {
            Streams::Narrow(ids) => Cow::Owned(
                headline_words(&ids[range])
                    .iter()
                    .map(|&id| widened(id))
                    .collect(),
            ),
            Streams::Wide(ids) => Cow::Borrowed(headline_words(&ids[range])),
        }
    }

    /// Every word, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = WordId> + '_ {
        let (narrow, wide): (&[u16], &[WordId]) = match self {
            Streams::Narrow(ids) => (ids, &[]),
            Streams::Wide(ids) => (&[], ids),
        };
        narrow
            .iter()
            .map(|&id| widened(id))
            .chain(wide.iter().copied())
    }
}

#[inline]
fn narrowed(word: WordId) -> u16 {
    match word {
        BREAK => NARROW_BREAK,
        word if word < WordId::from(NARROW_BREAK) => word as u16,
        word => too_wide(word),
    }
}

#[cold]
#[inline(never)]
fn too_wide(word: WordId) -> ! {
    panic!("a narrow stream's words are numbered under 65,535, not {word}")
}

#[inline]
fn widened(id: u16) -> WordId {
    match id {
        NARROW_BREAK => BREAK,
        id => WordId::from(id),
    }
}

/// One article's words as the streams hold them, for the reading that runs over many
/// articles' words for each query (the re-ranking's closeness, a phrase's occurrences): such
/// a reader takes either width ([`StreamWord`]), where widening the words into a copy first
/// (what [`Streams::words`] does) cost 16% more instructions per query (callgrind, BBC).
#[derive(Clone, Copy)]
pub enum StreamWords<'a> {
    Narrow(&'a [u16]),
    Wide(&'a [WordId]),
}

/// A word of a stream of either width.
pub trait StreamWord: Copy {
    /// Its [`WordId`]; [`BREAK`] for a break.
    fn id(self) -> WordId;
}

impl StreamWord for u16 {
    fn id(self) -> WordId {
        widened(self)
    }
}

impl StreamWord for WordId {
    fn id(self) -> WordId {
        self
    }
}

impl Default for Streams {
    fn default() -> Streams {
        Streams::with_capacity(0, 0)
    }
}

/// Equal when they hold the same words, whatever their width.
impl PartialEq for Streams {
    fn eq(&self, other: &Streams) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vocabulary_that_a_u16_numbers_is_held_narrow_and_a_larger_one_wide_with_the_same_words() {
        let words = [0, 7, BREAK, 65_534, BREAK];
        let mut narrow = Streams::with_capacity(0, 65_535);
        narrow.extend(words);
        let mut wide = Streams::with_capacity(0, 65_536);
        wide.extend(words);
        assert!(matches!(narrow, Streams::Narrow(_)));
        assert!(matches!(wide, Streams::Wide(_)));
        assert_eq!(narrow, wide);
        for streams in [&narrow, &wide] {
            assert_eq!(*streams.words(0..5), words);
            assert_eq!(*streams.words(3..5), [65_534, BREAK]);
            assert_eq!(*streams.headline(0..5), [0, 7]);
            assert_eq!(*streams.headline(3..5), [65_534]);
            assert_eq!(*streams.headline(4..4), []);
            assert_eq!(streams.iter().collect::<Vec<_>>(), words);
        }
        assert!(matches!(wide.words(0..2), Cow::Borrowed(_)));
    }

    #[test]
    #[should_panic(expected = "a narrow stream's words are numbered under 65,535")]
    fn a_word_past_a_narrow_streams_vocabulary_is_a_mistake_not_a_wrapped_id() {
        Streams::with_capacity(0, 10).push(65_535);
    }
}
