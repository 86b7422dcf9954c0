//! `window.clippings`: plain functions over plain JSON-like values (CONTRACT.md).

use crate::corpus::{corpus, search};
use clippings_core::{parse, Article, EntityKind, SearchOptions};
use js_sys::{Function, Object, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Set by `js/ready.js` before the Wasm module loads; called once the API is usable.
const READY_RESOLVER: &str = "__clippingsResolveReady";

pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = Object::new();
    define(
        &api,
        "search",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|query: JsValue, options: JsValue| {
            let query = query.as_string().unwrap_or_default();
            to_js(&search(&query, search_options(options)).1)
        }),
    );
    define(
        &api,
        "related",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|id: JsValue, options: JsValue| {
            let limit = search_options(options).limit;
            to_js(&corpus().related(&id.as_string().unwrap_or_default(), limit))
        }),
    );
    define(
        &api,
        "article",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|id: JsValue| {
            let corpus = corpus();
            id.as_string()
                .and_then(|id| corpus.article(&id).map(to_js))
                .unwrap_or(JsValue::NULL)
        }),
    );
    define(
        &api,
        "articles",
        Closure::<dyn Fn() -> JsValue>::new(|| {
            to_js(
                &corpus()
                    .articles()
                    .iter()
                    .map(Article::summary)
                    .collect::<Vec<_>>(),
            )
        }),
    );
    define(
        &api,
        "parse",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|text: JsValue| {
            to_js(&parse("", &text.as_string().unwrap_or_default()))
        }),
    );
    define(
        &api,
        "fetchParts",
        Closure::<dyn Fn(JsValue, JsValue) -> js_sys::Promise>::new(
            |query: JsValue, options: JsValue| {
                let (query, prefix) = (text(query), search_options(options).prefix);
                wasm_bindgen_futures::future_to_promise(fetch_parts_for(query, prefix))
            },
        ),
    );
    install_explorer(&api);
    let _ = Reflect::set(&window, &"clippings".into(), &api);
    if let Ok(resolve) =
        Reflect::get(&window, &READY_RESOLVER.into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = resolve.call1(&JsValue::NULL, &api);
        let _ = Reflect::delete_property(&window, &READY_RESOLVER.into());
    }
}

/// What `fetchParts` answers (docs/API.md): the collection's parts and how many are here; of
/// the parts the query's words need, how many there are, how many the page left out (more than
/// it holds), how many were fetched now and how many could not be.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct PartsFetched {
    parts: usize,
    here: usize,
    needed: usize,
    left_out: usize,
    fetched: usize,
    failed: usize,
}

/// Fetches the parts the query's words need (a collection in parts; for one embedded whole,
/// nothing to fetch), so that `search` then answers it as the whole collection would.
async fn fetch_parts_for(query: String, prefix: bool) -> Result<JsValue, JsValue> {
    let Some(plan) = crate::corpus::parts_for(&query, prefix) else {
        return Ok(to_js(&PartsFetched::default()));
    };
    let came = crate::corpus::fetch_parts(plan.fetch, plan.drop).await;
    Ok(to_js(&PartsFetched {
        parts: plan.total,
        here: corpus().parts_here().len(),
        needed: plan.needed,
        left_out: plan.left_out,
        fetched: came.fetched,
        failed: came.failed,
    }))
}

fn define<F: ?Sized + wasm_bindgen::closure::WasmClosure>(
    api: &Object,
    name: &str,
    function: Closure<F>,
) {
    let _ = Reflect::set(api, &name.into(), function.as_ref().unchecked_ref());
    // The API lives as long as the page.
    function.forget();
}

/// The explorer's views (CONTRACT.md's API, extended in docs/API.md): each takes the query as
/// the search box holds it and looks at the same articles `search` counts for it.
fn install_explorer(api: &Object) {
    define(
        api,
        "overview",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|query: JsValue| {
            let corpus = corpus();
            to_js(&corpus.overview(&corpus.query(&text(query))))
        }),
    );
    define(
        api,
        "kwic",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|query: JsValue, options: JsValue| {
            let corpus = corpus();
            let limit = limit(options, DEFAULT_KWIC_LINES);
            to_js(&corpus.kwic(&corpus.query(&text(query)), limit))
        }),
    );
    define(
        api,
        "speakers",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|query: JsValue| {
            let corpus = corpus();
            to_js(&corpus.speakers(&corpus.query(&text(query))))
        }),
    );
    define(
        api,
        "names",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|query: JsValue, options: JsValue| {
            let corpus = corpus();
            let limit = limit(options, DEFAULT_NAMES);
            to_js(&corpus.names(&corpus.query(&text(query)), limit))
        }),
    );
    define(
        api,
        "coOccurring",
        Closure::<dyn Fn(JsValue, JsValue, JsValue, JsValue) -> JsValue>::new(
            |query: JsValue, kind: JsValue, name: JsValue, options: JsValue| {
                let corpus = corpus();
                // An unknown kind names nothing: no names go with it.
                let Ok(kind) = serde_wasm_bindgen::from_value::<EntityKind>(kind) else {
                    return to_js(&Vec::<clippings_core::CoOccurrence>::new());
                };
                let limit = limit(options, DEFAULT_NAMES);
                let query = corpus.query(&text(query));
                to_js(&corpus.co_occurring(&query, kind, &text(name), limit))
            },
        ),
    );
    define(
        api,
        "series",
        Closure::<dyn Fn(JsValue) -> JsValue>::new(|query: JsValue| {
            let corpus = corpus();
            to_js(&corpus.series(&corpus.query(&text(query))))
        }),
    );
    define(
        api,
        "compare",
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|a: JsValue, b: JsValue| {
            corpus()
                .compare(&text(a), &text(b))
                .map_or(JsValue::NULL, |c| to_js(&c))
        }),
    );
}

/// Lines of keywords in context when the caller does not say how many.
const DEFAULT_KWIC_LINES: usize = 100;
/// Names of each kind, or co-occurring names, when the caller does not say how many.
const DEFAULT_NAMES: usize = 20;

/// A string argument as given; anything else is the empty string (the empty query).
fn text(value: JsValue) -> String {
    value.as_string().unwrap_or_default()
}

/// `{ limit }` of the explorer's options, or `default` when it is missing or not a whole
/// number from zero up: no option can make a call throw.
fn limit(options: JsValue, default: usize) -> usize {
    #[derive(Default, Deserialize)]
    #[serde(default)]
    struct Limit {
        limit: Option<usize>,
    }
    serde_wasm_bindgen::from_value::<Limit>(options)
        .ok()
        .and_then(|o| o.limit)
        .unwrap_or(default)
}

/// Options as given, or the defaults for anything missing or malformed: no option can make a
/// call throw.
fn search_options(options: JsValue) -> SearchOptions {
    serde_wasm_bindgen::from_value(options).unwrap_or_default()
}

/// JSON-compatible: `None` becomes `null` and maps become plain objects.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}
