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
        copies: vec![],
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
        copies: Vec::new(),
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
        examples: vec![],
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
    let reading = corpus()
        .read(id, &corpus().query(query))
        .expect("seed embedded");
    render::<Reader>(ReaderProps {
        headline: reading.headline,
        paragraphs: reading.paragraphs,
        article: Rc::new(article),
        close_href: close_href.to_owned().into(),
        route: Route {
            query: query_text.to_owned(),
            article: Some(id.to_owned()),
            ..Route::default()
        },
        on_remove: None,
        copies: Vec::new(),
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
            r##"<a href="#view=people&amp;a=003_c854b23d348dd51a&amp;person=John+Kerry" title="Every quote of John Kerry" class="speaker">John Kerry</a><q>NATO is open to a political dialogue"##
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
        html.contains(r##"<a href="#q=kerry" aria-current="true" class="facet active"><span class="facet-name">Vladimir Putin</span>"##),
        "{html}"
    );
    assert!(!html.contains("aria-pressed"), "{html}");
}

#[tokio::test]
async fn sort_links_keep_the_query_and_mark_the_current_order() {
    let route = Route {
        query: "nato".into(),
        sort: clippings_core::Sort::Newest,
        ..Route::default()
    };
    let html = render::<SortControl>(SortControlProps { route, dated: true }).await;
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

/// The facet panel for `query` over the seeds, with the facets of its own matches.
async fn facet_panel(query: &str) -> String {
    let result = corpus().search(query, Default::default());
    render::<FacetPanel>(FacetPanelProps {
        facets: result.facets,
        route: Route::default().with_query(query),
    })
    .await
}

#[tokio::test]
async fn each_facet_value_links_to_include_it_and_to_exclude_it_named_by_its_visible_words() {
    let html = facet_panel("kerry").await;
    assert!(
        html.contains(r##"<a href="#q=kerry+source%3A%22Press+TV%22" class="facet"><span class="facet-name">Press TV</span> <span class="facet-count">1</span></a>"##),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=kerry+-source%3A%22Press+TV%22" class="facet-toggle exclude">exclude<span class="visually-hidden"> Press TV</span></a>"##),
        "{html}"
    );
    // Links take neither aria-pressed nor a label that hides their visible text.
    assert!(!html.contains("aria-pressed"), "{html}");
    assert!(!html.contains("<a aria-label"), "{html}");
    assert!(
        !html.contains("active-filters"),
        "no filter, no chips: {html}"
    );
}

#[tokio::test]
async fn an_excluded_value_reads_not_and_its_chip_is_negated() {
    let html = facet_panel("kerry -source:\"Reuters\"").await;
    // Reuters has no match left to count, but the group still shows its filter.
    assert!(
        html.contains(r##"<a href="#q=kerry" aria-current="true" class="facet active excluded"><span class="facet-not">not </span><span class="facet-name">Reuters</span>"##),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=kerry+source%3A%22Reuters%22" class="facet-toggle include">include<span class="visually-hidden"> Reuters</span></a>"##),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=kerry" class="chip negated"><span class="chip-field">source: </span><span class="chip-not">not </span><span class="chip-value">Reuters</span>"##),
        "{html}"
    );
}

#[tokio::test]
async fn chips_remove_their_own_filter_and_clear_all_keeps_the_words_and_the_article() {
    let route = Route {
        query: "kerry person:kerry -source:\"Press TV\" nato".into(),
        article: Some("x".into()),
        ..Route::default()
    };
    let html = render::<ActiveFilters>(ActiveFiltersProps { route }).await;
    assert!(
        html.contains(
            r##"<a href="#q=kerry+-source%3A%22Press+TV%22+nato&amp;a=x" class="chip">"##
        ),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=kerry+person%3Akerry+nato&amp;a=x" class="chip negated">"##),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=kerry+nato&amp;a=x" class="clear-filters">Clear all</a>"##),
        "{html}"
    );
    let none = render::<ActiveFilters>(ActiveFiltersProps {
        route: Route::default().with_query("kerry"),
    })
    .await;
    assert_eq!(none, "");
}

fn invented_people(count: u32) -> std::collections::BTreeMap<String, u32> {
    (1..=count)
        .map(|n| (format!("Person {n:02}"), 100 - n))
        .collect()
}

#[tokio::test]
async fn a_facet_group_shows_its_commonest_values_then_show_all_with_a_box_to_narrow_them() {
    let html = render::<FacetGroup>(FacetGroupProps {
        title: "People".into(),
        field: clippings_core::Field::Person,
        values: invented_people(9),
        route: Route::default(),
    })
    .await;
    let (top, rest) = html.split_once("<details").expect(&html);
    assert_eq!(
        top.matches("class=\"facet\"").count(),
        SHOWN_PER_FACET,
        "{html}"
    );
    assert!(
        top.contains("Person 01") && !top.contains("Person 07"),
        "{html}"
    );
    assert!(rest.contains("<summary>Show all (9)</summary>"), "{html}");
    assert!(
        rest.contains("Person 07") && rest.contains("Person 09"),
        "{html}"
    );
    assert!(top.contains(r#"aria-label="Narrow People""#), "{html}");

    let few = render::<FacetGroup>(FacetGroupProps {
        title: "People".into(),
        field: clippings_core::Field::Person,
        values: invented_people(3),
        route: Route::default(),
    })
    .await;
    assert!(
        !few.contains("Show all") && !few.contains("Narrow"),
        "{few}"
    );
}

#[tokio::test]
async fn date_orders_are_offered_only_when_a_match_has_a_date() {
    let route = Route::default().with_query("nato");
    let undated = render::<SortControl>(SortControlProps {
        route: route.clone(),
        dated: false,
    })
    .await;
    assert!(
        !undated.contains("Newest") && !undated.contains("Oldest"),
        "{undated}"
    );
    assert!(
        undated.contains("Best match") && undated.contains("no dates to order by"),
        "{undated}"
    );
    let dated = render::<SortControl>(SortControlProps { route, dated: true }).await;
    assert!(
        dated.contains("Newest") && !dated.contains("no dates"),
        "{dated}"
    );
}

#[tokio::test]
async fn the_search_box_suggests_the_collections_commonest_person_and_source() {
    let html = render::<App>(()).await;
    assert!(
        html.contains("placeholder=\"Try \u{201C}John Kerry\u{201D} or \u{201C}source:&quot;Press TV&quot;\u{201D}\""),
        "{html}"
    );
}

#[tokio::test]
async fn no_results_offer_the_did_you_mean_and_the_query_without_each_filter() {
    let html = render::<NoResults>(NoResultsProps {
        route: Route::default().with_query("natp -source:\"Press TV\" folder:sport"),
        suggestion: Some("nato".into()),
    })
    .await;
    assert!(html.contains("Did you mean "), "{html}");
    assert!(
        html.contains(
            r##"<a href="#q=natp+folder%3Asport">without <code>-source:"Press TV"</code></a>"##
        ),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#q=natp+-source%3A%22Press+TV%22">without <code>folder:"sport"</code></a>"##),
        "{html}"
    );
    let nothing = render::<NoResults>(NoResultsProps {
        route: Route::default().with_query("zzzz"),
        suggestion: None,
    })
    .await;
    assert_eq!(nothing, "");
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
        copies: Vec::new(),
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
        copies: Vec::new(),
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

#[tokio::test]
async fn a_result_with_copies_says_how_many_and_links_each_other_copy() {
    let route = Route::default().with_query("pay deal");
    let mut story = hit(vec![text("Dockers voted.", false)]);
    story.copies = vec!["wire/second".into(), "web/near".into()];
    let html = render::<ResultList>(ResultListProps {
        hits: vec![(story, vec![text("H", false)])],
        route,
    })
    .await;
    assert!(html.contains("3 copies \u{b7} also as "), "{html}");
    assert!(
        html.contains(
            r##"<a href="#q=pay+deal&amp;a=wire%2Fsecond" class="copy-link">wire/second</a>"##
        ),
        "{html}"
    );
    assert!(html.contains(">web/near</a>"), "{html}");
    let alone = render::<ResultList>(ResultListProps {
        hits: vec![(hit(vec![text("Alone.", false)]), vec![text("H", false)])],
        route: Route::default(),
    })
    .await;
    assert!(!alone.contains("copies"), "{alone}");
}

#[tokio::test]
async fn the_reader_names_the_other_copies_of_its_story_as_links() {
    let id = "000_df0dd7ac4370f8c6";
    let route = Route {
        article: Some(id.to_owned()),
        ..Route::default()
    };
    let reading = corpus().read(id, &corpus().query("")).unwrap();
    let props = |copies| ReaderProps {
        headline: reading.headline.clone(),
        paragraphs: reading.paragraphs.clone(),
        article: Rc::new(corpus().article(id).unwrap().clone()),
        close_href: "#".into(),
        route: route.clone(),
        on_remove: None,
        copies,
    };
    let html = render::<Reader>(props(copy_links(&route, ["imported/copy"]))).await;
    assert!(
        html.contains(r##"Also in the collection as: <a href="#a=imported%2Fcopy" class="copy-link">imported/copy</a>"##),
        "{html}"
    );
    let without = render::<Reader>(props(Vec::new())).await;
    assert!(!without.contains("Also in the collection"), "{without}");
}

// "Showing results for" (src/components/widened_notice.rs): what typo tolerance searched, and
// the query that searches the words as typed.

#[tokio::test]
async fn a_widened_search_shows_what_it_searched_and_links_to_the_words_as_typed() {
    let route = Route {
        query: "tony bliar".into(),
        article: Some("x".into()),
        ..Route::default()
    };
    let html = render::<WidenedNotice>(WidenedNoticeProps {
        widened: clippings_core::Widened {
            showing: Some("tony blair".into()),
            including: vec!["briar".into(), "<b>".into()],
            instead: "tony \"bliar\"".into(),
        },
        route: route.clone(),
    })
    .await;
    assert!(
        html.contains(r#"Showing results for <strong class="showing">tony blair</strong>. "#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"Including near spellings: <strong class="including">briar, &lt;b&gt;</strong>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r##"Search instead for <a href="#q=tony+%22bliar%22&amp;a=x" class="instead">tony "bliar"</a>"##),
        "{html}"
    );
    let beside = render::<WidenedNotice>(WidenedNoticeProps {
        widened: clippings_core::Widened {
            showing: None,
            including: vec!["mink".into()],
            instead: "\"minsk\"".into(),
        },
        route,
    })
    .await;
    assert!(!beside.contains("Showing results for"), "{beside}");
    assert!(beside.contains("Including near spellings"), "{beside}");
}

#[tokio::test]
async fn the_files_read_so_far_are_counted_while_many_are_added() {
    let html = render::<ImportProgress>(ImportProgressProps {
        count: 10_000,
        read: 2_500,
    })
    .await;
    assert!(html.contains("<progress"), "{html}");
    assert!(html.contains("max=\"10000\""), "{html}");
    assert!(html.contains("value=\"2500\""), "{html}");
    assert!(html.contains("2500 of 10000 read"), "{html}");
    let before_any = render::<ImportProgress>(ImportProgressProps {
        count: 10_000,
        read: 0,
    })
    .await;
    assert!(!before_any.contains("<progress"), "{before_any}");
    let one_file = render::<ImportProgress>(ImportProgressProps { count: 1, read: 1 }).await;
    assert!(!one_file.contains("<progress"), "{one_file}");
}

fn parts_notice(words: bool, missing: usize, fetching: usize, failed: usize) -> PartsNoticeProps {
    PartsNoticeProps {
        total: 400,
        here: 12,
        words,
        needed: missing,
        left_out: 0,
        fits: false,
        missing,
        fetching,
        failed,
        rest_bytes: 381_500_000,
        on_fetch_all: Callback::noop(),
    }
}

#[tokio::test]
async fn a_collection_in_parts_says_what_its_results_are_made_of() {
    let fetching = render::<PartsNotice>(parts_notice(true, 3, 3, 0)).await;
    assert!(
        fetching.contains("Fetching 3 parts of the collection"),
        "{fetching}"
    );
    let offline = render::<PartsNotice>(parts_notice(true, 1, 0, 1)).await;
    assert!(offline.contains("role=\"alert\""), "{offline}");
    assert!(
        offline.contains("needs 1 part of the collection that could not be fetched"),
        "{offline}"
    );
    assert!(offline.contains("it was never fetched"), "{offline}");
    assert!(
        offline.contains("only from the 12 of 400 parts here"),
        "{offline}"
    );
    let wordless = render::<PartsNotice>(parts_notice(false, 0, 0, 0)).await;
    assert!(
        wordless.contains("12 of the collection's 400 parts are on this device"),
        "{wordless}"
    );
    assert!(
        wordless.contains("Keep every part for offline use (382 MB)"),
        "a collection larger than a page holds is kept, not fetched into it; what it costs is said: {wordless}"
    );
    let fits = render::<PartsNotice>(PartsNoticeProps {
        fits: true,
        ..parts_notice(false, 0, 0, 0)
    })
    .await;
    assert!(fits.contains("Fetch every part (382 MB)"), "{fits}");
    let too_many = render::<PartsNotice>(PartsNoticeProps {
        needed: 380,
        left_out: 360,
        ..parts_notice(true, 20, 0, 0)
    })
    .await;
    assert!(
        too_many.contains("in 380 parts of the collection, more than a page holds at once: the results come from the 20 parts most likely"),
        "{too_many}"
    );
    // A search of words whose parts are all here answers as the whole collection: nothing to say.
    let whole = render::<PartsNotice>(parts_notice(true, 0, 0, 0)).await;
    assert!(!whole.contains("parts-notice"), "{whole}");
    // Nor for one whose parts are missing but not yet asked for: the page is about to fetch them.
    let about_to = render::<PartsNotice>(parts_notice(true, 2, 0, 0)).await;
    assert!(!about_to.contains("parts-notice"), "{about_to}");
}
