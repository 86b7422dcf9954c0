//! "More like this": the articles that share the most distinctive words of an open article.
//!
//! The article's own words are weighed by tf-idf ([`RELATED_TERMS`] best, no stop words or
//! numbers), and the collection is scored against them with the same BM25F as a search, as
//! one long OR query. Copies of the article (`duplicates`: the same body, or almost) are left
//! out, and copies of one story among the results are one result, named in [`Hit::copies`].

use super::query::{Clause, MatchKind, WordClause};
use super::rank::clause_scores;
use super::rank::RankingWeights;
use super::snippet::passage;
use super::{copy_ids, hit, Hit};
use crate::article::Article;
use crate::duplicates::Duplicates;
use crate::index::{DocId, Index, BREAK};
use crate::text::words;
use crate::understand::gazetteer::gazetteer;
use std::collections::HashMap;

/// Distinctive words of an article that find its relatives.
pub const RELATED_TERMS: usize = 25;

pub fn related(
    articles: &[Article],
    index: &Index,
    copies: &Duplicates,
    id: &str,
    limit: usize,
) -> Vec<Hit> {
    let Some(doc) = articles.iter().position(|a| a.id == id) else {
        return Vec::new();
    };
    let doc = doc as DocId;
    let n = index.collection_size() as f32;
    let stopwords = gazetteer();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for &word in index.stream(doc).iter() {
        if word == BREAK {
            continue;
        }
        let text = index.word(word);
        if !stopwords.is_content_word(text) {
            continue;
        }
        *counts.entry(index.term_of_word(word)).or_default() += 1;
    }
    // A word that only the article and its copies have finds nothing else to relate.
    let own_copies: Vec<DocId> = copies.copies_of(doc).collect();
    let elsewhere = |term: u32| {
        let in_copies = own_copies
            .iter()
            .filter(|&&copy| index.postings(term).contains(copy))
            .count();
        index.document_frequency(term) > 1 + in_copies
    };
    let mut weighted: Vec<(u32, f32)> = counts
        .into_iter()
        .filter(|&(term, _)| elsewhere(term))
        .map(|(term, tf)| {
            let df = index.document_frequency(term) as f32;
            // BM25's idf stays above zero for words that every article has, so that a
            // collection of two still relates them.
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            (term, (1.0 + (tf as f32).ln()) * idf)
        })
        .collect();
    weighted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    weighted.truncate(RELATED_TERMS);
    let mut scores = vec![0.0f32; index.document_count()];
    for &(term, weight) in &weighted {
        let clause = Clause::Word(WordClause {
            typed: String::new(),
            exact: Vec::new(),
            terms: vec![(term, MatchKind::Word)],
        });
        for found in clause_scores(index, &clause, &RankingWeights::default()) {
            scores[found.doc as usize] += weight * found.score;
        }
    }
    let own_group = copies.group(doc);
    let mut ranked: Vec<(DocId, f32)> = scores
        .into_iter()
        .enumerate()
        .map(|(other, score)| (other as DocId, score))
        .filter(|&(other, score)| {
            score > 0.0 && other != doc && (own_group.is_none() || copies.group(other) != own_group)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    copies.collapse(&mut ranked, |&(doc, _)| doc);
    ranked
        .into_iter()
        .take(limit)
        .map(|(other, score)| {
            let article = &articles[other as usize];
            let lede = article
                .paragraphs
                .first()
                .map(|p| {
                    let unmarked: Vec<_> = words(p).map(|w| (w.start..w.end, None)).collect();
                    passage(p, &unmarked)
                })
                .unwrap_or_default();
            Hit {
                copies: copy_ids(articles, copies, other),
                ..hit(article, score, lede, Vec::new())
            }
        })
        .collect()
}
