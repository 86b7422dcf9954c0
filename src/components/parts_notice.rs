use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PartsNoticeProps {
    /// The collection's parts, and how many of them the page holds.
    pub total: usize,
    pub here: usize,
    /// Whether the query has words (which name the parts it needs).
    pub words: bool,
    /// The parts the query's words need, and how many of them the page leaves out because it
    /// cannot hold them beside the others.
    pub needed: usize,
    pub left_out: usize,
    /// The parts the query's words need that the page does not hold.
    pub missing: usize,
    /// Parts being fetched now.
    pub fetching: usize,
    /// Parts of the last ones asked for that could not be fetched.
    pub failed: usize,
    /// The bytes of the parts not here.
    pub rest_bytes: usize,
    /// Whether the whole collection fits in the page (else its parts can only be kept offline).
    pub fits: bool,
    /// Fetches every part the page does not hold: into the page when the collection fits, else
    /// only for the service worker to keep for offline use.
    pub on_fetch_all: Callback<MouseEvent>,
}

/// For a collection built in parts: what the results are made of, when it is not the whole
/// collection. While parts come, it says so; when the parts a search needs could not be
/// fetched (offline, never fetched before), it says that the results lack them, rather than
/// showing fewer results as if they were all; a search without words is answered from the
/// parts here, and the reader may fetch the rest.
#[component]
pub fn PartsNotice(props: &PartsNoticeProps) -> Html {
    let label = if props.fits {
        "Fetch every part"
    } else {
        "Keep every part for offline use"
    };
    let fetch_all = (props.here < props.total).then(|| {
        html! {
            <button type="button" onclick={props.on_fetch_all.clone()}>
                { format!("{label} ({})", megabytes(props.rest_bytes)) }
            </button>
        }
    });
    let parts = |n: usize| if n == 1 { "part" } else { "parts" };
    if props.fetching > 0 {
        return html! {
            <p class="parts-notice" role="status">
                { format!("Fetching {} {} of the collection…", props.fetching, parts(props.fetching)) }
            </p>
        };
    }
    if props.words && props.missing > 0 && props.failed > 0 {
        return html! {
            <p class="parts-notice unavailable" role="alert">
                { format!(
                    "This search needs {} {} of the collection that could not be fetched: you may be offline, and {} never fetched on this device. The results below come only from the {} of {} parts here.",
                    props.missing,
                    parts(props.missing),
                    if props.missing == 1 { "it was" } else { "they were" },
                    props.here,
                    props.total
                ) }
            </p>
        };
    }
    if props.words && props.left_out > 0 {
        return html! {
            <p class="parts-notice" role="status">
                { format!(
                    "The words of this search are in {} parts of the collection, more than a page holds at once: the results come from the {} parts most likely to hold matches. ",
                    props.needed, props.needed - props.left_out
                ) }
                { fetch_all }
            </p>
        };
    }
    if !props.words && props.here < props.total {
        return html! {
            <p class="parts-notice" role="status">
                { format!(
                    "{} of the collection's {} parts are on this device. A search with words fetches the parts it needs; this list, its filters and views show the parts here. ",
                    props.here, props.total
                ) }
                { fetch_all }
            </p>
        };
    }
    html! {}
}

/// A size as a reader weighs a download: "12 KB", "2.4 MB", "380 MB".
fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / 1e6;
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else if mb < 10.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{mb:.0} MB")
    }
}
