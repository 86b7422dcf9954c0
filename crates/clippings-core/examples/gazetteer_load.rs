//! Times the gazetteer's one-off build, paid by the first article a process parses (the browser
//! pays it once per page): `cargo run --release -p clippings-core --example gazetteer_load`.
//! Not a test: a time depends on the machine, so none is asserted.

use std::time::Instant;

fn main() {
    let text = "Talks resume\n\nAnn Example said in Paris the talks would resume.\n";
    let start = Instant::now();
    clippings_core::parse("first", text);
    let first = start.elapsed();
    let start = Instant::now();
    clippings_core::parse("second", text);
    let second = start.elapsed();
    println!(
        "first parse (gazetteer built): {:.1} ms; second parse: {:.3} ms",
        first.as_secs_f64() * 1000.0,
        second.as_secs_f64() * 1000.0
    );
}
