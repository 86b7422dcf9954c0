use super::MarkedText;
use crate::state::Route;
use clippings_core::Hit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RelatedArticlesProps {
    pub hits: Vec<Hit>,
    pub route: Route,
}

/// "More like this" under the open article: links that open each one in its place, or compare
/// it with the open one.
#[component]
pub fn RelatedArticles(props: &RelatedArticlesProps) -> Html {
    if props.hits.is_empty() {
        return html! {};
    }
    html! {
        <aside class="related" aria-labelledby="related-heading">
            <h3 id="related-heading">{ "More like this" }</h3>
            <ol>
                { for props.hits.iter().map(|hit| html! {
                    <li key={hit.id.clone()}>
                        <a href={props.route.with_article(Some(&hit.id)).to_href()}>{ hit.headline.clone() }</a>
                        if let Some(source) = &hit.source { <span class="source">{ source.clone() }</span> }
                        if let Some(open) = &props.route.article {
                            <a class="compare-link" href={props.route.comparing(open, &hit.id).to_href()}>{ "Compare" }</a>
                        }
                        <p class="snippet"><MarkedText segments={hit.snippet.clone()} /></p>
                    </li>
                }) }
            </ol>
        </aside>
    }
}
