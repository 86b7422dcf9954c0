//! The word classes of `data/name_words.txt`: the small closed lists by which names, places,
//! organisations and speakers are told apart. Data, not code, so that each list says what
//! class of words it holds and can be read and changed without reading the recognisers.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A section of `data/name_words.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordList {
    Connectors,
    OrganisationSuffixes,
    OrganisationHeads,
    PlaceSuffixes,
    PlaceHeads,
    ThingWords,
    NeverNames,
    NameMonths,
    DateLeads,
    Spokespeople,
    GroupNouns,
    BeforeANoun,
    PersonAppositions,
}

impl WordList {
    const ALL: [WordList; 13] = [
        WordList::Connectors,
        WordList::OrganisationSuffixes,
        WordList::OrganisationHeads,
        WordList::PlaceSuffixes,
        WordList::PlaceHeads,
        WordList::ThingWords,
        WordList::NeverNames,
        WordList::NameMonths,
        WordList::DateLeads,
        WordList::Spokespeople,
        WordList::GroupNouns,
        WordList::BeforeANoun,
        WordList::PersonAppositions,
    ];

    /// The section's name in the data file.
    fn section(self) -> &'static str {
        match self {
            WordList::Connectors => "connectors",
            WordList::OrganisationSuffixes => "organisation suffixes",
            WordList::OrganisationHeads => "organisation heads",
            WordList::PlaceSuffixes => "place suffixes",
            WordList::PlaceHeads => "place heads",
            WordList::ThingWords => "thing words",
            WordList::NeverNames => "never names",
            WordList::NameMonths => "name months",
            WordList::DateLeads => "date leads",
            WordList::Spokespeople => "spokespeople",
            WordList::GroupNouns => "group nouns",
            WordList::BeforeANoun => "before a noun",
            WordList::PersonAppositions => "person appositions",
        }
    }

    /// Whether the folded word is in the list.
    pub fn contains(self, folded: &str) -> bool {
        lists()
            .get(&self)
            .is_some_and(|words| words.contains(folded))
    }
}

fn lists() -> &'static HashMap<WordList, HashSet<&'static str>> {
    static LISTS: OnceLock<HashMap<WordList, HashSet<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut by_section: HashMap<&str, HashSet<&'static str>> = HashMap::new();
        let mut current = "";
        for line in include_str!("../../data/name_words.txt")
            .lines()
            .map(str::trim)
        {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
            } else if !line.is_empty() && !line.starts_with('#') {
                by_section.entry(current).or_default().insert(line);
            }
        }
        WordList::ALL
            .iter()
            .map(|list| (*list, by_section.remove(list.section()).unwrap_or_default()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_words_and_every_section_is_a_list() {
        for list in WordList::ALL {
            assert!(!lists()[&list].is_empty(), "{list:?} is empty");
        }
        let sections: Vec<&str> = include_str!("../../data/name_words.txt")
            .lines()
            .filter_map(|l| l.trim().strip_prefix('[')?.strip_suffix(']'))
            .collect();
        let known: Vec<&str> = WordList::ALL.iter().map(|l| l.section()).collect();
        assert_eq!(sections, known);
    }

    #[test]
    fn lists_answer_for_folded_words() {
        assert!(WordList::OrganisationSuffixes.contains("plc"));
        assert!(WordList::Connectors.contains("of"));
        assert!(!WordList::Connectors.contains("Of"));
    }
}
