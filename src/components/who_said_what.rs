use crate::state::Route;
use clippings_core::{EntityKind, Quote};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhoSaidWhatProps {
    pub quotes: Vec<Quote>,
    /// The page's route, for the links that open a speaker's quotes.
    pub route: Route,
}

/// The article's quotes, each with its speaker (a link to all their quotes in the people view)
/// and a way to its paragraph.
#[component]
pub fn WhoSaidWhat(props: &WhoSaidWhatProps) -> Html {
    if props.quotes.is_empty() {
        return html! {};
    }
    html! {
        <details class="who-said-what" open=true>
            <summary>{ format!("Who said what ({})", props.quotes.len()) }</summary>
            <ol>
                { for props.quotes.iter().map(|q| {
                    let paragraph = q.paragraph;
                    let jump = Callback::from(move |_: MouseEvent| scroll_to_paragraph(paragraph));
                    html! {
                        <li>
                            if let Some(speaker) = &q.speaker {
                                <a class="speaker" href={props.route.with_name(Some((EntityKind::Person, speaker))).to_href()}
                                    title={format!("Every quote of {speaker}")}>
                                    { speaker.clone() }
                                </a>
                            } else {
                                <span class="speaker unknown">{ "Unattributed" }</span>
                            }
                            <q>{ q.text.clone() }</q>
                            <button type="button" class="jump-to" onclick={jump}
                                aria-label={format!("Go to paragraph {}", paragraph + 1)}>
                                { format!("\u{b6} {}", paragraph + 1) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </details>
    }
}

fn scroll_to_paragraph(paragraph: u32) {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("p{paragraph}")));
    if let Some(element) = target {
        element.scroll_into_view();
    }
}
