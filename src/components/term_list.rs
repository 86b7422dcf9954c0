use crate::explorer::use_explorer;
use clippings_core::TermCount;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermListProps {
    pub title: AttrValue,
    /// Says what the number beside each term counts.
    pub unit: AttrValue,
    pub terms: Vec<TermCount>,
    /// Says why there are none.
    #[prop_or(AttrValue::Static("None."))]
    pub empty: AttrValue,
}

/// Terms with their counts; each a search for that term.
#[component]
pub fn TermList(props: &TermListProps) -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    html! {
        <div class="term-list">
            <h3>{ props.title.clone() }</h3>
            if props.terms.is_empty() {
                <p class="empty">{ props.empty.clone() }</p>
            } else {
                <ol>{ for props.terms.iter().map(|t| html! {
                    <li>
                        <a href={route.with_query(&t.term).to_href()} title={format!("Search for {}", t.term)}>{ t.term.clone() }</a>
                        <span class="count" title={props.unit.clone()}>{ t.count.to_string() }</span>
                    </li>
                }) }</ol>
            }
        </div>
    }
}
