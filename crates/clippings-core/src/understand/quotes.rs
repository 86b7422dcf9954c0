//! Direct and partial quotes, and who said them: the cue verb on either side of a quote names
//! the speaker, pronouns and descriptions point back to a person already named, and a quote with
//! no cue continues the one before it.

use super::gazetteer::{gazetteer, Kind};
use super::word_lists::WordList;
use super::{PlacedMention, Resolved};
use crate::article::Text;
use crate::pauses::{piece_ends, Pauses};
use crate::text::{fold, words};
use std::ops::Range;

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
pub async fn passages(text: &str, pauses: &mut impl Pauses) -> Vec<Passage> {
    let mut found = Vec::new();
    let mut open: Option<(usize, usize, Mark)> = None;
    let close = |found: &mut Vec<Passage>, from: (usize, usize, Mark), at: usize, mark_end| {
        let inner = text[from.1..at].trim_end();
        found.push(Passage {
            mark_start: from.0,
            start: from.1,
            end: from.1 + inner.len(),
            mark_end,
        });
    };
    // Each character with the one before and the one after it (a space past either end), read
    // as they come: a copy of a 5 MB paragraph's characters with their offsets was 80 MB.
    let mut chars = text.char_indices().enumerate().peekable();
    let mut prev = ' ';
    while let Some((i, (at, c))) = chars.next() {
        if piece_ends(i) {
            pauses.pause().await;
        }
        let next_at = at + c.len_utf8();
        let following = chars.peek().map(|&(_, (_, c))| c);
        let next = following.unwrap_or(' ');
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
                    && (next.is_whitespace() || next.is_ascii_punctuation() || following.is_none());
                if ends_word {
                    close(&mut found, o, at, next_at);
                    open = None;
                }
            }
            _ => {}
        }
        prev = c;
    }
    if let Some(o) = open.filter(|o| o.2 != Mark::Single) {
        close(&mut found, o, text.len(), text.len());
    }
    found.retain(|p| words(&text[p.start..p.end]).count() >= 2);
    found
}

/// Which pronoun a person takes ("he" or "she"), as far as the article tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
}

impl Pronoun {
    /// The pronoun a word asks for or implies: `he`, `his`, `Mr` → He; `she`, `Ms` → She
    /// (`data/gendered_words.tsv`).
    pub fn of_word(folded: &str) -> Option<Pronoun> {
        static WORDS: std::sync::OnceLock<std::collections::HashMap<&'static str, Pronoun>> =
            std::sync::OnceLock::new();
        WORDS
            .get_or_init(|| {
                include_str!("../../data/gendered_words.tsv")
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(word, pronoun)| {
                        let pronoun = if pronoun.trim() == "she" {
                            Pronoun::She
                        } else {
                            Pronoun::He
                        };
                        (word.trim(), pronoun)
                    })
                    .collect()
            })
            .get(folded)
            .copied()
    }
}

/// How a speaker phrase stands to the quote and its verb.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// `"…," said Kerry` / `"…," said Zorbalo's singer Tom Example`: the name ends the phrase.
    VerbThenName,
    /// `"…," Kerry said` / `"…," Anais Sample, an analyst at Nomura, told`: the subject comes first.
    NameThenVerb,
    /// `Ms Hewitt said: "…"` / `In London on Monday, Mr Howard said: "…"`.
    Before,
}

/// The part of a speaker phrase that names the subject: before an appositive (`Ed Silliere,
/// analyst at Energy Merchant,`), after an opening clause (`In a speech on Monday, Mr Howard`).
fn subject_part(text: &str, phrase: (usize, usize), cue: Cue) -> (usize, usize) {
    let slice = &text[phrase.0..phrase.1];
    match cue {
        Cue::VerbThenName | Cue::NameThenVerb => {
            let cut = slice.find(',').unwrap_or(slice.len());
            (phrase.0, phrase.0 + cut)
        }
        Cue::Before => {
            let mut body = slice.trim_end();
            if let Some(without_comma) = body.strip_suffix(',') {
                // A trailing appositive: drop it when the subject stands before it.
                if let Some(open) = without_comma.rfind(',') {
                    body = &without_comma[..open];
                }
            }
            let from = body.rfind([',', '\u{2014}']).map_or(0, |i| i + 1);
            (phrase.0 + from, phrase.0 + body.len())
        }
    }
}

/// Who a speaker phrase (a byte range of paragraph `p`) names.
fn speaker_of(
    resolved: &Resolved,
    sentences: &[Vec<Range<usize>>],
    paragraphs: &[Text],
    p: usize,
    phrase: (usize, usize),
    cue: Cue,
    last_speaker: Option<&str>,
) -> Option<String> {
    let text = &paragraphs[p];
    let part = subject_part(text, phrase, cue);
    let named: Vec<&PlacedMention> = resolved
        .in_paragraph(p)
        .filter(|m| m.start >= part.0 && m.end <= part.1 && !m.demonym)
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Organization))
        .collect();
    // Possessives folded away: "the site's controllers" speak for the site.
    let folded: Vec<(String, usize)> = words(&text[part.0..part.1])
        .map(|w| {
            let word = fold(w.text);
            let bare = word.strip_suffix("'s").unwrap_or(&word).to_owned();
            (bare, part.0 + w.start)
        })
        .collect();
    if folded
        .iter()
        .any(|(w, _)| WordList::Spokespeople.contains(w))
    {
        // Words given for an organisation: "a spokesman for X", "an X spokesperson". A
        // person's own spokesman ("the prime minister's spokesman") speaks for an office the
        // text does not name: no speaker rather than the wrong one.
        return named
            .iter()
            .find(|m| m.kind == Kind::Organization)
            .map(|m| m.name.clone())
            .or_else(|| {
                let noun = folded
                    .iter()
                    .find(|(w, _)| WordList::GroupNouns.contains(w.as_str()))?;
                resolved.organisation_called(&noun.0, p, part.0)
            });
    }
    let own_name = |m: &&&PlacedMention| !m.possessive;
    let mut person = named
        .iter()
        .filter(own_name)
        .filter(|m| m.kind == Kind::Person);
    let pick = match cue {
        Cue::VerbThenName | Cue::Before => person.next_back(),
        Cue::NameThenVerb => person.next(),
    }
    .or_else(|| named.iter().rfind(own_name));
    if let Some(m) = pick {
        return Some(m.name.clone());
    }
    if let Some((word, at)) = folded.iter().find(|(w, _)| w == "he" || w == "she") {
        return resolved.referent(sentences, p, *at, Pronoun::of_word(word), last_speaker);
    }
    if let Some((_, at)) = folded.iter().find(|(w, _)| w == "it") {
        return resolved.organisation_referent(sentences, p, *at, last_speaker);
    }
    if let Some((noun, _)) = folded
        .iter()
        .find(|(w, _)| WordList::GroupNouns.contains(w.as_str()))
    {
        return resolved.organisation_called(noun, p, part.0);
    }
    // "But the prime minister said": a conjunction before the description is not part of it.
    let the = folded.iter().position(|(w, _)| w == "the");
    let describes_someone = the.is_some_and(|i| {
        folded[..i].iter().all(|(w, _)| gazetteer().is_stopword(w)) && folded.len() - i <= 8
    });
    if let (true, Some(the)) = (describes_someone, the) {
        let described: Vec<&str> = folded[the + 1..].iter().map(|(w, _)| w.as_str()).collect();
        return resolved
            .described(&described, p, part.0)
            .or_else(|| last_speaker.map(str::to_owned))
            .or_else(|| resolved.referent(sentences, p, part.0, None, None));
    }
    None
}

/// Whether the speech verb at `verb` is used as a verb: "amid claims that" is a noun.
fn used_as_verb(ws: &[crate::text::Word], verb: usize) -> bool {
    verb == 0 || !WordList::BeforeANoun.contains(fold(ws[verb - 1].text).as_str())
}

/// The speaker phrase after a quote: `, Kerry said.` / `, said the minister.` / `, Anais
/// Sample, an analyst at Nomura, told the BBC.`
fn cue_after(text: &str, from: usize, to: usize) -> Option<((usize, usize), Cue)> {
    let g = gazetteer();
    let ws: Vec<_> = words(&text[from..to]).take(16).collect();
    let first = ws.first()?;
    if g.is_speech_verb(&fold(first.text)) {
        let rest = &text[from + first.end..to];
        let stop = rest
            .find([',', '.', ';', ':', '!', '?'])
            .unwrap_or(rest.len());
        return Some((
            (from + first.end, from + first.end + stop),
            Cue::VerbThenName,
        ));
    }
    let verb =
        (1..ws.len()).find(|&i| g.is_speech_verb(&fold(ws[i].text)) && used_as_verb(&ws, i))?;
    // A subject with an appositive ("Ivo Roewer, an analyst with X, told") runs longer than
    // a bare subject ("the company's chief executive said").
    let longest = if text[from..from + ws[verb].start].contains(',') {
        14
    } else {
        8
    };
    (verb <= longest).then(|| ((from, from + ws[verb].start), Cue::NameThenVerb))
}

/// The speaker phrase before a quote: `Ms Hewitt said: ` / `according to Kerry, ` / `was
/// described by Jobs as `.
fn cue_before(text: &str, from: usize, to: usize) -> Option<((usize, usize), Cue)> {
    let g = gazetteer();
    let ws: Vec<_> = words(&text[from..to]).collect();
    let verb = (0..ws.len())
        .rev()
        .find(|&i| g.is_speech_verb(&fold(ws[i].text)) && used_as_verb(&ws, i))?;
    if fold(ws[verb].text) == "according" {
        return Some(((from + ws[verb].end, to), Cue::Before));
    }
    if ws.get(verb + 1).is_some_and(|w| fold(w.text) == "by") {
        // The passive: "was described by Jobs as".
        let after_by = from + ws[verb + 1].end;
        let until = ws[verb + 2..]
            .iter()
            .find(|w| fold(w.text) == "as")
            .map_or(to, |w| from + w.start);
        return Some(((after_by, until), Cue::VerbThenName));
    }
    let clause_start = text[from..from + ws[verb].start]
        .rfind(['.', ';', '!', '?'])
        .map_or(from, |i| from + i + 1);
    Some(((clause_start, from + ws[verb].start), Cue::Before))
}

/// The sentence of `sentences` that holds byte `at`.
fn sentence_at(sentences: &[Range<usize>], at: usize) -> Range<usize> {
    sentences
        .iter()
        .find(|r| r.contains(&at))
        .or(sentences.last())
        .cloned()
        .unwrap_or(0..0)
}

/// Where a quote's sentence, read forward from the closing mark, ends: a cue after the quote
/// stays within it.
fn sentence_end_after(sentences: &[Range<usize>], from: usize, limit: usize) -> usize {
    sentence_at(sentences, from.saturating_sub(1))
        .end
        .clamp(from, limit)
}

fn sentence_start_before(sentences: &[Range<usize>], limit: usize, to: usize) -> usize {
    sentence_at(sentences, to).start.clamp(limit, to)
}

/// A quote that ends its own sentence (`…this stage."`) with a capital after it: the words
/// after it open a new sentence and do not attribute it.
fn ends_a_sentence(text: &str, passage: &Passage) -> bool {
    let inner = text[passage.start..passage.end].trim_end();
    let closes = inner.ends_with(['.', '!', '?']);
    let next = text[passage.mark_end..].trim_start().chars().next();
    closes && next.is_some_and(char::is_uppercase)
}

/// Sentences read back from a quote with no cue for the one that introduces it.
const INTRODUCTION_REACH: usize = 2;

/// The speaker a quote with no cue of its own takes from a sentence before it that reports
/// someone's words (`Lord Example said the policy would help. "We aim…"`), reading back at
/// most [`INTRODUCTION_REACH`] sentences and never past another quote.
fn introduced_by(
    resolved: &Resolved,
    sentences: &[Vec<Range<usize>>],
    paragraphs: &[Text],
    p: usize,
    quote_at: usize,
) -> Option<String> {
    let (mut q, mut at) = (p, sentence_at(&sentences[p], quote_at).start);
    for _ in 0..INTRODUCTION_REACH {
        let previous = if at > 0 {
            sentence_at(&sentences[q], at - 1)
        } else if q > 0 {
            q -= 1;
            sentences[q].last()?.clone()
        } else {
            return None;
        };
        at = previous.start;
        // A sentence with a quote of its own has spoken already: the introduction, if any,
        // was for that quote.
        if resolved
            .passages(q)
            .iter()
            .any(|x| x.start >= previous.start && x.start < previous.end)
        {
            return None;
        }
        if let Some((phrase, cue)) = cue_before(&paragraphs[q], previous.start, previous.end) {
            return speaker_of(resolved, sentences, paragraphs, q, phrase, cue, None);
        }
    }
    None
}

/// The cue phrases of one quoted passage: after the quote, and before it in its sentence.
#[derive(Clone, Copy)]
pub struct QuoteCues {
    after: Option<((usize, usize), Cue)>,
    before: Option<((usize, usize), Cue)>,
}

/// The cues of each quoted passage of a paragraph, in the order of `found`.
pub fn cues(text: &str, sentences: &[Range<usize>], found: &[Passage]) -> Vec<QuoteCues> {
    found
        .iter()
        .enumerate()
        .map(|(q, passage)| {
            let next_open = found.get(q + 1).map_or(text.len(), |n| n.mark_start);
            let previous_close = if q == 0 { 0 } else { found[q - 1].mark_end };
            let after_to = sentence_end_after(sentences, passage.mark_end, next_open);
            let before_from = sentence_start_before(sentences, previous_close, passage.mark_start);
            QuoteCues {
                after: if ends_a_sentence(text, passage) {
                    None
                } else {
                    cue_after(text, passage.mark_end, after_to)
                },
                before: cue_before(text, before_from, passage.mark_start),
            }
        })
        .collect()
}

/// Where a paragraph's quote cues name who spoke ("Ivo Roewer" in `"…," Ivo Roewer, an
/// analyst, told Bloomberg`): a name there is someone speaking, whatever its shape says.
pub fn speaker_subjects(text: &str, cues: &[QuoteCues]) -> Vec<(usize, usize)> {
    cues.iter()
        .flat_map(|c| [c.after, c.before])
        .flatten()
        .map(|(phrase, cue)| subject_part(text, phrase, cue))
        .collect()
}

/// Every quote of the article with its speaker's canonical name.
pub fn quotes(paragraphs: &[Text], resolved: &Resolved) -> Vec<crate::article::Quote> {
    let sentences = &resolved.sentences;
    let mut out: Vec<crate::article::Quote> = Vec::new();
    let mut last_speaker: Option<String> = None;
    let mut last_paragraph: Option<usize> = None;
    for (p, text) in paragraphs.iter().enumerate() {
        let found = resolved.passages(p);
        for (passage, cue) in found.iter().zip(&resolved.cues[p]) {
            let continues = last_paragraph.is_some_and(|lp| lp + 1 >= p);
            let inherited = last_speaker.as_deref().filter(|_| continues);
            // A spokesperson the article does not name ("the prime minister's spokesman
            // said") is someone: the quote is theirs, not the last speaker's.
            let spokesperson = cue.after.or(cue.before).is_some_and(|(phrase, _)| {
                words(&text[phrase.0..phrase.1])
                    .any(|w| WordList::Spokespeople.contains(fold(w.text).as_str()))
            });
            let mut speaker = cue
                .after
                .and_then(|(phrase, c)| {
                    speaker_of(resolved, sentences, paragraphs, p, phrase, c, inherited)
                })
                .or_else(|| {
                    let (phrase, c) = cue.before?;
                    speaker_of(resolved, sentences, paragraphs, p, phrase, c, inherited)
                });
            if speaker.is_none() && !spokesperson {
                speaker = introduced_by(resolved, sentences, paragraphs, p, passage.mark_start)
                    .or_else(|| last_speaker.clone().filter(|_| continues));
            }
            if speaker.is_some() {
                last_speaker = speaker.clone();
                last_paragraph = Some(p);
            }
            out.push(crate::article::Quote {
                text: text[passage.start..passage.end].to_owned().into(),
                speaker: speaker.map(Into::into),
                paragraph: u32::try_from(p).unwrap_or(u32::MAX),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pauses::{at_once, AtOnce};

    fn inner(text: &str) -> Vec<&str> {
        at_once(passages(text, &mut AtOnce))
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
