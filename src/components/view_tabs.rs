use crate::explorer::use_explorer;
use crate::state::View;
use yew::prelude::*;

/// The explorer's views as links that keep the query and filters: each view follows the same
/// search.
#[component]
pub fn ViewTabs() -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    html! {
        <nav class="view-tabs" aria-label="Views">
            { for View::ALL.into_iter().map(|view| {
                let current = route.view == view;
                html! {
                    <a class={classes!("view-tab", current.then_some("current"))}
                        href={route.with_view(view).to_href()}
                        aria-current={current.then_some("page")}>
                        { view.label() }
                    </a>
                }
            }) }
        </nav>
    }
}
