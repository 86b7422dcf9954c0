//! Which articles match a query, and how well: per-field BM25, then a closer look at the best.
//!
//! 1. Every clause scores the articles that hold it with BM25F (Robertson & Zaragoza, "The
//!    Probabilistic Relevance Framework", 2009, sec. 3.5: each field's term frequency
//!    normalised by that field's length, the headline's weighted by
//!    [`RankingWeights::headline_in_sum`], one saturation over the sum) plus a headline term
//!    that saturates on its own ([`RankingWeights::headline`]). The sum keeps a word that is
//!    both in the headline and the body from counting twice; the headline's own term keeps a
//!    headline from being drowned once a long body repeats the word (with one saturation
//!    only, an article that names two words in its headline ranked below articles repeating
//!    them in their bodies). A word's completions and near spellings score with their lower
//!    weights; a phrase is verified in each article's word stream.
//! 2. Articles are ordered first by how many of the query's words they hold only as a
//!    completion or a near spelling (fewest first), then by score: an article that holds the
//!    word itself, or another form of its stem, always ranks above one that only holds
//!    something like it.
//! 3. Articles are read word by word, best first: an article whose words stand close together
//!    gains up to [`RankingWeights::proximity`], one that has the words exactly as typed (not
//!    only another form of their stem) up to [`RankingWeights::exact`]. Reading stops as soon as
//!    the next article could not enter the page even with both gains in full (MaxScore's idea,
//!    Turtle & Flood 1995: an upper bound on what is left ends the work early), so a query
//!    reads a handful of articles, not all its matches, and the page is exactly what reading
//!    every match would give.

use super::query::{Clause, MatchKind, Phrase, Query, WordClause};
use crate::index::{DocId, Index, StreamWord, StreamWords, WordId, BREAK};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The weights of ranking. [`RankingWeights::default`] holds the values chosen by the search
/// over a development query set documented in `docs/ranking.md` (`examples/tune_ranking.rs`);
/// search always uses them, the tuning example tries others.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankingWeights {
    /// In BM25F's sum, a headline occurrence counts as this many body occurrences.
    pub headline_in_sum: f32,
    /// The headline's own saturated term, added to BM25F's: between 0 and this much of a
    /// word's idf for being in the headline, however long the body.
    pub headline: f32,
    /// BM25's saturation: how fast repeating a word stops adding to its score.
    pub k1: f32,
    /// BM25's length normalisation of the headline (0: none, 1: full).
    pub b_headline: f32,
    /// BM25's length normalisation of the body.
    pub b_body: f32,
    /// A completion of the word being typed scores this share of the word itself.
    pub completion: f32,
    /// A near spelling one and two edits away scores these shares of the word itself.
    pub near: [f32; 2],
    /// An article whose query words are side by side scores this much more (a share of its score).
    pub proximity: f32,
    /// An article with every word exactly as typed scores this much more (a share of its score).
    pub exact: f32,
}

impl Default for RankingWeights {
    fn default() -> Self {
        // Found by `tune_ranking --search` from the earlier weights (headline_in_sum 3, no
        // headline term, k1 1.2, b 0.75 and 0.75, completion 0.8, near 0.6 and 0.4, proximity
        // 0.5, exact 0.2): docs/ranking.md has the searches and their figures.
        RankingWeights {
            headline_in_sum: 2.0,
            headline: 0.25,
            k1: 0.6,
            b_headline: 0.75,
            b_body: 0.5,
            completion: 0.5,
            near: [0.6, 0.4],
            proximity: 0.25,
            exact: 0.4,
        }
    }
}

impl RankingWeights {
    fn of(&self, kind: MatchKind) -> f32 {
        match kind {
            MatchKind::Word => 1.0,
            MatchKind::Completion => self.completion,
            MatchKind::Near(edits) => self.near[usize::from(edits.clamp(1, 2)) - 1],
        }
    }
}

/// An article that matches a query.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Match {
    pub doc: DocId,
    pub score: f32,
    /// How many of the query's groups the article answers only with a completion or a near
    /// spelling: it ranks below every article with fewer.
    pub loose: u16,
}

impl Match {
    /// Best first: fewest loose groups, then highest score, then collection order.
    pub fn order(a: &Match, b: &Match) -> std::cmp::Ordering {
        a.loose
            .cmp(&b.loose)
            .then(b.score.total_cmp(&a.score))
            .then(a.doc.cmp(&b.doc))
    }
}

/// An article a clause matches, its score, and whether it holds the word itself (or its stem).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClauseMatch {
    pub doc: DocId,
    pub score: f32,
    pub whole: bool,
}

/// Articles that match, with their scores, unordered.
pub fn matching(index: &Index, query: &Query, weights: &RankingWeights) -> Vec<Match> {
    let n = index.document_count();
    let mut excluded = vec![false; n];
    for clause in &query.excluded {
        for found in clause_scores(index, clause, weights) {
            excluded[found.doc as usize] = true;
        }
    }
    if query.groups.is_empty() {
        return (0..n as DocId)
            .filter(|&d| !excluded[d as usize])
            .map(|doc| Match {
                doc,
                score: 0.0,
                loose: 0,
            })
            .collect();
    }
    let mut total = vec![0.0f32; n];
    let mut groups_matched = vec![0u16; n];
    let mut groups_whole = vec![0u16; n];
    // A document counts once per group, however many of the group's clauses it matches.
    let mut last_group = vec![u16::MAX; n];
    let mut last_whole_group = vec![u16::MAX; n];
    for (g, group) in query.groups.iter().enumerate() {
        let g = g as u16;
        for clause in group {
            for found in clause_scores(index, clause, weights) {
                let d = found.doc as usize;
                total[d] += found.score;
                if last_group[d] != g {
                    last_group[d] = g;
                    groups_matched[d] += 1;
                }
                if found.whole && last_whole_group[d] != g {
                    last_whole_group[d] = g;
                    groups_whole[d] += 1;
                }
            }
        }
    }
    let needed = query.groups.len() as u16;
    (0..n)
        .filter(|&d| groups_matched[d] == needed && !excluded[d])
        .map(|d| Match {
            doc: d as DocId,
            score: total[d],
            loose: needed - groups_whole[d],
        })
        .collect()
}

/// Puts the best `at_least` first, in order, after reading them closely (the rest follow in
/// no order): exactly the order [`rank_reading_all`] gives, reading only the articles that
/// could still enter the first `at_least`.
pub fn rank(
    index: &Index,
    groups_of_words: &GroupsOfWords,
    matches: &mut [Match],
    at_least: usize,
    weights: &RankingWeights,
) {
    let k = at_least.min(matches.len());
    if k == 0 {
        return;
    }
    if groups_of_words.groups == 0 {
        if k < matches.len() {
            matches.select_nth_unstable_by(k, Match::order);
        }
        matches[..k].sort_unstable_by(Match::order);
        return;
    }
    // The most reading can multiply a score by.
    let ceiling = 1.0 + weights.proximity.max(0.0) + weights.exact.max(0.0);
    // Candidates best first by their score before reading: a heap pops them in order without
    // sorting the thousands that a common word matches.
    let mut waiting: BinaryHeap<Reverse<Ranked>> = matches
        .iter()
        .map(|&found| Reverse(Ranked(found)))
        .collect();
    let mut read: Vec<Match> = Vec::with_capacity(k * 2);
    // The best k read so far, the worst of them on top.
    let mut best_read: BinaryHeap<Ranked> = BinaryHeap::new();
    while let Some(Reverse(Ranked(next))) = waiting.pop() {
        if let (true, Some(Ranked(kth))) = (best_read.len() == k, best_read.peek()) {
            // Worse even with both gains in full (ties are read): so is everything after it.
            let hopeless = next.loose > kth.loose
                || (next.loose == kth.loose && next.score * ceiling < kth.score);
            if hopeless {
                waiting.push(Reverse(Ranked(next)));
                break;
            }
        }
        let found = reread(index, groups_of_words, next, weights);
        read.push(found);
        best_read.push(Ranked(found));
        if best_read.len() > k {
            best_read.pop();
        }
    }
    read.sort_unstable_by(Match::order);
    let rest: Vec<Match> = read
        .split_off(k.min(read.len()))
        .into_iter()
        .chain(waiting.into_iter().map(|Reverse(Ranked(found))| found))
        .collect();
    for (slot, found) in matches.iter_mut().zip(read.into_iter().chain(rest)) {
        *slot = found;
    }
}

/// The same order as [`rank`], reading every match: what pruning must reproduce.
#[cfg(test)]
pub fn rank_reading_all(
    index: &Index,
    groups_of_words: &GroupsOfWords,
    matches: &mut [Match],
    weights: &RankingWeights,
) {
    if groups_of_words.groups > 0 {
        for found in matches.iter_mut() {
            *found = reread(index, groups_of_words, *found, weights);
        }
    }
    matches.sort_unstable_by(Match::order);
}

/// A match after reading its words: its score with the gains for closeness and exactness.
fn reread(
    index: &Index,
    groups_of_words: &GroupsOfWords,
    found: Match,
    weights: &RankingWeights,
) -> Match {
    let closeness = match index.stream_words(found.doc) {
        StreamWords::Narrow(stream) => groups_of_words.closeness(stream),
        StreamWords::Wide(stream) => groups_of_words.closeness(stream),
    };
    Match {
        score: found.score
            * (1.0 + weights.proximity * closeness.proximity + weights.exact * closeness.exact),
        ..found
    }
}

/// A match in a heap, ordered by [`Match::order`] (best first): on top of a `BinaryHeap` is the
/// worst, on top of one of `Reverse`s the best.
#[derive(Clone, Copy)]
struct Ranked(Match);

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        Match::order(&self.0, &other.0).is_eq()
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        Match::order(&self.0, &other.0)
    }
}

fn idf(documents: usize, frequency: usize) -> f32 {
    let (n, df) = (documents as f32, frequency as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// One field's saturated, length-normalised term frequency, between 0 and 1.
fn saturated(tf: u16, length: u32, average: f32, k1: f32, b: f32) -> f32 {
    if tf == 0 {
        return 0.0;
    }
    let tf = f32::from(tf);
    tf / (k1 * length_normaliser(length, average, b) + tf)
}

/// BM25's length normalisation of a field: 1 at the average length, more for longer ones.
fn length_normaliser(length: u32, average: f32, b: f32) -> f32 {
    if average > 0.0 {
        1.0 - b + b * length as f32 / average
    } else {
        1.0
    }
}

/// BM25F over headline and body, plus the headline's own saturated term.
fn field_bm25(
    index: &Index,
    doc: DocId,
    headline_tf: u16,
    body_tf: u16,
    idf: f32,
    weights: &RankingWeights,
) -> f32 {
    let (avg_headline, avg_body) = index.average_lengths();
    let lengths = index.lengths(doc);
    let normalised = |tf: u16, length: u32, average: f32, b: f32| {
        f32::from(tf) / length_normaliser(length, average, b)
    };
    let sum = weights.headline_in_sum
        * normalised(
            headline_tf,
            lengths.headline,
            avg_headline,
            weights.b_headline,
        )
        + normalised(body_tf, lengths.body, avg_body, weights.b_body);
    let together = if sum > 0.0 {
        sum / (weights.k1 + sum)
    } else {
        0.0
    };
    let headline = saturated(
        headline_tf,
        lengths.headline,
        avg_headline,
        weights.k1,
        weights.b_headline,
    );
    idf * (together + weights.headline * headline)
}

/// The articles a clause matches and their scores, by ascending document.
pub fn clause_scores(index: &Index, clause: &Clause, weights: &RankingWeights) -> Vec<ClauseMatch> {
    match clause {
        Clause::Word(word) => word_scores(index, word, weights),
        Clause::Phrase(phrase) => phrase_scores(index, phrase, weights),
    }
}

/// A word's score in an article is that of its best matching term (the stem, a completion, a
/// near word): an article does not gain by holding several forms.
fn word_scores(index: &Index, word: &WordClause, weights: &RankingWeights) -> Vec<ClauseMatch> {
    let n = index.document_count();
    if let [(term, kind)] = word.terms[..] {
        let idf = idf(index.collection_size(), index.document_frequency(term));
        let weight = weights.of(kind);
        return index
            .postings(term)
            .map(|p| ClauseMatch {
                doc: p.doc,
                score: weight * field_bm25(index, p.doc, p.headline_tf, p.body_tf, idf, weights),
                whole: kind == MatchKind::Word,
            })
            .collect();
    }
    // Completions and near words can be dozens of terms with thousands of postings: their
    // best scores gather in one slot per article rather than in a list to sort.
    let mut best = vec![0.0f32; n];
    let mut whole = vec![false; n];
    for &(term, kind) in &word.terms {
        let idf = idf(index.collection_size(), index.document_frequency(term));
        let weight = weights.of(kind);
        for p in index.postings(term) {
            let score = weight * field_bm25(index, p.doc, p.headline_tf, p.body_tf, idf, weights);
            let slot = &mut best[p.doc as usize];
            *slot = slot.max(score);
            whole[p.doc as usize] |= kind == MatchKind::Word;
        }
    }
    best.into_iter()
        .zip(whole)
        .enumerate()
        .filter(|&(_, (score, _))| score > 0.0)
        .map(|(doc, (score, whole))| ClauseMatch {
            doc: doc as DocId,
            score,
            whole,
        })
        .collect()
}

/// Articles that hold every word of the phrase in order, scored as one term whose frequency is
/// the number of times the phrase occurs.
fn phrase_scores(index: &Index, phrase: &Phrase, weights: &RankingWeights) -> Vec<ClauseMatch> {
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
        let (headline, body) = match index.stream_words(posting.doc) {
            StreamWords::Narrow(stream) => occurrences(stream, words),
            StreamWords::Wide(stream) => occurrences(stream, words),
        };
        if headline + body > 0 {
            found.push((posting.doc, headline, body));
        }
    }
    let idf = idf(index.collection_size(), found.len());
    found
        .into_iter()
        .map(|(doc, headline, body)| ClauseMatch {
            doc,
            score: field_bm25(index, doc, headline, body, idf, weights),
            whole: true,
        })
        .collect()
}

/// How often `words` occur one after the other in the headline and in the rest of a stream.
pub fn occurrences<W: StreamWord>(stream: &[W], words: &[u32]) -> (u16, u16) {
    let headline_end = stream
        .iter()
        .position(|&w| w.id() == BREAK)
        .unwrap_or(stream.len());
    let (mut headline, mut body) = (0u16, 0u16);
    if words.is_empty() || stream.len() < words.len() {
        return (0, 0);
    }
    for start in 0..=stream.len() - words.len() {
        if stream[start].id() == words[0]
            && stream[start..start + words.len()]
                .iter()
                .zip(words)
                .all(|(&held, &word)| held.id() == word)
        {
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

    fn closeness<W: StreamWord>(&self, stream: &[W]) -> Closeness {
        let mut exact = self.exact_by_default.clone();
        let mut last_seen: Vec<Option<usize>> = vec![None; self.groups];
        let mut smallest_window = usize::MAX;
        for (position, word) in stream.iter().map(|&w| w.id()).enumerate() {
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
    use proptest::prelude::*;

    const WORDS: [&str; 8] = [
        "harbour", "ferry", "storm", "council", "harbours", "ferries", "stormy", "vote",
    ];

    fn text_of(words: &[usize]) -> String {
        words
            .iter()
            .map(|&w| WORDS[w])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Up to 24 articles, each a headline and a body of [`WORDS`] by their positions.
    fn made_up_articles() -> impl Strategy<Value = Vec<(Vec<usize>, Vec<usize>)>> {
        prop::collection::vec(
            (
                prop::collection::vec(0..8usize, 1..4),
                prop::collection::vec(0..8usize, 1..40),
            ),
            1..25,
        )
    }

    fn parsed(articles: &[(Vec<usize>, Vec<usize>)]) -> Vec<crate::article::Article> {
        articles
            .iter()
            .enumerate()
            .map(|(i, (headline, body))| {
                let text = format!("{}\n\n{}\n", text_of(headline), text_of(body));
                crate::parse(&format!("a{i}"), &text)
            })
            .collect()
    }

    proptest! {
        #[test]
        fn pruned_ranking_gives_exactly_the_top_k_of_reading_every_match(
            articles in made_up_articles(),
            query in prop::collection::vec(0..8usize, 1..4),
            typing in any::<bool>(),
            k in 1..12usize,
            proximity in 0.0f32..2.0,
            exact in 0.0f32..1.0,
        ) {
            let articles = parsed(&articles);
            let index = Index::build(&articles);
            let mut text = text_of(&query);
            if !typing {
                text.push(' ');
            }
            let query = Query::parse(&index, &text);
            let weights = RankingWeights { proximity, exact, ..RankingWeights::default() };
            let groups = GroupsOfWords::new(&index, &query);
            let mut pruned = matching(&index, &query, &weights);
            let mut all = pruned.clone();
            rank(&index, &groups, &mut pruned, k, &weights);
            rank_reading_all(&index, &groups, &mut all, &weights);
            let k = k.min(all.len());
            prop_assert_eq!(&pruned[..k], &all[..k]);
            let mut every: Vec<DocId> = pruned.iter().map(|m| m.doc).collect();
            every.sort_unstable();
            let mut expected: Vec<DocId> = all.iter().map(|m| m.doc).collect();
            expected.sort_unstable();
            prop_assert_eq!(every, expected, "no match lost or repeated");
        }

        #[test]
        fn streams_held_narrow_or_wide_give_the_same_matches_and_scores_phrases_included(
            articles in made_up_articles(),
            query in prop::collection::vec(0..8usize, 1..4),
        ) {
            let articles = parsed(&articles);
            let narrow = Index::build(&articles);
            let wide = narrow.with_wide_streams();
            prop_assert!(matches!(narrow.stream_words(0), StreamWords::Narrow(_)));
            prop_assert!(matches!(wide.stream_words(0), StreamWords::Wide(_)));
            let weights = RankingWeights::default();
            for text in [text_of(&query) + " ", format!("\"{}\"", text_of(&query))] {
                let ranked = |index: &Index| {
                    let query = Query::parse(index, &text);
                    let mut found = matching(index, &query, &weights);
                    rank_reading_all(index, &GroupsOfWords::new(index, &query), &mut found, &weights);
                    found
                };
                prop_assert_eq!(ranked(&narrow), ranked(&wide), "{}", text);
            }
        }
    }

    #[test]
    fn phrases_are_counted_in_the_headline_and_the_body_apart() {
        let stream = [1, 2, 3, BREAK, 1, 2, 1, 2, BREAK, 2, 1];
        assert_eq!(occurrences(&stream, &[1, 2]), (1, 2));
        assert_eq!(occurrences(&stream, &[2, 1]), (0, 2));
        assert_eq!(occurrences(&stream, &[3, 1]), (0, 0), "not across a break");
        let mut narrow = crate::index::Streams::with_capacity(0, 10);
        narrow.extend(stream);
        let StreamWords::Narrow(narrow) = narrow.as_held(0..stream.len()) else {
            panic!("a vocabulary of ten words is held narrow");
        };
        assert_eq!(occurrences(narrow, &[1, 2]), (1, 2));
        assert_eq!(occurrences(narrow, &[3, 1]), (0, 0), "not across a break");
    }
}
