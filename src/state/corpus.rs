//! A corpus as the views draw it: its name, the source texts, the analysis (computed in the worker) and
//! what the views derive from it once (counterpart links, paragraph blocks). It remembers which stored
//! corpus and which revision it shows, and each document's article id, so a re-analysis keeps the place.

use crate::state::column_model::{column_blocks, Block};
use crate::state::library::CorpusRecord;
use crate::state::links::LinkIndex;
use parallax_core::report::SourceMeta;
use parallax_core::{analyze, Analysis, SourceText};
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct LoadedCorpus {
    /// The library corpus shown, and the revision analysed.
    pub corpus_id: String,
    pub revision: u64,
    pub read_only: bool,
    pub name: String,
    pub sources: Vec<SourceText>,
    /// Outlet and date per document, when known.
    pub meta: Vec<SourceMeta>,
    /// The article id of each document.
    pub doc_ids: Vec<u32>,
    pub analysis: Rc<Analysis>,
    /// Each sentence's counterparts.
    pub links: LinkIndex,
    /// Each document's paragraphs as shown (computed once, not on every hover).
    pub blocks: Vec<Rc<Vec<Block>>>,
}

impl PartialEq for LoadedCorpus {
    fn eq(&self, other: &Self) -> bool {
        // The same corpus object is equal at once (views compare props on every render); otherwise a
        // corpus revision determines its content.
        std::ptr::eq(self, other)
            || (self.corpus_id == other.corpus_id
                && self.revision == other.revision
                && self.name == other.name
                && self.sources.len() == other.sources.len()
                && Rc::ptr_eq(&self.analysis, &other.analysis))
    }
}

impl LoadedCorpus {
    /// Analyses `sources` on the spot (tests and native tools; the app analyses in its worker).
    pub fn new(name: String, sources: Vec<SourceText>) -> Self {
        let analysis = Rc::new(analyze(&sources));
        let n = sources.len();
        Self::assemble(
            "test".into(),
            1,
            false,
            name,
            sources,
            vec![SourceMeta::default(); n],
            (0..n as u32).collect(),
            analysis,
        )
    }

    /// A library corpus with its analysis.
    pub fn from_record(record: &CorpusRecord, analysis: Rc<Analysis>) -> Self {
        Self::assemble(
            record.id.clone(),
            record.revision,
            record.read_only,
            record.name.clone(),
            record.sources(),
            record.meta(),
            record.article_ids(),
            analysis,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn assemble(
        corpus_id: String,
        revision: u64,
        read_only: bool,
        name: String,
        sources: Vec<SourceText>,
        meta: Vec<SourceMeta>,
        doc_ids: Vec<u32>,
        analysis: Rc<Analysis>,
    ) -> Self {
        let links = LinkIndex::new(&analysis);
        let blocks = analysis
            .documents
            .iter()
            .zip(&sources)
            .map(|(d, s)| Rc::new(column_blocks(d, &s.text, &analysis.passages)))
            .collect();
        LoadedCorpus { corpus_id, revision, read_only, name, sources, meta, doc_ids, analysis, links, blocks }
    }

    /// The document showing article `id`.
    pub fn doc_of(&self, id: u32) -> Option<usize> {
        self.doc_ids.iter().position(|d| *d == id)
    }
}
