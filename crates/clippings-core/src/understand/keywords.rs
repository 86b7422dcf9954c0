//! The words that set an article apart from the rest of the collection: tf-idf over the
//! index's own terms, without stop words, numbers or words of the names already listed.

use super::gazetteer::gazetteer;
use crate::article::Article;
use crate::index::Index;
use crate::text::{fold, stem_folded, words};
use std::collections::{HashMap, HashSet};

pub const KEYWORDS_PER_ARTICLE: usize = 8;
/// Headline words count this many times: what the article is about is in its headline.
const HEADLINE_COUNT: u32 = 2;

pub fn keywords(article: &Article, index: &Index) -> Vec<String> {
    let g = gazetteer();
    let named: HashSet<String> = article
        .entities
        .people
        .iter()
        .chain(&article.entities.places)
        .chain(&article.entities.organizations)
        .flat_map(|e| words(&e.name).map(|w| fold(w.text)).collect::<Vec<_>>())
        .collect();
    // How often each folded form is written (weighted, and as written), then each form looked up
    // and stemmed once: an article repeats its words, and a long one (megabytes added in the
    // page) spent most of its time stemming the same few thousand forms again.
    let mut forms: HashMap<String, (u32, u32)> = HashMap::new();
    let texts = std::iter::once((HEADLINE_COUNT, article.headline.as_str()))
        .chain(article.paragraphs.iter().map(|p| (1, p.as_str())));
    for (weight, text) in texts {
        for word in words(text) {
            let form = forms.entry(fold(word.text)).or_default();
            form.0 += weight;
            form.1 += 1;
        }
    }
    // For each term: how often, and its commonest surface form to show.
    let mut counts: HashMap<String, (u32, HashMap<String, u32>)> = HashMap::new();
    for (folded, (weighted, written)) in forms {
        if !g.is_content_word(&folded) || named.contains(&folded) {
            continue;
        }
        let entry = counts.entry(stem_folded(&folded)).or_default();
        entry.0 += weighted;
        entry.1.insert(folded, written);
    }
    let documents = index.document_count().max(1) as f32;
    let mut scored: Vec<(f32, String, String)> = counts
        .into_iter()
        .filter_map(|(term, (tf, forms))| {
            let df = index
                .term_id(&term)
                .map_or(1, |id| index.document_frequency(id))
                .max(1) as f32;
            // Words in every article say nothing about this one.
            if documents > 2.0 && df / documents > 0.5 {
                return None;
            }
            let idf = (1.0 + documents / df).ln();
            let form = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|f| f.0)?;
            Some(((tf as f32).sqrt() * idf, term, form))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(KEYWORDS_PER_ARTICLE)
        .map(|(_, _, form)| form)
        .collect()
}
