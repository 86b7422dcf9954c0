//! Dates as written (`May 19, 2016`, `19 May`, `Feb 26`, `February 2014`, `Thursday`) and
//! resolved to a day only when the article makes it certain.

use crate::article::DateMention;
use crate::pauses::{at_once, piece_ends, AtOnce, Pauses};
use crate::text::{fold, words, Word};

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub fn month_number(folded: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|m| *m == folded) {
        return Some(i as u32 + 1);
    }
    let abbreviated = match folded {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(abbreviated)
}

/// A date expression in a text, with what it states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// 0 = Monday.
    pub weekday: Option<u32>,
}

fn day_of(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year_of(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok()?;
    (word.len() == 4 && (1800..=2199).contains(&year)).then_some(year)
}

fn capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
}

/// Only spaces, a comma or a dot (after "Feb") stand between two words of one date.
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == ',' || c == '.')
        && b.start - a.end <= 3
}

/// The most words a date written after its weekday takes: "19 May 2016".
const DATE_WORDS: usize = 3;

pub fn find(text: &str) -> Vec<Found> {
    at_once(find_pausing(text, &mut AtOnce))
}

/// [`find`], pausing every few thousand words (`pauses.rs`).
pub async fn find_pausing(text: &str, pauses: &mut impl Pauses) -> Vec<Found> {
    let mut ws: Vec<Word> = Vec::new();
    for (n, word) in words(text).enumerate() {
        if piece_ends(n) {
            pauses.pause().await;
        }
        ws.push(word);
    }
    let mut found = Vec::new();
    let mut k = 0;
    let mut looked = 0;
    while k < ws.len() {
        looked += 1;
        if piece_ends(looked) {
            pauses.pause().await;
        }
        let w = &ws[k];
        let folded = fold(w.text);
        let next = |n: usize| ws.get(k + n).filter(|x| adjacent(text, &ws[k + n - 1], x));
        // A day and a month in words k and k + 1, either order, and a year after them if one is.
        let day_and_month = |month: u32, day: u32| {
            let year = next(2).and_then(|x| year_of(x.text));
            let used = if year.is_some() { 3 } else { 2 };
            let date = Found {
                start: w.start,
                end: ws[k + used - 1].end,
                year,
                month: Some(month),
                day: Some(day),
                weekday: None,
            };
            (date, used)
        };
        if capitalised(w.text) {
            if let Some(weekday) = WEEKDAYS.iter().position(|d| *d == folded) {
                let mut date = Found {
                    start: w.start,
                    end: w.end,
                    year: None,
                    month: None,
                    day: None,
                    weekday: Some(weekday as u32),
                };
                let mut used = 1;
                // "Thursday, May 19" and "Thursday 19 May" are one date.
                if let Some(rest) = ws.get(k + 1).filter(|x| adjacent(text, w, x)) {
                    // Only the words a date can take (day, month, year): reading the whole rest
                    // made every weekday re-read all the text after it, and each weekday there
                    // again, which never ended on a long paragraph.
                    let last = ws[(k + DATE_WORDS).min(ws.len() - 1)].end;
                    let rest_found = find(&text[rest.start..last]);
                    if let Some(f) = rest_found
                        .first()
                        .filter(|f| f.start == 0 && f.day.is_some())
                    {
                        date.end = rest.start + f.end;
                        date.year = f.year;
                        date.month = f.month;
                        date.day = f.day;
                        used = ws.iter().skip(k).take_while(|x| x.start < date.end).count();
                    }
                }
                found.push(date);
                k += used;
                continue;
            }
            if let Some(month) = month_number(&folded) {
                if let Some(day) = next(1).and_then(|x| day_of(x.text)) {
                    let (date, used) = day_and_month(month, day);
                    found.push(date);
                    k += used;
                    continue;
                }
                if let Some(year) = next(1).and_then(|x| year_of(x.text)) {
                    found.push(Found {
                        start: w.start,
                        end: ws[k + 1].end,
                        year: Some(year),
                        month: Some(month),
                        day: None,
                        weekday: None,
                    });
                    k += 2;
                    continue;
                }
            }
        }
        if let Some(day) = day_of(w.text) {
            if let Some(month) = next(1)
                .filter(|x| capitalised(x.text))
                .and_then(|x| month_number(&fold(x.text)))
            {
                let (date, used) = day_and_month(month, day);
                found.push(date);
                k += used;
                continue;
            }
        }
        k += 1;
    }
    found
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// 0 = Monday (Sakamoto's method).
pub fn weekday_of(year: i32, month: u32, day: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let sunday_based = (y + y / 4 - y / 100 + y / 400 + T[month as usize - 1] + day as i32) % 7;
    ((sunday_based + 6) % 7) as u32
}

fn iso(year: i32, month: u32, day: u32) -> Option<String> {
    (day <= days_in_month(year, month)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Resolves each found date with what the whole article states: a month and day takes the year
/// of a full date elsewhere in it; a weekday takes the day of a full date that falls on it.
pub fn resolve(found: &[(String, Found)]) -> Vec<DateMention> {
    let full: Vec<(i32, u32, u32)> = found
        .iter()
        .filter_map(|(_, f)| Some((f.year?, f.month?, f.day?)))
        .collect();
    let known_year = full.first().map(|d| d.0);
    found
        .iter()
        .map(|(text, f)| {
            let date = match (f.year.or(known_year), f.month, f.day, f.weekday) {
                (Some(y), Some(m), Some(d), weekday) => {
                    iso(y, m, d).filter(|_| weekday.is_none_or(|w| weekday_of(y, m, d) == w))
                }
                (_, None, None, Some(w)) => full
                    .iter()
                    .find(|&&(y, m, d)| weekday_of(y, m, d) == w)
                    .and_then(|&(y, m, d)| iso(y, m, d)),
                _ => None,
            };
            DateMention {
                text: text.clone(),
                date,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn many_weekdays_in_one_paragraph_are_each_read_once() {
        let text = "They met on Tuesday and again on Thursday, May 19, 2016. ".repeat(400);
        let found = find(&text);
        assert_eq!(found.len(), 800);
        assert_eq!(found[1].day, Some(19));
        assert_eq!(found[1].year, Some(2016));
    }

    use super::*;

    fn resolved(texts: &[&str]) -> Vec<(String, Option<String>)> {
        let found: Vec<(String, Found)> = texts
            .iter()
            .flat_map(|t| {
                find(t)
                    .into_iter()
                    .map(|f| (t[f.start..f.end].to_owned(), f))
            })
            .collect();
        resolve(&found)
            .into_iter()
            .map(|d| (d.text, d.date))
            .collect()
    }

    #[test]
    fn full_dates_and_weekdays_anchored_by_them() {
        assert_eq!(
            resolved(&[
                "a meeting in Brussels on May 19, 2016. (AFP photo)",
                "Speaking Thursday at the headquarters",
                "On Friday, the United States broke ground",
            ]),
            [
                ("May 19, 2016".into(), Some("2016-05-19".into())),
                ("Thursday".into(), Some("2016-05-19".into())),
                ("Friday".into(), None),
            ]
        );
    }

    #[test]
    fn day_month_orders_and_years_from_elsewhere() {
        assert_eq!(
            resolved(&["on 5 May 2005 and on Feb 26 and in February 2014"]),
            [
                ("5 May 2005".into(), Some("2005-05-05".into())),
                ("Feb 26".into(), Some("2005-02-26".into())),
                ("February 2014".into(), None),
            ]
        );
    }

    #[test]
    fn may_the_verb_and_lone_months_are_not_dates() {
        assert!(find("It may rain in May. Theresa May said").is_empty());
        assert_eq!(weekday_of(2016, 5, 19), 3);
    }
}
