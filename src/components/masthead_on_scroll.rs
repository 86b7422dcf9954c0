//! On a narrow screen the header gives the reading room back: scrolling down hides it, scrolling
//! up brings it back. This only tells the stylesheet which way the page last moved
//! (`data-scroll="down"` on <html>); the stylesheet decides at which widths that hides the header.

use super::events::listen;
use std::cell::Cell;
use yew::prelude::*;

/// Moves smaller than this (a resting finger, the bounce at the top) do not count, in CSS pixels.
const NOTICED_MOVE: f64 = 8.0;
/// Near the top the header always shows: hiding it would uncover nothing.
const ALWAYS_SHOWN_ABOVE: f64 = 120.0;

#[hook]
pub fn use_masthead_hides_on_scroll() {
    use_effect_with((), |_| {
        let window = web_sys::window();
        let last = Cell::new(0.0);
        listen(window.clone().map(Into::into), "scroll", move |_| {
            let Some(window) = &window else {
                return;
            };
            let Some(root) = window.document().and_then(|d| d.document_element()) else {
                return;
            };
            let y = window.scroll_y().unwrap_or(0.0);
            let moved = y - last.get();
            if moved.abs() < NOTICED_MOVE && y > ALWAYS_SHOWN_ABOVE {
                return;
            }
            last.set(y);
            if moved > 0.0 && y > ALWAYS_SHOWN_ABOVE {
                let _ = root.set_attribute("data-scroll", "down");
            } else {
                let _ = root.remove_attribute("data-scroll");
            }
        })
    });
}
