use crate::state::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SuggestionProps {
    pub suggestion: AttrValue,
    pub route: Route,
}

/// "Did you mean ...?": a link to the suggested query.
#[component]
pub fn Suggestion(props: &SuggestionProps) -> Html {
    html! {
        <p class="suggestion">
            { "Did you mean " }
            <a href={props.route.with_query(&props.suggestion).to_href()}>{ props.suggestion.to_string() }</a>
            { "?" }
        </p>
    }
}
