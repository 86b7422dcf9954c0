//! Copies of one story in a collection: articles whose bodies are the same, or almost.
//!
//! Collections gathered from feeds hold the same story more than once (the BBC set has 133
//! bodies twice over, filed under two ids). Left alone, both copies stand side by side in
//! results, in "More like this" and in facet counts; found once at build time, they collapse
//! into one hit that names the other copies.
//!
//! - **Exact copies** have the same body word for word: the same folded words in the same order
//!   (the index's word stream after the headline), so that spacing, paragraph breaks, case and
//!   punctuation do not tell them apart. Their words are hashed, and bodies with equal hashes
//!   are compared, so a hash collision cannot join two stories.
//! - **Near copies** share at least [`NEAR_COPY_JACCARD`] of their [`SHINGLE_WORDS`]-word
//!   shingles (Jaccard similarity of the sets of word sequences). Candidates come from MinHash
//!   signatures cut into bands (locality-sensitive hashing: Broder 1997; Leskovec, Rajaraman and
//!   Ullman, *Mining of Massive Datasets*, ch. 3), so only articles that agree on a whole band
//!   are compared, and their real Jaccard decides. No two full texts are compared otherwise:
//!   the work grows with the collection's words, not with the square of its articles.
//!
//! Copies are grouped transitively (a union-find over the pairs found): a story filed three
//! times is one group.

use crate::index::{stream_fields, DocId, Index, WordId};
use crate::ARTICLES_PER_STEP;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

/// Words in a shingle. Five words is the usual size for news-length texts: long enough that
/// two different stories rarely share one by chance, short enough that a corrected typo
/// changes only a handful.
pub const SHINGLE_WORDS: usize = 5;

/// Shingles two bodies must share (as a share of all the shingles of either) to be copies.
///
/// Chosen on the BBC pairs around it: from 0.99 down to 0.81 every pair is one text with typos
/// corrected, a spelling changed ("tyres"/"tires") or a sentence or two edited; a reader who
/// opens either reads the same story. The next pairs below (0.76 and 0.74) are one story of
/// which one copy has several paragraphs more (hundreds of words) that the other lacks, and
/// below 0.70 they are updates of a story written again later in the day, with other figures
/// and another headline: articles in their own right.
pub const NEAR_COPY_JACCARD: f64 = 0.8;

/// Words a body needs to be a copy of another. A line or two can be the same in two stories by
/// chance ("A storm hit." under two datelines twelve years apart, or a wire's one-line brief
/// filed by two agencies), and a text that short loses nothing when it is listed twice; a news
/// sentence runs to about twenty words.
pub const MIN_COPY_WORDS: usize = 20;

/// Values in a MinHash signature: [`BANDS`] bands of [`BAND_ROWS`].
const MINHASHES: usize = 64;
/// Rows in a band. Two bodies are compared when they agree on all rows of any band: with 16
/// bands of 4, a pair at Jaccard 0.8 is compared with probability 1 - (1 - 0.8^4)^16 > 0.999;
/// one at 0.3, with about 0.12.
const BAND_ROWS: usize = 4;
const BANDS: usize = MINHASHES / BAND_ROWS;
/// In a band's bucket, each body is compared with at most this many that came before it: a
/// collection of thousands of near-identical bodies (hostile, or a feed's boilerplate) costs a
/// few comparisons per article, not one per pair, and the union-find still joins the group.
const COMPARED_IN_BUCKET: usize = 8;

/// Articles that hold one story, by ascending document; `exact` when every body is the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyGroup {
    pub docs: Vec<DocId>,
    pub exact: bool,
}

/// The collection's groups of copies, found once by [`Duplicates::find`].
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Duplicates {
    /// Groups of two articles or more, by their first document.
    groups: Vec<CopyGroup>,
    /// For each article in a group, the group's position in `groups`: made on first use.
    #[serde(skip)]
    group_of: OnceLock<HashMap<DocId, usize>>,
}

/// Equal when the groups are: the lookup made on first use is not part of what they say.
impl PartialEq for Duplicates {
    fn eq(&self, other: &Self) -> bool {
        self.groups == other.groups
    }
}

impl Duplicates {
    /// Finds the exact and near copies among the indexed articles: [`Finding`]'s steps, one
    /// after another.
    pub fn find(index: &Index) -> Duplicates {
        let mut finding = Finding::new(index);
        loop {
            if let Some(found) = finding.step(index) {
                return found;
            }
        }
    }

    /// Whether every group names only articles below `documents`: a check on groups read back
    /// from bytes.
    pub fn fits(&self, documents: usize) -> bool {
        self.groups
            .iter()
            .all(|g| g.docs.iter().all(|&d| (d as usize) < documents))
    }

    pub fn groups(&self) -> &[CopyGroup] {
        &self.groups
    }

    /// The position of the article's group in [`Duplicates::groups`]; `None` when it has no copy.
    pub fn group(&self, doc: DocId) -> Option<usize> {
        self.group_of
            .get_or_init(|| {
                self.groups
                    .iter()
                    .enumerate()
                    .flat_map(|(g, group)| group.docs.iter().map(move |&d| (d, g)))
                    .collect()
            })
            .get(&doc)
            .copied()
    }

    /// The article's other copies, by ascending document; none when it has no copy.
    pub fn copies_of(&self, doc: DocId) -> impl Iterator<Item = DocId> + '_ {
        self.group(doc)
            .map_or(&[][..], |g| &self.groups[g].docs[..])
            .iter()
            .copied()
            .filter(move |&d| d != doc)
    }

    /// How many of `found` have copies: at most this many leave when they collapse.
    pub fn with_copies(&self, found: impl IntoIterator<Item = DocId>) -> usize {
        if self.groups.is_empty() {
            return 0;
        }
        found
            .into_iter()
            .filter(|&doc| self.group(doc).is_some())
            .count()
    }

    /// Keeps the first of each story's copies in `found` (which is in the order shown) and
    /// drops the others: one story, one result.
    pub fn collapse<T>(&self, found: &mut Vec<T>, doc_of: impl Fn(&T) -> DocId) {
        if self.groups.is_empty() {
            return;
        }
        let mut seen = vec![false; self.groups.len()];
        found.retain(|found| match self.group(doc_of(found)) {
            Some(g) => !std::mem::replace(&mut seen[g], true),
            None => true,
        });
    }
}

/// The search for copies of [`Duplicates::find`] cut into steps, so that a page adding articles
/// can draw and answer between them (`Adding`): each step reads the bodies of
/// [`ARTICLES_PER_STEP`] articles (their words, and the exact copies among them), or makes the
/// MinHash signatures of that many, or (the last) compares the candidates the bands give and
/// groups the copies. The steps take the articles in their order, so the groups are the same as
/// in one go. Each step is given the same index the search began with.
pub struct Finding {
    /// Each article's body, read in order: how many there are says how far the reading got.
    bodies: Vec<Vec<WordId>>,
    /// Articles (of those read) whose signatures have been made.
    signed: usize,
    sets: UnionFind,
    /// For each article read, the first article with the same body (itself when none came
    /// before).
    exact_of: Vec<usize>,
    by_hash: HashMap<u64, Vec<usize>>,
    /// One article of each body long enough to be a copy, with its shingles.
    shingles: Vec<(usize, Vec<u64>)>,
    signatures: Vec<[u64; MINHASHES]>,
}

impl Finding {
    pub fn new(index: &Index) -> Finding {
        let n = index.document_count();
        Finding {
            bodies: Vec::with_capacity(n),
            signed: 0,
            sets: UnionFind::new(n),
            exact_of: Vec::with_capacity(n),
            by_hash: HashMap::new(),
            shingles: Vec::new(),
            signatures: Vec::new(),
        }
    }

    /// Does the next share of the work; gives the copies found after the last.
    pub fn step(&mut self, index: &Index) -> Option<Duplicates> {
        let n = index.document_count();
        let read = self.bodies.len();
        if read < n {
            self.read_bodies(index, (read + ARTICLES_PER_STEP).min(n));
            return None;
        }
        if self.signed < n {
            let until = (self.signed + ARTICLES_PER_STEP).min(n);
            self.sign(until);
            self.signed = until;
            return None;
        }
        Some(self.grouped())
    }

    /// Exact copies: the same words in the same order.
    fn read_bodies(&mut self, index: &Index, until: usize) {
        for doc in self.bodies.len()..until {
            let body = body_words(&index.stream(doc as DocId));
            self.exact_of.push(doc);
            if body.len() >= MIN_COPY_WORDS {
                let same = self.by_hash.entry(hash_of(&body)).or_default();
                match same.iter().find(|&&first| self.bodies[first] == body) {
                    Some(&first) => {
                        self.exact_of[doc] = first;
                        self.sets.join(first, doc);
                    }
                    None => same.push(doc),
                }
            }
            self.bodies.push(body);
        }
    }

    /// Shingles and signatures of one article of each body among the next ones, each body's own
    /// work, done across cores (`par`).
    fn sign(&mut self, until: usize) {
        let firsts: Vec<usize> = (self.signed..until)
            .filter(|&doc| self.exact_of[doc] == doc && self.bodies[doc].len() >= MIN_COPY_WORDS)
            .collect();
        let shingled: Vec<(usize, Vec<u64>)> =
            crate::par::map(&firsts, |&doc| (doc, shingles(&self.bodies[doc])))
                .into_iter()
                .filter(|(_, s)| !s.is_empty())
                .collect();
        self.signatures
            .extend(crate::par::map(&shingled, |(_, s)| signature(s)));
        self.shingles.extend(shingled);
    }

    /// Near copies: the pairs that agree on a band, compared by their real Jaccard; then every
    /// group of two or more.
    fn grouped(&mut self) -> Duplicates {
        let (shingles, sets) = (&self.shingles, &mut self.sets);
        let mut compared: HashSet<(usize, usize)> = HashSet::new();
        for band in 0..BANDS {
            let rows = band * BAND_ROWS..(band + 1) * BAND_ROWS;
            let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
            for (i, signature) in self.signatures.iter().enumerate() {
                buckets
                    .entry(hash_of(&signature[rows.clone()]))
                    .or_default()
                    .push(i);
            }
            for bucket in buckets.values().filter(|b| b.len() > 1) {
                for (k, &i) in bucket.iter().enumerate().skip(1) {
                    for &j in &bucket[..k.min(COMPARED_IN_BUCKET)] {
                        let (a, b) = (shingles[j].0, shingles[i].0);
                        if sets.root(a) == sets.root(b) || !compared.insert((a, b)) {
                            continue;
                        }
                        if jaccard(&shingles[j].1, &shingles[i].1) >= NEAR_COPY_JACCARD {
                            sets.join(a, b);
                        }
                    }
                }
            }
        }

        let n = self.exact_of.len();
        let mut members: HashMap<usize, Vec<DocId>> = HashMap::new();
        for doc in 0..n {
            members
                .entry(self.sets.root(doc))
                .or_default()
                .push(doc as DocId);
        }
        let exact_of = &self.exact_of;
        let mut groups: Vec<CopyGroup> = members
            .into_values()
            .filter(|docs| docs.len() > 1)
            .map(|docs| CopyGroup {
                exact: docs
                    .iter()
                    .all(|&d| exact_of[d as usize] == exact_of[docs[0] as usize]),
                docs,
            })
            .collect();
        groups.sort_unstable_by_key(|g| g.docs[0]);
        Duplicates {
            groups,
            group_of: OnceLock::new(),
        }
    }
}

/// The body's words in order, without the headline (which copies may word differently) and
/// without the breaks between paragraphs (which copies may place differently).
fn body_words(stream: &[WordId]) -> Vec<WordId> {
    stream_fields(stream).skip(1).flatten().copied().collect()
}

/// A hash that is the same on every run (`DefaultHasher::new` has fixed keys, unlike a
/// `HashMap`'s), so that a build finds the same groups each time.
fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// SplitMix64's finaliser: spreads every bit of `x` over the whole word.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The distinct shingles of a body as hashes, sorted; none for a body shorter than a shingle.
fn shingles(body: &[WordId]) -> Vec<u64> {
    let mut out: Vec<u64> = body
        .windows(SHINGLE_WORDS)
        .map(|window| {
            window
                .iter()
                .fold(0u64, |h, &w| mix(h ^ u64::from(w).wrapping_add(1)))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A MinHash signature by one permutation hashing (Li, Owen and Zhang, "One Permutation
/// Hashing", NIPS 2012): each shingle is hashed once, the hash's top bits pick one of the
/// [`MINHASHES`] bins and each bin keeps its least hash. That costs one hash per shingle where
/// [`MINHASHES`] separate permutations would cost that many. A bin that no shingle fell in
/// (short bodies) borrows from the next filled bin to its right, offset by the distance
/// ("densification by rotation": Shrivastava and Li, ICML 2014), so that two copies still
/// agree on it.
fn signature(shingles: &[u64]) -> [u64; MINHASHES] {
    const BIN_BITS: u32 = MINHASHES.trailing_zeros();
    let mut least = [u64::MAX; MINHASHES];
    for &shingle in shingles {
        let hash = mix(shingle);
        let bin = (hash >> (64 - BIN_BITS)) as usize;
        let value = hash & (u64::MAX >> BIN_BITS);
        least[bin] = least[bin].min(value);
    }
    if least.iter().all(|&v| v == u64::MAX) {
        return least;
    }
    let filled = least;
    for (bin, slot) in least.iter_mut().enumerate() {
        if *slot != u64::MAX {
            continue;
        }
        let (distance, value) = (1..MINHASHES)
            .map(|d| (d, filled[(bin + d) % MINHASHES]))
            .find(|&(_, v)| v != u64::MAX)
            .expect("some bin is filled");
        // Far above any bin's own values (which have BIN_BITS fewer bits), one step per bin.
        *slot = value | (distance as u64) << (64 - BIN_BITS);
    }
    least
}

/// Shared shingles over all shingles of either, of two sorted sets.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

/// Disjoint sets of articles, joined pair by pair.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b` under the smaller root, so roots stay first articles.
    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        let (low, high) = (a.min(b), a.max(b));
        self.parent[high] = low;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_counts_shared_shingles_over_all_of_them() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 0.0);
        assert_eq!(jaccard(&[7], &[7]), 1.0);
    }

    #[test]
    fn a_body_shorter_than_a_shingle_has_no_shingles() {
        assert!(shingles(&[1, 2, 3, 4]).is_empty());
        assert_eq!(shingles(&[1, 2, 3, 4, 5, 1, 2, 3, 4, 5]).len(), 5);
    }
}
