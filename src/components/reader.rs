use super::result_item::matching_paragraphs;
use super::{AnnotatedText, CopyLink, CopyLinks, MarkedText, WhoSaidWhat};
use crate::state::Route;
use clippings_core::{Article, Segment, Span};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Rc<Article>,
    /// The headline cut at the query's hits, and each paragraph at its hits and names
    /// (`Corpus::read`).
    pub headline: Vec<Segment>,
    pub paragraphs: Vec<Vec<Span>>,
    /// Where "back to the results" goes.
    pub close_href: AttrValue,
    /// The page's route, for the links that filter by a name.
    pub route: Route,
    /// Given for an article the reader added: it is marked "added" and can be removed.
    #[prop_or_default]
    pub on_remove: Option<Callback<MouseEvent>>,
    /// Links to the other copies of this story in the collection (`Corpus::copies_of`).
    #[prop_or_default]
    pub copies: Vec<CopyLink>,
}

/// The chosen article: headline, source and dateline, captions, body with hits, credits, and
/// the furniture that was kept out of the body.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let article = &props.article;
    let dateline = article.dateline.as_ref().map(|d| match &d.agency {
        Some(agency) => format!("{} ({agency})", d.place),
        None => d.place.clone(),
    });
    let hits = props
        .paragraphs
        .iter()
        .filter(|p| p.iter().any(|s| s.hit))
        .count();
    use_effect_with(article.id.clone(), |_| scroll_pane_to_top());
    let jump_to_first_match = Callback::from(|_: MouseEvent| scroll_first_match_into_view());
    let show_names = use_state(|| true);
    let toggle_names = {
        let show_names = show_names.clone();
        Callback::from(move |_: Event| show_names.set(!*show_names))
    };
    let hit_nav = use_hit_navigation(&props.paragraphs, *show_names);
    html! {
        <article class="reader" aria-labelledby="reader-headline">
            <a class="close" href={props.close_href.clone()}>{ "\u{2190} Results" }</a>
            <h2 id="reader-headline"><MarkedText segments={props.headline.clone()} /></h2>
            <p class="reader-meta">
                if let Some(source) = &article.source { <span class="source">{ source.clone() }</span> }
                if let Some(on_remove) = &props.on_remove {
                    <span class="badge added">{ "added" }</span>
                    <button type="button" class="remove-added" onclick={on_remove.clone()}>{ "Remove" }</button>
                }
                if let Some(dateline) = &dateline { <span class="dateline">{ dateline.clone() }</span> }
                <span>{ format!("{} words \u{b7} {} min read", article.word_count, article.reading_minutes) }</span>
                if hits > 0 {
                    <button type="button" class="matches jump" onclick={jump_to_first_match}>
                        { format!("{} \u{2193}", matching_paragraphs(hits)) }
                    </button>
                }
            </p>
            if !props.copies.is_empty() {
                <p class="copies">{ "Also in the collection as: " }<CopyLinks links={props.copies.clone()} /></p>
            }
            { hit_nav }
            if !article.mentions.is_empty() {
                <div class="names-toggle">
                    <label>
                        <input type="checkbox" checked={*show_names} onchange={toggle_names} />
                        { " Mark names" }
                    </label>
                    if *show_names {
                        <span class="legend">
                            <span class="entity person">{ "person" }</span>
                            <span class="entity place">{ "place" }</span>
                            <span class="entity organization">{ "organisation" }</span>
                        </span>
                    }
                </div>
            }
            { for article.captions.iter().map(|c| html! {
                <figure class="caption">
                    <figcaption>
                        { c.text.clone() }
                        if let Some(credit) = &c.credit { <span class="credit">{ format!("Photo: {credit}") }</span> }
                    </figcaption>
                </figure>
            }) }
            <div class="body">
                { for props.paragraphs.iter().enumerate().map(|(i, segments)| html! {
                    <p id={format!("p{i}")} class={classes!(segments.iter().any(|s| s.hit).then_some("hit"))}>
                        if i == 0 { if let Some(dateline) = &dateline { <span class="lead-dateline">{ format!("{dateline} \u{2014} ") }</span> } }
                        <AnnotatedText spans={segments.clone()} show_names={*show_names}
                            route={props.route.clone()} />
                    </p>
                }) }
            </div>
            <WhoSaidWhat quotes={article.quotes.clone()} route={props.route.clone()} />
            { about(article, &props.route) }
            if !article.credits.is_empty() { { credits(article) } }
            if !article.boilerplate.is_empty() {
                <details class="boilerplate">
                    <summary>{ format!("Kept out of the text ({})", article.boilerplate.len()) }</summary>
                    <ul>{ for article.boilerplate.iter().map(|b| html! { <li>{ b.clone() }</li> }) }</ul>
                </details>
            }
        </article>
    }
}

/// "Previous hit" and "Next hit" through the marked hits of the article's text, and which one is
/// shown ("hit 2 of 7"); `n` and `p` press them (keyboard.rs). The hits are counted as drawn: a
/// hit that a name's link cuts in two is two marks, and each is a stop.
#[hook]
fn use_hit_navigation(paragraphs: &[Vec<Span>], show_names: bool) -> Html {
    let total = use_state(|| 0usize);
    let current = use_state(|| None::<usize>);
    {
        let (total, current) = (total.clone(), current.clone());
        // New text (another article, another query, names shown or not): count its marks and
        // start before the first; a mark that yew kept from the old text loses its outline.
        use_effect_with((paragraphs.to_vec(), show_names), move |_| {
            show_current_hit(None);
            total.set(body_marks().len());
            current.set(None);
        });
    }
    use_effect_with(*current, |current| show_current_hit(*current));
    let step = |forward: bool| {
        let (total, current) = (*total, current.clone());
        Callback::from(move |_: MouseEvent| {
            if total == 0 {
                return;
            }
            current.set(Some(match (*current, forward) {
                (None, true) => 0,
                (None, false) => total - 1,
                (Some(i), true) => (i + 1) % total,
                (Some(i), false) => (i + total - 1) % total,
            }));
        })
    };
    if *total == 0 {
        return html! {};
    }
    let position = match *current {
        Some(i) => format!("hit {} of {}", i + 1, *total),
        None if *total == 1 => "1 hit".to_string(),
        None => format!("{} hits", *total),
    };
    html! {
        <div class="hit-nav" role="group" aria-label="Hits in the article">
            <button type="button" class="previous-hit" aria-keyshortcuts="p" onclick={step(false)}>{ "Previous hit" }</button>
            <span class="hit-position" aria-live="polite">{ position }</span>
            <button type="button" class="next-hit" aria-keyshortcuts="n" onclick={step(true)}>{ "Next hit" }</button>
        </div>
    }
}

fn body_marks() -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Some(marks) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(".reader .body mark").ok())
    else {
        return Vec::new();
    };
    (0..marks.length())
        .filter_map(|i| marks.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The current hit carries `aria-current` (the stylesheet outlines it) and is scrolled to the
/// middle of the view; the others lose it.
fn show_current_hit(current: Option<usize>) {
    for (i, mark) in body_marks().iter().enumerate() {
        if Some(i) == current {
            let _ = mark.set_attribute("aria-current", "true");
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
        } else {
            let _ = mark.remove_attribute("aria-current");
        }
    }
}

/// A new article starts at its top, in the side pane (wide screens) and in the window (phones).
fn scroll_pane_to_top() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(pane) = window
        .document()
        .and_then(|d| d.query_selector(".reader-pane").ok().flatten())
    {
        pane.set_scroll_top(0);
    }
    if window.scroll_y().unwrap_or(0.0) > 0.0 {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn scroll_first_match_into_view() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".reader .body p.hit").ok().flatten());
    if let Some(paragraph) = first {
        paragraph.scroll_into_view();
    }
}

/// Keywords (each a search for it) and the dates the article names, resolved where it allows.
fn about(article: &Article, route: &Route) -> Html {
    if article.keywords.is_empty() && article.dates.is_empty() {
        return html! {};
    }
    html! {
        <dl class="about">
            if !article.keywords.is_empty() {
                <div>
                    <dt>{ "Keywords" }</dt>
                    <dd><ul class="keywords">{ for article.keywords.iter().map(|k| html! {
                        <li><a href={route.with_query(k).to_href()} title={format!("Search for {k}")}>{ k.clone() }</a></li>
                    }) }</ul></dd>
                </div>
            }
            if !article.dates.is_empty() {
                <div>
                    <dt>{ "Dates" }</dt>
                    <dd><ul class="dates">{ for article.dates.iter().map(|d| html! {
                        <li>
                            { d.text.clone() }
                            if let Some(date) = &d.date { { " " }<time datetime={date.clone()}>{ format!("= {date}") }</time> }
                        </li>
                    }) }</ul></dd>
                </div>
            }
        </dl>
    }
}

/// Credits grouped by role, roles in the order the article gives them.
fn credits(article: &Article) -> Html {
    let mut roles: Vec<(&str, Vec<&str>)> = Vec::new();
    for credit in &article.credits {
        match roles.iter_mut().find(|(role, _)| *role == credit.role) {
            Some((_, names)) => names.push(&credit.name),
            None => roles.push((&credit.role, vec![&credit.name])),
        }
    }
    html! {
        <dl class="credits" aria-label="Credits">
            { for roles.into_iter().map(|(role, names)| html! {
                <div>
                    <dt>{ capitalised(role) }</dt>
                    <dd>{ names.join(", ") }</dd>
                </div>
            }) }
        </dl>
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
