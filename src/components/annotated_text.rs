use crate::state::Route;
use clippings_core::FilterChip;
use clippings_core::{Field, Span};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnotatedTextProps {
    /// The paragraph as the core cut it: at the query's hits and at the names it mentions.
    pub spans: Vec<Span>,
    /// Names are drawn as links when this is on.
    pub show_names: bool,
    pub route: Route,
}

/// A paragraph with the query's hits marked and, when asked, each name a link that filters the
/// results by it (coloured by kind). Text nodes only: article text cannot become markup.
#[component]
pub fn AnnotatedText(props: &AnnotatedTextProps) -> Html {
    props
        .spans
        .iter()
        .map(|span| {
            let text = span.text.clone();
            let inner = if span.hit {
                html! { <mark>{ text }</mark> }
            } else {
                html! { { text } }
            };
            match &span.name {
                Some(name) if props.show_names => {
                    let filter = FilterChip::new(Field::from(name.kind), name.name.clone());
                    html! {
                        <a class={classes!("entity", name.kind.name())}
                            href={props.route.toggling(&filter).to_href()}
                            title={format!("{}: {} \u{2014} show the articles that name it", name.kind.label(), name.name)}>
                            { inner }
                        </a>
                    }
                }
                _ => inner,
            }
        })
        .collect()
}
