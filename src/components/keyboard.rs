//! Keyboard use, as on the search sites people know: `/` or Ctrl-K to search, `j`/`k` or the
//! arrows through the results, Enter to open (the results are links), `n`/`p` through the hits of
//! the open article, Escape to clear the search or close what is open, `?` for the list.

use super::events::listen;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Every shortcut, as the help dialog lists it: the keys, and what they do.
pub const SHORTCUTS: [(&[&str], &str); 8] = [
    (&["/", "Ctrl K"], "Go to the search box"),
    (&["j", "\u{2193}"], "Next result"),
    (&["k", "\u{2191}"], "Previous result"),
    (&["Enter"], "Open the result"),
    (&["n"], "Next hit in the article"),
    (&["p"], "Previous hit in the article"),
    (
        &["Esc"],
        "Clear the search box; elsewhere, close the article or this list",
    ),
    (&["?"], "Show this list"),
];

const SEARCH_INPUT: &str = "search-input";

#[hook]
pub fn use_keyboard_shortcuts() {
    use_effect_with((), |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let target = document.clone().map(Into::into);
        listen(target, "keydown", move |event| {
            let (Ok(e), Some(document)) = (event.dyn_into::<KeyboardEvent>(), &document) else {
                return;
            };
            if e.alt_key() {
                return;
            }
            let key = e.key();
            let focused = document.active_element();
            // Ctrl-K (Cmd-K on a Mac) is no letter anyone types, so it works even in a field.
            if e.ctrl_key() || e.meta_key() {
                if key.eq_ignore_ascii_case("k") && focus_search(document) {
                    e.prevent_default();
                }
                return;
            }
            let in_text_field = focused.as_ref().is_some_and(is_text_field);
            let in_search = focused.as_ref().is_some_and(|el| el.id() == SEARCH_INPUT);
            let dialog_open = document
                .query_selector(".shortcuts-help[open]")
                .ok()
                .flatten();
            // An open dialog holds the keyboard: only its own keys.
            if let Some(dialog) = dialog_open {
                if matches!(key.as_str(), "Escape" | "?") {
                    e.prevent_default();
                    close_dialog(dialog);
                }
                return;
            }
            let handled = match key.as_str() {
                "/" if !in_text_field => focus_search(document),
                "?" if !in_text_field => click(document.query_selector(".shortcuts-button")),
                "ArrowDown" => move_through_results(document, focused.as_ref(), 1),
                "ArrowUp" => move_through_results(document, focused.as_ref(), -1),
                // From outside the results (the page, the reader), `j` starts at the first one;
                // from the last one it goes nowhere.
                "j" if !in_text_field => {
                    move_through_results(document, focused.as_ref(), 1)
                        || (!focused.as_ref().is_some_and(is_result)
                            && focus(document.query_selector(".result-link").ok().flatten()))
                }
                "k" if !in_text_field => move_through_results(document, focused.as_ref(), -1),
                "n" if !in_text_field => click(document.query_selector(".reader .next-hit")),
                "p" if !in_text_field => click(document.query_selector(".reader .previous-hit")),
                "Escape" if in_search && clear_search(focused.as_ref()) => true,
                "Escape" if !in_text_field || in_search => {
                    click(document.query_selector(".reader .close"))
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        })
    });
}

/// Where a letter typed is text: not a checkbox or a button, but a text input, a text area, a menu.
fn is_text_field(element: &Element) -> bool {
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color")
        ),
        _ => element
            .dyn_ref::<HtmlElement>()
            .is_some_and(|el| el.is_content_editable()),
    }
}

fn is_result(element: &Element) -> bool {
    element.matches(".result-link").unwrap_or(false)
}

/// The search box, focused with its text selected, so that typing replaces the query.
fn focus_search(document: &web_sys::Document) -> bool {
    let Some(input) = document
        .get_element_by_id(SEARCH_INPUT)
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
    else {
        return false;
    };
    let focused = input.focus().is_ok();
    input.select();
    focused
}

/// Empties the search box as typing would (an `input` event, so the results follow); false when
/// it is already empty, so that Escape then closes what is open.
fn clear_search(focused: Option<&Element>) -> bool {
    let Some(input) = focused.and_then(|el| el.dyn_ref::<HtmlInputElement>()) else {
        return false;
    };
    if input.value().is_empty() {
        return false;
    }
    input.set_value("");
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = input.dispatch_event(&event);
    }
    true
}

fn close_dialog(dialog: Element) {
    if let Ok(dialog) = dialog.dyn_into::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
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

fn click(element: Result<Option<Element>, wasm_bindgen::JsValue>) -> bool {
    match element
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        Some(el) => {
            el.click();
            true
        }
        None => false,
    }
}
