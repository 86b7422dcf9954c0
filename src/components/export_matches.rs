use crate::corpus::search;
use crate::download::{download, json};
use crate::explorer::use_explorer;
use clippings_core::export::hits_csv;
use yew::prelude::*;

/// Downloads every match of the current search (not only the page shown), as JSON (the shape
/// of `clippings.search`'s hits) or CSV.
#[component]
pub fn ExportMatches() -> Html {
    let explorer = use_explorer();
    let total = explorer.searched.result.total as usize;
    if total == 0 {
        return html! {};
    }
    let all_hits = {
        let query = explorer.route().query.clone();
        // The matches as the page shows them (in its order, a word being typed a prefix).
        let options = explorer.search_options(total);
        move || search(&query, options).1.hits
    };
    let as_json = {
        let all_hits = all_hits.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                "clippings-matches.json",
                "application/json",
                &json(&all_hits()),
            )
        })
    };
    let as_csv = Callback::from(move |_: MouseEvent| {
        download("clippings-matches.csv", "text/csv", &hits_csv(&all_hits()))
    });
    html! {
        <div class="export" role="group" aria-label="Download the matches">
            <span class="export-label">{ format!("Download {total} matches:") }</span>
            <button type="button" class="export-json" onclick={as_json}>{ "JSON" }</button>
            <button type="button" class="export-csv" onclick={as_csv}>{ "CSV" }</button>
        </div>
    }
}
