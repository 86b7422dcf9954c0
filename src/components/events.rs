//! DOM event listeners tied to an effect's lifetime.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Listens to `event` on `target` until the returned function is called (an effect's cleanup).
pub fn listen(
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    handler: impl Fn(web_sys::Event) + 'static,
) -> impl FnOnce() {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(t) = &target {
            let _ = t.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
}
