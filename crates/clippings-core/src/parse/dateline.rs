//! Datelines: `WASHINGTON (Reuters) - `, `MOSCOW, March 3 (Reuters) - `, `BEIRUT, Lebanon (AP) — `.

use crate::article::Dateline;

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
    let mut has_region = false;
    let mut month_day = None;
    let mut year = None;
    for part in parts {
        if is_month_day(part) {
            has_date = true;
            month_day = month_and_day(part);
        } else if is_year(part) && has_date {
            year = part.parse::<u32>().ok();
        } else if is_region(part) && !has_date {
            has_region = true;
        } else {
            return None;
        }
    }
    if agency.is_none() && !has_date && !has_region {
        return None;
    }
    if rest.is_empty() {
        return None;
    }
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
        },
        published,
        rest,
    ))
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

fn is_region(part: &str) -> bool {
    let words: Vec<_> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(text: &str) -> Option<(String, Option<String>, String)> {
        split_dateline(text).map(|(d, _, rest)| (d.place, d.agency, rest.to_owned()))
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
