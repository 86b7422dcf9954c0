//! The collection that `build.rs` parsed, indexed and embedded, and the articles the reader
//! added to it (in this visit, or kept from earlier ones: see `storage.rs`).

use crate::turns::{now_ms, Steps};
use clippings_core::import::{restore, Import, Imported, Kept};
use clippings_core::{Corpus, Query, SearchOptions, SearchResult};
use std::cell::RefCell;
use std::rc::Rc;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

thread_local! {
    static CURRENT: RefCell<Option<Rc<Corpus>>> = const { RefCell::new(None) };
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

/// The collection `build.rs` embedded, without any added article, read from its bytes.
fn embedded() -> Corpus {
    Corpus::from_bytes(EMBEDDED).expect("build.rs embeds a corpus that this same core wrote")
}

/// Adds the files (name and bytes) to the collection; says what became of each, and gives the
/// added articles as the browser keeps them. The files are read and parsed a few at a time, the
/// page drawing and answering between the steps (search goes on over the collection as it
/// was); their articles then join the collection in one merge (`Corpus::with_added`).
/// `on_step` hears how many files have been read after each step.
pub async fn add_files(
    files: Vec<(String, Vec<u8>)>,
    on_step: impl Fn(usize),
) -> (Imported, Vec<Kept>) {
    let mut import = Import::new(&corpus());
    let mut steps = Steps::new();
    let count = files.len();
    for (i, file) in files.into_iter().enumerate() {
        import.read([file]);
        let read = i + 1;
        // After the last file too: the count shows all of them read while the merge runs.
        if steps.due() || read == count {
            on_step(read);
            steps.next().await;
        }
    }
    let (grown, outcome, kept) = import.finish(&corpus());
    if !outcome.added.is_empty() {
        replace(grown);
    }
    (outcome, kept)
}

/// Adds back the articles kept from earlier visits; gives the ids that came back.
pub fn add_kept(kept: Vec<Kept>) -> Vec<String> {
    let (grown, restored) = restore(&corpus(), kept);
    if !restored.is_empty() {
        replace(grown);
    }
    restored
}

/// Takes the added articles with these ids out of the collection; gives the ids it took out (an
/// id that is not an added article is left alone).
pub fn remove_added(ids: &[String]) -> Vec<String> {
    let corpus = corpus();
    let removed: Vec<String> = ids
        .iter()
        .filter(|id| corpus.is_added(id))
        .cloned()
        .collect();
    if !removed.is_empty() {
        // The embedded collection read again, with the added articles that stay merged into it:
        // a merge of a few articles, where `Corpus::without` would build the whole collection
        // anew (seconds on thousands of articles).
        let staying: Vec<_> = corpus
            .added()
            .iter()
            .filter(|a| !removed.contains(&a.id))
            .cloned()
            .collect();
        let base = embedded();
        replace(if staying.is_empty() {
            base
        } else {
            base.with_added(staying)
        });
    }
    removed
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
