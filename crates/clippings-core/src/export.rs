//! The explorer's downloads as CSV: the current matches and the quotes table. Written by the
//! `csv` crate (RFC 4180 quoting of commas, quotes and line breaks in article text).

use crate::explore::Speaker;
use crate::search::{Hit, Segment};

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return first) gets a leading apostrophe: article text must not become a formula in the
/// reader's spreadsheet (OWASP's advice on CSV injection).
fn inert(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// CSV with a header row; every cell made inert.
fn table<const N: usize>(header: [&str; N], rows: impl IntoIterator<Item = [String; N]>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail, and every row has the header's length.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|c| inert(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The matches, one row each in the order given: id, headline, source, publication date,
/// score and the snippet's text.
pub fn hits_csv(hits: &[Hit]) -> String {
    table(
        ["id", "headline", "source", "published", "score", "snippet"],
        hits.iter().map(|hit| {
            [
                hit.id.clone(),
                hit.headline.clone(),
                hit.source.clone().unwrap_or_default(),
                hit.published.clone().unwrap_or_default(),
                format!("{:.3}", hit.score),
                hit.snippet
                    .iter()
                    .map(|s: &Segment| s.text.as_str())
                    .collect(),
            ]
        }),
    )
}

/// The quotes table: speaker, quote, article id, headline and paragraph (counted from 1, as the
/// page shows it), speakers in the order given.
pub fn quotes_csv(speakers: &[Speaker]) -> String {
    table(
        ["speaker", "quote", "article", "headline", "paragraph"],
        speakers.iter().flat_map(|speaker| {
            speaker.quotes.iter().map(|quote| {
                [
                    speaker.name.clone(),
                    quote.text.clone(),
                    quote.article.clone(),
                    quote.headline.clone(),
                    (quote.paragraph + 1).to_string(),
                ]
            })
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(id: &str, headline: &str, snippet: &str) -> Hit {
        Hit {
            id: id.into(),
            headline: headline.into(),
            source: Some("Example Wire".into()),
            published: None,
            score: 1.5,
            snippet: vec![Segment {
                text: snippet.into(),
                hit: false,
            }],
            paragraphs: vec![],
            copies: vec![],
        }
    }

    #[test]
    fn matches_become_one_csv_row_each_with_commas_quotes_and_line_breaks_quoted() {
        let csv = hits_csv(&[
            hit("world/001", "Talks, at last", "He said \"no\".\nThen left."),
            hit("world/002", "Plain", "text"),
        ]);
        assert_eq!(
            csv,
            "id,headline,source,published,score,snippet\n\
             world/001,\"Talks, at last\",Example Wire,,1.500,\"He said \"\"no\"\".\nThen left.\"\n\
             world/002,Plain,Example Wire,,1.500,text\n"
        );
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_as_a_formula_is_made_inert() {
        let csv = hits_csv(&[hit("a", "=HYPERLINK(\"http://example.org\")", "-1+1")]);
        assert!(csv.contains("'=HYPERLINK"), "{csv}");
        assert!(csv.contains(",'-1+1"), "{csv}");
    }

    #[test]
    fn the_quotes_table_has_a_row_per_quote_with_its_speaker_and_paragraph() {
        use crate::explore::QuoteRef;
        let quote = |text: &str, paragraph| QuoteRef {
            article: "world/001".into(),
            headline: "Talks".into(),
            paragraph,
            text: text.into(),
        };
        let csv = quotes_csv(&[
            Speaker {
                name: "Ann Example".into(),
                quotes: vec![quote("We will, and soon", 0), quote("No", 3)],
                quote_count: 2,
            },
            Speaker {
                name: "Bo Sample".into(),
                quotes: vec![quote("+1 for that", 1)],
                quote_count: 1,
            },
        ]);
        assert_eq!(
            csv,
            "speaker,quote,article,headline,paragraph\n\
             Ann Example,\"We will, and soon\",world/001,Talks,1\n\
             Ann Example,No,world/001,Talks,4\n\
             Bo Sample,'+1 for that,world/001,Talks,2\n"
        );
    }

    #[test]
    fn no_matches_give_the_header_alone() {
        assert_eq!(
            hits_csv(&[]),
            "id,headline,source,published,score,snippet\n"
        );
    }
}
