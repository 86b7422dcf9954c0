use yew::prelude::*;

#[component]
pub fn CollectionPage() -> Html {
    html! { <main class="view collection"></main> }
}
