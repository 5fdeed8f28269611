//! Hand labels of real news (docs/labelling.md), read with the articles of `../shared/bench-corpus`.
//!
//! Labels are file names, character offsets and an FNV-1a checksum of each span; the text comes from the
//! bench corpus at run time and never from the repository. A span whose checksum no longer matches the
//! text is reported and left out, so a changed article cannot silently score wrong. Shared by the
//! evaluation test and the matcher's training program (`examples/train_matcher.rs`).

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A labelled span, converted to byte offsets of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn overlaps(&self, doc: usize, start: usize, end: usize) -> bool {
        self.doc == doc && self.start < end && start < self.end
    }
}

#[derive(Debug, Clone)]
pub struct ValueMention {
    pub diff: String,
    pub kind: String,
    pub group: String,
    pub span: Span,
}

/// One labelled event: its articles (file name, text) and every label.
#[derive(Debug, Default)]
pub struct Event {
    pub name: String,
    pub files: Vec<String>,
    pub texts: Vec<String>,
    pub pairs: Vec<(Span, Span)>,
    /// Person id → mentions.
    pub people: BTreeMap<String, Vec<Span>>,
    pub quotes: Vec<(Span, String)>,
    pub differences: Vec<ValueMention>,
    /// Labels whose checksum no longer matches the text.
    pub stale: usize,
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/bench-corpus` beside the repository (or `PARALLAX_BENCH`), when it is there.
pub fn bench_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("PARALLAX_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/bench-corpus"));
    dir.is_dir().then_some(dir)
}

/// `crates/core/tests/labels` (from the repository root, so tools outside the core crate find it too).
pub fn labels_dir() -> PathBuf {
    repo_root().join("crates/core/tests/labels")
}

pub fn fnv(text: &str) -> String {
    let mut h: u32 = 0x811C_9DC5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

fn rows(dir: &Path, kind: &str) -> Vec<Vec<String>> {
    let Ok(text) = std::fs::read_to_string(dir.join(format!("{kind}.tsv"))) else { return Vec::new() };
    text.lines().skip(1).filter(|l| !l.is_empty()).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

/// Every labelled event, with its texts read from the bench corpus.
pub fn load_all(bench: &Path) -> Vec<Event> {
    let mut names: Vec<String> = std::fs::read_dir(labels_dir())
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    parallax_core::sort::sort(&mut names);
    names.into_iter().filter_map(|n| load(bench, &n)).collect()
}

/// The labelled events whose sentence pairs are labelled too: the pair model is trained and scored on
/// these only (an event labelled for people, quotes and differences alone has no `pairs.tsv`; its
/// candidate pairs are not all negatives).
pub fn load_paired(bench: &Path) -> Vec<Event> {
    load_all(bench).into_iter().filter(|e| !e.pairs.is_empty()).collect()
}

pub fn load(bench: &Path, name: &str) -> Option<Event> {
    let dir = bench.join(name);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    parallax_core::sort::sort(&mut files);
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(dir.join(f)).expect("article")).collect();
    let mut event = Event { name: name.to_string(), files, texts, ..Event::default() };
    let ldir = labels_dir().join(name);
    let mut span = |f: &str, s: &str, e: &str, sum: &str| -> Option<Span> {
        let doc = event.files.iter().position(|x| x == f)?;
        let text = &event.texts[doc];
        let (s, e): (usize, usize) = (s.parse().ok()?, e.parse().ok()?);
        let byte = |c: usize| text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(text.len());
        let (bs, be) = (byte(s), byte(e));
        if fnv(&text[bs..be]) != sum {
            event.stale += 1;
            return None;
        }
        Some(Span { doc, start: bs, end: be })
    };
    let mut pairs = Vec::new();
    for r in rows(&ldir, "pairs") {
        if let (Some(a), Some(b)) = (span(&r[0], &r[1], &r[2], &r[3]), span(&r[4], &r[5], &r[6], &r[7])) {
            pairs.push((a, b));
        }
    }
    let mut people: BTreeMap<String, Vec<Span>> = BTreeMap::new();
    for r in rows(&ldir, "people") {
        if let Some(s) = span(&r[1], &r[2], &r[3], &r[4]) {
            people.entry(r[0].clone()).or_default().push(s);
        }
    }
    let mut quotes = Vec::new();
    for r in rows(&ldir, "quotes") {
        if let Some(s) = span(&r[0], &r[1], &r[2], &r[3]) {
            quotes.push((s, r[4].clone()));
        }
    }
    let mut differences = Vec::new();
    for r in rows(&ldir, "differences") {
        if let Some(s) = span(&r[3], &r[4], &r[5], &r[6]) {
            differences.push(ValueMention { diff: r[0].clone(), kind: r[1].clone(), group: r[2].clone(), span: s });
        }
    }
    event.pairs = pairs;
    event.people = people;
    event.quotes = quotes;
    event.differences = differences;
    Some(event)
}

/// Whether a pair of sentences, each given as (document, start, end) in bytes, is the labelled pair `g`
/// (spans overlap, either way round: the splitter may cut a sentence differently from the labeller).
pub fn same_pair(g: &(Span, Span), a: (usize, usize, usize), b: (usize, usize, usize)) -> bool {
    (g.0.overlaps(a.0, a.1, a.2) && g.1.overlaps(b.0, b.1, b.2))
        || (g.1.overlaps(a.0, a.1, a.2) && g.0.overlaps(b.0, b.1, b.2))
}

/// The (sentence, other article) links the labelled pairs make: what the margin bars and "reported by k
/// of n" count. Sentences are (document, index) in the analysis's documents.
pub fn gold_links(event: &Event, documents: &[parallax_core::DocumentReport]) -> BTreeSet<((usize, usize), usize)> {
    let sentences_at = |sp: &Span| -> Vec<(usize, usize)> {
        let doc = &documents[sp.doc];
        (0..doc.sentences.len())
            .filter(|&i| sp.overlaps(sp.doc, doc.sentences[i].start, doc.sentences[i].end))
            .map(|i| (sp.doc, i))
            .collect()
    };
    let mut links = BTreeSet::new();
    for (x, y) in &event.pairs {
        links.extend(sentences_at(x).into_iter().map(|s| (s, y.doc)));
        links.extend(sentences_at(y).into_iter().map(|s| (s, x.doc)));
    }
    links
}

/// Precision, recall and F1 from counts (an empty side scores 1).
pub fn prf(tp_pred: usize, pred: usize, tp_gold: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 1.0 } else { tp_pred as f64 / pred as f64 };
    let r = if gold == 0 { 1.0 } else { tp_gold as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}
