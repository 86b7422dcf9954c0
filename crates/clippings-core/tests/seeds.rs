//! The two seed articles, understood exactly as the brief says.

use clippings_core::{parse, Article, Caption, Credit, Dateline};

fn seed(name: &str) -> Article {
    let path = format!("{}/../../seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse(name, &text)
}

fn credit(role: &str, name: &str) -> Credit {
    Credit {
        role: role.into(),
        name: name.into(),
    }
}

#[test]
fn reuters_seed() {
    let a = seed("000_df0dd7ac4370f8c6");
    assert_eq!(a.id, "000_df0dd7ac4370f8c6");
    assert_eq!(
        a.headline,
        "Kerry: NATO territory inviolable - 'We will defend every single piece'"
    );
    assert_eq!(a.source.as_deref(), Some("Reuters"));
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "WASHINGTON".into(),
            agency: Some("Reuters".into()),
            ..Dateline::default()
        })
    );
    assert_eq!(
        a.credits,
        [
            credit("reporting", "David Brunnstrom"),
            credit("reporting", "Doina Chiacu"),
            credit("editing", "Sandra Maler")
        ]
    );
    assert!(a.captions.is_empty());
    // The Reuters body is one line: one paragraph, no invented breaks.
    assert_eq!(a.paragraphs.len(), 1);
    let body = &a.paragraphs[0];
    assert!(
        body.starts_with("The United States warned Russia on Tuesday"),
        "{body}"
    );
    assert!(
        body.ends_with("\"to promote a stronger, more prosperous trans-Atlantic community.\""),
        "{body}"
    );
    assert!(!body.contains("Reporting by") && !body.contains("Editing by"));
    assert_eq!(a.boilerplate.len(), 1);
    assert!(a.boilerplate[0].starts_with("Our goal is to create a safe and engaging place"));
    assert!(a.boilerplate[0].ends_with("we are temporarily suspending article commenting"));
    assert_eq!(a.published, None);
    assert_eq!(a.word_count, 282);
    assert_eq!(a.reading_minutes, 2);
}

#[test]
fn press_tv_seed() {
    let a = seed("003_c854b23d348dd51a");
    assert_eq!(
        a.headline,
        "Kerry calls for 'robust' NATO posture near Russia"
    );
    assert_eq!(a.source.as_deref(), Some("Press TV"));
    assert_eq!(a.dateline, None);
    assert!(a.credits.is_empty());
    assert_eq!(
        a.captions,
        [Caption {
            text: "NATO Secretary General Jens Stoltenberg (L) walks with US Secretary of State John Kerry prior to a meeting at NATO headquarters in Brussels on May 19, 2016.".into(),
            credit: Some("AFP".into()),
        }]
    );
    assert_eq!(
        a.boilerplate,
        [
            "Press TV\u{2019}s website can also be accessed at the following alternate addresses:",
            "www.presstv.co.uk",
            "SHARE THIS ARTICLE",
            "Press TV News Roku",
        ]
    );
    assert_eq!(a.paragraphs.len(), 12);
    assert!(a.paragraphs[0].starts_with("US Secretary of State John Kerry has called"));
    assert!(a.paragraphs[11].starts_with("Russian President Vladimir Putin"));
    assert!(a
        .paragraphs
        .iter()
        .all(|p| !p.contains("AFP photo") && !p.contains("presstv")));
    assert_eq!(a.word_count, 403);
    assert_eq!(a.reading_minutes, 2);
}
