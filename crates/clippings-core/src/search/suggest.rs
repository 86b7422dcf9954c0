//! "Did you mean": when a query finds little, the same query with its words replaced by near
//! words of the collection that are far more common, offered only if it finds more.

use super::typo::near_words;
use super::{matches, Query};
use crate::index::Index;
use crate::text::{fold, stem_folded, words};

/// A query with fewer results than this may get a suggestion.
const SUGGEST_BELOW: usize = 3;
/// A replacement word must be in at least this many times as many articles as the typed one.
const MORE_COMMON: usize = 3;

/// Edits allowed when looking for a better word: more generous than typo tolerance, because
/// the suggestion is only offered, not applied.
fn suggestion_edits(folded: &str) -> u8 {
    let letters = folded.chars().count();
    if folded.chars().any(|c| c.is_numeric()) || letters > super::typo::MAX_TYPO_LETTERS {
        0
    } else if letters >= 7 {
        2
    } else if letters >= 3 {
        1
    } else {
        0
    }
}

/// A better query, when the query finds little. A word is never replaced by a spelling it
/// already matched (a near spelling typo tolerance searched): the result says so itself
/// ([`super::Widened`]), and "did you mean" would only repeat it.
pub fn suggestion(index: &Index, query: &Query, text: &str, found: usize) -> Option<String> {
    if found >= SUGGEST_BELOW {
        return None;
    }
    let mut suggested = text.to_owned();
    let mut changed = false;
    for word in query.required_words() {
        let own = index
            .term_id(&stem_folded(&word.typed))
            .map_or(0, |t| index.document_frequency(t));
        let best = near_words(index, &word.typed, suggestion_edits(&word.typed))
            .into_iter()
            .filter(|&(w, _)| {
                let term = index.term_of_word(w);
                !word.terms.iter().any(|&(known, _)| known == term)
            })
            .map(|(w, cost)| (w, cost, index.document_frequency(index.term_of_word(w))))
            .filter(|&(_, _, df)| df >= (own * MORE_COMMON).max(2))
            .max_by(|a, b| a.2.cmp(&b.2).then(b.1.cmp(&a.1)).then(b.0.cmp(&a.0)));
        if let Some((replacement, _, _)) = best {
            let at = words(&suggested).find(|w| fold(w.text) == word.typed);
            if let Some(at) = at {
                suggested.replace_range(at.start..at.end, index.word(replacement));
                changed = true;
            }
        }
    }
    if !changed {
        return None;
    }
    let better = matches(
        index,
        // Offered as a link, it is searched as a whole query: no word of it a prefix.
        &Query::parse_with(index, &suggested, false),
        &super::RankingWeights::default(),
    )
    .len();
    (better > found).then_some(suggested)
}
