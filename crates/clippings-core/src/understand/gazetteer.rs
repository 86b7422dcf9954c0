//! What the core knows before reading: places, organisations, titles, verbs of saying and stop
//! words, shipped as data files in `data/` (sources and licences in the README).

use crate::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Place,
    Organization,
}

/// A name the gazetteers know, with its canonical form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: Kind,
    pub canonical: &'static str,
    /// Known through an adjective ("Belarusian"), which names a place but is not its name.
    pub demonym: bool,
}

pub struct Gazetteer {
    /// Folded phrases (words joined by single spaces) to what they name.
    names: HashMap<String, Known>,
    /// The most words any phrase has, which bounds the longest-match scan.
    pub longest: usize,
    /// Folded country names and short forms (not adjectives) to the country's canonical name.
    countries: HashMap<String, &'static str>,
    /// US states by name (folded), postal code and AP abbreviation (both as written).
    us_states: HashMap<String, &'static str>,
    titles: HashSet<String>,
    speech_verbs: HashSet<String>,
    stopwords: HashSet<String>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The folded words of a phrase, as the scanner sees them.
pub fn phrase_key(phrase: &str) -> String {
    crate::text::words(phrase)
        .map(|w| fold(w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            names: HashMap::new(),
            longest: 1,
            countries: HashMap::new(),
            us_states: HashMap::new(),
            titles: HashSet::new(),
            speech_verbs: HashSet::new(),
            stopwords: HashSet::new(),
        };
        for line in lines(include_str!("../../data/countries.tsv")) {
            let mut fields = line.split('\t');
            let canonical = fields.next().unwrap_or_default().trim();
            let others = fields.next().unwrap_or_default();
            let adjectives = fields.next().unwrap_or_default();
            g.add(canonical, Kind::Place, canonical, false);
            g.countries.insert(phrase_key(canonical), canonical);
            for other in others.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                g.add(other, Kind::Place, canonical, false);
                g.countries.insert(phrase_key(other), canonical);
            }
            for adjective in adjectives
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                g.add(adjective, Kind::Place, canonical, true);
            }
        }
        for (data, kind) in [
            (include_str!("../../data/places.txt"), Kind::Place),
            (
                include_str!("../../data/organizations.txt"),
                Kind::Organization,
            ),
        ] {
            for line in lines(data) {
                let (canonical, others) = line.split_once('=').unwrap_or((line, ""));
                let canonical = canonical.trim();
                g.add(canonical, kind, canonical, false);
                for other in others.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                    g.add(other, kind, canonical, false);
                }
            }
        }
        for line in lines(include_str!("../../data/us_states.tsv")) {
            let mut fields = line.split('\t').map(str::trim);
            let name = fields.next().unwrap_or_default();
            g.us_states.insert(phrase_key(name), name);
            for written in fields.filter(|f| !f.is_empty()) {
                g.us_states.insert(written.to_owned(), name);
            }
        }
        g.titles = lines(include_str!("../../data/titles.txt"))
            .map(|l| fold(l.trim()))
            .collect();
        g.speech_verbs = lines(include_str!("../../data/speech_verbs.txt"))
            .map(|l| fold(l.trim()))
            .collect();
        g.stopwords = lines(include_str!("../../data/stopwords.txt"))
            .flat_map(str::split_whitespace)
            .map(fold)
            .collect();
        g
    }

    fn add(&mut self, phrase: &str, kind: Kind, canonical: &'static str, demonym: bool) {
        let key = phrase_key(phrase);
        self.longest = self.longest.max(key.split(' ').count());
        // The first entry wins: countries come first, so "Georgia" stays a country.
        self.names.entry(key).or_insert(Known {
            kind,
            canonical,
            demonym,
        });
    }

    pub fn lookup(&self, folded_phrase: &str) -> Option<&Known> {
        self.names.get(folded_phrase)
    }

    /// The canonical name of the country `phrase` names (`U.S.` → United States), not by adjective.
    pub fn country(&self, phrase: &str) -> Option<&'static str> {
        self.countries.get(&phrase_key(phrase)).copied()
    }

    /// The US state `written` names: its name in any case, its postal code (`NY`) or its AP
    /// abbreviation (`N.Y.`, `Calif.`), the last two as written.
    pub fn us_state(&self, written: &str) -> Option<&'static str> {
        let written = written.trim();
        self.us_states
            .get(written)
            .or_else(|| self.us_states.get(&phrase_key(written)))
            .copied()
    }

    pub fn is_title(&self, folded: &str) -> bool {
        self.titles.contains(folded)
    }

    pub fn is_speech_verb(&self, folded: &str) -> bool {
        self.speech_verbs.contains(folded)
    }

    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.contains(folded)
    }
}

pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_answer_to_their_short_names_and_adjectives() {
        let g = gazetteer();
        for name in ["US", "U.S.", "United States", "America"] {
            assert_eq!(
                g.lookup(&phrase_key(name)).map(|k| k.canonical),
                Some("United States"),
                "{name}"
            );
        }
        let belarusian = g.lookup("belarusian").unwrap();
        assert_eq!(
            (belarusian.canonical, belarusian.demonym),
            ("Belarus", true)
        );
        assert_eq!(
            g.lookup("nato").map(|k| (k.kind, k.canonical)),
            Some((Kind::Organization, "NATO"))
        );
        assert_eq!(g.lookup("minsk").map(|k| k.kind), Some(Kind::Place));
    }

    #[test]
    fn countries_and_us_states_are_told_apart_from_other_places() {
        let g = gazetteer();
        assert_eq!(g.country("U.S."), Some("United States"));
        assert_eq!(g.country("Lebanon"), Some("Lebanon"));
        assert_eq!(g.country("Lebanese"), None);
        assert_eq!(g.country("Minsk"), None);
        for written in ["N.Y.", "NY", "New York", "NEW YORK"] {
            assert_eq!(g.us_state(written), Some("New York"), "{written}");
        }
        assert_eq!(g.us_state("Calif."), Some("California"));
        assert_eq!(g.us_state("D.C."), Some("District of Columbia"));
        // Postal codes are capitals: "in" and "or" are words.
        assert_eq!(g.us_state("In"), None);
        assert_eq!(g.us_state("Lebanon"), None);
    }

    #[test]
    fn word_lists_are_folded() {
        let g = gazetteer();
        assert!(g.is_title("secretary") && g.is_title("mr"));
        assert!(g.is_speech_verb("said") && g.is_speech_verb("warned"));
        assert!(g.is_stopword("the") && !g.is_stopword("nato"));
    }
}
