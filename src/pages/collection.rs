use crate::components::{BarChart, ChartShape, KwicTable, TermList};
use crate::corpus::corpus;
use crate::explorer::use_explorer;
use crate::format::grouped;
use clippings_core::{DatesFrom, Overview, SeriesPoint};
use std::rc::Rc;
use yew::prelude::*;

/// Lines of keyword in context drawn: enough to read a word's uses, few enough to draw at once.
const KWIC_LINES: usize = 200;

/// The matching articles as a whole: a summary, their frequent and distinctive terms, the
/// query's words in context, and charts per source, folder and month.
#[component]
pub fn CollectionPage() -> Html {
    let explorer = use_explorer();
    let route = explorer.route().clone();
    let searched = explorer.searched.clone();
    let key = (route.query.clone(), explorer.collection());
    let overview = {
        let searched = searched.clone();
        use_memo(key.clone(), move |_| corpus().overview(&searched.parsed))
    };
    let kwic = {
        let searched = searched.clone();
        use_memo(key.clone(), move |_| {
            Rc::new(corpus().kwic(&searched.parsed, KWIC_LINES))
        })
    };
    let series = {
        let searched = searched.clone();
        use_memo(key, move |_| corpus().series(&searched.parsed))
    };
    let counted = if series.terms.is_empty() {
        (
            "matching articles",
            count_articles as fn(&SeriesPoint) -> u32,
        )
    } else {
        (
            "occurrences of the query's words",
            count_occurrences as fn(&SeriesPoint) -> u32,
        )
    };
    let points = |series: &[SeriesPoint]| -> Vec<(String, u32)> {
        series
            .iter()
            .map(|p| (p.label.clone(), counted.1(p)))
            .collect()
    };
    html! {
        <main class="view collection-view">
            <section class="summary" aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ "Summary" }</h2>
                { summary(&overview) }
            </section>
            <section class="terms" aria-labelledby="terms-heading">
                <h2 id="terms-heading">{ "Terms" }</h2>
                <div class="term-columns">
                    <TermList title="Most frequent" unit="occurrences" terms={overview.frequent_terms.clone()} />
                    <TermList title="Most distinctive of the matches" unit="occurrences in the matches" terms={overview.distinctive_terms.clone()}
                        empty={if overview.matching == overview.articles { "Every article matches: nothing stands out against the collection." } else { "None." }} />
                </div>
            </section>
            <section class="in-context" aria-labelledby="kwic-heading">
                <h2 id="kwic-heading">{ "Keyword in context" }</h2>
                if route.query.trim().is_empty() {
                    <p class="empty">{ "Search for a word to see every place it is used." }</p>
                } else if kwic.is_empty() {
                    <p class="empty">{ "The query's words are not in the matching articles' text (only in headlines or filters)." }</p>
                } else {
                    <p class="hint">{ format!("{} lines{}", kwic.len(), if kwic.len() == KWIC_LINES { " (the first)" } else { "" }) }</p>
                    <KwicTable lines={(*kwic).clone()} />
                }
            </section>
            <section class="charts" aria-labelledby="charts-heading">
                <h2 id="charts-heading">{ "Where and when" }</h2>
                <div class="chart-grid">
                    if series.by_source.is_empty() {
                        <p class="empty no-sources">{ "No matching article names its source: there is nothing to chart per source." }</p>
                    } else {
                        <BarChart title="Per source" unit={counted.0} shape={ChartShape::Bars} points={points(&series.by_source)} />
                    }
                    if series.by_folder.is_empty() {
                        <p class="empty no-folders">{ "The collection's articles are not in folders: there is nothing to chart per folder." }</p>
                    } else {
                        <BarChart title="Per folder" unit={counted.0} shape={ChartShape::Bars} points={points(&series.by_folder)} />
                    }
                </div>
                { match series.dates_from {
                    DatesFrom::None => html! {
                        <p class="empty no-dates">{ "No article of this collection has a publication date or names a date: there is nothing to chart over time." }</p>
                    },
                    from => html! {
                        <>
                            if from == DatesFrom::Mentioned {
                                <p class="hint">{ "No article has a publication date: months are those of the dates the articles mention." }</p>
                            }
                            <BarChart title="Over time" unit={counted.0} shape={ChartShape::Columns} points={points(&series.by_date)} />
                        </>
                    },
                } }
            </section>
        </main>
    }
}

fn count_articles(point: &SeriesPoint) -> u32 {
    point.matching
}

fn count_occurrences(point: &SeriesPoint) -> u32 {
    point.occurrences
}

fn summary(overview: &Overview) -> Html {
    let dates = match (&overview.first_date, &overview.last_date) {
        (Some(first), Some(last)) if first != last => format!("{first} to {last}"),
        (Some(date), _) | (_, Some(date)) => date.clone(),
        (None, None) => "no publication dates".to_owned(),
    };
    let rows = [
        (
            "Articles",
            format!(
                "{} of {}",
                grouped(overview.matching.into()),
                grouped(overview.articles.into())
            ),
        ),
        ("Words", grouped(overview.words)),
        ("Distinct words", grouped(overview.distinct_words.into())),
        ("Sources", grouped(overview.sources.into())),
        ("Folders", grouped(overview.folders.into())),
        ("Dates", dates),
    ];
    html! {
        <dl class="overview">{ for rows.into_iter().map(|(term, value)| html! {
            <div><dt>{ term }</dt><dd>{ value }</dd></div>
        }) }</dl>
    }
}
