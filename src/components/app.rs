use super::events::listen;
use super::keyboard::use_keyboard_shortcuts;
use super::masthead_on_scroll::use_masthead_hides_on_scroll;
use super::{
    AddingFiles, EmptyCollection, FacetPanel, ImportButton, ImportNotice, Reader, RelatedArticles,
    ResultCount, ResultList, SearchBox, SortControl, Suggestion, UpdateNotice,
};
use super::{ShortcutsHelp, ThemeToggle};
use crate::corpus::{add_files, corpus, search};
use crate::state::{Action, Route, State, UrlUpdate};
use clippings_core::SearchOptions;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Articles listed under "More like this".
const RELATED_SHOWN: usize = 5;

/// The explorer: search box, results and reader, its state in the URL hash.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(current_route()));
    use_hash_navigation(state.dispatcher());
    use_url_sync(&state);
    use_keyboard_shortcuts();
    use_masthead_hides_on_scroll();
    let update_ready = use_update_ready();

    let query = state.route.query.clone();
    let sort = state.route.sort;
    let searched = use_memo(
        (query.clone(), state.shown, sort, state.collection),
        |(query, shown, sort, _)| {
            search(
                query,
                SearchOptions {
                    limit: *shown,
                    offset: 0,
                    sort: *sort,
                },
            )
        },
    );
    let related = use_memo(
        (state.route.article.clone(), state.collection),
        |(article, _)| {
            article
                .as_deref()
                .map(|id| corpus().related(id, RELATED_SHOWN))
                .unwrap_or_default()
        },
    );
    let (parsed, result) = &*searched;
    let corpus = corpus();
    let open = state
        .route
        .article
        .as_deref()
        .and_then(|id| corpus.article(id));

    let on_reading = {
        let dispatch = state.dispatcher();
        Callback::from(move |count| dispatch.dispatch(Action::Adding(count)))
    };
    let on_files = {
        let dispatch = state.dispatcher();
        Callback::from(move |files| dispatch.dispatch(Action::Imported(Rc::new(add_files(files)))))
    };
    let notices = html! {
        <>
            if update_ready {
                <UpdateNotice on_reload={Callback::from(|_| apply_update())} />
            }
            if let Some(count) = state.adding {
                <AddingFiles {count} />
            }
            if let Some(imported) = &state.imported {
                <ImportNotice imported={imported.clone()} route={state.route.clone()}
                    on_dismiss={let dispatch = state.dispatcher(); Callback::from(move |_| dispatch.dispatch(Action::DismissImport))} />
            }
        </>
    };
    if corpus.is_empty() {
        return html! {
            <div class="app">
                <header class="masthead"><Masthead /><ImportButton {on_reading} {on_files} /><ThemeToggle /></header>
                { notices }
                <EmptyCollection />
            </div>
        };
    }
    let on_input = {
        let dispatch = state.dispatcher();
        Callback::from(move |query: String| dispatch.dispatch(Action::Type(query)))
    };
    let hits: Vec<_> = result
        .hits
        .iter()
        .map(|h| (h.clone(), parsed.segments(&h.headline)))
        .collect();
    let more = (result.total as usize).saturating_sub(result.hits.len());
    let show_more = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowMore))
    };
    html! {
        <div class="app">
            <header class="masthead">
                <Masthead />
                <ImportButton {on_reading} {on_files} />
                <ThemeToggle />
                <ShortcutsHelp />
                <SearchBox query={query.clone()} {on_input} />
                <div class="result-bar">
                    <ResultCount total={result.total} query={query.clone()} />
                    <SortControl route={state.route.clone()} />
                </div>
                if let Some(suggestion) = &result.suggestion {
                    <Suggestion suggestion={suggestion.clone()} route={state.route.clone()} />
                }
            </header>
            { notices }
            <main class={classes!("layout", open.is_some().then_some("reading"))}>
                <section class="results-pane" aria-label="Results">
                    <FacetPanel facets={result.facets.clone()} route={state.route.clone()} />
                    <ResultList {hits} route={state.route.clone()} />
                    if more > 0 {
                        <button class="show-more" onclick={show_more}>{ format!("Show more ({more} left)") }</button>
                    }
                </section>
                <section class="reader-pane" aria-label="Article">
                    if let Some(article) = open {
                        <Reader article={Rc::new(article.clone())}
                            headline={parsed.segments(&article.headline)}
                            paragraphs={article.paragraphs.iter().map(|p| parsed.segments(p)).collect::<Vec<_>>()}
                            close_href={close_href(&state.route)} route={state.route.clone()} />
                        <RelatedArticles hits={(*related).clone()} route={state.route.clone()} />
                    } else if state.route.article.is_some() {
                        <p class="placeholder">{ "That article is not in this collection." }</p>
                    } else {
                        <p class="placeholder">{ "Choose an article to read it here." }</p>
                    }
                </section>
            </main>
        </div>
    }
}

#[component]
fn Masthead() -> Html {
    html! { <h1 class="title"><a href="#">{ "Clippings" }</a></h1> }
}

/// The results without the article.
fn close_href(route: &Route) -> String {
    route.with_article(None).to_href()
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
