//! The orders a concordance is read in: as the articles run, or sorted by the words on either
//! side of the keyword, which lines up its uses (`prime minister`, `foreign minister`).

use super::KwicLine;
use crate::text::{fold, words};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KwicOrder {
    /// Collection and text order, as `kwic` gives the lines.
    #[default]
    Text,
    /// By the words before the keyword, the nearest first.
    Left,
    /// By the words after the keyword.
    Right,
}

/// Sorts the lines in `order` (stable: lines with the same context stay in text order). Words
/// are compared folded, as search compares them.
pub fn sort_kwic(lines: &mut [KwicLine], order: KwicOrder) {
    match order {
        KwicOrder::Text => {}
        KwicOrder::Left => lines.sort_by_cached_key(|line| {
            let mut before: Vec<String> = words(&line.left).map(|w| fold(w.text)).collect();
            before.reverse();
            before
        }),
        KwicOrder::Right => lines.sort_by_cached_key(|line| {
            words(&line.right).map(|w| fold(w.text)).collect::<Vec<_>>()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(left: &str, right: &str) -> KwicLine {
        KwicLine {
            article: "a".into(),
            headline: "A".into(),
            paragraph: 0,
            left: left.into(),
            term: "minister".into(),
            right: right.into(),
        }
    }

    fn lefts(lines: &[KwicLine]) -> Vec<&str> {
        lines.iter().map(|l| l.left.as_str()).collect()
    }

    #[test]
    fn left_order_sorts_by_the_nearest_word_first_and_right_order_by_the_words_after() {
        let mut lines = vec![
            line("the Prime ", "said"),
            line("a foreign ", "Ann Example"),
            line("The prime ", "added"),
            line("Zed's Foreign ", "and"),
        ];
        sort_kwic(&mut lines, KwicOrder::Text);
        assert_eq!(
            lefts(&lines),
            ["the Prime ", "a foreign ", "The prime ", "Zed's Foreign "]
        );
        sort_kwic(&mut lines, KwicOrder::Left);
        // Same words, so the two "prime" lines keep their text order.
        assert_eq!(
            lefts(&lines),
            ["a foreign ", "Zed's Foreign ", "the Prime ", "The prime "]
        );
        sort_kwic(&mut lines, KwicOrder::Right);
        let rights: Vec<&str> = lines.iter().map(|l| l.right.as_str()).collect();
        assert_eq!(rights, ["added", "and", "Ann Example", "said"]);
    }
}
