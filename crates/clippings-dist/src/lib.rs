//! What trunk leaves in its staging folder, finished for use offline and from a file.
//!
//! Trunk runs `clippings-dist` as a post-build hook. It
//! - moves trunk's inline start-up script into a file of its own, so the page needs no inline
//!   script and a Content-Security-Policy can forbid them;
//! - moves the preloads of the Wasm and its glue to the top of `<head>`, so that the largest file
//!   starts downloading before the page's parser-blocking scripts, not after them;
//! - in release builds, adds that policy to the page;
//! - writes `sw.js`: the service worker with the list of this build's files and a version made of
//!   their contents (debug builds get a worker that retires any earlier one instead);
//! - in release builds, writes `clippings.html`: the whole app in one file that works from
//!   `file://`, with its own policy made of the hashes of its inline script and style;
//! - for a collection built in parts (build.rs), puts the parts in `parts/` beside the page.
//!   The worker does not fetch them at install: it keeps each part the page fetches, so a part
//!   once read works offline. Such a build has no single file, which could not hold the parts.

pub mod html;
pub mod single_file;

use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The policy of the served page: scripts and styles only from the page's own files, and
/// `wasm-unsafe-eval` because compiling WebAssembly needs it.
pub const SERVED_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; \
     manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

pub const SINGLE_FILE: &str = "clippings.html";
/// Where build.rs leaves the parts of a collection built in parts, under the project's folder,
/// with `<profile>.list` naming those of its last build for that profile.
pub const BUILT_PARTS: &str = "target/clippings-parts";
/// The folder of the parts beside the page.
pub const PARTS: &str = "parts";
pub const SERVICE_WORKER: &str = "sw.js";

const WORKER_TEMPLATE: &str = include_str!("../../../js/sw.js");
const RETIRING_WORKER: &str = include_str!("../../../js/sw-retire.js");

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Error {
        Error(error.to_string())
    }
}

fn read_text(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error(format!("cannot read {}: {e}", path.display())))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), Error> {
    fs::write(path, contents).map_err(|e| Error(format!("cannot write {}: {e}", path.display())))
}

/// What the step wrote, for the build's log.
#[derive(Debug, Default)]
pub struct Report {
    pub precached: usize,
    pub version: String,
    pub single_file_bytes: Option<u64>,
    pub parts: usize,
}

/// The parts of the collection this build embeds the directory of: where they are and their
/// file names. No names for a collection embedded whole.
#[derive(Debug, Default)]
pub struct BuiltParts {
    pub folder: PathBuf,
    pub names: Vec<String>,
}

impl BuiltParts {
    /// The parts that build.rs wrote for `profile` (cargo's `debug` or `release`) of the
    /// project in `source`.
    pub fn of_build(source: &Path, profile: &str) -> Result<BuiltParts, Error> {
        let folder = source.join(BUILT_PARTS);
        let list = folder.join(format!("{profile}.list"));
        let names = match fs::read_to_string(&list) {
            Ok(text) => text.lines().map(str::to_owned).collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(Error(format!("cannot read {}: {e}", list.display()))),
        };
        Ok(BuiltParts { folder, names })
    }
}

/// Finishes the build in `staging` (trunk's `TRUNK_STAGING_DIR`); `public_url` is trunk's.
pub fn finish(
    staging: &Path,
    public_url: &str,
    release: bool,
    parts: &BuiltParts,
) -> Result<Report, Error> {
    let page_path = staging.join("index.html");
    let page = read_text(&page_path)?;
    let (page, start_script) = html::take_start_script(&page)
        .ok_or_else(|| Error("trunk's start-up script is not in index.html".into()))?;
    let start_name = format!("start-{}.js", &hex_sha256(start_script.as_bytes())[..16]);
    write(&staging.join(&start_name), &start_script)?;
    let mut page = html::with_preloads_first(&html::with_start_file(
        &page,
        &format!("{public_url}{start_name}"),
    ));
    if release {
        page = html::with_policy(&page, SERVED_POLICY);
    }
    write(&page_path, &page)?;

    let mut report = Report {
        parts: parts.names.len(),
        ..Report::default()
    };
    if !parts.names.is_empty() {
        let folder = staging.join(PARTS);
        fs::create_dir_all(&folder)
            .map_err(|e| Error(format!("cannot make {}: {e}", folder.display())))?;
        for name in &parts.names {
            let from = parts.folder.join(name);
            fs::copy(&from, folder.join(name)).map_err(|e| {
                Error(format!(
                    "cannot copy the part {}: {e} (build again after `cargo clean -p clippings`)",
                    from.display()
                ))
            })?;
        }
    }
    if release {
        if parts.names.is_empty() {
            let single = single_file::build(staging, &page, &start_script)?;
            report.single_file_bytes = Some(single.len() as u64);
            write(&staging.join(SINGLE_FILE), single)?;
        }
        let files = files_to_precache(staging)?;
        report.version = version_of(staging, &files)?;
        report.precached = files.len();
        write(
            &staging.join(SERVICE_WORKER),
            service_worker(&files, &report.version, &parts.names),
        )?;
    } else {
        write(&staging.join(SERVICE_WORKER), RETIRING_WORKER)?;
    }
    Ok(report)
}

/// Every file of the build, as paths relative to the page, sorted; `./` stands for the page.
/// The single file is left out: it is for handing on, and the served page never loads it; so are
/// the parts of a collection in parts, which the worker keeps as the page fetches them.
pub fn files_to_precache(staging: &Path) -> Result<Vec<String>, Error> {
    let mut files = Vec::new();
    collect(staging, staging, &mut files)?;
    let part = format!("{PARTS}/");
    files.retain(|f| {
        f != SERVICE_WORKER && f != SINGLE_FILE && f != "index.html" && !f.starts_with(&part)
    });
    files.sort();
    files.insert(0, "./".to_string());
    Ok(files)
}

fn collect(root: &Path, folder: &Path, files: &mut Vec<String>) -> Result<(), Error> {
    let entries = fs::read_dir(folder)
        .map_err(|e| Error(format!("cannot list {}: {e}", folder.display())))?;
    for entry in entries {
        let path: PathBuf = entry?.path();
        if path.is_dir() {
            collect(root, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
    Ok(())
}

/// A version that changes whenever any precached file does, the page included.
fn version_of(staging: &Path, files: &[String]) -> Result<String, Error> {
    let mut hasher = Sha256::new();
    for file in files {
        let path = if file == "./" {
            staging.join("index.html")
        } else {
            staging.join(file)
        };
        let bytes =
            fs::read(&path).map_err(|e| Error(format!("cannot read {}: {e}", path.display())))?;
        hasher.update(file.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(hex(&hasher.finalize())[..16].to_string())
}

/// The worker for this build: its files to keep at install, its version, and the file names
/// of its parts (in `parts/`), whose kept copies outlive a new build that still has them.
pub fn service_worker(files: &[String], version: &str, parts: &[String]) -> String {
    let list = |names: &[String]| {
        let lines: Vec<String> = names
            .iter()
            .map(|f| format!("  {},", json_string(f)))
            .collect();
        format!("[\n{}\n]", lines.join("\n"))
    };
    WORKER_TEMPLATE
        .replace("__CLIPPINGS_VERSION__", version)
        .replace("__CLIPPINGS_FILES__", &list(files))
        .replace("__CLIPPINGS_PARTS__", &list(parts))
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '<' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_the_files_and_the_version() {
        let worker = service_worker(
            &["./".into(), "app-1.css".into()],
            "abc123",
            &["0a1b.part".into()],
        );
        assert!(worker.contains("const VERSION = 'abc123';"));
        assert!(worker.contains("\"./\",\n  \"app-1.css\","));
        assert!(worker.contains("const PARTS = [\n  \"0a1b.part\",\n];"));
        assert!(!worker.contains("__CLIPPINGS"));
    }

    #[test]
    fn file_names_are_quoted_as_json() {
        assert_eq!(json_string("a\"b\\c</"), "\"a\\\"b\\\\c\\u003c/\"");
    }

    #[test]
    fn precache_list_covers_the_build_but_not_the_worker_or_single_file() {
        let dir = std::env::temp_dir().join(format!("clippings-dist-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("icons")).unwrap();
        fs::create_dir_all(dir.join("parts")).unwrap();
        for file in [
            "index.html",
            "sw.js",
            "clippings.html",
            "app-1.css",
            "icons/a.svg",
            "parts/0a1b.part",
        ] {
            fs::write(dir.join(file), file).unwrap();
        }
        let files = files_to_precache(&dir).unwrap();
        assert_eq!(files, ["./", "app-1.css", "icons/a.svg"]);
        let before = version_of(&dir, &files).unwrap();
        fs::write(dir.join("app-1.css"), "changed").unwrap();
        assert_ne!(version_of(&dir, &files).unwrap(), before);
        fs::remove_dir_all(&dir).unwrap();
    }
}
