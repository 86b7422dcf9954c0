use crate::state::Route;
use clippings_core::Sort;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SortControlProps {
    pub route: Route,
    /// Whether any match has a date: when none has, ordering by date would change nothing.
    pub dated: bool,
}

/// Best first, newest first or oldest first: links, so that the order is in the address too.
/// The date orders are offered only when they can change something.
#[component]
pub fn SortControl(props: &SortControlProps) -> Html {
    let choices = [
        (Sort::Relevance, "Best match"),
        (Sort::Newest, "Newest"),
        (Sort::Oldest, "Oldest"),
    ];
    html! {
        <nav class="sort" aria-label="Order of results">
            <span class="sort-label">{ "Sort:" }</span>
            { for choices.into_iter().filter(|&(sort, _)| props.dated || sort == Sort::Relevance).map(|(sort, label)| {
                let current = props.route.sort == sort;
                html! {
                    <a class={classes!("sort-choice", current.then_some("current"))}
                        href={props.route.with_sort(sort).to_href()}
                        aria-current={current.then_some("true")}>{ label }</a>
                }
            }) }
            if !props.dated {
                <span class="sort-note">{ "(no dates to order by)" }</span>
            }
        </nav>
    }
}
