use super::order_choices::order_choices;
use crate::explorer::use_explorer;
use clippings_core::{sort_kwic, KwicLine, KwicOrder};
use std::rc::Rc;
use yew::prelude::*;

/// Lines drawn before "Show all": a screenful or two, so that a common word stays quick to draw.
const FIRST_LINES: usize = 50;

#[derive(Properties, PartialEq)]
pub struct KwicTableProps {
    /// In collection and text order, as the core gives them.
    pub lines: Rc<Vec<KwicLine>>,
}

/// Keyword in context: left | term | right, sortable by either side, each line a link to its
/// paragraph.
#[component]
pub fn KwicTable(props: &KwicTableProps) -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    let order = use_state(|| KwicOrder::Text);
    let all = use_state(|| false);
    let lines = {
        let lines = props.lines.clone();
        use_memo((lines, *order), |(lines, order)| {
            let mut sorted = (**lines).clone();
            sort_kwic(&mut sorted, *order);
            sorted
        })
    };
    html! {
        <>
            { order_choices("Order of the lines", &order, &[
                (KwicOrder::Text, "As in the articles"),
                (KwicOrder::Left, "By the left side"),
                (KwicOrder::Right, "By the right side"),
            ]) }
            <table class="kwic">
                <thead><tr>
                    <th scope="col" class="left">{ "Before" }</th>
                    <th scope="col" class="term">{ "Word" }</th>
                    <th scope="col" class="right">{ "After" }</th>
                    <th scope="col" class="where">{ "Article" }</th>
                </tr></thead>
                <tbody>{ for lines.iter().take(if *all { usize::MAX } else { FIRST_LINES }).map(|line| html! {
                    <tr>
                        <td class="left">{ line.left.clone() }</td>
                        <td class="term"><mark>{ line.term.clone() }</mark></td>
                        <td class="right">{ line.right.clone() }</td>
                        <td class="where">
                            <a href={route.at_paragraph(&line.article, line.paragraph).to_href()} title={line.headline.clone()}>
                                { format!("{} \u{b6} {}", line.article, line.paragraph + 1) }
                            </a>
                        </td>
                    </tr>
                }) }</tbody>
            </table>
            if !*all && lines.len() > FIRST_LINES {
                <button type="button" class="show-more" onclick={let all = all.clone(); Callback::from(move |_| all.set(true))}>
                    { format!("Show all {} lines", lines.len()) }
                </button>
            }
        </>
    }
}
