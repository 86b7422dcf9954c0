//! A collection in parts, for collections past what one page should hold: the articles in runs
//! of [`ARTICLES_PER_PART`] (each a file of its own, fetched when a query needs it), and a small
//! [`Directory`] that the page holds from the start.
//!
//! The directory has the whole collection's vocabulary and, for each term, the parts that hold
//! it and in how many articles. A query is parsed against it exactly as against the whole
//! collection's index (the same completions, near spellings and phrases), which names every
//! part that may hold an article it matches ([`Directory::parts_for`]). The page fetches those
//! and searches the parts it holds as one collection ([`Corpus::with_parts`]), which has the
//! whole collection's vocabulary and counts rarity against it (its article count, average
//! lengths and each term's article count, from the directory). So a query of words is read as
//! in the whole collection (the same completions, near spellings and exact forms), and once its
//! parts are here it has the same hits, scores, total and facets (`tests/parts.rs`).
//!
//! A page holds at most [`HELD_ARTICLES`]: a query whose words are in more parts is answered
//! from the most promising of them ([`Directory::plan`]), and the page says so.
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
use crate::stored::parts::{part_from_bytes, part_to_bytes, ReadDirectory, StoredDirectory};
use crate::stored::ReadVocabulary;
use crate::stored::StoredVocabulary;
use crate::{Corpus, FormatError};
use std::collections::BTreeMap;

/// Articles in one part. A word is fetched with every part that holds it, so the smaller the
/// parts the less a rare word costs; the larger, the fewer files and requests. At 100 a part
/// is about 0.5 MB (5 KB of layout an article, its index included, on 100,000 synthetic
/// articles), and a collection of 100,000 is a directory of 1,000 parts.
pub const ARTICLES_PER_PART: usize = 100;

/// Past this many articles a build is in parts unless asked otherwise: a collection this size
/// embedded in the page is some 90 MB of Wasm and 400 MB of memory (docs/scaling.md).
pub const IN_PARTS_PAST: usize = 20_000;

/// Articles a page holds at most from a collection in parts. Measured on 100,000 synthetic
/// articles (benches/browser/parts.mjs, docs/scaling.md): holding 5,000 took 208 MB of Wasm
/// memory and answered the queries' known items no better than 2,500, which keeps a page under
/// the 200 MB the issue allows. A query whose words need more parts than that is answered from
/// the most promising of them ([`Directory::plan`]) and says so.
pub const HELD_ARTICLES: usize = 2_500;

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
        // The directory counts a part's articles that hold a term in 16 bits.
        let per_part = per_part.clamp(1, u16::MAX as usize);
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
                // Each part that holds the term, with how many of its articles do.
                let mut list: Vec<Posting> = Vec::new();
                for posting in index.postings(term) {
                    let part = (posting.doc as usize / per_part) as DocId;
                    match list.last_mut() {
                        Some(last) if last.doc == part => last.body_tf += 1,
                        _ => list.push(Posting {
                            doc: part,
                            headline_tf: 0,
                            body_tf: 1,
                        }),
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
            vocabulary: StoredVocabulary::of(&index.terms, &index.surface_words, &index.word_terms),
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
    /// parts (number and bytes) in their places: each part's own index joined to the one here
    /// ([`Index::joined`]), then, when a new part comes before one here, the index laid out
    /// again in collection order ([`Index::rearranged`]) rather than built anew. Parts already
    /// here are skipped; bytes that are not the directory's part of that number are refused.
    pub fn with_parts(
        &self,
        directory: &Directory,
        fetched: &[(usize, &[u8])],
    ) -> Result<Corpus, FormatError> {
        let parts = fetched
            .iter()
            .map(|&(number, bytes)| directory.read_part(number, bytes))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.clone().with_read_parts(directory, parts))
    }

    /// [`Corpus::with_parts`] of parts already read ([`Directory::read_part`]), taking this
    /// collection rather than copying it: the page holds one collection, not two, while parts
    /// join it.
    pub fn with_read_parts(self, directory: &Directory, read: Vec<ReadPart>) -> Corpus {
        let mut new: BTreeMap<usize, (Vec<Article>, Index)> = BTreeMap::new();
        for part in read {
            if self.parts.binary_search(&part.number).is_err() {
                new.insert(part.number, (part.articles, part.index));
            }
        }
        if new.is_empty() {
            return self;
        }
        // The new parts join after those here, each with the index the build made of it; then,
        // when a new part comes before one here, every article goes back to its place in the
        // collection: so that every order that falls back on the articles' order (ties,
        // copies) is the whole collection's.
        let mut parts = self.parts.clone();
        parts.extend(new.keys().copied());
        let Corpus {
            mut articles,
            index: here,
            ..
        } = self;
        // The new parts are joined among themselves first: the index here, the largest, is
        // copied once.
        let mut new_index: Option<Index> = None;
        for (part_articles, part_index) in new.into_values() {
            articles.extend(part_articles);
            new_index = Some(match new_index {
                None => part_index,
                Some(so_far) => so_far.joined(&part_index),
            });
        }
        let index = here.joined(&new_index.expect("at least one new part"));
        drop(here);
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
            (articles, index.rearranged(&order))
        };
        parts.sort_unstable();
        in_whole(directory, articles, index, parts)
    }

    /// This collection without the parts `drop` (numbers of parts here; others are ignored):
    /// their articles taken out of the index ([`Index::rearranged`]), not the rest indexed
    /// again.
    pub fn without_parts(self, directory: &Directory, drop: &[usize]) -> Corpus {
        if !self.parts.iter().any(|p| drop.contains(p)) {
            return self;
        }
        let mut kept_parts = Vec::new();
        let mut kept_docs: Vec<DocId> = Vec::new();
        let mut articles = Vec::new();
        let mut all = self.articles.into_iter();
        let mut at = 0;
        for &number in &self.parts {
            let size = directory.parts.get(number).map_or(0, |p| p.articles);
            let these = all.by_ref().take(size);
            if drop.contains(&number) {
                these.for_each(std::mem::drop);
            } else {
                kept_parts.push(number);
                kept_docs.extend((at..at + size).map(|d| d as DocId));
                articles.extend(these);
            }
            at += size;
        }
        let index = self.index.rearranged(&kept_docs);
        in_whole(directory, articles, index, kept_parts)
    }
}

/// The articles of the parts here as a collection that counts as the whole one does: with the
/// whole collection's words and their rarity as it counts it (a query's parts are those that
/// hold *all* its groups, so a word may be in articles of parts not here, or only there), its
/// article count and average lengths.
fn in_whole(
    directory: &Directory,
    articles: Vec<Article>,
    index: Index,
    parts: Vec<usize>,
) -> Corpus {
    // Parts joined to parts that had it already hold the whole vocabulary: no copy then.
    let mut index = if index.term_count() == directory.routes.term_count()
        && index.word_count() == directory.routes.word_count()
    {
        index
    } else {
        index.with_vocabulary_of(&directory.routes)
    };
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
    Corpus {
        own: articles.len(),
        articles,
        index,
        explored: Default::default(),
        copies,
        parts,
    }
}

impl Directory {
    pub fn from_bytes(bytes: &[u8]) -> Result<Directory, FormatError> {
        let ReadDirectory {
            stored,
            vocabulary:
                ReadVocabulary {
                    terms,
                    words,
                    word_terms,
                },
            lists,
        } = StoredDirectory::from_bytes(bytes)?;
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
            terms,
            postings: lists,
            surface_words: words,
            word_terms,
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

    /// Reads the part with this number from its bytes; refuses bytes that are not the
    /// directory's part of that number.
    pub fn read_part(&self, number: usize, bytes: &[u8]) -> Result<ReadPart, FormatError> {
        let entry = self
            .parts
            .get(number)
            .ok_or(FormatError::Damaged("a part the directory does not list"))?;
        let (first, articles, index) = part_from_bytes(bytes)?;
        if first as usize != entry.first || articles.len() != entry.articles {
            return Err(FormatError::Damaged("a part that is not the directory's"));
        }
        Ok(ReadPart {
            number,
            articles,
            index,
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
        self.estimates(query, prefix)
            .map(|parts| parts.into_iter().map(|(part, _)| part).collect())
    }

    /// [`Directory::parts_for`], each part with an estimate of how many of its articles the
    /// query matches: for each group, the articles holding any of its terms (summed, at most
    /// the part's articles), and the least of those over the groups.
    fn estimates(&self, query: &str, prefix: bool) -> Option<Vec<(usize, usize)>> {
        let parsed = Query::parse_with(&self.routes, query, prefix);
        if parsed.groups.is_empty() {
            return None;
        }
        let counts = |term: u32| {
            self.routes
                .postings(term)
                .map(|p| (p.doc as usize, usize::from(p.body_tf)))
        };
        let mut needed: Option<BTreeMap<usize, usize>> = None;
        for group in &parsed.groups {
            let mut any: BTreeMap<usize, usize> = BTreeMap::new();
            for clause in group {
                match clause {
                    Clause::Word(word) => {
                        for &(term, _) in &word.terms {
                            for (part, n) in counts(term) {
                                *any.entry(part).or_default() += n;
                            }
                        }
                    }
                    Clause::Phrase(phrase) => {
                        // A phrase needs all its words in one article, so in one part.
                        let mut all: Option<BTreeMap<usize, usize>> = None;
                        for &word in phrase.words.iter().flatten() {
                            let these = counts(self.routes.term_of_word(word)).collect();
                            all = Some(match all {
                                None => these,
                                Some(all) => fewest(&all, &these),
                            });
                        }
                        for (part, n) in all.unwrap_or_default() {
                            *any.entry(part).or_default() += n;
                        }
                    }
                }
            }
            needed = Some(match needed {
                None => any,
                Some(needed) => fewest(&needed, &any),
            });
        }
        let needed = needed.unwrap_or_default();
        Some(
            needed
                .into_iter()
                .map(|(part, n)| (part, n.min(self.parts[part].articles)))
                .collect(),
        )
    }

    /// What to fetch for a query when the page holds the parts `here` (ascending) and may hold
    /// at most `held` articles: the parts the query needs, most promising first (the most
    /// estimated matches; then collection order), as many as fit; the parts here that make room
    /// for them, those the query does not need first. `None` for a query without words.
    pub fn plan(&self, query: &str, prefix: bool, here: &[usize], held: usize) -> Option<Plan> {
        let mut needed = self.estimates(query, prefix)?;
        needed.sort_by_key(|&(part, estimate)| (std::cmp::Reverse(estimate), part));
        let mut chosen = Vec::new();
        let mut articles = 0;
        for &(part, _) in &needed {
            let size = self.parts[part].articles;
            if articles + size > held && !chosen.is_empty() {
                break;
            }
            articles += size;
            chosen.push(part);
        }
        let is_here = |part: &usize| here.binary_search(part).is_ok();
        let fetch: Vec<usize> = chosen.iter().copied().filter(|p| !is_here(p)).collect();
        let mut room = held.saturating_sub(articles);
        let mut drop = Vec::new();
        // The other parts here stay while there is room, those the query needs most first;
        // the parts it does not need go first.
        let mut others: Vec<usize> = here
            .iter()
            .copied()
            .filter(|p| !chosen.contains(p))
            .collect();
        others.sort_by_key(|p| {
            needed
                .iter()
                .position(|(n, _)| n == p)
                .unwrap_or(usize::MAX)
        });
        for part in others {
            let size = self.parts[part].articles;
            if size <= room {
                room -= size;
            } else {
                drop.push(part);
            }
        }
        drop.sort_unstable();
        Some(Plan {
            needed: needed.len(),
            left_out: needed.len() - chosen.len(),
            fetch,
            drop,
        })
    }
}

/// A part read from its bytes ([`Directory::read_part`]), ready to join a collection.
pub struct ReadPart {
    number: usize,
    articles: Vec<Article>,
    index: Index,
}

/// What to fetch for a query within what the page may hold ([`Directory::plan`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// How many parts the query's words need.
    pub needed: usize,
    /// How many of them the plan leaves out: the query's answer lacks their articles.
    pub left_out: usize,
    /// The parts to fetch, most promising first.
    pub fetch: Vec<usize>,
    /// The parts here to let go to make room, ascending.
    pub drop: Vec<usize>,
}

/// For the parts in both, the smaller count: the parts where both may hold.
fn fewest(a: &BTreeMap<usize, usize>, b: &BTreeMap<usize, usize>) -> BTreeMap<usize, usize> {
    a.iter()
        .filter_map(|(part, &n)| Some((*part, n.min(*b.get(part)?))))
        .collect()
}
