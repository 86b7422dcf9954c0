//! The overview of the matching articles: how many, how many words, from how many sources and
//! folders, over which dates; their most frequent terms, and the terms that set them apart from
//! the rest of the collection (Dunning's log-likelihood, G²).

use super::{collection, paragraph_words};
use crate::article::Article;
use crate::index::{DocId, Index, TermId};
use crate::search::{matching_docs, Query};
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Terms in each list of the overview: what a page shows at a glance.
pub const TERMS_SHOWN: usize = 40;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// Articles in the whole collection.
    pub articles: u32,
    /// Articles that match the query.
    pub matching: u32,
    /// Words in the bodies of the matching articles.
    pub words: u64,
    /// Different words (folded: case and accents aside, not stemmed) in those bodies.
    pub distinct_words: u32,
    /// Different sources of the matching articles.
    pub sources: u32,
    /// Different folders of the matching articles (those at the top of the collection aside).
    pub folders: u32,
    /// The earliest and latest publication dates of the matching articles, `YYYY-MM-DD`.
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// The matching articles' commonest terms (stop words, numbers and short words aside).
    pub frequent_terms: Vec<TermCount>,
    /// The terms that the matching articles use more than the rest of the collection, most
    /// distinctive first; none when every article matches (there is no rest to differ from).
    pub distinctive_terms: Vec<TermCount>,
}

/// A term (a stem, with all the words that stem to it) in a set of articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TermCount {
    /// The term's word as most often written in those articles (folded).
    pub term: String,
    /// Occurrences in those articles' bodies.
    pub count: u32,
    /// Articles that use it.
    pub articles: u32,
    /// For distinctive terms, the log-likelihood G² of the articles against the rest of the
    /// collection (3.84 is chance at p = 0.05); for frequent terms, `count`.
    pub score: f32,
}

/// Word and term counts over the bodies of a set of articles.
pub(crate) struct Tally {
    /// Occurrences of each word of the vocabulary.
    pub words: Vec<u32>,
    /// Occurrences of each term, content words only.
    pub terms: Vec<u32>,
    /// Articles that use each term.
    pub articles: Vec<u32>,
    /// All the words, stop words included.
    pub total: u64,
}

impl Tally {
    /// Counts over the articles `docs`; `content` says which words are content words and
    /// `term_of_word` what term each word is.
    pub(crate) fn of(
        corpus: &Corpus,
        content: &[bool],
        term_of_word: &[TermId],
        docs: impl IntoIterator<Item = DocId>,
    ) -> Tally {
        let (index, articles) = (&corpus.index, &corpus.articles);
        let mut words = vec![0u32; index.word_count()];
        let mut articles_of = vec![0u32; index.term_count()];
        let mut last_doc = vec![DocId::MAX; index.term_count()];
        let mut total = 0u64;
        for doc in docs {
            let stream = index.stream(doc);
            for paragraph in paragraph_words(&stream, &articles[doc as usize]) {
                total += paragraph.len() as u64;
                for &word in paragraph {
                    words[word as usize] += 1;
                    let term = term_of_word[word as usize] as usize;
                    if last_doc[term] != doc {
                        last_doc[term] = doc;
                        articles_of[term] += 1;
                    }
                }
            }
        }
        let mut terms = vec![0u32; index.term_count()];
        for (word, &count) in words.iter().enumerate() {
            if count > 0 && content[word] {
                terms[term_of_word[word] as usize] += count;
            }
        }
        Tally {
            words,
            terms,
            articles: articles_of,
            total,
        }
    }

    /// The word of the term most often written here (the first in order on a tie).
    pub(crate) fn form(&self, index: &Index, term: TermId) -> String {
        // Only the words that stem to the term: it counts no others (not `o'sullivan` for
        // `sullivan`, though a search for one finds the other).
        let own = index
            .word_ids_of(term)
            .iter()
            .copied()
            .filter(|&w| index.term_of_word(w) == term);
        let best = own.max_by(|&a, &b| {
            self.words[a as usize]
                .cmp(&self.words[b as usize])
                .then(b.cmp(&a))
        });
        best.map(|w| index.word(w).to_owned()).unwrap_or_default()
    }

    fn term_count(&self, index: &Index, term: TermId, score: f32) -> TermCount {
        TermCount {
            term: self.form(index, term),
            count: self.terms[term as usize],
            articles: self.articles[term as usize],
            score,
        }
    }

    /// The `limit` terms most used here, commonest first.
    fn frequent(&self, index: &Index, limit: usize) -> Vec<TermCount> {
        let mut found: Vec<(TermId, u32)> = present(&self.terms).collect();
        top(&mut found, limit, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found
            .into_iter()
            .map(|(term, count)| self.term_count(index, term, count as f32))
            .collect()
    }

    /// The `limit` terms used here more than in the rest of `collection` (which includes
    /// these articles), by G², highest first.
    pub(crate) fn distinctive(
        &self,
        index: &Index,
        collection: &Tally,
        limit: usize,
    ) -> Vec<TermCount> {
        let here = self.total as f64;
        let rest = collection.total.saturating_sub(self.total) as f64;
        if here == 0.0 || rest == 0.0 {
            return Vec::new();
        }
        let mut scored: Vec<(TermId, f64)> = present(&self.terms)
            .filter_map(|(term, count)| {
                let a = f64::from(count);
                let b = f64::from(collection.terms[term as usize].saturating_sub(count));
                (a / here > b / rest).then(|| (term, log_likelihood(a, b, here, rest)))
            })
            .collect();
        top(&mut scored, limit, |a, b| {
            b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
        });
        scored
            .into_iter()
            .map(|(term, g2)| self.term_count(index, term, g2 as f32))
            .collect()
    }
}

/// Keeps the first `limit` of `list` in `order`, sorted: tens of thousands of terms are
/// present, of which only the first few need an order.
pub(crate) fn top<T>(
    list: &mut Vec<T>,
    limit: usize,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) {
    if list.len() > limit {
        if limit == 0 {
            list.clear();
            return;
        }
        list.select_nth_unstable_by(limit - 1, &order);
        list.truncate(limit);
    }
    list.sort_unstable_by(order);
}

/// Terms with a count above zero.
fn present(counts: &[u32]) -> impl Iterator<Item = (TermId, u32)> + '_ {
    counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(t, &n)| (t as TermId, n))
}

/// Dunning's G² for a word seen `a` times in `here` words and `b` times in `rest` words.
fn log_likelihood(a: f64, b: f64, here: f64, rest: f64) -> f64 {
    let expected = |words: f64| words * (a + b) / (here + rest);
    let part = |observed: f64, expected: f64| {
        if observed > 0.0 {
            observed * (observed / expected).ln()
        } else {
            0.0
        }
    };
    2.0 * (part(a, expected(here)) + part(b, expected(rest)))
}

pub fn overview(corpus: &Corpus, query: &Query) -> Overview {
    let (articles, index) = (&corpus.articles, &corpus.index);
    let docs = matching_docs(index, query);
    let whole = collection(corpus);
    let everything = docs.len() == articles.len();
    // The empty query's counts are the collection's own, already made.
    let counted;
    let (matching, distinctive_terms) = if everything {
        (&whole.tally, Vec::new())
    } else {
        counted = Tally::of(
            corpus,
            &whole.content,
            &whole.term_of_word,
            docs.iter().copied(),
        );
        let distinctive = counted.distinctive(index, &whole.tally, TERMS_SHOWN);
        (&counted, distinctive)
    };
    let matched = || docs.iter().map(|&d| &articles[d as usize]);
    let sources: BTreeSet<&str> = matched().filter_map(|a| a.source.as_deref()).collect();
    let folders: BTreeSet<&str> = matched().filter_map(Article::folder).collect();
    let dates: BTreeSet<&str> = matched().filter_map(|a| a.published.as_deref()).collect();
    Overview {
        articles: articles.len() as u32,
        matching: docs.len() as u32,
        words: matching.total,
        distinct_words: matching.words.iter().filter(|&&n| n > 0).count() as u32,
        sources: sources.len() as u32,
        folders: folders.len() as u32,
        first_date: dates.first().map(|d| d.to_string()),
        last_date: dates.last().map(|d| d.to_string()),
        frequent_terms: matching.frequent(index, TERMS_SHOWN),
        distinctive_terms,
    }
}
