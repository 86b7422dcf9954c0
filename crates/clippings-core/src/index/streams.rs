//! Every article's words in order, as the index holds them: the largest table the page holds
//! (BBC: 876,000 words), so held in the fewest bytes a word that its vocabulary allows, and
//! stored as they are held, so that the page reads them where they lie.

use super::{headline_words, WordId, BREAK};
use std::borrow::Cow;
use std::ops::Range;

/// Every article's words as [`WordId`]s, one after the other. Narrow (two bytes a word) while
/// the vocabulary has fewer words than a `u16` numbers beside the break: BBC's 32,000, and a
/// collection of news of up to about 11,000 articles by the vocabulary's growth measured in
/// docs/scaling.md; wide (four bytes) past that. Narrow, BBC's streams take 1.75 MB instead of
/// 3.5 MB. The width follows from the vocabulary's size alone, so one collection is held the
/// same way however its index was made (built, extended, joined or read).
///
/// Read from bytes that live as long as the program (the page's embedded collection), the
/// words are borrowed where they lie ([`Streams::from_le_bytes`]), not decoded into a second
/// copy: BBC's page then holds 1.75 MB less.
#[derive(Clone, Debug)]
pub(crate) enum Streams {
    Narrow(Cow<'static, [u16]>),
    Wide(Cow<'static, [WordId]>),
}

/// [`BREAK`] in a narrow stream.
const NARROW_BREAK: u16 = u16::MAX;

impl Streams {
    /// Empty streams with room for `words` words of a vocabulary of `vocabulary` words.
    pub(crate) fn with_capacity(words: usize, vocabulary: usize) -> Streams {
        if is_narrow(vocabulary) {
            Streams::Narrow(Cow::Owned(Vec::with_capacity(words)))
        } else {
            Streams::Wide(Cow::Owned(Vec::with_capacity(words)))
        }
    }

    /// The streams as the stored layout writes them: each word as it is held for a vocabulary
    /// of `vocabulary` words, two or four bytes, little-endian, one after the other.
    pub(crate) fn to_le_bytes(&self, vocabulary: usize) -> Vec<u8> {
        if is_narrow(vocabulary) {
            self.iter()
                .flat_map(|w| narrowed(w).to_le_bytes())
                .collect()
        } else {
            self.iter().flat_map(WordId::to_le_bytes).collect()
        }
    }

    /// The streams that [`Streams::to_le_bytes`] wrote for a vocabulary of `vocabulary` words;
    /// `None` when `bytes` are not whole words or hold a word past the vocabulary. Where
    /// `bytes` lie at an address their width divides (the stored layout aligns them, and the
    /// page's embedded collection is aligned) on a little-endian machine (Wasm is one), the
    /// words are the bytes as they lie, kept by `narrow` or `wide`: borrowed when they live as
    /// long as the program, copied otherwise. Elsewhere they are decoded into a copy.
    pub(crate) fn from_le_bytes<'a>(
        bytes: &'a [u8],
        vocabulary: usize,
        narrow: fn(&'a [u16]) -> Cow<'static, [u16]>,
        wide: fn(&'a [WordId]) -> Cow<'static, [WordId]>,
    ) -> Option<Streams> {
        let streams = if is_narrow(vocabulary) {
            Streams::Narrow(match bytemuck::try_cast_slice(bytes) {
                Ok(ids) if cfg!(target_endian = "little") => narrow(ids),
                _ => Cow::Owned(decoded(bytes, u16::from_le_bytes)?),
            })
        } else {
            Streams::Wide(match bytemuck::try_cast_slice(bytes) {
                Ok(ids) if cfg!(target_endian = "little") => wide(ids),
                _ => Cow::Owned(decoded(bytes, WordId::from_le_bytes)?),
            })
        };
        // One comparison a word, so that no later reading indexes past the vocabulary.
        let fits = |word: WordId| word == BREAK || (word as usize) < vocabulary;
        let all_fit = match &streams {
            Streams::Narrow(ids) => ids.iter().all(|&id| fits(widened(id))),
            Streams::Wide(ids) => ids.iter().all(|&id| fits(id)),
        };
        all_fit.then_some(streams)
    }

    /// # Panics
    /// When a word is past the vocabulary the streams were made for: a mistake of the index's.
    pub(crate) fn extend(&mut self, words: impl IntoIterator<Item = WordId>) {
        match self {
            Streams::Narrow(ids) => ids.to_mut().extend(words.into_iter().map(narrowed)),
            Streams::Wide(ids) => ids.to_mut().extend(words),
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

/// Whether a vocabulary of `vocabulary` words is held narrow.
fn is_narrow(vocabulary: usize) -> bool {
    vocabulary <= usize::from(NARROW_BREAK)
}

/// `bytes` as whole words of `N` bytes each, each read by `read`; `None` when they are not.
fn decoded<const N: usize, T>(bytes: &[u8], read: fn([u8; N]) -> T) -> Option<Vec<T>> {
    let (words, rest) = bytes.as_chunks::<N>();
    rest.is_empty()
        .then(|| words.iter().map(|&word| read(word)).collect())
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
        Streams::with_capacity(0, 10).extend([65_535]);
    }
}
