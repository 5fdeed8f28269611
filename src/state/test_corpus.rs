//! The corpora of the app's tests (test builds only): the bundled corpus, its files as read from
//! `corpus/` and analysed as the app would, and two short articles for the module's message tests.

use crate::state::links::LinkIndex;
use parallax_core::{analyze, Analysis, SourceText};

/// The five Paris-summit articles of `corpus/` in file order: (file name, text).
pub fn paris_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    parallax_core::sort::sort(&mut files);
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// Two short articles on one port strike that differ on the weekday.
pub fn port_strike() -> Vec<SourceText> {
    vec![
        SourceText::new("a.txt", "Port strike\nAbout 600 dock workers went on strike on Monday. Talks failed."),
        SourceText::new("b.txt", "Dockers walk out\nSix hundred dock workers began a strike on Tuesday."),
    ]
}

/// The bundled corpus analysed, with its link index.
pub fn paris() -> (Analysis, LinkIndex) {
    let sources: Vec<SourceText> = paris_files().into_iter().map(|(file, text)| SourceText::new(file, text)).collect();
    let analysis = analyze(&sources);
    let links = LinkIndex::new(&analysis);
    (analysis, links)
}
