//! Keyboard use, as on the search sites people know: `/` to search, arrows through the
//! results, Enter to open (the results are links), Escape to close the article.

use super::events::listen;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[hook]
pub fn use_keyboard_shortcuts() {
    use_effect_with((), |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let target = document.clone().map(Into::into);
        listen(target, "keydown", move |event| {
            let (Ok(e), Some(document)) = (event.dyn_into::<KeyboardEvent>(), &document) else {
                return;
            };
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let focused = document.active_element();
            let in_text_field = focused
                .as_ref()
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA"));
            let handled = match e.key().as_str() {
                "/" if !in_text_field => focus(document.get_element_by_id("search-input")),
                "ArrowDown" => move_through_results(document, focused.as_ref(), 1),
                "ArrowUp" => move_through_results(document, focused.as_ref(), -1),
                "Escape" if !in_text_field => {
                    click(document.query_selector(".reader .close").ok().flatten())
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        })
    });
}

/// From the search box or a result, to the next or previous result (or back to the box).
fn move_through_results(
    document: &web_sys::Document,
    focused: Option<&Element>,
    step: i32,
) -> bool {
    let Ok(links) = document.query_selector_all("#search-input, .result-link") else {
        return false;
    };
    let stops: Vec<Element> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect();
    let Some(current) = focused.and_then(|f| stops.iter().position(|s| s == f)) else {
        return false;
    };
    let next = current as i32 + step;
    if next < 0 || next as usize >= stops.len() {
        return false;
    }
    focus(Some(stops[next as usize].clone()))
}

fn focus(element: Option<Element>) -> bool {
    match element.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

fn click(element: Option<Element>) -> bool {
    match element.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        Some(el) => {
            el.click();
            true
        }
        None => false,
    }
}
