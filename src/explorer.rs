//! What every page and component of the explorer reads through a yew context instead of props
//! passed down every level: the state (route, collection) with its dispatcher, and the search
//! that the query and filters make, which every view follows.

use crate::state::{Route, State};
use clippings_core::{Query, SearchOptions, SearchResult};
use std::rc::Rc;
use yew::prelude::*;

/// The query as the index understands it (for marking any text) and what it found.
#[derive(Debug)]
pub struct Searched {
    pub parsed: Query,
    pub result: SearchResult,
}

#[derive(Clone)]
pub struct Explorer {
    pub state: UseReducerHandle<State>,
    pub searched: Rc<Searched>,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Explorer) -> bool {
        // A new search is a new Rc: comparing pointers avoids comparing whole result lists.
        self.state == other.state && Rc::ptr_eq(&self.searched, &other.searched)
    }
}

impl Explorer {
    pub fn route(&self) -> &Route {
        &self.state.route
    }

    /// Counts the changes to the collection, for memos that must be made again when it grows.
    pub fn collection(&self) -> u32 {
        self.state.collection
    }

    /// How to search the route's query for this many results as the page shows them.
    pub fn search_options(&self, limit: usize) -> SearchOptions {
        search_options(&self.state, limit)
    }
}

/// How to search the state's query for `limit` results: in the route's order, the last word a
/// prefix only while the query is being typed ([`State::typing`]).
pub fn search_options(state: &State, limit: usize) -> SearchOptions {
    SearchOptions {
        limit,
        sort: state.route.sort,
        prefix: state.typing,
        ..SearchOptions::default()
    }
}

/// The explorer's context; every page and component under `App` has it.
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("pages and components are drawn inside App's ContextProvider")
}

/// Goes to `route` as a link would (a new history entry; the `hashchange` listener updates the
/// state): for controls that are not links, such as the compare view's choosers.
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}
