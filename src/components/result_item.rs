use super::{copies_in_collection, CopyLink, CopyLinks, MarkedText};
use clippings_core::{Hit, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultItemProps {
    pub hit: Hit,
    pub headline: Vec<Segment>,
    /// Where the link goes: the page's hash with this article open.
    pub href: AttrValue,
    pub selected: bool,
    /// The reader added this article (marked "added").
    #[prop_or_default]
    pub added: bool,
    /// Links to the other copies of this story (`Hit::copies`), which are no results of their own.
    #[prop_or_default]
    pub copies: Vec<CopyLink>,
}

/// One result: a link to the article, its source, the snippet with its hits marked.
#[component]
pub fn ResultItem(props: &ResultItemProps) -> Html {
    let hit = &props.hit;
    let matches = hit.paragraphs.len();
    html! {
        <li class={classes!("result", props.selected.then_some("selected"))}>
            <a class="result-link" href={props.href.clone()} aria-current={props.selected.then_some("true")}>
                <span class="result-headline"><MarkedText segments={props.headline.clone()} /></span>
            </a>
            <p class="result-meta">
                if let Some(source) = &hit.source { <span class="source">{ source.clone() }</span> }
                if props.added { <span class="badge added">{ "added" }</span> }
                if matches > 0 {
                    <span class="matches">{ matching_paragraphs(matches) }</span>
                }
            </p>
            <p class="snippet"><MarkedText segments={hit.snippet.clone()} /></p>
            if !props.copies.is_empty() {
                <p class="copies">
                    { copies_in_collection(props.copies.len()) }{ " \u{b7} also as " }
                    <CopyLinks links={props.copies.clone()} />
                </p>
            }
        </li>
    }
}

/// "1 matching paragraph", "3 matching paragraphs": said the same in the results and the reader.
pub fn matching_paragraphs(count: usize) -> String {
    format!(
        "{count} matching paragraph{}",
        if count == 1 { "" } else { "s" }
    )
}
