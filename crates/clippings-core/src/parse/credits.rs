//! Credit lines: `(Reporting by A and B; Editing by C)` and bylines (`By Jane Smith`).

use crate::article::Credit;

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

fn looks_like_name(name: &str) -> bool {
    let words: Vec<_> = name.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
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
    fn bylines() {
        assert_eq!(
            pairs(&parse_byline("By Jane Smith and John Doe").unwrap()),
            [("byline", "Jane Smith"), ("byline", "John Doe")]
        );
        assert_eq!(parse_byline("By the end of the year, prices rose."), None);
    }
}
