use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultCountProps {
    pub total: u32,
    pub query: AttrValue,
}

/// How many articles match, announced to screen readers as it changes.
#[component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    let text = match (props.total, props.query.trim()) {
        (1, "") => "1 article".to_owned(),
        (total, "") => format!("{total} articles"),
        (0, query) => format!("No articles match \u{201C}{query}\u{201D}"),
        (1, query) => format!("1 article matches \u{201C}{query}\u{201D}"),
        (total, query) => format!("{total} articles match \u{201C}{query}\u{201D}"),
    };
    html! { <p id="result-count" class="result-count" role="status" aria-live="polite">{ text }</p> }
}
