use crate::components::{BarChart, ChartShape, NameCounts, QuoteList, SpeakerTable};
use crate::corpus::corpus;
use crate::download::download;
use crate::explorer::use_explorer;
use clippings_core::export::quotes_csv;
use clippings_core::EntityKind;
use std::rc::Rc;
use yew::prelude::*;

/// Names of each kind listed, and companions of a chosen name.
const NAMES_SHOWN: usize = 25;
const COMPANIONS_SHOWN: usize = 15;

/// Who speaks in the matching articles and what they said; the people, places and
/// organisations named, and the names that appear with a chosen one.
#[component]
pub fn PeoplePage() -> Html {
    let explorer = use_explorer();
    let route = explorer.route().clone();
    let searched = explorer.searched.clone();
    let key = (route.query.clone(), explorer.collection());
    let speakers = {
        let searched = searched.clone();
        use_memo(key.clone(), move |_| {
            Rc::new(corpus().speakers(&searched.parsed))
        })
    };
    let names = {
        let searched = searched.clone();
        use_memo(key.clone(), move |_| {
            corpus().names(&searched.parsed, NAMES_SHOWN)
        })
    };
    let companions = {
        let searched = searched.clone();
        use_memo((key, route.name.clone()), move |(_, name)| {
            name.as_ref().map(|(kind, name)| {
                corpus().co_occurring(&searched.parsed, *kind, name, COMPANIONS_SHOWN)
            })
        })
    };
    let speakers: Rc<Vec<_>> = (*speakers).clone();
    let chosen_speaker = route
        .name
        .as_ref()
        .filter(|(kind, _)| *kind == EntityKind::Person)
        .and_then(|(_, name)| speakers.iter().find(|s| &s.name == name))
        .cloned();
    let quotes: u32 = speakers.iter().map(|s| s.quote_count).sum();
    let export_quotes = {
        let speakers = speakers.clone();
        Callback::from(move |_: MouseEvent| {
            download("clippings-quotes.csv", "text/csv", &quotes_csv(&speakers))
        })
    };
    html! {
        <main class="view people-view">
            <section class="speakers-pane" aria-labelledby="speakers-heading">
                <h2 id="speakers-heading">{ format!("Who speaks ({}, {})", counted(speakers.len(), "speaker"), counted(quotes as usize, "quote")) }</h2>
                <SpeakerTable speakers={speakers.clone()} />
                if quotes > 0 {
                    <div class="export" role="group" aria-label="Download the quotes">
                        <button type="button" class="export-quotes" onclick={export_quotes}>{ "Download the quotes (CSV)" }</button>
                    </div>
                }
            </section>
            <div class="people-detail">
                if let Some(speaker) = chosen_speaker {
                    <QuoteList {speaker} />
                } else if !speakers.is_empty() {
                    <p class="placeholder">{ "Choose a speaker to read their quotes." }</p>
                }
                if let (Some((kind, name)), Some(companions)) = (&route.name, &*companions) {
                    <section class="companions" aria-labelledby="companions-heading">
                        <h2 id="companions-heading">{ format!("Named with {name}") }</h2>
                        if companions.is_empty() {
                            <p class="empty">{ format!("No other name appears in the matching articles that name this {}.", kind.label().to_lowercase()) }</p>
                        } else {
                            <BarChart title={format!("Names that appear with {name}")} unit="articles naming both"
                                shape={ChartShape::Bars}
                                points={companions.iter().map(|c| (c.name.clone(), c.articles)).collect::<Vec<_>>()} />
                            <ol class="companion-list">{ for companions.iter().map(|c| html! {
                                <li>
                                    <a class={classes!("entity", c.kind.name())} href={route.with_name(Some((c.kind, &c.name))).to_href()}>{ c.name.clone() }</a>
                                    <span class="count">{ c.articles.to_string() }</span>
                                </li>
                            }) }</ol>
                        }
                    </section>
                }
                <section class="names" aria-labelledby="names-heading">
                    <h2 id="names-heading">{ "Names in the matching articles" }</h2>
                    <p class="hint">{ "Articles naming each; choose one to see the names that appear with it." }</p>
                    <div class="name-columns">
                        <NameCounts kind={EntityKind::Person} title="People" names={names.people.clone()} />
                        <NameCounts kind={EntityKind::Place} title="Places" names={names.places.clone()} />
                        <NameCounts kind={EntityKind::Organization} title="Organisations" names={names.organizations.clone()} />
                    </div>
                </section>
            </div>
        </main>
    }
}

/// "1 speaker", "2 speakers".
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
