//! Measures the aligner against labelled pairs read by hand: the bundled corpus (tests/data/seeds-gold.tsv,
//! exhaustive same-information pairs plus hard negatives) and a second corpus written for the purpose
//! (tests/data/second/, another event). Precision counts every predicted pair not labelled `same` as
//! wrong, so it is a lower bound. Run with `--nocapture` to see the numbers.

use parallax_core::{analyze, Analysis, SourceText};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

struct Gold {
    same: BTreeSet<((usize, usize), (usize, usize))>,
    different: BTreeSet<((usize, usize), (usize, usize))>,
}

fn load_corpus(dir: &Path, files: &[String]) -> Vec<SourceText> {
    files
        .iter()
        .map(|f| {
            SourceText::new(
                f.clone(),
                std::fs::read_to_string(dir.join(f)).expect("corpus file"),
            )
        })
        .collect()
}

fn locate(analysis: &Analysis, doc: usize, snippet: &str) -> (usize, usize) {
    let hits: Vec<usize> = analysis.documents[doc]
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.text.contains(snippet))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "snippet {snippet:?} should be inside exactly one sentence of document {doc}"
    );
    (doc, hits[0])
}

fn load_gold(path: &Path, files: &[String], analysis: &Analysis) -> Gold {
    let text = std::fs::read_to_string(path).expect("gold file");
    let mut gold = Gold {
        same: BTreeSet::new(),
        different: BTreeSet::new(),
    };
    for line in text
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "gold line {line:?}");
        let doc_of = |f: &str| {
            files
                .iter()
                .position(|x| x == f)
                .unwrap_or_else(|| panic!("unknown file {f}"))
        };
        let a = locate(analysis, doc_of(cols[1]), cols[2]);
        let b = locate(analysis, doc_of(cols[3]), cols[4]);
        let pair = if a < b { (a, b) } else { (b, a) };
        match cols[0] {
            "same" => gold.same.insert(pair),
            "different" => gold.different.insert(pair),
            other => panic!("unknown label {other}"),
        };
    }
    gold
}

struct Scores {
    precision: f64,
    recall: f64,
    f1: f64,
    hard_negatives_predicted: usize,
}

fn score(analysis: &Analysis, gold: &Gold) -> Scores {
    let predicted: BTreeSet<((usize, usize), (usize, usize))> = analysis
        .alignments
        .iter()
        .map(|a| ((a.a[0], a.a[1]), (a.b[0], a.b[1])))
        .collect();
    let tp = predicted.intersection(&gold.same).count() as f64;
    let precision = if predicted.is_empty() {
        0.0
    } else {
        tp / predicted.len() as f64
    };
    let recall = tp / gold.same.len() as f64;
    let f1 = if tp == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Scores {
        precision,
        recall,
        f1,
        hard_negatives_predicted: predicted.intersection(&gold.different).count(),
    }
}

fn evaluate(dir: PathBuf, gold_path: PathBuf) -> Scores {
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    let analysis = analyze(&load_corpus(&dir, &files));
    let gold = load_gold(&gold_path, &files, &analysis);
    let s = score(&analysis, &gold);
    println!(
        "{}: gold {} same / {} hard negatives; predicted {}; precision {:.3} recall {:.3} F1 {:.3}; hard negatives predicted {}",
        dir.display(),
        gold.same.len(),
        gold.different.len(),
        analysis.alignments.len(),
        s.precision,
        s.recall,
        s.f1,
        s.hard_negatives_predicted
    );
    s
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn aligner_on_the_bundled_corpus_beats_the_bag_of_words_baseline() {
    let s = evaluate(
        manifest_dir().join("../../corpus"),
        manifest_dir().join("tests/data/seeds-gold.tsv"),
    );
    // TF-IDF cosine at its best threshold: recall ≈ 0.5 at precision ≈ 0.33 (F1 ≈ 0.4).
    assert!(s.precision >= 0.70, "precision {:.3}", s.precision);
    assert!(s.f1 >= 0.55, "F1 {:.3}", s.f1);
    assert!(
        s.hard_negatives_predicted <= 4,
        "hard negatives predicted: {}",
        s.hard_negatives_predicted
    );
}

#[test]
fn aligner_on_the_second_corpus_is_not_tuned_to_one_event() {
    let dir = manifest_dir().join("tests/data/second");
    let s = evaluate(dir.clone(), dir.join("gold.tsv"));
    assert!(s.precision >= 0.70, "precision {:.3}", s.precision);
    assert!(s.f1 >= 0.55, "F1 {:.3}", s.f1);
}

/// Writes every candidate pair with its score and gold label to $PARALLAX_DUMP (for tuning by hand).
#[test]
#[ignore]
fn dump_candidates_for_tuning() {
    let Ok(out) = std::env::var("PARALLAX_DUMP") else {
        return;
    };
    let mut rows = String::new();
    for (dir, gold_path) in [
        (
            manifest_dir().join("../../corpus"),
            manifest_dir().join("tests/data/seeds-gold.tsv"),
        ),
        (
            manifest_dir().join("tests/data/second"),
            manifest_dir().join("tests/data/second/gold.tsv"),
        ),
    ] {
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|f| f.ends_with(".txt"))
            .collect();
        files.sort();
        let sources = load_corpus(&dir, &files);
        let analysis = analyze(&sources);
        let gold = load_gold(&gold_path, &files, &analysis);
        let predicted: BTreeSet<_> = analysis
            .alignments
            .iter()
            .map(|a| ((a.a[0], a.a[1]), (a.b[0], a.b[1])))
            .collect();
        let config = parallax_core::AlignConfig::default();
        let mut seen = BTreeSet::new();
        for c in parallax_core::score_all_candidates(&sources, &config) {
            let pair = (c.a, c.b);
            seen.insert(pair);
            let label = if gold.same.contains(&pair) {
                "same"
            } else if gold.different.contains(&pair) {
                "diff"
            } else {
                "-"
            };
            let t = |x: (usize, usize)| analysis.documents[x.0].sentences[x.1].text.clone();
            let f = c.features;
            rows.push_str(&format!(
                "{}\t{:?}\t{:?}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                dir.file_name().unwrap().to_string_lossy(),
                c.a,
                c.b,
                c.score,
                label,
                predicted.contains(&pair),
                t(c.a).replace('\t', " ") + " ||| " + &t(c.b),
                f.content_dice,
                f.content_coverage,
                f.name_dice,
                f.shared_numbers,
                f.phrase_overlap,
                analysis.documents.len()
            ));
        }
        for pair in gold.same.difference(&seen) {
            rows.push_str(&format!(
                "{}\t{:?}\t{:?}\t0\tsame\tfalse\tNOT A CANDIDATE\n",
                dir.file_name().unwrap().to_string_lossy(),
                pair.0,
                pair.1
            ));
        }
    }
    std::fs::write(out, rows).unwrap();
}
