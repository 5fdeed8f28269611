//! What a careful reader finds when comparing the two test corpora, written from reading the texts:
//! which weekdays, which counts, which spellings and titles disagree, and who is quoted. The checks
//! name values, not positions, so they do not depend on sentence numbering.

use parallax_core::{analyze, Analysis, DiscrepancyKind, EntityKind, SourceText};
use std::path::PathBuf;

fn load(dir: &str) -> Analysis {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let sources: Vec<SourceText> = files
        .iter()
        .map(|p| SourceText::new(p.file_name().unwrap().to_string_lossy(), std::fs::read_to_string(p).unwrap()))
        .collect();
    analyze(&sources)
}

/// The values of the first discrepancy of `kind` whose values include `probe`, with their sources.
fn values_of(a: &Analysis, kind: DiscrepancyKind, probe: &str) -> Vec<(String, Vec<usize>)> {
    a.discrepancies
        .iter()
        .filter(|d| d.kind == kind)
        .find(|d| d.values.iter().any(|v| v.value.contains(probe)))
        .map(|d| d.values.iter().map(|v| (v.value.clone(), v.sources.clone())).collect())
        .unwrap_or_else(|| panic!("no {kind:?} discrepancy with {probe:?}: {:#?}", a.discrepancies))
}

#[test]
fn bundled_corpus_weekday_conflict_monday_tuesday_thursday() {
    // 000: "met in Paris on Monday"; 001, 003, 004: "on Tuesday"; 002: "in Paris on Thursday".
    let a = load("../../corpus");
    let days = values_of(&a, DiscrepancyKind::Weekday, "Tuesday");
    assert!(days.contains(&("Monday".into(), vec![0])), "{days:?}");
    assert!(days.contains(&("Thursday".into(), vec![2])), "{days:?}");
    assert!(days.iter().any(|(d, s)| d == "Tuesday" && s.contains(&1) && s.contains(&4)), "{days:?}");
}

#[test]
fn bundled_corpus_head_counts_disagree() {
    // 001 "more than 27 … leaders", 002 "Around 30 leaders", 003 "35 participants, including 27 heads of
    // state", 004 "35 nations including 27 heads of state".
    let a = load("../../corpus");
    let counts = values_of(&a, DiscrepancyKind::Count, "30");
    let values: Vec<&str> = counts.iter().map(|(v, _)| v.as_str()).collect();
    assert!(values.contains(&"about 30 leaders"), "{values:?}");
    assert!(values.contains(&"more than 27 leaders"), "{values:?}");
    assert!(values.iter().any(|v| v.starts_with("35 ")), "{values:?}");
}

#[test]
fn bundled_corpus_spellings_and_titles() {
    let a = load("../../corpus");
    let spellings = values_of(&a, DiscrepancyKind::Spelling, "Zelensk");
    let written: Vec<&str> = spellings.iter().map(|(v, _)| v.as_str()).collect();
    for s in ["Zelenskyy", "Zelenskiy", "Zelensky"] {
        assert!(written.iter().any(|w| w.ends_with(s)), "{s} missing from {written:?}");
    }
    // 003 calls Donald Trump "Former President"; 002 and 004 "President".
    let titles = values_of(&a, DiscrepancyKind::Title, "Former President");
    assert!(titles.iter().any(|(t, s)| t == "President" && s.contains(&2)), "{titles:?}");
    // Spelling is ranked after numbers, days and titles.
    let kinds: Vec<DiscrepancyKind> = a.discrepancies.iter().map(|d| d.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
}

#[test]
fn bundled_corpus_people_and_quotes() {
    let a = load("../../corpus");
    let macron = a.entities.iter().find(|e| e.name == "Emmanuel Macron").expect("Macron is found");
    assert_eq!(macron.kind, EntityKind::Person);
    assert!(macron.variants.iter().any(|v| v.text == "Macron"), "surname-only mentions join the full name");
    assert!(!a.entities.iter().any(|e| e.name == "Donald Trump" && e.mentions.iter().any(|m| m.text.contains("Tusk"))));
    // 002 quotes Macron on a line of its own with his name on the next line.
    let q = a.quotes.iter().find(|q| q.text.starts_with("We are ready, us Europeans")).expect("the quote is found");
    assert_eq!(q.speaker.as_deref(), Some("Emmanuel Macron"));
    // 001: "A French presidency official told reporters:" above the quote.
    let q = a.quotes.iter().find(|q| q.text.starts_with("We have agreed on the operational structure")).unwrap();
    assert_eq!(q.speaker.as_deref(), Some("A French presidency official"));
}

#[test]
fn second_corpus_findings_match_what_was_planted() {
    // From tests/data/second/EXPECTED.md, written with the texts.
    let a = load("tests/data/second");
    let injured = values_of(&a, DiscrepancyKind::Count, "14");
    assert!(injured.iter().any(|(v, s)| v.contains("12") && s.len() == 3), "{injured:?}");
    assert!(injured.iter().any(|(v, s)| v.contains("14") && s == &vec![1]), "{injured:?}");
    let days = values_of(&a, DiscrepancyKind::Weekday, "Wednesday");
    assert!(days.contains(&("Wednesday".into(), vec![2])), "{days:?}");
    let spellings = values_of(&a, DiscrepancyKind::Spelling, "Dmitr");
    assert!(spellings.iter().any(|(v, _)| v.contains("Dmitri")) && spellings.iter().any(|(v, _)| v.contains("Dmitry")));
    let titles = values_of(&a, DiscrepancyKind::Title, "operations director");
    assert!(titles.iter().any(|(t, _)| t.starts_with("chief executive")), "{titles:?}");
    let marsh = values_of(&a, DiscrepancyKind::QuoteWording, "Our thoughts are with everyone");
    assert!(marsh.len() >= 2);
    let entwistle = a.quotes.iter().find(|q| q.text.starts_with("It was pitch black")).unwrap();
    assert!(entwistle.speaker.as_deref().is_some_and(|s| s.contains("Paul Entwistle")), "{entwistle:?}");
    // No discrepancy invented on a number that agrees: 87 passengers everywhere.
    assert!(!a.discrepancies.iter().any(|d| d.values.iter().any(|v| v.value.contains("87"))));
}
