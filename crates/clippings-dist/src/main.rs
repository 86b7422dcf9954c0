//! Run by trunk as a post-build hook (Trunk.toml); see the library for what it does.

use std::path::PathBuf;
use std::{env, process};

fn main() {
    let Some(staging) = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        eprintln!("clippings-dist runs as trunk's post-build hook: TRUNK_STAGING_DIR is not set");
        process::exit(2);
    };
    let release = env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    let public_url = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    match clippings_dist::finish(&staging, &public_url, release) {
        Ok(report) if release => {
            let single = report.single_file_bytes.unwrap_or(0);
            eprintln!(
                "clippings-dist: service worker precaches {} files (version {}); {} is {:.1} MB",
                report.precached,
                report.version,
                clippings_dist::SINGLE_FILE,
                single as f64 / 1e6
            );
        }
        Ok(_) => eprintln!("clippings-dist: debug build, no offline cache or single file"),
        Err(error) => {
            eprintln!("error: clippings-dist cannot finish the build: {error}");
            process::exit(1);
        }
    }
}
