use yew::prelude::*;

#[component]
pub fn ComparePage() -> Html {
    html! { <main class="view compare"></main> }
}
