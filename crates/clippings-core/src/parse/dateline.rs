//! Datelines: `WASHINGTON (Reuters) - `, `MOSCOW, March 3 (Reuters) - `, `BEIRUT, Lebanon (AP) — `.

use crate::article::Dateline;

const SEPARATORS: [&str; 4] = [" - ", " -- ", " \u{2014} ", " \u{2013} "];
const MAX_DATELINE_LEN: usize = 80;
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The dateline at the start of `paragraph`, and the paragraph without it.
pub fn split_dateline(paragraph: &str) -> Option<(Dateline, &str)> {
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
    for part in parts {
        if is_month_day(part) {
            has_date = true;
        } else if is_year(part) && has_date {
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
    Some((
        Dateline {
            place: place.to_owned(),
            agency,
        },
        rest,
    ))
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
        split_dateline(text).map(|(d, rest)| (d.place, d.agency, rest.to_owned()))
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
