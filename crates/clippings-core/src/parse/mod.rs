//! Plain text in, an understood [`Article`] out.
//!
//! The text's own layout is the evidence: the first line is the headline, blank lines end
//! paragraphs, a dateline opens the first paragraph, a parenthesised credit line or an author's
//! line closes the last, a wire agency signs off on a line of its own, captions carry a photo
//! credit and site furniture gathers at the end.

mod captions;
mod credits;
mod dateline;
mod furniture;
mod layout;

use crate::article::{Article, Caption, Credit};
use crate::pauses::{at_once, piece_ends, AtOnce, Pauses};
use crate::text::words;

/// Reading speed for `reading_minutes`, in words a minute.
const WORDS_PER_MINUTE: u32 = 230;
/// A byline is looked for among this many units after the headline.
const BYLINE_WINDOW: usize = 2;

enum Unit {
    Paragraph(String),
    Furniture(String),
    Caption(Caption),
    Credits(Vec<Credit>),
    /// A wire agency's name alone on the last line (`Reuter`), and the source it names.
    SignOff(String, &'static str),
}

/// Understands `raw` as an article with the given id. Never fails: odd text gives a sparse article.
pub fn parse(id: &str, raw: &str) -> Article {
    at_once(parse_pausing(id, raw, &mut AtOnce))
}

/// [`parse`], pausing between pieces of the work (`pauses.rs`): for the page, which gives
/// itself turns while it understands a large article. The article is the one [`parse`] gives.
pub async fn parse_pausing(id: &str, raw: &str, pauses: &mut impl Pauses) -> Article {
    let text = layout::normalise(raw, pauses).await;
    pauses.pause().await;
    let (headline, texts) = layout::split(&text);
    // The sign-off is the last unit, or the last before site furniture (a copyright line).
    let sign_off = texts
        .iter()
        .rposition(|t| !furniture::is_furniture(t))
        .and_then(|i| Some((i, furniture::sign_off_source(&texts[i])?)));
    let mut units: Vec<Unit> = Vec::with_capacity(texts.len());
    for (i, t) in texts.into_iter().enumerate() {
        pauses.pause().await;
        units.push(match sign_off {
            Some((at, source)) if at == i => Unit::SignOff(t, source),
            _ => classify(i, t),
        });
    }
    mark_trailing_furniture(&mut units);
    split_author_line(&mut units);

    let mut article = Article {
        id: id.to_owned(),
        headline: headline.into(),
        ..Article::default()
    };
    let mut signed_by = None;
    for unit in units {
        match unit {
            Unit::Paragraph(p) => article.paragraphs.push(p.into()),
            Unit::Furniture(f) => article.boilerplate.push(f),
            Unit::SignOff(line, source) => {
                article.boilerplate.push(line);
                signed_by = Some(source.to_owned());
            }
            Unit::Caption(c) => article.captions.push(c),
            // An author named by a byline at the top and by a line at the end is credited once.
            Unit::Credits(c) => {
                for credit in c {
                    if !article.credits.contains(&credit) {
                        article.credits.push(credit);
                    }
                }
            }
        }
    }
    split_closing_credits(&mut article);
    if let Some((dateline, published, rest)) = article
        .paragraphs
        .first()
        .and_then(|p| dateline::split_dateline(p))
    {
        let rest = rest.to_owned();
        article.paragraphs[0] = rest.into();
        article.dateline = Some(dateline);
        article.published = published;
    }
    article.source = article
        .dateline
        .as_ref()
        .and_then(|d| d.agency.clone())
        .or(signed_by)
        .or_else(|| {
            article
                .boilerplate
                .iter()
                .find_map(|b| furniture::source_named_by(b))
        });
    let mut counted = 0;
    for paragraph in &article.paragraphs {
        for _ in words(paragraph) {
            counted += 1;
            if piece_ends(counted) {
                pauses.pause().await;
            }
        }
    }
    article.word_count = u32::try_from(counted).unwrap_or(u32::MAX);
    article.reading_minutes = article.word_count.div_ceil(WORDS_PER_MINUTE);
    crate::understand::understand_pausing(&mut article, &Default::default(), pauses).await;
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
            // A sign-off ends the text: short lines before it (a wire story's table of figures)
            // are the story's, whatever follows.
            Unit::Caption(_) | Unit::Credits(_) | Unit::SignOff(..) => true,
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

/// An author's line closing the text (`Jane Doe is technology correspondent for The Example
/// Times.`): the last paragraph, after at least one other, becomes the author's byline.
fn split_author_line(units: &mut [Unit]) {
    let Some(last) = units.iter().rposition(|u| matches!(u, Unit::Paragraph(_))) else {
        return;
    };
    let body: Vec<&str> = units[..last]
        .iter()
        .filter_map(|u| match u {
            Unit::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    if body.is_empty() {
        return;
    }
    let Unit::Paragraph(line) = &units[last] else {
        return;
    };
    let named_in_body = |surname: &str| {
        body.iter()
            .any(|p| crate::text::words(p).any(|w| possessive_stripped(w.text) == surname))
    };
    if let Some(credits) = credits::parse_author_line(line, named_in_body) {
        units[last] = Unit::Credits(credits);
    }
}

/// `Doe's` and `Doe’s` name Doe.
fn possessive_stripped(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
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
            *last = body.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pauses::{resumed_until_done, EveryPauseWaits};

    #[test]
    fn an_article_read_with_pauses_is_the_article_read_at_once() {
        let seeds = [
            include_str!("../../../../seeds/000_df0dd7ac4370f8c6.txt"),
            include_str!("../../../../seeds/003_c854b23d348dd51a.txt"),
        ];
        let paragraph = "Mr Smith of the Equal Opportunities Commission (EOC) said on 5 May: \
                         \"We met Jane Brown in Geneva.\" She told Reuters the talks went on. ";
        let long = format!(
            "Talks go on\n\nBy Anna Green\n\nGENEVA, May 6 (Reuters) - {}\n\n{}\n\nReuters",
            paragraph.repeat(300),
            [paragraph; 300].join("\n\n"),
        );
        let one_line = paragraph.repeat(600);
        for text in seeds.into_iter().chain([long.as_str(), one_line.as_str()]) {
            let (article, waits) =
                resumed_until_done(parse_pausing("a", text, &mut EveryPauseWaits));
            assert!(waits > 0, "no pause in {} bytes", text.len());
            assert_eq!(article, parse("a", text));
        }
    }

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

    fn credits_of(a: &Article) -> Vec<(&str, &str)> {
        a.credits
            .iter()
            .map(|c| (c.role.as_str(), c.name.as_str()))
            .collect()
    }

    #[test]
    fn a_sign_off_alone_at_the_end_names_the_source_and_leaves_the_body() {
        for (sign_off, source) in [("Reuter", "Reuters"), ("REUTER", "Reuters"), ("AP", "AP")] {
            let a = parse(
                "x",
                &format!("Headline\n\nHOUSTON, March 2 - Output fell.\n\nNet 1.2 mln vs 1.5 mln\n\n{sign_off}\n"),
            );
            assert_eq!(a.source.as_deref(), Some(source), "{sign_off}");
            assert_eq!(a.boilerplate, [sign_off]);
            // The short line of figures before it stays the story's.
            assert_eq!(a.paragraphs, ["Output fell.", "Net 1.2 mln vs 1.5 mln"]);
        }
    }

    #[test]
    fn a_sign_off_may_stand_before_a_copyright_line() {
        let a = parse(
            "x",
            "Headline\n\nText.\n\nAFP\n\n\u{a9} 2016 AFP. All rights reserved.",
        );
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.paragraphs, ["Text."]);
        assert_eq!(a.boilerplate.len(), 2);
    }

    #[test]
    fn an_agency_named_in_a_sentence_or_mid_text_is_no_sign_off() {
        let a = parse(
            "x",
            "Headline\n\nText.\n\nThe figures were first reported by Reuters.",
        );
        assert_eq!(a.source, None);
        assert!(a.boilerplate.is_empty());
        let a = parse("x", "Headline\n\nReuters\n\nText about the agency.");
        assert_eq!(a.source, None);
        assert_eq!(a.paragraphs, ["Reuters", "Text about the agency."]);
    }

    #[test]
    fn the_dateline_agency_names_the_source_before_a_sign_off() {
        let a = parse("x", "Headline\n\nLONDON (AFP) - Text.\n\nReuter");
        assert_eq!(a.source.as_deref(), Some("AFP"));
    }

    #[test]
    fn an_authors_closing_line_is_a_byline_out_of_the_body() {
        let a = parse(
            "x",
            "Headline\n\nPhones got cheaper this year.\n\nJane Doe is technology correspondent for The Example Times.\n\nShare this story",
        );
        assert_eq!(a.paragraphs, ["Phones got cheaper this year."]);
        assert_eq!(credits_of(&a), [("byline", "Jane Doe")]);
        assert_eq!(a.boilerplate, ["Share this story"]);
    }

    #[test]
    fn an_author_with_a_byline_too_is_credited_once() {
        let a = parse(
            "x",
            "Headline\n\nBy Jane Doe\n\nPhones got cheaper.\n\nJane Doe is a freelance writer based in Leeds.",
        );
        assert_eq!(a.paragraphs, ["Phones got cheaper."]);
        assert_eq!(credits_of(&a), [("byline", "Jane Doe")]);
    }

    #[test]
    fn a_closing_line_alone_or_about_someone_in_the_story_stays_text() {
        let alone = "Jane Doe is technology correspondent for The Example Times.";
        let a = parse("x", &format!("Headline\n\n{alone}"));
        assert_eq!(a.paragraphs, [alone]);
        let about = "Jane Doe is a journalist who was held in Minsk for a year.";
        let a = parse(
            "x",
            &format!("Headline\n\nThe court freed Jane Doe on Monday.\n\n{about}"),
        );
        assert!(a.credits.is_empty());
        assert_eq!(a.paragraphs.last().map(|p| &**p), Some(about));
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
            .map(|p| &**p)
            .chain([&*a.headline])
            .all(|p| !p.chars().any(|c| c.is_control() && c != '\t')));
    }

    #[test]
    fn reading_minutes_round_up() {
        let body = "word ".repeat(231);
        assert_eq!(parse("x", &format!("H\n\n{body}")).reading_minutes, 2);
    }
}
