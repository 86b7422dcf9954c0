//! Which articles match a query, and how well: BM25F, then a closer look at the best.
//!
//! 1. Every clause scores the articles that hold it with BM25F (Robertson & Zaragoza, "The
//!    Probabilistic Relevance Framework", 2009): each field's term frequency is normalised by
//!    that field's length, the headline's weighted by [`HEADLINE_WEIGHT`], and the sum saturates
//!    once through `k1`. A word's completions and near words score with their lower weights
//!    (exact over prefix over typo); a phrase is verified in each article's word stream.
//! 2. The best [`RERANKED`] are read word by word: an article whose words stand close together
//!    gains up to [`PROXIMITY_WEIGHT`], one that has the words exactly as typed (not only another
//!    form of their stem) up to [`EXACT_WEIGHT`].

use super::query::{Clause, Phrase, Query, WordClause};
use crate::index::{DocId, Index, WordId, BREAK};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A headline word counts as this many body words: headlines say what an article is about.
pub const HEADLINE_WEIGHT: f32 = 3.0;
/// An article whose query words are side by side scores this much more (a share of its score).
pub const PROXIMITY_WEIGHT: f32 = 0.5;
/// An article with every word exactly as typed scores this much more (a share of its score).
pub const EXACT_WEIGHT: f32 = 0.2;
/// How many of the best articles are read for proximity and exactness.
pub const RERANKED: usize = 100;

/// Articles that match, with their scores, unordered.
pub fn matching(index: &Index, query: &Query) -> Vec<(DocId, f32)> {
    let n = index.document_count();
    let mut excluded = vec![false; n];
    for clause in &query.excluded {
        for (doc, _) in clause_scores(index, clause) {
            excluded[doc as usize] = true;
        }
    }
    if query.groups.is_empty() {
        return (0..n as DocId)
            .filter(|&d| !excluded[d as usize])
            .map(|d| (d, 0.0))
            .collect();
    }
    let mut total = vec![0.0f32; n];
    let mut groups_matched = vec![0u16; n];
    // A document counts once per group, however many of the group's clauses it matches.
    let mut last_group = vec![u16::MAX; n];
    for (g, group) in query.groups.iter().enumerate() {
        let g = g as u16;
        for clause in group {
            for (doc, score) in clause_scores(index, clause) {
                let d = doc as usize;
                total[d] += score;
                if last_group[d] != g {
                    last_group[d] = g;
                    groups_matched[d] += 1;
                }
            }
        }
    }
    let needed = query.groups.len() as u16;
    (0..n)
        .filter(|&d| groups_matched[d] == needed && !excluded[d])
        .map(|d| (d as DocId, total[d]))
        .collect()
}

/// Sorts by score, best first, after reading the best few closely.
pub fn rank(
    index: &Index,
    groups_of_words: &GroupsOfWords,
    matches: &mut [(DocId, f32)],
    at_least: usize,
) {
    // Only the first `at_least` need an order (the page asked for); the rest are counted.
    let reread = matches.len().min(RERANKED.max(at_least));
    if reread < matches.len() {
        matches.select_nth_unstable_by(reread, by_score_order);
    }
    by_score(&mut matches[..reread]);
    if groups_of_words.groups == 0 {
        return;
    }
    for (doc, score) in &mut matches[..reread] {
        let closeness = groups_of_words.closeness(index.stream(*doc));
        *score *= 1.0 + PROXIMITY_WEIGHT * closeness.proximity + EXACT_WEIGHT * closeness.exact;
    }
    by_score(&mut matches[..reread]);
}

fn by_score_order(a: &(DocId, f32), b: &(DocId, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

fn by_score(matches: &mut [(DocId, f32)]) {
    matches.sort_unstable_by(by_score_order);
}

fn normaliser(length: u32, average: f32) -> f32 {
    if average <= 0.0 {
        return 1.0;
    }
    1.0 - B + B * length as f32 / average
}

fn idf(documents: usize, frequency: usize) -> f32 {
    let (n, df) = (documents as f32, frequency as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

fn bm25f(index: &Index, doc: DocId, headline_tf: u16, body_tf: u16, idf: f32) -> f32 {
    let (avg_headline, avg_body) = index.average_lengths();
    let lengths = index.lengths(doc);
    let tf = HEADLINE_WEIGHT * f32::from(headline_tf) / normaliser(lengths.headline, avg_headline)
        + f32::from(body_tf) / normaliser(lengths.body, avg_body);
    idf * tf / (K1 + tf)
}

/// The articles a clause matches and their scores, by ascending document.
pub fn clause_scores(index: &Index, clause: &Clause) -> Vec<(DocId, f32)> {
    match clause {
        Clause::Word(word) => word_scores(index, word),
        Clause::Phrase(phrase) => phrase_scores(index, phrase),
    }
}

/// A word's score in an article is that of its best matching term (the stem, a completion, a
/// near word): an article does not gain by holding several forms.
fn word_scores(index: &Index, word: &WordClause) -> Vec<(DocId, f32)> {
    let n = index.document_count();
    if let [(term, weight)] = word.terms[..] {
        let idf = idf(n, index.document_frequency(term));
        return index
            .postings(term)
            .iter()
            .map(|p| {
                (
                    p.doc,
                    weight * bm25f(index, p.doc, p.headline_tf, p.body_tf, idf),
                )
            })
            .collect();
    }
    // Completions and near words can be dozens of terms with thousands of postings: their
    // best scores gather in one slot per article rather than in a list to sort.
    let mut best = vec![0.0f32; n];
    for &(term, weight) in &word.terms {
        let idf = idf(n, index.document_frequency(term));
        for p in index.postings(term) {
            let score = weight * bm25f(index, p.doc, p.headline_tf, p.body_tf, idf);
            let slot = &mut best[p.doc as usize];
            *slot = slot.max(score);
        }
    }
    best.into_iter()
        .enumerate()
        .filter(|&(_, score)| score > 0.0)
        .map(|(doc, score)| (doc as DocId, score))
        .collect()
}

/// Articles that hold every word of the phrase in order, scored as one term whose frequency is
/// the number of times the phrase occurs.
fn phrase_scores(index: &Index, phrase: &Phrase) -> Vec<(DocId, f32)> {
    let Some(words) = &phrase.words else {
        return Vec::new();
    };
    let Some(rarest) = words
        .iter()
        .map(|&w| index.term_of_word(w))
        .min_by_key(|&t| index.document_frequency(t))
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for posting in index.postings(rarest) {
        let (headline, body) = occurrences(index.stream(posting.doc), words);
        if headline + body > 0 {
            found.push((posting.doc, headline, body));
        }
    }
    let idf = idf(index.document_count(), found.len());
    found
        .into_iter()
        .map(|(doc, headline, body)| (doc, bm25f(index, doc, headline, body, idf)))
        .collect()
}

/// How often `words` occur one after the other in the headline and in the rest of a stream.
pub fn occurrences(stream: &[u32], words: &[u32]) -> (u16, u16) {
    let headline_end = stream
        .iter()
        .position(|&w| w == BREAK)
        .unwrap_or(stream.len());
    let (mut headline, mut body) = (0u16, 0u16);
    if words.is_empty() || stream.len() < words.len() {
        return (0, 0);
    }
    for start in 0..=stream.len() - words.len() {
        if stream[start] == words[0] && stream[start..start + words.len()] == *words {
            if start < headline_end {
                headline = headline.saturating_add(1);
            } else {
                body = body.saturating_add(1);
            }
        }
    }
    (headline, body)
}

/// How close together and how exactly an article holds the query's words.
#[derive(Debug, Default, PartialEq)]
pub struct Closeness {
    /// 1 when the groups stand side by side somewhere, falling as the smallest window that
    /// holds one word of each grows; 0 with fewer than two groups or none in one paragraph.
    pub proximity: f32,
    /// Share of the groups that the article matches exactly as typed (phrases always do).
    pub exact: f32,
}

/// For each word of the vocabulary, the group of the query that it answers and whether it is
/// the word as typed: one lookup per word of an article.
pub(crate) struct GroupsOfWords {
    group_of_word: Vec<u16>,
    exact_word: Vec<bool>,
    groups: usize,
    exact_by_default: Vec<bool>,
}

const NO_GROUP: u16 = u16::MAX;

impl GroupsOfWords {
    pub(crate) fn new(index: &Index, query: &Query) -> GroupsOfWords {
        let mut group_of_word = vec![NO_GROUP; index.word_count()];
        let mut exact_word = vec![false; index.word_count()];
        let mut exact_by_default = vec![false; query.groups.len()];
        for (g, group) in query.groups.iter().enumerate() {
            for clause in group {
                match clause {
                    Clause::Word(word) => {
                        for &id in &word.exact {
                            exact_word[id as usize] = true;
                        }
                        for &(term, _) in &word.terms {
                            for &id in index.word_ids_of(term) {
                                if group_of_word[id as usize] == NO_GROUP {
                                    group_of_word[id as usize] = g as u16;
                                }
                            }
                        }
                    }
                    Clause::Phrase(Phrase { words: Some(ids) }) => {
                        exact_by_default[g] = true;
                        for &id in ids {
                            if group_of_word[id as usize] == NO_GROUP {
                                group_of_word[id as usize] = g as u16;
                            }
                        }
                    }
                    Clause::Phrase(Phrase { words: None }) => {}
                }
            }
        }
        GroupsOfWords {
            group_of_word,
            exact_word,
            groups: query.groups.len(),
            exact_by_default,
        }
    }

    pub(crate) fn matches(&self, word: WordId) -> bool {
        word != BREAK && self.group_of_word[word as usize] != NO_GROUP
    }

    /// Distinct groups matched in `words`, then the number of words that match.
    pub(crate) fn coverage(&self, words: &[WordId]) -> (usize, usize) {
        let mut seen: u64 = 0;
        let mut hits = 0;
        for &word in words {
            let group = self.group_of_word[word as usize];
            if group != NO_GROUP {
                hits += 1;
                seen |= 1 << (group % 64);
            }
        }
        (seen.count_ones() as usize, hits)
    }

    fn closeness(&self, stream: &[u32]) -> Closeness {
        let mut exact = self.exact_by_default.clone();
        let mut last_seen: Vec<Option<usize>> = vec![None; self.groups];
        let mut smallest_window = usize::MAX;
        for (position, &word) in stream.iter().enumerate() {
            if word == BREAK {
                last_seen.iter_mut().for_each(|s| *s = None);
                continue;
            }
            let group = self.group_of_word[word as usize];
            if group == NO_GROUP {
                continue;
            }
            if self.exact_word[word as usize] {
                exact[group as usize] = true;
            }
            last_seen[group as usize] = Some(position);
            if self.groups > 1 {
                if let Some(earliest) = last_seen
                    .iter()
                    .try_fold(position, |m, s| s.map(|s| m.min(s)))
                {
                    smallest_window = smallest_window.min(position - earliest + 1);
                }
            }
        }
        let proximity = if self.groups > 1 && smallest_window != usize::MAX {
            (self.groups - 1) as f32 / (smallest_window - 1) as f32
        } else {
            0.0
        };
        Closeness {
            proximity: proximity.min(1.0),
            exact: exact.iter().filter(|&&e| e).count() as f32 / self.groups.max(1) as f32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_counted_in_the_headline_and_the_body_apart() {
        let stream = [1, 2, 3, BREAK, 1, 2, 1, 2, BREAK, 2, 1];
        assert_eq!(occurrences(&stream, &[1, 2]), (1, 2));
        assert_eq!(occurrences(&stream, &[2, 1]), (0, 2));
        assert_eq!(occurrences(&stream, &[3, 1]), (0, 0), "not across a break");
    }
}
