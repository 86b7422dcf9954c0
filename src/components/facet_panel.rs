use super::{ActiveFilters, FacetGroup};
use crate::state::Route;
use clippings_core::{Facets, Field};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    pub facets: Facets,
    pub route: Route,
}

/// The query's filters as removable chips, then sources, folders, people, places and
/// organisations among the matches, with counts: each value a link that adds its filter to
/// the query (or excludes it), or takes it out again.
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let f = &props.facets;
    let groups = [
        ("Sources", Field::Source, &f.source),
        ("Folders", Field::Folder, &f.folders),
        ("People", Field::Person, &f.people),
        ("Places", Field::Place, &f.places),
        ("Organisations", Field::Organization, &f.organizations),
    ];
    let filters = props.route.filters();
    // A group shows while it has values, or a filter of its own that took them all away.
    let shown: Vec<_> = groups
        .into_iter()
        .filter(|(_, field, values)| {
            !values.is_empty() || filters.iter().any(|chip| chip.field == *field)
        })
        .collect();
    if shown.is_empty() && filters.is_empty() {
        return html! {};
    }
    html! {
        <nav class="facets" id="facets" aria-label="Filters">
            <ActiveFilters route={props.route.clone()} />
            { for shown.into_iter().map(|(title, field, values)| html! {
                <FacetGroup {title} {field} values={values.clone()} route={props.route.clone()} />
            }) }
        </nav>
    }
}
