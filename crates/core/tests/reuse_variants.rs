//! Verbatim reuse on a story and hand-made variants of it. The expectations were written down from the
//! texts before the code was run: a light edit stays one passage, merged paragraphs and reordered
//! sentences keep their passages, a paraphrase has none, a copy with a footer added is the same family
//! and the footer shared with a third text is boilerplate, not reporting.

use parallax_core::{analyze, Analysis, SourceText};

const STORY: &str = "Harbour workers walk out in Port Ellery\n\
The dock workers' union at Port Ellery began an indefinite strike on Monday morning after talks over night-shift pay broke down late on Sunday.\n\
About 600 members stopped work at six o'clock, leaving eleven container ships waiting at anchor outside the breakwater.\n\
The port authority said perishable cargo would be diverted to the smaller terminal at Calder Point until further notice.\n\
Union secretary Ines Marlowe said the members had voted by a wide margin to strike and would not return without a written offer.\n";

fn doc(name: &str, text: &str) -> SourceText {
    SourceText::new(name, text)
}

fn passages_between(a: &Analysis, x: usize, y: usize) -> Vec<(usize, String)> {
    a.passages
        .iter()
        .filter(|p| (p.a.doc, p.b.doc) == (x.min(y), x.max(y)))
        .map(|p| (p.words, p.text.clone()))
        .collect()
}

#[test]
fn a_light_edit_keeps_one_long_passage_per_paragraph() {
    // "indefinite" → "open-ended" inside the lead, "About 600" → "Around 600": one word each.
    let edited = STORY.replace("an indefinite strike", "an open-ended strike").replace("About 600", "Around 600");
    let a = analyze(&[doc("story.txt", STORY), doc("edited.txt", &edited)]);
    let found = passages_between(&a, 0, 1);
    // The two changed words are bridged, and passages run on across line breaks (first written down as
    // "one passage per paragraph"; maximal extent means the whole unchanged story is one passage).
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0 >= 90, "{found:?}");
    assert!(found[0].1.contains("an indefinite strike") && found[0].1.ends_with("without a written offer"));
    assert_eq!(a.families.iter().find(|f| f.documents.contains(&0)).unwrap().documents, vec![0, 1]);
    assert!(a.documents[1].reuse.copied_share > 0.9, "{}", a.documents[1].reuse.copied_share);
}

#[test]
fn merged_paragraphs_and_reordered_sentences_keep_their_passages() {
    let lines: Vec<&str> = STORY.lines().collect();
    let reordered = format!("{}\n{} {}\n{}\n{}\n", lines[0], lines[4], lines[3], lines[1], lines[2]);
    let a = analyze(&[doc("story.txt", STORY), doc("reordered.txt", &reordered)]);
    let found = passages_between(&a, 0, 1);
    // Paragraphs that stayed neighbours form one passage; each moved paragraph is its own.
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().any(|(_, t)| t.starts_with("The dock workers") && t.ends_with("outside the breakwater")));
    assert!(found.iter().any(|(_, t)| t.starts_with("Union secretary Ines Marlowe")));
    assert!(a.documents[1].reuse.copied_share > 0.9);
}

#[test]
fn a_paraphrase_shares_no_passage() {
    let paraphrase = "Port Ellery dockers strike\n\
Dockers at the Port Ellery harbour stopped work on Monday when negotiations about pay for night shifts collapsed.\n\
Roughly six hundred union members downed tools, and eleven freighters were left anchored beyond the sea wall.\n\
Fresh goods will go to Calder Point's terminal for now, according to the authority running the port.\n";
    let a = analyze(&[doc("story.txt", STORY), doc("paraphrase.txt", paraphrase)]);
    assert!(a.passages.is_empty(), "{:?}", a.passages);
    assert_eq!(a.families.len(), 2);
    assert!(!a.alignments.is_empty(), "the paraphrase still reports the same facts");
}

#[test]
fn a_copy_with_a_footer_is_one_family_and_the_shared_footer_is_boilerplate() {
    let footer = "Sign up for our morning newsletter to get the latest port and shipping news in your inbox every day.";
    let copy = format!("{STORY}{footer}\n");
    let other = format!("Ferry timetable changes\nThe island ferry will run two extra sailings on Saturdays from next month, the operator said.\n{footer}\n");
    let third = format!("Fish market reopens\nThe fish market on the quay reopened on Tuesday after repairs to its roof were finished early.\n{footer}\n");
    let a =
        analyze(&[doc("story.txt", STORY), doc("copy.txt", &copy), doc("ferry.txt", &other), doc("fish.txt", &third)]);
    let family_of = |d: usize| a.documents[d].family;
    assert_eq!(family_of(0), family_of(1), "the copy is the same story");
    assert_ne!(family_of(1), family_of(2), "a shared footer does not make one story");
    let footers: Vec<_> = a.passages.iter().filter(|p| p.text.starts_with("Sign up")).collect();
    assert!(!footers.is_empty());
    assert!(footers.iter().all(|p| p.boilerplate), "{footers:?}");
    assert_eq!(a.documents[2].reuse.copied_words, 0, "boilerplate is not counted as copied reporting");
}

#[test]
fn agreement_counts_a_copied_story_once() {
    let copy = STORY.to_string();
    let independent = "Strike at Port Ellery\n\
The dock workers' union at Port Ellery went on strike on Monday after night-shift pay talks failed.\n";
    let a = analyze(&[doc("story.txt", STORY), doc("copy.txt", &copy), doc("independent.txt", independent)]);
    let lead = a.documents[0].sentences.iter().find(|s| s.text.starts_with("The dock workers")).unwrap();
    assert_eq!(lead.sources, 2, "the copy and the independent report both carry it");
    assert_eq!(lead.independent_sources, 1, "but only one of them is independent");
}
