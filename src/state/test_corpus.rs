//! The bundled corpus analysed as the app would, for the view-model tests (test builds only).

use crate::state::links::LinkIndex;
use parallax_core::{analyze, Analysis, SourceText};

/// The five Paris-summit articles of `corpus/`, in file order, with their link index.
pub fn paris() -> (Analysis, LinkIndex) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
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
    let analysis = analyze(&sources);
    let links = LinkIndex::new(&analysis);
    (analysis, links)
}
