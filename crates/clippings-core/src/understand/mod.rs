//! What an article says beyond its layout: who is quoted and what they said, the people,
//! places and organisations it names, its dates and its language.
//!
//! Rules and gazetteers, no model: it runs in a few milliseconds in the browser. Keywords and
//! the linking of names across articles need the whole collection: see [`crate::Corpus`].

mod dates;
pub mod entities;
pub mod gazetteer;
mod keywords;
mod language;
mod link;
pub mod quotes;
mod word_lists;

pub use gazetteer::Kind;
pub use keywords::keywords;
pub use link::{link_kinds, link_people};

use crate::article::{Article, Entities, EntityCount, EntityMention, Text};
use crate::pauses::{at_once, piece_ends, AtOnce, Pauses};
use crate::text::{floor_char_boundary, fold, words};
pub use entities::LearnedNames;
use entities::Mention;
use gazetteer::{gazetteer, Gender};
use quotes::{Passage, Pronoun};
use std::collections::HashMap;
use std::ops::Range;
use word_lists::WordList;

/// A name placed in a paragraph, made canonical.
#[derive(Clone, Debug)]
pub struct PlacedMention {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub name: String,
    pub demonym: bool,
    pub in_quote: bool,
    /// Followed by `'s`: "Tony Blair's spokesman" names the spokesman, not Tony Blair.
    pub possessive: bool,
}

/// The article's names and quoted passages, for attributing quotes.
pub struct Resolved<'a> {
    paragraphs: &'a [Text],
    mentions: Vec<PlacedMention>,
    passages: Vec<Vec<Passage>>,
    /// Each paragraph's sentences, by the one splitter of `text.rs`.
    sentences: Vec<Vec<Range<usize>>>,
    /// Each passage's cue phrases, in the order of `passages`.
    cues: Vec<Vec<quotes::QuoteCues>>,
    /// The pronoun each person takes, where a title or a first name tells.
    pronouns: HashMap<String, Pronoun>,
}

/// Paragraphs read back from a pronoun for the person it means: news names its speakers close
/// to their words, and a pronoun further back than this is a guess.
const PRONOUN_REACH: usize = 3;

impl Resolved<'_> {
    fn in_paragraph(&self, p: usize) -> impl Iterator<Item = &PlacedMention> {
        self.mentions.iter().filter(move |m| m.paragraph == p)
    }

    fn passages(&self, p: usize) -> &[Passage] {
        &self.passages[p]
    }

    /// People named before byte `at` of paragraph `p`, outside quotes, in text order.
    fn people_before(&self, p: usize, at: usize) -> impl Iterator<Item = &PlacedMention> {
        self.mentions.iter().filter(move |m| {
            m.kind == Kind::Person
                && !m.in_quote
                && m.paragraph != usize::MAX
                && (m.paragraph < p || (m.paragraph == p && m.end <= at))
        })
    }

    /// The organisation "the company" or "the ministry" refers to: the last one named before
    /// whose name holds the noun ("the ministry" → "Ministry of Communications"), else the
    /// last organisation named.
    fn organisation_called(&self, noun: &str, p: usize, at: usize) -> Option<String> {
        let before: Vec<&PlacedMention> = self
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Organization && !m.in_quote && !m.demonym)
            .filter(|m| m.paragraph < p || (m.paragraph == p && m.end <= at))
            .collect();
        let holds_noun = |m: &&&PlacedMention| words(&m.name).any(|w| fold(w.text) == noun);
        before
            .iter()
            .rfind(holds_noun)
            .or(before.last())
            .map(|m| m.name.clone())
    }

    /// Whether a person may be the one a pronoun means.
    fn agrees(&self, name: &str, pronoun: Option<Pronoun>) -> bool {
        match (pronoun, self.pronouns.get(name)) {
            (Some(wanted), Some(&known)) => wanted == known,
            _ => true,
        }
    }

    /// Who "he" or "she" at byte `at` of paragraph `p` means: the subject (the first person
    /// named, not as a possessive) of the nearest sentence before it that names someone who
    /// agrees with the pronoun, reading back at most [`PRONOUN_REACH`] paragraphs; then the
    /// most salient person that agrees.
    fn referent(
        &self,
        sentences: &[Vec<Range<usize>>],
        p: usize,
        at: usize,
        pronoun: Option<Pronoun>,
        last_speaker: Option<&str>,
    ) -> Option<String> {
        self.nearest_subject(sentences, p, at, |m| {
            m.kind == Kind::Person && self.agrees(&m.name, pronoun)
        })
        .or_else(|| self.salient_person_before(p, at, last_speaker, pronoun))
    }

    /// The first name that `fits` (outside quotes, not a possessive) in the nearest sentence
    /// before byte `at` of paragraph `p` that has one, reading back at most [`PRONOUN_REACH`]
    /// paragraphs: the subject a pronoun most likely means.
    fn nearest_subject(
        &self,
        sentences: &[Vec<Range<usize>>],
        p: usize,
        at: usize,
        fits: impl Fn(&PlacedMention) -> bool,
    ) -> Option<String> {
        for q in (p.saturating_sub(PRONOUN_REACH)..=p).rev() {
            let limit = if q == p { at } else { usize::MAX };
            for sentence in sentences[q].iter().rev().filter(|r| r.start < limit) {
                let subject = self
                    .in_paragraph(q)
                    .filter(|m| !m.in_quote && !m.possessive)
                    .filter(|m| m.start >= sentence.start && m.end <= sentence.end.min(limit))
                    .find(|m| fits(m));
                if let Some(m) = subject {
                    return Some(m.name.clone());
                }
            }
        }
        None
    }

    /// What "it" at byte `at` of paragraph `p` means when it speaks: the organisation that
    /// spoke last, or else the first organisation named (not as a possessive) in the nearest
    /// sentence before it that names one, reading back at most [`PRONOUN_REACH`] paragraphs.
    fn organisation_referent(
        &self,
        sentences: &[Vec<Range<usize>>],
        p: usize,
        at: usize,
        last_speaker: Option<&str>,
    ) -> Option<String> {
        let organisation = |name: &str| {
            self.mentions
                .iter()
                .any(|m| m.kind == Kind::Organization && m.name == name)
        };
        if let Some(last) = last_speaker.filter(|l| organisation(l)) {
            return Some(last.to_owned());
        }
        self.nearest_subject(sentences, p, at, |m| m.kind == Kind::Organization)
    }

    /// The person a description means ("the Tory leader", "the chancellor"): the one the
    /// article names right after most of the description's words ("Tory leader Michael
    /// Howard"), the latest on a tie.
    fn described(&self, description: &[&str], p: usize, at: usize) -> Option<String> {
        let g = gazetteer();
        let wanted: Vec<&str> = description
            .iter()
            .copied()
            .filter(|w| !g.is_stopword(w))
            .collect();
        let mut best: Option<(usize, &PlacedMention)> = None;
        for m in self.people_before(p, at) {
            let text = &self.paragraphs[m.paragraph];
            // The words that stand right before the name: back to a stop, a comma or the
            // name before it ("Prime Minister Tony Blair met Gordon Brown": "met" is no title).
            let previous_name = self
                .in_paragraph(m.paragraph)
                .filter(|o| o.end <= m.start)
                .map(|o| o.end)
                .max()
                .unwrap_or(0);
            let from = floor_char_boundary(text, m.start.saturating_sub(LOOK_BEFORE_NAME))
                .max(previous_name);
            let before = &text[from..m.start];
            let leading = before
                .rfind(['.', ',', ';', ':', '"', '('])
                .map_or(0, |i| i + 1);
            let titles: Vec<String> = words(&before[leading..]).map(|w| fold(w.text)).collect();
            let shared = wanted
                .iter()
                .filter(|w| titles.iter().any(|t| t == *w))
                .count();
            if shared > 0 && best.is_none_or(|(score, _)| shared >= score) {
                best = Some((shared, m));
            }
        }
        best.map(|(_, m)| m.name.clone())
    }

    /// The person named most so far, with weight for being named close by and for having just
    /// spoken, among those who agree with the pronoun; the nearest wins ties.
    fn salient_person_before(
        &self,
        p: usize,
        at: usize,
        last_speaker: Option<&str>,
        pronoun: Option<Pronoun>,
    ) -> Option<String> {
        let mut scores: Vec<(&str, u32, usize)> = Vec::new();
        for (order, m) in self.people_before(p, at).enumerate() {
            if !self.agrees(&m.name, pronoun) {
                continue;
            }
            let near = if m.paragraph + 1 >= p { 3 } else { 0 };
            match scores.iter_mut().find(|s| s.0 == m.name) {
                Some(s) => {
                    s.1 += 1 + near;
                    s.2 = order;
                }
                None => scores.push((&m.name, 1 + near, order)),
            }
        }
        for s in &mut scores {
            if Some(s.0) == last_speaker {
                s.1 += 6;
            }
        }
        scores
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)))
            .map(|s| s.0.to_owned())
    }
}

/// The pronoun each person of the article takes: a gendered title before any of their
/// mentions ("Mr Sample", "Baroness Kennedy") tells, and outranks the first name's usual
/// gender ("Anais" is a woman's name in the census); a person with titles of both kinds gets
/// none.
fn pronouns(paragraphs: &[Text], mentions: &[PlacedMention]) -> HashMap<String, Pronoun> {
    let mut seen: HashMap<String, Option<Pronoun>> = HashMap::new();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.paragraph != usize::MAX)
    {
        let text = &paragraphs[m.paragraph];
        let from = floor_char_boundary(text, m.start.saturating_sub(LOOK_BEFORE_NAME));
        let title = words(&text[from..m.start])
            .last()
            .filter(|w| text[from + w.end..m.start].trim().is_empty())
            .and_then(|w| Pronoun::of_word(&fold(w.text)));
        if let Some(title) = title {
            seen.entry(m.name.clone())
                .and_modify(|known| {
                    if *known != Some(title) {
                        *known = None;
                    }
                })
                .or_insert(Some(title));
        }
    }
    let mut pronouns: HashMap<String, Pronoun> = seen
        .into_iter()
        .filter_map(|(name, pronoun)| Some((name, pronoun?)))
        .collect();
    // Without a title, a first name the census gives to one sex at least four times in five.
    for m in mentions.iter().filter(|m| m.kind == Kind::Person) {
        let Some((first, _)) = m.name.split_once(' ') else {
            continue;
        };
        let by_name = match gazetteer().first_name_gender(&fold(first)) {
            Some(Gender::Male) => Pronoun::He,
            Some(Gender::Female) => Pronoun::She,
            _ => continue,
        };
        pronouns.entry(m.name.clone()).or_insert(by_name);
    }
    pronouns
}

/// What a collection's articles show about names beyond the gazetteers: the first word of every
/// person's full name they give (each one proven by a title, a verb of saying, an apposition
/// or a census name), and every acronym one of them shows to be an organisation.
pub fn learned_names(articles: &[Article]) -> LearnedNames {
    let g = gazetteer();
    let first_names = articles
        .iter()
        .flat_map(|a| &a.entities.people)
        .filter_map(|p| p.name.split_once(' ').map(|(first, _)| first))
        .filter(|first| first.chars().count() > 2 && !first.ends_with('.'))
        .map(fold)
        .filter(|first| {
            g.first_name_gender(first).is_none() && !g.is_title(first) && !g.is_stopword(first)
        })
        .collect();
    let acronyms = articles
        .iter()
        .flat_map(|a| &a.entities.organizations)
        .filter(|o| !o.name.contains(' ') && entities::is_acronym(&o.name))
        .filter(|o| g.lookup(&fold(&o.name)).is_none())
        .map(|o| o.name.to_string())
        .collect();
    LearnedNames {
        first_names,
        acronyms,
    }
}

/// Whether an article holds a word of `learned`: only those are read again.
pub fn mentions_any(article: &Article, learned: &LearnedNames) -> bool {
    at_once(mentions_any_pausing(article, learned, &mut AtOnce))
}

/// [`mentions_any`], pausing every few thousand words (`pauses.rs`).
pub async fn mentions_any_pausing(
    article: &Article,
    learned: &LearnedNames,
    pauses: &mut impl Pauses,
) -> bool {
    if learned.is_empty() {
        return false;
    }
    let texts = article
        .paragraphs
        .iter()
        .map(|p| &**p)
        .chain(article.captions.iter().map(|c| c.text.as_str()));
    for (n, w) in texts.flat_map(words).enumerate() {
        if piece_ends(n) {
            pauses.pause().await;
        }
        if learned.acronyms.contains(w.text) || learned.first_names.contains(&fold(w.text)) {
            return true;
        }
    }
    false
}

/// Fills the article's quotes, entities, mentions, dates and language from its text, with what
/// the collection has shown about names ([`learned_names`]).
pub fn understand_with(article: &mut Article, learned: &LearnedNames) {
    at_once(understand_pausing(article, learned, &mut AtOnce));
}

/// [`understand_with`], pausing between pieces of the work (`pauses.rs`): between paragraphs,
/// and every few thousand characters, words or names inside one.
pub async fn understand_pausing(
    article: &mut Article,
    learned: &LearnedNames,
    pauses: &mut impl Pauses,
) {
    let mut passages: Vec<Vec<Passage>> = Vec::with_capacity(article.paragraphs.len());
    for paragraph in &article.paragraphs {
        pauses.pause().await;
        passages.push(quotes::passages(paragraph, pauses).await);
    }
    let mut sentences: Vec<Vec<Range<usize>>> = Vec::with_capacity(article.paragraphs.len());
    for paragraph in &article.paragraphs {
        pauses.pause().await;
        sentences.push(crate::text::sentences_pausing(paragraph, pauses).await);
    }
    let cues: Vec<Vec<quotes::QuoteCues>> = article
        .paragraphs
        .iter()
        .zip(&sentences)
        .zip(&passages)
        .map(|((text, sentences), found)| quotes::cues(text, sentences, found))
        .collect();
    // Field 0 is the headline, then captions, then paragraphs: one numbering for all texts.
    let mut texts: Vec<(&str, bool)> = vec![(&*article.headline, true)];
    texts.extend(article.captions.iter().map(|c| (c.text.as_str(), false)));
    let first_paragraph = texts.len();
    texts.extend(article.paragraphs.iter().map(|p| (&**p, false)));

    let mut raw: Vec<(usize, Mention)> = Vec::new();
    let mut organisations_by_context: Vec<String> = Vec::new();
    for (field, &(text, is_headline)) in texts.iter().enumerate() {
        pauses.pause().await;
        let recognised = entities::recognise_pausing(text, is_headline, learned, pauses).await;
        for (n, mut m) in recognised.into_iter().enumerate() {
            if piece_ends(n) {
                pauses.pause().await;
            }
            if may_become_organisation(&m) && entities::organisation_by_context(text, &m) {
                m.kind = Some(Kind::Organization);
                organisations_by_context.push(m.name.clone());
            } else if m.kind.is_none() && beside_speech_verb(text, &m) {
                // "ITV said": an acronym that speaks is a body, not a person.
                m.kind = Some(if entities::is_acronym(&m.name) {
                    Kind::Organization
                } else {
                    Kind::Person
                });
            }
            raw.push((field, m));
        }
    }
    // "Equal Opportunities Commission (EOC)": the short form the text defines is the same
    // organisation wherever it stands in the article.
    let mut defined: Vec<(String, String)> = Vec::new();
    for pair in raw.windows(2) {
        let ((field, long), (next_field, short)) = (&pair[0], &pair[1]);
        let text = texts[*field].0;
        let defines = field == next_field
            && text[long.end..short.start] == *" ("
            && text[short.end..].starts_with(')')
            && long.kind.is_none_or(|k| k == Kind::Organization)
            && entities::abbreviates(&short.name, &long.name);
        if defines {
            defined.push((short.name.clone(), long.name.clone()));
        }
    }
    for (_, m) in &mut raw {
        if let Some((_, long)) = defined.iter().find(|(s, l)| *s == m.name || *l == m.name) {
            m.kind = Some(Kind::Organization);
            m.name = long.clone();
        }
    }
    // A name the context once shows to be an organisation is one everywhere in the article.
    for (_, m) in &mut raw {
        if may_become_organisation(m) && organisations_by_context.contains(&m.name) {
            m.kind = Some(Kind::Organization);
        }
    }
    // A name written like a person's that nothing proved yet ("Anais Sample", with a first
    // name the census lists lack) is a person when the article proves its surname: a title
    // ("Mr Sample"), a verb of saying ("Sample said") or an apposition ("Anais Sample, 45,", "…,
    // who", "…, an analyst").
    let proven_surnames: Vec<String> = raw
        .iter()
        .filter(|(field, m)| {
            m.kind == Some(Kind::Person)
                && (m.titled
                    || beside_speech_verb(texts[*field].0, m)
                    || appositive_follows(texts[*field].0, m))
        })
        .filter_map(|(_, m)| m.name.rsplit(' ').next().map(fold))
        .collect();
    let speaker_subjects: Vec<Vec<(usize, usize)>> = article
        .paragraphs
        .iter()
        .zip(&cues)
        .map(|(text, cues)| quotes::speaker_subjects(text, cues))
        .collect();
    for (field, m) in &mut raw {
        let surname = m.name.rsplit(' ').next().map(fold).unwrap_or_default();
        let unproven = m.kind.is_none() && m.name.contains(' ');
        let speaking = field.checked_sub(first_paragraph).is_some_and(|p| {
            speaker_subjects[p]
                .iter()
                .any(|s| m.start >= s.0 && m.end <= s.1)
        });
        if unproven
            && (speaking
                || proven_surnames.contains(&surname)
                || beside_speech_verb(texts[*field].0, m)
                || appositive_follows(texts[*field].0, m))
        {
            m.kind = Some(Kind::Person);
        }
    }
    let mut people = PersonNames::new(raw.iter().map(|(_, m)| m));
    people.organisations = organisations_by_context;
    let credited: Vec<String> = article.credits.iter().map(|c| fold(&c.name)).collect();
    let mut placed: Vec<PlacedMention> = Vec::new();
    for (field, m) in raw {
        let Some((kind, name)) = people.resolve(&m) else {
            continue;
        };
        if kind == Kind::Person && credited.contains(&fold(&name)) {
            continue;
        }
        let paragraph = field.wrapping_sub(first_paragraph);
        let in_quote = field >= first_paragraph
            && passages[paragraph]
                .iter()
                .any(|q| m.start >= q.start && m.end <= q.end);
        let possessive = texts[field].0[m.end..].starts_with(['\'', '\u{2019}']);
        placed.push(PlacedMention {
            paragraph: if field >= first_paragraph {
                paragraph
            } else {
                usize::MAX
            },
            start: m.start,
            end: m.end,
            kind,
            name,
            demonym: m.demonym,
            in_quote,
            possessive,
        });
    }
    let resolved = Resolved {
        paragraphs: &article.paragraphs,
        pronouns: pronouns(&article.paragraphs, &placed),
        mentions: placed,
        passages,
        sentences,
        cues,
    };
    article.quotes = quotes::quotes(&article.paragraphs, &resolved);
    article.entities = count_entities(&resolved.mentions);
    // Mentions come in text order within a paragraph: counting characters on from the last
    // one keeps a megabyte paragraph with many names linear.
    let mut counted = (usize::MAX, 0, 0);
    let mut chars_to = |paragraph: usize, byte: usize| {
        if counted.0 != paragraph || byte < counted.1 {
            counted = (paragraph, 0, 0);
        }
        let text = &article.paragraphs[paragraph];
        counted.2 += text[counted.1..byte].chars().count();
        counted.1 = byte;
        counted.2 as u32
    };
    let mentions: Vec<EntityMention> = resolved
        .mentions
        .iter()
        .filter(|m| m.paragraph != usize::MAX)
        .map(|m| EntityMention {
            paragraph: m.paragraph as u32,
            start: chars_to(m.paragraph, m.start),
            end: chars_to(m.paragraph, m.end),
            kind: m.kind,
            name: m.name.as_str().into(),
        })
        .collect();
    article.mentions = mentions;
    let mut found: Vec<(String, dates::Found)> = Vec::new();
    for (text, _) in &texts[1..] {
        pauses.pause().await;
        let in_text = dates::find_pausing(text, pauses).await;
        found.extend(
            in_text
                .into_iter()
                .map(|f| (text[f.start..f.end].to_owned(), f)),
        );
    }
    article.dates = dates::resolve(&found);
    article.language = language::detect(article);
}

/// Whether the words beside a name may make it an organisation: a name its shape or the
/// gazetteer made a person or a town ("Sunderland manager" is the club), but not a titled
/// person, and not a country: its name for a national side counts as the country.
fn may_become_organisation(m: &Mention) -> bool {
    match m.kind {
        None | Some(Kind::Person) => !m.titled,
        Some(Kind::Place) => !m.demonym && gazetteer().country(&m.name).is_none(),
        Some(Kind::Organization) => false,
    }
}

/// Bytes read before a name for a speech verb: room for "said" and any run of spaces.
const LOOK_BEFORE_NAME: usize = 64;

fn beside_speech_verb(text: &str, m: &Mention) -> bool {
    let g = gazetteer();
    let after = &text[m.end..];
    let verb_after = words(after)
        .next()
        .is_some_and(|w| after[..w.start].trim().is_empty() && g.is_speech_verb(&fold(w.text)));
    // Only the last few words before the name are read: reading all the text before every
    // name made a paragraph with many names quadratic to parse (1 MB never finished).
    let from = floor_char_boundary(text, m.start.saturating_sub(LOOK_BEFORE_NAME));
    let before = &text[from..m.start];
    // "said Kerry." but not "said Tory shadow secretary Carol Example". A word at the very
    // start of the window may have been cut, so it does not count.
    let verb_before = words(before)
        .last()
        .filter(|w| from == 0 || w.start > 0)
        .is_some_and(|w| before[w.end..].trim().is_empty() && g.is_speech_verb(&fold(w.text)))
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';'));
    // "Officials said" opens a sentence too: a plural there is a group, not a name.
    let plural = m.name.ends_with('s') && !m.titled;
    (verb_after && !(m.sentence_initial && plural)) || verb_before
}

fn appositive_follows(text: &str, m: &Mention) -> bool {
    let Some(rest) = text[m.end..].strip_prefix(", ") else {
        return false;
    };
    words(rest).next().is_some_and(|w| {
        w.start == 0
            && (WordList::PersonAppositions.contains(fold(w.text).as_str())
                || (w.text.len() <= 3
                    && w.text.chars().all(|c| c.is_ascii_digit())
                    && rest[w.end..].starts_with(',')))
    })
}

fn count_entities(mentions: &[PlacedMention]) -> Entities {
    let mut counts: HashMap<(Kind, &str), (u32, usize)> = HashMap::new();
    for (order, m) in mentions.iter().enumerate() {
        let entry = counts
            .entry((m.kind, m.name.as_str()))
            .or_insert((0, order));
        entry.0 += 1;
    }
    let mut sorted: Vec<_> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    let mut entities = Entities::default();
    for ((kind, name), (mentions, _)) in sorted {
        let list = match kind {
            Kind::Person => &mut entities.people,
            Kind::Place => &mut entities.places,
            Kind::Organization => &mut entities.organizations,
        };
        list.push(EntityCount {
            name: name.into(),
            mentions,
        });
    }
    entities
}

/// The people of one article, so that "Kerry" and "Ms Hewitt" find the full names the
/// article gives elsewhere.
struct PersonNames {
    full: Vec<String>,
    single: Vec<String>,
    /// Names the words beside them showed to be organisations: "Zorbalo" stays the band in
    /// an article that also names Linda Zorbalo.
    organisations: Vec<String>,
}

impl PersonNames {
    fn new<'a>(mentions: impl Iterator<Item = &'a Mention>) -> PersonNames {
        let mut full: Vec<String> = Vec::new();
        let mut single = Vec::new();
        for m in mentions.filter(|m| m.kind == Some(Kind::Person)) {
            let list = if m.name.contains(' ') {
                &mut full
            } else {
                &mut single
            };
            if !list.contains(&m.name) {
                list.push(m.name.clone());
            }
        }
        PersonNames {
            full,
            single,
            organisations: Vec::new(),
        }
    }

    fn full_name_for(&self, word: &str) -> Option<&String> {
        let folded = fold(word);
        let last = |n: &String| n.rsplit(' ').next().is_some_and(|w| fold(w) == folded);
        let first = |n: &String| n.split(' ').next().is_some_and(|w| fold(w) == folded);
        self.full
            .iter()
            .find(|n| last(n))
            .or_else(|| self.full.iter().find(|n| first(n)))
    }

    /// The full name an initial stands for: "F Pelous" or "F. Pelous" is the article's
    /// "Fabien Pelous" when it names one person of that surname and initial.
    fn spelled_out(&self, name: &str) -> Option<&String> {
        let (initial, surname) = name.split_once(' ')?;
        let initial = initial.strip_suffix('.').unwrap_or(initial);
        let mut letters = initial.chars();
        let (Some(letter), None) = (letters.next(), letters.next()) else {
            return None;
        };
        let mut matching = self.full.iter().filter(|full| {
            full.split_once(' ').is_some_and(|(first, rest)| {
                first.chars().count() > 2
                    && first.starts_with(letter)
                    && fold(rest) == fold(surname)
            })
        });
        match (matching.next(), matching.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    fn resolve(&self, m: &Mention) -> Option<(Kind, String)> {
        let single_word = !m.name.contains(' ');
        match m.kind {
            Some(Kind::Person) if single_word => Some((
                Kind::Person,
                self.full_name_for(&m.name).unwrap_or(&m.name).clone(),
            )),
            Some(Kind::Person) => Some((
                Kind::Person,
                self.full
                    .iter()
                    .find(|f| f.len() > m.name.len() && f.ends_with(&format!(" {}", m.name)))
                    .or_else(|| self.spelled_out(&m.name))
                    .unwrap_or(&m.name)
                    .clone(),
            )),
            // "Jordan" in an article about Michael Jordan is the man, "Fox" beside Liam Fox.
            Some(kind)
                if single_word
                    && !m.demonym
                    && !entities::is_acronym(&m.name)
                    && !self.organisations.contains(&m.name) =>
            {
                match self.full_name_for(&m.name) {
                    Some(full) => Some((Kind::Person, full.clone())),
                    None => Some((kind, m.name.clone())),
                }
            }
            Some(kind) => Some((kind, m.name.clone())),
            None if single_word => self
                .full_name_for(&m.name)
                .or_else(|| self.single.iter().find(|s| fold(s) == fold(&m.name)))
                .map(|n| (Kind::Person, n.clone())),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pauses::{resumed_until_done, EveryPauseWaits, PIECE};
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn each_long_pass_over_one_paragraph_pauses_every_few_thousand_units() {
        // 12,000 short sentences (more than twice PIECE), with names, a quotation and a date
        // in each: each pass over the paragraph has several pieces.
        let text = "Jane Brown said \"we met\" on 5 May. ".repeat(12_000);
        let chars = text.chars().count();
        let (sentences, sentence_waits) =
            resumed_until_done(crate::text::sentences_pausing(&text, &mut EveryPauseWaits));
        assert_eq!(sentences.len(), 12_000);
        let learned = LearnedNames::default();
        let pauses_in = [
            (
                "quoted passages",
                resumed_until_done(quotes::passages(&text, &mut EveryPauseWaits)).1,
                chars,
            ),
            ("sentences", sentence_waits, sentences.len()),
            (
                "names",
                resumed_until_done(entities::recognise_pausing(
                    &text,
                    false,
                    &learned,
                    &mut EveryPauseWaits,
                ))
                .1,
                text.split_word_bound_indices().count(),
            ),
            (
                "dates",
                resumed_until_done(dates::find_pausing(&text, &mut EveryPauseWaits)).1,
                words(&text).count(),
            ),
        ];
        for (pass, waits, units) in pauses_in {
            assert!(
                waits + 1 >= units / PIECE,
                "{pass}: {waits} pauses over {units} units, fewer than one every {PIECE}"
            );
        }
    }

    fn understood(text: &str) -> Article {
        crate::parse("x", text)
    }

    #[test]
    fn surnames_and_titles_find_the_full_name() {
        let a = understood(
            "Plans\n\nMaternity pay will rise, said the Trade and Industry Secretary Patricia \
             Hewitt.\n\nMs Hewitt told GMTV's Sunday programme: \"We have already doubled the \
             length of maternity pay.\"\n\nShe added: \"We will extend it.\"",
        );
        let people: Vec<_> = a
            .entities
            .people
            .iter()
            .map(|e| (&*e.name, e.mentions))
            .collect();
        assert_eq!(people, [("Patricia Hewitt", 2)]);
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Patricia Hewitt"), Some("Patricia Hewitt")]);
        assert_eq!(&*a.entities.organizations[0].name, "GMTV");
    }

    #[test]
    fn descriptions_and_continuations_keep_the_speaker() {
        let a = understood(
            "Talks\n\nUS Secretary of State John Kerry spoke in Brussels.\n\n\"NATO is open to \
             a dialogue,\" the top US diplomat said.\n\n\"We will defend every piece of it.\"",
        );
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("John Kerry"), Some("John Kerry")]);
    }

    /// The names of a list of entities, in its order.
    fn names(list: &[crate::article::EntityCount]) -> Vec<&str> {
        list.iter().map(|e| &*e.name).collect()
    }

    /// An article's organisations with their mention counts.
    fn organisations(a: &Article) -> Vec<(&str, u32)> {
        a.entities
            .organizations
            .iter()
            .map(|e| (&*e.name, e.mentions))
            .collect()
    }

    /// The speakers of every quote of a made-up article.
    fn speakers(text: &str) -> Vec<Option<String>> {
        understood(text)
            .quotes
            .into_iter()
            .map(|q| q.speaker.map(|s| s.to_string()))
            .collect()
    }

    fn some(names: &[&str]) -> Vec<Option<String>> {
        names.iter().map(|n| Some((*n).to_owned())).collect()
    }

    #[test]
    fn a_subject_with_an_appositive_speaks_not_the_firm_in_it() {
        assert_eq!(
            speakers(
                "Oil\n\n\"Prices will rise,\" Jane Doe, an analyst at Energy Example, told \
                 reporters.\n\nTom Roe, analyst at Example Merchant, added: \"Supply is short.\""
            ),
            some(&["Jane Doe", "Tom Roe"])
        );
    }

    #[test]
    fn a_name_after_the_verb_and_a_description_is_the_speaker() {
        assert_eq!(
            speakers(
                "Band\n\n\"Music needs a kick,\" declared the band's singer Tom Example.\n\n\
                 \"We will play,\" said Example Records chief executive Ann Sample."
            ),
            some(&["Tom Example", "Ann Sample"])
        );
    }

    #[test]
    fn a_quote_after_reported_speech_is_that_speakers_and_the_next_sentence_does_not_claim_it() {
        assert_eq!(
            speakers(
                "Sport\n\nMr Davis spoke first. \"It matters,\" he said. Shadow minister John \
                 Sample said the policy would help clubs. \"We aim to shift the emphasis to \
                 clubs.\" The Conservatives say the plans have failed."
            ),
            some(&["Davis", "John Sample"])
        );
    }

    #[test]
    fn a_quote_takes_the_speaker_introduced_two_sentences_before_it() {
        assert_eq!(
            speakers(
                "Clubs\n\nShadow minister John Sample said the policy would help clubs. Clubs \
                 have waited years.\n\n\"We aim to shift the emphasis to clubs.\""
            ),
            some(&["John Sample"])
        );
    }

    #[test]
    fn he_and_she_mean_the_person_of_that_gender_named_before() {
        assert_eq!(
            speakers(
                "Talks\n\nMr Brown spoke after Baroness Jones at the launch. \"This feeling \
                 will grow,\" she said. \"We disagree,\" he said."
            ),
            some(&["Jones", "Brown"])
        );
    }

    #[test]
    fn a_first_names_usual_gender_tells_she_from_he() {
        assert_eq!(
            speakers("Talks\n\nJohn Sample met Mary Example. \"It went well,\" she said."),
            some(&["Mary Example"])
        );
    }

    #[test]
    fn he_means_the_subject_of_the_last_sentence_before_the_person_named_most() {
        assert_eq!(
            speakers(
                "Homes\n\nMs Roe said the plans were bold. Ms Roe spoke in Leeds. \
                 Critics praised Ms Roe.\n\nHousing Minister Keith Dale said much of the \
                 plan was copied. \"It is completely uncosted,\" he said."
            ),
            some(&["Keith Dale"])
        );
    }

    #[test]
    fn spokespeople_speak_for_their_organisation_and_a_persons_spokesman_is_not_the_person() {
        assert_eq!(
            speakers(
                "Flights\n\nA spokesman for Example Airways said: \"Flights will resume.\"\n\n\
                 A Labour spokesperson said: \"The plan is a cap on aspiration.\"\n\nPrime \
                 Minister John Doe's official spokesman said: \"We are making plans.\""
            ),
            [
                Some("Example Airways".to_owned()),
                Some("Labour Party".to_owned()),
                None
            ]
        );
    }

    #[test]
    fn the_ministry_is_the_organisation_whose_name_holds_the_word() {
        assert_eq!(
            speakers(
                "Phones\n\nBids are invited, the Ministry of Communications said. The winner \
                 will work with the Example Telecom Company (ETC).\n\nThe ministry said that it \
                 wanted the \"very low telephone penetration rate to rise\"."
            ),
            some(&["Ministry of Communications"])
        );
    }

    #[test]
    fn the_passive_names_the_speaker_after_by() {
        assert_eq!(
            speakers(
                "Mac\n\nChief executive Steve Jobs showed the machine.\n\nThe machine was \
                 described by Jobs as the \"most important Mac\" made."
            ),
            some(&["Steve Jobs"])
        );
    }

    #[test]
    fn it_speaks_for_the_organisation_named_before_and_a_possessive_noun_for_its_owner() {
        assert_eq!(
            speakers(
                "Site\n\nIn a message posted on Example.org on Sunday, the site's controllers \
                 said it was \"closing down for good\". It continued: \"We are very sorry.\""
            ),
            some(&["Example.org", "Example.org"])
        );
    }

    #[test]
    fn a_speech_noun_after_a_determiner_attributes_nothing() {
        assert_eq!(
            speakers(
                "Tricks\n\nHe spoke amid claims that Mr Campbell is part of a \"dirty tricks \
                 campaign\" run by the party."
            ),
            [None]
        );
    }

    #[test]
    fn a_description_after_a_conjunction_finds_the_person_named_with_that_title() {
        assert_eq!(
            speakers(
                "Unity\n\nPrime Minister Tony Blair met Gordon Brown. Mr Brown left early.\n\n\
                 But the prime minister said he had dismissed the claims as a \"load of \
                 nonsense\"."
            ),
            some(&["Tony Blair"])
        );
    }

    #[test]
    fn mentions_are_placed_in_characters_after_multibyte_text() {
        let a = understood("Talks\n\nThe country\u{2019}s Élysée talks: President Vladimir Putin met Angela Merkel in Paris.");
        let placed: Vec<_> = a
            .mentions
            .iter()
            .map(|m| {
                let text: String = a.paragraphs[0]
                    .chars()
                    .skip(m.start as usize)
                    .take((m.end - m.start) as usize)
                    .collect();
                (text, &*m.name)
            })
            .collect();
        assert_eq!(
            placed,
            [
                ("Vladimir Putin".to_owned(), "Vladimir Putin"),
                ("Angela Merkel".to_owned(), "Angela Merkel"),
                ("Paris".to_owned(), "Paris")
            ]
        );
    }

    #[test]
    fn an_initial_and_surname_is_the_full_name_the_article_gives() {
        let a = understood(
            "Squad\n\nFrank Example of France will lead the side.\n\nF Example (France), \
             B. Sample (Wales)",
        );
        let people: Vec<_> = a.entities.people.iter().map(|e| &*e.name).collect();
        assert_eq!(people, ["Frank Example", "B. Sample"]);
    }

    #[test]
    fn a_name_shaped_run_is_a_person_only_with_evidence() {
        let a = understood(
            "Awards\n\nMeeting Point won, beating Exhibitor Relations. Frank Example and Anais \
             Sample, an analyst, came. Magnus Roe said it was fine. Ivo Roewer spoke; Mr \
             Roewer left.",
        );
        let mut people: Vec<_> = a.entities.people.iter().map(|e| &*e.name).collect();
        people.sort_unstable();
        assert_eq!(
            people,
            ["Anais Sample", "Frank Example", "Ivo Roewer", "Magnus Roe"]
        );
    }

    #[test]
    fn the_collection_teaches_first_names_the_census_lacks() {
        let corpus = crate::Corpus::from_texts([
            ("a", "Talks\n\nPresident Vladimir Putin spoke."),
            ("b", "Talks\n\nVladimir Orlov met them."),
        ]);
        assert_eq!(
            names(&corpus.articles()[1].entities.people),
            ["Vladimir Orlov"]
        );
        let alone = understood("Talks\n\nVladimir Orlov met them.");
        assert!(alone.entities.people.is_empty());
    }

    #[test]
    fn a_short_form_the_text_defines_is_the_organisation_everywhere() {
        let a = understood(
            "Pay\n\nThe Equal Opportunities Commission (EOC) said pay was unfair. Later the EOC \
             published figures.",
        );
        assert_eq!(organisations(&a), [("Equal Opportunities Commission", 3)]);
    }

    #[test]
    fn a_name_the_words_beside_it_show_to_be_an_organisation_stays_one() {
        let a = understood(
            "Band\n\nThe band is named after Linda Zorbalo. Zorbalo's singer Tom Example \
             spoke. Zorbalo won.",
        );
        assert_eq!(organisations(&a), [("Zorbalo", 2)]);
    }

    #[test]
    fn an_acronym_is_an_organisation_only_when_an_article_of_the_collection_shows_it() {
        let alone = understood("Tax\n\nVAT rose at 10:00 GMT. ITV said it would report.");
        let organisations: Vec<_> = alone
            .entities
            .organizations
            .iter()
            .map(|e| &*e.name)
            .collect();
        assert_eq!(organisations, ["ITV"]);
        let corpus = crate::Corpus::from_texts([
            (
                "a",
                "Tax\n\nVAT rose at 10:00 GMT. ITV said it would report.",
            ),
            ("b", "Shows\n\nThe show moves to ITV next year."),
        ]);
        assert_eq!(names(&corpus.articles()[1].entities.organizations), ["ITV"]);
    }

    #[test]
    fn credited_names_are_not_people_of_the_story() {
        let a = understood(
            "Talks\n\nKerry said the talks went well.\n\n(Reporting by David Brunnstrom; Editing \
             by Sandra Maler)",
        );
        let people: Vec<_> = a.entities.people.iter().map(|e| &*e.name).collect();
        assert_eq!(people, ["Kerry"]);
    }
}
