use clippings_core::Segment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub segments: Vec<Segment>,
}

/// Text with the query's hits in `<mark>`, built as nodes: article text is never HTML.
#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    props
        .segments
        .iter()
        .map(|s| {
            if s.hit {
                html! { <mark>{ s.text.clone() }</mark> }
            } else {
                html! { { s.text.clone() } }
            }
        })
        .collect()
}
