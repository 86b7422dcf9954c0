//! The articles the reader added: kept in the browser, brought back at start, removed one by one
//! or all at once; and the line that says when the browser will not keep them.

use super::import_button::FileBytes;
use crate::corpus::{add_files, add_kept, added_ids, remove_added};
use crate::state::{Action, State};
use crate::storage;
use std::rc::Rc;
use yew::functional::UseReducerDispatcher;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddedArticlesProps {
    /// How many articles the reader added.
    pub count: usize,
    /// Why added articles are not kept, when that is so.
    #[prop_or_default]
    pub not_kept: Option<AttrValue>,
    pub on_remove_all: Callback<MouseEvent>,
}

/// "Added articles (N)" with "Remove all added articles", and the one line that says added
/// articles will not be kept when the browser refuses to keep them.
#[component]
pub fn AddedArticles(props: &AddedArticlesProps) -> Html {
    if props.count == 0 && props.not_kept.is_none() {
        return html! {};
    }
    html! {
        <div class="added-articles">
            if props.count > 0 {
                <p>
                    { format!("Added articles ({})", props.count) }
                    { " " }
                    <button type="button" class="remove-all" onclick={props.on_remove_all.clone()}>
                        { "Remove all added articles" }
                    </button>
                </p>
            }
            if let Some(why) = &props.not_kept {
                <p class="not-kept" role="status">
                    { format!("Added articles will not be kept after the page is closed: {why}.") }
                </p>
            }
        </div>
    }
}

/// Brings back the articles kept from earlier visits, once, after the first render; or says
/// that the browser will not keep any.
#[hook]
pub fn use_kept_articles(dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        // Server-side rendering (the tests) has no browser storage; a collection in parts takes
        // no added articles.
        if cfg!(target_arch = "wasm32") && crate::corpus::directory().is_none() {
            wasm_bindgen_futures::spawn_local(async move {
                match storage::load().await {
                    Ok(kept) => dispatch.dispatch(Action::Restored(add_kept(kept).await.len())),
                    Err(why) => dispatch.dispatch(Action::Kept(Err(why.to_string().into()))),
                }
            });
        }
    });
}

/// Adds the files that were read, keeps the new articles in the browser (only once they were
/// added: a refused file leaves the kept ones as they are), then says what became of both.
pub fn add_and_keep(dispatch: UseReducerDispatcher<State>) -> Callback<Vec<FileBytes>> {
    Callback::from(move |files| {
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let progress = dispatch.clone();
            let on_step = move |read| progress.dispatch(Action::AddingRead(read));
            let (outcome, kept) = add_files(files, on_step).await;
            if !kept.is_empty() {
                let stored = storage::keep(&kept).await;
                dispatch.dispatch(Action::Kept(stored.map_err(|why| why.to_string().into())));
            }
            dispatch.dispatch(Action::Imported(Rc::new(outcome)));
        });
    })
}

/// "Remove" for the article with this id, if the reader added it.
pub fn remove_one(dispatch: UseReducerDispatcher<State>, id: &str) -> Option<Callback<MouseEvent>> {
    let id = id.to_owned();
    crate::corpus::corpus()
        .is_added(&id)
        .then(|| Callback::from(move |_| remove(&dispatch, vec![id.clone()])))
}

/// "Remove all added articles".
pub fn remove_all(dispatch: UseReducerDispatcher<State>) -> Callback<MouseEvent> {
    Callback::from(move |_| remove(&dispatch, added_ids()))
}

/// Takes the articles out of the collection (in steps, see `remove_added`), then out of the
/// browser's storage; a storage error is said (they would come back on the next visit).
fn remove(dispatch: &UseReducerDispatcher<State>, ids: Vec<String>) {
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let removed = remove_added(&ids).await;
        if removed.is_empty() {
            return;
        }
        dispatch.dispatch(Action::Removed(removed.clone()));
        if let Err(why) = storage::forget(&removed).await {
            dispatch.dispatch(Action::Kept(Err(why.to_string().into())));
        }
    });
}
