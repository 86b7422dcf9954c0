use super::FacetValue;
use crate::state::Route;
use clippings_core::filters_text::has;
use clippings_core::text::fold;
use clippings_core::Field;
use clippings_core::FilterChip;
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Values shown for each facet before "Show all"; the counts cover all matches.
pub const SHOWN_PER_FACET: usize = 6;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub title: AttrValue,
    pub field: Field,
    /// Each value among the matches and how many have it.
    pub values: BTreeMap<String, u32>,
    pub route: Route,
}

/// One facet: the query's own filters of this field first (an excluded value has no matches
/// left to count), then the commonest values and "Show all (N)" for the rest. A box narrows
/// the values to those holding what is typed in it.
#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let narrowing = use_state(String::new);
    let field = props.field;
    let filters: Vec<FilterChip> = props
        .route
        .filters()
        .into_iter()
        .filter(|chip| chip.field == field)
        .map(|chip| FilterChip {
            negated: false,
            ..chip
        })
        .collect();
    let mut filters_seen = std::collections::HashSet::new();
    let filters: Vec<FilterChip> = filters
        .into_iter()
        .filter(|chip| filters_seen.insert(chip.value.clone()))
        .collect();
    let query = &props.route.query;
    let mut others: Vec<(&str, u32)> = props
        .values
        .iter()
        .map(|(name, count)| (name.as_str(), *count))
        .filter(|(name, _)| {
            let chip = FilterChip::new(field, *name);
            !has(query, &chip) && !has(query, &chip.opposite())
        })
        .collect();
    others.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let needle = fold(narrowing.trim());
    if !needle.is_empty() {
        others.retain(|(name, _)| fold(name).contains(&needle));
    }
    let value = |name: &str, count: Option<u32>| {
        html! {
            <FacetValue filter={FilterChip::new(field, name)} {count} route={props.route.clone()} />
        }
    };
    let on_narrow = {
        let narrowing = narrowing.clone();
        Callback::from(move |e: InputEvent| {
            narrowing.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let (top, rest) = if needle.is_empty() {
        others.split_at(others.len().min(SHOWN_PER_FACET))
    } else {
        (&others[..], &[][..])
    };
    let total = props.values.len();
    html! {
        <div class={classes!("facet-group", field.keyword())}>
            <h2>{ props.title.clone() }</h2>
            if total > SHOWN_PER_FACET {
                <input class="facet-narrow" type="search" value={(*narrowing).clone()} oninput={on_narrow}
                    aria-label={format!("Narrow {}", props.title)} placeholder="Narrow\u{2026}"
                    autocomplete="off" spellcheck="false" />
            }
            <ul>
                { for filters.iter().map(|chip| value(&chip.value, props.values.get(&chip.value).copied())) }
                { for top.iter().map(|(name, count)| value(name, Some(*count))) }
            </ul>
            if !rest.is_empty() {
                <details class="facet-more">
                    <summary>{ format!("Show all ({total})") }</summary>
                    <ul>{ for rest.iter().map(|(name, count)| value(name, Some(*count))) }</ul>
                </details>
            }
            if !needle.is_empty() && others.is_empty() {
                <p class="facet-none">{ "None of these hold that." }</p>
            }
        </div>
    }
}
