use crate::state::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub route: Route,
}

/// The query's filters as chips, a negated one as "not ...": each a link to the query without
/// it, and "Clear all" to the words alone. Links, so they work like any address.
#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let filters = props.route.filters();
    if filters.is_empty() {
        return html! {};
    }
    html! {
        <div class="active-filters" role="group" aria-label="Active filters">
            <ul>{ for filters.iter().map(|chip| html! {
                <li>
                    <a class={classes!("chip", chip.negated.then_some("negated"))}
                        href={props.route.without(chip).to_href()}>
                        <span class="chip-field">{ chip.field.keyword() }{ ": " }</span>
                        if chip.negated {
                            <span class="chip-not">{ "not " }</span>
                        }
                        <span class="chip-value">{ chip.value.clone() }</span>
                        <span class="chip-remove" aria-hidden="true">{ "\u{2715}" }</span>
                        <span class="visually-hidden">{ ", remove this filter" }</span>
                    </a>
                </li>
            }) }</ul>
            <a class="clear-filters" href={props.route.without_filters().to_href()}>{ "Clear all" }</a>
        </div>
    }
}
