//! Field filters: `source:reuters`, `person:kerry`, `place:"new york"`, `org:nato`,
//! `headline:budget`.

use super::MAX_QUERY_WORDS;
use crate::index::{DocId, Index, NameId, TermId, BREAK};
use crate::text::{fold, stem_folded, words};

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
    /// What this filter admits, worked out once per query rather than once per article.
    pub(crate) fn admitted(&self, index: &Index) -> Admitted {
        match self.field {
            Field::Headline => Admitted::HeadlineTerms(
                self.words
                    .iter()
                    .map(|w| index.term_id(&stem_folded(w)))
                    .collect(),
            ),
            _ => Admitted::Names(
                (0..index.name_count() as NameId)
                    .map(|id| {
                        let name_words = index.name_words(id);
                        self.words.iter().all(|w| name_words.contains(w))
                    })
                    .collect(),
            ),
        }
    }

    /// True when the article has a value of the field that holds the filter's words.
    pub(crate) fn admits(&self, index: &Index, doc: DocId, admitted: &Admitted) -> bool {
        let names = index.doc_names(doc);
        match admitted {
            Admitted::Names(admitted) => {
                let any = |ids: &[NameId]| ids.iter().any(|&id| admitted[id as usize]);
                match self.field {
                    Field::Source => names.source.is_some_and(|id| admitted[id as usize]),
                    Field::Person => any(&names.people),
                    Field::Place => any(&names.places),
                    Field::Organization => any(&names.organizations),
                    Field::Headline => false,
                }
            }
            Admitted::HeadlineTerms(terms) => {
                // The headline is the article's word stream up to its first break.
                let headline = index
                    .stream(doc)
                    .split(|&w| w == BREAK)
                    .next()
                    .unwrap_or(&[]);
                terms.iter().all(|term| {
                    term.is_some_and(|t| headline.iter().any(|&w| index.term_of_word(w) == t))
                })
            }
        }
    }
}

/// A filter prepared against the index: a bitmap over its names, or the headline's terms
/// (`None` for a word the collection does not have, which no headline holds).
pub(crate) enum Admitted {
    Names(Vec<bool>),
    HeadlineTerms(Vec<Option<TermId>>),
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
}
