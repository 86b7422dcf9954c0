//! "Showing results for": what a search says when typo tolerance widened its words, as search
//! engines do, so that a reader who meant `bliar` (or only `minsk`) can search for it alone.
//!
//! A word is *widened* when near spellings of it (`MatchKind::Near`) match articles among the
//! results. Words that only the near spellings found are shown replaced by the one that found
//! the most; near spellings that found articles beside the word itself are listed. The query to
//! search instead quotes each widened word: the query language matches a quoted word exactly as
//! written, without typo tolerance.

use super::query::{spanned_tokens, MatchKind, Query, Token, WordClause};
use super::rank::Match;
use super::typo::{allowed_edits, near_words};
use crate::index::{Index, TermId, WordId};
use crate::text::{fold, words};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How typo tolerance widened a search, for the page to say so.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Widened {
    /// The query as searched, when some word was found only as a near spelling: each such word
    /// replaced by the near spelling that matched the most articles (`tony blair` for
    /// `tony bliar`). `None` when every widened word was found as typed too.
    pub showing: Option<String>,
    /// Near spellings that matched articles too, beside the words found as typed (`mink` for
    /// `minsk`) or beside the spelling `showing` chose; each word's in order of the articles
    /// they matched, most first.
    pub including: Vec<String>,
    /// The query that searches the widened words exactly as typed, without typo tolerance:
    /// each of them quoted (`tony "bliar"`); the rest of the query as written.
    pub instead: String,
}

/// One widened word of the query: as typed (folded), and what stood in for it.
struct WidenedWord {
    typed: String,
    /// The near spelling shown in its place, when the word as typed matched none of the results.
    replaced_by: Option<String>,
    /// The other near spellings that matched results, most articles first.
    including: Vec<String>,
}

/// How the query's words were widened among `found` (all the results, not only a page);
/// `None` when no near spelling matched any of them.
pub(crate) fn widened(
    index: &Index,
    query: &Query,
    text: &str,
    found: &[Match],
) -> Option<Widened> {
    let words = widened_words(index, query, found);
    if words.is_empty() {
        return None;
    }
    let replaced: HashMap<&str, &str> = words
        .iter()
        .filter_map(|w| Some((w.typed.as_str(), w.replaced_by.as_deref()?)))
        .collect();
    let showing = (!replaced.is_empty()).then(|| {
        replace_words(text, |folded, _| {
            replaced.get(folded).map(|near| (*near).to_owned())
        })
    });
    let instead = replace_words(text, |folded, written| {
        words
            .iter()
            .any(|w| w.typed == folded)
            .then(|| format!("\"{written}\""))
    });
    let mut including: Vec<String> = Vec::new();
    for near in words.into_iter().flat_map(|w| w.including) {
        if !including.contains(&near) {
            including.push(near);
        }
    }
    Some(Widened {
        showing,
        including,
        instead,
    })
}

fn widened_words(index: &Index, query: &Query, found: &[Match]) -> Vec<WidenedWord> {
    let loose: Vec<&WordClause> = query
        .required_words()
        .filter(|w| {
            w.terms
                .iter()
                .any(|&(_, k)| matches!(k, MatchKind::Near(_)))
        })
        .collect();
    if loose.is_empty() || found.is_empty() {
        return Vec::new();
    }
    let mut in_results = vec![false; index.document_count()];
    for m in found {
        in_results[m.doc as usize] = true;
    }
    let articles = |term: TermId| {
        index
            .postings(term)
            .filter(|p| in_results[p.doc as usize])
            .count()
    };
    let mut out: Vec<WidenedWord> = Vec::new();
    for clause in loose {
        if out.iter().any(|w| w.typed == clause.typed) {
            continue;
        }
        let mut near: Vec<(TermId, u8, usize)> = clause
            .terms
            .iter()
            .filter_map(|&(term, kind)| match kind {
                MatchKind::Near(edits) => Some((term, edits, articles(term))),
                MatchKind::Word | MatchKind::Completion => None,
            })
            .filter(|&(_, _, n)| n > 0)
            .collect();
        if near.is_empty() {
            continue;
        }
        // Most articles first; then the closer spelling; then as the query listed them.
        near.sort_by_key(|&(_, edits, n)| (std::cmp::Reverse(n), edits));
        let as_typed = clause
            .terms
            .iter()
            .any(|&(term, kind)| !matches!(kind, MatchKind::Near(_)) && articles(term) > 0);
        let spellings = near_spellings(index, &clause.typed);
        let mut spelt = near
            .into_iter()
            .filter_map(|(term, _, _)| spellings.get(&term).map(|&w| index.word(w).to_owned()));
        let replaced_by = if as_typed { None } else { spelt.next() };
        out.push(WidenedWord {
            typed: clause.typed.clone(),
            replaced_by,
            including: spelt.collect(),
        });
    }
    out
}

/// For each term near `typed`, the word of it closest to what was typed (the spelling typo
/// tolerance found): `blair` rather than `blairs`.
fn near_spellings(index: &Index, typed: &str) -> HashMap<TermId, WordId> {
    let mut near = near_words(index, typed, allowed_edits(typed));
    near.sort_by_key(|&(w, cost)| (cost, w));
    let mut closest = HashMap::new();
    for (word, _) in near {
        closest.entry(index.term_of_word(word)).or_insert(word);
    }
    closest
}

/// `text` with each searched word (not quoted, not excluded, not a filter) for which `with`
/// gives a replacement replaced, the rest as written. `with` gets the word folded and as
/// written. Read with the query's own reader, so only what it reads as words changes.
fn replace_words(text: &str, with: impl Fn(&str, &str) -> Option<String>) -> String {
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (token, range) in spanned_tokens(text) {
        let Token::Text {
            text: written,
            negated: false,
            quoted: false,
        } = token
        else {
            continue;
        };
        // An unquoted, unnegated token starts where its text does.
        let start = range.start;
        for word in words(written) {
            if let Some(replacement) = with(&fold(word.text), word.text) {
                edits.push((start + word.start..start + word.end, replacement));
            }
        }
    }
    let mut out = text.to_owned();
    for (range, replacement) in edits.into_iter().rev() {
        out.replace_range(range, &replacement);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_searched_words_are_replaced_and_the_rest_stays_as_written() {
        let replaced = replace_words(
            r#"Tony  bliar -bliar "bliar" person:bliar bliar's OR bliar"#,
            |folded, written| (folded == "bliar").then(|| format!("\"{written}\"")),
        );
        assert_eq!(
            replaced,
            r#"Tony  "bliar" -bliar "bliar" person:bliar bliar's OR "bliar""#
        );
        assert_eq!(replace_words("", |_, _| Some("x".into())), "");
    }
}
