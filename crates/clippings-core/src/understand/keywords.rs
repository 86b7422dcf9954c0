//! The words that set an article apart from the rest of the collection: tf-idf over the
//! index's own terms, without stop words, numbers or words of the names already listed.

use super::gazetteer::gazetteer;
use crate::article::Article;
use crate::index::{stream_fields, Index, TermId, WordId};
use crate::text::{fold, words};
use std::collections::{HashMap, HashSet};

pub const KEYWORDS_PER_ARTICLE: usize = 8;
/// Headline words count this many times: what the article is about is in its headline.
const HEADLINE_COUNT: u32 = 2;

/// The keywords of `article`, whose words `stream` holds as the index has them (its headline's,
/// then each paragraph's, then each caption's: `Index::stream`, cut by [`stream_fields`]).
pub fn keywords(article: &Article, stream: &[WordId], index: &Index) -> Vec<String> {
    let g = gazetteer();
    let named: HashSet<String> = article
        .entities
        .people
        .iter()
        .chain(&article.entities.places)
        .chain(&article.entities.organizations)
        .flat_map(|e| words(&e.name).map(|w| fold(w.text)).collect::<Vec<_>>())
        .collect();
    // How often each word is written (weighted, and as written), by its id in the index's
    // stream, then each looked up once: the words found and folded when the article was
    // indexed are not found again (a long one, megabytes added in the page, spent most of its
    // keywords' time there). The headline and the paragraphs count; the captions after them
    // do not.
    let mut forms: HashMap<WordId, (u32, u32)> = HashMap::new();
    let fields = stream_fields(stream).take(1 + article.paragraphs.len());
    for (field, field_words) in fields.enumerate() {
        let weight = if field == 0 { HEADLINE_COUNT } else { 1 };
        for &word in field_words {
            let form = forms.entry(word).or_default();
            form.0 += weight;
            form.1 += 1;
        }
    }
    // For each term: how often, and its commonest surface form to show.
    let mut counts: HashMap<TermId, (u32, HashMap<&str, u32>)> = HashMap::new();
    for (word, (weighted, written)) in forms {
        let folded = index.word(word);
        if !g.is_content_word(folded) || named.contains(folded) {
            continue;
        }
        let entry = counts.entry(index.term_of_word(word)).or_default();
        entry.0 += weighted;
        entry.1.insert(folded, written);
    }
    let documents = index.document_count().max(1) as f32;
    let mut scored: Vec<(f32, &str, &str)> = counts
        .into_iter()
        .filter_map(|(term, (tf, forms))| {
            let df = index.document_frequency(term).max(1) as f32;
            // Words in every article say nothing about this one.
            if documents > 2.0 && df / documents > 0.5 {
                return None;
            }
            let idf = (1.0 + documents / df).ln();
            let form = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|f| f.0)?;
            Some(((tf as f32).sqrt() * idf, index.term(term), form))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(KEYWORDS_PER_ARTICLE)
        .map(|(_, _, form)| form.to_owned())
        .collect()
}
