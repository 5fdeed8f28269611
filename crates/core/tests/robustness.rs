//! Bad input never panics: arbitrary strings (proptest), empty documents, a single document, one giant
//! line, binary junk and 5 MB of text all give an analysis plus diagnostics, with every offset valid.

use parallax_core::{analyze, AgreementLevel, Analysis, Severity, SourceText};
use proptest::prelude::*;

/// Every offset in the analysis points at a char boundary inside its document, and sentence text
/// equals the slice it claims.
fn check_offsets(analysis: &Analysis, sources: &[SourceText]) {
    for (doc, source) in analysis.documents.iter().zip(sources) {
        let text = &source.text;
        for p in &doc.paragraphs {
            assert!(p.start <= p.text_start && p.text_start <= p.end && p.end <= text.len());
            assert!(
                text.is_char_boundary(p.start) && text.is_char_boundary(p.text_start) && text.is_char_boundary(p.end)
            );
        }
        for s in &doc.sentences {
            assert_eq!(&text[s.start..s.end], s.text);
            assert!(s.paragraph < doc.paragraphs.len());
        }
    }
    for al in &analysis.alignments {
        assert!(analysis.sentence((al.a[0], al.a[1])).is_some() && analysis.sentence((al.b[0], al.b[1])).is_some());
        assert_ne!(al.a[0], al.b[0], "alignments are across documents");
        assert!((0.0..=1.0).contains(&al.score));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(a in "\\PC{0,400}", b in "(\\PC|\\n|\\r|\\.| ){0,400}") {
        let sources = vec![SourceText::new("a.txt", a), SourceText::new("b.txt", b)];
        let analysis = analyze(&sources);
        check_offsets(&analysis, &sources);
        let json = analysis.to_json();
        prop_assert!(json.starts_with("{\n"), "export is a JSON object");
    }

    /// Characters whose lower or upper case has another length in bytes (İ → i̇, Ⱥ → ⱥ, ẞ → ß, ﬁ, K
    /// Kelvin sign): an offset taken from a case-changed copy and applied to the original lands off a
    /// character boundary or on the wrong word. Mixed with quotations, cue words and names.
    #[test]
    fn case_changing_characters_never_shift_an_offset(words in proptest::collection::vec(
        "İ|Ⱥ|Ⱦ|ẞ|ﬁ|\u{212A}|ǅ|Σ|İstanbul|ÀÉÎ|Bob|Smith|Łukasz|Nowak|said|according|to|told|“|”|\\\"|,|\\.|:|\n|[a-z]{1,6}|[0-9]{1,3}",
        0..150,
    )) {
        let text = words.join(" ");
        let sources = vec![SourceText::new("a.txt", text.clone()), SourceText::new("b.txt", format!("İ {text} İ"))];
        let analysis = analyze(&sources);
        check_offsets(&analysis, &sources);
        for q in &analysis.quotes {
            let source = &sources[q.doc].text;
            prop_assert!(source.is_char_boundary(q.start) && source.is_char_boundary(q.end));
            if let Some(speaker) = &q.speaker {
                prop_assert!(sources[q.doc].text.contains(speaker.as_str()) || speaker.contains(' '), "{speaker:?} is written in the text");
            }
        }
    }

    #[test]
    fn news_like_text_keeps_valid_offsets(words in proptest::collection::vec("[A-Za-zéü’]{1,9}|[0-9]{1,4}|U\\.S\\.|Gen\\.|—|“|”|\\.|,|\\n|- ", 0..120)) {
        let text = words.join(" ");
        let sources = vec![SourceText::new("a.txt", text.clone()), SourceText::new("b.txt", text)];
        let analysis = analyze(&sources);
        check_offsets(&analysis, &sources);
    }
}

#[test]
fn the_alignment_stage_gives_the_same_alignments_as_the_full_analysis() {
    let texts = [
        "Allies meet\nAbout 30 leaders met in Paris on Tuesday to discuss security guarantees.",
        "Summit\nThirty leaders gathered in Paris on Tuesday for talks on security guarantees.",
    ];
    let sources: Vec<SourceText> =
        texts.iter().enumerate().map(|(i, t)| SourceText::new(format!("{i}.txt"), *t)).collect();
    let full = analyze(&sources);
    let first = parallax_core::analyze_alignment(&sources);
    assert_eq!(full.alignments, first.alignments);
    assert!(!first.alignments.is_empty());
    assert!(first.entities.is_empty() && first.passages.is_empty());
}

#[test]
fn empty_and_single_documents_are_diagnosed() {
    let analysis = analyze(&[]);
    assert!(analysis.diagnostics.iter().any(|d| d.message.contains("No documents")));

    let sources =
        vec![SourceText::new("empty.txt", ""), SourceText::new("one.txt", "Leaders met in Paris on Tuesday.")];
    let analysis = analyze(&sources);
    assert!(analysis.diagnostics.iter().any(|d| d.document == Some(0) && d.message.contains("empty")));
    assert!(analysis.diagnostics.iter().any(|d| d.message.contains("Only one document")));
    assert!(analysis.alignments.is_empty());
}

#[test]
fn binary_junk_is_flagged_not_fatal() {
    let junk: String = (0u8..=255).cycle().take(5000).map(char::from).collect::<String>().replace('\n', "\u{0}");
    let bytes: Vec<u8> = (0u8..=255).cycle().take(5000).collect();
    let decoded = parallax_core::corpus::decode_text(&bytes);
    let sources = vec![
        SourceText::new("image.txt", decoded),
        SourceText::new("junk.txt", junk),
        SourceText::new("ok.txt", "A real sentence about the summit in Paris."),
    ];
    let analysis = analyze(&sources);
    check_offsets(&analysis, &sources);
    let flagged =
        analysis.diagnostics.iter().filter(|d| d.severity == Severity::Warning && d.message.contains("binary")).count();
    assert!(flagged >= 1, "{:?}", analysis.diagnostics);
}

#[test]
fn one_giant_line_and_five_megabytes_finish() {
    let sentence =
        "Leaders from dozens of countries met in Paris on Tuesday to discuss security guarantees for Ukraine ";
    let giant_line = sentence.repeat(2_000); // one line, no full stop: one huge sentence
    let big: String = (0..110_000)
        .map(|i| {
            format!("Sentence number {i} says that {} leaders met.{}", i % 97, if i % 7 == 0 { "\n" } else { " " })
        })
        .collect();
    assert!(big.len() >= 5_000_000, "{} bytes", big.len());
    let sources = vec![
        SourceText::new("giant.txt", giant_line),
        SourceText::new("big.txt", big),
        SourceText::new("small.txt", "Leaders met in Paris on Tuesday to discuss security guarantees."),
    ];
    let analysis = analyze(&sources);
    check_offsets(&analysis, &sources);
    assert_eq!(analysis.documents.len(), 3);
    assert!(analysis.documents[1].sentences.len() >= 100_000);
}

#[test]
fn two_empty_documents_are_not_called_one() {
    let a = parallax_core::analyze(&[
        parallax_core::SourceText::new("a.txt", ""),
        parallax_core::SourceText::new("b.txt", "  \n"),
    ]);
    let messages: Vec<&str> = a.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(messages.contains(&"No document has text: there is nothing to compare."), "{messages:?}");
    assert!(!messages.iter().any(|m| m.starts_with("Only one document")), "{messages:?}");
}

#[test]
fn forty_five_copies_of_one_article_confirm_each_other() {
    // Past 40 copies every word of the article is "common" (in more sentences than the index takes);
    // the copies must still find each other: every sentence reported by every other source.
    let text = "Dockers strike at Port Ellery\nAbout 600 dock workers walked out on Monday over night-shift pay.\nShips waited at anchor outside the breakwater, the harbour master said.";
    let sources: Vec<SourceText> = (0..45).map(|i| SourceText::new(format!("{i}.txt"), text)).collect();
    let a = analyze(&sources);
    for doc in &a.documents {
        assert!(doc.sentences.iter().all(|s| s.agreement == AgreementLevel::All && s.sources == 44), "{doc:?}");
    }
    assert_eq!(a.families.len(), 1, "one story copied 45 times");
}

#[test]
fn a_newsletter_line_shared_by_three_hundred_articles_is_boilerplate() {
    let sources: Vec<SourceText> = (0..300)
        .map(|i| {
            let body =
                format!("Story number {i}\nThe council met on day {i} to discuss road {i} and bridge {}.", i * 7);
            SourceText::new(
                format!("{i}.txt"),
                format!("{body}\nSign up for our daily newsletter to get the news first.\n"),
            )
        })
        .collect();
    let a = analyze(&sources);
    let newsletter: Vec<_> = a.passages.iter().filter(|p| p.text.contains("newsletter")).collect();
    assert!(!newsletter.is_empty());
    assert!(newsletter.iter().all(|p| p.boilerplate), "a line in every article's footer is not copying");
}
