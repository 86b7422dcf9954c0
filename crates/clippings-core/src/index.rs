//! The index that the build makes once and the page uses as it is: for each stemmed term, the
//! articles that hold it and how often, by field; each article's words in order (for phrases,
//! proximity and related articles); and the names of sources, people, places and organisations
//! (and folders) interned, so that filters and facets count numbers instead of comparing strings.

use crate::article::Article;
use crate::pauses::{at_once, piece_ends, AtOnce, Pauses};
use crate::stored::varint;
use crate::text::{apostrophe_forms, fold, hyphen_compounds, stem_folded, words, Word};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

mod streams;
mod strings;
pub(crate) use streams::Streams;
pub use streams::{StreamWord, StreamWords};
pub(crate) use strings::Strings;

pub type TermId = u32;
pub type DocId = u32;
/// A folded word as written (`elections`), as opposed to its stemmed term (`elect`).
pub type WordId = u32;
pub type NameId = u32;

/// Ends the headline, each paragraph and each caption in an article's word stream, so that a
/// phrase or a proximity window never spans two of them.
pub const BREAK: WordId = WordId::MAX;

/// The fields of an article's word stream ([`Index::stream`]), in order: the headline's words,
/// then each paragraph's, then each caption's. One definition of where a stream's fields lie,
/// for everything that reads them by field (keywords, snippets, filters, views, copies), in
/// either width the index holds them ([`StreamWord`]).
pub fn stream_fields<W: StreamWord>(stream: &[W]) -> impl Iterator<Item = &[W]> {
    // Each field ends with its break: cut after each break (no empty field follows the last,
    // and an empty stream has none), then leave the break out.
    stream
        .split_inclusive(|word| word.id() == BREAK)
        .map(|field| match field.split_last() {
            Some((last, words)) if last.id() == BREAK => words,
            _ => field,
        })
}

/// The headline's words: the first of the [`stream_fields`].
pub fn headline_words<W: StreamWord>(stream: &[W]) -> &[W] {
    stream_fields(stream).next().unwrap_or(&[])
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub doc: DocId,
    pub headline_tf: u16,
    pub body_tf: u16,
}

/// Field lengths in words, for BM25's length normalisation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldLengths {
    pub headline: u32,
    pub body: u32,
}

/// An article's source, entities and folder as ids into [`Index::name`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocNames {
    pub source: Option<NameId>,
    pub people: Vec<NameId>,
    pub places: Vec<NameId>,
    pub organizations: Vec<NameId>,
    /// Interned like a source: one folder per article, for `folder:` and the folders facet.
    #[serde(default)]
    pub folder: Option<NameId>,
}

impl DocNames {
    /// The same names with each id mapped by `id`.
    fn renamed(&self, id: impl Fn(&NameId) -> NameId) -> DocNames {
        DocNames {
            source: self.source.as_ref().map(&id),
            people: self.people.iter().map(&id).collect(),
            places: self.places.iter().map(&id).collect(),
            organizations: self.organizations.iter().map(&id).collect(),
            folder: self.folder.as_ref().map(&id),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Stemmed terms, sorted; a term's id is its position.
    pub(crate) terms: Strings,
    /// Postings of each term, by ascending document.
    pub(crate) postings: PostingLists,
    /// Folded surface words, sorted, each with the term it stems to; a word's id is its
    /// position. Prefix and typo search run here, because a prefix of what the user is typing
    /// need not be a prefix of its stem. The joined forms of hyphenated compounds (`email` for
    /// `e-mail`) are words here too, though no stream holds them.
    pub(crate) surface_words: Strings,
    /// The term each of the `surface_words` stems to.
    pub(crate) word_terms: Vec<TermId>,
    pub(crate) lengths: Vec<FieldLengths>,
    pub(crate) average: (f32, f32),
    /// Every article's words as [`WordId`]s, one after the other: the headline, then each
    /// paragraph, then each caption, each ended by [`BREAK`].
    pub(crate) streams: Streams,
    /// Where each article's stream starts in `streams`; one more entry than articles.
    pub(crate) stream_starts: Vec<u32>,
    /// Sources and entity names of the whole collection, sorted.
    pub(crate) names: Strings,
    pub(crate) doc_names: Vec<DocNames>,
    /// For each term, the positions of its surface words: derived on first use, not embedded,
    /// because it is cheap to make and marking text needs it for every query. A word filed
    /// under more than one term ([`apostrophe_forms`]: `o'sullivan` under `sullivan` too) is
    /// among the words of each.
    pub(crate) words_of_term: OnceLock<WordsOfTerm>,
    /// The folded words of each name, for `person:` and the other filters: made on first use.
    pub(crate) name_words: OnceLock<Vec<Vec<String>>>,
    /// The surface words by first letter and length in letters, for typo search: a typo keeps
    /// the length within an edit or two, so only a few lengths are read. Made on first use.
    pub(crate) words_by_start_and_length: OnceLock<HashMap<(char, usize), Vec<WordId>>>,
    /// For an index of the parts of a collection fetched so far (`parts`): how many articles
    /// the whole collection holds. Rarity (idf) counts against it, so that a term whose parts
    /// are all here scores as it does in the whole collection. `None`: this index is the whole.
    pub(crate) whole_collection: Option<usize>,
    /// For a collection's directory of parts (`parts`), whose "documents" are its parts: in
    /// how many articles each term occurs, which query parsing weighs (completions, near
    /// words) as the whole collection's index would. `None`: the postings' own counts.
    pub(crate) article_frequencies: Option<Vec<u32>>,
}

/// Articles counted term by term, their words and terms numbered in the order first met, not
/// yet given their ids in the index: what [`Index::extended`] makes of the articles added to an
/// index (all of them, for [`Index::build`]). Numbers, not text, so that an occurrence costs a
/// hash lookup and a stream four bytes a word; the text of each distinct word and term is held
/// once, and sorted into the index's order when the tables are merged.
#[derive(Default)]
struct Counted {
    /// Each distinct term, in the order first met: its position is its number.
    terms: Vec<String>,
    term_numbers: HashMap<String, u32>,
    /// Each term's postings (by its number), in the order of their articles.
    postings: Vec<Vec<Posting>>,
    /// Each distinct folded word, in the order first met: its position is its number.
    words: Vec<CountedWord>,
    word_numbers: HashMap<String, u32>,
    lengths: Vec<FieldLengths>,
    /// Each article's words by their numbers, each field ended by [`BREAK`].
    streams: Vec<Vec<u32>>,
}

/// A distinct word of the counted articles.
struct CountedWord {
    text: String,
    /// The number of the term it stems to.
    term: u32,
    /// The numbers of the other terms an occurrence counts as: a name with an apostrophe is
    /// also each of its parts (`o'sullivan` is `sullivan` too).
    also: Vec<u32>,
}

impl Counted {
    /// Counts `articles` too, the first of them numbered `first`: the articles after those
    /// counted so far, so that each term's postings stay in the order of their articles.
    /// Pauses every few thousand words (`pauses.rs`) when it counts one article: a long article
    /// is a step of its own.
    async fn count_pausing(
        &mut self,
        articles: &[Article],
        first: DocId,
        pauses: &mut impl Pauses,
    ) {
        self.lengths.reserve(articles.len());
        self.streams.reserve(articles.len());
        // Finding and folding words is each article's own work, done across cores (`par`);
        // stemming stays here, where each distinct word is stemmed once.
        let fields_by_doc = match articles {
            [one] => vec![folded_fields_pausing(one, pauses).await],
            _ => crate::par::map(articles, folded_fields),
        };
        let mut counted_words = 0;
        // One article's counts by term number, and the terms it has: made once for the step.
        let mut counts: Vec<(u16, u16)> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (doc, fields) in fields_by_doc.into_iter().enumerate() {
            let doc = DocId::try_from(doc)
                .ok()
                .and_then(|doc| doc.checked_add(first))
                .expect("fewer than 2^32 articles");
            let mut field_lengths = FieldLengths::default();
            let mut stream = Vec::new();
            for FoldedField {
                is_headline,
                words: field_words,
                joined_compounds,
            } in fields
            {
                let mut count = |term: u32| {
                    let term = term as usize;
                    if term >= counts.len() {
                        counts.resize(term + 1, (0, 0));
                    }
                    let count = &mut counts[term];
                    if *count == (0, 0) {
                        touched.push(term as u32);
                    }
                    if is_headline {
                        count.0 = count.0.saturating_add(1);
                    } else {
                        count.1 = count.1.saturating_add(1);
                    }
                };
                for folded in field_words {
                    counted_words += 1;
                    if piece_ends(counted_words) {
                        pauses.pause().await;
                    }
                    let number = self.word_number(folded);
                    let word = &self.words[number as usize];
                    word.also.iter().for_each(|&t| count(t));
                    count(word.term);
                    stream.push(number);
                    if is_headline {
                        field_lengths.headline += 1;
                    } else {
                        field_lengths.body += 1;
                    }
                }
                for joined in joined_compounds {
                    // Counted as its term alone, and not kept for the stream.
                    let number = self.word_number(joined);
                    count(self.words[number as usize].term);
                }
                stream.push(BREAK);
            }
            for term in touched.drain(..) {
                let (headline_tf, body_tf) = std::mem::take(&mut counts[term as usize]);
                self.postings[term as usize].push(Posting {
                    doc,
                    headline_tf,
                    body_tf,
                });
            }
            self.lengths.push(field_lengths);
            self.streams.push(stream);
        }
    }

    /// The number of a folded word, numbering it (and its terms) the first time it is met.
    fn word_number(&mut self, folded: String) -> u32 {
        if let Some(&number) = self.word_numbers.get(&folded) {
            return number;
        }
        let term = stem_folded(&folded);
        let mut also: Vec<String> = apostrophe_forms(&folded)
            .into_iter()
            .map(stem_folded)
            .filter(|t| *t != term)
            .collect();
        also.sort_unstable();
        also.dedup();
        let word = CountedWord {
            term: self.term_number(term),
            also: also.into_iter().map(|t| self.term_number(t)).collect(),
            text: folded.clone(),
        };
        let number = self.words.len() as u32;
        self.words.push(word);
        self.word_numbers.insert(folded, number);
        number
    }

    fn term_number(&mut self, term: String) -> u32 {
        if let Some(&number) = self.term_numbers.get(&term) {
            return number;
        }
        let number = self.terms.len() as u32;
        self.terms.push(term.clone());
        self.term_numbers.insert(term, number);
        self.postings.push(Vec::new());
        number
    }
}

/// [`Index::extended`] cut into steps, for articles added in the page ([`crate::Adding`]):
/// the added articles counted, a number of their words at a time; then the tables merged (the
/// vocabulary, the posting lists, the words of the streams renumbered), one step whose cost
/// grows with the collection and with the added words, at a few nanoseconds a word; last the
/// collection's names interned. Each step is given the same index and articles. The index is
/// the same however the steps fall: the articles are taken in their order.
pub(crate) struct Extending {
    /// How many words of added articles one step counts (one article at least: a long article
    /// is a step of its own).
    words_per_step: usize,
    stage: Extension,
}

enum Extension {
    /// The added articles before `next` counted.
    Counting { counted: Counted, next: usize },
    /// The tables merged: the names are left.
    Naming(Merged),
    /// The index given: nothing left to do.
    Done,
}

/// The index's tables once the added articles are merged into them: all but the names.
struct Merged {
    terms: Strings,
    surface_words: Strings,
    word_terms: Vec<TermId>,
    postings: PostingLists,
    streams: Streams,
    stream_starts: Vec<u32>,
    lengths: Vec<FieldLengths>,
}

impl Extending {
    pub(crate) fn new(words_per_step: usize) -> Extending {
        Extending {
            words_per_step,
            stage: Extension::Counting {
                counted: Counted::default(),
                next: 0,
            },
        }
    }

    /// Does the next share of the work on `index` extended with `articles` (those past its
    /// [`Index::document_count`] are the added ones); gives the index after the last.
    ///
    /// # Panics
    /// When called again after it gave the index: a mistake of the caller's.
    pub(crate) fn step(&mut self, index: &Index, articles: &[Article]) -> Option<Index> {
        at_once(self.step_pausing(index, articles, &mut AtOnce))
    }

    /// [`Extending::step`], pausing every few thousand words while it counts one long article.
    pub(crate) async fn step_pausing(
        &mut self,
        index: &Index,
        articles: &[Article],
        pauses: &mut impl Pauses,
    ) -> Option<Index> {
        let before = index.document_count();
        let added = &articles[before.min(articles.len())..];
        match &mut self.stage {
            Extension::Counting { counted, next } if *next < added.len() => {
                let until = *next + crate::words_step(&added[*next..], self.words_per_step);
                let first = DocId::try_from(before + *next).expect("fewer than 2^32 articles");
                counted
                    .count_pausing(&added[*next..until], first, pauses)
                    .await;
                *next = until;
            }
            Extension::Counting { counted, .. } => {
                self.stage = Extension::Naming(Merged::of(index, std::mem::take(counted)));
            }
            Extension::Naming(_) => {
                let Extension::Naming(merged) = std::mem::replace(&mut self.stage, Extension::Done)
                else {
                    unreachable!("matched above")
                };
                let (names, doc_names) = intern_names(articles);
                return Some(Index {
                    terms: merged.terms,
                    postings: merged.postings,
                    surface_words: merged.surface_words,
                    word_terms: merged.word_terms,
                    average: average_lengths(&merged.lengths),
                    lengths: merged.lengths,
                    streams: merged.streams,
                    stream_starts: merged.stream_starts,
                    names,
                    doc_names,
                    ..Index::default()
                });
            }
            Extension::Done => panic!("Extending::step called again after it gave the index"),
        }
        None
    }
}

impl Merged {
    /// `index`'s tables with the counted articles' terms, words, postings, lengths and streams
    /// merged in.
    fn of(index: &Index, counted: Counted) -> Merged {
        let Counted {
            terms,
            mut postings,
            words,
            lengths,
            streams: added_streams,
            ..
        } = counted;
        // The counted terms and words in the index's order (sorted), and where each went.
        let term_order = sorted_order(&terms);
        let mut term_rank = vec![0; terms.len()];
        for (rank, &number) in term_order.iter().enumerate() {
            term_rank[number as usize] = rank as TermId;
        }
        let added_terms: Strings = term_order
            .iter()
            .map(|&n| terms[n as usize].as_str())
            .collect();
        drop(terms);
        let added_lists: Vec<Vec<Posting>> = term_order
            .iter()
            .map(|&n| std::mem::take(&mut postings[n as usize]))
            .collect();
        let word_texts: Vec<&String> = words.iter().map(|w| &w.text).collect();
        let word_order = sorted_order(&word_texts);
        let added_words: Strings = word_order
            .iter()
            .map(|&n| words[n as usize].text.as_str())
            .collect();
        let added_word_terms: Vec<TermId> = word_order
            .iter()
            .map(|&n| term_rank[words[n as usize].term as usize])
            .collect();
        drop(words);
        let vocabulary = MergedVocabulary::of(
            index.vocabulary(),
            Vocabulary {
                terms: &added_terms,
                surface_words: &added_words,
                word_terms: &added_word_terms,
            },
        );
        let postings = vocabulary.postings(&index.postings, &added_lists);
        let mut streams =
            vocabulary.our_streams(&index.streams, added_streams.iter().map(Vec::len).sum());
        let mut stream_starts = index.stream_starts.clone();
        if stream_starts.is_empty() {
            stream_starts.push(0);
        }
        // Each counted word's id in the merged words, by its number.
        let mut word_ids = vec![0; word_order.len()];
        for (rank, &number) in word_order.iter().enumerate() {
            word_ids[number as usize] = vocabulary.their_words[rank];
        }
        for stream in &added_streams {
            streams.extend(renumbered(stream, &word_ids));
            stream_starts.push(offset(streams.len()));
        }
        Merged {
            terms: vocabulary.terms,
            surface_words: vocabulary.surface_words,
            word_terms: vocabulary.word_terms,
            postings,
            streams,
            stream_starts,
            lengths: index.lengths.iter().copied().chain(lengths).collect(),
        }
    }
}

/// The positions of `texts` in sorted order.
fn sorted_order<T: AsRef<str>>(texts: &[T]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..texts.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| texts[a as usize].as_ref().cmp(texts[b as usize].as_ref()));
    order
}

impl Index {
    pub fn build(articles: &[Article]) -> Index {
        // An index of nothing, extended with every article: one way of making an index.
        Index::default().extended(articles)
    }

    /// The index of `articles`, whose first [`Index::document_count`] are the ones this index
    /// holds and the rest added after them: the same index [`Index::build`] makes of them all
    /// (a property test holds the two equal), for the work of the added articles alone plus a
    /// pass over the tables (the vocabulary merged, the streams renumbered, the posting lists
    /// copied with the new postings after them), not the whole collection's words found,
    /// folded and stemmed again. The steps of [`Extending`] in one go.
    pub fn extended(&self, articles: &[Article]) -> Index {
        let mut extending = Extending::new(usize::MAX);
        loop {
            if let Some(index) = extending.step(self, articles) {
                return index;
            }
        }
    }

    /// The index of the articles `order` names, in that order (`order[new]` is the article that
    /// becomes `new`; an article it leaves out is dropped), over the same vocabulary. What
    /// [`Index::build`] makes of those articles in that order, with this index's words, for a
    /// pass over the tables (each posting list read, renumbered and laid out again) instead of
    /// every article's words found, folded and stemmed again. Derived tables and the counts of
    /// the whole collection (`parts`) are not kept.
    pub fn rearranged(&self, order: &[DocId]) -> Index {
        let mut new_id: Vec<Option<DocId>> = vec![None; self.document_count()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = Some(new as DocId);
        }
        let mut lists: Vec<Vec<Posting>> = (0..self.terms.len() as TermId)
            .map(|term| {
                self.postings(term)
                    .filter_map(|p| {
                        Some(Posting {
                            doc: new_id[p.doc as usize]?,
                            ..p
                        })
                    })
                    .collect()
            })
            .collect();
        for list in &mut lists {
            list.sort_unstable_by_key(|p| p.doc);
        }
        let postings = PostingLists::merged(
            &PostingLists::default(),
            lists.iter().map(|list| (None, list.as_slice())),
        );
        let mut streams = Streams::with_capacity(self.streams.len(), self.word_count());
        let mut stream_starts = Vec::with_capacity(order.len() + 1);
        stream_starts.push(0);
        for &old in order {
            streams.extend(self.stream(old).iter().copied());
            stream_starts.push(offset(streams.len()));
        }
        let lengths: Vec<FieldLengths> = order.iter().map(|&d| self.lengths[d as usize]).collect();
        let (names, doc_names) = self.names_of(order);
        Index {
            terms: self.terms.clone(),
            postings,
            surface_words: self.surface_words.clone(),
            word_terms: self.word_terms.clone(),
            average: average_lengths(&lengths),
            lengths,
            streams,
            stream_starts,
            names,
            doc_names,
            ..Index::default()
        }
    }

    /// The names of the articles `order` names, as a table of their own (the names of an
    /// article left out go with it), and those articles' names as ids into it.
    fn names_of(&self, order: &[DocId]) -> (Strings, Vec<DocNames>) {
        let mut used = vec![false; self.names.len()];
        for &doc in order {
            let d = &self.doc_names[doc as usize];
            for &id in d.source.iter().chain(&d.folder).chain(&d.people) {
                used[id as usize] = true;
            }
            for &id in d.places.iter().chain(&d.organizations) {
                used[id as usize] = true;
            }
        }
        let mut new_id = vec![0 as NameId; self.names.len()];
        let mut names = Strings::default();
        for (old, name) in self.names.iter().enumerate() {
            if used[old] {
                new_id[old] = names.len() as NameId;
                names.push(name);
            }
        }
        let ids = |list: &[NameId]| list.iter().map(|&id| new_id[id as usize]).collect();
        let doc_names = order
            .iter()
            .map(|&doc| {
                let d = &self.doc_names[doc as usize];
                DocNames {
                    source: d.source.map(|id| new_id[id as usize]),
                    people: ids(&d.people),
                    places: ids(&d.places),
                    organizations: ids(&d.organizations),
                    folder: d.folder.map(|id| new_id[id as usize]),
                }
            })
            .collect();
        (names, doc_names)
    }

    /// The index of this index's articles followed by `other`'s: what [`Index::build`] makes of
    /// them all (a property test holds the two equal), from the two indexes alone, for a pass
    /// over their tables (vocabularies and names merged, words and postings renumbered) instead
    /// of the other articles' words found, folded and stemmed again. The page joins the parts
    /// of a collection in parts this way, each with the index the build made of it.
    pub fn joined(&self, other: &Index) -> Index {
        let before = self.document_count() as DocId;
        let vocabulary = MergedVocabulary::of(self.vocabulary(), other.vocabulary());
        let their_lists: Vec<Vec<Posting>> = (0..other.term_count() as TermId)
            .map(|term| {
                other
                    .postings(term)
                    .map(|p| Posting {
                        doc: p.doc + before,
                        ..p
                    })
                    .collect()
            })
            .collect();
        let postings = vocabulary.postings(&self.postings, &their_lists);
        let mut streams = vocabulary.our_streams(&self.streams, other.streams.len());
        let mut stream_starts = self.stream_starts.clone();
        if stream_starts.is_empty() {
            stream_starts.push(0);
        }
        for doc in 0..other.document_count() as DocId {
            streams.extend(renumbered(&other.stream(doc), &vocabulary.their_words));
            stream_starts.push(offset(streams.len()));
        }
        let names = Union::of(self.names.iter(), other.names.iter());
        let doc_names = self
            .doc_names
            .iter()
            .map(|d| d.renamed(|id| names.table_at[*id as usize]))
            .chain(
                other
                    .doc_names
                    .iter()
                    .map(|d| d.renamed(|id| names.more_at[*id as usize])),
            )
            .collect();
        let lengths: Vec<FieldLengths> =
            self.lengths.iter().chain(&other.lengths).copied().collect();
        Index {
            terms: vocabulary.terms,
            postings,
            surface_words: vocabulary.surface_words,
            word_terms: vocabulary.word_terms,
            average: average_lengths(&lengths),
            lengths,
            streams,
            stream_starts,
            names: names.all,
            doc_names,
            ..Index::default()
        }
    }

    /// The same index over the vocabulary of `whole` too (the collection this index holds some
    /// articles of): its terms and words that this index lacks join it without postings. So
    /// every decision made on the vocabulary (whether a typed word is a word of the collection,
    /// its completions and near spellings) is the whole collection's.
    pub(crate) fn with_vocabulary_of(&self, whole: &Index) -> Index {
        let vocabulary = MergedVocabulary::of(self.vocabulary(), whole.vocabulary());
        Index {
            postings: vocabulary.postings(&self.postings, &[]),
            streams: vocabulary.our_streams(&self.streams, 0),
            terms: vocabulary.terms,
            surface_words: vocabulary.surface_words,
            word_terms: vocabulary.word_terms,
            stream_starts: self.stream_starts.clone(),
            lengths: self.lengths.clone(),
            average: self.average,
            names: self.names.clone(),
            doc_names: self.doc_names.clone(),
            ..Index::default()
        }
    }

    fn vocabulary(&self) -> Vocabulary<'_> {
        Vocabulary {
            terms: &self.terms,
            surface_words: &self.surface_words,
            word_terms: &self.word_terms,
        }
    }

    pub fn document_count(&self) -> usize {
        self.lengths.len()
    }

    pub fn term_id(&self, term: &str) -> Option<TermId> {
        self.terms.binary_search(term).ok().map(|i| i as TermId)
    }

    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The articles that hold the term, by ascending document.
    pub fn postings(&self, id: TermId) -> Postings<'_> {
        self.postings.of(id)
    }

    /// In how many articles the term occurs.
    pub fn document_frequency(&self, id: TermId) -> usize {
        match &self.article_frequencies {
            Some(frequencies) => frequencies[id as usize] as usize,
            None => self.postings.count(id),
        }
    }

    /// How many articles rarity (idf) counts against: the whole collection's, also when this
    /// index holds only some of its parts.
    pub fn collection_size(&self) -> usize {
        self.whole_collection.unwrap_or(self.document_count())
    }

    pub fn lengths(&self, doc: DocId) -> FieldLengths {
        self.lengths[doc as usize]
    }

    /// Average headline and body lengths.
    pub fn average_lengths(&self) -> (f32, f32) {
        self.average
    }

    /// The id of a folded surface word.
    pub fn word_id(&self, folded: &str) -> Option<WordId> {
        self.surface_words
            .binary_search(folded)
            .ok()
            .map(|i| i as WordId)
    }

    pub fn word(&self, id: WordId) -> &str {
        &self.surface_words[id as usize]
    }

    pub fn term_of_word(&self, id: WordId) -> TermId {
        self.word_terms[id as usize]
    }

    pub fn word_count(&self) -> usize {
        self.surface_words.len()
    }

    /// Ids of the surface words in `range` of the sorted vocabulary that start with `prefix`.
    pub fn words_with_prefix(&self, prefix: &str) -> std::ops::Range<WordId> {
        let start = self.surface_words.count_below(prefix);
        let len = (start..self.word_count())
            .take_while(|&w| self.surface_words[w].starts_with(prefix))
            .count();
        start as WordId..(start + len) as WordId
    }

    /// The surface words that start with `first` and have `letters` letters.
    pub fn words_starting_with(&self, first: char, letters: usize) -> &[WordId] {
        let all = self.words_by_start_and_length.get_or_init(|| {
            let mut all: HashMap<(char, usize), Vec<WordId>> = HashMap::new();
            for (id, word) in self.surface_words.iter().enumerate() {
                if let Some(first) = word.chars().next() {
                    let key = (first, word.chars().count());
                    all.entry(key).or_default().push(id as WordId);
                }
            }
            all
        });
        all.get(&(first, letters)).map_or(&[], Vec::as_slice)
    }

    /// The article's words in order, [`BREAK`] after the headline, each paragraph and each caption.
    pub fn stream(&self, doc: DocId) -> Cow<'_, [WordId]> {
        self.streams.words(self.stream_range(doc))
    }

    /// The article's [`Index::stream`] as the index holds it, for reading without a copy.
    pub fn stream_words(&self, doc: DocId) -> StreamWords<'_> {
        self.streams.as_held(self.stream_range(doc))
    }

    /// The [`headline_words`] of the article's [`Index::stream`], without widening the rest.
    pub fn headline_stream(&self, doc: DocId) -> Cow<'_, [WordId]> {
        self.streams.headline(self.stream_range(doc))
    }

    fn stream_range(&self, doc: DocId) -> std::ops::Range<usize> {
        self.stream_starts[doc as usize] as usize..self.stream_starts[doc as usize + 1] as usize
    }

    /// The surface words that stem to `term` (`defend`: "defend", "defending", ...), and the
    /// words filed under it as well as under their own ([`apostrophe_forms`]: `sullivan`:
    /// "sullivan", "o'sullivan").
    pub fn word_ids_of(&self, term: TermId) -> &[WordId] {
        let words_of_term = self.words_of_term.get_or_init(|| {
            // Hands `file` every word under each term it is filed under, in word order, each
            // once: twice, to count and then to fill, rather than holding the pairs between.
            let each_filing = |file: &mut dyn FnMut(TermId, WordId)| {
                let mut last_filed = vec![WordId::MAX; self.terms.len()];
                for (position, (word, &term)) in
                    self.surface_words.iter().zip(&self.word_terms).enumerate()
                {
                    let position = position as WordId;
                    file(term, position);
                    last_filed[term as usize] = position;
                    for form in apostrophe_forms(word) {
                        if let Some(extra) = self.term_id(&stem_folded(form)) {
                            if last_filed[extra as usize] != position {
                                file(extra, position);
                                last_filed[extra as usize] = position;
                            }
                        }
                    }
                }
            };
            WordsOfTerm::of(self.terms.len(), each_filing)
        });
        words_of_term.of_term(term)
    }

    /// The folded surface words that stem to `term`, or are filed under it ([`Index::word_ids_of`]).
    pub fn words_of(&self, term: TermId) -> impl Iterator<Item = &str> {
        self.word_ids_of(term).iter().map(|&id| self.word(id))
    }

    /// Terms of the surface words that start with `folded_prefix`, at most `limit`, most
    /// widespread first (a short prefix has thousands; the common ones are what people mean).
    pub fn terms_with_prefix(&self, folded_prefix: &str, limit: usize) -> Vec<TermId> {
        let range = self.words_with_prefix(folded_prefix);
        let mut found: Vec<TermId> = range.map(|w| self.term_of_word(w)).collect();
        found.sort_unstable();
        found.dedup();
        if found.len() > limit {
            found.sort_by_key(|&t| std::cmp::Reverse(self.document_frequency(t)));
            found.truncate(limit);
        }
        found
    }

    pub fn name(&self, id: NameId) -> &str {
        &self.names[id as usize]
    }

    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    pub fn doc_names(&self, doc: DocId) -> &DocNames {
        &self.doc_names[doc as usize]
    }

    /// The folded words of a name, as filters compare them.
    pub fn name_words(&self, id: NameId) -> &[String] {
        let all = self.name_words.get_or_init(|| {
            self.names
                .iter()
                .map(|name| words(name).map(|w| fold(w.text)).collect())
                .collect()
        });
        &all[id as usize]
    }
}

/// Every term's postings one after the other in one buffer, in the order search reads them.
/// Each posting is the gap from the article before it, then its counts as one number,
/// `body_tf << 2 | min(headline_tf, 3)`, then `headline_tf - 3` when the headline holds the term
/// three times or more; all as [`varint`]s. Most postings take two bytes, where a [`Posting`]
/// takes eight and a list of them its own allocation (BBC: 0.9 MB in place of 4.4 MB). Search
/// reads them as they are, so the page's embedded collection lends them (`Cow::Borrowed`) and
/// they are not held twice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PostingLists {
    bytes: Cow<'static, [u8]>,
    /// Where each term's list starts in `bytes`; one more entry than terms.
    starts: Vec<u32>,
    /// How many postings each term's list holds: its document frequency.
    counts: Vec<u32>,
}

impl PostingLists {
    /// Appends one posting to `bytes`, written as the gap from the article before it in its
    /// list.
    fn push(bytes: &mut Vec<u8>, posting: &Posting, previous: &mut DocId) {
        varint::write(bytes, posting.doc - *previous);
        *previous = posting.doc;
        let headline = u32::from(posting.headline_tf);
        varint::write(bytes, u32::from(posting.body_tf) << 2 | headline.min(3));
        if headline >= 3 {
            varint::write(bytes, headline - 3);
        }
    }

    /// Lists for a merged vocabulary: for each of its terms, in order, that term's list here
    /// (when it had one) copied as it is, then its new postings, which are of later articles.
    pub(crate) fn merged<'a>(
        old: &PostingLists,
        terms: impl Iterator<Item = (Option<TermId>, &'a [Posting])>,
    ) -> PostingLists {
        let mut bytes = Vec::new();
        let mut starts = vec![0];
        let mut counts = Vec::new();
        for (old_term, new) in terms {
            let mut previous = 0;
            let mut count = new.len();
            if let Some(term) = old_term {
                let list = old.of(term);
                count += list.len();
                bytes.extend_from_slice(list.bytes);
                previous = list.last().map_or(0, |p| p.doc);
            }
            for posting in new {
                PostingLists::push(&mut bytes, posting, &mut previous);
            }
            starts.push(offset(bytes.len()));
            counts.push(count as u32);
        }
        PostingLists {
            bytes: Cow::Owned(bytes),
            starts,
            counts,
        }
    }

    pub(crate) fn of(&self, term: TermId) -> Postings<'_> {
        let (from, to) = (self.starts[term as usize], self.starts[term as usize + 1]);
        Postings {
            bytes: &self.bytes[from as usize..to as usize],
            previous: 0,
            left: self.counts[term as usize],
        }
    }

    fn count(&self, term: TermId) -> usize {
        self.counts[term as usize] as usize
    }

    /// The buffer and the counts, as the collection's byte layout stores them (the starts are
    /// found again by reading).
    pub(crate) fn parts(&self) -> (&[u8], &[u32]) {
        (&self.bytes, &self.counts)
    }

    /// The lists from their buffer and counts, each read once through to find where it ends
    /// and to check that it names only articles below `documents` in ascending order: a damaged
    /// layout is refused here, so that search never meets one.
    pub(crate) fn from_parts(
        bytes: Cow<'static, [u8]>,
        counts: Vec<u32>,
        documents: usize,
    ) -> Option<PostingLists> {
        let mut starts = Vec::with_capacity(counts.len() + 1);
        starts.push(0u32);
        let mut rest: &[u8] = &bytes;
        for &count in &counts {
            let mut list = Postings {
                bytes: rest,
                previous: 0,
                left: count,
            };
            let mut last: Option<DocId> = None;
            for _ in 0..count {
                let posting = list.read()?;
                if posting.doc as usize >= documents || last.is_some_and(|l| l >= posting.doc) {
                    return None;
                }
                last = Some(posting.doc);
            }
            rest = list.bytes;
            starts.push((bytes.len() - rest.len()) as u32);
        }
        rest.is_empty().then_some(PostingLists {
            bytes,
            starts,
            counts,
        })
    }
}

/// One term's postings, read from [`PostingLists`] as they are iterated.
#[derive(Clone, Debug)]
pub struct Postings<'a> {
    bytes: &'a [u8],
    previous: DocId,
    left: u32,
}

impl Postings<'_> {
    fn read(&mut self) -> Option<Posting> {
        let (gap, rest) = varint::read(self.bytes)?;
        let (counts, mut rest) = varint::read(rest)?;
        let mut headline_tf = counts & 3;
        if headline_tf == 3 {
            let (more, after) = varint::read(rest)?;
            headline_tf = headline_tf.checked_add(more)?;
            rest = after;
        }
        let doc = self.previous.checked_add(gap)?;
        self.bytes = rest;
        self.previous = doc;
        Some(Posting {
            doc,
            headline_tf: u16::try_from(headline_tf).ok()?,
            body_tf: u16::try_from(counts >> 2).ok()?,
        })
    }

    /// Whether the term's articles include `doc`; stops at the first article past it.
    pub fn contains(self, doc: DocId) -> bool {
        self.map(|p| p.doc).find(|&d| d >= doc) == Some(doc)
    }
}

impl Iterator for Postings<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        // Lists are checked whole when the layout is read, so this never ends early.
        self.read()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left as usize, Some(self.left as usize))
    }
}

impl ExactSizeIterator for Postings<'_> {}

/// Average headline and body lengths in words, for BM25.
fn average_lengths(lengths: &[FieldLengths]) -> (f32, f32) {
    let n = lengths.len().max(1) as f32;
    (
        lengths.iter().map(|l| l.headline as f32).sum::<f32>() / n,
        lengths.iter().map(|l| l.body as f32).sum::<f32>() / n,
    )
}

/// A sorted vocabulary: its terms, and its folded words each with the position of its term.
#[derive(Clone, Copy)]
struct Vocabulary<'a> {
    terms: &'a Strings,
    surface_words: &'a Strings,
    word_terms: &'a [TermId],
}

/// Two vocabularies, ours and theirs, as one, with where each side's terms and words went:
/// what adding articles ([`Index::extended`]), joining an index ([`Index::joined`]) and taking
/// a whole collection's words ([`Index::with_vocabulary_of`]) all begin with.
struct MergedVocabulary {
    terms: Strings,
    surface_words: Strings,
    word_terms: Vec<TermId>,
    /// For each merged term, its id on our side when it had one there.
    our_term: Vec<Option<TermId>>,
    /// Each of their terms' new id.
    their_terms: Vec<TermId>,
    /// Each of our words' new id, and each of theirs'.
    our_words: Vec<WordId>,
    their_words: Vec<WordId>,
}

impl MergedVocabulary {
    fn of(ours: Vocabulary<'_>, theirs: Vocabulary<'_>) -> MergedVocabulary {
        let terms = Union::of(ours.terms.iter(), theirs.terms.iter());
        let words = Union::of(ours.surface_words.iter(), theirs.surface_words.iter());
        // A word on both sides stems to the same term on both.
        let mut word_terms = vec![0; words.all.len()];
        for (side, new_word, new_term) in [
            (theirs.word_terms, &words.more_at, &terms.more_at),
            (ours.word_terms, &words.table_at, &terms.table_at),
        ] {
            for (term, &word) in side.iter().zip(new_word) {
                word_terms[word as usize] = new_term[*term as usize];
            }
        }
        MergedVocabulary {
            surface_words: words.all,
            word_terms,
            terms: terms.all,
            our_term: terms.from_table,
            their_terms: terms.more_at,
            our_words: words.table_at,
            their_words: words.more_at,
        }
    }

    /// Posting lists for the merged terms: each of ours copied as it is, then the postings
    /// `their_lists` holds for it (by their term ids), which are of later articles.
    fn postings(&self, ours: &PostingLists, their_lists: &[Vec<Posting>]) -> PostingLists {
        let mut added: Vec<&[Posting]> = vec![&[]; self.terms.len()];
        for (list, &term) in their_lists.iter().zip(&self.their_terms) {
            added[term as usize] = list;
        }
        PostingLists::merged(ours, self.our_term.iter().copied().zip(added))
    }

    /// Our streams with our words' new ids, as wide as the merged vocabulary needs, with room
    /// for `more` words after them.
    fn our_streams(&self, streams: &Streams, more: usize) -> Streams {
        let mut ours = Streams::with_capacity(streams.len() + more, self.surface_words.len());
        ours.extend(streams.iter().map(|w| {
            if w == BREAK {
                BREAK
            } else {
                self.our_words[w as usize]
            }
        }));
        ours
    }
}

/// A stream with its words renumbered by `table`; breaks stay breaks.
fn renumbered<'a>(stream: &'a [WordId], table: &'a [WordId]) -> impl Iterator<Item = WordId> + 'a {
    stream
        .iter()
        .map(|&w| if w == BREAK { BREAK } else { table[w as usize] })
}

/// The sorted union of two sorted lists of distinct strings, a table's and more, made in one
/// pass as in a merge sort, with where the entries of each went.
struct Union {
    all: Strings,
    /// For each entry, its position in the table when it came from there.
    from_table: Vec<Option<u32>>,
    /// Each table entry's position in `all`, and each of the others'.
    table_at: Vec<u32>,
    more_at: Vec<u32>,
}

impl Union {
    fn of<'a>(table: impl Iterator<Item = &'a str>, more: impl Iterator<Item = &'a str>) -> Union {
        let (mut table, mut more) = (table.peekable(), more.peekable());
        let mut union = Union {
            all: Strings::default(),
            from_table: Vec::new(),
            table_at: Vec::new(),
            more_at: Vec::new(),
        };
        loop {
            let order = match (table.peek(), more.peek()) {
                (None, None) => break,
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(old), Some(new)) => old.cmp(new),
            };
            let at = union.all.len() as u32;
            if order.is_gt() {
                union.all.push(more.next().expect("peeked"));
                union.from_table.push(None);
                union.more_at.push(at);
                continue;
            }
            if order.is_eq() {
                more.next();
                union.more_at.push(at);
            }
            union.all.push(table.next().expect("peeked"));
            union.from_table.push(Some(union.table_at.len() as u32));
            union.table_at.push(at);
        }
        union
    }
}

/// Each term's surface words, all in one table: term `t`'s are `words[starts[t]..starts[t + 1]]`,
/// in word order. One allocation, where a list per term took one each: tens of thousands of
/// lists of one or two words (BBC natively: 0.7 MB less heap after the first search).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WordsOfTerm {
    starts: Vec<u32>,
    words: Vec<WordId>,
}

impl WordsOfTerm {
    /// The table of what `each_filing` hands its argument (a term and one of its words, in
    /// word order, the same each time it is called).
    fn of(terms: usize, each_filing: impl Fn(&mut dyn FnMut(TermId, WordId))) -> WordsOfTerm {
        let mut starts = vec![0u32; terms + 1];
        each_filing(&mut |term, _| starts[term as usize + 1] += 1);
        for t in 0..terms {
            starts[t + 1] += starts[t];
        }
        let mut next = starts.clone();
        let mut words = vec![0; starts[terms] as usize];
        each_filing(&mut |term, word| {
            words[next[term as usize] as usize] = word;
            next[term as usize] += 1;
        });
        WordsOfTerm { starts, words }
    }

    fn of_term(&self, term: TermId) -> &[WordId] {
        let term = term as usize;
        &self.words[self.starts[term] as usize..self.starts[term + 1] as usize]
    }
}

/// A position in the streams or the postings as the index keeps it. Past 4 GiB, which a page's
/// 32-bit memory could not hold anyway (about 10 million articles), a build stops with this
/// message rather than wrap round to a wrong position: such a collection is one for several
/// indexes (docs/scaling.md).
fn offset(position: usize) -> u32 {
    u32::try_from(position)
        .expect("one index holds under 4 GiB of word streams and postings: split the collection")
}

/// A headline, paragraph or caption as [`Index::build`] counts it.
struct FoldedField {
    is_headline: bool,
    /// Its words, folded, in order.
    words: Vec<String>,
    /// A hyphenated compound is also its joined form (`e-mail` is `email`), once where it
    /// occurs; the stream keeps its parts, which are words of their own.
    joined_compounds: Vec<String>,
}

/// The article's headline, then each paragraph, then each caption. Captions count as body
/// text: a person named only under a photo is still in the story.
fn folded_fields(article: &Article) -> Vec<FoldedField> {
    at_once(folded_fields_pausing(article, &mut AtOnce))
}

/// [`folded_fields`], pausing every few thousand words (`pauses.rs`).
async fn folded_fields_pausing(article: &Article, pauses: &mut impl Pauses) -> Vec<FoldedField> {
    let texts = std::iter::once((true, &*article.headline))
        .chain(article.paragraphs.iter().map(|p| (false, &**p)))
        .chain(article.captions.iter().map(|c| (false, c.text.as_str())));
    let mut fields = Vec::new();
    let mut folded_words = 0;
    for (is_headline, text) in texts {
        let mut field_words: Vec<Word<'_>> = Vec::new();
        let mut folded: Vec<String> = Vec::new();
        for word in words(text) {
            folded_words += 1;
            if piece_ends(folded_words) {
                pauses.pause().await;
            }
            folded.push(fold(word.text));
            field_words.push(word);
        }
        fields.push(FoldedField {
            is_headline,
            words: folded,
            joined_compounds: hyphen_compounds(text, &field_words)
                .into_iter()
                .map(|(_, joined)| joined)
                .collect(),
        });
    }
    fields
}

pub(crate) fn intern_names(articles: &[Article]) -> (Strings, Vec<DocNames>) {
    // Each distinct name found with a hash set and only those sorted and copied: a collection
    // names the same people and places again and again (26,909 names on BBC, 7,664 distinct),
    // and this runs over the whole collection again each time articles are added to it.
    let every = articles.iter().flat_map(|a| {
        let e = &a.entities;
        a.source
            .iter()
            .map(String::as_str)
            .chain(a.folder())
            .chain(e.people.iter().map(|p| &*p.name))
            .chain(e.places.iter().map(|p| &*p.name))
            .chain(e.organizations.iter().map(|o| &*o.name))
    });
    let mut distinct: Vec<&str> = every.collect::<HashSet<&str>>().into_iter().collect();
    distinct.sort_unstable();
    let ids_by_name: HashMap<&str, NameId> = distinct
        .iter()
        .enumerate()
        .map(|(id, &name)| (name, id as NameId))
        .collect();
    let id = |name: &str| ids_by_name[name];
    let ids = |list: &[crate::article::EntityCount]| list.iter().map(|e| id(&e.name)).collect();
    let doc_names = articles
        .iter()
        .map(|a| DocNames {
            source: a.source.as_deref().map(id),
            people: ids(&a.entities.people),
            places: ids(&a.entities.places),
            organizations: ids(&a.entities.organizations),
            folder: a.folder().map(id),
        })
        .collect();
    (distinct.into_iter().collect(), doc_names)
}

#[cfg(test)]
impl Index {
    /// The same index with its streams held wide, as a vocabulary past what a `u16` numbers
    /// holds them: for tests that both widths answer alike.
    pub(crate) fn with_wide_streams(&self) -> Index {
        let mut streams = Streams::with_capacity(self.streams.len(), usize::MAX);
        streams.extend(self.streams.iter());
        Index {
            streams,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn article(id: usize, text: &str) -> Article {
        crate::parse(&format!("a/{id}"), text)
    }

    /// The articles of `first`'s texts, then of `added`'s, numbered in that order.
    fn articles_of(first: &[String], added: &[String]) -> Vec<Article> {
        first
            .iter()
            .chain(added)
            .enumerate()
            .map(|(i, t)| article(i, t))
            .collect()
    }

    fn text() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "minister",
            "ministers",
            "said",
            "talks",
            "O'Brien",
            "e-mail",
            "well-known",
            "the",
            "of",
            "London",
            "zebra",
            "quokka",
            "2004",
            "Élysée",
            "naïve",
            "x",
            ",",
            ".",
        ]);
        (
            prop::collection::vec(word.clone(), 1..5),
            prop::collection::vec(prop::collection::vec(word, 1..30), 1..4),
        )
            .prop_map(|(headline, paragraphs)| {
                let body: Vec<String> = paragraphs.iter().map(|p| p.join(" ")).collect();
                format!("{}\n\n{}", headline.join(" "), body.join("\n\n"))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(80))]

        #[test]
        fn an_index_extended_or_joined_with_articles_is_the_index_built_with_them(
            first in prop::collection::vec(text(), 0..5),
            added in prop::collection::vec(text(), 0..5),
        ) {
            let articles = articles_of(&first, &added);
            let (before, after) = articles.split_at(first.len());
            let built = Index::build(&articles);
            prop_assert_eq!(Index::build(before).extended(&articles), built.clone());
            prop_assert_eq!(
                Index::build(before).joined(&Index::build(after)),
                built,
                "two indexes joined are the index built of their articles"
            );
        }

        #[test]
        fn an_index_extended_a_few_words_at_a_time_is_the_index_built_at_once(
            first in prop::collection::vec(text(), 0..4),
            added in prop::collection::vec(text(), 0..6),
            words_per_step in 1usize..60,
        ) {
            let articles = articles_of(&first, &added);
            let index = Index::build(&articles[..first.len()]);
            let mut extending = Extending::new(words_per_step);
            let mut steps = 1;
            let stepped = loop {
                if let Some(index) = extending.step(&index, &articles) {
                    break index;
                }
                steps += 1;
            };
            prop_assert_eq!(stepped, Index::build(&articles));
            // Words counted, the tables merged, the names: three steps at the least.
            prop_assert!(steps >= 3 || added.is_empty(), "{} steps", steps);
        }

        #[test]
        fn an_index_rearranged_is_the_index_built_of_those_articles_in_that_order(
            texts in prop::collection::vec(text(), 1..7),
            shuffle in any::<prop::sample::Index>(),
            dropped in any::<prop::sample::Index>(),
        ) {
            let articles: Vec<Article> =
                texts.iter().enumerate().map(|(i, t)| article(i, t)).collect();
            // One of the orders: the articles rotated, then every other pair swapped; then
            // one of them dropped, or none.
            let n = articles.len();
            let by = shuffle.index(n) as DocId;
            let mut order: Vec<DocId> = (0..n as DocId).map(|i| (i + by) % n as DocId).collect();
            for pair in order.chunks_mut(2).step_by(2) {
                pair.reverse();
            }
            let all = Index::build(&articles);
            let in_order: Vec<Article> = order.iter().map(|&d| articles[d as usize].clone()).collect();
            prop_assert_eq!(all.rearranged(&order), Index::build(&in_order));
            order.remove(dropped.index(n));
            let kept: Vec<Article> = order.iter().map(|&d| articles[d as usize].clone()).collect();
            prop_assert_eq!(
                all.rearranged(&order),
                Index::build(&kept).with_vocabulary_of(&all),
                "the index of the articles kept, with every word"
            );
        }
    }

    #[test]
    fn a_word_with_an_apostrophe_is_among_the_words_of_each_term_it_is_filed_under_in_word_order() {
        let index = Index::build(&[
            article(0, "Talks\n\nO'Sullivan met Sullivan and the sullivans."),
            article(1, "More\n\nSullivan's team won."),
        ]);
        let words_of = |term: &str| -> Vec<&str> {
            let term = index
                .term_id(&stem_folded(term))
                .expect("a term of the articles");
            index.words_of(term).collect()
        };
        let sullivan = words_of("sullivan");
        assert!(sullivan.contains(&"sullivan") && sullivan.contains(&"o'sullivan"));
        let mut sorted = sullivan.clone();
        sorted.sort_unstable();
        assert_eq!(sullivan, sorted, "a term's words come in word order");
        assert!(words_of("talks").iter().all(|w| !w.contains("sullivan")));
        let total: usize = (0..index.term_count() as TermId)
            .map(|t| index.word_ids_of(t).len())
            .sum();
        assert!(total > index.word_count(), "some word is filed twice");
    }

    #[test]
    fn a_stream_cuts_into_its_headline_paragraphs_and_captions_with_no_empty_field_after_them() {
        let stream = [1, 2, BREAK, 3, BREAK, BREAK, 4, 5, BREAK];
        let fields: Vec<&[WordId]> = stream_fields(&stream).collect();
        assert_eq!(fields, [&[1, 2][..], &[3], &[], &[4, 5]]);
        assert_eq!(headline_words(&stream), [1, 2]);
        assert_eq!(stream_fields::<WordId>(&[]).count(), 0);
        assert_eq!(headline_words::<WordId>(&[]), [] as [WordId; 0]);
        let index = Index::build(&[article(0, "Talks end\n\nThe minister spoke.\n\nThen left.")]);
        assert_eq!(index.headline_stream(0), headline_words(&index.stream(0)));
        let words: Vec<Vec<&str>> = stream_fields(&index.stream(0))
            .map(|field| field.iter().map(|&w| index.word(w)).collect())
            .collect();
        assert_eq!(
            words,
            [
                vec!["talks", "end"],
                vec!["the", "minister", "spoke"],
                vec!["then", "left"]
            ]
        );
    }

    #[test]
    fn an_index_extended_twice_is_the_index_built_once() {
        let articles: Vec<Article> = [
            "Talks\n\nThe minister said talks went well.",
            "Zebra\n\nA zebra and an e-mail from O'Brien.",
            "Quokka\n\nThe quokka is well-known, the ministers said.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| article(i, t))
        .collect();
        let step_by_step = Index::build(&articles[..1])
            .extended(&articles[..2])
            .extended(&articles);
        assert_eq!(step_by_step, Index::build(&articles));
    }
}
