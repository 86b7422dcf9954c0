use super::order_choices::order_choices;
use crate::explorer::use_explorer;
use clippings_core::{EntityKind, Speaker};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    MostQuoted,
    Name,
}

#[derive(Properties, PartialEq)]
pub struct SpeakerTableProps {
    /// Most quotes first, as the core lists them.
    pub speakers: Rc<Vec<Speaker>>,
}

/// Every speaker of the matching articles with their number of quotes, sortable by that or by
/// name; a speaker's name opens their quotes.
#[component]
pub fn SpeakerTable(props: &SpeakerTableProps) -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    let order = use_state(|| Order::MostQuoted);
    if props.speakers.is_empty() {
        return html! { <p class="empty">{ "No quote in the matching articles has a known speaker." }</p> };
    }
    let mut rows: Vec<&Speaker> = props.speakers.iter().collect();
    if *order == Order::Name {
        rows.sort_by_key(|s| s.name.to_lowercase());
    }
    let chosen = route.name.as_ref().map(|(_, name)| name.as_str());
    html! {
        <>
            { order_choices("Order of the speakers", &order, &[
                (Order::MostQuoted, "Most quoted"),
                (Order::Name, "Name"),
            ]) }
            <table class="speakers">
                <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col">{ "Quotes" }</th></tr></thead>
                <tbody>{ for rows.into_iter().map(|speaker| {
                    let current = chosen == Some(speaker.name.as_str());
                    html! {
                        <tr class={classes!(current.then_some("current"))}>
                            <th scope="row">
                                <a href={route.with_name(Some((EntityKind::Person, &speaker.name))).to_href()}
                                    aria-current={current.then_some("true")}>{ speaker.name.clone() }</a>
                            </th>
                            <td>{ speaker.quote_count.to_string() }</td>
                        </tr>
                    }
                }) }</tbody>
            </table>
        </>
    }
}
