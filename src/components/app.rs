use super::events::listen;
use super::keyboard::use_keyboard_shortcuts;
use super::masthead_on_scroll::use_masthead_hides_on_scroll;
use super::{
    AddingFiles, EmptyCollection, ImportButton, ImportNotice, ImportProgress, PartsNotice,
    ResultCount, SearchBox, SortControl, Suggestion, UpdateNotice, ViewTabs,
};
use super::{ShortcutsHelp, ThemeToggle};
use crate::corpus::{
    corpus, directory, fetch_parts, keep_every_part, parts_for, parts_not_here, search,
};
use crate::explorer::{search_options, Explorer, Searched};
use crate::pages::{CollectionPage, ComparePage, PeoplePage, SearchPage};
use crate::state::{Action, Route, State, UrlUpdate, View};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The explorer: the masthead with the search box and the views' tabs, and the page of the
/// view the route names. Its state lives in the URL hash; pages read it through a context.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(current_route()));
    use_hash_navigation(state.dispatcher());
    use_url_sync(&state);
    use_keyboard_shortcuts();
    use_masthead_hides_on_scroll();
    let update_ready = use_update_ready();
    super::added_articles::use_kept_articles(state.dispatcher());

    let query = state.route.query.clone();
    let sort = state.route.sort;
    use_parts_for_query(&state);
    let searched = use_memo(
        (
            query.clone(),
            state.shown,
            sort,
            state.collection,
            state.typing,
        ),
        {
            let options = search_options(&state, state.shown);
            move |(query, ..)| {
                let (parsed, result) = search(query, options);
                Rc::new(Searched { parsed, result })
            }
        },
    );
    let explorer = Explorer {
        state: state.clone(),
        searched: (*searched).clone(),
    };
    let result = &explorer.searched.result;
    let examples = use_memo(state.collection, |_| {
        let (person, source) = corpus().example_queries();
        person
            .into_iter()
            .chain(source.map(|s| s.to_string()))
            .collect::<Vec<_>>()
    });
    let corpus = corpus();

    let on_reading = {
        let dispatch = state.dispatcher();
        Callback::from(move |count| dispatch.dispatch(Action::Adding(count)))
    };
    let on_files = super::added_articles::add_and_keep(state.dispatcher());
    let notices = html! {
        <>
            if update_ready {
                <UpdateNotice on_reload={Callback::from(|_| apply_update())} />
            }
            if let Some(count) = state.adding {
                <AddingFiles {count} />
                <ImportProgress {count} read={state.adding_read} />
            }
            if let Some(imported) = &state.imported {
                <ImportNotice imported={imported.clone()} route={state.route.clone()}
                    on_dismiss={let dispatch = state.dispatcher(); Callback::from(move |_| dispatch.dispatch(Action::DismissImport))}
                    not_kept={state.not_kept.clone().map(AttrValue::from)} />
            }
            <super::AddedArticles count={corpus.added().len()} not_kept={state.not_kept_notice().map(AttrValue::from)}
                on_remove_all={super::added_articles::remove_all(state.dispatcher())} />
            if let Some(parts) = parts_for(&query, state.typing) {
                <PartsNotice total={parts.total} here={parts.here} words={parts.words}
                    needed={parts.needed} left_out={parts.left_out}
                    missing={parts.fetch.len()} fetching={state.parts_fetching} failed={state.parts_failed}
                    rest_bytes={parts.rest_bytes} fits={parts.fits}
                    on_fetch_all={fetch_every_part(state.dispatcher(), parts.fits)} />
            }
        </>
    };
    // A collection in parts holds none of its articles before a search fetches them; adding
    // articles to one is not offered (its parts are laid out at build time).
    let in_parts = directory().is_some_and(|d| d.article_count() > 0);
    let import = (!in_parts).then(|| html! { <ImportButton {on_reading} {on_files} /> });
    if corpus.is_empty() && !in_parts {
        return html! {
            <div class="app">
                <header class="masthead"><Masthead />{ import }<ThemeToggle /></header>
                { notices }
                <EmptyCollection />
            </div>
        };
    }
    let on_input = {
        let dispatch = state.dispatcher();
        Callback::from(move |query: String| dispatch.dispatch(Action::Type(query)))
    };
    let page = match state.route.view {
        View::Search => html! { <SearchPage /> },
        View::People => html! { <PeoplePage /> },
        View::Collection => html! { <CollectionPage /> },
        View::Compare => html! { <ComparePage /> },
    };
    html! {
        <ContextProvider<Explorer> context={explorer.clone()}>
            <div class="app">
                <header class="masthead">
                    <Masthead />
                    { import }
                    <ThemeToggle />
                    <ShortcutsHelp />
                    <SearchBox query={query.clone()} {on_input} examples={(*examples).clone()} />
                    <ViewTabs />
                    <div class="result-bar">
                        <ResultCount total={result.total} query={query.clone()} />
                        if state.route.view == View::Search {
                            <SortControl route={state.route.clone()} dated={result.dated > 0} />
                        }
                    </div>
                    if let (Some(suggestion), true) = (&result.suggestion, result.total > 0) {
                        <Suggestion suggestion={suggestion.clone()} route={state.route.clone()} />
                    }
                    if let Some(widened) = &result.widened {
                        <super::WidenedNotice widened={widened.clone()} route={state.route.clone()} />
                    }
                </header>
                { notices }
                { page }
            </div>
        </ContextProvider<Explorer>>
    }
}

/// For a collection in parts: fetches the parts a query's words need that are not here yet
/// (as many as a page holds, the most promising first), whenever the query changes; the
/// results follow once they are in the collection.
#[hook]
fn use_parts_for_query(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher();
    use_effect_with(
        (state.route.query.clone(), state.typing),
        move |(query, typing)| {
            if let Some(parts) = parts_for(query, *typing) {
                if !parts.fetch.is_empty() || !parts.drop.is_empty() {
                    fetch(dispatch, parts.fetch, parts.drop);
                }
            }
        },
    );
}

/// The reader asked for every part: into the page when the whole collection fits in it,
/// otherwise kept by the service worker for offline use, each search then reading the parts it
/// needs from there.
fn fetch_every_part(
    dispatch: yew::functional::UseReducerDispatcher<State>,
    fits: bool,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        if fits {
            fetch(dispatch.clone(), parts_not_here(), Vec::new());
            return;
        }
        let dispatch = dispatch.clone();
        let asked = parts_not_here().len();
        dispatch.dispatch(Action::FetchingParts(asked));
        wasm_bindgen_futures::spawn_local(async move {
            let kept = keep_every_part().await;
            dispatch.dispatch(Action::PartsFetched {
                asked,
                fetched: 0,
                failed: kept.failed,
            });
        });
    })
}

fn fetch(
    dispatch: yew::functional::UseReducerDispatcher<State>,
    parts: Vec<usize>,
    drop: Vec<usize>,
) {
    let asked = parts.len();
    dispatch.dispatch(Action::FetchingParts(asked));
    wasm_bindgen_futures::spawn_local(async move {
        let came = fetch_parts(parts, drop).await;
        dispatch.dispatch(Action::PartsFetched {
            asked,
            fetched: came.fetched,
            failed: came.failed,
        });
    });
}

#[component]
fn Masthead() -> Html {
    html! { <h1 class="title"><a href="#">{ "Clippings" }</a></h1> }
}

fn current_route() -> Route {
    // Server-side rendering (the tests) has no window.
    if !cfg!(target_arch = "wasm32") {
        return Route::default();
    }
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| Route::from_hash(&h))
        .unwrap_or_default()
}

/// Links, back and forward change the hash; the state follows.
#[hook]
fn use_hash_navigation(dispatch: yew::functional::UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let window = web_sys::window().map(Into::into);
        listen(window, "hashchange", move |_| {
            dispatch.dispatch(Action::Navigate(current_route()))
        })
    });
}

/// Whether a newer build waits in the service worker (`js/offline.js` says so).
#[hook]
fn use_update_ready() -> bool {
    let ready = use_state(|| {
        // Server-side rendering (the tests) has no window.
        cfg!(target_arch = "wasm32")
            && web_sys::window()
                .and_then(|w| js_sys::Reflect::get(&w, &"clippingsUpdateReady".into()).ok())
                .is_some_and(|v| v.is_truthy())
    });
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().map(Into::into);
            listen(window, "clippings-update-ready", move |_| ready.set(true))
        });
    }
    *ready
}

fn apply_update() {
    let apply = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"clippingsApplyUpdate".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match apply {
        Some(apply) => {
            let _ = apply.call0(&JsValue::NULL);
        }
        None => {
            let _ = web_sys::window().map(|w| w.location().reload());
        }
    }
}

/// Typing rewrites the current history entry, so that reload restores the query.
#[hook]
fn use_url_sync(state: &UseReducerHandle<State>) {
    use_effect_with(
        (state.route.clone(), state.url_update),
        |(route, update)| {
            if *update == UrlUpdate::Replace && current_route() != *route {
                if let Some(window) = web_sys::window() {
                    let location = window.location();
                    let path = format!(
                        "{}{}",
                        location.pathname().unwrap_or_default(),
                        location.search().unwrap_or_default()
                    );
                    let url = format!("{path}{}", route.to_hash());
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
                    }
                }
            }
        },
    );
}
