//! Queries and BM25F ranking over the [`Index`], with snippets and matching paragraphs.
//!
//! Ranking is BM25F (Robertson & Zaragoza, "The Probabilistic Relevance Framework", 2009):
//! each field's term frequency is normalised by that field's length, the headline's weighted
//! by [`HEADLINE_WEIGHT`], and the sum saturates once through `k1`. Every query word must match
//! (AND); the last word also matches as a prefix while the user is still typing it.

use crate::article::Article;
use crate::index::{DocId, Index, TermId};
use crate::text::{fold, stem_folded, term, words};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// A headline word counts as this many body words: headlines say what an article is about.
pub const HEADLINE_WEIGHT: f32 = 3.0;
/// A prefix completion scores a little below the word as typed.
const PREFIX_WEIGHT: f32 = 0.8;
/// How many completions a prefix may stand for.
const MAX_PREFIX_TERMS: usize = 50;
/// Words past this many in a query are ignored, which bounds the work of any query.
pub const MAX_QUERY_WORDS: usize = 64;
/// Words in a snippet.
const SNIPPET_WORDS: usize = 30;
/// How far back from its first hit a snippet may start to begin with a whole sentence.
const SENTENCE_LOOKBACK: usize = 15;
/// Words shown before the first hit when no sentence starts close by.
const CONTEXT_WORDS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchOptions {
    pub limit: usize,
    pub offset: usize,
}

/// Results on a page unless the caller asks for another number.
pub const DEFAULT_LIMIT: usize = 20;

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    pub total: u32,
    pub took_ms: f64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub suggestion: Option<String>,
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub source: BTreeMap<String, u32>,
    pub people: BTreeMap<String, u32>,
    pub places: BTreeMap<String, u32>,
    pub organizations: BTreeMap<String, u32>,
}

/// A piece of text; `hit` marks a match of the query.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

/// Cuts `text` into segments at the given (sorted, disjoint) hit ranges.
pub fn segments(text: &str, hits: &[Range<usize>]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for hit in hits {
        if hit.start > at {
            out.push(Segment {
                text: text[at..hit.start].to_owned(),
                hit: false,
            });
        }
        out.push(Segment {
            text: text[hit.clone()].to_owned(),
            hit: true,
        });
        at = hit.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text[at..].to_owned(),
            hit: false,
        });
    }
    out
}

/// Each word of a text with the query clause it matches, if any.
type WordMatches = Vec<(Range<usize>, Option<usize>)>;

#[derive(Clone, Debug)]
struct Clause {
    terms: Vec<(TermId, f32)>,
}

/// What a field filter (`person:kerry`, `source:"press tv"`) looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Source,
    Person,
    Place,
    Organization,
    Headline,
}

impl Field {
    fn named(name: &str) -> Option<Field> {
        Some(match name.to_ascii_lowercase().as_str() {
            "source" => Field::Source,
            "person" => Field::Person,
            "place" => Field::Place,
            "org" => Field::Organization,
            "headline" => Field::Headline,
            _ => return None,
        })
    }

    /// The name a filter is written with.
    pub fn keyword(self) -> &'static str {
        match self {
            Field::Source => "source",
            Field::Person => "person",
            Field::Place => "place",
            Field::Organization => "org",
            Field::Headline => "headline",
        }
    }
}

/// A field filter: the article must have a value of the field that holds all these folded words
/// (stemmed for the headline).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub field: Field,
    pub words: Vec<String>,
}

impl Filter {
    fn admits(&self, article: &Article) -> bool {
        let holds = |value: &str| {
            let value_words: Vec<String> = words(value).map(|w| fold(w.text)).collect();
            self.words.iter().all(|w| value_words.contains(w))
        };
        let entities = &article.entities;
        match self.field {
            Field::Source => article.source.as_deref().is_some_and(holds),
            Field::Person => entities.people.iter().any(|e| holds(&e.name)),
            Field::Place => entities.places.iter().any(|e| holds(&e.name)),
            Field::Organization => entities.organizations.iter().any(|e| holds(&e.name)),
            Field::Headline => {
                let headline: Vec<String> =
                    words(&article.headline).map(|w| term(w.text)).collect();
                self.words
                    .iter()
                    .all(|w| headline.contains(&stem_folded(w)))
            }
        }
    }
}

/// Splits `field:value` and `field:"a value"` filters from the words of a query. Unknown fields
/// and empty values stay words.
pub fn split_filters(query: &str) -> (String, Vec<Filter>) {
    let mut rest = String::with_capacity(query.len());
    let mut filters = Vec::new();
    let mut remaining = query;
    while let Some(colon) = remaining.find(':') {
        let before = &remaining[..colon];
        let name_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let field = Field::named(&before[name_start..]);
        let after = &remaining[colon + 1..];
        let (value, consumed) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (&quoted[..end], end + 2),
                None => (quoted, after.len()),
            }
        } else {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            (&after[..end], end)
        };
        let value_words: Vec<String> = words(value)
            .map(|w| fold(w.text))
            .take(MAX_QUERY_WORDS)
            .collect();
        match field {
            Some(field) if !value_words.is_empty() => {
                rest.push_str(&remaining[..name_start]);
                rest.push(' ');
                filters.push(Filter {
                    field,
                    words: value_words,
                });
                remaining = &after[consumed..];
            }
            _ => {
                rest.push_str(&remaining[..colon + 1]);
                remaining = after;
            }
        }
        if filters.len() >= MAX_QUERY_WORDS {
            break;
        }
    }
    rest.push_str(remaining);
    (rest, filters)
}

/// People, places and organisations in facets: the commonest this many of each.
pub const FACET_VALUES: usize = 50;

/// A parsed query: for each word, the index terms it matches.
#[derive(Clone, Debug, Default)]
pub struct Query {
    clauses: Vec<Clause>,
    filters: Vec<Filter>,
    /// Every folded word of the collection that the query matches, with the clause it answers:
    /// marking text then folds each word and looks it up, without stemming it again.
    marked_words: HashMap<String, usize>,
}

impl Query {
    pub fn parse(index: &Index, query: &str) -> Query {
        let (query, filters) = split_filters(query);
        let query = query.as_str();
        let still_typing = query.chars().last().is_some_and(char::is_alphanumeric);
        let written: Vec<&str> = words(query).map(|w| w.text).take(MAX_QUERY_WORDS).collect();
        let last = written.len().saturating_sub(1);
        let mut seen = Vec::new();
        let mut query_out = Query {
            filters,
            ..Query::default()
        };
        for (i, word) in written.into_iter().enumerate() {
            let as_prefix = still_typing && i == last;
            let key = (fold(word), as_prefix);
            if seen.contains(&key) {
                continue;
            }
            let mut terms: Vec<(TermId, f32)> = index
                .term_id(&term(word))
                .map(|t| (t, 1.0))
                .into_iter()
                .collect();
            if as_prefix {
                for t in index.terms_with_prefix(&key.0, MAX_PREFIX_TERMS) {
                    if !terms.iter().any(|&(known, _)| known == t) {
                        terms.push((t, PREFIX_WEIGHT));
                    }
                }
            }
            query_out.clauses.push(Clause { terms });
            seen.push(key);
        }
        for (clause, c) in query_out.clauses.iter().enumerate() {
            for &(t, _) in &c.terms {
                for word in index.words_of(t) {
                    query_out
                        .marked_words
                        .entry(word.to_owned())
                        .or_insert(clause);
                }
            }
        }
        query_out
    }

    /// True when the query has no words and no filters: it matches every article.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty() && self.filters.is_empty()
    }

    pub fn filters(&self) -> &[Filter] {
        &self.filters
    }

    /// Byte ranges of the words of `text` that the query matches (words of the collection's vocabulary).
    pub fn marks(&self, text: &str) -> Vec<Range<usize>> {
        self.word_matches(text)
            .into_iter()
            .filter(|(_, clause)| clause.is_some())
            .map(|(r, _)| r)
            .collect()
    }

    /// `text` cut into segments, the query's matches marked.
    pub fn segments(&self, text: &str) -> Vec<Segment> {
        segments(text, &self.marks(text))
    }

    fn word_matches(&self, text: &str) -> WordMatches {
        if self.marked_words.is_empty() {
            return words(text).map(|w| (w.start..w.end, None)).collect();
        }
        words(text)
            .map(|w| {
                (
                    w.start..w.end,
                    self.marked_words.get(&fold(w.text)).copied(),
                )
            })
            .collect()
    }

    /// Scores of the matching documents, unordered.
    fn score(&self, index: &Index) -> Vec<(DocId, f32)> {
        let n = index.document_count() as f32;
        let (avg_headline, avg_body) = index.average_lengths();
        let mut per_clause: Vec<HashMap<DocId, f32>> = self
            .clauses
            .iter()
            .map(|clause| {
                let mut scores: HashMap<DocId, f32> = HashMap::new();
                for &(t, weight) in &clause.terms {
                    let postings = index.postings(t);
                    let df = postings.len() as f32;
                    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                    for p in postings {
                        let lengths = index.lengths(p.doc);
                        let tf = HEADLINE_WEIGHT * f32::from(p.headline_tf)
                            / normaliser(lengths.headline, avg_headline)
                            + f32::from(p.body_tf) / normaliser(lengths.body, avg_body);
                        let score = weight * idf * tf / (K1 + tf);
                        let best = scores.entry(p.doc).or_insert(0.0);
                        *best = best.max(score);
                    }
                }
                scores
            })
            .collect();
        per_clause.sort_by_key(HashMap::len);
        let Some((smallest, rest)) = per_clause.split_first() else {
            return Vec::new();
        };
        smallest
            .iter()
            .filter_map(|(&doc, &first)| {
                rest.iter()
                    .try_fold(first, |sum, scores| scores.get(&doc).map(|s| sum + s))
                    .map(|total| (doc, total))
            })
            .collect()
    }

    /// The best passage of the article for this query, and the paragraphs that match.
    /// A caption gives the passage only when no paragraph matches.
    fn snippet(&self, article: &Article) -> (Vec<Segment>, Vec<u32>) {
        let mut matching = Vec::new();
        let mut best: Option<((usize, usize), &str, WordMatches)> = None;
        for (i, paragraph) in article.paragraphs.iter().enumerate() {
            let found = self.word_matches(paragraph);
            let quality = coverage(&found);
            if quality.1 == 0 {
                continue;
            }
            matching.push(i as u32);
            if best.as_ref().is_none_or(|(q, _, _)| quality > *q) {
                best = Some((quality, paragraph, found));
            }
        }
        if best.is_none() && !self.is_empty() {
            for caption in &article.captions {
                let found = self.word_matches(&caption.text);
                let quality = coverage(&found);
                if quality.1 > 0 && best.as_ref().is_none_or(|(q, _, _)| quality > *q) {
                    best = Some((quality, &caption.text, found));
                }
            }
        }
        let snippet = match best {
            Some((_, text, found)) => passage(text, &found),
            None => article
                .paragraphs
                .first()
                .map(|p| passage(p, &self.word_matches(p)))
                .unwrap_or_default(),
        };
        (snippet, matching)
    }
}

fn normaliser(length: u32, average: f32) -> f32 {
    if average <= 0.0 {
        return 1.0;
    }
    1.0 - B + B * length as f32 / average
}

/// Distinct clauses matched, then number of matches.
fn coverage(found: &[(Range<usize>, Option<usize>)]) -> (usize, usize) {
    let mut clauses: Vec<usize> = found.iter().filter_map(|(_, c)| *c).collect();
    let hits = clauses.len();
    clauses.sort_unstable();
    clauses.dedup();
    (clauses.len(), hits)
}

/// The window of [`SNIPPET_WORDS`] words with the best coverage, as segments, starting at the
/// beginning of a sentence where that keeps the same hits in view.
fn passage(text: &str, found: &[(Range<usize>, Option<usize>)]) -> Vec<Segment> {
    if found.is_empty() {
        return Vec::new();
    }
    let width = SNIPPET_WORDS.min(found.len());
    let mut best_start = 0;
    let mut best_quality = coverage(&found[..width]);
    // The best window can always start at a hit: trying only those keeps a long paragraph
    // (one line of megabytes) from costing a window per word.
    let hit_starts = found
        .iter()
        .enumerate()
        .filter(|(_, (_, clause))| clause.is_some())
        .map(|(i, _)| i.min(found.len() - width));
    for start in hit_starts {
        let quality = coverage(&found[start..start + width]);
        if quality > best_quality {
            best_quality = quality;
            best_start = start;
        }
    }
    if best_start > 0 {
        let window = &found[best_start..best_start + width];
        let first_hit = best_start + window.iter().position(|(_, c)| c.is_some()).unwrap_or(0);
        let last_hit = best_start + window.iter().rposition(|(_, c)| c.is_some()).unwrap_or(0);
        let earliest = (last_hit + 1)
            .saturating_sub(width)
            .max(first_hit.saturating_sub(SENTENCE_LOOKBACK));
        best_start = (earliest..=first_hit)
            .rev()
            .find(|&i| i == 0 || starts_sentence(text, &found[i - 1].0, &found[i].0))
            .unwrap_or(first_hit.saturating_sub(CONTEXT_WORDS).max(earliest))
            .min(found.len() - width);
    }
    let window = &found[best_start..best_start + width];
    let from = if best_start == 0 {
        0
    } else {
        window[0].0.start
    };
    let to = if best_start + width == found.len() {
        text.len()
    } else {
        window[width - 1].0.end
    };
    let hits: Vec<Range<usize>> = window
        .iter()
        .filter(|(_, c)| c.is_some())
        .map(|(r, _)| r.start - from..r.end - from)
        .collect();
    let mut out = Vec::new();
    if from > 0 {
        out.push(Segment {
            text: "\u{2026} ".to_owned(),
            hit: false,
        });
    }
    out.extend(segments(&text[from..to], &hits));
    if to < text.len() {
        out.push(Segment {
            text: " \u{2026}".to_owned(),
            hit: false,
        });
    }
    merge_plain(out)
}

/// True when the gap between two words ends a sentence and the second word opens one.
fn starts_sentence(text: &str, previous: &Range<usize>, word: &Range<usize>) -> bool {
    let gap = &text[previous.end..word.start];
    gap.contains(['.', '!', '?'])
        && text[word.clone()]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn merge_plain(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for s in segments {
        match out.last_mut() {
            Some(last) if !last.hit && !s.hit => last.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    out
}

/// Counts over every match: each article counts once for each of its values.
fn facets(articles: &[Article], ranked: &[(DocId, f32)]) -> Facets {
    let mut facets = Facets::default();
    let mut people: HashMap<&str, u32> = HashMap::new();
    let mut places: HashMap<&str, u32> = HashMap::new();
    let mut organizations: HashMap<&str, u32> = HashMap::new();
    for &(doc, _) in ranked {
        let article = &articles[doc as usize];
        if let Some(source) = &article.source {
            *facets.source.entry(source.clone()).or_default() += 1;
        }
        for (counts, list) in [
            (&mut people, &article.entities.people),
            (&mut places, &article.entities.places),
            (&mut organizations, &article.entities.organizations),
        ] {
            for entity in list {
                *counts.entry(entity.name.as_str()).or_default() += 1;
            }
        }
    }
    let commonest = |counts: HashMap<&str, u32>| -> BTreeMap<String, u32> {
        let mut sorted: Vec<(&str, u32)> = counts.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        sorted
            .into_iter()
            .take(FACET_VALUES)
            .map(|(name, n)| (name.to_owned(), n))
            .collect()
    };
    facets.people = commonest(people);
    facets.places = commonest(places);
    facets.organizations = commonest(organizations);
    facets
}

/// Runs a parsed query over the articles and their index.
pub fn search(
    articles: &[Article],
    index: &Index,
    parsed: &Query,
    options: SearchOptions,
) -> SearchResult {
    let mut ranked: Vec<(DocId, f32)> = if parsed.clauses.is_empty() {
        (0..articles.len() as DocId).map(|d| (d, 0.0)).collect()
    } else {
        parsed.score(index)
    };
    ranked.retain(|&(doc, _)| {
        parsed
            .filters
            .iter()
            .all(|f| f.admits(&articles[doc as usize]))
    });
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let facets = facets(articles, &ranked);
    let hits = ranked
        .iter()
        .skip(options.offset)
        .take(options.limit)
        .map(|&(doc, score)| {
            let article = &articles[doc as usize];
            let (snippet, paragraphs) = parsed.snippet(article);
            Hit {
                id: article.id.clone(),
                headline: article.headline.clone(),
                source: article.source.clone(),
                published: article.published.clone(),
                score,
                snippet,
                paragraphs,
            }
        })
        .collect();
    SearchResult {
        total: ranked.len() as u32,
        took_ms: 0.0,
        hits,
        facets,
        suggestion: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_split_from_the_words() {
        let (rest, filters) = split_filters("nato person:kerry source:\"press tv\" ukraine");
        assert_eq!(
            rest.split_whitespace().collect::<Vec<_>>(),
            ["nato", "ukraine"]
        );
        assert_eq!(
            filters,
            [
                Filter {
                    field: Field::Person,
                    words: vec!["kerry".into()]
                },
                Filter {
                    field: Field::Source,
                    words: vec!["press".into(), "tv".into()]
                }
            ]
        );
        let (rest, filters) = split_filters("time: 10:30 colour:red person: org:\"");
        assert!(filters.is_empty());
        assert_eq!(rest, "time: 10:30 colour:red person: org:\"");
    }

    #[test]
    fn segments_cover_the_text_exactly() {
        let text = "Kerry said NATO";
        let s = segments(text, &[0..5, 11..15]);
        assert_eq!(s.iter().map(|s| s.text.as_str()).collect::<String>(), text);
        assert_eq!(
            s.iter().map(|s| s.hit).collect::<Vec<_>>(),
            [true, false, true]
        );
    }

    #[test]
    fn passage_starts_at_the_paragraph_or_a_sentence_near_the_hit() {
        let text = "US Secretary of State John Kerry has called for talks.";
        let found: Vec<_> = words(text)
            .map(|w| (w.start..w.end, (w.text == "Kerry").then_some(0)))
            .collect();
        assert!(passage(text, &found)[0].text.starts_with("US Secretary"));

        let long = format!(
            "{} end. Today Russia seeks change, Kerry said. {}",
            "filler ".repeat(40).trim(),
            "more ".repeat(40).trim()
        );
        let found: Vec<_> = words(&long)
            .map(|w| (w.start..w.end, (w.text == "Kerry").then_some(0)))
            .collect();
        let shown: String = passage(&long, &found)
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert!(shown.starts_with("\u{2026} Today Russia"), "{shown}");
    }

    #[test]
    fn passage_cuts_long_paragraphs_around_the_hits() {
        let text = format!(
            "{} needle {}",
            "hay ".repeat(50).trim(),
            "hay ".repeat(50).trim()
        );
        let found: Vec<_> = words(&text)
            .map(|w| (w.start..w.end, (w.text == "needle").then_some(0)))
            .collect();
        let s = passage(&text, &found);
        assert!(s.first().unwrap().text.starts_with('\u{2026}'));
        assert!(s.last().unwrap().text.ends_with('\u{2026}'));
        assert!(s.iter().any(|s| s.hit && s.text == "needle"));
        let shown: String = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(words(&shown).count(), SNIPPET_WORDS);
    }
}
