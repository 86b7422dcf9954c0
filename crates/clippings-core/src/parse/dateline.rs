//! Datelines: `WASHINGTON (Reuters) - `, `MOSCOW, March 3 (Reuters) - `, `BEIRUT, Lebanon (AP) — `,
//! `COMMACK, N.Y., Feb 26 - `, `WASHINGTON — `.

use crate::article::Dateline;
use crate::understand::gazetteer::{gazetteer, phrase_key};
use crate::understand::Kind;

const SEPARATORS: [&str; 4] = [" - ", " -- ", " \u{2014} ", " \u{2013} "];
const MAX_DATELINE_LEN: usize = 80;
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The dateline at the start of `paragraph`, the date it states in full (`MOSCOW, March 3, 2014 (Reuters) -` gives
/// `2014-03-03`; without a year nothing is certain), and the paragraph without it.
pub fn split_dateline(paragraph: &str) -> Option<(Dateline, Option<String>, &str)> {
    let (prefix, rest) = SEPARATORS
        .iter()
        .filter_map(|sep| paragraph.find(sep).map(|at| (at, sep.len())))
        .filter(|&(at, _)| at <= MAX_DATELINE_LEN)
        .min_by_key(|&(at, _)| at)
        .map(|(at, len)| (paragraph[..at].trim(), paragraph[at + len..].trim_start()))?;
    let (place_part, agency) = match prefix.strip_suffix(')').and_then(|p| p.rsplit_once('(')) {
        Some((before, agency)) if !agency.trim().is_empty() => {
            (before.trim(), Some(agency.trim().to_owned()))
        }
        _ => (prefix, None),
    };
    let mut parts = place_part.split(", ");
    let place = parts.next()?.trim();
    if !is_place_in_capitals(place) {
        return None;
    }
    let mut has_date = false;
    let mut regions = Vec::new();
    let mut month_day = None;
    let mut year = None;
    for part in parts {
        if is_month_day(part) {
            has_date = true;
            month_day = month_and_day(part);
        } else if is_year(part) && has_date {
            year = part.parse::<u32>().ok();
        } else if is_region(part) && !has_date {
            regions.push(part.trim());
        } else {
            return None;
        }
    }
    if rest.is_empty() {
        return None;
    }
    // A place alone (`WASHINGTON — `) is a dateline only when it is a place the gazetteers know
    // and a sentence follows: a capitalised word before a dash is as often a name ("NATO - the
    // alliance").
    if agency.is_none()
        && !has_date
        && regions.is_empty()
        && !(is_known_place(place) && starts_sentence(rest))
    {
        return None;
    }
    let (region, country) = what_regions_name(&regions);
    let published = match (year, month_day) {
        (Some(year), Some((month, day))) if (1..=31).contains(&day) => {
            Some(format!("{year:04}-{month:02}-{day:02}"))
        }
        _ => None,
    };
    Some((
        Dateline {
            place: place.to_owned(),
            agency,
            region,
            country,
        },
        published,
        rest,
    ))
}

/// The region the first of `regions` names and the country any of them names: a country by its
/// canonical name, a US state by its name (its country is the United States; `Ga.` is the state,
/// `Georgia` the country, as AP writes them), anything else as written.
fn what_regions_name(regions: &[&str]) -> (Option<String>, Option<String>) {
    let g = gazetteer();
    let meanings: Vec<(String, Option<&str>)> = regions
        .iter()
        .map(|&part| {
            if let Some(country) = g.country(part) {
                (country.to_owned(), Some(country))
            } else if let Some(state) = g.us_state(part) {
                (state.to_owned(), Some(US))
            } else {
                (part.to_owned(), None)
            }
        })
        .collect();
    let country = meanings.iter().find_map(|(_, c)| *c).map(str::to_owned);
    (meanings.into_iter().next().map(|(r, _)| r), country)
}

/// The country a US state is in, by the canonical name `data/countries.tsv` gives it.
const US: &str = "United States";

fn is_known_place(place: &str) -> bool {
    gazetteer()
        .lookup(&phrase_key(place))
        .is_some_and(|known| known.kind == Kind::Place && !known.demonym)
}

fn starts_sentence(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "\"'\u{201C}\u{2018}".contains(c)
    })
}

fn month_and_day(part: &str) -> Option<(u32, u32)> {
    let mut words = part.split_whitespace();
    let month = words.next()?.trim_end_matches('.').to_lowercase();
    let month = MONTHS.iter().position(|m| month.starts_with(m))? as u32 + 1;
    Some((month, words.next()?.parse().ok()?))
}

fn is_place_in_capitals(place: &str) -> bool {
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || " .'\u{2019}-/".contains(c))
        && place.chars().next().is_some_and(char::is_uppercase)
}

fn is_month_day(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let (Some(month), Some(day), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let month = month.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .any(|m| month.starts_with(m) && month.len() <= 9)
        && day.len() <= 2
        && day.chars().all(|c| c.is_ascii_digit())
}

fn is_year(part: &str) -> bool {
    part.len() == 4 && part.chars().all(|c| c.is_ascii_digit())
}

/// What follows a dateline's city: a state or country of up to three words ("N.Y.", "New
/// South Wales").
fn is_region(part: &str) -> bool {
    crate::understand::entities::written_as_a_name(part, 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(text: &str) -> Option<(String, Option<String>, String)> {
        split_dateline(text).map(|(d, _, rest)| (d.place, d.agency, rest.to_owned()))
    }

    /// Place, region and country.
    fn where_(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        split_dateline(text).map(|(d, _, _)| (d.place, d.region, d.country))
    }

    fn strings(
        place: &str,
        region: Option<&str>,
        country: Option<&str>,
    ) -> Option<(String, Option<String>, Option<String>)> {
        Some((
            place.into(),
            region.map(Into::into),
            country.map(Into::into),
        ))
    }

    #[test]
    fn datelines_without_an_agency_give_the_place() {
        assert_eq!(
            dateline("HOUSTON, March 2 - Oil prices fell."),
            Some(("HOUSTON".into(), None, "Oil prices fell.".into()))
        );
        assert_eq!(
            dateline("LONDON, Jan 5 (AFP) - Talks began."),
            Some(("LONDON".into(), Some("AFP".into()), "Talks began.".into()))
        );
        assert_eq!(
            dateline("WASHINGTON \u{2014} The Senate voted."),
            Some(("WASHINGTON".into(), None, "The Senate voted.".into()))
        );
        assert_eq!(
            dateline("NEW YORK -- \"It is over,\" he said."),
            Some(("NEW YORK".into(), None, "\"It is over,\" he said.".into()))
        );
    }

    #[test]
    fn a_place_alone_must_be_known_and_followed_by_a_sentence() {
        assert_eq!(dateline("NATO \u{2014} The alliance met."), None);
        assert_eq!(dateline("BREAKING \u{2014} The Senate voted."), None);
        assert_eq!(dateline("WASHINGTON \u{2014} and the rest."), None);
    }

    #[test]
    fn a_us_state_or_a_country_after_the_place_is_kept_as_what_it_names() {
        assert_eq!(
            where_("COMMACK, N.Y., Feb 26 - The company said."),
            strings("COMMACK", Some("New York"), Some("United States"))
        );
        assert_eq!(
            where_("SAN JOSE, Calif. (Reuters) - Text."),
            strings("SAN JOSE", Some("California"), Some("United States"))
        );
        assert_eq!(
            where_("AUSTIN, TX \u{2014} Text."),
            strings("AUSTIN", Some("Texas"), Some("United States"))
        );
        assert_eq!(
            where_("BEIRUT, Lebanon (AP) \u{2014} Text."),
            strings("BEIRUT", Some("Lebanon"), Some("Lebanon"))
        );
        assert_eq!(
            where_("TBILISI, Georgia, March 3 - Text."),
            strings("TBILISI", Some("Georgia"), Some("Georgia"))
        );
        assert_eq!(
            where_("ATLANTA, Ga., March 3 - Text."),
            strings("ATLANTA", Some("Georgia"), Some("United States"))
        );
        assert_eq!(
            where_("TORONTO, Ontario, Canada (Reuters) - Text."),
            strings("TORONTO", Some("Ontario"), Some("Canada"))
        );
        assert_eq!(
            where_("WASHINGTON (Reuters) - Text."),
            strings("WASHINGTON", None, None)
        );
    }

    #[test]
    fn a_date_stated_in_full_is_the_publication_date() {
        let published = |text: &str| split_dateline(text).and_then(|(_, date, _)| date);
        assert_eq!(
            published("MOSCOW, March 3, 2014 (Reuters) - Talks began."),
            Some("2014-03-03".into())
        );
        assert_eq!(
            published("LONDON, Feb 26, 2004 - A storm hit."),
            Some("2004-02-26".into())
        );
        assert_eq!(
            published("MOSCOW, March 3 (Reuters) - No year, no date."),
            None
        );
        assert_eq!(published("WASHINGTON (Reuters) - No date at all."), None);
    }

    #[test]
    fn place_and_agency() {
        assert_eq!(
            dateline("WASHINGTON (Reuters) - The United States warned."),
            Some((
                "WASHINGTON".into(),
                Some("Reuters".into()),
                "The United States warned.".into()
            ))
        );
    }

    #[test]
    fn place_date_and_agency_or_region() {
        assert_eq!(
            dateline("MOSCOW, March 3 (Reuters) - Text.").unwrap().0,
            "MOSCOW"
        );
        assert_eq!(dateline("LONDON, May 19 - Text.").unwrap().1, None);
        assert_eq!(
            dateline("NEW YORK, May 19, 2016 (AP) \u{2014} Text.")
                .unwrap()
                .1
                .as_deref(),
            Some("AP")
        );
        assert_eq!(
            dateline("BEIRUT, Lebanon (AP) \u{2014} Text.").unwrap().0,
            "BEIRUT"
        );
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(dateline("The firm - which is large - grew."), None);
        assert_eq!(dateline("NATO - the alliance - met."), None);
        assert_eq!(dateline("US media giant TimeWarner (AOL) - said."), None);
        assert_eq!(dateline("WASHINGTON (Reuters) - "), None);
    }
}
