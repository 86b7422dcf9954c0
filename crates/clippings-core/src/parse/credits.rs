//! Credit lines: `(Reporting by A and B; Editing by C)` and bylines (`By Jane Smith`).

use crate::article::Credit;
use std::collections::HashSet;
use std::sync::OnceLock;

/// An author's line is one sentence of at most this many words.
const MAX_AUTHOR_LINE_WORDS: usize = 40;

/// The roles a credit line may name, as written (lower case) and as reported.
const ROLES: [(&str, &str); 10] = [
    ("additional reporting", "additional reporting"),
    ("reporting", "reporting"),
    ("writing", "writing"),
    ("written", "writing"),
    ("editing", "editing"),
    ("edited", "editing"),
    ("compiled", "compiled"),
    ("compiling", "compiled"),
    ("graphics", "graphics"),
    ("photos", "photos"),
];

/// Splits a trailing parenthesised credit line off `paragraph`: the text before it and the credits.
pub fn split_trailing_credits(paragraph: &str) -> Option<(&str, Vec<Credit>)> {
    let inner_end = paragraph.trim_end().strip_suffix(')')?.len();
    let open = paragraph[..inner_end].rfind('(')?;
    let credits = parse_credit_list(&paragraph[open + 1..inner_end])?;
    Some((paragraph[..open].trim_end(), credits))
}

/// Credits from `Reporting by A and B; Editing by C`, or `None` if it is not a credit list.
pub fn parse_credit_list(list: &str) -> Option<Vec<Credit>> {
    let mut credits = Vec::new();
    for piece in list.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let lower = piece.to_lowercase();
        let (written, role) = ROLES
            .iter()
            .find(|(written, _)| lower.starts_with(written))?;
        let rest = piece[written.len()..].trim_start();
        let names = rest
            .strip_prefix("by ")
            .or_else(|| rest.strip_prefix("By "))?;
        for name in split_names(names) {
            credits.push(Credit {
                role: (*role).to_owned(),
                name,
            });
        }
    }
    (!credits.is_empty()).then_some(credits)
}

/// A line that is only a byline: `By Jane Smith`, `By Jane Smith and John Doe`.
pub fn parse_byline(line: &str) -> Option<Vec<Credit>> {
    let names = line.strip_prefix("By ")?.trim();
    if names.split_whitespace().count() > 8 || names.ends_with('.') {
        return None;
    }
    let names: Vec<String> = split_names(names);
    let all_names = names.iter().all(|n| looks_like_name(n));
    (all_names && !names.is_empty()).then(|| {
        names
            .into_iter()
            .map(|name| Credit {
                role: "byline".to_owned(),
                name,
            })
            .collect()
    })
}

/// An author's closing line: `Jane Doe is technology correspondent for The Example Times.`,
/// `Al Bo and Cy Do are freelance writers based in Lima.` The names (two to four capitalised
/// words each) come first, then `is`/`are` and a sentence naming a writing job
/// (`data/author_roles.txt`). `named_in_body` tells whether a surname is in the article's text:
/// an author does not write about themself, while a story's last paragraph that says who someone
/// in it is (`Jane Doe is a journalist who was held for a year.`) names them earlier.
pub fn parse_author_line(line: &str, named_in_body: impl Fn(&str) -> bool) -> Option<Vec<Credit>> {
    let line = line
        .trim()
        .trim_start_matches(['*', '-', '\u{2014}', '\u{2013}'])
        .trim_start();
    let sentence = line.strip_suffix('.')?;
    if sentence.split_whitespace().count() > MAX_AUTHOR_LINE_WORDS
        || sentence.contains(['!', '?', ';', '"', '\u{201C}'])
        || sentence.contains(". ")
    {
        return None;
    }
    let (names, predicate) = sentence
        .split_once(" is ")
        .filter(|(names, _)| !names.contains(" and "))
        .or_else(|| sentence.split_once(" are "))?;
    let names: Vec<&str> = names.split(" and ").map(str::trim).collect();
    let all_full_names = names
        .iter()
        .all(|n| looks_like_name(n) && n.split_whitespace().count() >= 2);
    let names_a_job = predicate
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| author_roles().contains(w.trim_end_matches('s')) || author_roles().contains(w));
    let strangers = names.iter().all(|n| {
        n.split_whitespace()
            .last()
            .is_some_and(|surname| !named_in_body(surname))
    });
    (all_full_names && names_a_job && strangers).then(|| {
        names
            .into_iter()
            .map(|name| Credit {
                role: "byline".to_owned(),
                name: name.to_owned(),
            })
            .collect()
    })
}

fn author_roles() -> &'static HashSet<&'static str> {
    static ROLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ROLES.get_or_init(|| {
        include_str!("../../data/author_roles.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn split_names(names: &str) -> Vec<String> {
    names
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(|name| {
            strip_location(name.trim())
                .trim_end_matches(['.', ','])
                .to_owned()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// `David Brunnstrom in Washington` names David Brunnstrom.
fn strip_location(name: &str) -> &str {
    match name.find(" in ") {
        Some(at) => &name[..at],
        None => name,
    }
}

/// A credit's name: one to four capitalised words ("Jane Doe", "Jean-Claude Van Damme").
fn looks_like_name(name: &str) -> bool {
    crate::understand::entities::written_as_a_name(name, 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(credits: &[Credit]) -> Vec<(&str, &str)> {
        credits
            .iter()
            .map(|c| (c.role.as_str(), c.name.as_str()))
            .collect()
    }

    #[test]
    fn reuters_credit_line() {
        let (body, credits) = split_trailing_credits(
            "He said it. (Reporting by David Brunnstrom and Doina Chiacu; Editing by Sandra Maler)",
        )
        .unwrap();
        assert_eq!(body, "He said it.");
        assert_eq!(
            pairs(&credits),
            [
                ("reporting", "David Brunnstrom"),
                ("reporting", "Doina Chiacu"),
                ("editing", "Sandra Maler")
            ]
        );
    }

    #[test]
    fn additional_reporting_with_places_and_lists() {
        let credits = parse_credit_list(
            "Additional reporting by Ann Lee in Paris, Bo Ek and Cy Do; Writing by Di Fa",
        )
        .unwrap();
        assert_eq!(
            pairs(&credits),
            [
                ("additional reporting", "Ann Lee"),
                ("additional reporting", "Bo Ek"),
                ("additional reporting", "Cy Do"),
                ("writing", "Di Fa")
            ]
        );
    }

    #[test]
    fn ordinary_parentheses_are_not_credits() {
        assert_eq!(split_trailing_credits("Profits rose (up 5%)"), None);
        assert_eq!(
            split_trailing_credits("the Securities Exchange Commission (SEC)"),
            None
        );
        assert_eq!(parse_credit_list("reporting season by and large"), None);
    }

    #[test]
    fn authors_closing_lines_are_bylines() {
        let nobody = |_: &str| false;
        assert_eq!(
            pairs(
                &parse_author_line(
                    "Jane Doe is technology correspondent for The Example Times.",
                    nobody
                )
                .unwrap()
            ),
            [("byline", "Jane Doe")]
        );
        assert_eq!(
            pairs(
                &parse_author_line("Omar Vale is a freelance writer based in Lisbon.", nobody)
                    .unwrap()
            ),
            [("byline", "Omar Vale")]
        );
        assert_eq!(
            pairs(
                &parse_author_line(
                    "Al Bo and Cy Do are reporters at the Daily Example.",
                    nobody
                )
                .unwrap()
            ),
            [("byline", "Al Bo"), ("byline", "Cy Do")]
        );
    }

    #[test]
    fn closing_sentences_about_people_in_the_story_are_not_bylines() {
        let nobody = |_: &str| false;
        // Named in the story: the last paragraph says who they are.
        assert_eq!(
            parse_author_line("Jane Doe is a journalist who was held for a year.", |s| s
                == "Doe"),
            None
        );
        // No writing job, one name, not a sentence, two sentences.
        for line in [
            "John Smith is the new chairman of the company.",
            "Smith is a reporter for the Example Times.",
            "Jane Doe is technology correspondent for The Example Times",
            "It was late. Jane Doe is a reporter for the Example Times.",
            "The reporters are Jane Doe and John Roe.",
        ] {
            assert_eq!(parse_author_line(line, nobody), None, "{line}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(
            pairs(&parse_byline("By Jane Smith and John Doe").unwrap()),
            [("byline", "Jane Smith"), ("byline", "John Doe")]
        );
        assert_eq!(parse_byline("By the end of the year, prices rose."), None);
    }
}
