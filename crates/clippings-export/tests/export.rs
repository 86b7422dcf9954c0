//! The `export` command on folders of made-up articles: one JSON object per line that parses
//! back, with the article's fields and its copies; a clear error for a folder that is not there.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh folder for one test under the system's temporary folder, emptied first.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clippings-export-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

fn export(folder: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_export"))
        .arg(folder)
        .output()
        .expect("the export runs")
}

const STORY: &str = "Harbour workers in Aberdeen voted on Tuesday to accept a new pay offer after \
    weeks of talks with the port authority. The union said the deal would raise wages by four \
    per cent this year and protect jobs on the night shift. Managers said ships had been \
    waiting offshore for days and that the vote would let the quays reopen before the winter \
    storms.";

#[test]
fn every_article_is_one_line_of_json_with_its_fields_and_copies() {
    let dir = scratch("lines");
    fs::create_dir_all(dir.join("wire")).unwrap();
    fs::write(
        dir.join("wire/first.txt"),
        format!("Dockers back pay deal\n\n{STORY}\n"),
    )
    .unwrap();
    fs::write(
        dir.join("wire/second.txt"),
        format!("Aberdeen port strike ends\n\n{STORY}\n"),
    )
    .unwrap();
    fs::write(
        dir.join("talks.txt"),
        "Talks in Geneva\n\nUS Secretary of State John Kerry said the talks \"went well\" on \
         Monday.\n",
    )
    .unwrap();
    // Latin-1: the é of café is byte E9, which is not UTF-8.
    fs::write(
        dir.join("latin.txt"),
        b"Caf\xe9 opens\n\nA caf\xe9 opened in Leeds on Friday.\n",
    )
    .unwrap();

    let output = export(&dir);
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("latin.txt is not valid UTF-8: it was decoded as windows-1252"),
        "{stderr}"
    );
    let stdout = String::from_utf8(output.stdout).expect("the export is UTF-8");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON value"))
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["latin", "talks", "wire/first", "wire/second"]);

    let by_id = |id: &str| lines.iter().find(|l| l["id"] == id).unwrap();
    assert_eq!(
        by_id("wire/first")["copies"],
        serde_json::json!(["wire/second"])
    );
    assert_eq!(
        by_id("wire/second")["copies"],
        serde_json::json!(["wire/first"])
    );
    assert_eq!(by_id("talks")["copies"], serde_json::json!([]));
    let talks = by_id("talks");
    assert_eq!(talks["headline"], "Talks in Geneva");
    assert_eq!(talks["entities"]["people"][0]["name"], "John Kerry");
    assert_eq!(talks["quotes"][0]["text"], "went well");
    assert_eq!(
        by_id("latin")["paragraphs"][0],
        "A café opened in Leeds on Friday."
    );
    // Every field of CONTRACT.md's Article is there, as the page's API names it.
    for field in [
        "id",
        "headline",
        "source",
        "dateline",
        "published",
        "credits",
        "captions",
        "paragraphs",
        "boilerplate",
        "quotes",
        "entities",
        "dates",
        "keywords",
        "language",
        "word_count",
        "reading_minutes",
    ] {
        assert!(talks.get(field).is_some(), "no {field} in {talks}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_folder_is_named_and_fails() {
    let parent = scratch("missing");
    let dir = parent.join("not-there");
    let output = export(&dir);
    let _ = fs::remove_dir_all(&parent);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("cannot read {}", dir.display())),
        "{stderr}"
    );
}

#[test]
fn no_folder_prints_the_usage_and_fails() {
    let output = Command::new(env!("CARGO_BIN_EXE_export"))
        .output()
        .expect("the export runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: export <folder"));
}
