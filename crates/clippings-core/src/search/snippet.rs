//! Snippets: the best passage of an article for a query, cut into marked and plain segments.

use super::rank::GroupsOfWords;
use super::{Query, Segment};
use crate::article::Article;
use crate::index::{stream_fields, WordId};
use std::ops::Range;

/// Words in a snippet.
const SNIPPET_WORDS: usize = 30;
/// How far back from its first hit a snippet may start to begin with a whole sentence.
const SENTENCE_LOOKBACK: usize = 15;
/// Words shown before the first hit when no sentence starts close by.
const CONTEXT_WORDS: usize = 4;

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
pub(crate) type WordMatches = Vec<(Range<usize>, Option<usize>)>;

/// The best passage of the article for this query, and the paragraphs that match.
/// A caption gives the passage only when no paragraph matches.
///
/// Paragraphs are compared in the article's word stream (numbers, no text to segment); only
/// the chosen one is cut into words, because Unicode word segmentation is the costly part.
pub(crate) fn snippet(
    query: &Query,
    groups: &GroupsOfWords,
    stream: &[WordId],
    article: &Article,
) -> (Vec<Segment>, Vec<u32>) {
    let mut matching = Vec::new();
    let mut best: Option<((usize, usize), &str, &[WordId])> = None;
    // The stream holds the headline, then each paragraph, then each caption.
    let texts = article
        .paragraphs
        .iter()
        .map(|p| &**p)
        .chain(article.captions.iter().map(|c| c.text.as_str()));
    for (i, (words, text)) in stream_fields(stream).skip(1).zip(texts).enumerate() {
        let is_caption = i >= article.paragraphs.len();
        if is_caption && (best.is_some() || query.is_empty()) {
            break;
        }
        let quality = groups.coverage(words);
        if quality.1 == 0 {
            continue;
        }
        if !is_caption {
            matching.push(i as u32);
        }
        if best.is_none_or(|(q, _, _)| quality > q) {
            best = Some((quality, text, words));
        }
    }
    let snippet = match best {
        Some((_, text, words)) => {
            // Only the text around the best window is cut into words. Where it lies in bytes
            // is found by counting runs of non-space, which is fast and near enough: the
            // passage is then chosen again, exactly, inside that stretch.
            let window = best_window(groups, words);
            let from = token_start(text, window.start.saturating_sub(SENTENCE_LOOKBACK + SLACK));
            let to = token_start(text, window.end + SLACK);
            let stretch = &text[from..to];
            let found: WordMatches = query.word_matches_iter(stretch).collect();
            framed(passage(stretch, &found), from > 0, to < text.len())
        }
        None => article
            .paragraphs
            .first()
            .map(|p| {
                let found: WordMatches =
                    query.word_matches_iter(p).take(SNIPPET_WORDS + 1).collect();
                let cut = found.get(SNIPPET_WORDS).map_or(p.len(), |w| w.0.start);
                let shown = passage(&p[..cut], &found[..found.len().min(SNIPPET_WORDS)]);
                cut_off(shown, cut < p.len())
            })
            .unwrap_or_default(),
    };
    (snippet, matching)
}

/// A passage of text that was cut short ends with an ellipsis, once.
fn cut_off(mut shown: Vec<Segment>, was_cut: bool) -> Vec<Segment> {
    let ends_with_ellipsis = shown.last().is_some_and(|s| s.text.ends_with('\u{2026}'));
    if was_cut && !ends_with_ellipsis {
        shown.push(Segment {
            text: " \u{2026}".to_owned(),
            hit: false,
        });
    }
    merge_plain(shown)
}

/// The passage of a stretch of a longer text, with an ellipsis, once, where the text goes on
/// before it and after it.
fn framed(shown: Vec<Segment>, text_before: bool, text_after: bool) -> Vec<Segment> {
    let opened = shown
        .first()
        .is_some_and(|s| s.text.starts_with('\u{2026}'));
    let mut framed = Vec::with_capacity(shown.len() + 1);
    if text_before && !opened {
        framed.push(Segment {
            text: "\u{2026} ".to_owned(),
            hit: false,
        });
    }
    framed.extend(shown);
    cut_off(framed, text_after)
}

/// The passage of `text` around its first marked range, the words in marked ranges as hits:
/// a snippet for marks other than the query's words (the names a filter asks for). `marks`
/// are byte ranges, sorted. As for the query's snippets, only a stretch of the text around
/// the first mark is cut into words, so a paragraph of megabytes costs no more than a short one.
pub(crate) fn marked_passage(text: &str, marks: &[Range<usize>]) -> Vec<Segment> {
    let Some(first) = marks.first() else {
        return Vec::new();
    };
    let before = tokens_before(text, first.start);
    let from = token_start(text, before.saturating_sub(SENTENCE_LOOKBACK + SLACK));
    let to = token_start(text, before + SNIPPET_WORDS + SLACK).max(first.end);
    let in_stretch: Vec<&Range<usize>> = marks
        .iter()
        .filter(|m| m.start < to && m.end > from)
        .collect();
    let found: WordMatches = crate::text::words(&text[from..to])
        .map(|w| {
            let (start, end) = (from + w.start, from + w.end);
            let marked = in_stretch.iter().any(|m| m.start < end && start < m.end);
            (w.start..w.end, marked.then_some(0))
        })
        .collect();
    framed(passage(&text[from..to], &found), from > 0, to < text.len())
}

/// How many runs of non-space characters start before the byte `at`.
fn tokens_before(text: &str, at: usize) -> usize {
    let mut count = 0;
    let mut in_token = false;
    for (position, c) in text.char_indices() {
        if position >= at {
            break;
        }
        let space = c.is_whitespace();
        if !space && !in_token {
            count += 1;
        }
        in_token = !space;
    }
    count
}

/// Extra words read on either side of the best window, for the difference between words and
/// runs of non-space.
const SLACK: usize = 8;

/// The best window of [`SNIPPET_WORDS`] words of a paragraph, in word positions: the window
/// that starts at a hit and covers the most groups, then the most hits.
fn best_window(groups: &GroupsOfWords, words: &[WordId]) -> std::ops::Range<usize> {
    let width = SNIPPET_WORDS.min(words.len());
    let mut best = (groups.coverage(&words[..width]), 0..width);
    for start in (0..words.len()).filter(|&i| groups.matches(words[i])) {
        let end = (start + width).min(words.len());
        let quality = groups.coverage(&words[start..end]);
        if quality > best.0 {
            best = (quality, start..end);
        }
    }
    best.1
}

/// The byte where the `n`th run of non-space characters starts, or the end of the text.
fn token_start(text: &str, n: usize) -> usize {
    let mut count = 0;
    let mut in_token = false;
    for (at, c) in text.char_indices() {
        let space = c.is_whitespace();
        if !space && !in_token {
            if count == n {
                return at;
            }
            count += 1;
        }
        in_token = !space;
    }
    text.len()
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
pub(crate) fn passage(text: &str, found: &[(Range<usize>, Option<usize>)]) -> Vec<Segment> {
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
        // Sentences are read only around the words that may open the passage, so a paragraph
        // of megabytes costs no more than a short one.
        let region_start = found[earliest.saturating_sub(1)].0.start;
        let region = region_start..found[first_hit].0.end;
        let starts: Vec<usize> = crate::text::sentences(&text[region.clone()])
            .into_iter()
            .map(|r| region_start + r.start)
            .filter(|&s| s > region_start)
            .collect();
        let opens_sentence = |word: &Range<usize>| {
            starts
                .iter()
                .any(|&s| s <= word.start && !text[s..word.start].contains(char::is_alphanumeric))
        };
        best_start = (earliest..=first_hit)
            .rev()
            .find(|&i| i == 0 || opens_sentence(&found[i].0))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

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
