//! Compares the parser with the gold annotations in `tests/gold/` (how they were made:
//! `tests/gold/README.md`). Shared by the `evaluate` example, which prints the table, and by
//! `tests/gold.rs`, which holds the floors.
//!
//! Quotes are matched as in the GenderGapTracker evaluation (Asr et al., 2021): a predicted
//! quote matches a gold quote when it covers more than 30% (or 80%) of the gold quote's
//! characters; speaker accuracy is over quotes matched at 30%.

#![allow(dead_code)]

use clippings_core::text::fold;
use clippings_core::{Article, Corpus};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn bbc_root() -> PathBuf {
    repo_root().join("../shared/corpora/bbc")
}

/// The BBC corpus beside the repo, for a test that needs it. It is there on developers'
/// machines and in CI, not on a user's: there the test is skipped with a line in `cargo test`'s
/// output, and under `CI=true` a missing corpus fails the test, so that CI cannot lose the
/// corpus checks without a sign.
pub fn bbc_corpus(test: &str) -> Option<PathBuf> {
    let root = bbc_root();
    if root.is_dir() {
        return Some(root);
    }
    let message = format!(
        "SKIPPED {test}: the BBC corpus is not at {} (../shared beside the repo)",
        root.display()
    );
    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("{message}; CI always has ../shared, so its absence is a failure");
    }
    // libtest captures `eprintln!` and shows it only for failing tests; writing to the stderr
    // handle itself is not captured, so the skip is seen.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{message}");
    None
}

/// Which part of the gold an article belongs to. Rules are tuned looking at the seeds and the
/// development set only; the test set is measured, never read for misses (`tests/gold/README.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldSet {
    Seeds,
    Development,
    Test,
}

pub struct GoldArticle {
    pub id: String,
    pub set: GoldSet,
    pub text: String,
    pub gold: Value,
    pub predicted: Article,
}

/// Both seeds, understood in a corpus of the seeds; the BBC gold articles of the development
/// (`gold/bbc/`) and test (`gold/bbc-test/`) sets, understood in a corpus of all 2,225 BBC
/// articles (names link across the collection), when the corpus is present.
pub fn load(include_bbc: bool) -> Vec<GoldArticle> {
    let gold_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let seeds = gold_files(&gold_dir.join("seeds"))
        .into_iter()
        .map(|(id, gold)| (id, GoldSet::Seeds, gold))
        .collect();
    let mut out = understood(&repo_root().join("seeds"), seeds);
    if include_bbc {
        let mut bbc = Vec::new();
        for (folder, set) in [("bbc", GoldSet::Development), ("bbc-test", GoldSet::Test)] {
            for section in ["business", "entertainment", "politics", "sport", "tech"] {
                for (number, gold) in gold_files(&gold_dir.join(folder).join(section)) {
                    bbc.push((format!("{section}/{number}"), set, gold));
                }
            }
        }
        out.extend(understood(&bbc_root(), bbc));
    }
    out
}

/// The gold articles as the parser understands them within the whole collection at `root`.
fn understood(root: &Path, golds: Vec<(String, GoldSet, Value)>) -> Vec<GoldArticle> {
    let files = clippings_core::load::read_seeds(root).expect("the gold articles' collection");
    let corpus = Corpus::from_texts(files.iter().map(|f| (f.id.as_str(), f.text.as_str())));
    golds
        .into_iter()
        .map(|(id, set, gold)| {
            let text = files
                .iter()
                .find(|f| f.id == id)
                .expect("gold article")
                .text
                .clone();
            let predicted = corpus.article(&id).expect("gold article").clone();
            GoldArticle {
                id,
                set,
                text,
                gold,
                predicted,
            }
        })
        .collect()
}

fn gold_files(dir: &Path) -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_else(|_| Vec::new());
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let json = std::fs::read_to_string(&p).unwrap();
            (id, serde_json::from_str(&json).expect("gold JSON"))
        })
        .collect()
}

/// The text of a gold span (code point offsets).
fn span_text(text: &str, span: &Value) -> String {
    let start = span[0].as_u64().unwrap() as usize;
    let end = span[1].as_u64().unwrap() as usize;
    text.chars().skip(start).take(end - start).collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_name(predicted: &str, gold_alternatives: &str) -> bool {
    let p = fold(predicted.trim());
    gold_alternatives.split('|').any(|g| fold(g.trim()) == p)
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub predicted: usize,
    pub gold: usize,
    pub matched_predicted: usize,
    pub matched_gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predicted, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.predicted += other.predicted;
        self.gold += other.gold;
        self.matched_predicted += other.matched_predicted;
        self.matched_gold += other.matched_gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub articles: usize,
    pub quotes_30: Counts,
    pub quotes_80: Counts,
    pub speakers_right: usize,
    pub speakers_judged: usize,
    pub entities: BTreeMap<&'static str, Counts>,
    pub dates: Counts,
    pub dates_right: usize,
    pub structure_exact: BTreeMap<&'static str, (usize, usize)>,
    /// What went wrong, for reading: (article, field, detail).
    pub misses: Vec<(String, &'static str, String)>,
}

impl Report {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.speakers_judged)
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.dates_right, self.dates.matched_gold)
    }
}

/// Where each predicted quote lies in the article, in code points: the quote text is found in
/// the whitespace-squashed article, every occurrence tried.
fn occurrences(text: &str, quote: &str) -> Vec<(usize, usize)> {
    let mut squashed = String::new();
    let mut origin = Vec::new();
    let mut last_space = false;
    for (i, c) in text.chars().enumerate() {
        if c.is_whitespace() {
            if !last_space {
                squashed.push(' ');
                origin.push(i);
            }
            last_space = true;
        } else {
            squashed.push(c);
            origin.push(i);
            last_space = false;
        }
    }
    let needle = squash(quote);
    if needle.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = squashed.chars().collect();
    let needle: Vec<char> = needle.chars().collect();
    (0..chars.len().saturating_sub(needle.len() - 1))
        .filter(|&i| chars[i..i + needle.len()] == needle[..])
        .map(|i| (origin[i], origin[i + needle.len() - 1] + 1))
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn quotes(
    article: &GoldArticle,
    threshold: f64,
    report: &mut Report,
    judge_speakers: bool,
) -> Counts {
    let gold: Vec<((usize, usize), String)> = article.gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let s = &q["span"];
            (
                (
                    s[0].as_u64().unwrap() as usize,
                    s[1].as_u64().unwrap() as usize,
                ),
                q["speaker"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let predicted = &article.predicted.quotes;
    let placed: Vec<Vec<(usize, usize)>> = predicted
        .iter()
        .map(|q| occurrences(&article.text, &q.text))
        .collect();
    let mut used = vec![false; predicted.len()];
    let mut counts = Counts {
        predicted: predicted.len(),
        gold: gold.len(),
        ..Counts::default()
    };
    for (span, speaker) in &gold {
        let length = (span.1 - span.0).max(1) as f64;
        let best = placed
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, spans)| {
                let covered = spans.iter().map(|s| overlap(*s, *span)).max().unwrap_or(0);
                (i, covered as f64 / length)
            })
            .filter(|&(_, share)| share > threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((i, _)) => {
                used[i] = true;
                counts.matched_gold += 1;
                counts.matched_predicted += 1;
                if judge_speakers {
                    report.speakers_judged += 1;
                    let said = predicted[i].speaker.as_deref().unwrap_or("");
                    let right = if speaker.is_empty() {
                        said.is_empty()
                    } else {
                        same_name(said, speaker)
                    };
                    if right {
                        report.speakers_right += 1;
                    } else {
                        report.misses.push((
                            article.id.clone(),
                            "speaker",
                            format!("{said:?} for {speaker:?}"),
                        ));
                    }
                }
            }
            None if judge_speakers => report.misses.push((
                article.id.clone(),
                "quote missed",
                span_text(&article.text, &serde_json::json!([span.0, span.1]))
                    .chars()
                    .take(60)
                    .collect(),
            )),
            None => {}
        }
    }
    if judge_speakers {
        for (i, q) in predicted.iter().enumerate().filter(|(i, _)| !used[*i]) {
            let _ = i;
            report.misses.push((
                article.id.clone(),
                "quote extra",
                q.text.chars().take(60).collect(),
            ));
        }
    }
    counts
}

fn names(article: &GoldArticle, field: &'static str, report: &mut Report) -> Counts {
    let gold: Vec<String> = article.gold[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let entities = &article.predicted.entities;
    let predicted: Vec<&str> = match field {
        "people" => &entities.people,
        "places" => &entities.places,
        _ => &entities.organizations,
    }
    .iter()
    .map(|e| &*e.name)
    .collect();
    let mut used = vec![false; predicted.len()];
    let mut matched = 0;
    for g in &gold {
        match (0..predicted.len()).find(|&i| !used[i] && same_name(predicted[i], g)) {
            Some(i) => {
                used[i] = true;
                matched += 1;
            }
            None => report
                .misses
                .push((article.id.clone(), field, format!("missed {g}"))),
        }
    }
    for (i, p) in predicted.iter().enumerate().filter(|(i, _)| !used[*i]) {
        let _ = i;
        report
            .misses
            .push((article.id.clone(), field, format!("extra {p}")));
    }
    Counts {
        predicted: predicted.len(),
        gold: gold.len(),
        matched_predicted: matched,
        matched_gold: matched,
    }
}

fn dates(article: &GoldArticle, report: &mut Report) -> Counts {
    let gold: Vec<(String, Option<String>)> = article.gold["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                squash(&span_text(&article.text, &d["span"])),
                d["date"].as_str().map(str::to_owned),
            )
        })
        .collect();
    let predicted = &article.predicted.dates;
    let mut used = vec![false; predicted.len()];
    let mut matched = 0;
    for (text, date) in &gold {
        match (0..predicted.len()).find(|&i| !used[i] && squash(&predicted[i].text) == *text) {
            Some(i) => {
                used[i] = true;
                matched += 1;
                if predicted[i].date == *date {
                    report.dates_right += 1;
                } else {
                    report.misses.push((
                        article.id.clone(),
                        "date value",
                        format!("{text}: {:?} for {date:?}", predicted[i].date),
                    ));
                }
            }
            None => report
                .misses
                .push((article.id.clone(), "date missed", text.clone())),
        }
    }
    for (i, d) in predicted.iter().enumerate().filter(|(i, _)| !used[*i]) {
        let _ = i;
        report
            .misses
            .push((article.id.clone(), "date extra", d.text.clone()));
    }
    Counts {
        predicted: predicted.len(),
        gold: gold.len(),
        matched_predicted: matched,
        matched_gold: matched,
    }
}

fn structure(article: &GoldArticle, report: &mut Report) {
    let g = &article.gold;
    let p = &article.predicted;
    let text_of = |v: &Value| squash(&span_text(&article.text, &v["span"]));
    let checks: [(&'static str, bool); 5] = [
        ("headline", squash(&p.headline) == text_of(&g["headline"])),
        (
            "dateline",
            match (&p.dateline, g["dateline"].as_object()) {
                (None, None) => true,
                (Some(d), Some(o)) => {
                    o["place"].as_str() == Some(d.place.as_str())
                        && o["agency"].as_str() == d.agency.as_deref()
                }
                _ => false,
            },
        ),
        ("credits", {
            let gold: Vec<(String, String)> = g["credits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c["role"].as_str().unwrap().to_owned(),
                        c["name"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            let predicted: Vec<(String, String)> = p
                .credits
                .iter()
                .map(|c| (c.role.clone(), c.name.clone()))
                .collect();
            gold == predicted
        }),
        ("captions", {
            let gold: Vec<(String, Option<String>)> = g["captions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| (text_of(c), c["credit"].as_str().map(str::to_owned)))
                .collect();
            let predicted: Vec<(String, Option<String>)> = p
                .captions
                .iter()
                .map(|c| (squash(&c.text), c.credit.clone()))
                .collect();
            gold == predicted
        }),
        ("boilerplate", {
            let gold: Vec<String> = g["boilerplate"]
                .as_array()
                .unwrap()
                .iter()
                .map(text_of)
                .collect();
            let predicted: Vec<String> = p.boilerplate.iter().map(|b| squash(b)).collect();
            gold == predicted
        }),
    ];
    for (field, exact) in checks {
        let entry = report.structure_exact.entry(field).or_default();
        entry.1 += 1;
        if exact {
            entry.0 += 1;
        } else {
            report
                .misses
                .push((article.id.clone(), field, "not exact".to_owned()));
        }
    }
}

pub fn evaluate<'a>(articles: impl IntoIterator<Item = &'a GoldArticle>) -> Report {
    let mut report = Report::default();
    for article in articles {
        report.articles += 1;
        let q30 = quotes(article, 0.3, &mut report, true);
        report.quotes_30.add(q30);
        let q80 = quotes(article, 0.8, &mut report, false);
        report.quotes_80.add(q80);
        for field in ["people", "places", "organizations"] {
            let counts = names(article, field, &mut report);
            report.entities.entry(field).or_default().add(counts);
        }
        let d = dates(article, &mut report);
        report.dates.add(d);
        structure(article, &mut report);
    }
    report
}

/// The report as a Markdown table.
pub fn table(title: &str, r: &Report) -> String {
    let mut out = format!(
        "### {title} ({} articles)\n\n| field | precision | recall | F1 | accuracy |\n| --- | --- | --- | --- | --- |\n",
        r.articles
    );
    let row = |name: &str, c: &Counts, accuracy: String| {
        format!(
            "| {name} | {:.3} | {:.3} | {:.3} | {accuracy} |\n",
            c.precision(),
            c.recall(),
            c.f1()
        )
    };
    out += &row(
        &format!("quotes, >30% overlap ({} gold)", r.quotes_30.gold),
        &r.quotes_30,
        format!(
            "speaker {:.3} ({}/{})",
            r.speaker_accuracy(),
            r.speakers_right,
            r.speakers_judged
        ),
    );
    out += &row("quotes, >80% overlap", &r.quotes_80, String::new());
    for (field, c) in &r.entities {
        out += &row(&format!("{field} ({} gold)", c.gold), c, String::new());
    }
    out += &row(
        &format!("dates ({} gold)", r.dates.gold),
        &r.dates,
        format!("value {:.3}", r.date_accuracy()),
    );
    for (field, (exact, of)) in &r.structure_exact {
        out += &format!("| {field} | | | | exact {exact}/{of} |\n");
    }
    out
}
