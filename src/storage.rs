//! The articles the reader added, kept in the browser (IndexedDB) from one visit to the next.
//!
//! Every function here can fail: a browser may refuse storage to a page opened from `file://`,
//! in a private window or in a sandboxed frame, and storage can be full. The page then works as
//! before, for the visit only, and says why ([`NotKept`]).

use clippings_core::import::Kept;
use js_sys::{Array, Object, Promise, Reflect};
use std::fmt;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "clippings";
/// Raised when the database's shape changes (`upgradeneeded` makes the store).
const VERSION: u32 = 1;
/// One record per added article: `{ id, text, order }`, keyed by `id`.
const STORE: &str = "added";
/// How many records one task of [`keep`] writes, or of [`forget`] deletes: 10,000 short records
/// written in one task took 119–232 ms (issue 14's measurements), past the 50 ms after which a
/// task is long.
const RECORDS_PER_STEP: usize = 1_000;

/// Why added articles are not kept; said in words to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// No IndexedDB here, or the browser refuses it to this page.
    Unavailable,
    /// `QuotaExceededError`: the browser's storage for this page is full.
    Full,
    /// Any other error, as the browser named it.
    Failed(String),
}

impl fmt::Display for NotKept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotKept::Unavailable => {
                f.write_str("this browser does not allow storage for this page")
            }
            NotKept::Full => f.write_str("the browser's storage for this page is full"),
            NotKept::Failed(why) => write!(f, "the browser's storage failed ({why})"),
        }
    }
}

/// The articles kept from earlier visits, in the order they were added.
pub async fn load() -> Result<Vec<Kept>, NotKept> {
    let database = open().await?;
    let store = database
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .map_err(failure)?;
    let all = request(store.get_all().map_err(failure)?).await?;
    let mut records: Vec<(f64, Kept)> = Array::from(&all)
        .iter()
        .filter_map(|record| {
            let field = |name: &str| Reflect::get(&record, &name.into()).ok();
            Some((
                field("order").and_then(|o| o.as_f64()).unwrap_or(0.0),
                Kept {
                    id: field("id")?.as_string()?,
                    text: field("text")?.as_string()?,
                },
            ))
        })
        .collect();
    records.sort_by(|a, b| a.0.total_cmp(&b.0));
    database.close();
    Ok(records.into_iter().map(|(_, kept)| kept).collect())
}

/// Writes the articles, after the ones already kept; all of them or none. Their records are
/// made a few at a time, the page drawing and answering between the steps (thousands of added
/// files are megabytes of text to copy out of the Wasm), then written in one transaction,
/// [`RECORDS_PER_STEP`] at a time.
pub async fn keep(kept: &[Kept]) -> Result<(), NotKept> {
    // Milliseconds since 1970 order one import after another; the index orders its files.
    let now = js_sys::Date::now();
    let mut records = Vec::with_capacity(kept.len());
    let mut steps = crate::turns::Steps::new();
    for (i, article) in kept.iter().enumerate() {
        let record = Object::new();
        for (name, value) in [
            ("id", JsValue::from_str(&article.id)),
            ("text", JsValue::from_str(&article.text)),
            ("order", JsValue::from_f64(now + i as f64 / 1e4)),
        ] {
            Reflect::set(&record, &name.into(), &value).map_err(failure)?;
        }
        records.push(record);
        if steps.due() {
            steps.next().await;
        }
    }
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(failure)?;
    let store = transaction.object_store(STORE).map_err(failure)?;
    let written = in_steps(&records, |record| store.put(record)).await;
    finish(database, transaction, written).await
}

/// Deletes the articles with these ids, all of them or none, [`RECORDS_PER_STEP`] at a time
/// as [`keep`] writes them.
pub async fn forget(ids: &[String]) -> Result<(), NotKept> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(failure)?;
    let store = transaction.object_store(STORE).map_err(failure)?;
    let deleted = in_steps(ids, |id| store.delete(&JsValue::from_str(id))).await;
    finish(database, transaction, deleted).await
}

/// Makes one request of the transaction for each item, [`RECORDS_PER_STEP`] in one task.
/// Waiting for a batch's last request gives the page its turn (each request copies what it
/// writes at once); the transaction stays open because the next batch is made as that request
/// succeeds, so the requests stay all or nothing. A request that fails undoes the others
/// (`request` keeps its error from doing so).
async fn in_steps<T>(
    items: &[T],
    make: impl Fn(&T) -> Result<IdbRequest, JsValue>,
) -> Result<(), NotKept> {
    let batches: Vec<&[T]> = items.chunks(RECORDS_PER_STEP).collect();
    for (i, batch) in batches.iter().enumerate() {
        let mut last = None;
        for item in *batch {
            last = Some(make(item).map_err(failure)?);
        }
        if let (Some(last), true) = (last, i + 1 < batches.len()) {
            request(last).await?;
        }
    }
    Ok(())
}

/// Waits for the transaction to finish, or aborts it when its requests failed; closes the
/// database either way.
async fn finish(
    database: IdbDatabase,
    transaction: web_sys::IdbTransaction,
    requests: Result<(), NotKept>,
) -> Result<(), NotKept> {
    let done = match requests {
        Ok(()) => finished(&transaction).await,
        Err(error) => {
            let _ = transaction.abort();
            Err(error)
        }
    };
    database.close();
    done
}

async fn open() -> Result<IdbDatabase, NotKept> {
    // `indexedDB` itself throws (SecurityError) where the page may not store anything.
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(NotKept::Unavailable)?;
    let opening = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| NotKept::Unavailable)?;
    let upgrade = Closure::once(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            if !database.object_store_names().contains(STORE) {
                let parameters = IdbObjectStoreParameters::new();
                parameters.set_key_path(&JsValue::from_str("id"));
                let _ = database.create_object_store_with_optional_parameters(STORE, &parameters);
            }
        }
    });
    opening.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = request(opening.clone().into()).await;
    opening.set_onupgradeneeded(None);
    drop(upgrade);
    // Opening fails (InvalidStateError and the like) where the browser keeps nothing.
    opened
        .map_err(|error| match error {
            NotKept::Full => NotKept::Full,
            _ => NotKept::Unavailable,
        })?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| NotKept::Unavailable)
}

/// The request's result once it succeeds.
async fn request(request: IdbRequest) -> Result<JsValue, NotKept> {
    let promise = Promise::new(&mut |resolve, reject| {
        let succeeded = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &succeeded.result().unwrap_or_default());
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            // Handled here: not also an error on the transaction and the window.
            event.prevent_default();
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or_default());
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(failure)
}

/// Waits for a write to be committed: `complete`, or `abort` with the error that stopped it (a
/// full quota surfaces here, not on the request).
async fn finished(transaction: &web_sys::IdbTransaction) -> Result<(), NotKept> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let aborted = transaction.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = aborted.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or_default());
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(drop).map_err(failure)
}

/// A browser error in words: its name (`QuotaExceededError` is [`NotKept::Full`]) and message.
fn failure(error: JsValue) -> NotKept {
    let field = |name: &str| {
        Reflect::get(&error, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    match field("name").as_str() {
        "QuotaExceededError" => NotKept::Full,
        "" => NotKept::Failed("unknown error".into()),
        name => NotKept::Failed(format!("{name}: {}", field("message"))),
    }
}
