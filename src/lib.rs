//! Clippings in the browser: the embedded collection, `window.clippings`, and the yew explorer.

pub mod api;
pub mod components;
pub mod corpus;
pub mod download;
pub mod explorer;
pub mod format;
pub mod pages;
pub mod state;
pub mod storage;
pub mod turns;

/// Publishes `window.clippings` and mounts the explorer on the page.
pub fn start() {
    api::install();
    yew::Renderer::<components::App>::new().render();
}
