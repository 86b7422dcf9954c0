//! The explorer and `window.clippings` in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use clippings::components::App;
use clippings::corpus;
use clippings_core::import::Kept;
use clippings_core::SearchOptions;
use js_sys::{Function, Reflect};
use std::cell::Cell;
use std::rc::Rc;
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

/// Counts the turns the page gets (zero-delay timeouts run) until `done` is set: work cut into
/// steps lets them run between its steps, work done in one task lets none run.
fn count_turns(done: Rc<Cell<bool>>) -> Rc<Cell<usize>> {
    let turns = Rc::new(Cell::new(0));
    let counted = turns.clone();
    wasm_bindgen_futures::spawn_local(async move {
        while !done.get() {
            clippings::turns::next_task().await;
            counted.set(counted.get() + 1);
        }
    });
    turns
}

#[wasm_bindgen_test]
async fn kept_articles_come_back_and_are_removed_in_steps_the_page_getting_turns_between_them() {
    const KEPT: usize = 3_000;
    let kept: Vec<Kept> = (0..KEPT)
        .map(|i| {
            // Thirty words of each note's own beside the shared ones: work enough that merging
            // them takes several of the page's steps of time. Six-word notes no longer did once
            // the merge counted words by number (the removal's 2,999 fitted in one turn); words
            // of their own, not a shared filler, so that no note is a copy of another.
            let own: Vec<String> = (0..30).map(|k| format!("n{i}w{k}")).collect();
            Kept {
                id: format!("imported/kept-{i}"),
                text: format!(
                    "Note {i}\n\nWord{i} and a stepped lighthouse, {}.\n",
                    own.join(" ")
                ),
            }
        })
        .collect();
    let lighthouses = || {
        corpus::search("stepped lighthouse", SearchOptions::default())
            .1
            .total as usize
    };

    let done = Rc::new(Cell::new(false));
    let turns = count_turns(done.clone());
    let restored = corpus::add_kept(kept).await;
    done.set(true);
    assert_eq!(restored.len(), KEPT);
    assert_eq!(lighthouses(), KEPT);
    // One turn is given before the work starts; reading 3,000 articles and merging them take
    // several steps more, however fast the machine.
    assert!(
        turns.get() >= 3,
        "{} turns while they came back",
        turns.get()
    );

    let done = Rc::new(Cell::new(false));
    let turns = count_turns(done.clone());
    let removed = corpus::remove_added(&["imported/kept-7".to_string()]).await;
    done.set(true);
    assert_eq!(removed, ["imported/kept-7"]);
    assert_eq!(lighthouses(), KEPT - 1);
    assert!(
        turns.get() >= 2,
        "{} turns while the other {} were merged again",
        turns.get(),
        KEPT - 1
    );

    let all = corpus::added_ids();
    assert_eq!(corpus::remove_added(&all).await.len(), KEPT - 1);
    assert_eq!(lighthouses(), 0);
}

#[wasm_bindgen_test]
async fn a_large_file_is_parsed_in_steps_the_page_getting_turns_before_it_is_read() {
    // Two megabytes on one line: a paragraph whose parse is many of the page's 40 ms steps (42
    // turns in this test's debug build on the 2-core machine we measure on), so that a machine
    // many times faster still needs more than two. Parsed in one task, it would let no turn run
    // before the import says that the file is read.
    let sentence =
        "Ministers met in Geneva on Tuesday to discuss the budget and the talks went on. ";
    let text = sentence.repeat(2 * 1024 * 1024 / sentence.len());
    let done = Rc::new(Cell::new(false));
    let turns = count_turns(done.clone());
    let turns_when_read = Rc::new(Cell::new(None));
    let noted = turns_when_read.clone();
    let counted = turns.clone();
    let (imported, _) =
        corpus::add_files(vec![("big.txt".into(), text.into_bytes())], move |read| {
            if read == 1 && noted.get().is_none() {
                noted.set(Some(counted.get()));
            }
        })
        .await;
    done.set(true);
    assert_eq!(imported.added, ["imported/big"]);
    let before_read = turns_when_read.get().expect("the file was read");
    assert!(
        before_read >= 2,
        "{before_read} turns before the file was read"
    );
    assert_eq!(corpus::remove_added(&imported.added).await, imported.added);
}
