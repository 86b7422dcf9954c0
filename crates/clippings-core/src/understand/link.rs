//! Names across the collection: an article that says only "Kerry" means the John Kerry that
//! other articles name in full, when the collection's articles name one person of that surname
//! far more than any other; and a name the collection mostly knows as an organisation is one
//! in every article.

use super::gazetteer::{gazetteer, Gender};
use super::quotes::Pronoun;
use crate::article::{Article, EntityCount, EntityKind as Kind, Name};
use crate::text::{fold, words};
use std::collections::HashMap;

/// How many times more articles the commonest full name of a surname must have than all the
/// others together for a bare surname to mean it: "Bush" is George W Bush in a collection
/// that names him in 40 articles and his father in 2, but "Brown" stays "Brown" between two
/// well-known Browns.
const DOMINANT: usize = 3;

/// Adds `entity` to `list`, or its mentions to the entry of the same name: two names that
/// became one ("Kerry" linked to "John Kerry") count as one.
fn add_counted(list: &mut Vec<EntityCount>, entity: EntityCount) {
    match list.iter_mut().find(|e| e.name == entity.name) {
        Some(existing) => existing.mentions += entity.mentions,
        None => list.push(entity),
    }
}

/// Names that are people in some articles and organisations in more become organisations
/// everywhere: "Deutsche Boerse" read as a person's name where nothing showed otherwise.
pub fn link_kinds(articles: &mut [Article]) {
    let mut kinds: HashMap<String, (usize, usize)> = HashMap::new();
    for article in articles.iter() {
        for person in &article.entities.people {
            kinds.entry(fold(&person.name)).or_default().0 += 1;
        }
        for organisation in &article.entities.organizations {
            kinds.entry(fold(&organisation.name)).or_default().1 += 1;
        }
    }
    let organisation = |name: &str| {
        kinds
            .get(&fold(name))
            .is_some_and(|&(people, organisations)| organisations >= 2 && organisations > people)
    };
    for article in articles.iter_mut() {
        let (moved, kept): (Vec<EntityCount>, Vec<EntityCount>) =
            std::mem::take(&mut article.entities.people)
                .into_iter()
                .partition(|p| organisation(&p.name));
        article.entities.people = kept;
        for entity in moved {
            add_counted(&mut article.entities.organizations, entity);
        }
        article
            .entities
            .organizations
            .sort_by_key(|o| std::cmp::Reverse(o.mentions));
        for mention in &mut article.mentions {
            if mention.kind == Kind::Person && organisation(&mention.name) {
                mention.kind = Kind::Organization;
            }
        }
    }
}

/// Whether the article gives `surname` a title of one gender ("Baroness Kennedy") and the
/// collection's full name has a first name of the other ("Charles Kennedy"): two people.
fn other_gender(article: &Article, surname: &str, full: &str) -> bool {
    let first_name = full.split(' ').next().map(fold).unwrap_or_default();
    let full_takes = match gazetteer().first_name_gender(&first_name) {
        Some(Gender::Male) => Pronoun::He,
        Some(Gender::Female) => Pronoun::She,
        _ => return false,
    };
    let surname = fold(surname);
    article.paragraphs.iter().any(|text| {
        let ws: Vec<String> = words(text).map(|w| fold(w.text)).collect();
        ws.windows(2).any(|pair| {
            pair[1] == surname
                && gazetteer().is_title(&pair[0])
                && Pronoun::of_word(&pair[0]).is_some_and(|title| title != full_takes)
        })
    })
}

pub fn link_people(articles: &mut [Article]) {
    // Per folded surname, each full name with the number of articles that name it.
    let mut by_surname: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for article in articles.iter() {
        for person in &article.entities.people {
            if let Some((_, surname)) = person.name.rsplit_once(' ') {
                let names = by_surname.entry(fold(surname)).or_default();
                match names.iter_mut().find(|(n, _)| **n == *person.name) {
                    Some((_, count)) => *count += 1,
                    None => names.push((person.name.to_string(), 1)),
                }
            }
        }
    }
    let full_name = |name: &str| -> Option<String> {
        if name.contains(' ') {
            return None;
        }
        let names = by_surname.get(&fold(name))?;
        let (commonest, count) = names.iter().max_by_key(|(_, count)| *count)?;
        let others: usize = names.iter().map(|(_, c)| c).sum::<usize>() - count;
        (*count >= DOMINANT * others).then(|| commonest.clone())
    };
    for article in articles.iter_mut() {
        // Each full name made a `Name` once, shared by every count, quote and mention renamed.
        let renames: HashMap<String, Name> = article
            .entities
            .people
            .iter()
            .filter_map(|p| Some((p.name.to_string(), full_name(&p.name)?)))
            .filter(|(surname, full)| !other_gender(article, surname, full))
            .map(|(surname, full)| (surname, Name::from(full)))
            .collect();
        if renames.is_empty() {
            continue;
        }
        let people = std::mem::take(&mut article.entities.people);
        for mut person in people {
            if let Some(full) = renames.get(&*person.name) {
                person.name = full.clone();
            }
            add_counted(&mut article.entities.people, person);
        }
        for quote in &mut article.quotes {
            if let Some(full) = quote.speaker.as_ref().and_then(|s| renames.get(&**s)) {
                quote.speaker = Some(full.clone());
            }
        }
        for mention in &mut article.mentions {
            if let Some(full) = renames
                .get(&*mention.name)
                .filter(|_| mention.kind == Kind::Person)
            {
                mention.name = full.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_alone_links_to_the_one_full_name_of_the_collection() {
        let mut articles = vec![
            crate::parse("a", "Talks\n\nKerry said the talks went well."),
            crate::parse("b", "Talks\n\nUS Secretary of State John Kerry spoke."),
        ];
        link_people(&mut articles);
        assert_eq!(&*articles[0].entities.people[0].name, "John Kerry");
        assert_eq!(&*articles[0].mentions[0].name, "John Kerry");
    }

    #[test]
    fn a_surname_links_to_a_full_name_the_collection_names_far_more_than_the_others() {
        let mut articles = vec![crate::parse("a", "Talks\n\nBush said the talks went well.")];
        for id in ["b", "c", "d"] {
            articles.push(crate::parse(
                id,
                "Talks\n\nPresident George Example Bush spoke.",
            ));
        }
        articles.push(crate::parse(
            "e",
            "Talks\n\nFormer President Harold Bush spoke.",
        ));
        link_people(&mut articles);
        assert_eq!(&*articles[0].entities.people[0].name, "George Example Bush");
        articles.push(crate::parse(
            "f",
            "Talks\n\nFormer President Harold Bush spoke.",
        ));
        articles[0] = crate::parse("a", "Talks\n\nBush said the talks went well.");
        link_people(&mut articles);
        assert_eq!(
            &*articles[0].entities.people[0].name, "Bush",
            "3 articles against 2"
        );
    }

    #[test]
    fn a_surname_with_a_title_of_the_other_gender_is_not_linked() {
        let mut articles = vec![
            crate::parse("a", "Talks\n\nBaroness Kennedy said the talks went well."),
            crate::parse("b", "Talks\n\nParty leader Charles Kennedy spoke."),
        ];
        link_people(&mut articles);
        assert_eq!(&*articles[0].entities.people[0].name, "Kennedy");
    }

    #[test]
    fn a_name_most_articles_know_as_an_organisation_is_one_everywhere() {
        let mut articles = vec![
            crate::parse("a", "Bid\n\nThe offer came from Tony Boerse last week."),
            crate::parse("b", "Bid\n\nShares in Tony Boerse rose."),
            crate::parse("c", "Bid\n\nA spokesman for Tony Boerse said it would bid."),
        ];
        assert_eq!(&*articles[0].entities.people[0].name, "Tony Boerse");
        link_kinds(&mut articles);
        assert!(articles[0].entities.people.is_empty());
        assert_eq!(&*articles[0].entities.organizations[0].name, "Tony Boerse");
        assert_eq!(articles[0].mentions[0].kind, Kind::Organization);
    }
}
