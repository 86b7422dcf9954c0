use crate::explorer::use_explorer;
use clippings_core::{EntityKind, NameCount};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NameCountsProps {
    pub kind: EntityKind,
    pub title: AttrValue,
    /// Most articles first.
    pub names: Vec<NameCount>,
}

/// Names of one kind with how many matching articles name them; a name shows the names that
/// appear with it.
#[component]
pub fn NameCounts(props: &NameCountsProps) -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    let chosen = route
        .name
        .as_ref()
        .filter(|(kind, _)| *kind == props.kind)
        .map(|(_, n)| n.as_str());
    html! {
        <div class={classes!("name-counts", props.kind.name())}>
            <h3>{ props.title.clone() }</h3>
            if props.names.is_empty() {
                <p class="empty">{ "None named." }</p>
            } else {
                <ol>{ for props.names.iter().map(|n| {
                    let current = chosen == Some(n.name.as_str());
                    html! {
                        <li class={classes!(current.then_some("current"))}>
                            <a href={route.with_name(Some((props.kind, &n.name))).to_href()}
                                aria-current={current.then_some("true")}>{ n.name.clone() }</a>
                            <span class="count">{ n.articles.to_string() }</span>
                        </li>
                    }
                }) }</ol>
            }
        </div>
    }
}
