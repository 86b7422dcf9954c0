use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    pub on_input: Callback<String>,
}

/// The search field; results follow every keystroke.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search-input">{ "Search the articles" }</label>
            <input id="search-input" type="search" name="q" value={props.query.clone()} {oninput}
                placeholder="kerry nato, minsk…" autocomplete="off" spellcheck="false"
                aria-describedby="result-count" aria-keyshortcuts="/" />
        </form>
    }
}
