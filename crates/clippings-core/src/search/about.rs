//! Queries of filters alone (`place:Chelsea`, `person:"John Kerry"`): with no words to score,
//! the articles are ordered by how much they are about the names the filters ask for, and
//! each snippet is the passage that names them.
//!
//! Sources and folders (`source:`, `folder:`) are not named in an article's text, and a
//! `headline:` filter's words are in every match's headline alike: a query of those alone
//! keeps the collection's order and shows each article's opening, as an empty query does.

use super::filter::PreparedFilters;
use super::snippet::marked_passage;
use super::{Query, Segment};
use crate::article::{Article, EntityKind};
use crate::index::{DocId, Index, NameId};
use std::ops::Range;

/// What a name in the headline adds to an article's [`About::score`].
pub const HEADLINE_BONUS: f32 = 1.0;
/// What a name in the lead (the first paragraph) adds to an article's [`About::score`].
pub const LEAD_BONUS: f32 = 0.5;

/// The names a query of filters alone asks for, prepared against the index.
pub(crate) struct About<'q> {
    filters: PreparedFilters<'q>,
}

impl<'q> About<'q> {
    /// `None` unless the query has no words to look for and filters that ask for people,
    /// places or organisations (a query with words is ranked by its words).
    pub(crate) fn new(index: &Index, query: &'q Query) -> Option<About<'q>> {
        use super::filter::Field;
        let asks_for_names = query.filters.iter().flatten().any(|f| {
            !f.negated && matches!(f.field, Field::Person | Field::Place | Field::Organization)
        });
        (query.groups.is_empty() && asks_for_names).then(|| About {
            filters: PreparedFilters::new(index, &query.filters),
        })
    }

    /// How much the article is about the names asked for: for each such name it has,
    ///
    /// ```text
    /// ln(1 + mentions) + HEADLINE_BONUS · [named in the headline] + LEAD_BONUS · [named in the lead]
    /// ```
    ///
    /// summed over the names (`place:york` asks for York and New York alike).
    ///
    /// - *Mentions* (how often the text names it, as `entities` counts) say how long the article
    ///   dwells on the name, but each further one says less than the one before: the logarithm
    ///   saturates as BM25 saturates a word's frequency. An article that names Chelsea ten times
    ///   is more about it than one that names it twice, not five times more.
    /// - The *headline* says what the article is about; a name there is worth as much as going
    ///   from one mention to four or five.
    /// - The *lead* is where news writing puts the story's main actors (the "inverted pyramid");
    ///   a name first met in the last paragraph is a passing one.
    ///
    /// Equal scores keep the collection's order.
    pub(crate) fn score(&self, articles: &[Article], index: &Index, doc: DocId) -> f32 {
        let article = &articles[doc as usize];
        self.filters
            .names_asked_for(index, doc)
            .into_iter()
            .map(|(kind, id)| {
                let name = index.name(id);
                let mentions = entity_mentions(article, kind, name);
                let headline = in_headline(index, doc, kind, id);
                let lead = article
                    .mentions
                    .iter()
                    .any(|m| m.paragraph == 0 && m.kind == kind && *m.name == *name);
                (1.0 + mentions as f32).ln()
                    + if headline { HEADLINE_BONUS } else { 0.0 }
                    + if lead { LEAD_BONUS } else { 0.0 }
            })
            .sum()
    }

    /// The passage of the paragraph that names the names asked for most often (the first such
    /// paragraph among equals), the names marked as hits; `None` when no paragraph names them
    /// (a name only in the headline or a caption).
    pub(crate) fn snippet(
        &self,
        articles: &[Article],
        index: &Index,
        doc: DocId,
    ) -> Option<Vec<Segment>> {
        let article = &articles[doc as usize];
        let asked: Vec<(EntityKind, &str)> = self
            .filters
            .names_asked_for(index, doc)
            .into_iter()
            .map(|(kind, id)| (kind, index.name(id)))
            .collect();
        let is_asked = |m: &&crate::article::EntityMention| {
            asked
                .iter()
                .any(|&(kind, name)| m.kind == kind && *m.name == *name)
        };
        let mut per_paragraph = vec![0usize; article.paragraphs.len()];
        for m in article.mentions.iter().filter(is_asked) {
            if let Some(count) = per_paragraph.get_mut(m.paragraph as usize) {
                *count += 1;
            }
        }
        let most = *per_paragraph.iter().max()?;
        if most == 0 {
            return None;
        }
        let paragraph = per_paragraph.iter().position(|&c| c == most)?;
        let text = &article.paragraphs[paragraph];
        let mut chars: Vec<Range<u32>> = article
            .mentions
            .iter()
            .filter(is_asked)
            .filter(|m| m.paragraph as usize == paragraph)
            .map(|m| m.start..m.end)
            .collect();
        chars.sort_unstable_by_key(|r| (r.start, r.end));
        Some(marked_passage(text, &byte_ranges(text, &chars)))
    }
}

/// How often the article names `name` as a `kind`, as its entities count it.
fn entity_mentions(article: &Article, kind: EntityKind, name: &str) -> u32 {
    let entities = &article.entities;
    let list = match kind {
        EntityKind::Person => &entities.people,
        EntityKind::Place => &entities.places,
        EntityKind::Organization => &entities.organizations,
    };
    list.iter()
        .find(|e| *e.name == *name)
        .map_or(0, |e| e.mentions)
}

/// Whether the headline holds the name's words one after the other, or, for a person, the
/// surname, as headlines name people ("Kerry urges talks").
fn in_headline(index: &Index, doc: DocId, kind: EntityKind, id: NameId) -> bool {
    let headline: Vec<&str> = index
        .headline_stream(doc)
        .iter()
        .map(|&w| index.word(w))
        .collect();
    let name = index.name_words(id);
    if name.is_empty() {
        return false;
    }
    let whole = headline
        .windows(name.len())
        .any(|window| window.iter().zip(name).all(|(a, b)| *a == b.as_str()));
    let surname = kind == EntityKind::Person
        && name
            .last()
            .is_some_and(|surname| headline.contains(&surname.as_str()));
    whole || surname
}

/// Character ranges of a text (sorted by start) as byte ranges, in one pass over the text.
fn byte_ranges(text: &str, chars: &[Range<u32>]) -> Vec<Range<usize>> {
    let mut boundaries = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()));
    let mut at_char = 0u32;
    let mut at_byte = boundaries.next().unwrap_or(0);
    let mut byte_of = |char_index: u32| {
        while at_char < char_index {
            match boundaries.next() {
                Some(byte) => {
                    at_byte = byte;
                    at_char += 1;
                }
                None => break,
            }
        }
        at_byte
    };
    let mut out: Vec<Range<usize>> = Vec::with_capacity(chars.len());
    for range in chars {
        let (start, end) = (byte_of(range.start), byte_of(range.end.max(range.start)));
        // Ranges overlap only if the mentions do; the later one then continues the earlier.
        match out.last_mut() {
            Some(last) if start < last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_ranges_become_byte_ranges_past_accented_letters() {
        let text = "Café in Zürich and Köln";
        let bytes = byte_ranges(text, &[8..14, 19..23]);
        assert_eq!(
            bytes.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["Zürich", "Köln"]
        );
    }
}
