use crate::explorer::use_explorer;
use clippings_core::Speaker;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    pub speaker: Speaker,
}

/// A speaker's quotes in the matching articles, each with its article and a link to its
/// paragraph.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let explorer = use_explorer();
    let route = explorer.route();
    let speaker = &props.speaker;
    let more = speaker.quote_count as usize - speaker.quotes.len();
    html! {
        <section class="quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{ format!("{} said ({})", speaker.name, speaker.quote_count) }</h2>
            <ol class="quote-list">{ for speaker.quotes.iter().map(|quote| html! {
                <li>
                    <q>{ quote.text.clone() }</q>
                    <a class="quote-source" href={route.at_paragraph(&quote.article, quote.paragraph).to_href()}>
                        { format!("{} \u{b6} {}", quote.headline, quote.paragraph + 1) }
                    </a>
                </li>
            }) }</ol>
            if more > 0 {
                <p class="more">{ format!("and {more} more; narrow the search to see them") }</p>
            }
        </section>
    }
}
