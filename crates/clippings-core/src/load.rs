//! Reading a folder of `*.txt` articles, as the build does.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// One article file: its id (path under the root without `.txt`, `/`-separated) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedFile {
    pub id: String,
    pub path: PathBuf,
    pub text: String,
    /// The bytes were not valid UTF-8 and were decoded lossily.
    pub lossy: bool,
}

#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for LoadError {}

/// Every `*.txt` file under `root`, subfolders included, sorted by id.
pub fn read_seeds(root: &Path) -> Result<Vec<SeedFile>, LoadError> {
    let mut paths = Vec::new();
    collect(root, &mut paths)?;
    let mut files = paths
        .into_iter()
        .map(|path| {
            let bytes = fs::read(&path).map_err(|error| LoadError {
                path: path.clone(),
                error,
            })?;
            let id = id_of(root, &path);
            let (text, lossy) = decode(bytes);
            Ok(SeedFile {
                id,
                path,
                text,
                lossy,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    files.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(files)
}

/// The text of a file's bytes, and whether they were not valid UTF-8 (then each bad sequence
/// became U+FFFD): the build and the page's "Add articles" read files the same way.
pub fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let error_at = |error| LoadError {
        path: dir.to_path_buf(),
        error,
    };
    for entry in fs::read_dir(dir).map_err(error_at)? {
        let path = entry.map_err(error_at)?.path();
        let meta = fs::metadata(&path).map_err(|error| LoadError {
            path: path.clone(),
            error,
        })?;
        if meta.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn id_of(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path).with_extension("");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("clippings-load-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn reads_txt_files_in_subfolders_sorted_with_ids_from_paths() {
        let dir = temp_dir("ids");
        fs::create_dir_all(dir.join("politics")).unwrap();
        fs::write(dir.join("politics/001.txt"), "B\n\nb").unwrap();
        fs::write(dir.join("000_a.txt"), "A\n\na").unwrap();
        fs::write(dir.join("README.TXT"), "not an article").unwrap();
        fs::write(dir.join("notes.md"), "not an article").unwrap();
        let files = read_seeds(&dir).unwrap();
        assert_eq!(
            files.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
            ["000_a", "politics/001"]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_and_flagged() {
        let dir = temp_dir("lossy");
        fs::write(dir.join("bad.txt"), b"Caf\xe9 news\n\nText").unwrap();
        let files = read_seeds(&dir).unwrap();
        assert!(files[0].lossy);
        assert_eq!(files[0].text, "Caf\u{FFFD} news\n\nText");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_it() {
        let missing = std::env::temp_dir().join("clippings-no-such-folder");
        let error = read_seeds(&missing).unwrap_err();
        assert!(
            error.to_string().contains("clippings-no-such-folder"),
            "{error}"
        );
    }
}
