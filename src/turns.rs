//! Giving the page its turn: long work in the page (reading added files) is cut into steps that
//! await one of these between them, so that the browser draws and answers input in between.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task (a zero-delay timeout): input and drawing that waited get their turn
/// first. Not an animation frame, which a hidden tab never gives: an import goes on while the
/// reader looks at another tab.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback(&resolve);
        }
        None => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after the next frame has been drawn: for a notice ("Adding…") that must show before
/// work starts.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let later = Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
            }
        });
        let _ = window.request_animation_frame(later.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}
