//! The heap a collection holds in the page, stage by stage, counted by a global allocator that
//! tallies what is live: read from its bytes (`Corpus::from_static_bytes`, what the page does
//! at start, beside `Corpus::from_bytes`, which copies the text), then after a first search,
//! after the first near-spelling search, and after the collection view's overview. Natively,
//! so the figures leave out the Wasm's own data segment (the embedded bytes, held beside the
//! heap) and the JavaScript heap.
//!
//! ```sh
//! cargo run --release -p clippings-core --example memory -- ../shared/corpora/bbc
//! ```

use clippings_core::{load::read_seeds, Corpus, SearchOptions};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn main() {
    let folder = std::env::args()
        .nth(1)
        .expect("usage: memory <folder of .txt articles>");
    let files = read_seeds(Path::new(&folder)).unwrap_or_else(|error| {
        eprintln!("error: {error}");
        std::process::exit(1);
    });
    let bytes =
        Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str()))).to_bytes();
    drop(files);
    println!(
        "embedded form: {} (held in the Wasm's data segment, not counted below)\n",
        mb(bytes.len())
    );
    // The page reads its embedded bytes in place (`from_static_bytes`): they live as long as
    // the page, as a leaked copy does here. Leaked before the count starts, because boxing
    // them gives back the vector's spare capacity.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    println!("| stage | live heap | peak since the last stage |\n| --- | ---: | ---: |");
    let base = LIVE.load(Ordering::Relaxed);
    let stage = |name: &str| {
        let live = LIVE.load(Ordering::Relaxed) - base;
        let peak = PEAK.swap(LIVE.load(Ordering::Relaxed), Ordering::Relaxed) - base;
        println!("| {name} | {} | {} |", mb(live), mb(peak));
    };
    // Read copied first, for the difference.
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
    let copied = Corpus::from_bytes(bytes).expect("reads back what it wrote");
    stage("read from its bytes, text copied (`from_bytes`)");
    drop(copied);
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
    let corpus = Corpus::from_static_bytes(bytes).expect("reads back what it wrote");
    stage("read in place, as the page does (`from_static_bytes`)");
    let _ = corpus.search("tony blair", SearchOptions::default());
    stage("a first search");
    let _ = corpus.search("goverment", SearchOptions::default());
    stage("a search with a near spelling");
    let _ = corpus.example_queries();
    stage("the search box's example queries");
    let _ = corpus.overview(&corpus.query(""));
    stage("the collection view's overview");
    std::hint::black_box(&corpus);
}
