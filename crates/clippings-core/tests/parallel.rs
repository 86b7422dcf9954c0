//! A collection built across cores (the `parallel` feature, which `build.rs` uses) is the
//! collection built one article after another: the same articles, names, keywords, index and
//! copies, and the same bytes when written out.
//!
//! Needs the feature: `cargo test -p clippings-core --features parallel --test parallel`
//! (`scripts/test.sh` runs it so). "One after another" is rayon's pool with one thread, where
//! each piece of work runs in turn on that thread; "across cores" is a pool of four threads, more
//! than the test machine's two cores, so that the work is split and interleaved differently on
//! every run.

use clippings_core::load::read_seeds;
use clippings_core::Corpus;

mod evaluation;

/// The collection built from `texts` on a pool of `threads` threads.
fn built_on(threads: usize, texts: &[(String, String)]) -> Corpus {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
        .install(|| Corpus::from_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str()))))
}

/// Whether two builds are the same collection, as a value and as the bytes written for it.
/// A difference is told by the first article that differs: the whole `Debug` of a collection
/// would be megabytes.
fn assert_same(sequential: &Corpus, parallel: &Corpus) {
    let pairs = sequential.articles().iter().zip(parallel.articles());
    for (one, other) in pairs {
        assert_eq!(one, other, "article {} differs", one.id);
    }
    assert_eq!(sequential.len(), parallel.len());
    assert!(sequential == parallel, "the collections differ");
    assert!(
        sequential.to_bytes() == parallel.to_bytes(),
        "the collections are equal but are written differently"
    );
}

/// A small deterministic generator (64-bit LCG, Knuth's MMIX constants): made-up articles vary
/// the same way on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next(items.len())]
    }
}

/// Made-up articles that reach every collection-wide pass: people named in full in some articles
/// and by surname in others (`link_people`), a first name the census lacks that a title proves
/// (learned, then read again in the articles that use it), an acronym one article shows to be a
/// body, a name most articles give as an organisation (`link_kinds`), quotes, datelines,
/// captions, hyphenated and apostrophe words, exact and near copies, and folders.
fn made_up_articles(count: usize) -> Vec<(String, String)> {
    let people = [
        "President Zorvath Quellan",
        "Foreign Minister Anna Kowalczyk",
        "Chief executive Tom Marlowe",
        "Baroness Kennedy",
        "Party leader Charles Kennedy",
        "Zorvath Pike",
    ];
    let said = [
        "said the talks had gone well",
        "told reporters the e-mail was genuine",
        "said O'Sullivan's report was wrong",
        "warned that prices would rise by four per cent",
    ];
    let places = ["London", "Aberdeen", "Paris", "Minsk", "Washington"];
    let subjects = [
        "Ferry crews voted to accept a new pay offer after weeks of talks with the port",
        "Shares in Tony Boerse rose sharply on Monday",
        "A spokesman for Tony Boerse said it would bid again",
        "The QXV said its figures for the year were up",
        "The show moves to QXV next year, the network said",
        "Fishing boats waited offshore for days before the winter storms",
        "The government published a long-awaited report on 3 March 2005",
    ];
    let folders = ["business", "politics", "sport"];
    let mut rng = Lcg(7);
    let mut articles: Vec<(String, String)> = Vec::new();
    for n in 0..count {
        let folder = rng.pick(&folders);
        let id = format!("{folder}/{n:04}");
        // Every seventh article is a copy of an earlier one: exact, or with one word changed.
        if n >= 10 && n % 7 == 0 {
            let (_, earlier) = articles[rng.next(n)].clone();
            let text = if n % 2 == 0 {
                earlier
            } else {
                earlier.replacen(" the ", " a ", 1)
            };
            articles.push((id, text));
            continue;
        }
        let mut text = format!("{} in {}\n\n", rng.pick(&subjects), rng.pick(&places));
        text += &format!("{} (Reuters) - ", rng.pick(&places).to_uppercase());
        for paragraph in 0..3 + rng.next(5) {
            let person = rng.pick(&people);
            let surname = person.rsplit(' ').next().unwrap_or(person);
            text += &match paragraph % 3 {
                0 => format!("{person} {} on Tuesday. ", rng.pick(&said)),
                1 => format!("\"We will not wait,\" {surname} said. "),
                _ => format!("Zorvath spoke to {surname} in {}. ", rng.pick(&places)),
            };
            text += rng.pick(&subjects);
            text += ".\n\n";
        }
        if n % 5 == 0 {
            text += "Ferry crews at the quay. Photo: AFP\n\n";
        }
        text += "(Reporting by David Example; Editing by Sandra Example)\n";
        articles.push((id, text));
    }
    articles
}

#[test]
fn made_up_articles_build_the_same_across_cores_as_one_after_another() {
    let texts = made_up_articles(400);
    let sequential = built_on(1, &texts);
    // The collection reaches what the test is for: copies found, names linked across articles.
    assert!(!sequential.copy_groups().is_empty());
    assert!(sequential.articles().iter().any(|a| a
        .entities
        .people
        .iter()
        .any(|p| &*p.name == "Zorvath Pike")));
    for _ in 0..3 {
        assert_same(&sequential, &built_on(4, &texts));
    }
}

#[test]
fn articles_added_to_a_collection_build_the_same_across_cores() {
    let texts = made_up_articles(300);
    let (own, added) = texts.split_at(200);
    let add = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        pool.install(|| {
            let added = added
                .iter()
                .map(|(id, text)| clippings_core::parse(id, text))
                .collect();
            built_on(threads, own).with_added(added)
        })
    };
    assert_same(&add(1), &add(4));
}

#[test]
fn the_bbc_corpus_builds_the_same_across_cores() {
    let Some(dir) = evaluation::bbc_corpus("the_bbc_corpus_builds_the_same_across_cores") else {
        return;
    };
    let texts: Vec<(String, String)> = read_seeds(&dir)
        .expect("the BBC corpus reads")
        .into_iter()
        .map(|file| (file.id, file.text))
        .collect();
    assert_same(&built_on(1, &texts), &built_on(4, &texts));
}
