//! Direct and partial quotes, and who said them: the cue verb on either side of a quote names
//! the speaker, pronouns and descriptions point back to a person already named, and a quote with
//! no cue continues the one before it.

use super::gazetteer::{gazetteer, Kind};
use super::Resolved;
use crate::text::{fold, words};

/// A quoted passage in a paragraph, in bytes: the marks and the words between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage {
    pub mark_start: usize,
    pub start: usize,
    pub end: usize,
    pub mark_end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Curly,
    Single,
}

/// The quoted passages of a paragraph. A straight mark that opens a word while a passage is open
/// starts a new passage: BBC texts lost the closing mark where a paragraph break was.
pub fn passages(text: &str) -> Vec<Passage> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut open: Option<(usize, usize, Mark)> = None;
    let before = |i: usize| if i == 0 { ' ' } else { chars[i - 1].1 };
    let after = |i: usize| chars.get(i + 1).map_or(' ', |c| c.1);
    let close = |found: &mut Vec<Passage>, from: (usize, usize, Mark), at: usize, mark_end| {
        let inner = text[from.1..at].trim_end();
        found.push(Passage {
            mark_start: from.0,
            start: from.1,
            end: from.1 + inner.len(),
            mark_end,
        });
    };
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next_at = at + c.len_utf8();
        let (prev, next) = (before(i), after(i));
        let opens_word = (prev.is_whitespace() || prev == '(' || i == 0) && !next.is_whitespace();
        match (c, open) {
            ('"', Some(o)) if o.2 == Mark::Straight => {
                if opens_word && text[o.1..at].trim().len() > 1 {
                    close(&mut found, o, at, at);
                    open = Some((at, next_at, Mark::Straight));
                } else {
                    close(&mut found, o, at, next_at);
                    open = None;
                }
            }
            ('\u{201C}', Some(o)) if o.2 == Mark::Curly => {
                close(&mut found, o, at, at);
                open = Some((at, next_at, Mark::Curly));
            }
            ('\u{201D}', Some(o)) if o.2 != Mark::Single => {
                close(&mut found, o, at, next_at);
                open = None;
            }
            ('"', None) | ('"', Some((_, _, Mark::Single))) => {
                open = Some((at, next_at, Mark::Straight));
            }
            ('\u{201C}', None) | ('\u{201C}', Some((_, _, Mark::Single))) => {
                open = Some((at, next_at, Mark::Curly));
            }
            ('\'' | '\u{2018}', None) if opens_word && next.is_alphanumeric() => {
                open = Some((at, next_at, Mark::Single));
            }
            ('\'' | '\u{2019}', Some(o)) if o.2 == Mark::Single => {
                let ends_word = !prev.is_whitespace()
                    && (next.is_whitespace()
                        || next.is_ascii_punctuation()
                        || i + 1 == chars.len());
                if ends_word {
                    close(&mut found, o, at, next_at);
                    open = None;
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open.filter(|o| o.2 != Mark::Single) {
        close(&mut found, o, text.len(), text.len());
    }
    found.retain(|p| words(&text[p.start..p.end]).count() >= 2);
    found
}

const PRONOUNS_OF_PEOPLE: &[&str] = &["he", "she", "him", "her"];
const PRONOUNS_OF_GROUPS: &[&str] = &["they", "it", "we"];
const GROUP_NOUNS: &[&str] = &[
    "company",
    "firm",
    "club",
    "party",
    "group",
    "bank",
    "government",
    "ministry",
    "department",
    "union",
    "association",
    "organisation",
    "organization",
    "body",
    "regulator",
    "band",
    "council",
    "commission",
    "committee",
    "agency",
    "board",
    "team",
    "league",
    "site",
];

/// Who a speaker phrase (a byte range of paragraph `p`) names.
fn speaker_of(
    resolved: &Resolved,
    paragraphs: &[String],
    p: usize,
    phrase: (usize, usize),
    quote_at: usize,
    last_speaker: Option<&str>,
    prefer_last: bool,
) -> Option<String> {
    let named: Vec<&super::PlacedMention> = resolved
        .in_paragraph(p)
        .filter(|m| m.start >= phrase.0 && m.end <= phrase.1)
        .filter(|m| m.kind == Kind::Person || (m.kind == Kind::Organization))
        .collect();
    let pick = if prefer_last {
        named
            .iter()
            .rev()
            .find(|m| m.kind == Kind::Person)
            .or(named.last())
    } else {
        named
            .iter()
            .find(|m| m.kind == Kind::Person)
            .or(named.first())
    };
    if let Some(m) = pick {
        return Some(m.name.clone());
    }
    let text = &paragraphs[p][phrase.0..phrase.1];
    let folded: Vec<String> = words(text).map(|w| fold(w.text)).collect();
    if folded
        .iter()
        .any(|w| PRONOUNS_OF_PEOPLE.contains(&w.as_str()))
    {
        return resolved
            .salient_person_before(p, quote_at, last_speaker)
            .or(last_speaker.map(str::to_owned));
    }
    if folded.iter().any(|w| GROUP_NOUNS.contains(&w.as_str())) {
        return resolved.last_of_kind_before(Kind::Organization, p, quote_at);
    }
    if folded
        .iter()
        .any(|w| PRONOUNS_OF_GROUPS.contains(&w.as_str()))
    {
        return None;
    }
    let describes_someone = folded.first().is_some_and(|w| w == "the")
        && folded.len() <= 8
        && !folded
            .iter()
            .any(|w| w == "spokesman" || w == "spokeswoman");
    if describes_someone {
        return last_speaker
            .map(str::to_owned)
            .or_else(|| resolved.salient_person_before(p, quote_at, None));
    }
    None
}

/// The speaker phrase after a quote: `, Kerry said.` / `, said the minister.`
fn cue_after(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    let ws: Vec<_> = words(&text[from..to]).take(10).collect();
    let first = ws.first()?;
    if g.is_speech_verb(&fold(first.text)) {
        let rest = &text[from + first.end..to];
        let stop = rest
            .find([',', '.', ';', ':', '!', '?'])
            .unwrap_or(rest.len());
        return Some((from + first.end, from + first.end + stop));
    }
    let verb = ws.iter().position(|w| g.is_speech_verb(&fold(w.text)))?;
    (verb <= 8).then(|| (from, from + ws[verb].start))
}

/// The speaker phrase before a quote: `Ms Hewitt said: ` / `according to Kerry, `.
fn cue_before(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let g = gazetteer();
    let ws: Vec<_> = words(&text[from..to]).collect();
    let verb = ws.iter().rposition(|w| g.is_speech_verb(&fold(w.text)))?;
    if fold(ws[verb].text) == "according" {
        return Some((from + ws[verb].end, to));
    }
    let clause_start = text[from..from + ws[verb].start]
        .rfind(['.', ';', '!', '?'])
        .map_or(from, |i| from + i + 1);
    Some((clause_start, from + ws[verb].start))
}

fn sentence_end_after(text: &str, from: usize, limit: usize) -> usize {
    let slice = &text[from..limit];
    slice
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && slice[i + 1..].starts_with(|n: char| n.is_whitespace())
        })
        .map_or(limit, |(i, _)| from + i + 1)
}

fn sentence_start_before(text: &str, limit: usize, to: usize) -> usize {
    let slice = &text[limit..to];
    slice
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && slice[i + 1..].starts_with(|n: char| n.is_whitespace())
        })
        .map_or(limit, |(i, _)| limit + i + 1)
}

/// Every quote of the article with its speaker's canonical name.
pub fn quotes(paragraphs: &[String], resolved: &Resolved) -> Vec<crate::article::Quote> {
    let mut out: Vec<crate::article::Quote> = Vec::new();
    let mut last_speaker: Option<String> = None;
    let mut last_paragraph: Option<usize> = None;
    for (p, text) in paragraphs.iter().enumerate() {
        let found = resolved.passages(p);
        for (q, passage) in found.iter().enumerate() {
            let next_open = found.get(q + 1).map_or(text.len(), |n| n.mark_start);
            let previous_close = if q == 0 { 0 } else { found[q - 1].mark_end };
            let after_to = sentence_end_after(text, passage.mark_end, next_open);
            let before_from = sentence_start_before(text, previous_close, passage.mark_start);
            let continues = last_paragraph.is_some_and(|lp| lp + 1 >= p);
            let inherited = last_speaker.as_deref().filter(|_| continues);
            let mut speaker = cue_after(text, passage.mark_end, after_to)
                .and_then(|phrase| {
                    speaker_of(
                        resolved,
                        paragraphs,
                        p,
                        phrase,
                        passage.mark_start,
                        inherited,
                        false,
                    )
                })
                .or_else(|| {
                    let phrase = cue_before(text, before_from, passage.mark_start)?;
                    speaker_of(
                        resolved,
                        paragraphs,
                        p,
                        phrase,
                        passage.mark_start,
                        inherited,
                        true,
                    )
                });
            if speaker.is_none() && continues {
                speaker = last_speaker.clone();
            }
            if speaker.is_some() {
                last_speaker = speaker.clone();
                last_paragraph = Some(p);
            }
            out.push(crate::article::Quote {
                text: text[passage.start..passage.end].to_owned(),
                speaker,
                paragraph: u32::try_from(p).unwrap_or(u32::MAX),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        passages(text)
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect()
    }

    #[test]
    fn straight_curly_and_single_marks() {
        assert_eq!(
            inner(
                "He said \"we will go,\" and \u{201C}they will stay\u{201D} but 'not all of them'."
            ),
            ["we will go,", "they will stay", "not all of them"]
        );
    }

    #[test]
    fn scare_quotes_and_apostrophes_are_not_quotes() {
        assert!(inner("a 'robust' posture and the players' union didn't 'win'").is_empty());
    }

    #[test]
    fn a_lost_paragraph_break_starts_a_new_quote() {
        assert_eq!(
            inner("Ms Hewitt said: \"It was 13 weeks. \"We are going to extend it.\""),
            ["It was 13 weeks.", "We are going to extend it."]
        );
    }
}
