use super::{copy_links, ResultItem};
use crate::state::Route;
use clippings_core::{Hit, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    /// Each hit with its headline's segments.
    pub hits: Vec<(Hit, Vec<Segment>)>,
    pub route: Route,
}

#[component]
pub fn ResultList(props: &ResultListProps) -> Html {
    let corpus = crate::corpus::corpus();
    html! {
        <ol class="results" aria-label="Results">
            { for props.hits.iter().map(|(hit, headline)| html! {
                <ResultItem key={hit.id.clone()} hit={hit.clone()} headline={headline.clone()}
                    href={props.route.with_article(Some(&hit.id)).to_href()}
                    selected={props.route.article.as_deref() == Some(hit.id.as_str())}
                    added={corpus.is_added(&hit.id)}
                    copies={copy_links(&props.route, hit.copies.iter().map(String::as_str))} />
            }) }
        </ol>
    }
}
