//! Times the gazetteer's one-off build, the first `gazetteer()` call of a process, which the
//! browser pays once per page: `cargo run --release -p clippings-core --example gazetteer_load`.
//! Not a test: a time depends on the machine, so none is asserted.

use clippings_core::understand::gazetteer::gazetteer;
use std::time::Instant;

fn main() {
    let start = Instant::now();
    let g = gazetteer();
    let elapsed = start.elapsed();
    println!(
        "gazetteer() first call: {:.1} ms (longest phrase: {} words)",
        elapsed.as_secs_f64() * 1000.0,
        g.longest
    );
}
