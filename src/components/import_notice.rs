use crate::state::Route;
use clippings_core::import::{Imported, NotUtf8};
use std::rc::Rc;
use yew::prelude::*;

/// Added articles linked by name up to this many; the rest are counted.
const LINKED: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ImportNoticeProps {
    pub imported: Rc<Imported>,
    pub route: Route,
    pub on_dismiss: Callback<MouseEvent>,
    /// Why the added articles are not kept in the browser, when they are not.
    #[prop_or_default]
    pub not_kept: Option<AttrValue>,
}

/// What became of the files the reader added: the new articles (linked) and whether the browser
/// keeps them, and each file that was refused or was not UTF-8 (with the encoding it was read
/// in), by name.
#[component]
pub fn ImportNotice(props: &ImportNoticeProps) -> Html {
    let imported = &props.imported;
    let added = imported.added.len();
    let summary = match added {
        0 => "No articles were added.".to_string(),
        1 => "Added 1 article:".to_string(),
        n => format!("Added {n} articles:"),
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
                    { kept_note(added, props.not_kept.as_deref()) }
                }
            </p>
            if !imported.not_utf8.is_empty() || !imported.refused.is_empty() {
                <ul>
                    for file in &imported.not_utf8 {
                        <li>{ not_utf8_note(file) }</li>
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

/// Whether the browser keeps the added articles, and why not when it does not.
fn kept_note(added: usize, not_kept: Option<&str>) -> String {
    match not_kept {
        Some(why) => format!(" (not kept after the page is closed: {why})."),
        None if added == 1 => " (kept in this browser until you remove it).".into(),
        None => " (kept in this browser until you remove them).".into(),
    }
}

/// The encoding a file was read in, and whether it held bytes that meant nothing in it.
fn not_utf8_note(file: &NotUtf8) -> String {
    let NotUtf8 {
        name,
        encoding,
        lossy,
    } = file;
    if *lossy {
        format!("{name} is not valid UTF-8: it was read as {encoding}, with replacement characters (\u{FFFD}) for bytes that mean nothing in it.")
    } else {
        format!("{name} is not valid UTF-8: it was read as {encoding}.")
    }
}
