//! From raw text to the headline and the text's own units (paragraphs or furniture lines).

/// Lines this long or longer, followed by more text in the same block, read as hard-wrapped prose.
const WRAP_MIN_LINE: usize = 50;

/// Normalised text: no byte-order mark, `\n` line ends, no control characters but tabs.
pub fn normalise(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            '\u{A0}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Splits normalised text into its first non-empty line and the units after it.
///
/// Blank lines separate blocks. Inside a block, a line joins the next only when the block
/// looks hard-wrapped (long lines that do not end a sentence); otherwise every line is a unit
/// of its own, as site furniture like "SHARE THIS ARTICLE" usually is.
pub fn split(text: &str) -> (String, Vec<String>) {
    let mut lines = text.lines().map(str::trim);
    let first = lines.by_ref().find(|l| !l.is_empty()).unwrap_or_default();
    let mut units = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let headline = if first.chars().count() > MAX_HEADLINE_CHARS {
        // A text without a headline line (a whole article on one line, say): the line is body
        // text, and its start names the article.
        block.push(first);
        headline_from(first)
    } else {
        first.to_owned()
    };
    for line in lines.chain(std::iter::once("")) {
        if line.is_empty() {
            flush_block(&mut block, &mut units);
        } else {
            block.push(line);
        }
    }
    (headline, units)
}

/// Longer first lines are text, not a headline.
pub const MAX_HEADLINE_CHARS: usize = 200;
/// A headline made from text is cut near this many characters, at a word.
const MADE_HEADLINE_CHARS: usize = 100;

/// The first sentence of `text` when it is short enough, else its first words and an ellipsis.
fn headline_from(text: &str) -> String {
    let first_sentence = text
        .char_indices()
        .take(MAX_HEADLINE_CHARS)
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| &text[..i + c.len_utf8()]);
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

fn flush_block(block: &mut Vec<&str>, units: &mut Vec<String>) {
    let mut current: Option<String> = None;
    for (i, line) in block.iter().enumerate() {
        let wraps_into_next = i + 1 < block.len() && is_wrapped(line, block[i + 1]);
        match current.as_mut() {
            Some(text) => {
                text.push(' ');
                text.push_str(line);
            }
            None => current = Some((*line).to_owned()),
        }
        if !wraps_into_next {
            units.extend(current.take());
        }
    }
    block.clear();
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
        assert_eq!(normalise("\u{FEFF}a\r\nb\rc\u{0}d\u{A0}e"), "a\nb\nc d e");
    }
}
