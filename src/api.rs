//! `window.clippings`: plain functions over plain JSON-like values (CONTRACT.md).

use crate::corpus::{corpus, search};
use clippings_core::{parse, Article, SearchOptions};
use js_sys::{Function, Object, Reflect};
use serde::Serialize;
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
    let _ = Reflect::set(&window, &"clippings".into(), &api);
    if let Ok(resolve) =
        Reflect::get(&window, &READY_RESOLVER.into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = resolve.call1(&JsValue::NULL, &api);
        let _ = Reflect::delete_property(&window, &READY_RESOLVER.into());
    }
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
