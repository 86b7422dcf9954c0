//! The query language of CONTRACT.md, parsed against the index: words (stemmed, folded, the
//! last one also a prefix while typing, longer ones forgiven a typo), `"phrases"`, `OR`,
//! `-exclusions` and field filters. Whatever cannot be read as syntax is searched as words.

use super::filter::Filter;
use super::typo::{allowed_edits, near_words};
use super::MAX_QUERY_WORDS;
use crate::index::{Index, TermId, WordId};
use crate::text::{exact_forms, fold, stem_folded, typed_words, words, TypedWord};
use std::collections::HashMap;
use std::ops::Range;

/// How many completions a prefix may stand for.
const MAX_PREFIX_TERMS: usize = 50;
/// How many near words a typo may stand for.
const MAX_TYPO_TERMS: usize = 20;
/// A word found in fewer articles than this is looked up with its near words too: it is
/// either a typo or itself misspelt in the collection.
const TYPO_BELOW_DOCUMENTS: usize = 2;
/// Words in one phrase; the rest of a longer one is ignored.
const MAX_PHRASE_WORDS: usize = 16;

/// One word of the query and what it matches.
#[derive(Clone, Debug, PartialEq)]
pub struct WordClause {
    /// The word as typed, folded.
    pub typed: String,
    /// The typed word itself and its possessive ([`exact_forms`]: `kerry`, `kerry's`), those
    /// the collection has: articles with this very form rank above those with only another
    /// form of its stem.
    pub exact: Vec<WordId>,
    /// Terms it matches and how: its stem, completions of it, near spellings. Ranking weighs
    /// each kind (`RankingWeights`) and puts articles holding the word above the others.
    pub terms: Vec<(TermId, MatchKind)>,
}

/// How a term answers a word of the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// The word as typed or another form of its stem (`elections` for `election`).
    Word,
    /// A completion of the word being typed (`election` for `elec`).
    Completion,
    /// A near spelling, this many edits away (`blair` for `bliar`).
    Near(u8),
}

/// Consecutive folded words, as written (not stemmed). `None` when a word of it is not in the
/// collection, so that nothing can match.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub words: Option<Vec<WordId>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Clause {
    Word(WordClause),
    Phrase(Phrase),
}

/// A parsed query: every group must match (AND); a group matches when any of its clauses
/// does (OR); no excluded clause may match. Filters work the same way among themselves: every
/// group of filters must pass, a group when any of its filters does.
#[derive(Clone, Debug, Default)]
pub struct Query {
    pub(crate) groups: Vec<Vec<Clause>>,
    pub(crate) excluded: Vec<Clause>,
    pub(crate) filters: Vec<Vec<Filter>>,
    /// Every folded word of the collection that the query matches, with the group it answers:
    /// marking text then folds each word and looks it up, without stemming it again.
    pub(crate) marked_words: HashMap<String, usize>,
}

/// A piece of the query between spaces, before it becomes clauses.
#[derive(Debug, PartialEq)]
pub(crate) enum Token<'a> {
    Text {
        text: &'a str,
        negated: bool,
        quoted: bool,
    },
    /// A field filter, with its value as written (without quotes).
    Filter(Filter, &'a str),
    Or,
}

impl Token<'_> {
    fn is_positive_text(&self) -> bool {
        matches!(self, Token::Text { negated: false, .. })
    }

    fn is_filter(&self) -> bool {
        matches!(self, Token::Filter(..))
    }
}

fn tokens(query: &str) -> Vec<Token<'_>> {
    spanned_tokens(query).into_iter().map(|(t, _)| t).collect()
}

/// The query's tokens, each with the bytes of the query it was read from (a negated one from
/// its `-`): the one reader of the query language, also used to edit filters in query text.
pub(crate) fn spanned_tokens(query: &str) -> Vec<(Token<'_>, Range<usize>)> {
    let mut out = Vec::new();
    let mut rest = query;
    let at = |rest: &str| query.len() - rest.len();
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        let start = at(rest);
        let negated = first == '-';
        let body = if negated { &rest[1..] } else { rest };
        if let Some((filter, value, used)) = Filter::read_written(body, negated) {
            rest = &body[used..];
            out.push((Token::Filter(filter, value), start..at(rest)));
            continue;
        }
        if let Some(quoted) = body.strip_prefix('"') {
            if let Some(end) = quoted.find('"') {
                rest = &quoted[end + 1..];
                if !quoted[..end].trim().is_empty() {
                    let token = Token::Text {
                        text: &quoted[..end],
                        negated,
                        quoted: true,
                    };
                    out.push((token, start..at(rest)));
                }
                continue;
            }
            // An unbalanced quote is not syntax: what follows is searched as words.
            rest = quoted;
            continue;
        }
        let end = body
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(body.len());
        let text = &body[..end];
        rest = &body[end..];
        if !negated && text == "OR" {
            out.push((Token::Or, start..at(rest)));
        } else if !text.is_empty() {
            let token = Token::Text {
                text,
                negated,
                quoted: false,
            };
            out.push((token, start..at(rest)));
        }
    }
    out
}

impl Query {
    /// The query as it is being typed: its last word is also a prefix (see [`Query::parse_with`]).
    pub fn parse(index: &Index, query: &str) -> Query {
        Query::parse_with(index, query, true)
    }

    /// The query, its last word also read as a prefix when `prefix` is true: for a query being
    /// typed, where `inviol` stands for `inviolable`. A query loaded whole (from a link, an
    /// address or a program) is read with `prefix` false: `war` then means war, not Warhol.
    pub fn parse_with(index: &Index, query: &str, prefix: bool) -> Query {
        let tokens = tokens(query);
        // The last word is completed while typing, unless a filter or a space came after it.
        let still_typing = prefix
            && query.chars().last().is_some_and(char::is_alphanumeric)
            && !tokens.last().is_some_and(Token::is_filter);
        let last_text = tokens.iter().rposition(|t| matches!(t, Token::Text { .. }));
        let mut parsed = Query::default();
        let mut budget = MAX_QUERY_WORDS;
        // Whether the previous token was an `OR` that joins the next clause to the last group,
        // or the next filter to the last group of filters.
        let mut joining = false;
        let mut joining_filters = false;
        for (i, token) in tokens.iter().enumerate() {
            if budget == 0 {
                break;
            }
            let (text, negated, quoted) = match token {
                Token::Or => {
                    let before = i.checked_sub(1).map(|b| &tokens[b]);
                    let after = tokens.get(i + 1);
                    let word_before = before.is_some_and(Token::is_positive_text);
                    let word_after = after.is_some_and(Token::is_positive_text);
                    let filter_before = before.is_some_and(Token::is_filter);
                    let filter_after = after.is_some_and(Token::is_filter);
                    if word_before && word_after {
                        joining = true;
                        continue;
                    }
                    if filter_before && filter_after {
                        joining_filters = true;
                        continue;
                    }
                    // Between a word and a filter an `OR` has nothing it can join (filters
                    // narrow the words' matches): both are required. A trailing `OR` is an
                    // operator still being typed; any other stray one is the word "or".
                    let word_and_filter =
                        filter_before && word_after || word_before && filter_after;
                    if word_and_filter || (i + 1 == tokens.len() && i > 0) {
                        continue;
                    }
                    ("OR", false, false)
                }
                Token::Filter(filter, _) => {
                    if parsed.filters.iter().map(Vec::len).sum::<usize>() < MAX_QUERY_WORDS {
                        match parsed.filters.last_mut() {
                            Some(group) if joining_filters => group.push(filter.clone()),
                            _ => parsed.filters.push(vec![filter.clone()]),
                        }
                    }
                    joining = false;
                    joining_filters = false;
                    continue;
                }
                &Token::Text {
                    text,
                    negated,
                    quoted,
                } => (text, negated, quoted),
            };
            joining_filters = false;
            // A phrase is matched in the articles' word streams, which hold the parts of a
            // hyphenated compound; a word looks for the compound's joined form (`email`).
            let most = budget.min(MAX_PHRASE_WORDS);
            let typed: Vec<TypedWord> = if quoted {
                words(text)
                    .map(|w| TypedWord {
                        folded: fold(w.text),
                        parts: Vec::new(),
                    })
                    .take(most)
                    .collect()
            } else {
                typed_words(text).into_iter().take(most).collect()
            };
            let written: Vec<String> = typed.iter().map(|w| w.folded.clone()).collect();
            if written.is_empty() {
                joining = false;
                continue;
            }
            budget -= written.len();
            // Each word's clauses, any of which answers it.
            let clauses: Vec<Vec<Clause>> = if quoted || (negated && written.len() > 1) {
                vec![vec![Clause::Phrase(phrase(index, &written))]]
            } else if negated {
                vec![vec![Clause::Word(stem_only(index, &written[0]))]]
            } else {
                let typing_here = still_typing && Some(i) == last_text;
                let count = written.len();
                typed
                    .iter()
                    .enumerate()
                    .map(|(j, w)| {
                        let as_prefix = typing_here && j + 1 == count;
                        let mut either =
                            vec![Clause::Word(word_clause(index, &w.folded, as_prefix))];
                        // A compound typed with hyphens is also found written apart
                        // (`well-known`: "well known").
                        if w.parts.len() > 1 {
                            either.push(Clause::Phrase(phrase(index, &w.parts)));
                        }
                        either
                    })
                    .collect()
            };
            if negated {
                parsed.excluded.extend(clauses.into_iter().flatten());
                joining = false;
                continue;
            }
            for (j, either) in clauses.into_iter().enumerate() {
                match parsed.groups.last_mut() {
                    Some(group) if joining && j == 0 => group.extend(either),
                    _ => parsed.groups.push(either),
                }
            }
            joining = false;
        }
        parsed.mark_words(index);
        parsed
    }

    fn mark_words(&mut self, index: &Index) {
        for (g, group) in self.groups.iter().enumerate() {
            for clause in group {
                match clause {
                    Clause::Word(word) => {
                        for &(t, _) in &word.terms {
                            for w in index.words_of(t) {
                                self.marked_words.entry(w.to_owned()).or_insert(g);
                            }
                        }
                    }
                    Clause::Phrase(Phrase { words: Some(ids) }) => {
                        for &id in ids {
                            self.marked_words
                                .entry(index.word(id).to_owned())
                                .or_insert(g);
                        }
                    }
                    Clause::Phrase(Phrase { words: None }) => {}
                }
            }
        }
    }

    /// True when the query has nothing to match or exclude and no filters: it matches every article.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty() && self.filters.is_empty()
    }

    /// The query's filters: every group must pass, a group when any of its filters does.
    pub fn filter_groups(&self) -> &[Vec<Filter>] {
        &self.filters
    }

    /// The word clauses that must match, for "did you mean".
    pub(crate) fn required_words(&self) -> impl Iterator<Item = &WordClause> {
        self.groups.iter().flatten().filter_map(|c| match c {
            Clause::Word(w) => Some(w),
            Clause::Phrase(_) => None,
        })
    }
}

fn phrase(index: &Index, written: &[String]) -> Phrase {
    Phrase {
        words: written.iter().map(|w| index.word_id(w)).collect(),
    }
}

/// An excluded word: every form of its stem, nothing near it.
fn stem_only(index: &Index, folded: &str) -> WordClause {
    WordClause {
        typed: folded.to_owned(),
        exact: exact_forms(folded)
            .iter()
            .filter_map(|form| index.word_id(form))
            .collect(),
        terms: index
            .term_id(&stem_folded(folded))
            .map(|t| (t, MatchKind::Word))
            .into_iter()
            .collect(),
    }
}

fn word_clause(index: &Index, folded: &str, as_prefix: bool) -> WordClause {
    let mut clause = stem_only(index, folded);
    let push = |terms: &mut Vec<(TermId, MatchKind)>, term: TermId, kind: MatchKind| {
        if !terms.iter().any(|&(known, _)| known == term) {
            terms.push((term, kind));
        }
    };
    if as_prefix {
        // A word being typed that the collection does not have is only the start of one:
        // that it shares a stem with a word (`busi`, the stem of `business`) is chance, not
        // the word itself.
        if clause.exact.is_empty() {
            for (_, kind) in &mut clause.terms {
                *kind = MatchKind::Completion;
            }
        }
        for t in index.terms_with_prefix(folded, MAX_PREFIX_TERMS) {
            push(&mut clause.terms, t, MatchKind::Completion);
        }
    }
    let rare = clause
        .terms
        .first()
        .is_none_or(|&(t, _)| index.document_frequency(t) < TYPO_BELOW_DOCUMENTS);
    let edits = allowed_edits(folded);
    if rare && edits > 0 && !(as_prefix && clause.terms.len() > 1) {
        let mut near: Vec<(TermId, u8)> = near_words(index, folded, edits)
            .into_iter()
            .map(|(w, cost)| (index.term_of_word(w), cost))
            .collect();
        near.sort_by_key(|&(t, cost)| (cost, std::cmp::Reverse(index.document_frequency(t)), t));
        for (t, cost) in near.into_iter().take(MAX_TYPO_TERMS) {
            push(&mut clause.terms, t, MatchKind::Near(cost));
        }
    }
    clause
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_read_quotes_negation_and_or() {
        assert_eq!(
            tokens(r#"nato OR minsk -"press tv" -kerry "energy independence""#),
            [
                Token::Text {
                    text: "nato",
                    negated: false,
                    quoted: false
                },
                Token::Or,
                Token::Text {
                    text: "minsk",
                    negated: false,
                    quoted: false
                },
                Token::Text {
                    text: "press tv",
                    negated: true,
                    quoted: true
                },
                Token::Text {
                    text: "kerry",
                    negated: true,
                    quoted: false
                },
                Token::Text {
                    text: "energy independence",
                    negated: false,
                    quoted: true
                },
            ]
        );
    }

    #[test]
    fn an_unbalanced_quote_leaves_plain_words() {
        assert_eq!(
            tokens(r#""energy indep"#),
            [
                Token::Text {
                    text: "energy",
                    negated: false,
                    quoted: false
                },
                Token::Text {
                    text: "indep",
                    negated: false,
                    quoted: false
                },
            ]
        );
        assert_eq!(tokens(r#"- "" -"#), []);
    }
}
