use clippings_core::{ComparedSegment, Sharing};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparedTextProps {
    pub headline: AttrValue,
    /// Each paragraph cut where a name or distinctive term is, marked shared or own.
    pub paragraphs: Vec<Vec<ComparedSegment>>,
}

/// One article of a comparison, with what it shares with the other and what is its own marked
/// (text nodes only).
#[component]
pub fn ComparedText(props: &ComparedTextProps) -> Html {
    html! {
        <article class="compared-text">
            <h3>{ props.headline.clone() }</h3>
            { for props.paragraphs.iter().map(|segments| html! {
                <p>{ for segments.iter().map(|s| match s.mark {
                    Some(Sharing::Shared) => html! { <mark class="shared" title="In both articles">{ s.text.clone() }</mark> },
                    Some(Sharing::Own) => html! { <mark class="own" title="Only in this article">{ s.text.clone() }</mark> },
                    None => html! { { s.text.clone() } },
                }) }</p>
            }) }
        </article>
    }
}
