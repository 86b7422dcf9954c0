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
    // Trunk runs this in the project's folder and names it too.
    let source = env::var_os("TRUNK_SOURCE_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let profile = if release { "release" } else { "debug" };
    let parts = clippings_dist::BuiltParts::of_build(&source, profile).unwrap_or_else(|error| {
        eprintln!("error: clippings-dist cannot finish the build: {error}");
        process::exit(1);
    });
    match clippings_dist::finish(&staging, &public_url, release, &parts) {
        Ok(report) if release => {
            let single = match report.single_file_bytes {
                Some(bytes) => format!(
                    "{} is {:.1} MB",
                    clippings_dist::SINGLE_FILE,
                    bytes as f64 / 1e6
                ),
                None => format!(
                    "{} parts in {}/ and no single file (a collection in parts cannot be one)",
                    report.parts,
                    clippings_dist::PARTS
                ),
            };
            eprintln!(
                "clippings-dist: service worker precaches {} files (version {}); {single}",
                report.precached, report.version,
            );
        }
        Ok(_) => eprintln!("clippings-dist: debug build, no offline cache or single file"),
        Err(error) => {
            eprintln!("error: clippings-dist cannot finish the build: {error}");
            process::exit(1);
        }
    }
}
