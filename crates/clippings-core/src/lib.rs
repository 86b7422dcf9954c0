//! Clippings' core: understands plain-text news articles and searches a collection of them.
//!
//! No web dependencies: the same code runs in `build.rs`, in native tests and in the browser.

pub mod article;
pub mod import;
mod index;
pub mod load;
pub mod parse;
pub mod search;
pub mod text;
pub mod understand;

pub use article::{
    Article, ArticleSummary, Caption, Credit, DateMention, Dateline, EntityKind, EntityMention,
    Quote,
};
pub use index::Index;
pub use parse::parse;
pub use search::{Facets, Field, Filter, Hit, Query, SearchOptions, SearchResult, Segment, Sort};
use serde::{Deserialize, Serialize};

/// A collection of understood articles and their index: what the build embeds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    articles: Vec<Article>,
    index: Index,
    /// How many of `articles`, from the first, are the collection's own: those after them were
    /// added with [`Corpus::with_added`] (by the reader, in the page).
    own: usize,
}

impl Corpus {
    /// Indexes the articles, settles names the collection knows as organisations, links
    /// surnames to the collection's full names and picks each
    /// article's keywords: the work that needs the whole collection, done once at build time.
    pub fn new(mut articles: Vec<Article>) -> Corpus {
        // First names the census lists lack and acronyms that are bodies are learned from the
        // collection, then the articles that use them are read again.
        let learned = understand::learned_names(&articles);
        for article in &mut articles {
            if understand::mentions_any(article, &learned) {
                understand::understand_with(article, &learned);
            }
        }
        understand::link_kinds(&mut articles);
        understand::link_people(&mut articles);
        let index = Index::build(&articles);
        for article in &mut articles {
            article.keywords = understand::keywords(article, &index);
        }
        let own = articles.len();
        Corpus {
            articles,
            index,
            own,
        }
    }

    /// The collection with `added` after its own articles, indexed again as a whole: names,
    /// keywords and rarity depend on every article.
    pub fn with_added(&self, added: Vec<Article>) -> Corpus {
        Corpus {
            own: self.own,
            ..Corpus::new(self.articles.iter().cloned().chain(added).collect())
        }
    }

    /// The collection without the articles with these ids, indexed again as a whole (as
    /// [`Corpus::with_added`] is); unknown ids are ignored.
    pub fn without(&self, ids: &[String]) -> Corpus {
        let removed = |article: &Article| ids.contains(&article.id);
        let own_removed = self.articles[..self.own]
            .iter()
            .filter(|a| removed(a))
            .count();
        Corpus {
            own: self.own - own_removed,
            ..Corpus::new(
                self.articles
                    .iter()
                    .filter(|a| !removed(a))
                    .cloned()
                    .collect(),
            )
        }
    }

    /// The articles added with [`Corpus::with_added`], not the collection's own.
    pub fn added(&self) -> &[Article] {
        &self.articles[self.own.min(self.articles.len())..]
    }

    /// Whether the article with this id was added with [`Corpus::with_added`]; false for an
    /// unknown id.
    pub fn is_added(&self, id: &str) -> bool {
        self.added().iter().any(|a| a.id == id)
    }

    /// Parses `(id, text)` pairs in order.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Corpus {
        Corpus::new(
            texts
                .into_iter()
                .map(|(id, text)| parse(id, text))
                .collect(),
        )
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn search(&self, query: &str, options: SearchOptions) -> SearchResult {
        self.search_parsed(&self.query(query), query, options)
    }

    /// Searches with a query parsed once, for a caller that also marks text with it.
    pub fn search_parsed(&self, query: &Query, text: &str, options: SearchOptions) -> SearchResult {
        search::search(&self.articles, &self.index, query, text, options)
    }

    /// Articles most like the one with this id ("more like this"), best first; none for an
    /// unknown id.
    pub fn related(&self, id: &str, limit: usize) -> Vec<Hit> {
        search::related(&self.articles, &self.index, id, limit)
    }

    /// The query as the index understands it, for marking matches in any text.
    pub fn query(&self, query: &str) -> Query {
        Query::parse(&self.index, query)
    }
}
