//! The layouts of a collection in parts ([`crate::parts`]): its directory, and each part's
//! articles. Framed like the whole collection's layout, each with magic bytes of its own, so
//! that none is ever read as another.

use super::{
    framed, framed_with_words, read_indexed, store_article, store_index, stream_bytes, take,
    unframed, unframed_with_words, FormatError, Keep, ReadVocabulary, StoredArticle, StoredIndex,
    StoredVocabulary,
};
use crate::article::Article;
use crate::index::{Index, PostingLists};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The first bytes of a directory of parts.
pub const DIRECTORY_MAGIC: &[u8; 8] = b"CLIPDIRS";
/// The first bytes of one part.
pub const PART_MAGIC: &[u8; 8] = b"CLIPPART";

/// A run of the collection's articles, understood at build time with the whole collection,
/// and the index of those articles alone, which the page joins to the parts it holds
/// ([`Index::joined`]) instead of reading the articles' words again. Names are ids into that
/// index's table, as in the whole collection's layout. Written as a whole, read a field at a
/// time, as the whole collection is ([`read_indexed`]).
#[derive(Serialize)]
struct StoredPart<'a> {
    /// The position of the part's first article in the whole collection.
    first: u32,
    index: StoredIndex<'a>,
    articles: Vec<StoredArticle<'a>>,
}

pub(crate) fn part_to_bytes(first: u32, articles: &[Article]) -> Vec<u8> {
    let index = Index::build(articles);
    let stored = StoredPart {
        first,
        articles: articles
            .iter()
            .map(|a| store_article(a, &index.names))
            .collect(),
        index: store_index(&index),
    };
    framed_with_words(PART_MAGIC, &stored, &stream_bytes(&index))
}

/// The position of the part's first article, its articles, and their index.
pub(crate) fn part_from_bytes(bytes: &[u8]) -> Result<(u32, Vec<Article>, Index), FormatError> {
    // A part's bytes are fetched and go away once read, so its text, postings and word streams
    // are copied out of them. Read as `StoredPart` is written.
    let (streams, rest) = unframed_with_words(PART_MAGIC, bytes)?;
    let (first, rest) = take::<u32>(rest, "the part's position")?;
    let (articles, index, _) = read_indexed(rest, streams, Keep::COPIED)?;
    Ok((first, articles, index))
}

/// The directory: the parts' file names and sizes, the whole collection's counts for ranking,
/// and its vocabulary with, for each term, the parts that hold it and in how many articles.
#[derive(Serialize, Deserialize)]
pub(crate) struct StoredDirectory<'a> {
    /// Each part's file name, how many articles it holds and its size in bytes, in collection
    /// order.
    pub parts: Vec<(String, u32, u32)>,
    pub average: (f32, f32),
    #[serde(borrow)]
    pub vocabulary: StoredVocabulary<'a>,
    /// For each term, the parts that hold it, laid out as posting lists whose documents are
    /// parts ([`PostingLists`]).
    pub part_lists: Vec<u8>,
    pub part_counts: Vec<u32>,
    /// For each term, in how many articles it occurs.
    pub frequencies: Vec<u32>,
}

impl<'a> StoredDirectory<'a> {
    pub fn to_bytes(&self) -> Vec<u8> {
        framed(DIRECTORY_MAGIC, self)
    }

    /// The directory, its tables checked against each other: the postings' parts and the
    /// vocabulary's terms exist, and every term has its counts.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<ReadDirectory<'a>, FormatError> {
        let mut stored: StoredDirectory = unframed(DIRECTORY_MAGIC, bytes)?;
        let vocabulary = stored.vocabulary.read("the directory's vocabulary")?;
        let terms = vocabulary.terms.len();
        if stored.part_counts.len() != terms || stored.frequencies.len() != terms {
            return Err(FormatError::Damaged("the directory's term counts"));
        }
        let lists = PostingLists::from_parts(
            Cow::Owned(std::mem::take(&mut stored.part_lists)),
            std::mem::take(&mut stored.part_counts),
            stored.parts.len(),
        )
        .ok_or(FormatError::Damaged("the directory's parts of each term"))?;
        Ok(ReadDirectory {
            stored,
            vocabulary,
            lists,
        })
    }
}

/// A directory read and checked: its tables, its vocabulary and its lists of parts.
pub(crate) struct ReadDirectory<'a> {
    pub stored: StoredDirectory<'a>,
    pub vocabulary: ReadVocabulary,
    pub lists: PostingLists,
}
