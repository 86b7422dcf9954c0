use clippings_core::{load::read_seeds, Corpus};
use std::path::Path;
use std::time::Instant;
fn main() {
    let folder = std::env::args().nth(1).unwrap();
    let files = read_seeds(Path::new(&folder)).unwrap();
    let bytes =
        Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str()))).to_bytes();
    let t = Instant::now();
    for _ in 0..150 {
        let corpus = Corpus::from_bytes(&bytes).unwrap();
        std::hint::black_box(&corpus);
    }
    println!("{:?}", t.elapsed() / 150);
}
