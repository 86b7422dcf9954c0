use crate::state::Route;
use clippings_core::import::Imported;
use std::rc::Rc;
use yew::prelude::*;

/// Added articles linked by name up to this many; the rest are counted.
const LINKED: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ImportNoticeProps {
    pub imported: Rc<Imported>,
    pub route: Route,
    pub on_dismiss: Callback<MouseEvent>,
}

/// What became of the files the reader added: the new articles (linked), and each file that was
/// refused or decoded with replacement characters, by name.
#[component]
pub fn ImportNotice(props: &ImportNoticeProps) -> Html {
    let imported = &props.imported;
    let added = imported.added.len();
    let summary = match added {
        0 => "No articles were added.".to_string(),
        1 => "Added 1 article for this visit:".to_string(),
        n => format!("Added {n} articles for this visit:"),
    };
    html! {
        <div class="import-notice" role="status">
            <p>
                { summary }
                for id in imported.added.iter().take(LINKED) {
                    { " " }
                    <a href={props.route.with_article(Some(id)).to_href()}>{ id.trim_start_matches("imported/") }</a>
                }
                if added > LINKED {
                    { format!(" and {} more", added - LINKED) }
                }
                if added > 0 {
                    { " (not kept after the page is closed)." }
                }
            </p>
            if !imported.lossy.is_empty() || !imported.refused.is_empty() {
                <ul>
                    for name in &imported.lossy {
                        <li>{ format!("{name} is not valid UTF-8: it was read with replacement characters (\u{FFFD}).") }</li>
                    }
                    for (name, why) in &imported.refused {
                        <li>{ format!("{name} was not added: {why}.") }</li>
                    }
                </ul>
            }
            <button class="dismiss" aria-label="Dismiss" onclick={props.on_dismiss.clone()}>{ "×" }</button>
        </div>
    }
}
