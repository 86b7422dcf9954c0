use yew::prelude::*;

#[component]
pub fn PeoplePage() -> Html {
    html! { <main class="view people"></main> }
}
