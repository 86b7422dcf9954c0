//! How the matching articles and the query's words spread over sources, folders and months.

use super::{marked_words, paragraph_words};
use crate::article::Article;
use crate::index::DocId;
use crate::search::{matching_docs, sought_words, Query};
use crate::Corpus;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Sources or folders at most: those with the most articles are kept, so that a collection of
/// a thousand small sources still draws a readable chart.
pub const MAX_GROUPS: usize = 100;
/// Months at most (fifty years): the latest are kept, so that an article that mentions a date
/// centuries back does not stretch the chart over thousands of empty months.
pub const MAX_MONTHS: usize = 600;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// The words the query looks for, folded; a phrase as its words joined by spaces.
    pub terms: Vec<String>,
    /// By source, in order of name; articles without a source are in no group.
    pub by_source: Vec<SeriesPoint>,
    /// By folder, in order of name; articles at the top of the collection are in no group.
    pub by_folder: Vec<SeriesPoint>,
    /// By month (`YYYY-MM`), in order, every month from the collection's first to its last,
    /// empty months included; empty when `dates_from` is `None`.
    pub by_date: Vec<SeriesPoint>,
    pub dates_from: DatesFrom,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    pub label: String,
    /// Matching articles in the group.
    pub matching: u32,
    /// All the collection's articles in the group.
    pub articles: u32,
    /// Occurrences of the query's words in the bodies of the group's matching articles.
    pub occurrences: u32,
}

/// Which dates place articles in months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatesFrom {
    /// Publication dates: some articles of the collection have one (those without are in no month).
    Published,
    /// No article has a publication date: each is in every month of the dates it mentions.
    Mentioned,
    /// No article has a publication date or mentions a date that could be resolved.
    None,
}

/// Counts of one group as they are gathered.
#[derive(Default)]
struct Group {
    matching: u32,
    articles: u32,
    occurrences: u32,
}

impl Group {
    fn point(&self, label: String) -> SeriesPoint {
        SeriesPoint {
            label,
            matching: self.matching,
            articles: self.articles,
            occurrences: self.occurrences,
        }
    }
}

/// A month as a number (`year * 12 + month - 1`), from a `YYYY-MM...` date.
fn month(date: &str) -> Option<i64> {
    let year: i64 = date.get(..4)?.parse().ok()?;
    let month: i64 = date.get(5..7)?.parse().ok()?;
    (date.as_bytes().get(4) == Some(&b'-') && (1..=12).contains(&month))
        .then_some(year * 12 + month - 1)
}

fn month_label(month: i64) -> String {
    format!(
        "{:04}-{:02}",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

/// The months an article is placed in.
fn months_of(article: &Article, from: DatesFrom) -> BTreeSet<i64> {
    match from {
        DatesFrom::Published => article
            .published
            .as_deref()
            .and_then(month)
            .into_iter()
            .collect(),
        DatesFrom::Mentioned => article
            .dates
            .iter()
            .filter_map(|d| d.date.as_deref().and_then(month))
            .collect(),
        DatesFrom::None => BTreeSet::new(),
    }
}

/// Keeps the [`MAX_GROUPS`] groups with the most articles, in order of name.
fn points(groups: BTreeMap<&str, Group>) -> Vec<SeriesPoint> {
    let mut kept: Vec<(&str, Group)> = groups.into_iter().collect();
    if kept.len() > MAX_GROUPS {
        kept.sort_by(|a, b| b.1.articles.cmp(&a.1.articles).then(a.0.cmp(b.0)));
        kept.truncate(MAX_GROUPS);
        kept.sort_by(|a, b| a.0.cmp(b.0));
    }
    kept.into_iter()
        .map(|(label, group)| group.point(label.to_owned()))
        .collect()
}

pub fn series(corpus: &Corpus, query: &Query) -> Series {
    let (articles, index) = (&corpus.articles, &corpus.index);
    let marked = marked_words(index, query);
    // A query of filters or exclusions alone has no words to count.
    let any_marked = marked.contains(&true);
    let mut matching = vec![false; articles.len()];
    for doc in matching_docs(index, query) {
        matching[doc as usize] = true;
    }
    let dates_from = if articles.iter().any(|a| a.published.is_some()) {
        DatesFrom::Published
    } else if articles.iter().any(|a| {
        a.dates
            .iter()
            .any(|d| d.date.as_deref().and_then(month).is_some())
    }) {
        DatesFrom::Mentioned
    } else {
        DatesFrom::None
    };
    let mut by_source: BTreeMap<&str, Group> = BTreeMap::new();
    let mut by_folder: BTreeMap<&str, Group> = BTreeMap::new();
    let mut by_month: BTreeMap<i64, Group> = BTreeMap::new();
    for (doc, article) in articles.iter().enumerate() {
        let is_match = matching[doc];
        let occurrences = if is_match && any_marked {
            paragraph_words(&index.stream(doc as DocId), article)
                .flatten()
                .filter(|&&w| marked[w as usize])
                .count() as u32
        } else {
            0
        };
        let add = |group: &mut Group| {
            group.articles += 1;
            group.matching += u32::from(is_match);
            group.occurrences += occurrences;
        };
        if let Some(source) = article.source.as_deref() {
            add(by_source.entry(source).or_default());
        }
        if let Some(folder) = article.folder() {
            add(by_folder.entry(folder).or_default());
        }
        for month in months_of(article, dates_from) {
            add(by_month.entry(month).or_default());
        }
    }
    let by_date = match (by_month.keys().next(), by_month.keys().next_back()) {
        (Some(&first), Some(&last)) => {
            let first = first.max(last - MAX_MONTHS as i64 + 1);
            (first..=last)
                .map(|m| {
                    by_month
                        .get(&m)
                        .unwrap_or(&Group::default())
                        .point(month_label(m))
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Series {
        terms: sought_words(index, query),
        by_source: points(by_source),
        by_folder: points(by_folder),
        by_date,
        dates_from,
    }
}
