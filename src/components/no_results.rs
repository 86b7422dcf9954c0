use super::Suggestion;
use crate::state::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoResultsProps {
    pub route: Route,
    /// The core's "did you mean", if it has one.
    pub suggestion: Option<AttrValue>,
}

/// When nothing matches: the "did you mean" and, for each filter of the query, a link to the
/// query without it.
#[component]
pub fn NoResults(props: &NoResultsProps) -> Html {
    let filters = props.route.filters();
    if props.suggestion.is_none() && filters.is_empty() {
        return html! {};
    }
    html! {
        <div class="no-results">
            if let Some(suggestion) = &props.suggestion {
                <Suggestion suggestion={suggestion.clone()} route={props.route.clone()} />
            }
            if !filters.is_empty() {
                <p>{ "Or search without a filter:" }</p>
                <ul class="drop-filters">{ for filters.iter().map(|chip| html! {
                    <li><a href={props.route.without(chip).to_href()}>{ "without " }<code>{ chip.to_string() }</code></a></li>
                }) }</ul>
            }
        </div>
    }
}
