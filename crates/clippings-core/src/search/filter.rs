//! Field filters: `source:reuters`, `person:kerry`, `place:"new york"`, `org:nato`,
//! `folder:sport`, `headline:budget`.

use super::MAX_QUERY_WORDS;
use crate::index::{DocId, Index, NameId, TermId};
use crate::text::{fold, stem_folded, words};

/// What a field filter (`person:kerry`, `source:"press tv"`) looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Source,
    Person,
    Place,
    Organization,
    Headline,
    /// The folder of the collection an article was filed in (`sport` for `sport/042.txt`).
    Folder,
}

impl From<crate::article::EntityKind> for Field {
    /// The filter that finds the articles naming an entity of this kind.
    fn from(kind: crate::article::EntityKind) -> Field {
        use crate::article::EntityKind;
        match kind {
            EntityKind::Person => Field::Person,
            EntityKind::Place => Field::Place,
            EntityKind::Organization => Field::Organization,
        }
    }
}

impl Field {
    fn named(name: &str) -> Option<Field> {
        Some(match name.to_ascii_lowercase().as_str() {
            "source" => Field::Source,
            "person" => Field::Person,
            "place" => Field::Place,
            "org" => Field::Organization,
            "headline" => Field::Headline,
            "folder" => Field::Folder,
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
            Field::Folder => "folder",
        }
    }
}

/// A field filter: the article must have a value of the field that holds all these folded words
/// (stemmed for the headline); a negated one (`-source:reuters`), that it has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub field: Field,
    pub words: Vec<String>,
    pub negated: bool,
}

impl Filter {
    /// Reads a filter at the start of `text` (after any `-`, which the caller has read):
    /// `field:value` up to the next space, or `field:"a value"` up to the closing quote (the
    /// rest of the text when there is none). `None` for an unknown field or a value without
    /// words, which are searched as words. Also returns how many bytes the filter took.
    pub(crate) fn read(text: &str, negated: bool) -> Option<(Filter, usize)> {
        Filter::read_written(text, negated).map(|(filter, _, used)| (filter, used))
    }

    /// [`Filter::read`], with the value as written (without its quotes): what a page shows.
    pub(crate) fn read_written(text: &str, negated: bool) -> Option<(Filter, &str, usize)> {
        // The field's name is letters right before the colon; nothing past them is read.
        let colon = text.bytes().take_while(u8::is_ascii_alphabetic).count();
        if text.as_bytes().get(colon) != Some(&b':') {
            return None;
        }
        let field = Field::named(&text[..colon])?;
        let after = &text[colon + 1..];
        let (value, consumed) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (&quoted[..end], end + 2),
                None => (quoted, after.len()),
            }
        } else {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            (&after[..end], end)
        };
        let words: Vec<String> = words(value)
            .map(|w| fold(w.text))
            .take(MAX_QUERY_WORDS)
            .collect();
        if words.is_empty() {
            return None;
        }
        let filter = Filter {
            field,
            words,
            negated,
        };
        Some((filter, value, colon + 1 + consumed))
    }

    /// What this filter admits, worked out once per query rather than once per article.
    fn admitted(&self, index: &Index) -> Admitted {
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

    /// True when the article has a value of the field that holds the filter's words (whether
    /// or not the filter is negated).
    fn admits(&self, index: &Index, doc: DocId, admitted: &Admitted) -> bool {
        let names = index.doc_names(doc);
        match admitted {
            Admitted::Names(admitted) => {
                let any = |ids: &[NameId]| ids.iter().any(|&id| admitted[id as usize]);
                match self.field {
                    Field::Source => names.source.is_some_and(|id| admitted[id as usize]),
                    Field::Person => any(&names.people),
                    Field::Place => any(&names.places),
                    Field::Organization => any(&names.organizations),
                    Field::Folder => names.folder.is_some_and(|id| admitted[id as usize]),
                    Field::Headline => false,
                }
            }
            Admitted::HeadlineTerms(terms) => {
                let headline = index.headline_stream(doc);
                // A word of the headline answers every term it is filed under (`o'sullivan`
                // answers `sullivan` too); the words of a term are sorted.
                terms.iter().all(|term| {
                    term.is_some_and(|t| {
                        let words = index.word_ids_of(t);
                        headline.iter().any(|w| words.binary_search(w).is_ok())
                    })
                })
            }
        }
    }
}

/// A filter prepared against the index: a bitmap over its names, or the headline's terms
/// (`None` for a word the collection does not have, which no headline holds).
enum Admitted {
    Names(Vec<bool>),
    HeadlineTerms(Vec<Option<TermId>>),
}

/// A query's filters prepared against the index. Every group must pass; a group passes when
/// any of its filters does (`source:a OR source:b`); a negated filter passes when the article
/// has no such value.
pub(crate) struct PreparedFilters<'q> {
    groups: Vec<Vec<(&'q Filter, Admitted)>>,
}

impl<'q> PreparedFilters<'q> {
    pub(crate) fn new(index: &Index, groups: &'q [Vec<Filter>]) -> PreparedFilters<'q> {
        PreparedFilters {
            groups: groups
                .iter()
                .map(|group| group.iter().map(|f| (f, f.admitted(index))).collect())
                .collect(),
        }
    }

    pub(crate) fn pass(&self, index: &Index, doc: DocId) -> bool {
        self.groups.iter().all(|group| {
            group
                .iter()
                .any(|(filter, admitted)| filter.admits(index, doc, admitted) != filter.negated)
        })
    }
    /// The article's people, places and organisations that a filter asks for (`place:york`:
    /// York, New York), each once; not those a negated filter rules out, nor sources or folders,
    /// which are no names in the text.
    pub(crate) fn names_asked_for(
        &self,
        index: &Index,
        doc: DocId,
    ) -> Vec<(crate::article::EntityKind, NameId)> {
        use crate::article::EntityKind;
        let names = index.doc_names(doc);
        let mut asked = Vec::new();
        for (filter, admitted) in self.groups.iter().flatten() {
            let Admitted::Names(admitted) = admitted else {
                continue;
            };
            let (kind, ids) = match filter.field {
                _ if filter.negated => continue,
                Field::Person => (EntityKind::Person, &names.people),
                Field::Place => (EntityKind::Place, &names.places),
                Field::Organization => (EntityKind::Organization, &names.organizations),
                Field::Source | Field::Folder | Field::Headline => continue,
            };
            for &id in ids.iter().filter(|&&id| admitted[id as usize]) {
                if !asked.contains(&(kind, id)) {
                    asked.push((kind, id));
                }
            }
        }
        asked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Filter, usize)> {
        Filter::read(text, false)
    }

    #[test]
    fn a_filter_is_read_with_a_plain_or_a_quoted_value() {
        let (filter, used) = read("person:kerry nato").unwrap();
        assert_eq!(
            (filter.field, filter.words, used),
            (Field::Person, vec!["kerry".to_string()], 12)
        );
        let (filter, used) = read("source:\"Press TV\" ukraine").unwrap();
        assert_eq!(
            (filter.field, filter.words, used),
            (
                Field::Source,
                vec!["press".to_string(), "tv".to_string()],
                17
            )
        );
        let (filter, _) = read("ORG:nato").unwrap();
        assert_eq!(filter.field, Field::Organization);
    }

    #[test]
    fn unknown_fields_and_empty_values_are_not_filters() {
        for text in [
            "time: 10:30",
            "colour:red",
            "person:",
            "org:\"",
            "person:\"\"",
            "10:30",
            "kerry",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
