//! Giving the page its turn: long work in the page (reading added files) is cut into steps that
//! await one of these between them, so that the browser draws and answers input in between.

use clippings_core::Pauses;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long one step of long work may run before the page gets its turn: under the 50 ms after
/// which the browser counts a task as long and input waits visibly.
pub const STEP_MS: f64 = 40.0;

/// Milliseconds on the page's clock (`performance.now()`); 0 outside a browser (native tests).
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    } else {
        0.0
    }
}

/// Long work cut into steps of at most [`STEP_MS`]: the work asks [`Steps::due`] after each
/// piece and awaits [`Steps::next`] when it says so.
pub struct Steps {
    started: f64,
}

impl Steps {
    pub fn new() -> Steps {
        Steps { started: now_ms() }
    }

    /// Whether the step has run its time.
    pub fn due(&self) -> bool {
        now_ms() - self.started >= STEP_MS
    }

    /// Gives the page its turn, then starts the next step.
    pub async fn next(&mut self) {
        next_task().await;
        self.started = now_ms();
    }
}

/// Long work in the core (a large article's parse) pauses between its pieces; at a pause the
/// page gets its turn once the step has run its time.
impl Pauses for Steps {
    async fn pause(&mut self) {
        if self.due() {
            self.next().await;
        }
    }
}

impl Default for Steps {
    fn default() -> Steps {
        Steps::new()
    }
}

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
