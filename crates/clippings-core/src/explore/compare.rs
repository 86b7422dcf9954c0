//! Two articles side by side: the names, speakers and distinctive terms they share and those
//! each has alone, and their paragraphs cut at those names and terms.

use super::collection;
use super::terms::Tally;
use crate::article::{Article, ArticleSummary, EntityKind};
use crate::index::{DocId, Index, TermId};
use crate::text::{fold, words};
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::ops::Range;

/// Distinctive terms of each article that a comparison weighs: about what a reader takes in.
pub const COMPARED_TERMS: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub a: ArticleSummary,
    pub b: ArticleSummary,
    pub people: Shared,
    pub places: Shared,
    pub organizations: Shared,
    pub speakers: Shared,
    /// Of the [`COMPARED_TERMS`] most distinctive terms of each article against the rest of
    /// the collection: those both articles use, and those only one does.
    pub terms: Shared,
    /// Each paragraph of each article, cut at its names and at the compared terms.
    pub a_paragraphs: Vec<Vec<ComparedSegment>>,
    pub b_paragraphs: Vec<Vec<ComparedSegment>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// In both articles, in the order of the first (then of the second).
    pub both: Vec<String>,
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
}

/// A piece of a paragraph; concatenated, a paragraph's segments give it back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparedSegment {
    pub text: String,
    /// For a name or a compared term: whether the other article has it too.
    pub mark: Option<Sharing>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sharing {
    /// The other article has it too.
    Shared,
    /// Only this article has it.
    Own,
}

fn shared<'a>(
    a: impl IntoIterator<Item = &'a str>,
    b: impl IntoIterator<Item = &'a str>,
) -> Shared {
    let dedup = |list: &mut Vec<&'a str>| {
        let mut seen = HashSet::new();
        list.retain(|x| seen.insert(*x));
    };
    let (mut a, mut b): (Vec<&str>, Vec<&str>) = (a.into_iter().collect(), b.into_iter().collect());
    dedup(&mut a);
    dedup(&mut b);
    let owned = |list: Vec<&str>| list.into_iter().map(str::to_owned).collect();
    Shared {
        both: owned(a.iter().copied().filter(|x| b.contains(x)).collect()),
        only_a: owned(a.iter().copied().filter(|x| !b.contains(x)).collect()),
        only_b: owned(b.iter().copied().filter(|x| !a.contains(x)).collect()),
    }
}

fn entity_names(article: &Article, kind: EntityKind) -> impl Iterator<Item = &str> {
    let list = match kind {
        EntityKind::Person => &article.entities.people,
        EntityKind::Place => &article.entities.places,
        EntityKind::Organization => &article.entities.organizations,
    };
    list.iter().map(|e| &*e.name)
}

fn speakers(article: &Article) -> impl Iterator<Item = &str> {
    article.quotes.iter().filter_map(|q| q.speaker.as_deref())
}

/// One article as the comparison needs it.
struct Side<'a> {
    article: &'a Article,
    tally: Tally,
    /// Its distinctive terms, most distinctive first, with the word shown for each.
    distinctive: Vec<(TermId, String)>,
}

impl<'a> Side<'a> {
    fn new(corpus: &'a Corpus, doc: DocId) -> Side<'a> {
        let (index, whole) = (&corpus.index, collection(corpus));
        let tally = Tally::of(corpus, &whole.content, &whole.term_of_word, [doc]);
        let distinctive = tally
            .distinctive(index, &whole.tally, COMPARED_TERMS)
            .into_iter()
            .filter_map(|t| {
                let word = index.word_id(&t.term)?;
                Some((index.term_of_word(word), t.term))
            })
            .collect();
        Side {
            article: &corpus.articles[doc as usize],
            tally,
            distinctive,
        }
    }

    fn uses(&self, term: TermId) -> bool {
        self.tally.terms[term as usize] > 0
    }

    fn names(&self) -> HashSet<(EntityKind, &'a str)> {
        EntityKind::ALL
            .into_iter()
            .flat_map(|kind| entity_names(self.article, kind).map(move |n| (kind, n)))
            .collect()
    }
}

pub fn compare(corpus: &Corpus, a: &str, b: &str) -> Option<Comparison> {
    let index = &corpus.index;
    let doc = |id: &str| {
        corpus
            .articles
            .iter()
            .position(|x| x.id == id)
            .map(|d| d as DocId)
    };
    let (a, b) = (doc(a)?, doc(b)?);
    let (a, b) = (Side::new(corpus, a), Side::new(corpus, b));
    // A distinctive term of either is shared when the other article uses it at all.
    let mut terms = Shared::default();
    let mut both_terms = HashSet::new();
    let mut own_terms = (HashSet::new(), HashSet::new());
    for (side, other, own, only) in [
        (&a, &b, &mut own_terms.0, &mut terms.only_a),
        (&b, &a, &mut own_terms.1, &mut terms.only_b),
    ] {
        for (term, word) in &side.distinctive {
            if other.uses(*term) {
                if both_terms.insert(*term) {
                    terms.both.push(word.clone());
                }
            } else {
                own.insert(*term);
                only.push(word.clone());
            }
        }
    }
    let (a_names, b_names) = (a.names(), b.names());
    let a_paragraphs = compared_paragraphs(index, a.article, &b_names, &both_terms, &own_terms.0);
    let b_paragraphs = compared_paragraphs(index, b.article, &a_names, &both_terms, &own_terms.1);
    let by_kind = |kind| shared(entity_names(a.article, kind), entity_names(b.article, kind));
    Some(Comparison {
        a: a.article.summary(),
        b: b.article.summary(),
        people: by_kind(EntityKind::Person),
        places: by_kind(EntityKind::Place),
        organizations: by_kind(EntityKind::Organization),
        speakers: shared(speakers(a.article), speakers(b.article)),
        terms,
        a_paragraphs,
        b_paragraphs,
    })
}

/// Each paragraph of `article` cut at its names (shared when `other_names` has the same name of
/// the same kind) and at words of the compared terms.
fn compared_paragraphs(
    index: &Index,
    article: &Article,
    other_names: &HashSet<(EntityKind, &str)>,
    both_terms: &HashSet<TermId>,
    own_terms: &HashSet<TermId>,
) -> Vec<Vec<ComparedSegment>> {
    article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(p, text)| {
            let mut marks: Vec<(Range<usize>, Sharing)> = Vec::new();
            let mentions = article
                .mentions
                .iter()
                .filter(|m| m.paragraph as usize == p);
            // Mentions count characters; the text is cut at bytes.
            let bytes: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            for mention in mentions {
                let (Some(&start), Some(&end)) = (
                    bytes.get(mention.start as usize),
                    bytes.get(mention.end as usize),
                ) else {
                    continue;
                };
                let sharing = if other_names.contains(&(mention.kind, &*mention.name)) {
                    Sharing::Shared
                } else {
                    Sharing::Own
                };
                marks.push((start..end, sharing));
            }
            for word in words(text) {
                let Some(id) = index.word_id(&fold(word.text)) else {
                    continue;
                };
                let term = index.term_of_word(id);
                let sharing = if both_terms.contains(&term) {
                    Sharing::Shared
                } else if own_terms.contains(&term) {
                    Sharing::Own
                } else {
                    continue;
                };
                marks.push((word.start..word.end, sharing));
            }
            cut(text, marks)
        })
        .collect()
}

/// `text` cut at the marked ranges: names come first, so a term inside a name is not marked
/// again; ranges that are empty or overlap one already taken are left out.
fn cut(text: &str, mut marks: Vec<(Range<usize>, Sharing)>) -> Vec<ComparedSegment> {
    // A stable sort by start keeps a name before a word of it that starts at the same place.
    marks.sort_by_key(|(r, _)| r.start);
    let mut out = Vec::new();
    let mut at = 0;
    for (range, sharing) in marks {
        if range.start < at || range.start >= range.end || range.end > text.len() {
            continue;
        }
        if range.start > at {
            out.push(ComparedSegment {
                text: text[at..range.start].to_owned(),
                mark: None,
            });
        }
        out.push(ComparedSegment {
            text: text[range.clone()].to_owned(),
            mark: Some(sharing),
        });
        at = range.end;
    }
    if at < text.len() {
        out.push(ComparedSegment {
            text: text[at..].to_owned(),
            mark: None,
        });
    }
    out
}
