//! The explorer's state, and the URL hash that holds it, as pure data.

use clippings_core::import::Imported;
use clippings_core::{filters_text, FilterChip};
use clippings_core::{EntityKind, Sort};
use std::rc::Rc;
use yew::Reducible;

/// Results shown at first, and added by each "Show more".
pub const PAGE_SIZE: usize = clippings_core::DEFAULT_LIMIT;

/// The explorer's views. Every view follows the same query and filters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Results with facets, and the reader.
    #[default]
    Search,
    /// Who speaks in the matching articles, what they said, and the names that travel together.
    People,
    /// The matching articles as a whole: summary, terms, keyword in context, charts.
    Collection,
    /// Two articles side by side.
    Compare,
}

impl View {
    pub const ALL: [View; 4] = [View::Search, View::People, View::Collection, View::Compare];

    /// The name the URL hash uses.
    pub fn name(self) -> &'static str {
        match self {
            View::Search => "search",
            View::People => "people",
            View::Collection => "collection",
            View::Compare => "compare",
        }
    }

    /// The name a reader sees on the view's tab.
    pub fn label(self) -> &'static str {
        match self {
            View::Search => "Search",
            View::People => "People and quotes",
            View::Collection => "Collection",
            View::Compare => "Compare",
        }
    }

    fn named(name: &str) -> View {
        View::ALL
            .into_iter()
            .find(|v| v.name() == name)
            .unwrap_or_default()
    }
}

/// What the URL hash says: the view, the query, the order of results, the open article, the
/// article it is compared with and the name chosen in the people view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub query: String,
    pub article: Option<String>,
    /// The second article of the compare view.
    pub other: Option<String>,
    /// The name whose companions the people view shows.
    pub name: Option<(EntityKind, String)>,
    /// The paragraph of the open article to show (a quote's or a keyword-in-context line's).
    pub paragraph: Option<u32>,
    pub sort: Sort,
}

impl Route {
    /// Reads `#view=...&q=...&sort=...&a=...&b=...&person=...`; anything else in the hash is
    /// ignored.
    pub fn from_hash(hash: &str) -> Route {
        let mut route = Route::default();
        for (key, value) in form_urlencoded::parse(hash.trim_start_matches('#').as_bytes()) {
            match key.as_ref() {
                "view" => route.view = View::named(&value),
                "q" => route.query = value.into_owned(),
                "a" if !value.is_empty() => route.article = Some(value.into_owned()),
                "b" if !value.is_empty() => route.other = Some(value.into_owned()),
                "sort" => route.sort = Sort::named(&value),
                "p" => route.paragraph = value.parse().ok(),
                key if !value.is_empty() => {
                    if let Some(kind) = EntityKind::ALL.into_iter().find(|k| k.name() == key) {
                        route.name = Some((kind, value.into_owned()));
                    }
                }
                _ => {}
            }
        }
        route
    }

    /// `#view=...&q=...&sort=...&a=...`, or the empty string for the empty route.
    pub fn to_hash(&self) -> String {
        let mut params = form_urlencoded::Serializer::new(String::new());
        if self.view != View::Search {
            params.append_pair("view", self.view.name());
        }
        if !self.query.is_empty() {
            params.append_pair("q", &self.query);
        }
        if self.sort != Sort::Relevance {
            params.append_pair("sort", self.sort.name());
        }
        if let Some(article) = &self.article {
            params.append_pair("a", article);
        }
        if let Some(paragraph) = self.paragraph {
            params.append_pair("p", &paragraph.to_string());
        }
        if let Some(other) = &self.other {
            params.append_pair("b", other);
        }
        if let Some((kind, name)) = &self.name {
            params.append_pair(kind.name(), name);
        }
        let params = params.finish();
        if params.is_empty() {
            params
        } else {
            format!("#{params}")
        }
    }

    /// The route as a link's `href`: `#` for the empty route, since an empty `href` would load
    /// the page again instead of changing the hash.
    pub fn to_href(&self) -> String {
        let hash = self.to_hash();
        if hash.is_empty() {
            "#".into()
        } else {
            hash
        }
    }

    /// The query with this filter added, or taken out when it is there (the other sign of it
    /// replaced): what a facet, an exclude link or a marked name does. The open article stays open.
    pub fn toggling(&self, filter: &FilterChip) -> Route {
        self.with_query(&filters_text::toggle(&self.query, filter))
    }

    /// The query without this filter: a chip's remove link, or a way out of no results.
    pub fn without(&self, filter: &FilterChip) -> Route {
        self.with_query(&filters_text::remove(&self.query, filter))
    }

    /// The query's words without any filter: "Clear all".
    pub fn without_filters(&self) -> Route {
        self.with_query(&filters_text::without_filters(&self.query))
    }

    /// The query's filters, in the order written.
    pub fn filters(&self) -> Vec<FilterChip> {
        filters_text::filters_in(&self.query)
            .into_iter()
            .map(|written| written.chip)
            .collect()
    }

    pub fn with_article(&self, article: Option<&str>) -> Route {
        Route {
            article: article.map(str::to_owned),
            paragraph: None,
            ..self.clone()
        }
    }

    /// The search view with this article open at this paragraph: where a quote or a line of
    /// keyword in context links to.
    pub fn at_paragraph(&self, article: &str, paragraph: u32) -> Route {
        Route {
            view: View::Search,
            article: Some(article.to_owned()),
            paragraph: Some(paragraph),
            ..self.clone()
        }
    }

    /// The same query in another view; the open article stays.
    pub fn with_view(&self, view: View) -> Route {
        Route {
            view,
            ..self.clone()
        }
    }

    /// The compare view of these two articles.
    pub fn comparing(&self, article: &str, other: &str) -> Route {
        Route {
            view: View::Compare,
            article: Some(article.to_owned()),
            other: Some(other.to_owned()),
            ..self.clone()
        }
    }

    /// The people view with this name chosen (its companions shown), or none.
    pub fn with_name(&self, name: Option<(EntityKind, &str)>) -> Route {
        Route {
            view: View::People,
            name: name.map(|(kind, name)| (kind, name.to_owned())),
            ..self.clone()
        }
    }

    pub fn with_sort(&self, sort: Sort) -> Route {
        Route {
            sort,
            ..self.clone()
        }
    }

    /// Another query, as a "did you mean" link gives it; the order and the open article stay.
    pub fn with_query(&self, query: &str) -> Route {
        Route {
            query: query.to_owned(),
            ..self.clone()
        }
    }
}

/// How a new state reaches the address bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUpdate {
    /// The URL already says it (the user followed a link, went back or forward).
    None,
    /// Replace the current entry: typing must not fill the history with every keystroke.
    Replace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub route: Route,
    pub shown: usize,
    pub url_update: UrlUpdate,
    /// Counts the changes to the collection (articles added in the page): results and the
    /// open article are read again when it changes.
    pub collection: u32,
    /// What the last import did, until the reader dismisses it.
    pub imported: Option<Rc<Imported>>,
    /// How many files are being read and added, while they are.
    pub adding: Option<usize>,
    /// How many of those have been read so far (the import reads them a few at a time).
    pub adding_read: usize,
    /// Why the articles the reader adds are not kept in the browser, while that holds (no
    /// storage for this page, storage full, a failed write).
    pub not_kept: Option<Rc<str>>,
    /// Whether the query is being typed in the search box, so that its last word is also a
    /// prefix (`invio` for `inviolable`). A query loaded whole (a link, the address, reload,
    /// back or forward) is not: `war` in a sent link means war, not Warhol. Not in the hash,
    /// and it changes only with the query, so what follows the query follows it too.
    pub typing: bool,
    /// For a collection built in parts: how many parts are being fetched, and how many of
    /// the last ones asked for could not be (offline and never kept, or the server failing).
    pub parts_fetching: usize,
    pub parts_failed: usize,
}

impl State {
    pub fn new(route: Route) -> State {
        State {
            route,
            shown: PAGE_SIZE,
            url_update: UrlUpdate::None,
            collection: 0,
            imported: None,
            adding: None,
            adding_read: 0,
            not_kept: None,
            typing: false,
            parts_fetching: 0,
            parts_failed: 0,
        }
    }

    /// Why added articles are not kept, when the import notice does not already say so.
    pub fn not_kept_notice(&self) -> Option<Rc<str>> {
        self.not_kept.clone().filter(|_| self.imported.is_none())
    }
}

pub enum Action {
    /// The user typed in the search box.
    Type(String),
    /// The URL changed (link, back, forward, an edited address).
    Navigate(Route),
    ShowMore,
    /// The reader chose or dropped this many files; they are being read.
    Adding(usize),
    /// So many of the files being added have been read.
    AddingRead(usize),
    /// Files were added to the collection (or refused).
    Imported(Rc<Imported>),
    DismissImport,
    /// Articles kept in the browser from earlier visits were added back (this many).
    Restored(usize),
    /// Whether the browser kept the added articles (or can, at start); `Err` says why not.
    Kept(Result<(), Rc<str>>),
    /// These added articles were taken out of the collection (and the browser's storage).
    Removed(Vec<String>),
    /// This many parts of a collection in parts are being fetched.
    FetchingParts(usize),
    /// Parts asked for with [`Action::FetchingParts`] came: so many joined the collection, so
    /// many could not be fetched.
    PartsFetched {
        asked: usize,
        fetched: usize,
        failed: usize,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Type(query) if query == self.route.query => self,
            Action::Type(query) => Rc::new(State {
                route: self.route.with_query(&query),
                shown: PAGE_SIZE,
                url_update: UrlUpdate::Replace,
                typing: true,
                ..(*self).clone()
            }),
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => {
                let shown = if route.query == self.route.query && route.sort == self.route.sort {
                    self.shown
                } else {
                    PAGE_SIZE
                };
                // A link that loads another query loads it whole; one that keeps the query
                // (an article opened, another view) keeps it as the results show it.
                let typing = self.typing && route.query == self.route.query;
                Rc::new(State {
                    route,
                    shown,
                    url_update: UrlUpdate::None,
                    typing,
                    ..(*self).clone()
                })
            }
            Action::ShowMore => Rc::new(State {
                shown: self.shown + PAGE_SIZE,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::Adding(count) => Rc::new(State {
                adding: Some(count),
                adding_read: 0,
                imported: None,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::AddingRead(read) if self.adding.is_some() => Rc::new(State {
                adding_read: read,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::AddingRead(_) => self,
            Action::Imported(outcome) => Rc::new(State {
                collection: self.collection + u32::from(!outcome.added.is_empty()),
                imported: Some(outcome),
                adding: None,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::DismissImport if self.imported.is_none() => self,
            Action::DismissImport => Rc::new(State {
                imported: None,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::Restored(0) => self,
            Action::Restored(_) => Rc::new(State {
                collection: self.collection + 1,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::Kept(kept) => Rc::new(State {
                not_kept: kept.err(),
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::FetchingParts(0) => self,
            Action::FetchingParts(count) => Rc::new(State {
                parts_fetching: self.parts_fetching + count,
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::PartsFetched {
                asked,
                fetched,
                failed,
            } => Rc::new(State {
                parts_fetching: self.parts_fetching.saturating_sub(asked),
                parts_failed: failed,
                collection: self.collection + u32::from(fetched > 0),
                url_update: UrlUpdate::None,
                ..(*self).clone()
            }),
            Action::Removed(ids) if ids.is_empty() => self,
            Action::Removed(ids) => {
                // The removed article cannot stay open, nor its address in the history.
                let closes = self.route.article.as_ref().is_some_and(|a| ids.contains(a));
                Rc::new(State {
                    route: self.route.with_article(if closes {
                        None
                    } else {
                        self.route.article.as_deref()
                    }),
                    url_update: if closes {
                        UrlUpdate::Replace
                    } else {
                        UrlUpdate::None
                    },
                    collection: self.collection + 1,
                    // Its links may lead to the removed articles.
                    imported: None,
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clippings_core::Field;

    fn person(name: &str) -> FilterChip {
        FilterChip::new(Field::Person, name)
    }

    #[test]
    fn fetched_parts_change_the_collection_and_failed_ones_are_remembered() {
        let start = Rc::new(State::new(Route::default()));
        let asked = start.clone().reduce(Action::FetchingParts(3));
        assert_eq!(asked.parts_fetching, 3);
        let more = asked.reduce(Action::FetchingParts(2));
        let first = more.reduce(Action::PartsFetched {
            asked: 3,
            fetched: 1,
            failed: 2,
        });
        assert_eq!(
            (first.parts_fetching, first.parts_failed, first.collection),
            (2, 2, 1)
        );
        let none_came = first.reduce(Action::PartsFetched {
            asked: 2,
            fetched: 0,
            failed: 2,
        });
        assert_eq!(
            (none_came.parts_fetching, none_came.collection),
            (0, 1),
            "nothing new to search"
        );
        let back_online = none_came.reduce(Action::PartsFetched {
            asked: 2,
            fetched: 2,
            failed: 0,
        });
        assert_eq!((back_online.parts_failed, back_online.collection), (0, 2));
    }

    #[test]
    fn a_filter_toggles_in_and_out_of_the_query_and_keeps_the_article() {
        let route = Route {
            query: "nato".into(),
            article: Some("x".into()),
            ..Route::default()
        };
        let filtered = route.toggling(&person("Mara Velkov"));
        assert_eq!(filtered.query, "nato person:\"Mara Velkov\"");
        assert_eq!(filtered.article.as_deref(), Some("x"));
        assert_eq!(filtered.filters(), [person("Mara Velkov")]);
        assert_eq!(filtered.toggling(&person("Mara Velkov")).query, "nato");
        assert_eq!(
            Route::default()
                .toggling(&FilterChip::new(Field::Source, "Harbour Wire"))
                .query,
            "source:\"Harbour Wire\""
        );
    }

    #[test]
    fn excluding_a_filter_that_is_on_turns_it_round_where_it_stands() {
        let route = Route::default().with_query("quay person:velkov tide");
        let excluded = route.toggling(&person("Velkov").opposite());
        assert_eq!(excluded.query, "quay -person:\"Velkov\" tide");
        assert_eq!(excluded.filters(), [person("Velkov").opposite()]);
    }

    #[test]
    fn a_chip_removes_its_filter_and_clear_all_keeps_only_the_words() {
        let route = Route {
            query: "quay -source:wire person:\"Mara Velkov\" tide".into(),
            article: Some("x".into()),
            sort: Sort::Newest,
            ..Route::default()
        };
        let without = route.without(&person("mara velkov"));
        assert_eq!(without.query, "quay -source:wire tide");
        assert_eq!(
            (without.article.as_deref(), without.sort),
            (Some("x"), Sort::Newest)
        );
        let cleared = route.without_filters();
        assert_eq!(cleared.query, "quay tide");
        assert_eq!(
            (cleared.article.as_deref(), cleared.sort),
            (Some("x"), Sort::Newest)
        );
        assert!(cleared.filters().is_empty());
    }

    #[test]
    fn files_read_while_adding_are_counted_and_a_late_count_changes_nothing() {
        let state = Rc::new(State::new(Route::default()));
        let adding = state.reduce(Action::Adding(10));
        let halfway = adding.reduce(Action::AddingRead(5));
        assert_eq!((halfway.adding, halfway.adding_read), (Some(10), 5));
        assert_eq!(halfway.url_update, UrlUpdate::None);
        let again = halfway.reduce(Action::Adding(3));
        assert_eq!(again.adding_read, 0, "a new import starts from none read");
        // A count arriving after the import ended draws nothing.
        let idle = Rc::new(State::new(Route::default()));
        assert!(Rc::ptr_eq(
            &idle.clone().reduce(Action::AddingRead(4)),
            &idle
        ));
    }

    #[test]
    fn adding_files_then_importing_them_changes_the_collection_once() {
        use clippings_core::import::Imported;
        let state = Rc::new(State::new(Route::default()));
        let adding = state.reduce(Action::Adding(2));
        assert_eq!(adding.adding, Some(2));
        assert_eq!(adding.collection, 0);
        let imported = Rc::new(Imported {
            added: vec!["imported/a".into()],
            ..Imported::default()
        });
        let done = adding.reduce(Action::Imported(imported.clone()));
        assert_eq!((done.adding, done.collection), (None, 1));
        assert_eq!(done.imported.as_deref(), Some(&*imported));
        let refused_only = done.reduce(Action::Imported(Rc::new(Imported::default())));
        assert_eq!(
            refused_only.collection, 1,
            "nothing added, nothing to search again"
        );
        let dismissed = refused_only.reduce(Action::DismissImport);
        assert_eq!(dismissed.imported, None);
        assert!(Rc::ptr_eq(
            &dismissed.clone().reduce(Action::DismissImport),
            &dismissed
        ));
    }

    #[test]
    fn removing_the_open_added_article_closes_it_and_searches_again() {
        let open = Rc::new(State::new(Route {
            query: "floods".into(),
            article: Some("imported/a".into()),
            ..Route::default()
        }));
        let other = open
            .clone()
            .reduce(Action::Removed(vec!["imported/b".into()]));
        assert_eq!(other.route, open.route);
        assert_eq!((other.collection, other.url_update), (1, UrlUpdate::None));
        let closed = other.reduce(Action::Removed(vec!["imported/a".into()]));
        assert_eq!(closed.route.article, None);
        assert_eq!(closed.route.query, "floods");
        assert_eq!(
            (closed.collection, closed.url_update),
            (2, UrlUpdate::Replace)
        );
        assert!(Rc::ptr_eq(
            &closed.clone().reduce(Action::Removed(vec![])),
            &closed
        ));
    }

    #[test]
    fn restored_articles_search_again_and_a_storage_refusal_is_said_once() {
        let state = Rc::new(State::new(Route::default()));
        assert!(Rc::ptr_eq(
            &state.clone().reduce(Action::Restored(0)),
            &state
        ));
        let restored = state.reduce(Action::Restored(2));
        assert_eq!(restored.collection, 1);
        let refused = restored.reduce(Action::Kept(Err("no storage".into())));
        assert_eq!(refused.not_kept_notice().as_deref(), Some("no storage"));
        let imported = refused.reduce(Action::Imported(Rc::default()));
        assert_eq!(imported.not_kept.as_deref(), Some("no storage"));
        assert_eq!(
            imported.not_kept_notice(),
            None,
            "the import notice says it"
        );
        let kept = imported.reduce(Action::Kept(Ok(())));
        assert_eq!(kept.not_kept, None);
    }

    #[test]
    fn the_empty_route_links_to_a_bare_hash() {
        assert_eq!(Route::default().to_hash(), "");
        assert_eq!(Route::default().to_href(), "#");
        let wire = FilterChip::new(Field::Source, "Harbour Wire");
        let filtered = Route::default().toggling(&wire);
        assert_eq!(filtered.toggling(&wire).to_href(), "#");
        assert_eq!(filtered.to_href(), filtered.to_hash());
    }

    #[test]
    fn hash_round_trips_queries_with_any_characters() {
        for query in [
            "kerry",
            "energy independence",
            "\"press tv\" -minsk",
            "a&b=c#d",
            "Zürich +1",
            "",
        ] {
            for article in [None, Some("politics/001")] {
                let route = Route {
                    query: query.into(),
                    article: article.map(Into::into),
                    ..Route::default()
                };
                assert_eq!(
                    Route::from_hash(&route.to_hash()),
                    route,
                    "{}",
                    route.to_hash()
                );
            }
        }
        assert_eq!(Route::default().to_hash(), "");
        assert_eq!(
            Route::from_hash("#q=kerry&a=000_x").article.as_deref(),
            Some("000_x")
        );
        assert_eq!(Route::from_hash("#junk%%&=&q"), Route::default());
        let newest = Route::default().with_sort(Sort::Newest);
        assert_eq!(newest.to_hash(), "#sort=newest");
        assert_eq!(Route::from_hash("#sort=newest"), newest);
        assert_eq!(Route::from_hash("#sort=sideways").sort, Sort::Relevance);
    }

    #[test]
    fn every_view_with_its_pair_and_chosen_name_round_trips_through_the_hash() {
        for view in View::ALL {
            let route = Route {
                view,
                query: "kerry -source:reuters".into(),
                article: Some("world/001".into()),
                other: Some("world/002".into()),
                name: Some((EntityKind::Person, "John Kerry".into())),
                paragraph: Some(3),
                sort: Sort::Newest,
            };
            assert_eq!(
                Route::from_hash(&route.to_hash()),
                route,
                "{}",
                route.to_hash()
            );
        }
        assert_eq!(Route::from_hash("#view=sideways").view, View::Search);
        assert_eq!(
            Route::from_hash("#view=people&organization=NATO").name,
            Some((EntityKind::Organization, "NATO".into()))
        );
        let compared = Route::default().comparing("a", "b");
        assert_eq!(compared.to_hash(), "#view=compare&a=a&b=b");
        assert_eq!(
            compared.with_view(View::Search).article.as_deref(),
            Some("a")
        );
        let quoted = Route::default()
            .with_view(View::People)
            .at_paragraph("a", 4);
        assert_eq!(quoted.to_hash(), "#a=a&p=4");
        assert_eq!(quoted.with_article(Some("b")).paragraph, None);
    }

    #[test]
    fn typing_replaces_the_url_and_keeps_the_open_article() {
        let state = Rc::new(State::new(Route {
            query: "ker".into(),
            article: Some("a".into()),
            ..Route::default()
        }));
        let next = state.reduce(Action::Type("kerry".into()));
        assert_eq!(
            next.route,
            Route {
                query: "kerry".into(),
                article: Some("a".into()),
                ..Route::default()
            }
        );
        assert_eq!(next.url_update, UrlUpdate::Replace);
    }

    #[test]
    fn typing_reads_the_last_word_as_a_prefix_until_a_link_or_the_address_loads_another_query() {
        let loaded = Rc::new(State::new(Route::from_hash("#q=war")));
        assert!(!loaded.typing, "a query from the address is read whole");
        let typed = loaded.reduce(Action::Type("invio".into()));
        assert!(typed.typing);
        let opened = typed
            .clone()
            .reduce(Action::Navigate(Route::from_hash("#q=invio&a=x")));
        assert!(
            opened.typing,
            "opening an article keeps the results as they are"
        );
        let linked = opened.reduce(Action::Navigate(Route::from_hash("#q=inviolable")));
        assert!(!linked.typing);
        let back = typed.reduce(Action::Navigate(Route::from_hash("#q=war")));
        assert!(!back.typing, "back to a query loads it from the address");
    }

    #[test]
    fn unchanged_state_is_the_same_rc_so_nothing_re_renders() {
        let state = Rc::new(State::new(Route {
            query: "kerry".into(),
            article: None,
            ..Route::default()
        }));
        let same = state.clone().reduce(Action::Type("kerry".into()));
        assert!(Rc::ptr_eq(&state, &same));
        let same = state.clone().reduce(Action::Navigate(state.route.clone()));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn navigation_does_not_write_the_url_and_show_more_grows_the_page() {
        let state = Rc::new(State::new(Route::default()));
        let next = state.reduce(Action::Navigate(Route::from_hash("#q=nato")));
        assert_eq!(next.url_update, UrlUpdate::None);
        assert_eq!(next.route.query, "nato");
        let more = next.reduce(Action::ShowMore);
        assert_eq!(more.shown, 2 * PAGE_SIZE);
        let other_query = more.reduce(Action::Type("minsk".into()));
        assert_eq!(other_query.shown, PAGE_SIZE);
    }
}
