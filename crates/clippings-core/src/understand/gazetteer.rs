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
            for other in others.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                g.add(other, Kind::Place, canonical, false);
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
    fn word_lists_are_folded() {
        let g = gazetteer();
        assert!(g.is_title("secretary") && g.is_title("mr"));
        assert!(g.is_speech_verb("said") && g.is_speech_verb("warned"));
        assert!(g.is_stopword("the") && !g.is_stopword("nato"));
    }
}
