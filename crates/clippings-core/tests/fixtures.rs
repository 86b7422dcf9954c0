//! Articles shaped like the BBC corpus, wire stories of several agencies and eras, a newspaper
//! story, a column and a web page, written for these tests.

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
            agency: Some("Reuters".into()),
            ..Dateline::default()
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

#[test]
fn old_wire_story_with_indented_paragraphs_a_state_and_a_sign_off() {
    let a = fixture("wire_signoff_shaped");
    assert_eq!(a.headline, "PLAINVIEW TOOL CO <PTC> SELLS TWO PLANTS");
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "PLAINVIEW".into(),
            agency: None,
            region: Some("New York".into()),
            country: Some("United States".into()),
        })
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(
        a.paragraphs,
        [
            "Plainview Tool Co said it has agreed to sell its two plants in Ohio to a group of private investors for about 40 mln dlrs in cash.",
            "The company said the sale, which is subject to approval by its board, would let it pay off most of its bank debt. It expects to close the sale by the end of May.",
            "Plainview said it would keep its headquarters and its research centre on Long Island, where it employs about 300 people.",
            "Shr profit 12 cts vs loss four cts",
            "Net profit 1.2 mln vs loss 400,000",
        ]
    );
    assert_eq!(a.boilerplate, ["Reuter"]);
    assert!(a.credits.is_empty());
}

#[test]
fn wire_story_with_a_dateline_without_agency_signed_in_capitals() {
    let a = fixture("wire_undated_shaped");
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "HOUSTON".into(),
            ..Dateline::default()
        })
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(
        a.paragraphs,
        [
            "Crude oil output in the Gulf of Mexico fell by a third on Monday as operators shut rigs ahead of a tropical storm, the industry's trade group said.",
            "\"We expect most of the rigs to be back within a week,\" a spokesman for the group said.",
            "Traders said prices were likely to rise if the shutdowns lasted longer than that.",
        ]
    );
    assert_eq!(a.boilerplate, ["REUTER"]);
    assert!(a.credits.is_empty());
}

#[test]
fn agency_story_with_dated_dateline_and_sign_off() {
    let a = fixture("wire_afp_shaped");
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "LONDON".into(),
            agency: Some("AFP".into()),
            ..Dateline::default()
        })
    );
    assert_eq!(a.source.as_deref(), Some("AFP"));
    assert_eq!(
        a.paragraphs,
        [
            "Talks between Britain and Norway on fishing rights in the North Sea resumed on Monday after a break of two months, officials said.",
            "Both sides said they hoped to reach a deal before the spring season.",
        ]
    );
    assert_eq!(a.boilerplate, ["AFP"]);
}

#[test]
fn newspaper_story_with_a_bare_dateline_and_its_authors_line() {
    let a = fixture("newspaper_shaped");
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "WASHINGTON".into(),
            ..Dateline::default()
        })
    );
    assert_eq!(a.source, None);
    assert_eq!(roles(&a), [("byline", "Lena Marsh")]);
    assert_eq!(
        a.paragraphs,
        [
            "The Senate passed a bill on Thursday that would require freight railroads to inspect their tracks twice as often, after a debate that lasted into the night.",
            "Supporters said the bill was overdue. \"Every month we wait is a month of risk,\" said one senator from a state crossed by several busy lines.",
            "The bill now goes to the House, where its fate is less certain.",
        ]
    );
    assert!(a.boilerplate.is_empty());
}

#[test]
fn column_closing_with_a_freelance_writers_line() {
    let a = fixture("column_shaped");
    assert_eq!(a.dateline, None);
    assert_eq!(roles(&a), [("byline", "Omar Vale")]);
    assert_eq!(a.paragraphs.len(), 2, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[1].ends_with("pay the rent."));
}
