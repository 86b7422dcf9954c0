//! Clippings' core: understands plain-text news articles and searches a collection of them.
//!
//! No web dependencies: the same code runs in `build.rs`, in native tests and in the browser.

pub mod article;
mod duplicates;
use duplicates::{Duplicates, Finding};
mod explore;
pub mod export;
pub mod import;
mod index;
use index::{Extending, Index};
pub mod load;
mod par;
mod parse;
mod parts;
mod pauses;
mod reading;
mod search;
mod stored;
pub mod text;
mod understand;
use understand::LearnedNames;

pub use article::{
    Article, ArticleSummary, Caption, Credit, DateMention, Dateline, EntityKind, EntityMention,
    Name, Quote, Text,
};
pub use explore::sort_kwic;
pub use explore::{
    CoOccurrence, ComparedSegment, Comparison, DatesFrom, KwicLine, KwicOrder, NameCount, Names,
    Overview, QuoteRef, Series, SeriesPoint, Shared, Sharing, Speaker, TermCount, COMPARED_TERMS,
    CONTEXT_CHARS, MAX_GROUPS, MAX_KWIC_LINES, MAX_MONTHS, MAX_NAMES, MAX_QUOTES_PER_SPEAKER,
    MAX_SPEAKERS, TERMS_SHOWN,
};
pub use parse::{parse, parse_pausing};
pub use parts::{
    Directory, InParts, PartEntry, Plan, ReadPart, ARTICLES_PER_PART, HELD_ARTICLES, IN_PARTS_PAST,
};
pub use pauses::{AtOnce, Pauses};
pub use reading::{NameMark, Reading, Span};
pub use search::{
    filters_text, Facets, Field, Filter, FilterChip, Hit, MatchKind, Query, RankingWeights,
    SearchOptions, SearchResult, Segment, Sort, Widened, WrittenFilter, DEFAULT_LIMIT,
};
pub use stored::{FormatError, Part};

/// Articles that hold one story: their ids in collection order, and whether their bodies are
/// the same word for word (`exact`) or only almost (a near copy).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copies<'a> {
    pub ids: Vec<&'a str>,
    pub exact: bool,
}

/// A collection of understood articles and their index: what the build embeds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    articles: Vec<Article>,
    index: Index,
    /// What the explorer's views derive from the whole collection, made on first use.
    explored: explore::Derived,
    /// How many of `articles`, from the first, are the collection's own: those after them were
    /// added with [`Corpus::with_added`] (by the reader, in the page).
    own: usize,
    /// Articles that hold the same story (`duplicates`): one result among them, not several.
    copies: Duplicates,
    /// For a collection in parts (`parts`), the numbers of the parts here, ascending; empty for
    /// a whole collection.
    parts: Vec<usize>,
}

/// How many of the collection's articles one step of [`Adding`] copies, or reads for copies of
/// one story (their bodies, then their signatures): a thousand articles take about 10 ms
/// natively, so a step stays well under the 50 ms after which a browser counts a task as long
/// (Wasm runs about twice as slow).
pub const ARTICLES_PER_STEP: usize = 1_000;

/// How many words of added articles one step of [`Adding`] reads again with the names the
/// collection has shown. Reading again is the costliest work per word of the merge: about
/// 2.6 µs a word natively (100 BBC articles, 39,000 words, in 100 ms), so that a thousand
/// articles of news length would be a second in one step; 8,000 words are about 20 ms natively.
/// Bounded by words, not articles, because that is what the work grows with.
pub const WORDS_READ_AGAIN_PER_STEP: usize = 8_000;

/// How many words of added articles one step of [`Adding`] counts for the index (each word
/// found, folded, numbered, stemmed once per distinct word, counted by term), or gives their
/// keywords (each distinct word weighed by its rarity in the index). Counting is about 0.5 to
/// 0.75 µs a word natively (100 BBC articles, 39,000 words, in 19 to 29 ms), keywords a quarter
/// of that; so a step is about 10 ms, where a thousand articles of news length were half a
/// second. Bounded by words, as the reading again is.
pub const WORDS_INDEXED_PER_STEP: usize = 16_000;

/// Articles joining a collection a step at a time ([`Corpus::adding`]); the collection it was
/// made from is not changed, and answers as it did while the steps run.
pub struct Adding<'a> {
    from: &'a Corpus,
    /// What the next step does.
    stage: Stage,
    /// The collection's articles copied so far, then with the added ones after them.
    articles: Vec<Article>,
}

/// The stages of [`Adding`], in order: the understanding of [`understand_in_collection`] cut at
/// its passes (and the reading again at [`WORDS_READ_AGAIN_PER_STEP`]), each pass over the whole
/// collection a step of its own, then the index, the keywords and the copies.
enum Stage {
    /// The collection's articles copied [`ARTICLES_PER_STEP`] at a time; the added ones wait.
    Copying(Vec<Article>),
    /// First names and acronyms learned from the whole collection.
    Learning,
    /// The added articles from `next` on that use learned names read again with them.
    ReadingAgain { learned: LearnedNames, next: usize },
    /// The kind of each name settled by the articles that agree on it.
    LinkingKinds,
    /// Surnames linked to the full names the collection gives.
    LinkingPeople,
    /// The collection's index extended with the added articles (`Extending`: counted
    /// [`WORDS_INDEXED_PER_STEP`] words at a time, then the tables merged, then the names
    /// interned).
    Indexing(Extending),
    /// The added articles from `next` on given keywords by the whole index,
    /// [`WORDS_INDEXED_PER_STEP`] words at a time.
    PickingKeywords { index: Index, next: usize },
    /// The copies of one story found (`Finding`).
    FindingCopies { index: Index, finding: Finding },
    /// The grown collection given: nothing left to do.
    Done,
}

impl Stage {
    /// The last stage, the copies found over `index`, the grown collection's whole index.
    fn finding_copies(index: Index) -> Stage {
        Stage::FindingCopies {
            finding: Finding::new(&index),
            index,
        }
    }
}

impl Adding<'_> {
    /// Does the next share of the work; gives the grown collection after the last. In order:
    /// the collection's articles copied, the added articles understood in the collection (names
    /// learned across articles, the articles that use them read again, names linked: the passes
    /// of [`Corpus::new`], in its order), then indexed ([`Index::extended`] in steps, which a
    /// property test holds equal whether it takes articles in one go or in several), then given
    /// keywords by the whole index, [`WORDS_INDEXED_PER_STEP`] words at a time; last, the
    /// copies found (`Finding`: the articles' bodies read, then their signatures made, a
    /// step's worth at a time, then the candidates compared).
    ///
    /// # Panics
    /// When called again after it gave the grown collection: a mistake of the caller's.
    pub fn step(&mut self) -> Option<Corpus> {
        pauses::at_once(self.step_pausing(&mut AtOnce))
    }

    /// [`Adding::step`], pausing every few thousand words (`pauses.rs`) when its share of the
    /// work is one long article read again or counted: a page adding a 5 MB article takes its
    /// turns inside those steps too.
    pub async fn step_pausing(&mut self, pauses: &mut impl Pauses) -> Option<Corpus> {
        let before = self.from.articles.len();
        match &mut self.stage {
            Stage::Copying(added) => {
                let copied = self.articles.len();
                let until = (copied + ARTICLES_PER_STEP).min(before);
                self.articles
                    .extend_from_slice(&self.from.articles[copied..until]);
                if until == before {
                    self.articles.append(added);
                    self.stage = Stage::Learning;
                }
            }
            Stage::Learning => {
                self.stage = Stage::ReadingAgain {
                    learned: understand::learned_names(&self.articles),
                    next: before,
                };
            }
            Stage::ReadingAgain { learned, next } => {
                let from = *next;
                let until = from + words_step(&self.articles[from..], WORDS_READ_AGAIN_PER_STEP);
                read_again(&mut self.articles[from..until], learned, pauses).await;
                *next = until;
                if until == self.articles.len() {
                    self.stage = Stage::LinkingKinds;
                }
            }
            Stage::LinkingKinds => {
                understand::link_kinds(&mut self.articles);
                self.stage = Stage::LinkingPeople;
            }
            Stage::LinkingPeople => {
                understand::link_people(&mut self.articles);
                self.stage = Stage::Indexing(Extending::new(WORDS_INDEXED_PER_STEP));
            }
            Stage::Indexing(extending) => {
                let extended = extending
                    .step_pausing(&self.from.index, &self.articles, pauses)
                    .await;
                if let Some(index) = extended {
                    self.stage = if before < self.articles.len() {
                        Stage::PickingKeywords {
                            index,
                            next: before,
                        }
                    } else {
                        Stage::finding_copies(index)
                    };
                }
            }
            Stage::PickingKeywords { index, next } => {
                let until = *next + words_step(&self.articles[*next..], WORDS_INDEXED_PER_STEP);
                pick_keywords(&mut self.articles[*next..until], *next, index);
                *next = until;
                if until == self.articles.len() {
                    self.stage = Stage::finding_copies(std::mem::take(index));
                }
            }
            Stage::FindingCopies { index, finding } => {
                let copies = finding.step(index)?;
                let index = std::mem::take(index);
                self.stage = Stage::Done;
                return Some(Corpus {
                    articles: std::mem::take(&mut self.articles),
                    index,
                    explored: explore::Derived::default(),
                    own: self.from.own,
                    copies,
                    parts: Vec::new(),
                });
            }
            Stage::Done => panic!("Adding::step called again after it gave the grown collection"),
        }
        None
    }
}

/// How many of `articles`, from the first, hold about `words` words between them: at least one
/// (one long article is a step of its own), and never past the end.
pub(crate) fn words_step(articles: &[Article], words: usize) -> usize {
    let mut taken = 0;
    let mut counted = 0;
    for article in articles {
        if taken > 0 && counted + article.word_count as usize > words {
            break;
        }
        counted += article.word_count as usize;
        taken += 1;
    }
    taken
}

impl Corpus {
    /// Indexes the articles, settles names the collection knows as organisations, links
    /// surnames to the collection's full names and picks each
    /// article's keywords: the work that needs the whole collection, done once at build time.
    /// With the `parallel` feature each article's share of the work runs across cores; the
    /// collection is the same either way.
    pub fn new(mut articles: Vec<Article>) -> Corpus {
        understand_in_collection(&mut articles, 0);
        let index = Index::build(&articles);
        pick_keywords(&mut articles, 0, &index);
        let own = articles.len();
        let copies = Duplicates::find(&index);
        Corpus {
            articles,
            index,
            explored: explore::Derived::default(),
            own,
            copies,
            parts: Vec::new(),
        }
    }

    /// The collection with `added` after its articles. Only the added articles are read,
    /// understood and counted; the index takes them in by merging its tables
    /// ([`Index::extended`]), and the passes over the whole collection that are cheap run again
    /// (names linked across articles, copies). What is not done again, because it would cost
    /// as much as building the collection anew: the articles already here are not read again
    /// with names learned from the added ones, and keep the keywords their rarity gave them.
    ///
    /// The same merge, a step at a time, is [`Corpus::adding`].
    pub fn with_added(&self, added: Vec<Article>) -> Corpus {
        let mut adding = self.adding(added);
        loop {
            if let Some(grown) = adding.step() {
                return grown;
            }
        }
    }

    /// The merge of [`Corpus::with_added`] cut into steps, each a bounded share of the work
    /// ([`ARTICLES_PER_STEP`] articles copied or read for copies, [`WORDS_READ_AGAIN_PER_STEP`]
    /// words read again, [`WORDS_INDEXED_PER_STEP`] counted or given keywords, or one pass over
    /// the collection), so that a page can draw and answer between them: see [`Adding::step`].
    pub fn adding(&self, added: Vec<Article>) -> Adding<'_> {
        Adding {
            from: self,
            articles: Vec::with_capacity(self.articles.len() + added.len()),
            stage: Stage::Copying(added),
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

    /// Parses `(id, text)` pairs in order (across cores with the `parallel` feature).
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Corpus {
        let texts: Vec<(&str, &str)> = texts.into_iter().collect();
        Corpus::new(par::map(&texts, |&(id, text)| parse(id, text)))
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
        self.search_parsed(&self.query_with(query, options.prefix), query, options)
    }

    /// Searches with a query parsed once, for a caller that also marks text with it.
    pub fn search_parsed(&self, query: &Query, text: &str, options: SearchOptions) -> SearchResult {
        self.search_weighted(query, text, options, &RankingWeights::default())
    }

    /// Searches with other ranking weights than the chosen ones: for tuning them
    /// (`examples/tune_ranking.rs`), not for the page.
    pub fn search_weighted(
        &self,
        query: &Query,
        text: &str,
        options: SearchOptions,
        weights: &RankingWeights,
    ) -> SearchResult {
        search::search(
            &self.articles,
            &self.index,
            &self.copies,
            query,
            text,
            options,
            weights,
        )
    }

    /// Articles most like the one with this id ("more like this"), best first; none for an
    /// unknown id.
    pub fn related(&self, id: &str, limit: usize) -> Vec<Hit> {
        search::related(&self.articles, &self.index, &self.copies, id, limit)
    }

    /// The article with this id as the reader draws it with `query`: hits and names marked;
    /// `None` for an unknown id.
    pub fn read(&self, id: &str, query: &Query) -> Option<Reading> {
        self.article(id).map(|article| Reading::new(article, query))
    }

    /// Two queries that find something here, for a search box's hint: the name of the
    /// commonest person and the filter on the commonest source (either missing when the
    /// collection has none).
    pub fn example_queries(&self) -> (Option<String>, Option<search::FilterChip>) {
        let everything = SearchOptions {
            limit: 0,
            ..SearchOptions::default()
        };
        let facets = self.search("", everything).facets;
        let commonest = |values: std::collections::BTreeMap<String, u32>| {
            values
                .into_iter()
                .min_by_key(|(_, count)| std::cmp::Reverse(*count))
                .map(|(name, _)| name)
        };
        let source = commonest(facets.source).map(|s| search::FilterChip::new(Field::Source, s));
        (commonest(facets.people), source)
    }

    /// The ids of the other copies of the article with this id (the same story, filed again:
    /// `duplicates`), in collection order; none for an article without copies or an unknown id.
    pub fn copies_of(&self, id: &str) -> Vec<&str> {
        let Some(doc) = self.articles.iter().position(|a| a.id == id) else {
            return Vec::new();
        };
        self.copies
            .copies_of(doc as index::DocId)
            .map(|other| self.articles[other as usize].id.as_str())
            .collect()
    }

    /// Every group of copies in the collection, in collection order.
    pub fn copy_groups(&self) -> Vec<Copies<'_>> {
        self.copies
            .groups()
            .iter()
            .map(|group| Copies {
                ids: group
                    .docs
                    .iter()
                    .map(|&doc| self.articles[doc as usize].id.as_str())
                    .collect(),
                exact: group.exact,
            })
            .collect()
    }

    /// The query as the index understands it, for marking matches in any text.
    pub fn query(&self, query: &str) -> Query {
        Query::parse(&self.index, query)
    }

    /// The query as the index understands it, its last word also a prefix only when `prefix`
    /// is true (while it is typed; not for a query from a link): see [`SearchOptions::prefix`].
    pub fn query_with(&self, query: &str, prefix: bool) -> Query {
        Query::parse_with(&self.index, query, prefix)
    }
}

/// The understanding that needs the whole collection: names the census lists lack and acronyms
/// that are bodies are learned from every article, the articles from `from` on that use them
/// are read again, and names are linked across all of them.
fn understand_in_collection(articles: &mut [Article], from: usize) {
    let learned = understand::learned_names(articles);
    pauses::at_once(read_again(&mut articles[from..], &learned, &mut AtOnce));
    understand::link_kinds(articles);
    understand::link_people(articles);
}

/// The articles that use names the collection has shown (`learned`) read again with them.
async fn read_again(articles: &mut [Article], learned: &LearnedNames, pauses: &mut impl Pauses) {
    match articles {
        // One article is a step of its own however long: read with pauses.
        [one] => {
            if understand::mentions_any_pausing(one, learned, pauses).await {
                understand::understand_pausing(one, learned, pauses).await;
            }
        }
        _ => par::for_each_mut(articles, |article| {
            if understand::mentions_any(article, learned) {
                understand::understand_with(article, learned);
            }
        }),
    }
}

/// Each article's keywords, by what the index says of its words' rarity; the first of
/// `articles` is the index's article `first`.
fn pick_keywords(articles: &mut [Article], first: usize, index: &Index) {
    let mut numbered: Vec<(usize, &mut Article)> = (first..).zip(articles.iter_mut()).collect();
    par::for_each_mut(&mut numbered, |(doc, article)| {
        let stream = index.stream(*doc as index::DocId);
        article.keywords = understand::keywords(article, &stream, index)
            .into_iter()
            .map(Text::from)
            .collect();
    });
}

/// The explorer's views of the collection (`explore`): each takes the parsed query and looks at
/// exactly the articles `search` counts for it, so that every view follows the same query.
impl Corpus {
    /// How many articles match and how many words they hold, from how many sources, folders
    /// and dates; their frequent and their distinctive terms.
    pub fn overview(&self, query: &Query) -> Overview {
        explore::overview(self, query)
    }

    /// The query's words in the matching articles' paragraphs, with their context.
    pub fn kwic(&self, query: &Query, limit: usize) -> Vec<KwicLine> {
        explore::kwic(self, query, limit)
    }

    /// Who is quoted in the matching articles: most quotes first, then by name.
    pub fn speakers(&self, query: &Query) -> Vec<Speaker> {
        explore::speakers(self, query)
    }

    /// The people, places and organisations of the matching articles, by how many name them.
    pub fn names(&self, query: &Query, limit: usize) -> Names {
        explore::names(self, query, limit)
    }

    /// The names that the matching articles naming `name` (as a `kind`) name too.
    pub fn co_occurring(
        &self,
        query: &Query,
        kind: EntityKind,
        name: &str,
        limit: usize,
    ) -> Vec<CoOccurrence> {
        explore::co_occurring(self, query, kind, name, limit)
    }

    /// The matching articles and the query's words by source, folder and month.
    pub fn series(&self, query: &Query) -> Series {
        explore::series(self, query)
    }

    /// Two articles side by side; `None` when either id is unknown.
    pub fn compare(&self, a: &str, b: &str) -> Option<Comparison> {
        explore::compare(self, a, b)
    }
}
