use super::events::listen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// A file's name and bytes, as read in the page.
pub type FileBytes = (String, Vec<u8>);

#[derive(Properties, PartialEq)]
pub struct ImportButtonProps {
    /// Called with the number of files as soon as they are chosen (or dropped), before reading.
    pub on_reading: Callback<usize>,
    /// Called once with every file, read.
    pub on_files: Callback<Vec<FileBytes>>,
}

/// "Add articles": choose `.txt` files to explore with the collection during this visit. Files
/// dropped anywhere on the page do the same.
#[component]
pub fn ImportButton(props: &ImportButtonProps) -> Html {
    let callbacks = (props.on_reading.clone(), props.on_files.clone());
    use_file_drop(callbacks.clone());
    let onchange = {
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(list) = input.files() {
                read_files(list, callbacks.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    html! {
        <label class="import-button" title="Add .txt articles to explore in this visit (or drop them on the page)">
            { "Add articles" }
            <input type="file" class="visually-hidden" multiple=true accept=".txt,text/plain" {onchange} />
        </label>
    }
}

#[hook]
fn use_file_drop(callbacks: Callbacks) {
    use_effect_with((), move |_| {
        let document: Option<web_sys::EventTarget> =
            web_sys::window().and_then(|w| w.document()).map(Into::into);
        // Without this the browser would open a dropped file in place of the page.
        let stop_over = listen(document.clone(), "dragover", |event| {
            event.prevent_default()
        });
        let stop_drop = listen(document, "drop", move |event| {
            event.prevent_default();
            let files = event
                .dyn_into::<web_sys::DragEvent>()
                .ok()
                .and_then(|drag| drag.data_transfer())
                .and_then(|transfer| transfer.files());
            if let Some(list) = files {
                read_files(list, callbacks.clone());
            }
        });
        move || {
            stop_over();
            stop_drop();
        }
    });
}

type Callbacks = (Callback<usize>, Callback<Vec<FileBytes>>);

fn read_files(list: web_sys::FileList, (on_reading, on_files): Callbacks) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    on_reading.emit(files.len());
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                // An unreadable file is reported like an empty one.
                Err(_) => Vec::new(),
            };
            read.push((file.name(), bytes));
        }
        // Adding blocks the page for a moment on a large collection: let "Adding…" show first.
        crate::turns::after_next_paint().await;
        on_files.emit(read);
    });
}
