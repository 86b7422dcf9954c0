use crate::state::Route;
use clippings_core::search::FilterChip;
use clippings_core::{EntityMention, Field, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnotatedTextProps {
    /// The paragraph cut at the query's hits.
    pub segments: Vec<Segment>,
    /// The names in this paragraph (character offsets), drawn as links when `show_names`.
    pub mentions: Vec<EntityMention>,
    pub show_names: bool,
    pub route: Route,
}

/// A paragraph with the query's hits marked and, on request, its people, places and
/// organisations as links that filter by them. Built as nodes: article text is never HTML.
#[component]
pub fn AnnotatedText(props: &AnnotatedTextProps) -> Html {
    let text: String = props.segments.iter().map(|s| s.text.as_str()).collect();
    // Character offsets to byte offsets, once per paragraph.
    let mut byte_of_char: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_of_char.push(text.len());
    let byte = |c: u32| byte_of_char.get(c as usize).copied().unwrap_or(text.len());
    let names: Vec<(usize, usize, &EntityMention)> = if props.show_names {
        props
            .mentions
            .iter()
            .map(|m| (byte(m.start), byte(m.end), m))
            .filter(|(s, e, _)| s < e)
            .collect()
    } else {
        Vec::new()
    };
    // Every boundary of a hit or a name cuts the text into pieces.
    let mut cuts = vec![0, text.len()];
    let mut at = 0;
    let mut hits = Vec::new();
    for s in &props.segments {
        cuts.push(at);
        if s.hit {
            hits.push((at, at + s.text.len()));
        }
        at += s.text.len();
    }
    for (s, e, _) in &names {
        cuts.push(*s);
        cuts.push(*e);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (start, end) = (w[0], w[1]);
            let piece = text[start..end].to_owned();
            let hit = hits.iter().any(|&(s, e)| s <= start && end <= e);
            let inner = if hit { html! { <mark>{ piece }</mark> } } else { html! { { piece } } };
            match names.iter().find(|(s, e, _)| *s <= start && end <= *e) {
                Some((_, _, m)) => {
                    let filter = FilterChip::new(Field::from(m.kind), m.name.clone());
                    html! {
                        <a class={classes!("entity", m.kind.name())}
                            href={props.route.toggling(&filter).to_href()}
                            title={format!("{}: {} \u{2014} show the articles that name it", m.kind.label(), m.name)}>
                            { inner }
                        </a>
                    }
                }
                None => inner,
            }
        })
        .collect()
}
