//! The per-article work of a build, across cores with the `parallel` feature (rayon's thread
//! pool, for `build.rs` and native tools) and one article after another without it (the page's
//! Wasm, where no thread can be spawned). The same closures run either way and their results
//! come back in the items' order, so a build's output does not depend on the feature or on how
//! the threads were scheduled; only what the closures share must be read-only.
//!
//! Both versions have the same bounds (`Sync` closures, `Send` results), so code that compiles
//! for the page also compiles for the parallel build.

#[cfg(feature = "parallel")]
use rayon::prelude::*;

/// `f` of each item, in the items' order.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "parallel")]
    return items.par_iter().map(f).collect();
    #[cfg(not(feature = "parallel"))]
    return items.iter().map(f).collect();
}

/// Runs `f` on each item, changing it in place.
pub(crate) fn for_each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync + Send) {
    #[cfg(feature = "parallel")]
    items.par_iter_mut().for_each(f);
    #[cfg(not(feature = "parallel"))]
    items.iter_mut().for_each(f);
}
