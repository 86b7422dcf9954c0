//! Articles a reader adds in the page (files chosen or dropped): checked, decoded, given ids
//! that cannot clash with the collection's, and indexed with it.

use crate::load::{decode, Decoded};
use crate::pauses::{at_once, AtOnce, Pauses};
use crate::{parse_pausing, Corpus};
use serde::{Deserialize, Serialize};
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
    /// Added files that were not valid UTF-8, in the order of the files.
    pub not_utf8: Vec<NotUtf8>,
    pub refused: Vec<(String, Refusal)>,
}

/// An added file that was not valid UTF-8, and how it was read (see [`crate::load::decode`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotUtf8 {
    pub name: String,
    /// The encoding it was read in: `"windows-1252"`, `"Shift_JIS"`, ...
    pub encoding: &'static str,
    /// Some bytes meant nothing in that encoding and became U+FFFD.
    pub lossy: bool,
}

/// An added article as the browser keeps it between visits: its id and its text, decoded.
///
/// The decoded text, not the file's bytes: the article comes back exactly as the reader saw it
/// and was told (the encoding was chosen and reported once), under the same id, so that links to
/// it and its removal by id keep working from one visit to the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    pub id: String,
    pub text: String,
}

/// The collection with the files' articles added, and what became of each file.
pub fn import(corpus: &Corpus, files: Vec<(String, Vec<u8>)>) -> (Corpus, Imported) {
    let (corpus, outcome, _) = import_keeping(corpus, files);
    (corpus, outcome)
}

/// [`import`], and each added article as the browser keeps it, in the order of `added`.
pub fn import_keeping(
    corpus: &Corpus,
    files: Vec<(String, Vec<u8>)>,
) -> (Corpus, Imported, Vec<Kept>) {
    let mut import = Import::new(corpus);
    import.read(files);
    import.finish(corpus)
}

/// An import done a few files at a time, so that a page can draw and answer between the steps:
/// each [`Import::read`] checks, decodes and parses the files it is given (the work that grows
/// with the files), and [`Import::finish`] adds the articles to the collection in one merge.
pub struct Import {
    /// Ids of the collection and of the articles read so far.
    taken: HashSet<String>,
    outcome: Imported,
    articles: Vec<crate::Article>,
    kept: Vec<Kept>,
}

impl Import {
    pub fn new(corpus: &Corpus) -> Import {
        Import {
            taken: corpus.articles().iter().map(|a| a.id.clone()).collect(),
            outcome: Imported::default(),
            articles: Vec::new(),
            kept: Vec::new(),
        }
    }

    /// An import of articles already read, as [`Import::articles_for`] gave them, to be added to
    /// a collection that has grown since (a page whose merge was overtaken by another import's):
    /// each is parsed again from the text the browser keeps, as [`restore`] does, rather than
    /// every import holding a copy of its articles in case it has to start over.
    pub fn resumed(outcome: Imported, kept: Vec<Kept>) -> Import {
        at_once(Import::resumed_pausing(outcome, kept, &mut AtOnce))
    }

    /// [`Import::resumed`], pausing inside each parse (`parse_pausing`): a page whose large
    /// article's merge was overtaken takes its turns while it is read again.
    pub async fn resumed_pausing(
        outcome: Imported,
        kept: Vec<Kept>,
        pauses: &mut impl Pauses,
    ) -> Import {
        let mut articles = Vec::with_capacity(kept.len());
        for k in &kept {
            articles.push(parse_pausing(&k.id, &k.text, pauses).await);
        }
        Import {
            taken: kept.iter().map(|k| k.id.clone()).collect(),
            articles,
            outcome,
            kept,
        }
    }

    /// Reads these files (name and bytes), in order, after those read before.
    pub fn read(&mut self, files: impl IntoIterator<Item = (String, Vec<u8>)>) {
        at_once(self.read_pausing(files, &mut AtOnce));
    }

    /// [`Import::read`], pausing inside each file's parse (`parse_pausing`): a page reading a
    /// large file takes its turns during it.
    pub async fn read_pausing(
        &mut self,
        files: impl IntoIterator<Item = (String, Vec<u8>)>,
        pauses: &mut impl Pauses,
    ) {
        for (name, bytes) in files {
            let Decoded {
                text,
                encoding,
                lossy,
            } = match checked_text(bytes) {
                Ok(decoded) => decoded,
                Err(refusal) => {
                    self.outcome.refused.push((name, refusal));
                    continue;
                }
            };
            let id = free_id(&name, &mut self.taken);
            if let Some(encoding) = encoding {
                self.outcome.not_utf8.push(NotUtf8 {
                    name,
                    encoding,
                    lossy,
                });
            }
            self.outcome.added.push(id.clone());
            self.articles.push(parse_pausing(&id, &text, pauses).await);
            self.kept.push(Kept { id, text });
        }
    }

    /// `corpus` with the articles read, what became of each file, and the added articles as
    /// the browser keeps them. `corpus` may have grown since [`Import::new`] (another import
    /// finished meanwhile): an article whose id it has taken since is given another.
    pub fn finish(self, corpus: &Corpus) -> (Corpus, Imported, Vec<Kept>) {
        let (articles, outcome, kept) = self.articles_for(corpus);
        let grown = if articles.is_empty() {
            corpus.clone()
        } else {
            corpus.with_added(articles)
        };
        (grown, outcome, kept)
    }

    /// What [`Import::finish`] adds to `corpus`, before it adds them: the articles read, each
    /// under an id `corpus` has not taken, what became of each file, and the articles as the
    /// browser keeps them. A page that merges them a step at a time ([`Corpus::adding`]) takes
    /// this way.
    pub fn articles_for(self, corpus: &Corpus) -> (Vec<crate::Article>, Imported, Vec<Kept>) {
        at_once(self.articles_for_pausing(corpus, &mut AtOnce))
    }

    /// [`Import::articles_for`], pausing inside the parse of an article that must take another
    /// id (`parse_pausing`).
    pub async fn articles_for_pausing(
        mut self,
        corpus: &Corpus,
        pauses: &mut impl Pauses,
    ) -> (Vec<crate::Article>, Imported, Vec<Kept>) {
        let in_corpus: HashSet<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
        if self
            .articles
            .iter()
            .any(|a| in_corpus.contains(a.id.as_str()))
        {
            let mut taken: HashSet<String> = in_corpus.iter().map(|&id| id.to_owned()).collect();
            taken.extend(self.articles.iter().map(|a| a.id.clone()));
            for ((article, kept), added) in self
                .articles
                .iter_mut()
                .zip(&mut self.kept)
                .zip(&mut self.outcome.added)
            {
                if in_corpus.contains(article.id.as_str()) {
                    let id = free_id(&article.id, &mut taken);
                    *article = parse_pausing(&id, &kept.text, pauses).await;
                    kept.id = id.clone();
                    *added = id;
                }
            }
        }
        (self.articles, self.outcome, self.kept)
    }
}

/// The collection with the articles kept from earlier visits added back under their ids, and the
/// ids that came back. One whose id the collection already has (a new build's article, or one
/// added again before these came back) is left out: a kept article never replaces another.
///
/// The same, an article at a time, is [`Restoring`].
pub fn restore(corpus: &Corpus, kept: Vec<Kept>) -> (Corpus, Vec<String>) {
    let mut restoring = Restoring::new(corpus, kept);
    while restoring.parse_next() {}
    let (articles, _) = restoring.articles();
    let ids = articles.iter().map(|a| a.id.clone()).collect();
    if articles.is_empty() {
        return (corpus.clone(), ids);
    }
    (corpus.with_added(articles), ids)
}

/// [`restore`]'s reading cut into steps of one kept article, so that a page bringing back
/// thousands of them can draw and answer between the steps; the articles then join the
/// collection by [`Corpus::adding`], a step at a time too.
pub struct Restoring {
    /// Ids of the collection and of the kept articles that come back so far.
    taken: HashSet<String>,
    waiting: std::vec::IntoIter<Kept>,
    articles: Vec<crate::Article>,
    /// The kept articles that come back, in the order of `articles`.
    restored: Vec<Kept>,
}

impl Restoring {
    /// The kept articles to bring back into `corpus`, none of them read yet.
    pub fn new(corpus: &Corpus, kept: Vec<Kept>) -> Restoring {
        Restoring {
            taken: corpus.articles().iter().map(|a| a.id.clone()).collect(),
            waiting: kept.into_iter(),
            articles: Vec::new(),
            restored: Vec::new(),
        }
    }

    /// Parses the next kept article that comes back, passing over those left out (blank, or
    /// under an id taken); false once none is left.
    pub fn parse_next(&mut self) -> bool {
        at_once(self.parse_next_pausing(&mut AtOnce))
    }

    /// [`Restoring::parse_next`], pausing inside the parse (`parse_pausing`).
    pub async fn parse_next_pausing(&mut self, pauses: &mut impl Pauses) -> bool {
        for kept in self.waiting.by_ref() {
            if !kept.text.trim().is_empty() && self.taken.insert(kept.id.clone()) {
                self.articles
                    .push(parse_pausing(&kept.id, &kept.text, pauses).await);
                self.restored.push(kept);
                return true;
            }
        }
        false
    }

    /// The articles read, to join the collection, and the kept articles they were read from:
    /// should the collection change before they join it (an import finishing meanwhile), those
    /// are what a [`Restoring::new`] of the changed collection starts again from.
    pub fn articles(self) -> (Vec<crate::Article>, Vec<Kept>) {
        (self.articles, self.restored)
    }
}

fn checked_text(bytes: Vec<u8>) -> Result<Decoded, Refusal> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Refusal::TooLarge);
    }
    let decoded = decode(bytes);
    if decoded.text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    if !looks_like_text(&decoded.text) {
        return Err(Refusal::NotText);
    }
    Ok(decoded)
}

/// Binary files decode to control characters, which text has almost none of, and (as UTF-8) to
/// replacement characters. Since a file that is not UTF-8 is read in a single-byte legacy encoding
/// where every byte is a character, the replacement characters alone no longer tell binary apart:
/// compressed data gives about 12% control characters and a PDF about 9%, where text that uses
/// any of them (a DOS end-of-file mark, a stray escape) has a handful.
fn looks_like_text(text: &str) -> bool {
    let (mut controls, mut replaced, mut all) = (0usize, 0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        all += 1;
        if c == '\u{FFFD}' {
            replaced += 1;
        } else if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    controls * 100 <= all && (controls + replaced) * 10 <= all
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

    fn file(name: &str, text: &str) -> (String, Vec<u8>) {
        (name.to_string(), text.as_bytes().to_vec())
    }

    #[test]
    fn files_read_a_few_at_a_time_give_what_reading_them_at_once_gives() {
        let files = vec![
            file(
                "flood.txt",
                "Floods in Dhaka\n\nRivers rose in Dhaka on Monday.\n",
            ),
            file("empty.txt", " "),
            file(
                "flood.txt",
                "More floods\n\nDhaka again, said John Kerry.\n",
            ),
            file("storm.txt", "Storm\n\nA storm hit Chittagong.\n"),
        ];
        let at_once = import_keeping(&seeds(), files.clone());
        let mut import = Import::new(&seeds());
        for step in files.chunks(2) {
            import.read(step.to_vec());
        }
        assert_eq!(import.finish(&seeds()), at_once);
    }

    #[test]
    fn an_import_finished_after_another_gives_its_articles_ids_of_their_own() {
        let first = import_keeping(&seeds(), vec![file("flood.txt", "Floods\n\nDhaka.\n")]).0;
        // Started before the first finished: it chose the same id.
        let mut late = Import::new(&seeds());
        late.read(vec![file("flood.txt", "Later floods\n\nSylhet.\n")]);
        let (grown, outcome, kept) = late.finish(&first);
        assert_eq!(outcome.added, ["imported/flood-2"]);
        assert_eq!(kept[0].id, "imported/flood-2");
        assert_eq!(grown.len(), 3);
        assert_eq!(grown.article("imported/flood").unwrap().headline, "Floods");
        assert_eq!(
            grown.article("imported/flood-2").unwrap().headline,
            "Later floods"
        );
    }

    #[test]
    fn an_import_resumed_after_being_overtaken_gives_what_finishing_it_late_gives() {
        let first = import_keeping(&seeds(), vec![file("flood.txt", "Floods\n\nDhaka.\n")]).0;
        let read = || {
            let mut late = Import::new(&seeds());
            late.read(vec![
                file("flood.txt", "Later floods\n\nSylhet.\n"),
                file("quake.txt", "Quake\n\nNepal.\n"),
            ]);
            late
        };
        // Made ready for the seeds, then overtaken by the first import.
        let (_, outcome, kept) = read().articles_for(&seeds());
        assert_eq!(outcome.added, ["imported/flood", "imported/quake"]);
        let resumed = Import::resumed(outcome, kept).finish(&first);
        let late = read().finish(&first);
        assert_eq!(resumed.1, late.1);
        assert_eq!(resumed.2, late.2);
        assert_eq!(resumed.0.articles(), late.0.articles());
        assert_eq!(resumed.1.added, ["imported/flood-2", "imported/quake"]);
    }

    #[test]
    fn a_long_article_overtaken_and_given_another_id_pauses_while_it_is_read_again_and_reads_as_at_once(
    ) {
        use crate::pauses::{resumed_until_done, EveryPauseWaits, PIECE};
        let first = import_keeping(&seeds(), vec![file("flood.txt", "Floods\n\nDhaka.\n")]).0;
        let long = format!(
            "Later floods\n\n{}",
            "Rivers rose again in Sylhet on Monday. ".repeat(2_000)
        );
        let mut late = Import::new(&seeds());
        late.read(vec![file("flood.txt", &long)]);
        // Made ready for the seeds, then overtaken by the first import, which took its id.
        let (_, outcome, kept) = late.articles_for(&seeds());
        let pieces = long.len() / PIECE;
        assert!(pieces >= 10, "{pieces} pieces of characters");

        let (resumed, read_again) = resumed_until_done(Import::resumed_pausing(
            outcome.clone(),
            kept.clone(),
            &mut EveryPauseWaits,
        ));
        let (ready, given_an_id) =
            resumed_until_done(resumed.articles_for_pausing(&first, &mut EveryPauseWaits));
        assert!(read_again >= pieces, "{read_again} pauses reading it again");
        assert!(
            given_an_id >= pieces,
            "{given_an_id} pauses reading it under its new id"
        );
        assert_eq!(ready, Import::resumed(outcome, kept).articles_for(&first));
        assert_eq!(ready.1.added, ["imported/flood-2"]);
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
        assert_eq!(
            outcome.not_utf8,
            [NotUtf8 {
                name: "latin1.txt".into(),
                encoding: "windows-1252",
                lossy: false
            }]
        );
        assert_eq!(
            corpus.article("imported/latin1").unwrap().headline,
            "Caf\u{e9} owners protest"
        );
    }

    #[test]
    fn a_pdf_like_mix_of_text_and_compressed_bytes_is_not_text() {
        // Four parts of ASCII to one of bytes spread evenly over 0..=255, as a PDF's streams are.
        let mut bytes = Vec::new();
        for i in 0..2000u32 {
            bytes.extend_from_slice(b"/Type /Page /Length 42 >> stream ");
            bytes.extend((0..8u32).map(|j| ((i * 8 + j).wrapping_mul(2_654_435_761) >> 24) as u8));
        }
        let (_, outcome) = import(&seeds(), vec![("report.pdf".into(), bytes)]);
        assert_eq!(
            outcome.refused,
            [("report.pdf".to_string(), Refusal::NotText)]
        );
    }

    #[test]
    fn text_with_a_stray_control_character_is_still_text() {
        let mut bytes = b"Caf\xe9 owners protest\n\nThey marched. ".repeat(20);
        bytes.push(0x1A);
        let (_, outcome) = import(&seeds(), vec![("old.txt".into(), bytes)]);
        assert_eq!(outcome.added, ["imported/old"]);
    }

    #[test]
    fn kept_articles_come_back_under_their_ids_and_never_replace_another() {
        let files = vec![(
            "flood.txt".to_string(),
            b"Floods in Dhaka\n\nRivers rose in Dhaka on Monday.\n".to_vec(),
        )];
        let (_, _, kept) = import_keeping(&seeds(), files);
        assert_eq!(
            kept,
            [Kept {
                id: "imported/flood".into(),
                text: "Floods in Dhaka\n\nRivers rose in Dhaka on Monday.\n".into()
            }]
        );
        let clash = Kept {
            id: "a".into(),
            text: "Not the collection's a\n\nOther text.\n".into(),
        };
        let blank = Kept {
            id: "imported/blank".into(),
            text: " \n".into(),
        };
        let (corpus, restored) = restore(&seeds(), [kept, vec![clash, blank]].concat());
        assert_eq!(restored, ["imported/flood"]);
        assert_eq!(corpus.search("dhaka", Default::default()).total, 1);
        assert_eq!(corpus.article("a").unwrap().headline, "Kerry meets Lavrov");
        assert!(corpus.is_added("imported/flood"));
        assert!(!corpus.is_added("a"));
    }

    #[test]
    fn kept_articles_read_again_after_the_collection_took_one_of_their_ids_leave_that_one_out() {
        let kept = vec![
            Kept {
                id: "imported/flood".into(),
                text: "Floods\n\nDhaka.\n".into(),
            },
            Kept {
                id: "imported/quake".into(),
                text: "Quake\n\nNepal.\n".into(),
            },
        ];
        // Read for the seeds, then overtaken by an import that took "imported/flood".
        let mut restoring = Restoring::new(&seeds(), kept.clone());
        while restoring.parse_next() {}
        let (articles, restored) = restoring.articles();
        assert_eq!(articles.len(), 2);
        assert_eq!(restored, kept);
        let (grown, _) = import(
            &seeds(),
            vec![file("flood.txt", "Later floods\n\nSylhet.\n")],
        );
        let mut again = Restoring::new(&grown, restored);
        let mut read = 0;
        while again.parse_next() {
            read += 1;
        }
        let (articles, _) = again.articles();
        assert_eq!(read, 1);
        let ids: Vec<_> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["imported/quake"]);
        assert_eq!(restore(&grown, kept).1, ids);
    }

    #[test]
    fn removing_added_articles_re_indexes_the_rest() {
        let files = vec![
            (
                "flood.txt".to_string(),
                b"Floods in Dhaka\n\nRivers rose in Dhaka on Monday.\n".to_vec(),
            ),
            (
                "harbour.txt".to_string(),
                b"Harbour closes\n\nThe harbour at Dhaka closed on Tuesday.\n".to_vec(),
            ),
        ];
        let (grown, _) = import(&seeds(), files);
        assert_eq!(grown.added().len(), 2);
        let smaller = grown.without(&["imported/flood".to_string()]);
        assert_eq!(smaller.len(), 2);
        assert!(smaller.article("imported/flood").is_none());
        assert_eq!(smaller.search("rivers", Default::default()).total, 0);
        let dhaka = smaller.search("dhaka", Default::default());
        assert_eq!(dhaka.total, 1);
        assert_eq!(dhaka.hits[0].id, "imported/harbour");
        assert_eq!(smaller.search("kerry", Default::default()).total, 1);
        assert!(smaller.is_added("imported/harbour"));
        let added: Vec<String> = smaller.added().iter().map(|a| a.id.clone()).collect();
        let own = smaller.without(&added);
        assert_eq!(own.added(), []);
        assert_eq!(own.len(), 1);
        assert_eq!(own.search("dhaka", Default::default()).total, 0);
        assert_eq!(own.search("kerry", Default::default()).total, 1);
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
