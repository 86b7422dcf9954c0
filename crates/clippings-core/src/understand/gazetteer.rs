//! What the core knows before reading: places, organisations, first names, titles, verbs of
//! saying and stop words, shipped as data files in `data/` (sources and licences in the
//! README). The `geo_*` files and `first_names.tsv` are made by `scripts/gazetteer/build.py`
//! from public data packages; the others are kept by hand. No list of surnames ships: a
//! surname is proven by the article itself (a full name before it), which beat the Census list
//! on the development set, and the list was 55 KB of the Wasm that no rule read.

use crate::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use crate::article::EntityKind as Kind;

/// A name the gazetteers know, with its canonical form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: Kind,
    pub canonical: &'static str,
    /// Known through an adjective ("Belarusian"), which names a place but is not its name.
    pub demonym: bool,
}

/// Which sex bears a first name, after the US Census 1990 lists (the rule is in
/// `scripts/gazetteer/build.py`: one sex's when 80% of its bearers are of that sex).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Either,
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
    first_names: HashMap<String, Gender>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The folded words of a phrase, as the scanner sees them.
pub fn phrase_key(phrase: &str) -> String {
    // Most names are ASCII letters between single spaces, whose words and folds are plain
    // lower case: the gazetteer's ~14,000 phrases load in a fraction of the time this way.
    if is_plain(phrase) {
        return phrase.to_ascii_lowercase();
    }
    scanned_key(phrase)
}

fn is_plain(phrase: &str) -> bool {
    let bytes = phrase.as_bytes();
    !bytes.is_empty()
        && bytes[0] != b' '
        && bytes[bytes.len() - 1] != b' '
        && !phrase.contains("  ")
        && bytes.iter().all(|b| b.is_ascii_alphabetic() || *b == b' ')
}

fn scanned_key(phrase: &str) -> String {
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
            first_names: HashMap::new(),
        };
        // The first file to name a phrase keeps it, so the order says who wins: countries
        // first ("Georgia" the country, not the US state), the hand-kept ones before GeoNames'
        // (news names a country "Burma" before "Myanmar"), then hand-kept places and
        // organisations (news usage: "Cologne" for GeoNames' Köln, "New York" the city, "Chelsea"
        // the district), then generated cities, largest first, and US states last
        // ("Washington" the capital).
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
        g.add_listed(include_str!("../../data/geo_countries.txt"), Kind::Place);
        for line in lines(include_str!("../../data/geo_countries.txt")) {
            let (canonical, others) = line.split_once('=').unwrap_or((line, ""));
            let canonical = canonical.trim();
            // A hand-kept country keeps its news name ("Burma" for GeoNames' "Myanmar").
            let known = g
                .countries
                .get(&phrase_key(canonical))
                .copied()
                .unwrap_or(canonical);
            for name in std::iter::once(canonical).chain(others.split(';').map(str::trim)) {
                if !name.is_empty() {
                    g.countries.entry(phrase_key(name)).or_insert(known);
                }
            }
        }
        g.add_listed(include_str!("../../data/places.txt"), Kind::Place);
        g.add_listed(
            include_str!("../../data/organizations.txt"),
            Kind::Organization,
        );
        g.add_listed(include_str!("../../data/geo_cities.txt"), Kind::Place);
        g.add_listed(include_str!("../../data/geo_us_states.txt"), Kind::Place);
        for line in lines(include_str!("../../data/first_names.tsv")) {
            let (name, gender) = line.split_once('\t').unwrap_or((line, ""));
            let gender = match gender.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => Gender::Either,
            };
            g.first_names.insert(fold(name.trim()), gender);
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

    /// Adds a file of "canonical = other;other" lines.
    fn add_listed(&mut self, data: &'static str, kind: Kind) {
        for line in lines(data) {
            let (canonical, others) = line.split_once('=').unwrap_or((line, ""));
            let canonical = canonical.trim();
            self.add(canonical, kind, canonical, false);
            for other in others.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                self.add(other, kind, canonical, false);
            }
        }
    }

    fn add(&mut self, phrase: &str, kind: Kind, canonical: &'static str, demonym: bool) {
        let key = phrase_key(phrase);
        self.longest = self.longest.max(key.split(' ').count());
        // The first entry wins (see `load` for the order).
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

    /// A folded word worth listing among an article's or a collection's terms (keywords,
    /// related articles, the explorer's terms): three letters or more, no digits, not a stop
    /// word.
    pub fn is_content_word(&self, folded: &str) -> bool {
        folded.chars().nth(2).is_some()
            && !folded.chars().any(char::is_numeric)
            && !self.is_stopword(folded)
    }

    /// The sex that bears a folded first name, if the Census lists it. Many first names are
    /// also words ("will", "may", "rose"): this says a word can be a first name, not that it
    /// is one here.
    pub fn first_name_gender(&self, folded: &str) -> Option<Gender> {
        self.first_names.get(folded).copied()
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

    fn canonical(phrase: &str) -> Option<&'static str> {
        gazetteer().lookup(&phrase_key(phrase)).map(|k| k.canonical)
    }

    #[test]
    fn cities_of_several_words_are_places() {
        for (text, name) in [
            ("New York", "New York"),
            ("New York City", "New York"),
            ("San Jose", "San Jose"),
            ("Los Angeles", "Los Angeles"),
            ("Rio de Janeiro", "Rio de Janeiro"),
            ("São Paulo", "Sao Paulo"),
            ("Porto Alegre", "Porto Alegre"),
            ("Hague", "The Hague"),
        ] {
            let known = gazetteer().lookup(&phrase_key(text));
            assert_eq!(
                known.map(|k| (k.kind, k.canonical)),
                Some((Kind::Place, name)),
                "{text}"
            );
        }
    }

    #[test]
    fn hand_kept_news_names_are_canonical_for_generated_places() {
        for (text, name) in [
            ("Kyiv", "Kiev"),
            ("Köln", "Cologne"),
            ("Myanmar", "Burma"),
            ("The Netherlands", "Netherlands"),
            ("Washington DC", "Washington"),
        ] {
            assert_eq!(canonical(text), Some(name), "{text}");
        }
        // A country keeps its name from any city or state of that name.
        assert_eq!(canonical("Georgia"), Some("Georgia"));
    }

    #[test]
    fn cities_named_like_common_words_or_names_are_not_places() {
        for word in [
            "Reading",
            "Nice",
            "Split",
            "Mobile",
            "Bath",
            "Florence",
            "Charlotte",
            "Jackson",
            "Kennedy",
        ] {
            assert_eq!(canonical(word), None, "{word}");
        }
        // ...unless news names the place more than the word: a city of a million people or
        // the capital of a country of a million.
        assert_eq!(canonical("Phoenix"), Some("Phoenix"));
        assert_eq!(canonical("Wellington"), Some("Wellington"));
    }

    #[test]
    fn first_names_say_which_sex_bears_them() {
        let g = gazetteer();
        assert_eq!(g.first_name_gender("john"), Some(Gender::Male));
        assert_eq!(g.first_name_gender("mary"), Some(Gender::Female));
        assert_eq!(g.first_name_gender("leslie"), Some(Gender::Either));
        assert_eq!(g.first_name_gender("zzyzx"), None);
        assert_eq!(g.first_name_gender("John"), None, "callers fold first");
    }

    #[test]
    fn every_hand_kept_country_names_a_generated_country_or_is_a_uk_nation() {
        // A hand-kept line adds names to one of GeoNames' countries: with none of its names
        // among GeoNames', it would make a second country instead.
        let generated: HashSet<String> = lines(include_str!("../../data/geo_countries.txt"))
            .map(|l| phrase_key(l.split('=').next().unwrap_or_default()))
            .collect();
        let nations = ["England", "Scotland", "Wales", "Northern Ireland"];
        for line in lines(include_str!("../../data/countries.tsv")) {
            let mut fields = line.split('\t');
            let canonical = fields.next().unwrap_or_default().trim();
            let others = fields.next().unwrap_or_default().split(';');
            assert!(
                std::iter::once(canonical)
                    .chain(others)
                    .any(|n| generated.contains(&phrase_key(n)))
                    || nations.contains(&canonical),
                "countries.tsv: {canonical}"
            );
        }
    }

    #[test]
    fn plain_names_fold_the_same_by_the_shortcut() {
        let data = [
            include_str!("../../data/geo_cities.txt"),
            include_str!("../../data/geo_countries.txt"),
            include_str!("../../data/places.txt"),
            include_str!("../../data/organizations.txt"),
        ];
        let mut plain = 0;
        for line in data.iter().flat_map(|d| lines(d)) {
            for name in line.split(['=', ';']).map(str::trim) {
                if is_plain(name) {
                    plain += 1;
                    assert_eq!(phrase_key(name), scanned_key(name), "{name}");
                }
            }
        }
        assert!(plain > 5000);
        for odd in [
            "Guinea-Bissau",
            "U.S.",
            "São Paulo",
            " Paris",
            "New  York",
            "",
        ] {
            assert!(!is_plain(odd), "{odd:?}");
        }
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
