//! Filters as written in the text of a query: read by the query's own reader
//! ([`super::query`]), printed in one canonical form, and added to or taken out of a query
//! without touching the rest of it. What a page's facets and filter chips do to the query.

use super::filter::{Field, Filter};
use super::query::{spanned_tokens, Token};
use std::fmt;
use std::ops::Range;

/// A filter as written: `person:"John Kerry"`, or negated `-source:"Reuters"`. Two chips are
/// the same filter when they have the same field, negation and folded words, so the
/// hand-typed `person:kerry` and the chip for `person:"Kerry"` are one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FilterChip {
    pub field: Field,
    /// The value as written, without quotes.
    pub value: String,
    pub negated: bool,
}

/// A filter found in query text, and the bytes it was read from (a negated one from its `-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenFilter {
    pub chip: FilterChip,
    pub range: Range<usize>,
}

impl FilterChip {
    /// The filter that admits only articles with this value of the field.
    pub fn new(field: Field, value: impl Into<String>) -> FilterChip {
        FilterChip {
            field,
            value: value.into(),
            negated: false,
        }
    }

    /// The same value, the other way round: the filter that excludes it, or admits it.
    pub fn opposite(&self) -> FilterChip {
        FilterChip {
            negated: !self.negated,
            ..self.clone()
        }
    }

    /// The folded words the reader finds in the canonical text: `None` for a value without
    /// words, which is no filter at all.
    fn words(&self) -> Option<Vec<String>> {
        let text = self.to_string();
        let body = text.strip_prefix('-').unwrap_or(&text);
        Filter::read(body, self.negated).map(|(filter, _)| filter.words)
    }
}

impl fmt::Display for FilterChip {
    /// `person:"John Kerry"`, `-source:"Reuters"`. A value cannot hold a quote (it would end
    /// it), and quotes are not words, so each is written as a space.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negated {
            f.write_str("-")?;
        }
        write!(f, "{}:\"", self.field.keyword())?;
        let value = self.value.replace('"', " ");
        for (i, word) in value.split_whitespace().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(word)?;
        }
        f.write_str("\"")
    }
}

/// The filters of a query, in the order written.
pub fn filters_in(text: &str) -> Vec<WrittenFilter> {
    spanned_tokens(text)
        .into_iter()
        .filter_map(|(token, range)| match token {
            Token::Filter(filter, value) => Some(WrittenFilter {
                chip: FilterChip {
                    field: filter.field,
                    value: value.to_owned(),
                    negated: filter.negated,
                },
                range,
            }),
            _ => None,
        })
        .collect()
}

/// True when the query has this filter, however it was written.
pub fn has(text: &str, chip: &FilterChip) -> bool {
    !ranges_of(text, chip, chip.negated).is_empty()
}

/// The query with the filter added at its end, or taken out when it is there; a filter there
/// the other way round (`source:x` for `-source:x`) is replaced where it stands.
pub fn toggle(text: &str, chip: &FilterChip) -> String {
    if chip.words().is_none() {
        return text.to_owned();
    }
    if has(text, chip) {
        return remove(text, chip);
    }
    let opposite = ranges_of(text, chip, !chip.negated);
    if let Some(first) = opposite.first() {
        let rest = cut(text, &opposite[1..]);
        // Cutting the later ones leaves the first where it was.
        return format!("{}{chip}{}", &rest[..first.start], &rest[first.end..]);
    }
    let appended = append(text, &chip.to_string());
    if has(&appended, chip) {
        return appended;
    }
    // An unclosed quote before would swallow the filter: close it first.
    append(&format!("{text}\""), &chip.to_string())
}

/// The query without this filter (every time it is written), the rest as it was.
pub fn remove(text: &str, chip: &FilterChip) -> String {
    cut(text, &ranges_of(text, chip, chip.negated))
}

/// The query's words without any filter: what "clear all" leaves.
pub fn without_filters(text: &str) -> String {
    let ranges: Vec<Range<usize>> = filters_in(text).into_iter().map(|f| f.range).collect();
    cut(text, &ranges)
}

/// Where the query has the chip's filter, negated or not as asked.
fn ranges_of(text: &str, chip: &FilterChip, negated: bool) -> Vec<Range<usize>> {
    let Some(words) = chip.words() else {
        return Vec::new();
    };
    spanned_tokens(text)
        .into_iter()
        .filter_map(|(token, range)| match token {
            Token::Filter(f, _)
                if f.field == chip.field && f.negated == negated && f.words == words =>
            {
                Some(range)
            }
            _ => None,
        })
        .collect()
}

fn append(text: &str, filter: &str) -> String {
    if text.trim().is_empty() {
        filter.to_owned()
    } else if text.ends_with(char::is_whitespace) {
        format!("{text}{filter}")
    } else {
        format!("{text} {filter}")
    }
}

/// `text` without these filters, each with the `OR` that joined it to another filter and the
/// spaces after it (before it, at the end), so the rest stays as written.
fn cut(text: &str, filters: &[Range<usize>]) -> String {
    let tokens = spanned_tokens(text);
    let is_filter = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .is_some_and(|(t, _)| matches!(t, Token::Filter(..)))
    };
    let is_or = |i: usize| tokens.get(i).is_some_and(|(t, _)| *t == Token::Or);
    let mut ranges: Vec<Range<usize>> = filters
        .iter()
        .map(|range| {
            let Some(i) = tokens.iter().position(|(_, r)| r == range) else {
                return range.clone();
            };
            if i >= 1 && is_or(i - 1) && is_filter(i.checked_sub(2)) {
                tokens[i - 1].1.start..range.end
            } else if is_or(i + 1) && is_filter(Some(i + 2)) {
                range.start..tokens[i + 1].1.end
            } else {
                range.clone()
            }
        })
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    let mut out = text.to_owned();
    for range in merged.into_iter().rev() {
        let mut end = range.end;
        end += out[end..].len() - out[end..].trim_start().len();
        let mut start = range.start;
        if end == out.len() {
            start = out[..start].trim_end().len();
        }
        out.replace_range(start..end, "");
    }
    out
}
