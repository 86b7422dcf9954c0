//! People, places and organisations in one text: runs of capitalised words, matched against
//! the gazetteers by longest phrase, the rest told apart by titles, suffixes and shape.

use super::gazetteer::{gazetteer, phrase_key, Kind};
use super::word_lists::WordList;
use crate::pauses::{piece_ends, Pauses};
use crate::text::fold;
use unicode_segmentation::UnicodeSegmentation;

/// A name found in a text, before the article's people are made canonical.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// `None`: a lone capitalised word that may yet prove to be a person's name.
    pub kind: Option<Kind>,
    pub name: String,
    /// A title stood before it ("Ms Hewitt", "Secretary of State John Kerry").
    pub titled: bool,
    /// Named by an adjective ("Belarusian"): counts for the place, never marks a person.
    pub demonym: bool,
    /// The first word of a sentence, whose capital proves nothing.
    pub sentence_initial: bool,
}

#[derive(Clone, Debug)]
struct Item<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    folded: String,
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Removes a possessive ending: "Russia's" is Russia.
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('\u{2019}'))
        .unwrap_or(word)
}

/// Every name in `text`. `known_only` (for headlines, whose capitals prove nothing) keeps only
/// what the gazetteers know and titled names. Pauses every few thousand words (`pauses.rs`).
pub async fn recognise_pausing(
    text: &str,
    known_only: bool,
    learned: &LearnedNames,
    pauses: &mut impl Pauses,
) -> Vec<Mention> {
    let how = Reading {
        known_only,
        learned,
    };
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    for (n, token) in text.split_word_bound_indices().enumerate() {
        if piece_ends(n) {
            pauses.pause().await;
        }
        tokens.push(token);
    }
    let mut mentions = Vec::new();
    let mut run: Vec<Item> = Vec::new();
    let mut run_sentence_initial = false;
    let mut sentence_start = true;
    let mut i = 0;
    let mut looked = 0;
    while i < tokens.len() {
        looked += 1;
        if piece_ends(looked) {
            pauses.pause().await;
        }
        let (start, token) = tokens[i];
        let is_word = token.chars().any(char::is_alphanumeric);
        if is_word {
            let bare = without_possessive(token);
            let folded = fold(bare);
            let possessive = bare.len() != token.len();
            let mut end = start + bare.len();
            let mut next = i + 1;
            // Hyphenated capitalised compounds ("Jean-Claude", "Hewlett-Packard") are one word.
            while !possessive
                && tokens.get(next).is_some_and(|t| t.1 == "-")
                && tokens.get(next + 1).is_some_and(|t| is_capitalised(t.1))
            {
                end = tokens[next + 1].0 + without_possessive(tokens[next + 1].1).len();
                next += 2;
            }
            // An initial with its dot ("George W. Bush").
            if bare.chars().count() == 1 && tokens.get(next).is_some_and(|t| t.1 == ".") {
                end += 1;
                next += 1;
            }
            let word = &text[start..end];
            let joins = if is_capitalised(word) {
                !is_date_word(&folded, &tokens, i, next)
            } else {
                // "for" joins a body's name ("Department for Transport", "Commission for
                // Racial Equality") once the run has named a body.
                let body_connector = folded == "for"
                    && run.iter().any(|it| {
                        WordList::OrganisationHeads.contains(it.folded.as_str())
                            || WordList::OrganisationSuffixes.contains(it.folded.as_str())
                    });
                (WordList::Connectors.contains(folded.as_str()) || body_connector)
                    && !run.is_empty()
                    && tokens.get(next).is_some_and(|t| t.1 == " ")
                    && tokens.get(next + 1).is_some_and(|t| is_capitalised(t.1))
            };
            if joins {
                if run.is_empty() {
                    run_sentence_initial = sentence_start;
                }
                run.push(Item {
                    text: word,
                    start,
                    end,
                    folded: phrase_key(word),
                });
            } else {
                flush(text, &mut run, run_sentence_initial, &how, &mut mentions);
            }
            if possessive {
                flush(text, &mut run, run_sentence_initial, &how, &mut mentions);
            }
            sentence_start = false;
            i = next;
            continue;
        }
        if token != " " {
            flush(text, &mut run, run_sentence_initial, &how, &mut mentions);
        }
        let opens_quote = matches!(token, "\"" | "\u{201C}" | "'" | "\u{2018}")
            && tokens.get(i + 1).is_some_and(|t| t.1 != " ");
        if opens_quote
            || token
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | ':' | '(' | '\u{2014}'))
        {
            sentence_start = true;
        }
        i += 1;
    }
    flush(text, &mut run, run_sentence_initial, &how, &mut mentions);
    mentions
}

/// A weekday, a month that is not also a name (`May`, `March` can be), or a word of [`WordList::NeverNames`].
fn never_a_name(folded: &str) -> bool {
    super::dates::WEEKDAYS.contains(&folded)
        || (super::dates::MONTHS.contains(&folded) && !WordList::NameMonths.contains(folded))
        || WordList::NeverNames.contains(folded)
}

fn is_date_word(folded: &str, tokens: &[(usize, &str)], i: usize, next: usize) -> bool {
    if super::dates::WEEKDAYS.contains(&folded)
        || super::dates::month_number(folded)
            .is_some_and(|_| !WordList::NameMonths.contains(folded))
    {
        return true;
    }
    if !WordList::NameMonths.contains(folded) {
        return false;
    }
    let number_after = tokens
        .get(next + 1)
        .is_some_and(|t| t.1.starts_with(|c: char| c.is_ascii_digit()));
    let previous_word = tokens[..i]
        .iter()
        .rev()
        .find(|t| t.1.chars().any(char::is_alphanumeric))
        .map(|t| t.1);
    let number_before = previous_word.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let lead_before = i >= 2
        && tokens[i - 1].1 == " "
        && previous_word.is_some_and(|w| WordList::DateLeads.contains(w));
    number_after || number_before || lead_before
}

/// Classifies a finished run of capitalised words and empties it.
fn flush(
    text: &str,
    run: &mut Vec<Item>,
    sentence_initial: bool,
    how: &Reading,
    out: &mut Vec<Mention>,
) {
    if run.is_empty() {
        return;
    }
    let mut items = std::mem::take(run);
    let g = gazetteer();
    // "The", "But", "In": sentence openers and articles are not part of a name.
    // ...unless a known name starts with it: "New York", "New Zealand", "The Hague".
    let known_from_first = |items: &[Item]| {
        (2..=g.longest.min(items.len())).any(|k| {
            let key = items[..k]
                .iter()
                .map(|it| it.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            g.lookup(&key).is_some()
        })
    };
    while items.first().is_some_and(|it| {
        g.is_stopword(&it.folded) && !is_acronym(it.text) && !g.is_title(&it.folded)
    }) && !known_from_first(&items)
    {
        items.remove(0);
    }
    // "Shares of Example Corp", "Chairman of Example Corp" at a sentence's start: the cue's
    // words are capitalised by the sentence, not part of the name.
    let leading_cue = organisation_cues().0.iter().find(|cue| {
        items.len() > cue.len()
            && cue.len() >= 2
            && items.iter().zip(cue.iter()).all(|(it, w)| it.folded == *w)
    });
    if let Some(cue) = leading_cue {
        items.drain(..cue.len());
    }
    while items
        .last()
        .is_some_and(|it| WordList::Connectors.contains(it.folded.as_str()) || it.folded == "for")
    {
        items.pop();
    }
    if items.is_empty() {
        return;
    }
    let first_is_sentence_initial = sentence_initial;
    let mut unknown: Vec<Item> = Vec::new();
    let mut titled = false;
    let mut j = 0;
    while j < items.len() {
        let longest = g.longest.min(items.len() - j);
        let mut matched = None;
        for k in (1..=longest).rev() {
            let key = items[j..j + k]
                .iter()
                .map(|it| it.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(known) = g.lookup(&key) {
                matched = Some((k, known.clone()));
                break;
            }
        }
        if let Some((k, known)) = matched {
            // A town's name before a name that is not a title begins a person's name
            // ("Jordan Henderson", "Paris Hilton"), not a place.
            let opens_a_name = k == 1
                && known.kind == Kind::Place
                && !known.demonym
                && !is_acronym(items[j].text)
                && items.get(j + 1).is_some_and(|next| {
                    !g.is_title(&next.folded) && g.lookup(&next.folded).is_none()
                });
            // A town or a firm's name after a first name is a surname: "Ken Livingstone",
            // "Gordon Fox".
            let ends_a_name = k == 1
                && !known.demonym
                && !is_acronym(items[j].text)
                && unknown
                    .last()
                    .is_some_and(|u| looks_like_name_word(u.text) && how.is_first_name(&u.folded));
            // "Royal Society of Edinburgh": a known name after "of" ends a longer name; but
            // "Gordon Bullock of Scotland" is a person and where he is from.
            let person_of_place = known.kind == Kind::Place
                && unknown.last().is_some_and(|u| u.folded == "of")
                && person_shaped(&unknown[..unknown.len() - 1]);
            if person_of_place {
                unknown.pop();
            }
            let ends_of_chain = unknown.last().is_some_and(|u| u.folded == "of");
            if !opens_a_name && !ends_of_chain && !ends_a_name {
                let initial = sentence_initial_for(&unknown, first_is_sentence_initial, &items);
                classify(text, &mut unknown, titled, initial, how, out);
                titled = false;
                out.push(Mention {
                    start: items[j].start,
                    end: items[j + k - 1].end,
                    kind: Some(known.kind),
                    name: known.canonical.to_owned(),
                    titled: false,
                    demonym: known.demonym,
                    sentence_initial: false,
                });
                j += k;
                continue;
            }
        }
        let item = items[j].clone();
        let is_title = g.is_title(&item.folded);
        if !unknown.is_empty() && is_title && !titled {
            // "Housing Minister Keith Hill": a title after other words starts the name anew.
            while unknown
                .last()
                .is_some_and(|u| WordList::Connectors.contains(u.folded.as_str()))
            {
                unknown.pop();
            }
            let initial = sentence_initial_for(&unknown, first_is_sentence_initial, &items);
            classify(text, &mut unknown, false, initial, how, out);
        }
        if unknown.is_empty()
            && (is_title || (titled && WordList::Connectors.contains(item.folded.as_str())))
        {
            titled = true;
        } else {
            unknown.push(item);
        }
        j += 1;
    }
    let initial = sentence_initial_for(&unknown, first_is_sentence_initial, &items);
    classify(text, &mut unknown, titled, initial, how, out);
}

fn sentence_initial_for(unknown: &[Item], first_is_sentence_initial: bool, items: &[Item]) -> bool {
    first_is_sentence_initial && unknown.first().is_some_and(|u| u.start == items[0].start)
}

fn classify(
    text: &str,
    unknown: &mut Vec<Item>,
    titled: bool,
    sentence_initial: bool,
    how: &Reading,
    out: &mut Vec<Mention>,
) {
    let items = std::mem::take(unknown);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    if items
        .iter()
        .all(|it| never_a_name(&it.folded) || gazetteer().is_title(&it.folded))
    {
        return;
    }
    let start = first.start;
    let end = last.end;
    // A ticker symbol in angle brackets ("Example Chemical Corp <CHEM>") is the company's
    // code on an exchange, not an organisation of its own.
    if text[..start].ends_with('<') && text[end..].starts_with('>') {
        return;
    }
    let name = text[start..end].to_owned();
    let mention = |kind| Mention {
        start,
        end,
        kind,
        name: name.clone(),
        titled,
        demonym: false,
        sentence_initial,
    };
    let last_word = last.folded.as_str();
    let words = items.len();
    if how.known_only && !titled {
        out.push(mention(None));
        return;
    }
    // The shape of the name can tell: a suffix, or a head word followed by "of".
    let organization = words >= 2 && WordList::OrganisationSuffixes.contains(last_word)
        || words >= 3
            && (WordList::OrganisationHeads.contains(first.folded.as_str())
                && matches!(items[1].folded.as_str(), "of" | "for")
                || items.windows(2).any(|w| {
                    matches!(w[1].folded.as_str(), "of" | "for")
                        && WordList::OrganisationSuffixes.contains(w[0].folded.as_str())
                }));
    let place = words >= 3
        && items[1].folded == "of"
        && WordList::PlaceHeads.contains(first.folded.as_str())
        || words >= 2 && WordList::PlaceSuffixes.contains(last_word);
    // Title case of works ("Meet The Fockers", "Dismantle An Atomic Bomb", "Suddenly I"): a
    // capitalised function word inside a run is not how names are written.
    let title_of_a_work = items
        .iter()
        .skip(1)
        .any(|it| is_capitalised(it.text) && title_case_word(&it.folded));
    let web_address = words == 1 && is_web_address(&first.text.to_lowercase());
    if web_address {
        out.push(mention(Some(Kind::Organization)));
    } else if title_of_a_work && !organization && !place {
    } else if organization {
        out.push(mention(Some(Kind::Organization)));
    } else if place {
        out.push(mention(Some(Kind::Place)));
    } else if items
        .iter()
        .any(|it| WordList::ThingWords.contains(it.folded.as_str()))
    {
    } else if titled && words <= 4 {
        out.push(mention(Some(Kind::Person)));
    } else if words == 1 {
        // An acronym the gazetteers do not know is a body (ITV), a tax (VAT), a time zone (GMT)
        // or a format (MP3) as often as not: it stays unknown until the article (a definition
        // "(EOC)", a cue "shares in TWX", a verb of saying) or another of the collection shows
        // it to be an organisation.
        let known_body = how.learned.acronyms.contains(first.text);
        out.push(mention(known_body.then_some(Kind::Organization)));
    } else if words <= 4
        && items.iter().all(|it| {
            looks_like_name_word(it.text) || WordList::Connectors.contains(it.folded.as_str())
        })
    {
        // Written like a name is not yet a name ("Meeting Point", "Exhibitor Relations"): a
        // first name (census or learned from the collection) or an initial first shows a
        // person. A run that reaches a first name only later ("Defenders Danny Gabbidon",
        // "Exchequer Gordon Brown") is the person from there. A surname at the end proves
        // nothing: firms are named after people ("Time Warner", "Morgan Stanley"). Without a
        // first name the run stays unknown, and the article can still prove it a person.
        let opens_with_a_name = |it: &Item| {
            how.is_first_name(&it.folded) || it.text.trim_end_matches('.').chars().count() == 1
        };
        let inner_first_name = (1..words - 1).find(|&i| opens_with_a_name(&items[i]));
        if opens_with_a_name(first) {
            out.push(mention(Some(Kind::Person)));
        } else if let Some(from) = inner_first_name {
            let name = text[items[from].start..end].to_owned();
            out.push(Mention {
                start: items[from].start,
                name,
                sentence_initial: false,
                ..mention(Some(Kind::Person))
            });
        } else {
            out.push(mention(None));
        }
    }
}

/// What the collection itself shows about names, for reading its articles again.
#[derive(Clone, Debug, Default)]
pub struct LearnedNames {
    /// The first words of names its articles prove to be people (by a title, a verb of
    /// saying, an apposition). The census lists are American and of 1990: "Vladimir", "Anais"
    /// and "Magnus" are in no list, but a collection that says "President Vladimir Putin"
    /// somewhere knows that Vladimir opens a name. Folded.
    pub first_names: std::collections::HashSet<String>,
    /// Acronyms its articles show to be organisations ("ITV said", "shares in TWX"): one
    /// everywhere in the collection. As written.
    pub acronyms: std::collections::HashSet<String>,
}

impl LearnedNames {
    pub fn is_empty(&self) -> bool {
        self.first_names.is_empty() && self.acronyms.is_empty()
    }
}

/// How a text is read: its kind, and what the collection taught.
struct Reading<'a> {
    /// Headlines: capitals prove nothing, so only what the gazetteers know and titled names.
    known_only: bool,
    learned: &'a LearnedNames,
}

impl Reading<'_> {
    /// A first name of the census lists ("Ken", "Gordon") or of the collection: the word after
    /// it is a surname.
    fn is_first_name(&self, folded: &str) -> bool {
        gazetteer().first_name_gender(folded).is_some() || self.learned.first_names.contains(folded)
    }
}

/// Two or three words written as a person's name and none that names a body, a place or a
/// thing ("Gordon Bullock", not "Royal Society" or "Bank").
fn person_shaped(items: &[Item]) -> bool {
    (2..=3).contains(&items.len())
        && items.iter().all(|it| {
            looks_like_name_word(it.text)
                && ![
                    WordList::OrganisationSuffixes,
                    WordList::OrganisationHeads,
                    WordList::PlaceHeads,
                    WordList::PlaceSuffixes,
                    WordList::ThingWords,
                ]
                .iter()
                .any(|list| list.contains(&it.folded))
        })
}

/// Whether `short` is written from the initials of `long`'s capitalised words: "CRE" for
/// "Commission for Racial Equality", "EOC" for "Equal Opportunities Commission".
pub fn abbreviates(short: &str, long: &str) -> bool {
    let initials: String = crate::text::words(long)
        .filter(|w| is_capitalised(w.text))
        .filter_map(|w| w.text.chars().next())
        .collect();
    short.chars().count() >= 2
        && initials.chars().count() == short.chars().count()
        && initials
            .chars()
            .zip(short.chars())
            .all(|(a, b)| a.to_uppercase().eq(b.to_uppercase()))
}

/// A function word that title case capitalises (`data/title_case_words.txt`).
fn title_case_word(folded: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            include_str!("../../data/title_case_words.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(&folded)
}

/// A site named by its address ("Example.org", "Amazon.co.uk"): the organisation behind it.
fn is_web_address(folded: &str) -> bool {
    const ENDINGS: &[&str] = &[".com", ".org", ".net", ".co.uk", ".org.uk", ".tv", ".info"];
    ENDINGS
        .iter()
        .any(|e| folded.len() > e.len() + 1 && folded.ends_with(e))
}

/// The cues read before a name and after it, each as folded words.
type Cues = (Vec<Vec<String>>, Vec<Vec<String>>);

/// The cues of `data/organisation_cues.tsv`: before a name, and after it.
fn organisation_cues() -> &'static Cues {
    static CUES: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for line in include_str!("../../data/organisation_cues.tsv").lines() {
            let Some((side, cue)) = line.split_once('\t').filter(|_| !line.starts_with('#')) else {
                continue;
            };
            let cue: Vec<String> = cue.split_whitespace().map(fold).collect();
            match side {
                "before" => before.push(cue),
                _ => after.push(cue),
            }
        }
        (before, after)
    })
}

/// Whether the words beside a mention show an organisation (`data/organisation_cues.tsv`):
/// "a spokesman for Toho", "Sunderland manager", "Ask Jeeves shares".
pub fn organisation_by_context(text: &str, m: &Mention) -> bool {
    let (before_cues, after_cues) = organisation_cues();
    // A few words each side are enough for the longest cue; reading more would make a
    // paragraph of many names quadratic.
    const REACH: usize = 48;
    let from = crate::text::floor_char_boundary(text, m.start.saturating_sub(REACH));
    let before: Vec<String> = crate::text::words(&text[from..m.start])
        .map(|w| fold(w.text))
        .collect();
    let after_start = m.end;
    let to = crate::text::floor_char_boundary(text, after_start + REACH);
    let rest = &text[after_start..to];
    // Past a possessive: "Ask Jeeves's chief executive".
    let rest = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"))
        .unwrap_or(rest);
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // The cue follows the name itself: in "Paul Reynolds, chief executive of X" the comma
    // opens an apposition about the person.
    let after: Vec<String> = crate::text::words(rest)
        .scan(0, |last_end, w| {
            let joined = rest[*last_end..w.start].chars().all(char::is_whitespace);
            *last_end = w.end;
            joined.then(|| fold(w.text))
        })
        .collect();
    // A squad list: "Danny Gabbidon (West Ham), Jason Koumas (West Brom)" names each
    // player's club in brackets after the player's name.
    let before_bracket = text[..m.start].strip_suffix('(').map(str::trim_end);
    // ("(L)" in a caption is the left of the picture.)
    // A name already shown to be a person's stays one: "the film (Martin Scorsese)".
    let club_in_brackets = rest.starts_with(')')
        && m.name.chars().count() > 2
        && m.kind != Some(Kind::Person)
        && before_bracket
            .is_some_and(|b| b.ends_with(|c: char| c.is_alphabetic()) && b.len() < m.start);
    if club_in_brackets {
        return true;
    }
    let before_text_ends_with_space = text[..m.start].ends_with(' ');
    before_cues.iter().any(|cue| {
        before_text_ends_with_space
            && before.len() >= cue.len()
            && before[before.len() - cue.len()..] == cue[..]
    }) || after_cues
        .iter()
        .any(|cue| after.len() >= cue.len() && after[..cue.len()] == cue[..])
}

/// A short phrase written as a name: one to `max_words` words, each opening with a capital
/// ("Jane Doe", "N.Y.", "Northern Territory"). The one test of that shape for the lines the
/// layout reads (credit lines `by Jane Doe`, dateline regions `COMMACK, N.Y.`); names in
/// running text, where every sentence opens with a capital, need more: each word written as a
/// name ([`looks_like_name_word`]) and evidence that it is one.
pub fn written_as_a_name(phrase: &str, max_words: usize) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (1..=max_words).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Kerry", "McDonald", "O'Brien", "Jean-Claude", "W.": a capital, then mostly small letters.
fn looks_like_name_word(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || !letters[0].is_uppercase() {
        return false;
    }
    letters.len() == 1 || letters.iter().skip(1).any(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pauses::{at_once, AtOnce};

    fn recognise(text: &str, known_only: bool, learned: &LearnedNames) -> Vec<Mention> {
        at_once(recognise_pausing(text, known_only, learned, &mut AtOnce))
    }

    fn found(text: &str) -> Vec<(Option<Kind>, String)> {
        recognise(text, false, &LearnedNames::default())
            .into_iter()
            .filter(|m| m.kind.is_some())
            .map(|m| (m.kind, m.name))
            .collect()
    }

    #[test]
    fn titles_are_stripped_and_prove_a_person() {
        assert_eq!(
            found("US Secretary of State John Kerry has called for talks."),
            [
                (Some(Kind::Place), "United States".to_owned()),
                (Some(Kind::Person), "John Kerry".to_owned())
            ]
        );
        assert_eq!(
            found("It would rise, Ms Hewitt told GMTV's Sunday programme."),
            [
                (Some(Kind::Person), "Hewitt".to_owned()),
                (Some(Kind::Organization), "GMTV".to_owned())
            ]
        );
    }

    #[test]
    fn gazetteer_phrases_win_by_length() {
        assert_eq!(
            found("David Frost, director general of the British Chambers of Commerce, warned."),
            [
                (Some(Kind::Person), "David Frost".to_owned()),
                (
                    Some(Kind::Organization),
                    "British Chambers of Commerce".to_owned()
                )
            ]
        );
        assert_eq!(
            found("a summit in the Belarusian capital city of Minsk"),
            [
                (Some(Kind::Place), "Belarus".to_owned()),
                (Some(Kind::Place), "Minsk".to_owned())
            ]
        );
    }

    fn kinds_in_context(text: &str) -> Vec<(String, bool)> {
        recognise(text, false, &LearnedNames::default())
            .into_iter()
            .map(|m| (m.name.clone(), organisation_by_context(text, &m)))
            .collect()
    }

    #[test]
    fn words_beside_a_name_show_an_organisation() {
        assert_eq!(
            kinds_in_context("A spokesman for Toho said shares in Zenbo rose."),
            [("Toho".to_owned(), true), ("Zenbo".to_owned(), true)]
        );
        assert_eq!(
            kinds_in_context("Sunderland manager Mick Example and Ask Jeeves's chief executive."),
            [
                ("Sunderland".to_owned(), true),
                ("Mick Example".to_owned(), false),
                ("Ask Jeeves".to_owned(), true)
            ]
        );
    }

    #[test]
    fn titles_of_works_are_not_people_and_web_addresses_are_organisations() {
        assert_eq!(
            found("The film Meet The Fockers beat Dismantle An Atomic Bomb at Example.org today."),
            [(Some(Kind::Organization), "Example.org".to_owned())]
        );
    }

    #[test]
    fn a_person_of_a_country_is_the_person_and_the_country() {
        assert_eq!(
            found("Gordon Example of Scotland joined the Royal Society of Edinburgh."),
            [
                (Some(Kind::Person), "Gordon Example".to_owned()),
                (Some(Kind::Place), "Scotland".to_owned()),
                (
                    Some(Kind::Organization),
                    "Royal Society of Edinburgh".to_owned()
                )
            ]
        );
    }

    #[test]
    fn a_known_name_may_start_with_a_stop_word_and_a_town_after_a_first_name_is_a_surname() {
        assert_eq!(
            found("He flew from New York to meet Ken Livingstone and Gordon Fox."),
            [
                (Some(Kind::Place), "New York".to_owned()),
                (Some(Kind::Person), "Ken Livingstone".to_owned()),
                (Some(Kind::Person), "Gordon Fox".to_owned())
            ]
        );
    }

    #[test]
    fn a_club_in_brackets_after_a_player_and_a_band_by_its_players_are_organisations() {
        assert_eq!(
            kinds_in_context("Danny Example (Wrexham), the band Keane and Zorba's singer."),
            [
                ("Danny Example".to_owned(), false),
                ("Wrexham".to_owned(), true),
                ("Keane".to_owned(), true),
                ("Zorba".to_owned(), true)
            ]
        );
        assert_eq!(
            kinds_in_context("(Wrexham) opened the list."),
            [("Wrexham".to_owned(), false)]
        );
    }

    #[test]
    fn a_short_form_abbreviates_the_initials_of_a_name() {
        assert!(abbreviates("CRE", "Commission for Racial Equality"));
        assert!(abbreviates("EOC", "Equal Opportunities Commission"));
        assert!(!abbreviates("EU", "Equal Opportunities Commission"));
    }

    #[test]
    fn for_joins_a_bodys_name_but_not_a_persons() {
        assert_eq!(
            found("The Commission for Racial Equality and Tony Example for Labour spoke."),
            [
                (
                    Some(Kind::Organization),
                    "Commission for Racial Equality".to_owned()
                ),
                (Some(Kind::Person), "Tony Example".to_owned()),
                (Some(Kind::Organization), "Labour Party".to_owned())
            ]
        );
    }

    #[test]
    fn a_person_starts_at_the_first_name_and_a_surname_alone_proves_nothing() {
        assert_eq!(
            found("Chancellor of the Exchequer Gordon Brown met Zeta Warner."),
            [(Some(Kind::Person), "Gordon Brown".to_owned())]
        );
    }

    #[test]
    fn ticker_symbols_are_not_organisations() {
        assert_eq!(
            found("Shares of Example Chemical Corp <CHEM> rose."),
            [(Some(Kind::Organization), "Example Chemical Corp".to_owned())]
        );
    }

    #[test]
    fn an_apposition_after_a_person_is_no_organisation_cue() {
        assert_eq!(
            kinds_in_context("Paul Example, chief executive of the firm, left."),
            [("Paul Example".to_owned(), false)]
        );
    }

    #[test]
    fn weekdays_months_and_lone_titles_are_not_names() {
        assert!(found("Speaking Thursday at the headquarters").is_empty());
        assert!(found("the Secretary General said on May 19").is_empty());
        assert_eq!(
            found("The Shadow Secretary of State for the Family, Theresa May, said"),
            [(Some(Kind::Person), "Theresa May".to_owned())]
        );
    }
}
