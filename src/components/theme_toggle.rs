//! System, light or dark: the choice lives in `js/ready.js`, which applies it before the first
//! paint; this control only shows it and hands it over.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The choices, as `js/ready.js` names them, and what the menu says for each.
const CHOICES: [(&str, &str); 3] = [("system", "System"), ("light", "Light"), ("dark", "Dark")];

#[component]
pub fn ThemeToggle() -> Html {
    let choice = use_state(current_theme);
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let picked = e.target_unchecked_into::<HtmlSelectElement>().value();
            call_theme_script("clippingsSetTheme", Some(&picked));
            choice.set(picked);
        })
    };
    html! {
        <label class="theme-toggle">
            <span class="theme-label">{ "Theme" }</span>
            <select {onchange}>
                { for CHOICES.iter().map(|(value, label)| html! {
                    <option value={*value} selected={*choice == *value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}

fn current_theme() -> String {
    call_theme_script("clippingsTheme", None)
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| CHOICES[0].0.to_string())
}

/// Calls a function of `js/ready.js`; nothing without a window (server-side rendering) or the script.
fn call_theme_script(name: &str, argument: Option<&str>) -> Option<JsValue> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let function = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())?;
    match argument {
        Some(a) => function.call1(&JsValue::NULL, &a.into()).ok(),
        None => function.call0(&JsValue::NULL).ok(),
    }
}
