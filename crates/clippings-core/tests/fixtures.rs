//! Articles shaped like the BBC corpus, a wire story and a web page, written for these tests.

use clippings_core::{parse, Article, Dateline};

fn fixture(name: &str) -> Article {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    parse(name, &std::fs::read_to_string(&path).unwrap())
}

fn roles(a: &Article) -> Vec<(&str, &str)> {
    a.credits
        .iter()
        .map(|c| (c.role.as_str(), c.name.as_str()))
        .collect()
}

#[test]
fn bbc_shaped_article_keeps_everything_as_text() {
    let a = fixture("bbc_shaped");
    assert_eq!(a.headline, "Brewer's profits rise on strong exports");
    assert_eq!(a.source, None);
    assert_eq!(a.dateline, None);
    assert!(a.boilerplate.is_empty() && a.captions.is_empty() && a.credits.is_empty());
    assert_eq!(a.paragraphs.len(), 8, "{:#?}", a.paragraphs);
    assert_eq!(a.paragraphs[4], "- higher prices in its home market");
    assert_eq!(
        a.paragraphs[7],
        "Fullbright will report full-year results in March."
    );
}

#[test]
fn wire_story_with_dated_dateline_credits_and_copyright() {
    let a = fixture("wire_shaped");
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "LONDON".into(),
            agency: Some("Reuters".into())
        })
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert!(a.paragraphs[0].starts_with("The central bank kept"));
    assert_eq!(a.paragraphs[2], "Markets had priced in no change.");
    assert_eq!(
        roles(&a),
        [
            ("additional reporting", "Ann Lee"),
            ("writing", "Tom Fox"),
            ("editing", "Mia Roe")
        ]
    );
    assert_eq!(a.boilerplate, ["\u{a9} 2016 Reuters. All rights reserved."]);
}

#[test]
fn web_page_with_byline_caption_wrapped_text_and_furniture() {
    let a = fixture("web_shaped");
    assert_eq!(roles(&a), [("byline", "Jane Smith")]);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].text,
        "Children walk past a fallen tree in Leeds on Tuesday."
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Getty Images"));
    assert_eq!(
        a.paragraphs[0],
        "Hundreds of schools were closed on Tuesday as a storm brought winds of up to 90mph to northern England, bringing down trees and power lines across the region."
    );
    assert_eq!(a.paragraphs.len(), 3, "{:#?}", a.paragraphs);
    assert_eq!(
        a.boilerplate,
        ["Advertisement", "Share this story", "Follow us on Twitter"]
    );
}
