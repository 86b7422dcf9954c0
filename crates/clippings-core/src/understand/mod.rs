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

pub use gazetteer::Kind;
pub use keywords::keywords;
pub use link::link_people;

use crate::article::{Article, Entities, EntityCount, EntityMention};
use crate::text::{floor_char_boundary, fold, words};
use entities::Mention;
use gazetteer::gazetteer;
use quotes::Passage;
use std::collections::HashMap;

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
}

/// The article's names and quoted passages, for attributing quotes.
pub struct Resolved {
    mentions: Vec<PlacedMention>,
    passages: Vec<Vec<Passage>>,
}

impl Resolved {
    fn in_paragraph(&self, p: usize) -> impl Iterator<Item = &PlacedMention> {
        self.mentions.iter().filter(move |m| m.paragraph == p)
    }

    fn passages(&self, p: usize) -> &[Passage] {
        &self.passages[p]
    }

    fn last_of_kind_before(&self, kind: Kind, p: usize, at: usize) -> Option<String> {
        self.mentions
            .iter()
            .filter(|m| m.kind == kind && !m.in_quote && !m.demonym)
            .rfind(|m| m.paragraph < p || (m.paragraph == p && m.end <= at))
            .map(|m| m.name.clone())
    }

    /// Who "he" or "she" most likely is: the person named most so far, with weight for being
    /// named close by and for having just spoken; the nearest wins ties.
    fn salient_person_before(
        &self,
        p: usize,
        at: usize,
        last_speaker: Option<&str>,
    ) -> Option<String> {
        let mut scores: Vec<(&str, u32, usize)> = Vec::new();
        for (order, m) in self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == Kind::Person && !m.in_quote && m.paragraph != usize::MAX)
            .filter(|(_, m)| m.paragraph < p || (m.paragraph == p && m.end <= at))
        {
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

pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "person",
        Kind::Place => "place",
        Kind::Organization => "organization",
    }
}

/// Fills the article's quotes, entities, mentions, dates and language from its text.
pub fn understand(article: &mut Article) {
    let passages: Vec<Vec<Passage>> = article
        .paragraphs
        .iter()
        .map(|p| quotes::passages(p))
        .collect();
    // Field 0 is the headline, then captions, then paragraphs: one numbering for all texts.
    let mut texts: Vec<(&str, bool)> = vec![(article.headline.as_str(), true)];
    texts.extend(article.captions.iter().map(|c| (c.text.as_str(), false)));
    let first_paragraph = texts.len();
    texts.extend(article.paragraphs.iter().map(|p| (p.as_str(), false)));

    let mut raw: Vec<(usize, Mention)> = Vec::new();
    for (field, &(text, is_headline)) in texts.iter().enumerate() {
        for mut m in entities::recognise(text, is_headline) {
            if m.kind.is_none() && beside_speech_verb(text, &m) {
                m.kind = Some(Kind::Person);
            }
            raw.push((field, m));
        }
    }
    let people = PersonNames::new(raw.iter().map(|(_, m)| m));
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
        });
    }
    let resolved = Resolved {
        mentions: placed,
        passages,
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
            kind: kind_name(m.kind).to_owned(),
            name: m.name.clone(),
        })
        .collect();
    article.mentions = mentions;
    let found: Vec<(String, dates::Found)> = texts[1..]
        .iter()
        .flat_map(|(text, _)| {
            dates::find(text)
                .into_iter()
                .map(|f| (text[f.start..f.end].to_owned(), f))
        })
        .collect();
    article.dates = dates::resolve(&found);
    article.language = language::detect(article);
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
    // "said Kerry." but not "said Tory shadow secretary Caroline Spelman". A word at the very
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
            name: name.to_owned(),
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
        PersonNames { full, single }
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
                    .unwrap_or(&m.name)
                    .clone(),
            )),
            // "Jordan" in an article about Michael Jordan is the man, "Fox" beside Liam Fox.
            Some(kind) if single_word && !m.demonym && !entities::is_acronym(&m.name) => {
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
            .map(|e| (e.name.as_str(), e.mentions))
            .collect();
        assert_eq!(people, [("Patricia Hewitt", 2)]);
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Patricia Hewitt"), Some("Patricia Hewitt")]);
        assert_eq!(a.entities.organizations[0].name, "GMTV");
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

    #[test]
    fn mentions_are_placed_in_characters_after_multibyte_text() {
        let a = understood("Talks\n\nThe country\u{2019}s Élysée talks: Vladimir Putin met Angela Merkel in Paris.");
        let placed: Vec<_> = a
            .mentions
            .iter()
            .map(|m| {
                let text: String = a.paragraphs[0]
                    .chars()
                    .skip(m.start as usize)
                    .take((m.end - m.start) as usize)
                    .collect();
                (text, m.name.as_str())
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
    fn credited_names_are_not_people_of_the_story() {
        let a = understood(
            "Talks\n\nKerry said the talks went well.\n\n(Reporting by David Brunnstrom; Editing \
             by Sandra Maler)",
        );
        let people: Vec<_> = a.entities.people.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(people, ["Kerry"]);
    }
}
