//! The collection's byte layout: what `build.rs` embeds in the page and the page reads back,
//! written and read here only, so that the two can never disagree.
//!
//! The layout is [`MAGIC`], a little-endian `u32` [`VERSION`], the byte length of the index's
//! word streams as a little-endian `u32` and the streams as the index holds them (from byte 16,
//! which [`WORD_ALIGN`] divides), then the rest of the collection in postcard's encoding of
//! [`StoredCorpus`]. Postcard already writes every integer as a [`varint`]; what this layer adds
//! is that nothing is stored twice or as wide as it is held:
//!
//! - a quote is a span of its paragraph, not its text again;
//! - a name (a mention's, an entity's, a speaker's) is its position in the index's sorted table
//!   of names, not the name again;
//! - the sorted tables of words, terms and names are front-coded, and each word's term is a
//!   step from the one before ([`vocabulary`]);
//! - postings are gaps and packed counts ([`crate::index::PostingLists`]), kept as they are;
//! - the word streams are the ids the index holds, two bytes a word (four past 65,535 words),
//!   little-endian and aligned, so that the page reads them where they lie instead of decoding
//!   them into a second copy ([`Streams::from_le_bytes`]). Numbered by frequency as varints
//!   they took a sixth less (version 3), and the page held them twice.
//!
//! Reading checks every id and offset against the tables they point into, so a damaged or
//! foreign file gives a [`FormatError`], never a panic or a wrong answer later.

pub(crate) mod parts;
pub mod varint;
mod vocabulary;

use crate::article::{Article, EntityCount, EntityMention, Name, Quote, Text};
use crate::duplicates::Duplicates;
use crate::index::{DocNames, FieldLengths, Index, PostingLists, Streams, Strings, WordId};
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use vocabulary::SortedStrings;
pub(crate) use vocabulary::{ReadVocabulary, StoredVocabulary};

/// The first bytes of every collection this crate writes.
pub const MAGIC: &[u8; 8] = b"CLIPPING";
/// Raised whenever the layout changes: a page never reads a collection laid out for another.
pub const VERSION: u32 = 4;

/// Why bytes could not be read as a collection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// The bytes do not start with [`MAGIC`].
    NotACollection,
    /// Written by another version of Clippings, laid out otherwise.
    Version { found: u32, expected: u32 },
    /// The bytes end early or hold something that does not fit the layout; the part is named.
    Damaged(&'static str),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotACollection => write!(f, "these bytes are not a Clippings collection"),
            FormatError::Version { found, expected } => write!(
                f,
                "this collection was laid out by version {found} of the format, and this build reads version {expected}: build it again"
            ),
            FormatError::Damaged(part) => {
                write!(f, "the collection's bytes are damaged (in {part})")
            }
        }
    }
}

impl std::error::Error for FormatError {}

/// Written as a whole, read a field at a time ([`read_indexed`]): the index first, so that
/// each article is read into an [`Article`] as soon as it is decoded, not all of them decoded
/// first and then read (BBC natively, read in place: a peak of 11.3 MB then, 8.0 MB left after
/// reading; now 6.4 and 6.3 MB with the lists read at their size, `examples/memory.rs`).
#[derive(Serialize)]
struct StoredCorpus<'a> {
    index: StoredIndex<'a>,
    articles: Vec<StoredArticle<'a>>,
    own: u32,
    copies: Duplicates,
}

/// An [`Article`] with its quotes as spans and its names as ids. Its text is borrowed: from the
/// article when written, from the bytes when read, so that neither copies it on the way.
#[derive(Serialize, Deserialize)]
struct StoredArticle<'a> {
    id: String,
    #[serde(borrow)]
    headline: &'a str,
    source: Option<String>,
    dateline: Option<crate::article::Dateline>,
    published: Option<String>,
    credits: Vec<crate::article::Credit>,
    captions: Vec<crate::article::Caption>,
    #[serde(borrow)]
    paragraphs: Vec<&'a str>,
    boilerplate: Vec<String>,
    #[serde(borrow)]
    quotes: Vec<StoredQuote<'a>>,
    people: Vec<(NameRef, u32)>,
    places: Vec<(NameRef, u32)>,
    organizations: Vec<(NameRef, u32)>,
    mentions: Vec<StoredMention>,
    dates: Vec<crate::article::DateMention>,
    #[serde(borrow)]
    keywords: Vec<&'a str>,
    language: String,
    word_count: u32,
    reading_minutes: u32,
}

/// A name as its position among the index's names, or written out when it is not among them
/// (a speaker named only in a quote's attribution, say).
#[derive(Serialize, Deserialize)]
enum NameRef {
    Known(u32),
    Written(String),
}

/// A quote's text as a byte span of its paragraph, or written out when the paragraph does not
/// hold it as it is (a quote that runs across paragraphs).
#[derive(Serialize, Deserialize)]
enum QuoteText<'a> {
    Span { start: u32, len: u32 },
    Written(&'a str),
}

#[derive(Serialize, Deserialize)]
struct StoredQuote<'a> {
    #[serde(borrow)]
    text: QuoteText<'a>,
    speaker: Option<NameRef>,
    paragraph: u32,
}

#[derive(Serialize, Deserialize)]
struct StoredMention {
    paragraph: u32,
    start: u32,
    end: u32,
    kind: crate::article::EntityKind,
    name: NameRef,
}

/// The index without what it derives on first use, and without its word streams, which the
/// layout stores before the postcard value ([`framed_with_words`]).
#[derive(Serialize, Deserialize)]
struct StoredIndex<'a> {
    /// Borrowed, as the postings are, and read into the index's tables.
    #[serde(borrow)]
    vocabulary: StoredVocabulary<'a>,
    /// Borrowed: kept as they lie, or copied once.
    #[serde(borrow)]
    postings: Cow<'a, [u8]>,
    posting_counts: Vec<u32>,
    lengths: Vec<FieldLengths>,
    average: (f32, f32),
    stream_lengths: Vec<u32>,
    #[serde(borrow)]
    names: SortedStrings<'a>,
    doc_names: Vec<DocNames>,
}

/// One part of the byte layout and its bytes, as [`Corpus::footprint`] gives it.
pub struct Part {
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

impl Corpus {
    /// The collection in its byte layout (see the `stored` module), as `build.rs` embeds it.
    pub fn to_bytes(&self) -> Vec<u8> {
        framed_with_words(MAGIC, &self.stored(), &stream_bytes(&self.index))
    }

    /// The byte layout cut into its parts, each encoded alone: what each costs
    /// (`examples/footprint.rs`). Together they are [`Corpus::to_bytes`] within a few bytes.
    pub fn footprint(&self) -> Vec<Part> {
        let stored = self.stored();
        let part = |name, bytes: Vec<u8>| Part { name, bytes };
        // The articles' fields of one part, article after article, as the layout has them.
        let each = |fields: &dyn Fn(&StoredArticle) -> Vec<Vec<u8>>| {
            stored.articles.iter().flat_map(fields).flatten().collect()
        };
        let index = &stored.index;
        vec![
            part(
                "article text: headline, paragraphs, captions, boilerplate",
                each(&|a| {
                    vec![
                        encoded(&a.headline),
                        encoded(&a.paragraphs),
                        encoded(&a.captions),
                        encoded(&a.boilerplate),
                    ]
                }),
            ),
            part(
                "quotes (spans of paragraphs, speakers)",
                each(&|a| vec![encoded(&a.quotes)]),
            ),
            part(
                "entities and their mentions (name ids)",
                each(&|a| {
                    vec![
                        encoded(&a.people),
                        encoded(&a.places),
                        encoded(&a.organizations),
                        encoded(&a.mentions),
                    ]
                }),
            ),
            part(
                "article fields: id, source, dateline, dates, credits, keywords, ...",
                each(&|a| {
                    vec![
                        encoded(&a.id),
                        encoded(&a.source),
                        encoded(&a.dateline),
                        encoded(&a.published),
                        encoded(&a.credits),
                        encoded(&a.dates),
                        encoded(&a.keywords),
                        encoded(&a.language),
                        encoded(&(a.word_count, a.reading_minutes)),
                    ]
                }),
            ),
            part(
                "index: terms, words and the term of each",
                encoded(&index.vocabulary),
            ),
            part(
                "index: postings",
                encoded(&(&index.postings, &index.posting_counts)),
            ),
            part(
                "index: word streams",
                [encoded(&index.stream_lengths), stream_bytes(&self.index)].concat(),
            ),
            part(
                "index: names, each article's names, field lengths",
                encoded(&(&index.names, &index.doc_names, &index.lengths)),
            ),
            part("copies", encoded(&stored.copies)),
            part("total", self.to_bytes()),
        ]
    }

    fn stored(&self) -> StoredCorpus<'_> {
        let names = &self.index.names;
        StoredCorpus {
            articles: self
                .articles
                .iter()
                .map(|a| store_article(a, names))
                .collect(),
            index: store_index(&self.index),
            own: self.own as u32,
            copies: self.copies.clone(),
        }
    }

    /// The collection that [`Corpus::to_bytes`] wrote, the same in every answer it gives. The
    /// articles' text is copied out of `bytes`; see [`Corpus::from_static_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Corpus, FormatError> {
        Corpus::from_bytes_keeping(bytes, Keep::COPIED)
    }

    /// [`Corpus::from_bytes`] for bytes that live as long as the program, as the page's
    /// embedded collection does: the articles' headlines, paragraphs, quotes and keywords, and
    /// the index's postings and (where `bytes` lie at an address four divides) word streams, are
    /// borrowed from them, not copied, so that they are held once (BBC's 5 MB of text: 5.9 MB
    /// less heap natively; its postings 0.9 MB; its streams 1.75 MB; `examples/memory.rs`).
    pub fn from_static_bytes(bytes: &'static [u8]) -> Result<Corpus, FormatError> {
        Corpus::from_bytes_keeping(bytes, Keep::IN_PLACE)
    }

    fn from_bytes_keeping<'a>(bytes: &'a [u8], keep: Keep<'a>) -> Result<Corpus, FormatError> {
        // As `StoredCorpus` is written.
        let (streams, rest) = unframed_with_words(MAGIC, bytes)?;
        let (articles, index, rest) = read_indexed(rest, streams, keep)?;
        let ((own, copies), _) = take::<(u32, Duplicates)>(rest, "the copies")?;
        let own = own as usize;
        if own > articles.len() || !copies.fits(articles.len()) {
            return Err(FormatError::Damaged("the copies"));
        }
        Ok(Corpus {
            articles,
            index,
            explored: Default::default(),
            own,
            copies,
            parts: Vec::new(),
        })
    }
}

/// How what is read from bytes that live for `'a` and used as it lies there (the articles' text,
/// the postings, the word streams narrow or wide) is held: borrowed in place when `'a` is
/// `'static`, else copied out of bytes that will go away.
#[derive(Clone, Copy)]
pub(super) struct Keep<'a> {
    text: fn(&'a str) -> Text,
    bytes: fn(&'a [u8]) -> Cow<'static, [u8]>,
    narrow: fn(&'a [u16]) -> Cow<'static, [u16]>,
    wide: fn(&'a [WordId]) -> Cow<'static, [WordId]>,
}

impl Keep<'static> {
    const IN_PLACE: Keep<'static> = Keep {
        text: Cow::Borrowed,
        bytes: Cow::Borrowed,
        narrow: Cow::Borrowed,
        wide: Cow::Borrowed,
    };
}

impl<'a> Keep<'a> {
    pub(super) const COPIED: Keep<'a> = Keep {
        text: |text| Cow::Owned(text.to_owned()),
        bytes: |bytes| Cow::Owned(bytes.to_vec()),
        narrow: |words| Cow::Owned(words.to_vec()),
        wide: |words| Cow::Owned(words.to_vec()),
    };
}

/// A [`StoredIndex`] and then the articles it indexes, as a layout writes them at the start of
/// `bytes`, read and checked against each other; and the bytes after them. Each article is read
/// as soon as it is decoded, so that at most one is held twice.
fn read_indexed<'a>(
    bytes: &'a [u8],
    streams: &'a [u8],
    keep: Keep<'a>,
) -> Result<(Vec<Article>, Index, &'a [u8]), FormatError> {
    let (index, rest) = take::<StoredIndex>(bytes, "the index")?;
    let (count, mut rest) = take::<usize>(rest, "the articles")?;
    // Each article takes a byte at least: a larger count is damage, not a vector to allocate.
    if count > rest.len() {
        return Err(FormatError::Damaged("the articles"));
    }
    let index = read_index(index, streams, count, keep)?;
    // The index's names once more, as the articles hold them: each shared by all its mentions.
    let names: Vec<Name> = index.names.iter().map(Name::from).collect();
    let mut articles = Vec::with_capacity(count);
    for _ in 0..count {
        let (article, after) = take::<StoredArticle>(rest, "an article")?;
        articles.push(read_article(article, &names, keep)?);
        rest = after;
    }
    Ok((articles, index, rest))
}

/// One value in postcard's encoding at the start of `bytes`, and the bytes after it; damage to
/// `part` when they do not hold one.
fn take<'a, T: Deserialize<'a>>(
    bytes: &'a [u8],
    part: &'static str,
) -> Result<(T, &'a [u8]), FormatError> {
    postcard::take_from_bytes(bytes).map_err(|_| FormatError::Damaged(part))
}

/// `magic` and [`VERSION`]: how every layout of this crate starts, so that one is never read
/// as another or as another version ([`after_frame`] reads them).
fn frame(magic: &[u8; 8]) -> Vec<u8> {
    let mut out = magic.to_vec();
    out.extend_from_slice(&VERSION.to_le_bytes());
    out
}

/// [`frame`], then `value` in postcard's encoding.
fn framed<T: Serialize>(magic: &[u8; 8], value: &T) -> Vec<u8> {
    postcard::to_extend(value, frame(magic)).expect("writing to a Vec cannot fail")
}

/// The alignment of the word streams in the layout, from its first byte: their widest word's.
const WORD_ALIGN: usize = std::mem::align_of::<WordId>();

/// [`frame`], the byte length of `words` as a little-endian `u32`, `words`, then `value` in
/// postcard's encoding. The words start at byte 16, so that words read from an aligned layout
/// are aligned, and can be used as they lie.
fn framed_with_words<T: Serialize>(magic: &[u8; 8], value: &T, words: &[u8]) -> Vec<u8> {
    let mut out = frame(magic);
    let length = u32::try_from(words.len()).expect("word streams under 4 GiB");
    out.extend_from_slice(&length.to_le_bytes());
    debug_assert_eq!(out.len() % WORD_ALIGN, 0);
    out.extend_from_slice(words);
    postcard::to_extend(value, out).expect("writing to a Vec cannot fail")
}

/// The words that [`framed_with_words`] wrote with this `magic`, and the bytes of the value
/// after them.
fn unframed_with_words<'a>(
    magic: &[u8; 8],
    bytes: &'a [u8],
) -> Result<(&'a [u8], &'a [u8]), FormatError> {
    let rest = after_frame(magic, bytes)?;
    let (length, rest) = rest
        .split_first_chunk::<4>()
        .ok_or(FormatError::Damaged("the word streams"))?;
    rest.split_at_checked(u32::from_le_bytes(*length) as usize)
        .ok_or(FormatError::Damaged("the word streams"))
}

/// The value that [`framed`] wrote with this `magic`.
fn unframed<'a, T: Deserialize<'a>>(magic: &[u8; 8], bytes: &'a [u8]) -> Result<T, FormatError> {
    let rest = after_frame(magic, bytes)?;
    postcard::from_bytes(rest).map_err(|_| FormatError::Damaged("the layout"))
}

/// What follows `magic` and [`VERSION`] in `bytes`.
fn after_frame<'a>(magic: &[u8; 8], bytes: &'a [u8]) -> Result<&'a [u8], FormatError> {
    let rest = bytes
        .strip_prefix(magic.as_slice())
        .ok_or(FormatError::NotACollection)?;
    let (version, rest) = rest
        .split_first_chunk::<4>()
        .ok_or(FormatError::Damaged("the version"))?;
    let found = u32::from_le_bytes(*version);
    if found != VERSION {
        return Err(FormatError::Version {
            found,
            expected: VERSION,
        });
    }
    Ok(rest)
}

/// One value in postcard's encoding, as the layout writes it.
fn encoded<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("writing to a Vec cannot fail")
}

fn name_ref(name: &str, names: &Strings) -> NameRef {
    match names.binary_search(name) {
        Ok(position) => NameRef::Known(position as u32),
        Err(_) => NameRef::Written(name.to_owned()),
    }
}

fn read_name(name: NameRef, names: &[Name]) -> Result<Name, FormatError> {
    match name {
        NameRef::Known(position) => names
            .get(position as usize)
            .cloned()
            .ok_or(FormatError::Damaged("a name")),
        NameRef::Written(name) => Ok(name.into()),
    }
}

fn store_article<'a>(article: &'a Article, names: &Strings) -> StoredArticle<'a> {
    let counts = |list: &[EntityCount]| {
        list.iter()
            .map(|e| (name_ref(&e.name, names), e.mentions))
            .collect()
    };
    let quotes = article
        .quotes
        .iter()
        .map(|quote| {
            let paragraph = article.paragraphs.get(quote.paragraph as usize);
            let text = match paragraph.and_then(|p| p.find(&*quote.text)) {
                Some(start) => QuoteText::Span {
                    start: start as u32,
                    len: quote.text.len() as u32,
                },
                None => QuoteText::Written(&quote.text),
            };
            StoredQuote {
                text,
                speaker: quote.speaker.as_deref().map(|s| name_ref(s, names)),
                paragraph: quote.paragraph,
            }
        })
        .collect();
    StoredArticle {
        id: article.id.clone(),
        headline: &article.headline,
        source: article.source.clone(),
        dateline: article.dateline.clone(),
        published: article.published.clone(),
        credits: article.credits.clone(),
        captions: article.captions.clone(),
        paragraphs: article.paragraphs.iter().map(|p| &**p).collect(),
        boilerplate: article.boilerplate.clone(),
        quotes,
        people: counts(&article.entities.people),
        places: counts(&article.entities.places),
        organizations: counts(&article.entities.organizations),
        mentions: article
            .mentions
            .iter()
            .map(|m| StoredMention {
                paragraph: m.paragraph,
                start: m.start,
                end: m.end,
                kind: m.kind,
                name: name_ref(&m.name, names),
            })
            .collect(),
        dates: article.dates.clone(),
        keywords: article.keywords.iter().map(|k| &**k).collect(),
        language: article.language.clone(),
        word_count: article.word_count,
        reading_minutes: article.reading_minutes,
    }
}

fn read_article<'a>(
    stored: StoredArticle<'a>,
    names: &[Name],
    keep: Keep<'a>,
) -> Result<Article, FormatError> {
    let counts = |list: Vec<(NameRef, u32)>| {
        exactly(list.into_iter().map(|(name, mentions)| {
            Ok(EntityCount {
                name: read_name(name, names)?,
                mentions,
            })
        }))
    };
    let paragraphs = stored.paragraphs;
    let quotes = exactly(stored.quotes.into_iter().map(|quote| {
        let text = match quote.text {
            QuoteText::Written(text) => (keep.text)(text),
            QuoteText::Span { start, len } => (keep.text)(
                paragraphs
                    .get(quote.paragraph as usize)
                    .and_then(|p| {
                        p.get(start as usize..(start as usize).checked_add(len as usize)?)
                    })
                    .ok_or(FormatError::Damaged("a quote"))?,
            ),
        };
        Ok(Quote {
            text,
            speaker: quote.speaker.map(|s| read_name(s, names)).transpose()?,
            paragraph: quote.paragraph,
        })
    }))?;
    // The reader cuts a paragraph at its mentions' characters: each paragraph's are counted
    // once, not once a mention (a paragraph may name dozens).
    let characters: Vec<usize> = if stored.mentions.is_empty() {
        Vec::new()
    } else {
        paragraphs.iter().map(|p| p.chars().count()).collect()
    };
    let mentions = exactly(stored.mentions.into_iter().map(|m| {
        let fits = characters
            .get(m.paragraph as usize)
            .is_some_and(|&length| m.start <= m.end && m.end as usize <= length);
        if !fits {
            return Err(FormatError::Damaged("a mention"));
        }
        Ok(EntityMention {
            paragraph: m.paragraph,
            start: m.start,
            end: m.end,
            kind: m.kind,
            name: read_name(m.name, names)?,
        })
    }))?;
    Ok(Article {
        id: stored.id,
        headline: (keep.text)(stored.headline),
        source: stored.source,
        dateline: stored.dateline,
        published: stored.published,
        credits: stored.credits,
        captions: stored.captions,
        paragraphs: paragraphs.into_iter().map(keep.text).collect(),
        boilerplate: stored.boilerplate,
        quotes,
        entities: crate::article::Entities {
            people: counts(stored.people)?,
            places: counts(stored.places)?,
            organizations: counts(stored.organizations)?,
        },
        mentions,
        dates: stored.dates,
        keywords: stored.keywords.into_iter().map(keep.text).collect(),
        language: stored.language,
        word_count: stored.word_count,
        reading_minutes: stored.reading_minutes,
    })
}

/// `items` collected into a vector of exactly their number, or the first error.
/// `collect::<Result<Vec<_>, _>>()` cannot know that number: it grows by doubling, or reuses
/// the buffer of the vector the items came from, as large as that was, and keeps what it took.
fn exactly<T, E>(items: impl ExactSizeIterator<Item = Result<T, E>>) -> Result<Vec<T>, E> {
    let mut collected = Vec::with_capacity(items.len());
    for item in items {
        collected.push(item?);
    }
    Ok(collected)
}

fn store_index(index: &Index) -> StoredIndex<'_> {
    let (postings, posting_counts) = index.postings.parts();
    StoredIndex {
        vocabulary: StoredVocabulary::of(&index.terms, &index.surface_words, &index.word_terms),
        postings: Cow::Borrowed(postings),
        posting_counts: posting_counts.to_vec(),
        lengths: index.lengths.clone(),
        average: index.average,
        stream_lengths: index
            .stream_starts
            .windows(2)
            .map(|pair| pair[1] - pair[0])
            .collect(),
        names: SortedStrings::of(index.names.iter()),
        doc_names: index.doc_names.clone(),
    }
}

/// The index's word streams as the layout stores them, after its postcard value.
fn stream_bytes(index: &Index) -> Vec<u8> {
    index.streams.to_le_bytes(index.surface_words.len())
}

fn read_index<'a>(
    stored: StoredIndex<'a>,
    streams: &'a [u8],
    articles: usize,
    keep: Keep<'a>,
) -> Result<Index, FormatError> {
    let ReadVocabulary {
        terms,
        words: surface_words,
        word_terms,
    } = stored.vocabulary.read("the vocabulary")?;
    let words = surface_words.len();
    if stored.posting_counts.len() != terms.len() {
        return Err(FormatError::Damaged("the postings"));
    }
    let postings = match stored.postings {
        Cow::Borrowed(bytes) => (keep.bytes)(bytes),
        Cow::Owned(bytes) => Cow::Owned(bytes),
    };
    let postings = PostingLists::from_parts(postings, stored.posting_counts, articles)
        .ok_or(FormatError::Damaged("the postings"))?;
    if stored.lengths.len() != articles
        || stored.stream_lengths.len() != articles
        || stored.doc_names.len() != articles
    {
        return Err(FormatError::Damaged("the articles' tables"));
    }
    let names = stored
        .names
        .read()
        .ok_or(FormatError::Damaged("the names"))?;
    let name_count = names.len();
    let name_fits = |id: &u32| (*id as usize) < name_count;
    if !stored.doc_names.iter().all(|d| {
        d.source.iter().chain(&d.folder).all(name_fits)
            && d.people
                .iter()
                .chain(&d.places)
                .chain(&d.organizations)
                .all(name_fits)
    }) {
        return Err(FormatError::Damaged("the articles' names"));
    }
    let mut stream_starts = Vec::with_capacity(articles + 1);
    let mut start = 0u32;
    stream_starts.push(start);
    for &len in &stored.stream_lengths {
        start = start
            .checked_add(len)
            .ok_or(FormatError::Damaged("the word streams"))?;
        stream_starts.push(start);
    }
    let streams = Streams::from_le_bytes(streams, words, keep.narrow, keep.wide)
        .filter(|streams| streams.len() == start as usize)
        .ok_or(FormatError::Damaged("the word streams"))?;
    Ok(Index {
        terms,
        postings,
        surface_words,
        word_terms,
        lengths: stored.lengths,
        average: stored.average,
        streams,
        stream_starts,
        names,
        doc_names: stored.doc_names,
        ..Index::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_borrows_the_word_streams_bytes_instead_of_copying_them_first() {
        let corpus = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let bytes = corpus.to_bytes();
        let (streams, _) = unframed_with_words(MAGIC, &bytes).unwrap();
        assert!(!streams.is_empty());
        assert!(bytes.as_ptr_range().contains(&streams.as_ptr()));
        assert_eq!(
            streams.as_ptr() as usize % WORD_ALIGN,
            0,
            "aligned within aligned bytes"
        );
    }

    #[test]
    fn read_in_place_the_word_streams_are_the_bytes_as_they_lie_narrow_or_wide_and_read_from_bytes_a_copy(
    ) {
        // Past 65,535 words a vocabulary is held wide: made-up words, a hundred a paragraph.
        let letters = |mut n: usize| {
            let mut word = String::from("zq");
            while n > 0 {
                word.push(char::from(b'a' + (n % 26) as u8));
                n /= 26;
            }
            word
        };
        let many: Vec<String> = (0..70_000).map(letters).collect();
        let wide_text = format!(
            "A headline\n\nJohn Smith spoke in London.\n\n{}",
            many.chunks(100)
                .map(|c| c.join(" "))
                .collect::<Vec<_>>()
                .join(".\n\n")
        );
        let narrow = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let wide = Corpus::from_texts([("a/1", wide_text.as_str())]);
        for (corpus, width) in [(narrow, "narrow"), (wide, "wide")] {
            let bytes: &'static [u8] = Box::leak(corpus.to_bytes().into_boxed_slice());
            let held = |corpus: &Corpus| match &corpus.index.streams {
                Streams::Narrow(ids) => (
                    matches!(ids, Cow::Borrowed(_)),
                    ids.as_ptr().cast::<u8>(),
                    "narrow",
                ),
                Streams::Wide(ids) => (
                    matches!(ids, Cow::Borrowed(_)),
                    ids.as_ptr().cast::<u8>(),
                    "wide",
                ),
            };
            let in_place = Corpus::from_static_bytes(bytes).unwrap();
            let (borrowed, at, held_width) = held(&in_place);
            assert!(borrowed && bytes.as_ptr_range().contains(&at), "{width}");
            assert_eq!(held_width, width);
            let copied = Corpus::from_bytes(bytes).unwrap();
            let (borrowed, at, _) = held(&copied);
            assert!(!borrowed && !bytes.as_ptr_range().contains(&at), "{width}");
            for read in [&in_place, &copied] {
                assert_eq!(read.index.streams, corpus.index.streams);
                assert_eq!(read.search("\"john smith\"", Default::default()).total, 1);
            }
        }
    }

    #[test]
    fn word_streams_that_are_not_aligned_are_read_into_a_copy_with_the_same_words() {
        let corpus = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let bytes = corpus.to_bytes();
        // The same layout one byte further on, so that its words lie at an odd address.
        let mut shifted = vec![0u8; bytes.len() + 1];
        shifted[1..].copy_from_slice(&bytes);
        let shifted: &'static [u8] = &Box::leak(shifted.into_boxed_slice())[1..];
        let read = Corpus::from_static_bytes(shifted).unwrap();
        assert!(matches!(
            &read.index.streams,
            Streams::Narrow(Cow::Owned(_))
        ));
        assert_eq!(read.index.streams, corpus.index.streams);
    }

    #[test]
    fn word_streams_with_a_word_past_the_vocabulary_or_a_cut_word_are_damage_not_a_panic() {
        let corpus = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let words = stream_bytes(&corpus.index);
        let with_words = |words: &[u8]| framed_with_words(MAGIC, &corpus.stored(), words);
        let damaged = |bytes: Vec<u8>| {
            matches!(
                Corpus::from_bytes(&bytes),
                Err(FormatError::Damaged("the word streams"))
            )
        };
        assert!(Corpus::from_bytes(&with_words(&words)).is_ok());
        let mut past = words.clone();
        past[..2].copy_from_slice(&60_000u16.to_le_bytes());
        assert!(damaged(with_words(&past)));
        assert!(damaged(with_words(&words[..words.len() - 1])), "a word cut");
        assert!(
            damaged(with_words(&words[..words.len() - 2])),
            "a word missing"
        );
        assert!(
            damaged(with_words(&[words.as_slice(), &[0, 0]].concat())),
            "a word more"
        );
        let mut longer = corpus.to_bytes();
        longer[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(damaged(longer), "streams past the end");
    }

    #[test]
    fn read_in_place_the_headline_and_keywords_are_borrowed_from_the_bytes_and_read_from_bytes_copied(
    ) {
        let text =
            "Harbour council votes on ferry fares\n\nThe harbour council voted on Monday to \
                    raise ferry fares. Ferry passengers said the fares were too high.\n\nThe \
                    council said ferry crossings cost more each winter.";
        let corpus = Corpus::from_texts([("a/1", text)]);
        let bytes: &'static [u8] = Box::leak(corpus.to_bytes().into_boxed_slice());
        let within = |text: &Text| bytes.as_ptr_range().contains(&text.as_ptr());
        let in_place = Corpus::from_static_bytes(bytes).unwrap();
        let copied = Corpus::from_bytes(bytes).unwrap();
        let (in_place, copied) = (&in_place.articles[0], &copied.articles[0]);
        assert!(!in_place.keywords.is_empty());
        assert!(matches!(in_place.headline, Cow::Borrowed(_)) && within(&in_place.headline));
        assert!(in_place
            .keywords
            .iter()
            .all(|k| matches!(k, Cow::Borrowed(_)) && within(k)));
        assert!(matches!(copied.headline, Cow::Owned(_)));
        assert!(copied.keywords.iter().all(|k| matches!(k, Cow::Owned(_))));
        assert_eq!(in_place, copied);
        assert_eq!(in_place, &corpus.articles[0]);
    }

    #[test]
    fn read_articles_and_their_lists_take_no_more_room_than_they_hold() {
        let text = "Harbour council votes on ferry fares\n\nJohn Smith of the Harbour Council \
                    said in London on Monday: \"Fares will rise.\" Mary Jones of Ferry Users \
                    in Dover said fares were too high.\n\nJohn Smith met Mary Jones in Paris.";
        let ids: Vec<String> = (0..5).map(|n| format!("a/{n}")).collect();
        let corpus = Corpus::from_texts(ids.iter().map(|id| (id.as_str(), text)));
        let read = Corpus::from_bytes(&corpus.to_bytes()).unwrap();
        assert_eq!(read.articles, corpus.articles);
        let tight = |capacity: usize, len: usize| capacity == len;
        assert!(tight(read.articles.capacity(), read.articles.len()));
        for article in &read.articles {
            assert!(!article.mentions.is_empty() && !article.quotes.is_empty());
            assert!(tight(article.mentions.capacity(), article.mentions.len()));
            assert!(tight(article.quotes.capacity(), article.quotes.len()));
            let entities = &article.entities;
            for counts in [&entities.people, &entities.places, &entities.organizations] {
                assert!(tight(counts.capacity(), counts.len()));
            }
        }
    }

    #[test]
    fn an_article_count_past_what_the_bytes_could_hold_is_damage_not_an_allocation() {
        let corpus = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let stored = corpus.stored();
        let bytes = framed_with_words(
            MAGIC,
            &(&stored.index, usize::MAX),
            &stream_bytes(&corpus.index),
        );
        assert!(matches!(
            Corpus::from_bytes(&bytes),
            Err(FormatError::Damaged("the articles"))
        ));
    }

    #[test]
    fn read_in_place_the_postings_are_borrowed_from_the_bytes_and_read_from_bytes_they_are_copied()
    {
        let corpus = Corpus::from_texts([("a/1", "A headline\n\nJohn Smith spoke in London.")]);
        let bytes: &'static [u8] = Box::leak(corpus.to_bytes().into_boxed_slice());
        let within = |postings: &[u8]| bytes.as_ptr_range().contains(&postings.as_ptr());
        let in_place = Corpus::from_static_bytes(bytes).unwrap();
        let postings = in_place.index.postings.parts().0;
        assert!(!postings.is_empty());
        assert!(within(postings));
        let copied = Corpus::from_bytes(bytes).unwrap();
        assert!(!within(copied.index.postings.parts().0));
        assert_eq!(in_place.search("smith", Default::default()).total, 1);
        assert_eq!(copied.search("smith", Default::default()).total, 1);
    }
}
