//! Plain text in, an understood [`Article`] out.
//!
//! The text's own layout is the evidence: the first line is the headline, blank lines end
//! paragraphs, a dateline opens the first paragraph, a parenthesised credit line closes the
//! last, captions carry a photo credit and site furniture gathers at the end.

mod captions;
mod credits;
mod dateline;
mod furniture;
mod layout;

use crate::article::{Article, Caption, Credit};
use crate::text::word_count;

/// Reading speed for `reading_minutes`, in words a minute.
const WORDS_PER_MINUTE: u32 = 230;
/// A byline is looked for among this many units after the headline.
const BYLINE_WINDOW: usize = 2;

enum Unit {
    Paragraph(String),
    Furniture(String),
    Caption(Caption),
    Credits(Vec<Credit>),
}

/// Understands `raw` as an article with the given id. Never fails: odd text gives a sparse article.
pub fn parse(id: &str, raw: &str) -> Article {
    let text = layout::normalise(raw);
    let (headline, texts) = layout::split(&text);
    let mut units: Vec<Unit> = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| classify(i, t))
        .collect();
    mark_trailing_furniture(&mut units);

    let mut article = Article {
        id: id.to_owned(),
        headline,
        ..Article::default()
    };
    for unit in units {
        match unit {
            Unit::Paragraph(p) => article.paragraphs.push(p),
            Unit::Furniture(f) => article.boilerplate.push(f),
            Unit::Caption(c) => article.captions.push(c),
            Unit::Credits(c) => article.credits.extend(c),
        }
    }
    split_closing_credits(&mut article);
    if let Some((dateline, published, rest)) = article
        .paragraphs
        .first()
        .and_then(|p| dateline::split_dateline(p))
    {
        let rest = rest.to_owned();
        article.paragraphs[0] = rest;
        article.dateline = Some(dateline);
        article.published = published;
    }
    article.source = article
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or_else(|| {
            article
                .boilerplate
                .iter()
                .find_map(|b| furniture::source_named_by(b))
        });
    let words: usize = article.paragraphs.iter().map(|p| word_count(p)).sum();
    article.word_count = u32::try_from(words).unwrap_or(u32::MAX);
    article.reading_minutes = article.word_count.div_ceil(WORDS_PER_MINUTE);
    crate::understand::understand(&mut article);
    article
}

fn classify(position: usize, text: String) -> Unit {
    if let Some(caption) = captions::parse_caption(&text) {
        return Unit::Caption(caption);
    }
    if furniture::is_furniture(&text) {
        return Unit::Furniture(text);
    }
    let credit_line = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(&text);
    if let Some(credits) = credits::parse_credit_list(credit_line) {
        return Unit::Credits(credits);
    }
    if position < BYLINE_WINDOW {
        if let Some(credits) = credits::parse_byline(&text) {
            return Unit::Credits(credits);
        }
    }
    Unit::Paragraph(text)
}

/// Short unpunctuated lines at the end join the furniture they stand among ("Press TV News Roku"
/// after "SHARE THIS ARTICLE"); without furniture beside them they stay text.
fn mark_trailing_furniture(units: &mut [Unit]) {
    let run_start = units
        .iter()
        .rposition(|u| match u {
            Unit::Furniture(_) => false,
            Unit::Paragraph(p) => !furniture::is_furniture_like(p),
            Unit::Caption(_) | Unit::Credits(_) => true,
        })
        .map_or(0, |i| i + 1);
    let run = &mut units[run_start..];
    if !run.iter().any(|u| matches!(u, Unit::Furniture(_))) {
        return;
    }
    for unit in run {
        if let Unit::Paragraph(p) = unit {
            *unit = Unit::Furniture(std::mem::take(p));
        }
    }
}

/// A credit line in parentheses that closes the last paragraph (as Reuters' one-line bodies do).
fn split_closing_credits(article: &mut Article) {
    let Some(last) = article.paragraphs.last_mut() else {
        return;
    };
    if let Some((body, credits)) = credits::split_trailing_credits(last) {
        let body = body.to_owned();
        article.credits.extend(credits);
        if body.is_empty() {
            article.paragraphs.pop();
        } else {
            *last = body;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_text_give_an_empty_article() {
        for text in ["", "\n\n  \n", "\u{FEFF}"] {
            let a = parse("x", text);
            assert_eq!(a.headline, "");
            assert!(a.paragraphs.is_empty());
            assert_eq!(a.word_count, 0);
            assert_eq!(a.reading_minutes, 0);
        }
    }

    #[test]
    fn trailing_short_lines_without_furniture_stay_text() {
        let a = parse("x", "Headline\n\nA paragraph.\n\nThe end of it");
        assert_eq!(a.paragraphs, ["A paragraph.", "The end of it"]);
        assert!(a.boilerplate.is_empty());
    }

    #[test]
    fn credit_line_on_its_own_and_byline() {
        let a = parse(
            "x",
            "Headline\n\nBy Jane Smith\n\nText here.\n\n(Reporting by Al Bo; Editing by Cy Do)",
        );
        assert_eq!(a.paragraphs, ["Text here."]);
        let names: Vec<_> = a
            .credits
            .iter()
            .map(|c| (c.role.as_str(), c.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("byline", "Jane Smith"),
                ("reporting", "Al Bo"),
                ("editing", "Cy Do")
            ]
        );
    }

    #[test]
    fn a_huge_line_and_binary_junk_give_sparse_articles() {
        let huge = "word ".repeat(1_000_000);
        let a = parse("x", &format!("Headline\n\n{huge}"));
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.word_count, 1_000_000);
        let junk: Vec<u8> = (0..100_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        let a = parse("junk", &String::from_utf8_lossy(&junk));
        assert!(a
            .paragraphs
            .iter()
            .chain([&a.headline])
            .all(|p| !p.chars().any(|c| c.is_control() && c != '\t')));
    }

    #[test]
    fn reading_minutes_round_up() {
        let body = "word ".repeat(231);
        assert_eq!(parse("x", &format!("H\n\n{body}")).reading_minutes, 2);
    }
}
