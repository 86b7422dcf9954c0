use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    pub on_input: Callback<String>,
    /// Queries that find something in this collection, offered as the box's hint.
    #[prop_or_default]
    pub examples: Vec<String>,
}

/// The search field; results follow every keystroke.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let quoted: Vec<String> = props
        .examples
        .iter()
        .map(|example| format!("\u{201C}{example}\u{201D}"))
        .collect();
    let placeholder = if quoted.is_empty() {
        "Search the articles\u{2026}".to_owned()
    } else {
        format!("Try {}", quoted.join(" or "))
    };
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search-input">{ "Search the articles" }</label>
            <input id="search-input" type="search" name="q" value={props.query.clone()} {oninput}
                {placeholder} autocomplete="off" spellcheck="false"
                aria-describedby="result-count" aria-keyshortcuts="/" />
        </form>
    }
}
