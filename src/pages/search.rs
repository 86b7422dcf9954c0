use crate::components::{
    copy_links, ExportMatches, FacetPanel, NoResults, Reader, RelatedArticles, ResultList,
};
use crate::corpus::corpus;
use crate::explorer::use_explorer;
use crate::state::{Action, Route};
use std::rc::Rc;
use yew::prelude::*;

/// Articles listed under "More like this".
const RELATED_SHOWN: usize = 5;

/// Results with their facets, and the open article beside them.
#[component]
pub fn SearchPage() -> Html {
    let explorer = use_explorer();
    let route = explorer.route().clone();
    let related = use_memo(
        (route.article.clone(), explorer.collection()),
        |(article, _)| {
            article
                .as_deref()
                .map(|id| corpus().related(id, RELATED_SHOWN))
                .unwrap_or_default()
        },
    );
    use_effect_with(
        (route.article.clone(), route.paragraph),
        |(_, paragraph)| show_paragraph(*paragraph),
    );
    let (parsed, result) = (&explorer.searched.parsed, &explorer.searched.result);
    let corpus = corpus();
    let open = route.article.as_deref().and_then(|id| corpus.article(id));
    let reading = route
        .article
        .as_deref()
        .and_then(|id| corpus.read(id, parsed));
    let hits: Vec<_> = result
        .hits
        .iter()
        .map(|h| (h.clone(), parsed.segments(&h.headline)))
        .collect();
    let more = (result.total as usize).saturating_sub(result.hits.len());
    // On a narrow screen the facets wait behind a button, so the results come first; the button
    // shows only when the panel it opens is drawn (FacetPanel draws nothing without a value or
    // a filter).
    let f = &result.facets;
    let has_facets = [
        &f.source,
        &f.folders,
        &f.people,
        &f.places,
        &f.organizations,
    ]
    .iter()
    .any(|values| !values.is_empty())
        || !route.filters().is_empty();
    let filters_open = use_state(|| false);
    let toggle_filters = {
        let filters_open = filters_open.clone();
        Callback::from(move |_: MouseEvent| filters_open.set(!*filters_open))
    };
    let show_more = {
        let dispatch = explorer.state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ShowMore))
    };
    html! {
        <main class={classes!("layout", open.is_some().then_some("reading"))}>
            <section class={classes!("results-pane", filters_open.then_some("filters-open"))} aria-label="Results">
                if has_facets {
                    <button type="button" class="filters-toggle" aria-expanded={filters_open.to_string()}
                        aria-controls="facets" onclick={toggle_filters}>
                        { if *filters_open { "Hide filters" } else { "Filters" } }
                    </button>
                }
                <FacetPanel facets={result.facets.clone()} route={route.clone()} />
                <ResultList {hits} route={route.clone()} />
                if result.total == 0 {
                    <NoResults route={route.clone()} suggestion={result.suggestion.clone().map(AttrValue::from)} />
                }
                <ExportMatches />
                if more > 0 {
                    <button class="show-more" onclick={show_more}>{ format!("Show more ({more} left)") }</button>
                }
            </section>
            <section class="reader-pane" aria-label="Article">
                if let (Some(article), Some(reading)) = (open, reading) {
                    <Reader article={Rc::new(article.clone())}
                        headline={reading.headline} paragraphs={reading.paragraphs}
                        close_href={close_href(&route)} route={route.clone()}
                        on_remove={crate::components::remove_added_article(explorer.state.dispatcher(), &article.id)}
                        copies={copy_links(&route, corpus.copies_of(&article.id))} />
                    <RelatedArticles hits={(*related).clone()} route={route.clone()} />
                } else if route.article.is_some() {
                    <p class="placeholder">{ "That article is not in this collection." }</p>
                } else {
                    <p class="placeholder">{ "Choose an article to read it here." }</p>
                }
            </section>
        </main>
    }
}

/// The results without the article.
fn close_href(route: &Route) -> String {
    route.with_article(None).to_href()
}

/// Brings the paragraph a quote or a line in context linked to into view, and marks it while it
/// is the one asked for.
fn show_paragraph(paragraph: Option<u32>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(previous)) = document.query_selector(".body p.target") {
        let _ = previous.class_list().remove_1("target");
    }
    let Some(paragraph) = paragraph else {
        return;
    };
    if let Some(element) = document.get_element_by_id(&format!("p{paragraph}")) {
        let _ = element.class_list().add_1("target");
        element.scroll_into_view();
    }
}
