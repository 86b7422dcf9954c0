//! A collection in parts, for collections past what one page should hold: the articles in runs
//! of [`ARTICLES_PER_PART`] (each a file of its own, fetched when a query needs it), and a small
//! [`Directory`] that the page holds from the start.
//!
//! The directory has the whole collection's vocabulary and, for each term, the parts that hold
//! it and in how many articles. A query is parsed against it exactly as against the whole
//! collection's index (the same completions, near spellings and phrases), which names every
//! part that may hold an article it matches ([`Directory::parts_for`]). The page fetches those
//! and searches the parts it holds as one collection ([`Corpus::with_parts`]), whose ranking
//! has the whole collection's vocabulary and counts rarity against it (its article count,
//! average lengths and each term's article count, from the directory): so a query of words is
//! read as in the whole collection (the same completions, near spellings and exact forms), and
//! once its parts are here
//! has the same hits, scores, total and facets as in the whole collection (`tests/parts.rs`).
//!
//! What is not the whole collection's, and why:
//! - A query with no words (all articles, or filters alone) may be answered by any part. The
//!   page answers it from the parts it holds and says how many that is, rather than fetching a
//!   collection that was cut up because it is too large to fetch at once.
//! - Views that compare the matching articles with the rest (distinctive terms, related
//!   articles, copies of a story) compare them with the parts fetched so far.
//! - "Did you mean" is offered when the query it suggests finds more among the parts here:
//!   the suggested query's own parts are not fetched to try it.
//! - A phrase beside other words is scored by how many of the articles here hold it: the
//!   directory counts words, not phrases, and a query's parts are only those that may hold all
//!   of it. (A phrase alone has all its articles here, and scores as in the whole.)

use crate::article::Article;
use crate::duplicates::Duplicates;
use crate::index::{DocId, Index, Posting, PostingLists};
use crate::search::query::{Clause, Query};
use crate::stored::parts::{part_from_bytes, part_to_bytes, StoredDirectory};
use crate::{Corpus, FormatError};
use std::collections::{BTreeMap, BTreeSet};

/// Articles in one part. About 1 MB of layout at BBC's 4 KB an article: small enough that a
/// query fetches little more than it needs, large enough that a collection of 100,000 articles
/// is a directory of 100 parts and a query a handful of requests.
pub const ARTICLES_PER_PART: usize = 250;

/// Past this many articles a build is in parts unless asked otherwise: a collection this size
/// embedded in the page is some 90 MB of Wasm and 400 MB of memory (docs/scaling.md).
pub const IN_PARTS_PAST: usize = 20_000;

/// One part as the directory lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartEntry {
    /// Its file name, which the build makes from its contents: a changed part is a new file.
    pub name: String,
    /// The position of its first article in the whole collection.
    pub first: usize,
    pub articles: usize,
    /// Its size in bytes: what fetching it costs.
    pub bytes: usize,
}

/// What the page holds of a collection in parts from the start (see the module's comment).
#[derive(Clone, Debug)]
pub struct Directory {
    parts: Vec<PartEntry>,
    /// An index whose documents are the parts: the whole collection's vocabulary, each term's
    /// parts as its postings, and in how many articles it occurs.
    routes: Index,
    articles: usize,
    average: (f32, f32),
}

/// A collection cut into parts by [`Corpus::in_parts`]: the directory's bytes, and each part's
/// file name and bytes in collection order.
pub struct InParts {
    pub directory: Vec<u8>,
    pub parts: Vec<(String, Vec<u8>)>,
}

impl Corpus {
    /// The collection cut into parts of `per_part` articles, each named by `name_of` from its
    /// bytes (the build names them by a hash of their contents), with their directory.
    pub fn in_parts(&self, per_part: usize, name_of: impl Fn(&[u8]) -> String) -> InParts {
        let per_part = per_part.max(1);
        let parts: Vec<(String, Vec<u8>, usize)> = self
            .articles
            .chunks(per_part)
            .enumerate()
            .map(|(number, articles)| {
                let bytes = part_to_bytes((number * per_part) as u32, articles);
                (name_of(&bytes), bytes, articles.len())
            })
            .collect();
        let index = &self.index;
        let lists: Vec<Vec<Posting>> = (0..index.term_count() as u32)
            .map(|term| {
                let mut list: Vec<Posting> = Vec::new();
                for posting in index.postings(term) {
                    let part = (posting.doc as usize / per_part) as DocId;
                    if list.last().is_none_or(|p| p.doc != part) {
                        list.push(Posting {
                            doc: part,
                            headline_tf: 0,
                            body_tf: 0,
                        });
                    }
                }
                list
            })
            .collect();
        let lists = PostingLists::merged(
            &PostingLists::default(),
            lists.iter().map(|list| (None, list.as_slice())),
        );
        let (part_lists, part_counts) = lists.parts();
        let directory = StoredDirectory {
            parts: parts
                .iter()
                .map(|(name, bytes, articles)| (name.clone(), *articles as u32, bytes.len() as u32))
                .collect(),
            average: index.average_lengths(),
            terms: index.terms.clone(),
            words: index.surface_words.iter().map(|(w, _)| w.clone()).collect(),
            term_of_word: index.surface_words.iter().map(|&(_, t)| t).collect(),
            part_lists: part_lists.to_vec(),
            part_counts: part_counts.to_vec(),
            frequencies: (0..index.term_count() as u32)
                .map(|t| index.document_frequency(t) as u32)
                .collect(),
        };
        InParts {
            directory: directory.to_bytes(),
            parts: parts
                .into_iter()
                .map(|(name, bytes, _)| (name, bytes))
                .collect(),
        }
    }

    /// The numbers of the parts of a collection in parts that this collection holds, ascending;
    /// empty for a collection that is whole.
    pub fn parts_here(&self) -> &[usize] {
        &self.parts
    }

    /// This collection (parts of `directory`'s collection, or none yet) with the `fetched`
    /// parts (number and bytes) in their places: the new articles indexed alone and merged
    /// in ([`Index::extended`]), then, when a new part comes before one here, the index laid out
    /// again in collection order ([`Index::reordered`]) rather than built anew. Parts already
    /// here are skipped; bytes that are not the directory's part of that number are refused.
    pub fn with_parts(
        &self,
        directory: &Directory,
        fetched: &[(usize, &[u8])],
    ) -> Result<Corpus, FormatError> {
        let mut new: BTreeMap<usize, Vec<Article>> = BTreeMap::new();
        for &(number, bytes) in fetched {
            let entry = directory
                .parts
                .get(number)
                .ok_or(FormatError::Damaged("a part the directory does not list"))?;
            let (first, articles) = part_from_bytes(bytes)?;
            if first as usize != entry.first || articles.len() != entry.articles {
                return Err(FormatError::Damaged("a part that is not the directory's"));
            }
            if self.parts.binary_search(&number).is_err() {
                new.insert(number, articles);
            }
        }
        if new.is_empty() {
            return Ok(self.clone());
        }
        // The new parts' articles join after those here, then, when a new part comes before
        // one here, every article goes back to its place in the collection: so that every order
        // that falls back on the articles' order (ties, copies) is the whole collection's.
        let mut parts = self.parts.clone();
        parts.extend(new.keys().copied());
        let articles: Vec<Article> = self
            .articles
            .iter()
            .cloned()
            .chain(new.into_values().flatten())
            .collect();
        let index = self.index.extended(&articles);
        let (articles, index) = if parts.is_sorted() {
            (articles, index)
        } else {
            let mut starts = Vec::with_capacity(parts.len());
            let mut at = 0;
            for &number in &parts {
                starts.push((number, at));
                at += directory.parts[number].articles;
            }
            starts.sort_unstable();
            let order: Vec<DocId> = starts
                .iter()
                .flat_map(|&(number, start)| {
                    (start..start + directory.parts[number].articles).map(|d| d as DocId)
                })
                .collect();
            let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
            let articles = order
                .iter()
                .map(|&d| slots[d as usize].take().expect("each article once"))
                .collect();
            (articles, index.reordered(&order))
        };
        parts.sort_unstable();
        // The whole collection's words, and their rarity as it counts it: a query's parts are
        // those that hold *all* its groups, so a word may be in articles of parts not here, or
        // only there.
        let mut index = index.with_vocabulary_of(&directory.routes);
        index.article_frequencies = Some(
            index
                .terms
                .iter()
                .map(|term| directory.frequency(term))
                .collect(),
        );
        index.whole_collection = Some(directory.articles);
        index.average = directory.average;
        let copies = Duplicates::find(&index);
        Ok(Corpus {
            own: articles.len(),
            articles,
            index,
            explored: Default::default(),
            copies,
            parts,
        })
    }
}

impl Directory {
    pub fn from_bytes(bytes: &[u8]) -> Result<Directory, FormatError> {
        let (stored, lists) = StoredDirectory::from_bytes(bytes)?;
        let mut first = 0;
        let parts = stored
            .parts
            .into_iter()
            .map(|(name, articles, bytes)| {
                let entry = PartEntry {
                    name,
                    first,
                    articles: articles as usize,
                    bytes: bytes as usize,
                };
                first += articles as usize;
                entry
            })
            .collect();
        let routes = Index {
            terms: stored.terms,
            postings: lists,
            surface_words: stored.words.into_iter().zip(stored.term_of_word).collect(),
            article_frequencies: Some(stored.frequencies),
            ..Index::default()
        };
        Ok(Directory {
            parts,
            routes,
            articles: first,
            average: stored.average,
        })
    }

    /// In how many articles of the whole collection the term occurs.
    fn frequency(&self, term: &str) -> u32 {
        self.routes
            .term_id(term)
            .map_or(0, |id| self.routes.document_frequency(id) as u32)
    }

    /// The parts, in collection order.
    pub fn parts(&self) -> &[PartEntry] {
        &self.parts
    }

    /// How many articles the whole collection holds.
    pub fn article_count(&self) -> usize {
        self.articles
    }

    /// The numbers of the parts that may hold an article the query matches, ascending: for
    /// each of its groups (all must match), the parts holding any term of any of its clauses;
    /// the parts in all of them. `None` for a query without words (everything, or filters
    /// alone), which any part may answer.
    pub fn parts_for(&self, query: &str, prefix: bool) -> Option<Vec<usize>> {
        let parsed = Query::parse_with(&self.routes, query, prefix);
        if parsed.groups.is_empty() {
            return None;
        }
        let parts_of_term = |term: u32| self.routes.postings(term).map(|p| p.doc as usize);
        let mut needed: Option<BTreeSet<usize>> = None;
        for group in &parsed.groups {
            let mut any = BTreeSet::new();
            for clause in group {
                match clause {
                    Clause::Word(word) => {
                        for &(term, _) in &word.terms {
                            any.extend(parts_of_term(term));
                        }
                    }
                    Clause::Phrase(phrase) => {
                        // A phrase needs all its words in one article, so in one part.
                        let mut all: Option<BTreeSet<usize>> = None;
                        for &word in phrase.words.iter().flatten() {
                            let these = parts_of_term(self.routes.term_of_word(word)).collect();
                            all = Some(match all {
                                None => these,
                                Some(all) => all.intersection(&these).copied().collect(),
                            });
                        }
                        any.extend(all.unwrap_or_default());
                    }
                }
            }
            needed = Some(match needed {
                None => any,
                Some(needed) => needed.intersection(&any).copied().collect(),
            });
        }
        Some(needed.unwrap_or_default().into_iter().collect())
    }
}
