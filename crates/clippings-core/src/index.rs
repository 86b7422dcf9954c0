//! The inverted index: for each stemmed term, the articles that hold it and how often, by field.

use crate::article::Article;
use crate::text::{fold, stem_folded, words};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub type TermId = u32;
pub type DocId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Stemmed terms, sorted; a term's id is its position.
    terms: Vec<String>,
    /// Postings of each term, by ascending document.
    postings: Vec<Vec<Posting>>,
    /// Folded surface words, sorted, each with the term it stems to: prefix search runs here,
    /// because a prefix of what the user is typing need not be a prefix of its stem.
    surface_words: Vec<(String, TermId)>,
    lengths: Vec<FieldLengths>,
    average: (f32, f32),
    /// For each term, the positions of its surface words: made on first use, not embedded,
    /// because it is cheap to derive and marking text needs it for every query.
    #[serde(skip)]
    words_of_term: OnceLock<Vec<Vec<u32>>>,
}

impl Index {
    pub fn build(articles: &[Article]) -> Index {
        let mut by_term: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        let mut surface: BTreeMap<String, String> = BTreeMap::new();
        let mut lengths = Vec::with_capacity(articles.len());
        for (doc, article) in articles.iter().enumerate() {
            let doc = DocId::try_from(doc).expect("fewer than 2^32 articles");
            let mut counts: BTreeMap<String, (u16, u16)> = BTreeMap::new();
            let mut field_lengths = FieldLengths::default();
            // Captions count as body text: a person named only under a photo is still in the story.
            let fields = std::iter::once((true, article.headline.as_str()))
                .chain(article.paragraphs.iter().map(|p| (false, p.as_str())))
                .chain(article.captions.iter().map(|c| (false, c.text.as_str())));
            for (is_headline, text) in fields {
                for word in words(text) {
                    let folded = fold(word.text);
                    let term = surface
                        .entry(folded)
                        .or_insert_with_key(|f| stem_folded(f))
                        .clone();
                    let count = counts.entry(term).or_default();
                    if is_headline {
                        count.0 = count.0.saturating_add(1);
                        field_lengths.headline += 1;
                    } else {
                        count.1 = count.1.saturating_add(1);
                        field_lengths.body += 1;
                    }
                }
            }
            for (term, (headline_tf, body_tf)) in counts {
                by_term.entry(term).or_default().push(Posting {
                    doc,
                    headline_tf,
                    body_tf,
                });
            }
            lengths.push(field_lengths);
        }
        let terms: Vec<String> = by_term.keys().cloned().collect();
        let postings = by_term.into_values().collect();
        let surface_words = surface
            .into_iter()
            .map(|(word, term)| {
                let id = terms
                    .binary_search(&term)
                    .expect("every surface word has its term");
                (word, id as TermId)
            })
            .collect();
        let n = lengths.len().max(1) as f32;
        let average = (
            lengths.iter().map(|l| l.headline as f32).sum::<f32>() / n,
            lengths.iter().map(|l| l.body as f32).sum::<f32>() / n,
        );
        Index {
            terms,
            postings,
            surface_words,
            lengths,
            average,
            words_of_term: OnceLock::new(),
        }
    }

    pub fn document_count(&self) -> usize {
        self.lengths.len()
    }

    pub fn term_id(&self, term: &str) -> Option<TermId> {
        self.terms
            .binary_search_by(|t| t.as_str().cmp(term))
            .ok()
            .map(|i| i as TermId)
    }

    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    pub fn postings(&self, id: TermId) -> &[Posting] {
        &self.postings[id as usize]
    }

    pub fn lengths(&self, doc: DocId) -> FieldLengths {
        self.lengths[doc as usize]
    }

    /// Average headline and body lengths.
    pub fn average_lengths(&self) -> (f32, f32) {
        self.average
    }

    /// The folded surface words that stem to `term` (`defend`: "defend", "defending", ...).
    pub fn words_of(&self, term: TermId) -> impl Iterator<Item = &str> {
        let words_of_term = self.words_of_term.get_or_init(|| {
            let mut by_term = vec![Vec::new(); self.terms.len()];
            for (position, (_, t)) in self.surface_words.iter().enumerate() {
                by_term[*t as usize].push(position as u32);
            }
            by_term
        });
        words_of_term[term as usize]
            .iter()
            .map(|&position| self.surface_words[position as usize].0.as_str())
    }

    /// Terms of the surface words that start with `folded_prefix`, at most `limit`, most
    /// widespread first (a short prefix has thousands; the common ones are what people mean).
    pub fn terms_with_prefix(&self, folded_prefix: &str, limit: usize) -> Vec<TermId> {
        let start = self
            .surface_words
            .partition_point(|(w, _)| w.as_str() < folded_prefix);
        let mut found: Vec<TermId> = self.surface_words[start..]
            .iter()
            .take_while(|(w, _)| w.starts_with(folded_prefix))
            .map(|&(_, t)| t)
            .collect();
        found.sort_unstable();
        found.dedup();
        if found.len() > limit {
            found.sort_by_key(|&t| std::cmp::Reverse(self.postings(t).len()));
            found.truncate(limit);
        }
        found
    }
}
