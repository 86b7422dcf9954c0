//! Who speaks and who is named in the matching articles, and which names go together.

use super::terms::top;
use crate::article::{Article, EntityKind, Quote};
use crate::index::{DocNames, Index, NameId};
use crate::search::{matching_docs, Query};
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Speakers listed at most: a common query finds thousands, of whom a page shows the first.
pub const MAX_SPEAKERS: usize = 300;
/// Quotes listed for one speaker at most (`quote_count` still counts them all).
pub const MAX_QUOTES_PER_SPEAKER: usize = 50;
/// Names of one kind, or co-occurring names, listed at most, whatever the caller asks.
pub const MAX_NAMES: usize = 1_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// The speaker's quotes in the matching articles, in collection and text order (the first
    /// [`MAX_QUOTES_PER_SPEAKER`]).
    pub quotes: Vec<QuoteRef>,
    /// All the speaker's quotes in the matching articles, listed or not.
    pub quote_count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRef {
    pub article: String,
    pub headline: String,
    /// Index of the quote's paragraph in the article's `paragraphs`.
    pub paragraph: u32,
    /// The quote, without its quotation marks.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Names {
    pub people: Vec<NameCount>,
    pub places: Vec<NameCount>,
    pub organizations: Vec<NameCount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameCount {
    pub name: String,
    /// Matching articles that name it.
    pub articles: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoOccurrence {
    pub kind: EntityKind,
    pub name: String,
    /// Matching articles that name both.
    pub articles: u32,
}

/// The speakers of the quotes in the matching articles, most quotes first, then by name (the
/// first [`MAX_SPEAKERS`]). Quotes without a known speaker are left out.
pub fn speakers(corpus: &Corpus, query: &Query) -> Vec<Speaker> {
    let articles = &corpus.articles;
    // The quotes are gathered as references first: only those of the speakers listed are copied.
    let mut by_name: HashMap<&str, Vec<(&Article, &Quote)>> = HashMap::new();
    for doc in matching_docs(&corpus.index, query) {
        let article = &articles[doc as usize];
        for quote in &article.quotes {
            if let Some(name) = quote.speaker.as_deref() {
                by_name.entry(name).or_default().push((article, quote));
            }
        }
    }
    let mut found: Vec<(&str, Vec<(&Article, &Quote)>)> = by_name.into_iter().collect();
    top(&mut found, MAX_SPEAKERS, |a, b| {
        b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0))
    });
    found
        .into_iter()
        .map(|(name, quotes)| Speaker {
            name: name.to_owned(),
            quote_count: quotes.len() as u32,
            quotes: quotes
                .into_iter()
                .take(MAX_QUOTES_PER_SPEAKER)
                .map(|(article, quote)| QuoteRef {
                    article: article.id.clone(),
                    headline: article.headline.to_string(),
                    paragraph: quote.paragraph,
                    text: quote.text.to_string(),
                })
                .collect(),
        })
        .collect()
}

/// The names of one kind that an article's index entry lists.
fn of_kind(names: &DocNames, kind: EntityKind) -> &[NameId] {
    match kind {
        EntityKind::Person => &names.people,
        EntityKind::Place => &names.places,
        EntityKind::Organization => &names.organizations,
    }
}

/// The names of each kind in the matching articles, those in most articles first, then by
/// name; at most `limit` (and [`MAX_NAMES`]) of each.
pub fn names(corpus: &Corpus, query: &Query, limit: usize) -> Names {
    let index = &corpus.index;
    let docs = matching_docs(index, query);
    let mut lists = EntityKind::ALL.map(|kind| {
        let mut counts = vec![0u32; index.name_count()];
        for &doc in &docs {
            for &id in of_kind(index.doc_names(doc), kind) {
                counts[id as usize] += 1;
            }
        }
        commonest(index, &counts, limit)
    });
    Names {
        people: std::mem::take(&mut lists[0]),
        places: std::mem::take(&mut lists[1]),
        organizations: std::mem::take(&mut lists[2]),
    }
}

/// The names counted above zero, most articles first, then by name (names are interned in
/// sorted order, so by id).
fn commonest(index: &Index, counts: &[u32], limit: usize) -> Vec<NameCount> {
    let mut present: Vec<(NameId, u32)> = counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(id, &n)| (id as NameId, n))
        .collect();
    present.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    present
        .into_iter()
        .take(limit.min(MAX_NAMES))
        .map(|(id, articles)| NameCount {
            name: index.name(id).to_owned(),
            articles,
        })
        .collect()
}

/// The interned id of a name, if the collection has it.
fn name_id(index: &Index, name: &str) -> Option<NameId> {
    // Names are interned sorted: a binary search over their ids.
    let (mut low, mut high) = (0, index.name_count() as NameId);
    while low < high {
        let middle = low + (high - low) / 2;
        if index.name(middle) < name {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    (low < index.name_count() as NameId && index.name(low) == name).then_some(low)
}

/// The names (of every kind) that the matching articles naming `name` as a `kind` also name,
/// in most such articles first, then by kind and name; at most `limit` (and [`MAX_NAMES`]).
/// Nothing for a name the collection does not have.
pub fn co_occurring(
    corpus: &Corpus,
    query: &Query,
    kind: EntityKind,
    name: &str,
    limit: usize,
) -> Vec<CoOccurrence> {
    let index = &corpus.index;
    let Some(id) = name_id(index, name) else {
        return Vec::new();
    };
    let mut counts: HashMap<(EntityKind, NameId), u32> = HashMap::new();
    for doc in matching_docs(index, query) {
        let names = index.doc_names(doc);
        if !of_kind(names, kind).contains(&id) {
            continue;
        }
        for other_kind in EntityKind::ALL {
            for &other in of_kind(names, other_kind) {
                if (other_kind, other) != (kind, id) {
                    *counts.entry((other_kind, other)).or_default() += 1;
                }
            }
        }
    }
    let mut found: Vec<((EntityKind, NameId), u32)> = counts.into_iter().collect();
    found.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found
        .into_iter()
        .take(limit.min(MAX_NAMES))
        .map(|((kind, id), articles)| CoOccurrence {
            kind,
            name: index.name(id).to_owned(),
            articles,
        })
        .collect()
}
