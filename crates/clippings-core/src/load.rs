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
    /// The encoding the file was read in when it was not valid UTF-8 (see [`Decoded`]).
    pub encoding: Option<&'static str>,
    /// Decoding replaced bytes with U+FFFD: the text is not all the file said.
    pub lossy: bool,
}

impl SeedFile {
    /// What a build or an export says of a file that was not valid UTF-8: its path, the
    /// encoding it was read in, and whether bytes were replaced; `None` for valid UTF-8.
    pub fn encoding_warning(&self) -> Option<String> {
        let encoding = self.encoding?;
        let replaced = if self.lossy {
            ", with replacement characters (\u{FFFD}) for bytes that mean nothing in it"
        } else {
            ""
        };
        Some(format!(
            "{} is not valid UTF-8: it was decoded as {encoding}{replaced}",
            self.path.display()
        ))
    }
}

/// The text of a file's bytes and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `None` for valid UTF-8; otherwise the WHATWG name of the encoding the bytes were read in:
    /// `"windows-1252"`, `"Shift_JIS"`, `"UTF-16LE"`, or `"UTF-8"` for damaged UTF-8.
    pub encoding: Option<&'static str>,
    /// Some bytes meant nothing in that encoding and became U+FFFD.
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
            let Decoded {
                text,
                encoding,
                lossy,
            } = decode(bytes);
            Ok(SeedFile {
                id,
                path,
                text,
                encoding,
                lossy,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    files.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(files)
}

/// The text of a file's bytes: the build and the page's "Add articles" read files the same way.
///
/// Valid UTF-8 is read as it is. A byte-order mark names UTF-16. Otherwise the encoding is
/// guessed by chardetng, Firefox's detector for legacy text (windows-1252 for Western European
/// text, Shift_JIS, GBK, windows-1251, ...), so that an old file's `£` (byte A3) stays `£` rather
/// than becoming U+FFFD. One exception: bytes that are mostly valid UTF-8 with a few stray bytes
/// are damaged UTF-8, not legacy text (a legacy encoding hardly ever forms valid multi-byte UTF-8
/// sequences by chance), and are read as UTF-8 with U+FFFD for the stray bytes; reading them as
/// windows-1252 would turn every `’` of the text into `â€™`.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text,
                encoding: None,
                lossy: false,
            }
        }
        Err(e) => e.into_bytes(),
    };
    let (encoding, body) = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None if mostly_utf8(&bytes) => (encoding_rs::UTF_8, &bytes[..]),
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&bytes, true);
            let guess = detector.guess(Some(EXPECTED_TLD), chardetng::Utf8Detection::Deny);
            (guess, &bytes[..])
        }
    };
    let (text, lossy) = encoding.decode_without_bom_handling(body);
    Decoded {
        text: text.into_owned(),
        encoding: Some(encoding.name()),
        lossy,
    }
}

/// The top-level domain chardetng weighs its guesses by, as a browser does by the site's. A file
/// has none; Clippings reads English-language news, whose legacy encoding is windows-1252, so it
/// is told what a browser knows on a British site. Without it (as for `.com`) a lone `£` before a
/// digit, the commonest non-ASCII byte of old English news, reads as the Polish `Ł` of
/// windows-1250: chardetng scores letters, and a currency sign is none. The cost: Central
/// European, Baltic, Turkish and Vietnamese legacy text is read as windows-1252 (their letters
/// lose), while Cyrillic, Greek, Arabic, Hebrew, Thai, Chinese, Japanese and Korean text, with
/// more evidence in it, is still recognised.
const EXPECTED_TLD: &[u8] = b"uk";

/// More valid non-ASCII UTF-8 characters than invalid sequences: UTF-8 with stray bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > invalid
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
    fn a_file_that_is_not_utf8_is_read_in_its_legacy_encoding_and_names_it() {
        let dir = temp_dir("legacy");
        fs::write(
            dir.join("cafe.txt"),
            b"Caf\xe9 prices rise\n\nA coffee costs \xa33.",
        )
        .unwrap();
        fs::write(dir.join("plain.txt"), "Caf\u{e9}\n\nText").unwrap();
        let files = read_seeds(&dir).unwrap();
        assert_eq!(
            files[0].text,
            "Caf\u{e9} prices rise\n\nA coffee costs \u{a3}3."
        );
        assert_eq!(files[0].encoding, Some("windows-1252"));
        assert!(!files[0].lossy);
        assert_eq!((files[1].encoding, files[1].lossy), (None, false));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn windows_1252_pound_signs_and_curly_quotes_decode_to_their_characters() {
        let bytes = b"Fares rise\n\n\x93It will cost \xa35 more,\x94 the operator said. \x93We regret it.\x94\n".to_vec();
        let decoded = decode(bytes);
        assert_eq!(
            decoded.text,
            "Fares rise\n\n\u{201C}It will cost \u{a3}5 more,\u{201D} the operator said. \u{201C}We regret it.\u{201D}\n"
        );
        assert_eq!(decoded.encoding, Some("windows-1252"));
        assert!(!decoded.lossy);
    }

    #[test]
    fn valid_utf8_is_read_as_it_is_and_names_no_encoding() {
        let decoded = decode(
            "\u{201C}\u{a3}5\u{201D} \u{65e5}\u{672c}"
                .as_bytes()
                .to_vec(),
        );
        assert_eq!(decoded.text, "\u{201C}\u{a3}5\u{201D} \u{65e5}\u{672c}");
        assert_eq!((decoded.encoding, decoded.lossy), (None, false));
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8_and_is_lossy() {
        let mut bytes = "\u{201C}Fares\u{201D} rise, it\u{2019}s said: "
            .as_bytes()
            .to_vec();
        bytes.extend(b"\xa35");
        let decoded = decode(bytes);
        assert_eq!(
            decoded.text,
            "\u{201C}Fares\u{201D} rise, it\u{2019}s said: \u{FFFD}5"
        );
        assert_eq!((decoded.encoding, decoded.lossy), (Some("UTF-8"), true));
    }

    #[test]
    fn a_utf16_byte_order_mark_names_utf16() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(
            "Caf\u{e9} \u{a3}5"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        let decoded = decode(bytes);
        assert_eq!(decoded.text, "Caf\u{e9} \u{a3}5");
        assert_eq!((decoded.encoding, decoded.lossy), (Some("UTF-16LE"), false));
    }

    #[test]
    fn legacy_text_in_other_scripts_is_still_recognised() {
        let cases: [(&[u8], &str, &str); 3] = [
            (
                b"\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff. \xcf\xf0\xe0\xe2\xe8\xf2\xe5\xeb\xfc\xf1\xf2\xe2\xee \xf1\xea\xe0\xe7\xe0\xeb\xee.",
                "windows-1251",
                "\u{41d}\u{43e}\u{432}\u{43e}\u{441}\u{442}\u{438} \u{434}\u{43d}\u{44f}. \u{41f}\u{440}\u{430}\u{432}\u{438}\u{442}\u{435}\u{43b}\u{44c}\u{441}\u{442}\u{432}\u{43e} \u{441}\u{43a}\u{430}\u{437}\u{430}\u{43b}\u{43e}.",
            ),
            (
                b"\xc5\xe9\xe4\xde\xf3\xe5\xe9\xf2 \xf4\xe7\xf2 \xe7\xec\xdd\xf1\xe1\xf2. \xc7 \xea\xf5\xe2\xdd\xf1\xed\xe7\xf3\xe7 \xe5\xdf\xf0\xe5.",
                "windows-1253",
                "\u{395}\u{3b9}\u{3b4}\u{3ae}\u{3c3}\u{3b5}\u{3b9}\u{3c2} \u{3c4}\u{3b7}\u{3c2} \u{3b7}\u{3bc}\u{3ad}\u{3c1}\u{3b1}\u{3c2}. \u{397} \u{3ba}\u{3c5}\u{3b2}\u{3ad}\u{3c1}\u{3bd}\u{3b7}\u{3c3}\u{3b7} \u{3b5}\u{3af}\u{3c0}\u{3b5}.",
            ),
            (
                b"\x93\x8c\x8b\x9e\x82\xcc\x93V\x8bC",
                "Shift_JIS",
                "\u{6771}\u{4eac}\u{306e}\u{5929}\u{6c17}",
            ),
        ];
        for (bytes, encoding, text) in cases {
            let decoded = decode(bytes.to_vec());
            assert_eq!(decoded.encoding, Some(encoding));
            assert_eq!(decoded.text, text);
        }
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
