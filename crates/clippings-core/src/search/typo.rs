//! Typo tolerance: the collection's words within a few edits of a word the user typed.
//!
//! Edits are counted as optimal string alignment (Damerau-Levenshtein without repeated edits of
//! one substring): insertions, deletions, substitutions and swaps of neighbours each cost one,
//! except that an edit touching the first letter costs two, because people rarely mistype the
//! letter they start with and a different first letter usually makes a different word.

use crate::index::{Index, WordId};

/// Edits forgiven on a word of this many letters: none below 5, one from 5, two from 9. Never
/// on numbers, and never on words longer than [`MAX_TYPO_LETTERS`] (junk, not typing).
pub fn allowed_edits(word: &str) -> u8 {
    let letters = word.chars().count();
    if word.chars().any(|c| c.is_numeric()) || letters > MAX_TYPO_LETTERS {
        0
    } else if letters >= 9 {
        2
    } else if letters >= 5 {
        1
    } else {
        0
    }
}

pub const MAX_TYPO_LETTERS: usize = 32;

/// The collection's words within `max_edits` of `folded` (itself excluded), with their cost.
pub fn near_words(index: &Index, folded: &str, max_edits: u8) -> Vec<(WordId, u8)> {
    let Some(first) = folded.chars().next() else {
        return Vec::new();
    };
    if max_edits == 0 {
        return Vec::new();
    }
    let typed: Vec<char> = folded.chars().collect();
    let Some(pattern) = Pattern::new(&typed) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    // Same first letter: the ordinary edit distance, over the words whose length is within
    // the edits allowed (an edit changes the length by one at most).
    let lengths = typed.len().saturating_sub(max_edits as usize)..=typed.len() + max_edits as usize;
    for letters in lengths {
        for &id in index.words_starting_with(first, letters) {
            let candidate = index.word(id);
            if candidate == folded {
                continue;
            }
            if let Some(cost) = pattern.distance(candidate, max_edits) {
                found.push((id, cost));
            }
        }
    }
    // A different first letter costs two edits on its own: only one such edit fits in two.
    if max_edits >= 2 {
        for candidate in first_letter_edits(&typed) {
            if let Some(id) = index.word_id(&candidate) {
                if !found.iter().any(|&(known, _)| known == id) && candidate != folded {
                    found.push((id, 2));
                }
            }
        }
    }
    found
}

/// Words one edit at the first letter away from `typed`: that letter deleted, replaced, swapped
/// with the second, or a letter put before it.
fn first_letter_edits(typed: &[char]) -> Vec<String> {
    let rest: String = typed[1..].iter().collect();
    let mut out = vec![rest.clone()];
    if typed.len() >= 2 {
        let mut swapped: Vec<char> = typed.to_vec();
        swapped.swap(0, 1);
        out.push(swapped.into_iter().collect());
    }
    for letter in 'a'..='z' {
        if letter != typed[0] {
            out.push(format!("{letter}{rest}"));
        }
        out.push(format!("{letter}{}", typed.iter().collect::<String>()));
    }
    out
}

/// The typed word as bit masks of where each letter stands, for the bit-parallel optimal
/// string alignment distance of Hyyrö ("A bit-vector algorithm for computing Levenshtein and
/// Damerau edit distances", 2003, after Myers 1999): one pass over a candidate with a few
/// word operations per letter, instead of a table of letters times letters. Typed words are
/// at most [`MAX_TYPO_LETTERS`] long, so one 64-bit word holds them.
struct Pattern {
    ascii: [u64; 128],
    other: Vec<(char, u64)>,
    len: usize,
}

impl Pattern {
    fn new(typed: &[char]) -> Option<Pattern> {
        if typed.is_empty() || typed.len() > 64 {
            return None;
        }
        let mut pattern = Pattern {
            ascii: [0; 128],
            other: Vec::new(),
            len: typed.len(),
        };
        for (i, &c) in typed.iter().enumerate() {
            let bit = 1u64 << i;
            if c.is_ascii() {
                pattern.ascii[c as usize] |= bit;
            } else if let Some(slot) = pattern.other.iter_mut().find(|(known, _)| *known == c) {
                slot.1 |= bit;
            } else {
                pattern.other.push((c, bit));
            }
        }
        Some(pattern)
    }

    fn mask(&self, c: char) -> u64 {
        if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            self.other
                .iter()
                .find(|(known, _)| *known == c)
                .map_or(0, |&(_, mask)| mask)
        }
    }

    /// The optimal string alignment distance (insertions, deletions, substitutions and swaps
    /// of neighbours, each one edit) to `candidate` when it is at most `max`.
    fn distance(&self, candidate: &str, max: u8) -> Option<u8> {
        let last = 1u64 << (self.len - 1);
        let (mut vp, mut vn, mut d0, mut previous) = (!0u64, 0u64, 0u64, 0u64);
        let mut distance = self.len;
        for c in candidate.chars() {
            let pm = self.mask(c);
            let transposed = ((!d0 & pm) << 1) & previous;
            d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | transposed;
            let hp = vn | !(d0 | vp);
            let hn = d0 & vp;
            if hp & last != 0 {
                distance += 1;
            } else if hn & last != 0 {
                distance -= 1;
            }
            let hp = (hp << 1) | 1;
            let hn = hn << 1;
            vp = hn | !(d0 | hp);
            vn = hp & d0;
            previous = pm;
        }
        (distance <= usize::from(max)).then_some(distance as u8)
    }
}

/// The same distance by the textbook table, letters times letters: the oracle the bit-parallel
/// one is tested against.
#[cfg(test)]
#[derive(Default)]
struct Scratch {
    other: Vec<char>,
    rows: [Vec<usize>; 3],
}

#[cfg(test)]
impl Scratch {
    fn bounded_distance(&mut self, typed: &[char], candidate: &str, max: u8) -> Option<u8> {
        let mut other = std::mem::take(&mut self.other);
        other.clear();
        other.extend(candidate.chars());
        let found = self.distance_of(typed, &other, max);
        self.other = other;
        found
    }

    fn distance_of<T: PartialEq>(&mut self, typed: &[T], other: &[T], max: u8) -> Option<u8> {
        let (n, m) = (typed.len(), other.len());
        let max = max as usize;
        if n.abs_diff(m) > max {
            return None;
        }
        let [before_previous, previous, current] = &mut self.rows;
        for row in [&mut *before_previous, &mut *previous, &mut *current] {
            row.clear();
            row.resize(m + 1, 0);
        }
        for (j, cell) in previous.iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            current[0] = i;
            let mut row_min = current[0];
            for j in 1..=m {
                let substitution = usize::from(typed[i - 1] != other[j - 1]);
                let mut cost = (previous[j] + 1)
                    .min(current[j - 1] + 1)
                    .min(previous[j - 1] + substitution);
                if i > 1 && j > 1 && typed[i - 1] == other[j - 2] && typed[i - 2] == other[j - 1] {
                    cost = cost.min(before_previous[j - 2] + 1);
                }
                current[j] = cost;
                row_min = row_min.min(cost);
            }
            if row_min > max {
                return None;
            }
            std::mem::swap(before_previous, previous);
            std::mem::swap(previous, current);
        }
        let distance = previous[m];
        (distance <= max).then_some(distance as u8)
    }
}

#[cfg(test)]
fn bounded_distance(typed: &[char], candidate: &str, max: u8) -> Option<u8> {
    Scratch::default().bounded_distance(typed, candidate, max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> Option<u8> {
        let typed: Vec<char> = a.chars().collect();
        let fast = Pattern::new(&typed).unwrap().distance(b, 3);
        assert_eq!(fast, bounded_distance(&typed, b, 3), "{a} {b}");
        fast
    }

    proptest::proptest! {
        #[test]
        fn the_bit_parallel_distance_is_the_table_s(
            a in "[abcé]{1,12}",
            b in "[abcé]{0,14}",
            max in 0u8..4,
        ) {
            let typed: Vec<char> = a.chars().collect();
            proptest::prop_assert_eq!(
                Pattern::new(&typed).unwrap().distance(&b, max),
                bounded_distance(&typed, &b, max)
            );
        }
    }

    #[test]
    fn edits_are_counted_with_swaps_as_one() {
        assert_eq!(distance("kerry", "kerry"), Some(0));
        assert_eq!(distance("kery", "kerry"), Some(1));
        assert_eq!(distance("kerry", "krery"), Some(1));
        assert_eq!(distance("stoltenbreg", "stoltenberg"), Some(1));
        assert_eq!(distance("minsk", "moscow"), None);
        assert_eq!(distance("ab", "abcdef"), None);
    }

    #[test]
    fn forgiven_edits_grow_with_length_and_never_touch_numbers() {
        assert_eq!(allowed_edits("nato"), 0);
        assert_eq!(allowed_edits("kerry"), 1);
        assert_eq!(allowed_edits("stoltenbe"), 2);
        assert_eq!(allowed_edits("20162"), 0);
        assert_eq!(allowed_edits("covid19x"), 0);
        assert_eq!(allowed_edits(&"a".repeat(40)), 0);
    }

    #[test]
    fn first_letter_edits_cover_each_kind() {
        let typed: Vec<char> = "erry".chars().collect();
        let edits = first_letter_edits(&typed);
        for expected in ["rry", "rery", "kerry", "berry"] {
            assert!(edits.iter().any(|e| e == expected), "{expected}");
        }
    }
}
