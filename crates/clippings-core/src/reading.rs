//! An article as the reader draws it with a query: the headline and each paragraph cut into
//! spans at the query's hits and at the names the article mentions, ready to draw.

use crate::article::{Article, EntityKind, EntityMention};
use crate::search::{Query, Segment};
use serde::{Deserialize, Serialize};

/// A run of an article's text: whether the query hits it, and the name it is part of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    pub hit: bool,
    pub name: Option<NameMark>,
}

/// A name in the text: what it names and its canonical form (as in the article's `entities`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameMark {
    pub kind: EntityKind,
    pub name: String,
}

/// The article's headline with the query's hits, and each paragraph as spans.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub headline: Vec<Segment>,
    pub paragraphs: Vec<Vec<Span>>,
}

impl Reading {
    pub fn new(article: &Article, query: &Query) -> Reading {
        Reading {
            headline: query.segments(&article.headline),
            paragraphs: article
                .paragraphs
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    let mentions = article
                        .mentions
                        .iter()
                        .filter(|m| m.paragraph as usize == i);
                    spans(text, &query.segments(text), mentions)
                })
                .collect(),
        }
    }
}

/// `text` cut at every edge of a hit (from `segments`, which cover `text`) and of a name
/// (mentions count characters, not bytes). A name that overlaps another is left out.
fn spans<'a>(
    text: &str,
    segments: &[Segment],
    mentions: impl Iterator<Item = &'a EntityMention>,
) -> Vec<Span> {
    let mut byte_of_char: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_of_char.push(text.len());
    let byte = |c: u32| byte_of_char.get(c as usize).copied().unwrap_or(text.len());
    let mut names: Vec<(usize, usize, &EntityMention)> = mentions
        .map(|m| (byte(m.start), byte(m.end), m))
        .filter(|(s, e, _)| s < e)
        .collect();
    names.sort_by_key(|&(s, e, _)| (s, e));
    let mut end_of_last = 0;
    names.retain(|&(s, e, _)| {
        let keep = s >= end_of_last;
        if keep {
            end_of_last = e;
        }
        keep
    });
    let mut cuts = vec![0, text.len()];
    let mut hits = Vec::new();
    let mut at = 0;
    for segment in segments {
        cuts.push(at);
        if segment.hit {
            hits.push((at, at + segment.text.len()));
        }
        at += segment.text.len();
    }
    for &(s, e, _) in &names {
        cuts.extend([s, e]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (start, end) = (w[0], w[1]);
            Span {
                text: text[start..end].to_owned(),
                hit: hits.iter().any(|&(s, e)| s <= start && end <= e),
                name: names
                    .iter()
                    .find(|&&(s, e, _)| s <= start && end <= e)
                    .map(|(_, _, m)| NameMark {
                        kind: m.kind,
                        name: m.name.to_string(),
                    }),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Corpus;

    #[test]
    fn a_paragraph_is_cut_at_hits_and_names_and_its_spans_join_back_into_it() {
        let corpus = Corpus::from_texts([(
            "a",
            "Talks in Zürich\n\nIn Zürich, Ann Example said the talks would go on.\n",
        )]);
        let article = corpus.article("a").unwrap();
        let reading = Reading::new(article, &corpus.query("talks"));
        assert!(reading.headline.iter().any(|s| s.hit && s.text == "Talks"));
        let paragraph = &reading.paragraphs[0];
        let joined: String = paragraph.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, article.paragraphs[0]);
        let named: Vec<(&str, EntityKind)> = paragraph
            .iter()
            .filter_map(|s| s.name.as_ref().map(|n| (s.text.as_str(), n.kind)))
            .collect();
        assert_eq!(
            named,
            [
                ("Zürich", EntityKind::Place),
                ("Ann Example", EntityKind::Person)
            ]
        );
        let hits: Vec<&str> = paragraph
            .iter()
            .filter(|s| s.hit)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(hits, ["talks"]);
    }

    #[test]
    fn a_name_and_a_hit_that_overlap_become_a_hit_inside_the_name() {
        let mention = EntityMention {
            paragraph: 0,
            start: 0,
            end: 11,
            kind: EntityKind::Person,
            name: "Ann Example".into(),
        };
        let segments = [
            Segment {
                text: "Ann ".into(),
                hit: false,
            },
            Segment {
                text: "Example".into(),
                hit: true,
            },
            Segment {
                text: " spoke".into(),
                hit: false,
            },
        ];
        let spans = spans("Ann Example spoke", &segments, [&mention].into_iter());
        let drawn: Vec<(&str, bool, bool)> = spans
            .iter()
            .map(|s| (s.text.as_str(), s.hit, s.name.is_some()))
            .collect();
        assert_eq!(
            drawn,
            [
                ("Ann ", false, true),
                ("Example", true, true),
                (" spoke", false, false)
            ]
        );
    }

    #[test]
    fn mentions_past_the_text_or_overlapping_another_draw_no_name() {
        let mention = |start, end| EntityMention {
            paragraph: 0,
            start,
            end,
            kind: EntityKind::Place,
            name: "X".into(),
        };
        let segments = [Segment {
            text: "short".into(),
            hit: false,
        }];
        let (outside, first, overlapping) = (mention(40, 50), mention(0, 3), mention(2, 5));
        let spans = spans(
            "short",
            &segments,
            [&outside, &first, &overlapping].into_iter(),
        );
        let drawn: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| (s.text.as_str(), s.name.is_some()))
            .collect();
        assert_eq!(drawn, [("sho", true), ("rt", false)]);
    }
}
