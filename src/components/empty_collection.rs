use yew::prelude::*;

/// What the page says when the build embedded no articles.
#[component]
pub fn EmptyCollection() -> Html {
    html! {
        <section class="empty-collection">
            <h2>{ "This collection is empty" }</h2>
            <p>{ "The build found no articles. Put plain-text " }<code>{ ".txt" }</code>{ " files in " }
               <code>{ "seeds/" }</code>{ " (or point " }<code>{ "CLIPPINGS_SEEDS" }</code>
               { " at a folder of them) and build again." }</p>
        </section>
    }
}
