//! The explorer's view components rendered to HTML natively (yew `ssr`), inside the context
//! the app gives them, on the embedded seeds.

use clippings::components::*;
use clippings::corpus::search;
use clippings::explorer::{Explorer, Searched};
use clippings::pages::{CollectionPage, ComparePage, PeoplePage};
use clippings::state::{Route, State, View};
use clippings_core::{
    ComparedSegment, EntityKind, KwicLine, QuoteRef, SearchOptions, Sharing, Speaker,
};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

const REUTERS: &str = "000_df0dd7ac4370f8c6";
const PRESS_TV: &str = "003_c854b23d348dd51a";

#[derive(Properties, PartialEq)]
struct InExplorerProps {
    route: Route,
    children: Html,
}

/// What `App` gives its pages: the state for `route` and the search it makes.
#[component]
fn InExplorer(props: &InExplorerProps) -> Html {
    let state = use_reducer(|| State::new(props.route.clone()));
    let (parsed, result) = search(&props.route.query, SearchOptions::default());
    let explorer = Explorer {
        state,
        searched: Rc::new(Searched { parsed, result }),
    };
    html! {
        <ContextProvider<Explorer> context={explorer}>{ props.children.clone() }</ContextProvider<Explorer>>
    }
}

async fn render_in(route: Route, children: Html) -> String {
    LocalServerRenderer::<InExplorer>::with_props(InExplorerProps { route, children })
        .hydratable(false)
        .render()
        .await
}

fn route(hash: &str) -> Route {
    Route::from_hash(hash)
}

#[tokio::test]
async fn view_tabs_keep_the_query_and_mark_the_current_view() {
    let html = render_in(route("#view=people&q=nato"), html! { <ViewTabs /> }).await;
    for view in View::ALL {
        assert!(html.contains(view.label()), "{html}");
    }
    assert!(html.contains(r##"href="#q=nato""##), "{html}");
    assert!(
        html.contains(r##"href="#view=collection&amp;q=nato""##),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-current="page" class="view-tab current">People and quotes"#),
        "{html}"
    );
    assert_eq!(html.matches("aria-current").count(), 1, "{html}");
}

#[tokio::test]
async fn a_bar_chart_is_a_titled_image_with_its_numbers_as_a_table_and_labels_as_text() {
    let html = render_in(
        Route::default(),
        html! {
            <BarChart title="Per source" unit="matching articles" shape={ChartShape::Bars}
                points={vec![("<b>Wire</b>".to_owned(), 3), ("Other".to_owned(), 1)]} />
        },
    )
    .await;
    assert!(html.contains(r#"role="img""#), "{html}");
    assert!(
        html.contains(r#"aria-labelledby="chart-persource""#)
            && html.contains(r#"id="chart-persource""#),
        "{html}"
    );
    assert_eq!(html.matches(r#"class="bar""#).count(), 2, "{html}");
    assert!(html.contains("&lt;b&gt;Wire&lt;/b&gt;"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(
        html.contains("<th scope=\"row\">Other</th><td>1</td>"),
        "{html}"
    );
}

#[tokio::test]
async fn a_chart_with_nothing_to_draw_says_so() {
    let html = render_in(
        Route::default(),
        html! { <BarChart title="Over time" unit="articles" shape={ChartShape::Columns} points={Vec::new()} /> },
    )
    .await;
    assert!(html.contains("Nothing to draw."), "{html}");
    assert!(!html.contains("<svg"), "{html}");
}

#[tokio::test]
async fn keyword_in_context_lines_link_to_their_paragraph_and_mark_the_word() {
    let lines = Rc::new(vec![KwicLine {
        article: "world/001".into(),
        headline: "Talks".into(),
        paragraph: 2,
        left: "said the <i>".into(),
        term: "minister".into(),
        right: " on Monday".into(),
    }]);
    let html = render_in(
        route("#view=collection&q=minister"),
        html! { <KwicTable {lines} /> },
    )
    .await;
    assert!(html.contains("<mark>minister</mark>"), "{html}");
    assert!(html.contains("said the &lt;i&gt;"), "{html}");
    assert!(
        html.contains(r##"href="#q=minister&amp;a=world%2F001&amp;p=2""##),
        "{html}"
    );
    assert!(html.contains("world/001 \u{b6} 3"), "{html}");
}

fn speaker(name: &str, quotes: u32) -> Speaker {
    Speaker {
        name: name.into(),
        quotes: vec![QuoteRef {
            article: "a".into(),
            headline: "A".into(),
            paragraph: 0,
            text: "We will".into(),
        }],
        quote_count: quotes,
    }
}

#[tokio::test]
async fn the_speaker_table_links_each_speaker_to_their_quotes_and_marks_the_chosen_one() {
    let speakers = Rc::new(vec![speaker("Ann Example", 3), speaker("Bo Sample", 1)]);
    let html = render_in(
        route("#view=people&q=talks&person=Bo%20Sample"),
        html! { <SpeakerTable {speakers} /> },
    )
    .await;
    assert!(
        html.contains(r##"href="#view=people&amp;q=talks&amp;person=Ann+Example""##),
        "{html}"
    );
    assert!(html.contains("<td>3</td>"), "{html}");
    assert!(html.contains(r#"aria-current="true">Bo Sample"#), "{html}");
}

#[tokio::test]
async fn compared_text_marks_what_is_shared_and_what_is_its_own_as_text() {
    let segment = |text: &str, mark| ComparedSegment {
        text: text.into(),
        mark,
    };
    let html = render_in(
        Route::default(),
        html! { <ComparedText headline="H" paragraphs={vec![vec![
            segment("Ann Example", Some(Sharing::Shared)),
            segment(" met <script>", None),
            segment("Bo Sample", Some(Sharing::Own)),
        ]]} /> },
    )
    .await;
    assert!(
        html.contains(r#"<mark title="In both articles" class="shared">Ann Example</mark>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<mark title="Only in this article" class="own">Bo Sample</mark>"#),
        "{html}"
    );
    assert!(html.contains(" met &lt;script&gt;"), "{html}");
}

#[tokio::test]
async fn the_people_page_lists_the_seed_speaker_and_the_names_that_appear_with_a_chosen_one() {
    let html = render_in(
        route("#view=people&person=John%20Kerry"),
        html! { <PeoplePage /> },
    )
    .await;
    assert!(html.contains("Who speaks (1 speaker, 11 quotes)"), "{html}");
    assert!(html.contains("John Kerry said (11)"), "{html}");
    assert!(html.contains("Named with John Kerry"), "{html}");
    assert!(html.contains("Download the quotes (CSV)"), "{html}");
    let names = route("#view=people").with_name(Some((EntityKind::Place, "Minsk")));
    let html = render_in(names, html! { <PeoplePage /> }).await;
    assert!(html.contains("Named with Minsk"), "{html}");
    assert!(
        html.contains("Choose a speaker to read their quotes."),
        "{html}"
    );
}

#[tokio::test]
async fn the_collection_page_says_where_its_months_come_from_and_asks_for_a_word_for_context() {
    let html = render_in(route("#view=collection"), html! { <CollectionPage /> }).await;
    assert!(
        html.contains("Search for a word to see every place it is used."),
        "{html}"
    );
    assert!(html.contains("No article has a publication date"), "{html}");
    assert!(
        html.contains("Per source")
            && html.contains("The collection's articles are not in folders"),
        "{html}"
    );
}

#[tokio::test]
async fn the_compare_page_asks_for_two_articles_then_compares_them() {
    let html = render_in(route("#view=compare"), html! { <ComparePage /> }).await;
    assert!(
        html.contains("Choose two articles to see what they share"),
        "{html}"
    );
    assert_eq!(html.matches("<select").count(), 2, "{html}");
    let pair = Route::default().comparing(REUTERS, PRESS_TV);
    let html = render_in(pair, html! { <ComparePage /> }).await;
    assert!(html.contains("What they share"), "{html}");
    assert_eq!(
        html.matches(r#"class="compared-text""#).count(),
        2,
        "{html}"
    );
    let unknown = Route::default().comparing(REUTERS, "nowhere");
    let html = render_in(unknown, html! { <ComparePage /> }).await;
    assert!(
        html.contains("One of these articles is not in this collection."),
        "{html}"
    );
}

#[tokio::test]
async fn an_articles_keywords_are_searches_for_them() {
    let corpus = clippings::corpus::corpus();
    let article = corpus.article(PRESS_TV).expect("seed embedded").clone();
    let reading = corpus
        .read(PRESS_TV, &corpus.query(""))
        .expect("seed embedded");
    let keyword = article.keywords[0].clone();
    let html = LocalServerRenderer::<Reader>::with_props(ReaderProps {
        headline: reading.headline,
        paragraphs: reading.paragraphs,
        article: Rc::new(article),
        close_href: "#".into(),
        route: Route::default().with_article(Some(PRESS_TV)),
        on_remove: None,
        copies: Vec::new(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains(&format!(
            r##"<a href="#q={keyword}&amp;a={PRESS_TV}" title="Search for {keyword}">{keyword}</a>"##
        )),
        "{html}"
    );
}
