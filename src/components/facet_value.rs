use crate::state::Route;
use clippings_core::filters_text::has;
use clippings_core::FilterChip;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetValueProps {
    /// The filter that admits this value.
    pub filter: FilterChip,
    /// Matches with the value; none for a filter whose value is not among the facet's.
    pub count: Option<u32>,
    pub route: Route,
}

/// One value of a facet: a link that filters by it (or, when that filter is on, takes it out),
/// and a second one that excludes it (or, when excluded, admits it instead). An excluded
/// value reads "not ...". The state is said by `aria-current` and hidden text, so the
/// accessible name holds the visible words.
#[component]
pub fn FacetValue(props: &FacetValueProps) -> Html {
    let include = &props.filter;
    let exclude = include.opposite();
    let included = has(&props.route.query, include);
    let excluded = has(&props.route.query, &exclude);
    let active = included || excluded;
    let (main, other, other_label) = if excluded {
        (&exclude, include, "include")
    } else {
        (include, &exclude, "exclude")
    };
    let name = include.value.clone();
    html! {
        <li class="facet-value">
            <a class={classes!("facet", active.then_some("active"), excluded.then_some("excluded"))}
                href={props.route.toggling(main).to_href()} aria-current={active.then_some("true")}>
                if excluded {
                    <span class="facet-not">{ "not " }</span>
                }
                <span class="facet-name">{ name.clone() }</span>
                if let Some(count) = props.count {
                    { " " }<span class="facet-count">{ count }</span>
                }
                if active {
                    <span class="facet-remove" aria-hidden="true">{ "\u{2715}" }</span>
                    <span class="visually-hidden">{ ", remove this filter" }</span>
                }
            </a>
            <a class={classes!("facet-toggle", other_label)} href={props.route.toggling(other).to_href()}>
                { other_label }<span class="visually-hidden">{ " " }{ name }</span>
            </a>
        </li>
    }
}
