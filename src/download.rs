//! Files made in the page and saved by the browser: a Blob and a link with `download`, so no
//! server is involved and it works from `file://` too.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Saves `text` as a file called `name` of type `mime`. Does nothing where there is no
/// document (server-side rendering).
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The click has handed the Blob to the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
}

/// JSON as `JSON.stringify` writes it, indented, of any value the API would return.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    js_sys::JSON::stringify_with_replacer_and_space(
        &crate::api::to_js(value),
        &wasm_bindgen::JsValue::NULL,
        &2.into(),
    )
    .ok()
    .and_then(|s| s.as_string())
    .unwrap_or_default()
}
