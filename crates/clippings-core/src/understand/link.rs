//! Names across the collection: an article that says only "Kerry" means the John Kerry that
//! another article names in full, when the collection knows just one person of that surname.

use crate::article::Article;
use crate::text::fold;
use std::collections::HashMap;

pub fn link_people(articles: &mut [Article]) {
    let mut by_surname: HashMap<String, Vec<String>> = HashMap::new();
    for article in articles.iter() {
        for person in &article.entities.people {
            if let Some((_, surname)) = person.name.rsplit_once(' ') {
                let names = by_surname.entry(fold(surname)).or_default();
                if !names.contains(&person.name) {
                    names.push(person.name.clone());
                }
            }
        }
    }
    let full_name = |name: &str| -> Option<String> {
        if name.contains(' ') {
            return None;
        }
        match by_surname.get(&fold(name))?.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    };
    for article in articles.iter_mut() {
        let renames: HashMap<String, String> = article
            .entities
            .people
            .iter()
            .filter_map(|p| Some((p.name.clone(), full_name(&p.name)?)))
            .collect();
        if renames.is_empty() {
            continue;
        }
        let people = std::mem::take(&mut article.entities.people);
        for mut person in people {
            if let Some(full) = renames.get(&person.name) {
                person.name = full.clone();
            }
            match article
                .entities
                .people
                .iter_mut()
                .find(|p| p.name == person.name)
            {
                Some(existing) => existing.mentions += person.mentions,
                None => article.entities.people.push(person),
            }
        }
        for quote in &mut article.quotes {
            if let Some(full) = quote.speaker.as_ref().and_then(|s| renames.get(s)) {
                quote.speaker = Some(full.clone());
            }
        }
        for mention in &mut article.mentions {
            if let Some(full) = renames
                .get(&mention.name)
                .filter(|_| mention.kind == "person")
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
        assert_eq!(articles[0].entities.people[0].name, "John Kerry");
        assert_eq!(articles[0].mentions[0].name, "John Kerry");
    }
}
