//! A corpus as the app holds it: its name, the source texts, files that could not be loaded, and the
//! analysis (computed once when the corpus is set).

use crate::state::column_model::{column_blocks, Block};
use crate::state::links::LinkIndex;
use parallax_core::{analyze, Analysis, SourceText};
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct LoadedCorpus {
    pub name: String,
    pub sources: Vec<SourceText>,
    /// Plain-words messages about files that could not be loaded.
    pub problems: Vec<String>,
    pub analysis: Analysis,
    /// Each sentence's counterparts.
    pub links: LinkIndex,
    /// Each document's paragraphs as shown (computed once, not on every hover).
    pub blocks: Vec<Rc<Vec<Block>>>,
}

impl PartialEq for LoadedCorpus {
    fn eq(&self, other: &Self) -> bool {
        // The same corpus object is equal at once (views compare props on every render); otherwise the
        // analysis is a function of the sources.
        std::ptr::eq(self, other)
            || (self.name == other.name && self.sources == other.sources && self.problems == other.problems)
    }
}

impl LoadedCorpus {
    pub fn new(name: String, sources: Vec<SourceText>, problems: Vec<String>) -> Self {
        let analysis = analyze(&sources);
        let links = LinkIndex::new(&analysis);
        let blocks = analysis
            .documents
            .iter()
            .zip(&sources)
            .map(|(d, s)| Rc::new(column_blocks(d, &s.text, &analysis.passages)))
            .collect();
        LoadedCorpus { name, sources, problems, analysis, links, blocks }
    }
}
