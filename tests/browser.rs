//! The explorer and `window.clippings` in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use clippings::components::App;
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

async fn type_query(root: &Element, query: &str) {
    let input: HtmlInputElement = root
        .query_selector("#search-input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(query);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_narrows_the_results_marks_hits_and_writes_the_hash() {
    let root = mount().await;
    assert_eq!(texts(&root, ".result-headline").len(), 2);
    type_query(&root, "Minsk").await;
    assert_eq!(
        texts(&root, ".result-headline"),
        ["Kerry calls for 'robust' NATO posture near Russia"]
    );
    // Every "Minsk" of the snippet is marked, and nothing else.
    let marks = texts(&root, ".snippet mark");
    let snippet = texts(&root, ".snippet").concat();
    assert!(!marks.is_empty(), "nothing marked in {snippet:?}");
    assert!(marks.iter().all(|m| m == "Minsk"), "{marks:?}");
    assert_eq!(marks.len(), snippet.matches("Minsk").count(), "{snippet:?}");
    assert_eq!(
        texts(&root, "#result-count"),
        ["1 article matches \u{201C}Minsk\u{201D}"]
    );
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#q=Minsk");
    type_query(&root, "").await;
    root.remove();
}

#[wasm_bindgen_test]
fn the_javascript_api_searches_the_embedded_seeds() {
    clippings::api::install();
    let window = web_sys::window().unwrap();
    let api = Reflect::get(&window, &"clippings".into()).unwrap();
    let search: Function = Reflect::get(&api, &"search".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let result = search.call1(&api, &"kerry".into()).unwrap();
    assert_eq!(
        Reflect::get(&result, &"total".into()).unwrap().as_f64(),
        Some(2.0)
    );
    assert_eq!(
        Reflect::get(&result, &"suggestion".into()).unwrap(),
        JsValue::NULL
    );
    let article: Function = Reflect::get(&api, &"article".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        article.call1(&api, &"no-such-id".into()).unwrap(),
        JsValue::NULL
    );
    // Not a string: searched as the empty query, never a throw.
    let everything = search.call1(&api, &JsValue::from_f64(42.0)).unwrap();
    assert_eq!(
        Reflect::get(&everything, &"total".into()).unwrap().as_f64(),
        Some(2.0)
    );
}
