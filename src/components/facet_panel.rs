use crate::state::Route;
use clippings_core::Facets;
use std::collections::BTreeMap;
use yew::prelude::*;

/// Values shown for each facet; the counts cover all matches.
const SHOWN_PER_FACET: usize = 6;

#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    pub facets: Facets,
    pub route: Route,
}

/// Sources, people, places and organisations among the matches, with counts: each a link that
/// adds its filter to the query, or takes it out again.
#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let f = &props.facets;
    let groups = [
        ("Sources", "source", &f.source),
        ("People", "person", &f.people),
        ("Places", "place", &f.places),
        ("Organisations", "org", &f.organizations),
    ];
    if groups.iter().all(|(_, _, values)| values.is_empty()) {
        return html! {};
    }
    html! {
        <nav class="facets" aria-label="Filters">
            { for groups.into_iter().filter(|g| !g.2.is_empty()).map(|(title, field, values)| html! {
                <div class={classes!("facet-group", field)}>
                    <h2>{ title }</h2>
                    <ul>{ for commonest(values).into_iter().map(|(name, count)| {
                        let active = props.route.has_filter(field, name);
                        let href = props.route.toggling_filter(field, name).to_href();
                        let label = if active {
                            format!("Remove the filter {field}: {name}")
                        } else {
                            format!("Only articles with {name} ({count})")
                        };
                        html! {
                            <li>
                                <a class={classes!("facet", active.then_some("active"))} href={href}
                                    aria-label={label} aria-pressed={active.to_string()}>
                                    <span class="facet-name">{ name.to_owned() }</span>
                                    <span class="facet-count">{ if active { "\u{2715}".to_owned() } else { count.to_string() } }</span>
                                </a>
                            </li>
                        }
                    }) }</ul>
                </div>
            }) }
        </nav>
    }
}

fn commonest(values: &BTreeMap<String, u32>) -> Vec<(&str, u32)> {
    let mut sorted: Vec<(&str, u32)> = values.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    sorted.truncate(SHOWN_PER_FACET);
    sorted
}
