//! Search over the [`Index`]: the query language ([`query`]), ranking ([`rank`]), snippets
//! ([`snippet`]), facets, "did you mean" ([`suggest`]) and related articles ([`related`]).
//!
//! The searcher returns structured hits (ids, scores, segments marked as hits, paragraph
//! numbers); how they are drawn is the page's business.

mod about;
mod filter;
pub mod filters_text;
pub(crate) mod query;
mod rank;
mod related;
mod snippet;
mod suggest;
mod typo;
mod widened;

pub use filter::{Field, Filter};
pub use filters_text::{FilterChip, WrittenFilter};
pub use query::{MatchKind, Query};
pub use rank::RankingWeights;
pub use related::related;
pub use snippet::segments;
pub use widened::Widened;

use crate::article::Article;
use crate::duplicates::Duplicates;
use crate::index::{DocId, Index};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::ops::Range;

/// Words past this many in a query are ignored, which bounds the work of any query.
pub const MAX_QUERY_WORDS: usize = 64;
/// Results on a page unless the caller asks for another number.
pub const DEFAULT_LIMIT: usize = 20;
/// People, places and organisations in facets: the commonest this many of each.
pub const FACET_VALUES: usize = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchOptions {
    pub limit: usize,
    pub offset: usize,
    pub sort: Sort,
    /// Whether the query's last word also matches as a prefix, as while it is typed (`inviol`
    /// for `inviolable`); false for a query given whole, such as one from a link.
    pub prefix: bool,
    /// Whether to count the facets; false gives empty `facets`, for a caller that only needs
    /// the ranked hits.
    pub facets: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: DEFAULT_LIMIT,
            offset: 0,
            sort: Sort::Relevance,
            prefix: true,
            facets: true,
        }
    }
}

/// The order of hits: best first, newest first or oldest first. Articles without a date come
/// after dated ones in both date orders, by relevance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
    Oldest,
}

impl Sort {
    /// The name used in options and in the page's address.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// Reads a name; anything unknown is relevance, so no option can make a search fail.
    pub fn named(name: &str) -> Sort {
        match name {
            "newest" | "date" => Sort::Newest,
            "oldest" => Sort::Oldest,
            _ => Sort::Relevance,
        }
    }
}

impl Serialize for Sort {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Sort {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer).unwrap_or_default();
        Ok(Sort::named(&name))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    pub total: u32,
    pub took_ms: f64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub suggestion: Option<String>,
    /// How many of the matches have a date: ordering by date changes nothing when none has.
    #[serde(default)]
    pub dated: u32,
    /// How typo tolerance widened the query, when near spellings of its words matched: what
    /// was searched, and the query that searches the words exactly as typed.
    #[serde(default)]
    pub widened: Option<Widened>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub headline: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub score: f32,
    pub snippet: Vec<Segment>,
    pub paragraphs: Vec<u32>,
    /// The ids of the other copies of this story in the collection (the same body, or almost),
    /// in collection order: they are not hits of their own. Empty when it has none.
    #[serde(default)]
    pub copies: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub source: BTreeMap<String, u32>,
    pub people: BTreeMap<String, u32>,
    pub places: BTreeMap<String, u32>,
    pub organizations: BTreeMap<String, u32>,
    /// The collection's folders (`sport` for `sport/042.txt`), all of them.
    #[serde(default)]
    pub folders: BTreeMap<String, u32>,
}

/// A piece of text; `hit` marks a match of the query.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

impl Query {
    /// Byte ranges of the words of `text` that the query matches (words of the collection's vocabulary).
    pub fn marks(&self, text: &str) -> Vec<Range<usize>> {
        self.word_matches(text)
            .into_iter()
            .filter(|(_, group)| group.is_some())
            .map(|(r, _)| r)
            .collect()
    }

    /// `text` cut into segments, the query's matches marked.
    pub fn segments(&self, text: &str) -> Vec<Segment> {
        segments(text, &self.marks(text))
    }

    pub(crate) fn word_matches(&self, text: &str) -> snippet::WordMatches {
        self.word_matches_iter(text).collect()
    }

    /// Each word of `text` with the group of the query it answers, if any. The parts of a
    /// hyphenated compound answer the group of its joined form too (`email` marks `e-mail`).
    pub(crate) fn word_matches_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (Range<usize>, Option<usize>)> + 'a {
        use crate::text::{fold, hyphen_compounds, words, Word};
        let found: Vec<Word<'_>> = words(text).collect();
        let mut groups: Vec<Option<usize>> = vec![None; found.len()];
        if !self.marked_words.is_empty() {
            for (group, word) in groups.iter_mut().zip(&found) {
                *group = self.marked_words.get(&fold(word.text)).copied();
            }
            for (parts, joined) in hyphen_compounds(text, &found) {
                if let Some(&g) = self.marked_words.get(&joined) {
                    for group in &mut groups[parts] {
                        group.get_or_insert(g);
                    }
                }
            }
        }
        found
            .into_iter()
            .zip(groups)
            .map(|(w, group)| (w.start..w.end, group))
    }
}

/// Articles that match the query and pass its filters, with scores, unordered.
pub(crate) fn matches(index: &Index, query: &Query, weights: &RankingWeights) -> Vec<rank::Match> {
    let mut found = rank::matching(index, query, weights);
    if !query.filters.is_empty() {
        let filters = filter::PreparedFilters::new(index, &query.filters);
        found.retain(|found| filters.pass(index, found.doc));
    }
    found
}

/// The articles that match the query and pass its filters, in collection order: exactly those
/// that `search` counts, for the explorer's views of the same query.
pub(crate) fn matching_docs(index: &Index, query: &Query) -> Vec<DocId> {
    let mut docs: Vec<DocId> = matches(index, query, &RankingWeights::default())
        .into_iter()
        .map(|found| found.doc)
        .collect();
    docs.sort_unstable();
    docs
}

/// The words the query looks for, folded, in the order written: each word, and each phrase as
/// its words joined by spaces (a phrase the collection lacks has none to show, and matches
/// nothing). Excluded words and filters are not sought.
pub(crate) fn sought_words(index: &Index, query: &Query) -> Vec<String> {
    query
        .groups
        .iter()
        .flatten()
        .filter_map(|clause| match clause {
            query::Clause::Word(word) => Some(word.typed.clone()),
            query::Clause::Phrase(query::Phrase { words }) => words.as_ref().map(|ids| {
                ids.iter()
                    .map(|&id| index.word(id))
                    .collect::<Vec<_>>()
                    .join(" ")
            }),
        })
        .collect()
}

/// Counts over every match: each article counts once for each of its values.
fn facets(index: &Index, found: &[rank::Match]) -> Facets {
    let names = index.name_count();
    let mut counts = [
        vec![0u32; names],
        vec![0u32; names],
        vec![0u32; names],
        vec![0u32; names],
        vec![0u32; names],
    ];
    for found in found {
        let doc_names = index.doc_names(found.doc);
        if let Some(source) = doc_names.source {
            counts[0][source as usize] += 1;
        }
        if let Some(folder) = doc_names.folder {
            counts[4][folder as usize] += 1;
        }
        for (facet, ids) in [
            &doc_names.people,
            &doc_names.places,
            &doc_names.organizations,
        ]
        .into_iter()
        .enumerate()
        {
            for &id in ids {
                counts[facet + 1][id as usize] += 1;
            }
        }
    }
    let commonest = |counts: &[u32], limit: usize| -> BTreeMap<String, u32> {
        let mut present: Vec<(u32, u32)> = counts
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(id, &n)| (id as u32, n))
            .collect();
        let order = |a: &(u32, u32), b: &(u32, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        // Thousands of names match a common word; only the commonest few need sorting.
        if present.len() > limit {
            present.select_nth_unstable_by(limit, order);
            present.truncate(limit);
        }
        present.sort_unstable_by(order);
        present
            .into_iter()
            .take(limit)
            .map(|(id, n)| (index.name(id).to_owned(), n))
            .collect()
    };
    Facets {
        source: commonest(&counts[0], usize::MAX),
        people: commonest(&counts[1], FACET_VALUES),
        places: commonest(&counts[2], FACET_VALUES),
        organizations: commonest(&counts[3], FACET_VALUES),
        folders: commonest(&counts[4], usize::MAX),
    }
}

fn sort_by_date(articles: &[Article], found: &mut [rank::Match], sort: Sort) {
    let date = |doc: DocId| articles[doc as usize].published.as_deref();
    found.sort_by(|a, b| {
        let by_date = match (date(a.doc), date(b.doc)) {
            (Some(x), Some(y)) if sort == Sort::Newest => y.cmp(x),
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        by_date.then_with(|| rank::Match::order(a, b))
    });
}

pub(crate) fn hit(
    article: &Article,
    score: f32,
    snippet: Vec<Segment>,
    paragraphs: Vec<u32>,
) -> Hit {
    Hit {
        id: article.id.clone(),
        headline: article.headline.to_string(),
        source: article.source.clone(),
        published: article.published.clone(),
        score,
        snippet,
        paragraphs,
        copies: Vec::new(),
    }
}

/// The ids of the article's other copies, for [`Hit::copies`].
pub(crate) fn copy_ids(articles: &[Article], copies: &Duplicates, doc: DocId) -> Vec<String> {
    copies
        .copies_of(doc)
        .map(|other| articles[other as usize].id.clone())
        .collect()
}

/// Runs a parsed query over the articles and their index. `text` is the query as written,
/// from which a "did you mean" is made when the query finds little.
///
/// Copies of one story collapse into the first of them in the order asked for (the best
/// scoring, or the newest or oldest): it is the hit, and names the others in [`Hit::copies`].
/// The total, the facets and the dated count then count each story once.
pub fn search(
    articles: &[Article],
    index: &Index,
    copies: &Duplicates,
    parsed: &Query,
    text: &str,
    options: SearchOptions,
    weights: &RankingWeights,
) -> SearchResult {
    let mut found = matches(index, parsed, weights);
    // Filters alone have no words to score by: a match scores by how much it is about the
    // names they ask for.
    let about = about::About::new(index, parsed);
    if let Some(about) = &about {
        for found in &mut found {
            found.score = about.score(articles, index, found.doc);
        }
    }
    let page_end = options.offset.saturating_add(options.limit);
    // The page is put in order past as many articles as may collapse into others before it.
    let ordered = page_end.saturating_add(copies.with_copies(found.iter().map(|f| f.doc)));
    let groups = rank::GroupsOfWords::new(index, parsed);
    match options.sort {
        Sort::Relevance => rank::rank(index, &groups, &mut found, ordered, weights),
        sort => sort_by_date(articles, &mut found, sort),
    }
    copies.collapse(&mut found, |f| f.doc);
    let facets = if options.facets {
        facets(index, &found)
    } else {
        Facets::default()
    };
    let hits = found
        .iter()
        .skip(options.offset)
        .take(options.limit)
        .map(|found| {
            let (doc, score) = (found.doc, found.score);
            let article = &articles[doc as usize];
            // A snippet of the names the filters ask for has no matching paragraphs: the reader
            // marks the query's words, and a query of filters has none.
            let named = about.as_ref().and_then(|a| a.snippet(articles, index, doc));
            let (snippet, paragraphs) = match named {
                Some(named) => (named, Vec::new()),
                None => snippet::snippet(parsed, &groups, &index.stream(doc), article),
            };
            Hit {
                copies: copy_ids(articles, copies, doc),
                ..hit(article, score, snippet, paragraphs)
            }
        })
        .collect();
    let dated = found
        .iter()
        .filter(|found| articles[found.doc as usize].published.is_some())
        .count();
    SearchResult {
        total: found.len() as u32,
        dated: dated as u32,
        took_ms: 0.0,
        hits,
        facets,
        suggestion: suggest::suggestion(index, parsed, text, found.len()),
        widened: widened::widened(index, parsed, text, &found),
    }
}
