//! The explorer's analytics of a collection: what the articles that match a query say, who
//! speaks and is named in them, how they spread over sources, folders and months, and how two
//! articles compare.
//!
//! Every view takes the parsed [`Query`] and looks at exactly the articles that `search` counts
//! for it (an empty query: every article), so that all views follow the same query and filters.
//! Words are the index's: its word streams hold each article's folded words in order, so no
//! view cuts the collection into words again; only the few paragraphs a view shows are.
//! An article's words here are those of its body (its paragraphs), as `Article::word_count`
//! counts them.

mod compare;
mod kwic;
mod kwic_order;
mod people;
mod series;
mod terms;

pub use compare::{compare, ComparedSegment, Comparison, Shared, Sharing, COMPARED_TERMS};
pub use kwic::{kwic, KwicLine, CONTEXT_CHARS, MAX_KWIC_LINES};
pub use kwic_order::{sort_kwic, KwicOrder};
pub use people::{
    co_occurring, names, speakers, CoOccurrence, NameCount, Names, QuoteRef, Speaker, MAX_NAMES,
    MAX_QUOTES_PER_SPEAKER, MAX_SPEAKERS,
};
pub use series::{series, DatesFrom, Series, SeriesPoint, MAX_GROUPS, MAX_MONTHS};
pub use terms::{overview, Overview, TermCount, TERMS_SHOWN};

use crate::article::Article;
use crate::index::{stream_fields, DocId, Index, TermId, WordId};
use crate::search::Query;
use crate::understand::gazetteer::gazetteer;
use crate::Corpus;
use std::sync::OnceLock;
use terms::Tally;

/// What the views derive from the whole collection, once, on first use: which words are
/// content words and the collection's own counts, which every distinctive term is weighed
/// against. Not part of the corpus's value: never serialised, equal whether made or not, and
/// made again for a clone (which may be a grown collection's start).
#[derive(Default)]
pub(crate) struct Derived(OnceLock<Collection>);

pub(crate) struct Collection {
    /// For each word of the vocabulary, whether it is a content word (`Gazetteer::is_content_word`).
    content: Vec<bool>,
    /// For each word of the vocabulary, its term: the index's own table, copied without the
    /// words' text, small enough to stay in cache while every word of the collection is counted.
    term_of_word: Vec<TermId>,
    /// Counts over every article.
    tally: Tally,
}

impl Clone for Derived {
    fn clone(&self) -> Derived {
        Derived::default()
    }
}

impl PartialEq for Derived {
    fn eq(&self, _: &Derived) -> bool {
        true
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

/// The collection's derived counts, made on first use.
fn collection(corpus: &Corpus) -> &Collection {
    corpus.explored.0.get_or_init(|| {
        let index = &corpus.index;
        let gazetteer = gazetteer();
        let content: Vec<bool> = (0..index.word_count() as WordId)
            .map(|w| gazetteer.is_content_word(index.word(w)))
            .collect();
        let term_of_word: Vec<TermId> = (0..index.word_count() as WordId)
            .map(|w| index.term_of_word(w))
            .collect();
        let tally = Tally::of(
            corpus,
            &content,
            &term_of_word,
            0..corpus.articles.len() as DocId,
        );
        Collection {
            content,
            term_of_word,
            tally,
        }
    })
}

/// The words of each of the article's paragraphs, from its stream in the index
/// ([`Index::stream`], which holds the headline first, then the paragraphs, then the captions,
/// each ended by a break).
fn paragraph_words<'a>(
    stream: &'a [WordId],
    article: &Article,
) -> impl Iterator<Item = &'a [WordId]> {
    stream_fields(stream).skip(1).take(article.paragraphs.len())
}

/// For each word of the vocabulary, whether the query marks it (the words a search highlights).
fn marked_words(index: &Index, query: &Query) -> Vec<bool> {
    let mut marked = vec![false; index.word_count()];
    for word in query.marked_words.keys() {
        if let Some(id) = index.word_id(word) {
            marked[id as usize] = true;
        }
    }
    marked
}
