//! The collection that `build.rs` parsed, indexed and embedded, and the articles the reader
//! added to it (in this visit, or kept from earlier ones: see `storage.rs`).

use crate::turns::{now_ms, Steps};
use clippings_core::import::{Import, Imported, Kept, Restoring};
use clippings_core::Article;
use clippings_core::{Corpus, Directory, Query, SearchOptions, SearchResult, HELD_ARTICLES};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The collection's bytes, at an address that four divides: its word streams are aligned within
/// it, so that the core reads them where they lie, as `u16`s or `u32`s, instead of decoding a
/// copy of them (`Streams::from_le_bytes` in the core; BBC: 1.75 MB less memory).
static EMBEDDED: &Aligned<[u8]> =
    &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin")));

#[repr(C, align(4))]
struct Aligned<Bytes: ?Sized>(Bytes);

/// For a collection built in parts, its directory; empty for one embedded whole (build.rs).
static DIRECTORY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/directory.bin"));

thread_local! {
    static CURRENT: RefCell<Option<Rc<Corpus>>> = const { RefCell::new(None) };
    /// The directory, read on first use: `Some(None)` once read for a collection embedded whole.
    static READ_DIRECTORY: RefCell<Option<Option<Rc<Directory>>>> = const { RefCell::new(None) };
}

/// The collection as it is now: the embedded one, with any imported articles.
pub fn corpus() -> Rc<Corpus> {
    CURRENT.with(|current| {
        current
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(embedded()))
            .clone()
    })
}

/// The collection `build.rs` embedded, without any added article, read from its bytes. Its
/// text stays where it lies in the Wasm's data, borrowed rather than copied onto the heap.
fn embedded() -> Corpus {
    Corpus::from_static_bytes(&EMBEDDED.0)
        .expect("build.rs embeds a corpus that this same core wrote")
}

/// Adds the files (name and bytes) to the collection; says what became of each, and gives the
/// added articles as the browser keeps them. The files are read and parsed a few at a time (a
/// large one in many steps), the page drawing and answering between the steps (search goes on
/// over the collection as it was); their articles then join the collection in a merge cut into
/// steps too (`Corpus::adding`).
/// `on_step` hears how many files have been read after each step.
pub async fn add_files(
    files: Vec<(String, Vec<u8>)>,
    on_step: impl Fn(usize),
) -> (Imported, Vec<Kept>) {
    let mut import = Import::new(&corpus());
    let mut steps = Steps::new();
    let count = files.len();
    for (i, file) in files.into_iter().enumerate() {
        // A large file's parse takes many steps: it pauses inside (`parse_pausing`).
        import.read_pausing([file], &mut steps).await;
        let read = i + 1;
        // After the last file too: the count shows all of them read while the merge runs.
        if steps.due() || read == count {
            on_step(read);
            steps.next().await;
        }
    }
    // The merge too goes a step at a time. Should another import finish while it runs, the
    // articles are merged again, into the collection that import left.
    loop {
        let base = corpus();
        // Should an id have been taken meanwhile, its article is read again under another,
        // pausing as it was read (`articles_for_pausing`).
        let (articles, outcome, kept) = import.articles_for_pausing(&base, &mut steps).await;
        if articles.is_empty()
            || replaced(&base, merged_in_steps(&base, articles, &mut steps).await)
        {
            return (outcome, kept);
        }
        import = Import::resumed_pausing(outcome, kept, &mut steps).await;
    }
}

/// Adds back the articles kept from earlier visits; gives the ids that came back. As
/// [`add_files`] does, they are read and merged a step at a time (thousands of them are seconds
/// of work at start-up), search answering over the collection as it was meanwhile.
pub async fn add_kept(kept: Vec<Kept>) -> Vec<String> {
    // A turn for the page first: the task that handed the records over has spent tens of
    // milliseconds on them already (the browser decoding them, `storage::load` copying them).
    let mut steps = Steps::new();
    steps.next().await;
    let mut kept = kept;
    loop {
        let base = corpus();
        let mut restoring = Restoring::new(&base, kept);
        while restoring.parse_next_pausing(&mut steps).await {
            if steps.due() {
                steps.next().await;
            }
        }
        let (articles, restored) = restoring.articles();
        let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
        if articles.is_empty()
            || replaced(&base, merged_in_steps(&base, articles, &mut steps).await)
        {
            return ids;
        }
        // An import or a removal changed the collection meanwhile: read them again for it.
        kept = restored;
    }
}

/// `into` with the articles merged in a step at a time (`Corpus::adding`), the page drawing and
/// answering between the steps.
async fn merged_in_steps(into: &Corpus, articles: Vec<Article>, steps: &mut Steps) -> Corpus {
    let mut adding = into.adding(articles);
    loop {
        // A long article's share of a step pauses inside it too (`step_pausing`).
        if let Some(grown) = adding.step_pausing(steps).await {
            return grown;
        }
        if steps.due() {
            steps.next().await;
        }
    }
}

/// Makes `changed` the current collection, unless the collection is no longer `base` (another
/// import or a removal finished while `changed` was made from it): then nothing changes, and
/// false says that the caller must start again from the collection as it is now.
fn replaced(base: &Rc<Corpus>, changed: Corpus) -> bool {
    if !Rc::ptr_eq(base, &corpus()) {
        return false;
    }
    replace(changed);
    true
}

/// Takes the added articles with these ids out of the collection; gives the ids it took out (an
/// id that is not an added article is left alone). The embedded collection is read again and the
/// added articles that stay are merged into it a step at a time (`Corpus::without` would build
/// the whole collection anew: seconds on thousands of articles), the page answering meanwhile
/// over the collection as it was.
pub async fn remove_added(ids: &[String]) -> Vec<String> {
    let ids: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut steps = Steps::new();
    loop {
        let current = corpus();
        let (removed, staying): (Vec<&Article>, Vec<&Article>) = current
            .added()
            .iter()
            .partition(|a| ids.contains(a.id.as_str()));
        if removed.is_empty() {
            return Vec::new();
        }
        let removed: Vec<String> = removed.into_iter().map(|a| a.id.clone()).collect();
        let staying: Vec<Article> = staying.into_iter().cloned().collect();
        let base = embedded();
        let smaller = if staying.is_empty() {
            base
        } else {
            merged_in_steps(&base, staying, &mut steps).await
        };
        if replaced(&current, smaller) {
            return removed;
        }
        // An import or another removal changed the collection meanwhile: start again from it.
    }
}

/// The ids of every added article.
pub fn added_ids() -> Vec<String> {
    corpus().added().iter().map(|a| a.id.clone()).collect()
}

fn replace(corpus: Corpus) {
    CURRENT.with(|current| *current.borrow_mut() = Some(Rc::new(corpus)));
}

/// Searches the embedded collection and says how long it took (parsing included), for the page
/// and for JavaScript alike. The parsed query comes back too, for marking the text it matches
/// (its last word a prefix as `options.prefix` says, the same for the marks as for the hits).
pub fn search(query: &str, options: SearchOptions) -> (Query, SearchResult) {
    let started = now_ms();
    let corpus = corpus();
    let parsed = corpus.query_with(query, options.prefix);
    let mut result = corpus.search_parsed(&parsed, query, options);
    result.took_ms = (now_ms() - started).max(0.0);
    (parsed, result)
}

/// The directory of a collection built in parts; `None` for one embedded whole.
pub fn directory() -> Option<Rc<Directory>> {
    READ_DIRECTORY.with(|read| {
        read.borrow_mut()
            .get_or_insert_with(|| {
                (!DIRECTORY.is_empty()).then(|| {
                    Rc::new(
                        Directory::from_bytes(DIRECTORY)
                            .expect("build.rs embeds a directory that this same core wrote"),
                    )
                })
            })
            .clone()
    })
}

/// What a collection in parts holds for a query, and what the page should fetch for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartsFor {
    pub total: usize,
    pub here: usize,
    /// Whether the query has words, which name the parts it needs; one without words (all
    /// articles, filters alone) may be answered by any part.
    pub words: bool,
    /// How many parts the query's words need, and how many of them a page cannot hold beside
    /// the others (`HELD_ARTICLES`): its answer comes from the rest, the most promising.
    pub needed: usize,
    pub left_out: usize,
    /// The parts to fetch for it, most promising first, and the parts here to let go for them.
    pub fetch: Vec<usize>,
    pub drop: Vec<usize>,
    /// The bytes of every part not here: what fetching the rest of the collection costs.
    pub rest_bytes: usize,
    /// Whether the whole collection fits in what a page holds, so that every part may be
    /// fetched into it; otherwise the parts can only be kept for offline use.
    pub fits: bool,
}

/// For a collection in parts, what it holds for the query (its last word a prefix when
/// `prefix`) and what to fetch for it; `None` for a collection embedded whole.
pub fn parts_for(query: &str, prefix: bool) -> Option<PartsFor> {
    let directory = directory()?;
    let here = corpus();
    let plan = directory.plan(query, prefix, here.parts_here(), HELD_ARTICLES);
    let rest_bytes = parts_not_here()
        .into_iter()
        .map(|n| directory.parts()[n].bytes)
        .sum();
    let words = plan.is_some();
    let plan = plan.unwrap_or_default();
    Some(PartsFor {
        total: directory.parts().len(),
        here: here.parts_here().len(),
        words,
        needed: plan.needed,
        left_out: plan.left_out,
        fetch: plan.fetch,
        drop: plan.drop,
        rest_bytes,
        fits: directory.article_count() <= HELD_ARTICLES,
    })
}

/// The parts of a collection in parts that the page does not hold yet.
pub fn parts_not_here() -> Vec<usize> {
    let Some(directory) = directory() else {
        return Vec::new();
    };
    let here = corpus();
    (0..directory.parts().len())
        .filter(|n| here.parts_here().binary_search(n).is_err())
        .collect()
}

/// What became of fetching parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    pub fetched: usize,
    /// Parts that could not be fetched (offline and never kept, or the server failing).
    pub failed: usize,
}

/// Fetches the parts `fetch`, all requests started at once (the browser queues them), then
/// lets the parts `drop` go and puts the new ones in the collection.
pub async fn fetch_parts(fetch: Vec<usize>, drop: Vec<usize>) -> Fetched {
    let Some(directory) = directory() else {
        return Fetched::default();
    };
    let started: Vec<(usize, Option<js_sys::Promise>)> = fetch
        .iter()
        .map(|&n| {
            (
                n,
                directory.parts().get(n).and_then(|p| start_fetch(&p.name)),
            )
        })
        .collect();
    let mut fetched = Vec::new();
    let mut failed = 0;
    for (number, request) in started {
        match bytes_of(request).await {
            Some(bytes) => fetched.push((number, bytes)),
            None => failed += 1,
        }
    }
    let mut read = Vec::with_capacity(fetched.len());
    for (number, bytes) in fetched {
        match directory.read_part(number, &bytes) {
            Ok(part) => read.push(part),
            Err(error) => {
                let message = format!("part {number} of the collection refused: {error}");
                web_sys::console::warn_1(&message.into());
                failed += 1;
            }
        }
    }
    let came = read.len();
    if came == 0 {
        // Nothing to make room for: the parts here stay (offline, say).
        return Fetched { fetched: 0, failed };
    }
    // The collection is taken, not copied, while parts join it: the page holds one at a time.
    let here = CURRENT
        .with(|current| current.borrow_mut().take())
        .unwrap_or_else(|| Rc::new(embedded()));
    let grown = Rc::unwrap_or_clone(here)
        .without_parts(&directory, &drop)
        .with_read_parts(&directory, read);
    replace(grown);
    Fetched {
        fetched: came,
        failed,
    }
}

/// Fetches every part not here without reading it, so that the service worker keeps it: the
/// whole collection then answers offline, a search reading the parts it needs from the
/// worker's copies. Gives how many came and how many could not be fetched.
pub async fn keep_every_part() -> Fetched {
    let Some(directory) = directory() else {
        return Fetched::default();
    };
    let started: Vec<Option<js_sys::Promise>> = parts_not_here()
        .into_iter()
        .map(|n| start_fetch(&directory.parts()[n].name))
        .collect();
    let mut kept = Fetched::default();
    for request in started {
        match bytes_of(request).await {
            Some(_) => kept.fetched += 1,
            None => kept.failed += 1,
        }
    }
    kept
}

/// Asks for the part with this file name: the service worker answers with its copy, or fetches
/// it and keeps it.
fn start_fetch(name: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(&format!("parts/{name}")))
}

/// The bytes a part's request gives; `None` when it failed (offline and never kept, or the
/// server failing).
async fn bytes_of(request: Option<js_sys::Promise>) -> Option<Vec<u8>> {
    let response = JsFuture::from(request?)
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
