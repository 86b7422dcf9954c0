use crate::components::ComparedText;
use crate::corpus::{corpus, search};
use crate::explorer::{navigate, use_explorer};
use clippings_core::{ArticleSummary, SearchOptions, Shared};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Matching articles offered in each chooser: more would make a select nobody scrolls.
const CHOICES: usize = 300;

/// Two articles side by side: the people, places, organisations, speakers and distinctive terms
/// they share and those each has alone, marked in both texts.
#[component]
pub fn ComparePage() -> Html {
    let explorer = use_explorer();
    let route = explorer.route().clone();
    let choices = use_memo(
        (
            route.query.clone(),
            explorer.collection(),
            explorer.state.typing,
        ),
        |(query, _, prefix)| {
            let options = SearchOptions {
                limit: CHOICES,
                prefix: *prefix,
                ..SearchOptions::default()
            };
            search(query, options)
                .1
                .hits
                .into_iter()
                .map(|h| ArticleSummary {
                    id: h.id,
                    headline: h.headline,
                    source: h.source,
                    published: h.published,
                })
                .collect::<Vec<_>>()
        },
    );
    let comparison = use_memo(
        (
            route.article.clone(),
            route.other.clone(),
            explorer.collection(),
        ),
        |(a, b, _)| match (a, b) {
            (Some(a), Some(b)) => corpus().compare(a, b),
            _ => None,
        },
    );
    let chooser = |label: &'static str, chosen: Option<&str>, first: bool| {
        let route = route.clone();
        let onchange = Callback::from(move |e: Event| {
            let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            else {
                return;
            };
            let id = select.value();
            let next = if first {
                route.comparing(&id, route.other.as_deref().unwrap_or_default())
            } else {
                route.comparing(route.article.as_deref().unwrap_or_default(), &id)
            };
            navigate(&next);
        });
        // The chosen article stays offered even when the query no longer finds it.
        let corpus = corpus();
        let chosen_summary = chosen
            .filter(|id| !choices.iter().any(|c| c.id == *id))
            .and_then(|id| corpus.article(id))
            .map(|a| a.summary());
        html! {
            <label class="chooser">
                <span>{ label }</span>
                <select {onchange}>
                    <option value="" selected={chosen.is_none()}>{ "Choose a matching article\u{2026}" }</option>
                    { for chosen_summary.iter().chain(choices.iter()).map(|c| html! {
                        <option value={c.id.clone()} selected={chosen == Some(c.id.as_str())}>
                            { format!("{} ({})", c.headline, c.id) }
                        </option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <main class="view compare-view">
            <section class="choosers" aria-label="Articles to compare">
                { chooser("First article", route.article.as_deref(), true) }
                { chooser("Second article", route.other.as_deref(), false) }
            </section>
            { match &*comparison {
                Some(c) => html! {
                    <>
                        <section class="shared-table" aria-labelledby="shared-heading">
                            <h2 id="shared-heading">{ "What they share" }</h2>
                            <table class="comparison">
                                <thead><tr>
                                    <th scope="col">{ "What" }</th>
                                    <th scope="col">{ format!("Only in \u{201c}{}\u{201d}", c.a.headline) }</th>
                                    <th scope="col">{ "In both" }</th>
                                    <th scope="col">{ format!("Only in \u{201c}{}\u{201d}", c.b.headline) }</th>
                                </tr></thead>
                                <tbody>
                                    { row("People", &c.people) }
                                    { row("Places", &c.places) }
                                    { row("Organisations", &c.organizations) }
                                    { row("Speakers", &c.speakers) }
                                    { row("Distinctive terms", &c.terms) }
                                </tbody>
                            </table>
                            <p class="legend"><mark class="shared">{ "in both" }</mark>{ " " }<mark class="own">{ "only in one" }</mark></p>
                        </section>
                        <section class="side-by-side" aria-label="The two texts">
                            <ComparedText headline={c.a.headline.clone()} paragraphs={c.a_paragraphs.clone()} />
                            <ComparedText headline={c.b.headline.clone()} paragraphs={c.b_paragraphs.clone()} />
                        </section>
                    </>
                },
                None if route.article.is_some() && route.other.is_some() => html! {
                    <p class="empty">{ "One of these articles is not in this collection." }</p>
                },
                None => html! {
                    <p class="placeholder">{ "Choose two articles to see what they share: the people, places and organisations they name, who speaks in them and their distinctive words." }</p>
                },
            } }
        </main>
    }
}

fn row(title: &str, shared: &Shared) -> Html {
    let cell = |names: &[String]| {
        if names.is_empty() {
            html! { <td class="none">{ "\u{2014}" }</td> }
        } else {
            html! { <td><ul>{ for names.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul></td> }
        }
    };
    html! {
        <tr>
            <th scope="row">{ title.to_owned() }</th>
            { cell(&shared.only_a) }
            { cell(&shared.both) }
            { cell(&shared.only_b) }
        </tr>
    }
}
