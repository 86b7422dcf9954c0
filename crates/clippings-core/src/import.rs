//! Articles a reader adds in the page (files chosen or dropped): checked, decoded, given ids
//! that cannot clash with the collection's, and indexed with it.

use crate::load::decode;
use crate::{parse, Corpus};
use std::collections::HashSet;
use std::fmt;

/// Larger files are refused: a newspaper article is a few kilobytes, and indexing stays quick.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// Why a file was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    NotText,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::Empty => "it is empty",
            Refusal::TooLarge => "it is larger than 8 MB",
            Refusal::NotText => "it is not text",
        })
    }
}

/// What became of each file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Ids of the articles added, in the order of the files.
    pub added: Vec<String>,
    /// Names of added files that were not valid UTF-8 (decoded with U+FFFD).
    pub lossy: Vec<String>,
    pub refused: Vec<(String, Refusal)>,
}

/// The collection with the files' articles added, and what became of each file.
pub fn import(corpus: &Corpus, files: Vec<(String, Vec<u8>)>) -> (Corpus, Imported) {
    let mut taken: HashSet<String> = corpus.articles().iter().map(|a| a.id.clone()).collect();
    let mut outcome = Imported::default();
    let mut articles = Vec::new();
    for (name, bytes) in files {
        let (text, lossy) = match checked_text(bytes) {
            Ok(decoded) => decoded,
            Err(refusal) => {
                outcome.refused.push((name, refusal));
                continue;
            }
        };
        let id = free_id(&name, &mut taken);
        if lossy {
            outcome.lossy.push(name);
        }
        outcome.added.push(id.clone());
        articles.push(parse(&id, &text));
    }
    if articles.is_empty() {
        return (corpus.clone(), outcome);
    }
    (corpus.with_added(articles), outcome)
}

fn checked_text(bytes: Vec<u8>) -> Result<(String, bool), Refusal> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Refusal::TooLarge);
    }
    let (text, lossy) = decode(bytes);
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    if !looks_like_text(&text) {
        return Err(Refusal::NotText);
    }
    Ok((text, lossy))
}

/// Binary files decode to many replacement and control characters; text has few.
fn looks_like_text(text: &str) -> bool {
    let (mut odd, mut all) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        all += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) {
            odd += 1;
        }
    }
    odd * 10 <= all
}

/// `imported/<file name without .txt>`, numbered when that id is taken.
fn free_id(name: &str, taken: &mut HashSet<String>) -> String {
    let base_name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base_name.strip_suffix(".txt").unwrap_or(base_name);
    let stem = if stem.trim().is_empty() {
        "article"
    } else {
        stem.trim()
    };
    let base = format!("imported/{stem}");
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Corpus {
        Corpus::from_texts([(
            "a",
            "Kerry meets Lavrov\n\nJohn Kerry met Sergei Lavrov in Geneva.\n",
        )])
    }

    #[test]
    fn files_become_searchable_articles_with_their_own_ids() {
        let files = vec![
            (
                "flood.txt".to_string(),
                b"Floods in Dhaka\n\nRivers rose in Dhaka on Monday.\n".to_vec(),
            ),
            (
                "flood.txt".to_string(),
                b"More floods\n\nDhaka again.\n".to_vec(),
            ),
        ];
        let (corpus, outcome) = import(&seeds(), files);
        assert_eq!(outcome.added, ["imported/flood", "imported/flood-2"]);
        assert_eq!(corpus.len(), 3);
        assert_eq!(corpus.search("dhaka", Default::default()).total, 2);
        assert_eq!(corpus.search("kerry", Default::default()).total, 1);
    }

    #[test]
    fn empty_binary_and_huge_files_are_refused_with_a_reason() {
        let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        let files = vec![
            ("empty.txt".to_string(), b"  \n\n".to_vec()),
            ("junk.bin".to_string(), junk),
            ("huge.txt".to_string(), vec![b'a'; MAX_IMPORT_BYTES + 1]),
            (
                "latin1.txt".to_string(),
                b"Caf\xe9 owners protest\n\nThey marched.\n".to_vec(),
            ),
        ];
        let (corpus, outcome) = import(&seeds(), files);
        assert_eq!(
            outcome.refused,
            [
                ("empty.txt".to_string(), Refusal::Empty),
                ("junk.bin".to_string(), Refusal::NotText),
                ("huge.txt".to_string(), Refusal::TooLarge),
            ]
        );
        assert_eq!(outcome.added, ["imported/latin1"]);
        assert_eq!(outcome.lossy, ["latin1.txt"]);
        assert_eq!(
            corpus.article("imported/latin1").unwrap().headline,
            "Caf\u{FFFD} owners protest"
        );
    }

    #[test]
    fn an_id_never_replaces_one_of_the_collection() {
        let corpus = Corpus::from_texts([("imported/a", "A\n\nText.\n")]);
        let (corpus, outcome) = import(
            &corpus,
            vec![("a.txt".into(), b"B\n\nOther text.\n".to_vec())],
        );
        assert_eq!(outcome.added, ["imported/a-2"]);
        assert_eq!(corpus.article("imported/a").unwrap().headline, "A");
    }
}
