//! From raw text to the headline and the text's own units (paragraphs or furniture lines).

use crate::pauses::{piece_ends, Pauses};

/// Lines this long or longer, followed by more text in the same block, read as hard-wrapped prose.
const WRAP_MIN_LINE: usize = 50;

/// Normalised text: no byte-order mark, `\n` line ends, no control characters but tabs.
pub async fn normalise(raw: &str, pauses: &mut impl Pauses) -> String {
    let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut normalised = String::with_capacity(unified.len());
    for (i, c) in unified.chars().enumerate() {
        if piece_ends(i) {
            pauses.pause().await;
        }
        normalised.push(match c {
            '\n' | '\t' => c,
            '\u{A0}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        });
    }
    normalised
}

/// Splits normalised text into its first non-empty line and the units after it.
///
/// Blank lines separate blocks. Inside a block, a line joins the next only when the block
/// looks hard-wrapped (long lines that do not end a sentence); otherwise every line is a unit
/// of its own, as site furniture like "SHARE THIS ARTICLE" usually is. Wire copy and typescript
/// mark paragraphs by an indent instead of a blank line: there every line at the margin
/// continues the one before, and every line indented deeper starts a unit.
pub fn split(text: &str) -> (String, Vec<String>) {
    let mut lines = text.lines().map(|raw| Line {
        indent: raw.len() - raw.trim_start().len(),
        text: raw.trim(),
    });
    let first = lines.by_ref().find(|l| !l.text.is_empty()).unwrap_or(Line {
        indent: 0,
        text: "",
    });
    let mut units = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let headline = if first.text.chars().count() > MAX_HEADLINE_CHARS {
        // A text without a headline line (a whole article on one line, say): the line is body
        // text, and its start names the article.
        let headline = headline_from(first.text);
        block.push(first);
        headline
    } else {
        first.text.to_owned()
    };
    for line in lines.chain(std::iter::once(Line {
        indent: 0,
        text: "",
    })) {
        if line.text.is_empty() {
            flush_block(&mut block, &mut units);
        } else {
            block.push(line);
        }
    }
    (headline, units)
}

/// A line without its surrounding white space, and how deep it was indented (in bytes of white
/// space: a tab counts as one, which is enough to compare two lines of one text).
#[derive(Clone, Copy)]
struct Line<'a> {
    indent: usize,
    text: &'a str,
}

/// Longer first lines are text, not a headline.
pub const MAX_HEADLINE_CHARS: usize = 200;
/// A headline made from text is cut near this many characters, at a word.
const MADE_HEADLINE_CHARS: usize = 100;

/// The first sentence of `text` when it is short enough, else its first words and an ellipsis.
fn headline_from(text: &str) -> String {
    // Sentences by the one splitter of `text.rs`, read only in a window a little longer than
    // a headline may be: the line can be megabytes long.
    let window = &text[..crate::text::floor_char_boundary(text, MAX_HEADLINE_CHARS * 4 + 4)];
    let first_sentence = crate::text::sentences(window)
        .into_iter()
        .next()
        .filter(|r| r.end < window.len() || window.len() == text.len())
        .map(|r| window[r].trim_end())
        .filter(|s| s.chars().count() <= MAX_HEADLINE_CHARS && s.ends_with(['.', '!', '?']));
    if let Some(sentence) = first_sentence {
        return sentence.to_owned();
    }
    let cut = text
        .char_indices()
        .nth(MADE_HEADLINE_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let at_word = text[..cut]
        .rfind(' ')
        .filter(|&i| i > cut / 2)
        .unwrap_or(cut);
    format!("{}\u{2026}", text[..at_word].trim_end())
}

fn flush_block(block: &mut Vec<Line>, units: &mut Vec<String>) {
    let indented = paragraphs_by_indent(block);
    let mut current: Option<String> = None;
    for (i, line) in block.iter().enumerate() {
        let wraps_into_next = block.get(i + 1).is_some_and(|next| match indented {
            Some(margin) => next.indent == margin && !starts_list_item(next.text),
            None => is_wrapped(line.text, next.text),
        });
        match current.as_mut() {
            Some(text) => {
                text.push(' ');
                text.push_str(line.text);
            }
            None => current = Some(line.text.to_owned()),
        }
        if !wraps_into_next {
            units.extend(current.take());
        }
    }
    block.clear();
}

/// The margin of a block whose paragraphs begin with an indent: a long line is continued at the
/// margin (the text is hard-wrapped) and, after the first line, some line stands deeper, not as
/// a list item (a paragraph starts). A list under a sentence is indented too, but nothing
/// continues at the margin; short lines of a web page indented by its markup are not wrapped.
fn paragraphs_by_indent(block: &[Line]) -> Option<usize> {
    let margin = block.iter().map(|l| l.indent).min()?;
    let wrapped = block
        .windows(2)
        .any(|w| w[0].text.chars().count() >= WRAP_MIN_LINE && w[1].indent == margin);
    let starts = block
        .iter()
        .skip(1)
        .any(|l| l.indent > margin && !starts_list_item(l.text));
    (wrapped && starts).then_some(margin)
}

fn is_wrapped(line: &str, next: &str) -> bool {
    let ends_sentence = line.ends_with(['.', '!', '?', ':', '"', '\u{201D}']);
    let next_continues = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_numeric());
    line.chars().count() >= WRAP_MIN_LINE
        && (!ends_sentence || next_continues)
        && !starts_list_item(next)
}

fn starts_list_item(line: &str) -> bool {
    ["- ", "* ", "\u{2022} ", "\u{2013} ", "\u{2014} "]
        .iter()
        .any(|marker| line.starts_with(marker))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pauses::{at_once, resumed_until_done, AtOnce, EveryPauseWaits, PIECE};

    #[test]
    fn normalising_a_long_text_pauses_every_few_thousand_characters() {
        let text = "a\u{A0}b\r\n".repeat(3 * PIECE);
        let (normalised, waits) = resumed_until_done(normalise(&text, &mut EveryPauseWaits));
        assert_eq!(normalised, "a b\n".repeat(3 * PIECE));
        // A pause at every PIECE-th character but the first.
        assert!(
            waits + 1 >= normalised.chars().count() / PIECE,
            "{waits} pauses"
        );
    }

    #[test]
    fn a_headline_made_from_a_long_line_is_its_first_sentence_past_abbreviations() {
        let line = format!(
            "Mr. Smith of the U.S. team said on Jan. 5 that the talks would go on. {}",
            "More text follows here and it runs on for a long while. ".repeat(5)
        );
        assert_eq!(
            headline_from(&line),
            "Mr. Smith of the U.S. team said on Jan. 5 that the talks would go on."
        );
        let unbroken = "word ".repeat(100);
        assert!(headline_from(&unbroken).ends_with('\u{2026}'));
    }

    #[test]
    fn a_first_line_too_long_for_a_headline_is_body_text() {
        let line = format!("Ministers met in Geneva. {}", "They talked. ".repeat(40));
        let (headline, units) = split(&format!("{line}\n\nMore.\n"));
        assert_eq!(headline, "Ministers met in Geneva.");
        assert_eq!(units, [line.trim(), "More."]);
        let (headline, _) = split(&"word ".repeat(100));
        assert!(
            headline.ends_with("word\u{2026}") && headline.len() < 110,
            "{headline}"
        );
        let (headline, _) = split(&"x".repeat(1_000));
        assert_eq!(headline.chars().count(), MADE_HEADLINE_CHARS + 1);
    }

    #[test]
    fn headline_is_first_non_empty_line_and_blank_lines_separate_units() {
        let (headline, units) = split("\n\nHeadline here\n\nFirst para.\n\nSecond para.\n");
        assert_eq!(headline, "Headline here");
        assert_eq!(units, ["First para.", "Second para."]);
    }

    #[test]
    fn short_adjacent_lines_stay_separate() {
        let (_, units) = split("H\n\nSHARE THIS ARTICLE\nPress TV News Roku");
        assert_eq!(units, ["SHARE THIS ARTICLE", "Press TV News Roku"]);
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let text = "H\n\nThe minister said on Tuesday that the plan would go ahead\nin spite of the protests.\n\nNext.";
        let (_, units) = split(text);
        assert_eq!(units, ["The minister said on Tuesday that the plan would go ahead in spite of the protests.", "Next."]);
    }

    #[test]
    fn a_deeper_indent_starts_a_paragraph_in_hard_wrapped_text() {
        let text = "H\n\nThe company said on Tuesday that its sales rose 12 pct in 1986.\nThe rise came from higher prices.\n    It said that its markets in Asia, in Europe and in America\n3M Co and eBay would buy more.\n    Shr 12 cts vs 15 cts\n    Net 1.2 mln vs 1.5 mln\n Reuter\n";
        let (_, units) = split(text);
        assert_eq!(
            units,
            [
                "The company said on Tuesday that its sales rose 12 pct in 1986. The rise came from higher prices.",
                "It said that its markets in Asia, in Europe and in America 3M Co and eBay would buy more.",
                "Shr 12 cts vs 15 cts",
                "Net 1.2 mln vs 1.5 mln",
                "Reuter"
            ]
        );
        // Every line indented alike, paragraphs deeper (as some copies of old wire text are).
        let (_, units) = split("H\n\n  The minister spoke to the house for an hour on Tuesday.\n  He left.\n      Then the vote came, late in the evening, after a long debate.\n  It passed.");
        assert_eq!(
            units,
            [
                "The minister spoke to the house for an hour on Tuesday. He left.",
                "Then the vote came, late in the evening, after a long debate. It passed."
            ]
        );
    }

    #[test]
    fn indented_short_lines_of_a_web_page_stay_apart() {
        let (_, units) = split("H\n\nSHARE THIS ARTICLE\n  Press TV News Roku\nMore");
        assert_eq!(units, ["SHARE THIS ARTICLE", "Press TV News Roku", "More"]);
    }

    #[test]
    fn list_items_are_never_joined() {
        let text = "H\n\n - An active control system which tries to balance the lift more finely\n - Streamlined cars";
        let (_, units) = split(text);
        assert_eq!(
            units,
            [
                "- An active control system which tries to balance the lift more finely",
                "- Streamlined cars"
            ]
        );
    }

    #[test]
    fn normalise_unifies_line_ends_and_drops_controls() {
        assert_eq!(
            at_once(normalise("\u{FEFF}a\r\nb\rc\u{0}d\u{A0}e", &mut AtOnce)),
            "a\nb\nc d e"
        );
    }
}
