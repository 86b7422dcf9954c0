use crate::state::Route;
use clippings_core::Widened;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidenedNoticeProps {
    pub widened: Widened,
    pub route: Route,
}

/// "Showing results for tony blair. Search instead for tony "bliar"": what typo tolerance
/// searched in place of, or beside, the words typed, and a link to the query that searches
/// them exactly as typed. The core words all of it ([`Widened`]); this only draws it.
#[component]
pub fn WidenedNotice(props: &WidenedNoticeProps) -> Html {
    let widened = &props.widened;
    html! {
        <p class="widened">
            if let Some(showing) = &widened.showing {
                { "Showing results for " }<strong class="showing">{ showing.clone() }</strong>{ ". " }
            }
            if !widened.including.is_empty() {
                { "Including near spellings: " }
                <strong class="including">{ widened.including.join(", ") }</strong>{ ". " }
            }
            { "Search instead for " }
            <a class="instead" href={props.route.with_query(&widened.instead).to_href()}>{ widened.instead.clone() }</a>
        </p>
    }
}
