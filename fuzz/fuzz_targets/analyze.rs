//! The whole analysis on up to four documents cut from the input (at 0xFF bytes, decoded leniently):
//! never panics, and every offset it reports falls on a character boundary of its document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::{analyze, SourceText};

fuzz_target!(|data: &[u8]| {
    let sources: Vec<SourceText> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .map(|(i, part)| SourceText::new(format!("{i}.txt"), String::from_utf8_lossy(part).into_owned()))
        .collect();
    let analysis = analyze(&sources);
    for (doc, source) in analysis.documents.iter().zip(&sources) {
        for s in &doc.sentences {
            assert!(source.text.is_char_boundary(s.start) && source.text.is_char_boundary(s.end));
            assert_eq!(&source.text[s.start..s.end], s.text);
        }
    }
    for q in &analysis.quotes {
        let text = &sources[q.doc].text;
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
    }
    let _ = analysis.to_json();
});
