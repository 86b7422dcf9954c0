//! Site furniture: the lines a web page wraps around an article (share buttons, comment
//! notices, alternate addresses, copyright lines), told apart from the article's own text.

use std::sync::OnceLock;

/// Phrases that mark a short unit as furniture wherever it stands (lower case).
const FURNITURE_PHRASES: &[&str] = &[
    "article commenting",
    "comments are closed",
    "comment on this article",
    "community guidelines",
    "alternate address",
    "can also be accessed at",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "all rights reserved",
    "click here to",
    "sign up for our",
    "subscribe to our",
    "follow us on",
    "download our app",
    "terms of use",
    "privacy policy",
    "may not be published, broadcast, rewritten or redistributed",
    "read more:",
    "related articles",
    "related stories",
    "related coverage",
];

/// Lines that are furniture when they are the whole unit (lower case).
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "related",
    "more",
];

/// Units longer than this are prose, whatever phrases they contain.
const MAX_FURNITURE_WORDS: usize = 60;
/// Short, unpunctuated units in a run of furniture at the end are furniture too.
const MAX_TRAILING_WORDS: usize = 6;

/// A unit that is furniture wherever it stands.
pub fn is_furniture(unit: &str) -> bool {
    // Counted before the unit is lowered: a paragraph of megabytes stops at the word past the
    // bound. (Lowering a character never makes it a space or a space a character.)
    if unit.split_whitespace().nth(MAX_FURNITURE_WORDS).is_some() {
        return false;
    }
    let lower = unit.trim().to_lowercase();
    FURNITURE_LINES.contains(&lower.trim_end_matches([':', '.']))
        || is_bare_address(&lower)
        || is_copyright(&lower)
        || FURNITURE_PHRASES.iter().any(|p| lower.contains(p))
}

/// A short line without sentence punctuation: furniture when it stands among furniture.
pub fn is_furniture_like(unit: &str) -> bool {
    let unit = unit.trim();
    unit.split_whitespace().count() <= MAX_TRAILING_WORDS
        && !unit.ends_with(['.', '!', '?', '"', '\u{201D}'])
}

fn is_bare_address(lower: &str) -> bool {
    if lower.contains(char::is_whitespace) {
        return false;
    }
    let host = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let has_scheme = host.len() != lower.len();
    has_scheme
        || host.starts_with("www.")
        || (host.contains('.')
            && [".com", ".org", ".net", ".co.uk", ".ir", ".tv"]
                .iter()
                .any(|tld| host.trim_end_matches('/').ends_with(tld)))
}

fn is_copyright(lower: &str) -> bool {
    lower.starts_with('\u{a9}') || lower.starts_with("copyright ") || lower.starts_with("(c) ")
}

/// The source a wire agency's sign-off names (`Reuter` → Reuters): the unit is only the agency's
/// name, as written in `data/wire_signoffs.txt` or in capitals, with or without a full stop.
pub fn sign_off_source(unit: &str) -> Option<&'static str> {
    static SIGN_OFFS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let sign_offs = SIGN_OFFS.get_or_init(|| {
        include_str!("../../data/wire_signoffs.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .flat_map(|line| {
                let (source, others) = line.split_once('=').unwrap_or((line, ""));
                let source = source.trim();
                std::iter::once(source)
                    .chain(others.split(';').map(str::trim))
                    .filter(|form| !form.is_empty())
                    .map(move |form| (form, source))
            })
            .collect()
    });
    let unit = unit.trim();
    let unit = unit.strip_suffix('.').unwrap_or(unit);
    sign_offs
        .iter()
        .find(|(form, _)| unit == *form || (unit == form.to_uppercase() && unit.len() > 1))
        .map(|&(_, source)| source)
}

/// The outlet a trailer names: `Press TV’s website can ...`, `© 2016 Reuters`, `Copyright BBC`.
pub fn source_named_by(furniture: &str) -> Option<String> {
    let line = furniture.trim();
    for marker in [
        "\u{2019}s website",
        "'s website",
        "\u{2019}s site",
        "'s site",
        "\u{2019}s app",
        "'s app",
    ] {
        if let Some(at) = line.find(marker) {
            return plausible_source(&line[..at]);
        }
    }
    let lower = line.to_lowercase();
    let rest = ["\u{a9}", "copyright", "(c)"]
        .iter()
        .find_map(|lead| lower.starts_with(lead).then(|| &line[lead.len()..]))?;
    let rest = rest.trim_start_matches(|c: char| {
        c == '\u{a9}' || c.is_whitespace() || c.is_ascii_digit() || c == '-'
    });
    let name = rest.split(['.', ',', '|']).next().unwrap_or_default();
    plausible_source(
        name.trim_end_matches(" all rights reserved")
            .trim_end_matches(" All rights reserved"),
    )
}

fn plausible_source(name: &str) -> Option<String> {
    let name = name.trim();
    let words: Vec<_> = name.split_whitespace().collect();
    ((1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        }))
    .then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_by_phrase_and_shape() {
        assert!(is_furniture("SHARE THIS ARTICLE"));
        assert!(is_furniture("www.presstv.co.uk"));
        assert!(is_furniture("https://example.com/a"));
        assert!(is_furniture(
            "Press TV\u{2019}s website can also be accessed at the following alternate addresses:"
        ));
        assert!(is_furniture("Our goal is to create a safe and engaging place. In order to improve our community experience, we are temporarily suspending article commenting"));
        assert!(is_furniture("\u{a9} 2016 Reuters. All rights reserved."));
    }

    #[test]
    fn prose_is_not_furniture() {
        assert!(!is_furniture(
            "Time Warner said on Friday that it now owns 8% of search-engine Google."
        ));
        assert!(!is_furniture("He said 3.5 was the figure."));
        assert!(!is_furniture("Share prices rose."));
        assert!(!is_furniture_like("Share prices rose."));
        assert!(is_furniture_like("Press TV News Roku"));
    }

    #[test]
    fn wire_sign_offs_name_their_agency() {
        for (line, source) in [
            ("Reuter", "Reuters"),
            ("REUTER", "Reuters"),
            ("Reuters", "Reuters"),
            (" Reuter.", "Reuters"),
            ("AP", "AP"),
            ("AFP", "AFP"),
        ] {
            assert_eq!(sign_off_source(line), Some(source), "{line}");
        }
        for line in ["reuter", "Reuters said", "Ap", "BBC", ""] {
            assert_eq!(sign_off_source(line), None, "{line}");
        }
    }

    #[test]
    fn sources_named_in_trailers() {
        assert_eq!(
            source_named_by("Press TV\u{2019}s website can also be accessed at:").as_deref(),
            Some("Press TV")
        );
        assert_eq!(
            source_named_by("\u{a9} 2016 Reuters. All rights reserved.").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            source_named_by("Copyright 2005 BBC").as_deref(),
            Some("BBC")
        );
        assert_eq!(source_named_by("SHARE THIS ARTICLE"), None);
    }
}
