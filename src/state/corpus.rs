//! A corpus as the app holds it: its name, the source texts, files that could not be loaded, and the
//! analysis (computed once when the corpus is set).

use parallax_core::{analyze, Analysis, SourceText};

#[derive(Debug, Clone)]
pub struct LoadedCorpus {
    pub name: String,
    pub sources: Vec<SourceText>,
    /// Plain-words messages about files that could not be loaded.
    pub problems: Vec<String>,
    pub analysis: Analysis,
}

impl PartialEq for LoadedCorpus {
    fn eq(&self, other: &Self) -> bool {
        // The analysis is a function of the sources.
        self.name == other.name && self.sources == other.sources && self.problems == other.problems
    }
}

impl LoadedCorpus {
    pub fn new(name: String, sources: Vec<SourceText>, problems: Vec<String>) -> Self {
        let analysis = analyze(&sources);
        LoadedCorpus {
            name,
            sources,
            problems,
            analysis,
        }
    }

    /// The text of document `doc`.
    pub fn text(&self, doc: usize) -> &str {
        self.sources.get(doc).map(|s| s.text.as_str()).unwrap_or("")
    }
}
