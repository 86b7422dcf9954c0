//! Components rendered to HTML natively (yew `ssr`), on the embedded seeds.

use clippings::components::*;
use clippings::corpus::corpus;
use clippings::state::Route;
use clippings_core::{Hit, Segment};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn text(text: &str, hit: bool) -> Segment {
    Segment {
        text: text.into(),
        hit,
    }
}

fn hit(snippet: Vec<Segment>) -> Hit {
    Hit {
        id: "x".into(),
        headline: "H".into(),
        source: Some("Press TV".into()),
        published: None,
        score: 1.0,
        snippet,
        paragraphs: vec![0, 2],
    }
}

#[tokio::test]
async fn snippet_hits_are_marked_and_article_text_is_escaped() {
    let html = render::<ResultItem>(ResultItemProps {
        hit: hit(vec![
            text("The ", false),
            text("Minsk", true),
            text(" deal <script>alert(1)</script>", false),
        ]),
        headline: vec![text("H", false)],
        href: "#a=x".into(),
        selected: false,
        added: false,
    })
    .await;
    assert!(html.contains("<mark>Minsk</mark>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains(r##"href="#a=x""##), "{html}");
    assert!(
        html.contains("Press TV") && html.contains("2 matching paragraphs"),
        "{html}"
    );
}

#[tokio::test]
async fn search_box_is_a_labelled_search_landmark() {
    let html = render::<SearchBox>(SearchBoxProps {
        query: "kerry".into(),
        on_input: Callback::noop(),
    })
    .await;
    assert!(html.contains(r#"role="search""#), "{html}");
    assert!(html.contains(r#"<label for="search-input">"#), "{html}");
    assert!(
        html.contains(r#"id="search-input""#) && html.contains(r#"value="kerry""#),
        "{html}"
    );
}

#[tokio::test]
async fn result_count_is_live_and_reads_well() {
    for (total, query, expected) in [
        (2, "", "2 articles"),
        (1, "minsk", "1 article matches \u{201C}minsk\u{201D}"),
        (0, "zzz", "No articles match \u{201C}zzz\u{201D}"),
        (5, "nato", "5 articles match \u{201C}nato\u{201D}"),
    ] {
        let html = render::<ResultCount>(ResultCountProps {
            total,
            query: query.into(),
        })
        .await;
        assert!(html.contains(r#"aria-live="polite""#), "{html}");
        assert!(html.contains(expected), "{html}");
    }
}

/// The reader for a seed article, with `query`'s hits marked.
async fn reader_html(id: &str, query: &str, close_href: &str) -> String {
    let article = corpus().article(id).expect("seed embedded").clone();
    let query_text = query;
    let query = corpus().query(query);
    render::<Reader>(ReaderProps {
        headline: query.segments(&article.headline),
        paragraphs: article
            .paragraphs
            .iter()
            .map(|p| query.segments(p))
            .collect(),
        article: Rc::new(article),
        close_href: close_href.to_owned().into(),
        route: Route {
            query: query_text.to_owned(),
            article: Some(id.to_owned()),
            ..Route::default()
        },
        on_remove: None,
    })
    .await
}

#[tokio::test]
async fn reader_shows_dateline_credits_and_kept_out_furniture() {
    let html = reader_html("000_df0dd7ac4370f8c6", "inviolable", "#q=inviolable").await;
    assert!(html.contains("WASHINGTON (Reuters)"), "{html}");
    assert!(html.contains("<mark>inviolable</mark>"), "{html}");
    assert!(
        html.contains("<dt>Reporting</dt>") && html.contains("David Brunnstrom, Doina Chiacu"),
        "{html}"
    );
    assert!(
        html.contains("<dt>Editing</dt>") && html.contains("Sandra Maler"),
        "{html}"
    );
    assert!(
        html.contains("<details class=\"boilerplate\">")
            && html.contains("Kept out of the text (1)"),
        "{html}"
    );
    assert!(
        html.contains("temporarily suspending article commenting"),
        "{html}"
    );
    assert!(html.contains(r##"href="#q=inviolable""##), "{html}");
}

#[tokio::test]
async fn reader_shows_captions_with_their_credit() {
    let html = reader_html("003_c854b23d348dd51a", "", "#").await;
    assert!(
        html.contains("<figcaption>NATO Secretary General Jens Stoltenberg (L)"),
        "{html}"
    );
    assert!(html.contains("Photo: AFP"), "{html}");
    assert!(
        html.contains("Kept out of the text (4)") && html.contains("SHARE THIS ARTICLE"),
        "{html}"
    );
    assert!(!html.contains("<mark>"), "{html}");
}

#[tokio::test]
async fn the_app_lists_every_seed_article_before_a_query() {
    let html = render::<App>(()).await;
    assert!(html.contains("Kerry: NATO territory inviolable"), "{html}");
    assert!(
        html.contains("Kerry calls for &#x27;robust&#x27; NATO posture near Russia")
            || html.contains("Kerry calls for 'robust' NATO posture near Russia"),
        "{html}"
    );
    assert!(html.contains("2 articles"), "{html}");
    assert!(
        html.contains("Choose an article to read it here."),
        "{html}"
    );
}

#[tokio::test]
async fn an_empty_collection_says_so() {
    let html = render::<EmptyCollection>(()).await;
    assert!(
        html.contains("This collection is empty") && html.contains("CLIPPINGS_SEEDS"),
        "{html}"
    );
}

#[tokio::test]
async fn reader_says_who_said_what_and_marks_names_as_filter_links() {
    let html = reader_html("003_c854b23d348dd51a", "", "#").await;
    assert!(html.contains("Who said what (2)"), "{html}");
    assert!(
        html.contains(
            r#"<span class="speaker">John Kerry</span><q>NATO is open to a political dialogue"#
        ),
        "{html}"
    );
    assert!(html.contains("Go to paragraph 3"), "{html}");
    assert!(
        html.contains(r##"<a href="#q=person%3A%22John+Kerry%22&amp;a=003_c854b23d348dd51a" title="Person: John Kerry"##),
        "{html}"
    );
    assert!(
        html.contains(r#"class="entity person">John Kerry</a>"#),
        "{html}"
    );
    assert!(html.contains(r#"class="entity place">Minsk</a>"#), "{html}");
    assert!(html.contains("Mark names"), "{html}");
    assert!(html.contains("<dt>Keywords</dt>"), "{html}");
    assert!(
        html.contains(r#"<time datetime="2016-05-19">= 2016-05-19</time>"#),
        "{html}"
    );
}

#[tokio::test]
async fn facets_link_to_their_filters_and_show_active_ones() {
    let result = corpus().search("kerry", Default::default());
    let route = Route {
        query: "kerry person:\"Vladimir Putin\"".into(),
        article: None,
        ..Route::default()
    };
    let html = render::<FacetPanel>(FacetPanelProps {
        facets: result.facets,
        route,
    })
    .await;
    assert!(
        html.contains("<h2>People</h2>") && html.contains("<h2>Places</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<h2>Organisations</h2>") && html.contains("<h2>Sources</h2>"),
        "{html}"
    );
    assert!(
        html.contains(
            r##"href="#q=kerry+person%3A%22Vladimir+Putin%22+person%3A%22John+Kerry%22""##
        ),
        "{html}"
    );
    assert!(
        html.contains(r##"href="#q=kerry" aria-label="Remove the filter person: Vladimir Putin" aria-pressed="true" class="facet active""##),
        "{html}"
    );
}

#[tokio::test]
async fn sort_links_keep_the_query_and_mark_the_current_order() {
    let route = Route {
        query: "nato".into(),
        sort: clippings_core::Sort::Newest,
        ..Route::default()
    };
    let html = render::<SortControl>(SortControlProps { route }).await;
    assert!(html.contains(r##"href="#q=nato""##), "{html}");
    assert!(
        html.contains(r##"href="#q=nato&amp;sort=oldest""##),
        "{html}"
    );
    assert!(
        html.contains(
            r##"<a href="#q=nato&amp;sort=newest" aria-current="true" class="sort-choice current">Newest"##
        ),
        "{html}"
    );
}

#[tokio::test]
async fn a_suggestion_links_to_the_suggested_query_as_text() {
    let html = render::<Suggestion>(SuggestionProps {
        suggestion: "nato <b>".into(),
        route: Route {
            query: "natp".into(),
            article: Some("x".into()),
            ..Route::default()
        },
    })
    .await;
    assert!(html.contains("Did you mean "), "{html}");
    assert!(
        html.contains(r##"href="#q=nato+%3Cb%3E&amp;a=x">nato &lt;b&gt;</a>"##),
        "{html}"
    );
}

#[tokio::test]
async fn related_articles_link_into_the_reader_and_vanish_when_there_are_none() {
    let route = Route::default();
    let html = render::<RelatedArticles>(RelatedArticlesProps {
        hits: vec![hit(vec![text("Lede <i>", false)])],
        route: route.clone(),
    })
    .await;
    assert!(html.contains("More like this"), "{html}");
    assert!(html.contains(r##"<a href="#a=x">H</a>"##), "{html}");
    assert!(html.contains("Lede &lt;i&gt;"), "{html}");
    let none = render::<RelatedArticles>(RelatedArticlesProps {
        hits: vec![],
        route,
    })
    .await;
    assert!(!none.contains("More like this"));
}

#[tokio::test]
async fn the_import_notice_links_new_articles_and_names_refused_files_as_text() {
    use clippings_core::import::{Imported, NotUtf8, Refusal};
    let imported = Imported {
        added: vec!["imported/flood".into(), "imported/<b>x</b>".into()],
        not_utf8: vec![
            NotUtf8 {
                name: "latin1.txt".into(),
                encoding: "windows-1252",
                lossy: false,
            },
            NotUtf8 {
                name: "broken.txt".into(),
                encoding: "UTF-8",
                lossy: true,
            },
        ],
        refused: vec![("\"><svg onload=alert(1)>.txt".into(), Refusal::NotText)],
    };
    let html = render::<ImportNotice>(ImportNoticeProps {
        imported: Rc::new(imported),
        route: Route::default(),
        on_dismiss: Callback::noop(),
        not_kept: None,
    })
    .await;
    assert!(html.contains("role=\"status\""), "{html}");
    assert!(html.contains("Added 2 articles:"), "{html}");
    assert!(
        html.contains("<a href=\"#a=imported%2Fflood\">flood</a>"),
        "{html}"
    );
    assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"), "{html}");
    assert!(
        html.contains("<li>latin1.txt is not valid UTF-8: it was read as windows-1252.</li>"),
        "{html}"
    );
    assert!(
        html.contains("<li>broken.txt is not valid UTF-8: it was read as UTF-8, with replacement characters (\u{FFFD}) for bytes that mean nothing in it.</li>"),
        "{html}"
    );
    assert!(
        html.contains(
            "<li>\"&gt;&lt;svg onload=alert(1)&gt;.txt was not added: it is not text.</li>"
        ),
        "{html}"
    );
    assert!(!html.contains("<svg"), "{html}");
}

#[tokio::test]
async fn nothing_added_says_so_without_a_link() {
    use clippings_core::import::{Imported, Refusal};
    let html = render::<ImportNotice>(ImportNoticeProps {
        imported: Rc::new(Imported {
            refused: vec![("empty.txt".into(), Refusal::Empty)],
            ..Imported::default()
        }),
        route: Route::default(),
        on_dismiss: Callback::noop(),
        not_kept: None,
    })
    .await;
    assert!(html.contains("No articles were added."), "{html}");
    assert!(
        html.contains("empty.txt was not added: it is empty."),
        "{html}"
    );
    assert!(!html.contains("<a "), "{html}");
}

#[tokio::test]
async fn the_update_notice_offers_a_reload() {
    let html = render::<UpdateNotice>(UpdateNoticeProps {
        on_reload: Callback::noop(),
    })
    .await;
    assert!(
        html.contains("A new version of Clippings is ready."),
        "{html}"
    );
    assert!(html.contains("<button>Reload to use it</button>"), "{html}");
}

#[tokio::test]
async fn the_masthead_offers_to_add_articles() {
    let html = render::<App>(()).await;
    assert!(html.contains("class=\"import-button\""), "{html}");
    assert!(html.contains("type=\"file\""), "{html}");
    assert!(html.contains("accept=\".txt,text/plain\""), "{html}");
}

#[tokio::test]
async fn adding_files_is_announced_while_it_happens() {
    let html = render::<AddingFiles>(AddingFilesProps { count: 3 }).await;
    assert!(html.contains("role=\"status\""), "{html}");
    assert!(html.contains("aria-busy=\"true\""), "{html}");
    assert!(html.contains("Adding 3 files\u{2026}"), "{html}");
    let one = render::<AddingFiles>(AddingFilesProps { count: 1 }).await;
    assert!(one.contains("Adding 1 file\u{2026}"), "{one}");
}

// Added articles kept in the browser (src/components/added_articles.rs): marked "added" where
// they are listed and read, removable, and a line when the browser will not keep them.

#[tokio::test]
async fn an_added_result_is_marked_added_and_a_seed_one_is_not() {
    let props = |added| ResultItemProps {
        hit: hit(vec![text("Snippet", false)]),
        headline: vec![text("H", false)],
        href: "#a=x".into(),
        selected: false,
        added,
    };
    let added = render::<ResultItem>(props(true)).await;
    assert!(
        added.contains("<span class=\"badge added\">added</span>"),
        "{added}"
    );
    let own = render::<ResultItem>(props(false)).await;
    assert!(!own.contains("badge added"), "{own}");
}

#[tokio::test]
async fn the_reader_marks_an_added_article_and_offers_to_remove_it() {
    let id = corpus().articles()[0].id.clone();
    let own = reader_html(&id, "", "#").await;
    assert!(!own.contains("badge added"), "{own}");
    assert!(!own.contains("remove-added"), "{own}");
    let article = corpus().article(&id).expect("seed embedded").clone();
    let added = render::<Reader>(ReaderProps {
        headline: vec![text(&article.headline, false)],
        paragraphs: vec![],
        article: Rc::new(article),
        close_href: "#".into(),
        route: Route::default(),
        on_remove: Some(Callback::noop()),
    })
    .await;
    assert!(
        added.contains("<span class=\"badge added\">added</span>"),
        "{added}"
    );
    assert!(
        added.contains("<button type=\"button\" class=\"remove-added\">Remove</button>"),
        "{added}"
    );
}

#[tokio::test]
async fn added_articles_are_counted_with_a_remove_all_and_a_refusal_is_one_line() {
    let none = render::<AddedArticles>(AddedArticlesProps {
        count: 0,
        not_kept: None,
        on_remove_all: Callback::noop(),
    })
    .await;
    assert!(!none.contains("added-articles"), "{none}");
    let two = render::<AddedArticles>(AddedArticlesProps {
        count: 2,
        not_kept: None,
        on_remove_all: Callback::noop(),
    })
    .await;
    assert!(two.contains("Added articles (2)"), "{two}");
    assert!(two.contains(">Remove all added articles</button>"), "{two}");
    assert!(!two.contains("not-kept"), "{two}");
    let refused = render::<AddedArticles>(AddedArticlesProps {
        count: 0,
        not_kept: Some("the storage for this page is full".into()),
        on_remove_all: Callback::noop(),
    })
    .await;
    assert!(!refused.contains("Remove all"), "{refused}");
    assert!(
        refused.contains("Added articles will not be kept after the page is closed: the storage for this page is full."),
        "{refused}"
    );
}

#[tokio::test]
async fn the_import_notice_says_whether_the_browser_keeps_the_articles() {
    use clippings_core::import::Imported;
    let notice = |not_kept: Option<&'static str>| ImportNoticeProps {
        imported: Rc::new(Imported {
            added: vec!["imported/flood".into()],
            ..Imported::default()
        }),
        route: Route::default(),
        on_dismiss: Callback::noop(),
        not_kept: not_kept.map(AttrValue::from),
    };
    let kept = render::<ImportNotice>(notice(None)).await;
    assert!(
        kept.contains("(kept in this browser until you remove it)."),
        "{kept}"
    );
    let full = render::<ImportNotice>(notice(Some("the storage is full"))).await;
    assert!(
        full.contains("(not kept after the page is closed: the storage is full)."),
        "{full}"
    );
}
