//! A corpus as the views draw it: its name, the source texts, the analysis (computed in the worker) and
//! what the views derive from it once (counterpart links, paragraph blocks). It remembers which stored
//! corpus and which revision it shows, and each document's article id, so a re-analysis keeps the place.

use crate::state::column_model::{column_blocks, Block};
use crate::state::library::CorpusRecord;
use crate::state::links::LinkIndex;
use parallax_core::{Analysis, ArticleMeta, SourceText};
use std::rc::Rc;

#[derive(Debug, Clone)]
pub struct LoadedCorpus {
    /// The library corpus shown, and the revision analysed.
    pub corpus_id: String,
    pub revision: u64,
    pub read_only: bool,
    pub name: String,
    /// Each document's text and metadata (file, label, outlet and date).
    pub sources: Vec<SourceText>,
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

/// What the views derive from an analysis and the texts analysed, once: each sentence's counterparts
/// and each document's paragraph blocks. For a 10 MB article they take 20–30 ms, so the hook that
/// receives a large analysis makes them in a task of their own (`Derived::new`), before the one that
/// puts the analysis on screen; for a corpus of the same revision the texts are the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    links: LinkIndex,
    blocks: Vec<Rc<Vec<Block>>>,
}

impl Derived {
    /// `analysis` with its sentence texts, and the texts analysed, in document order.
    pub fn new<'a>(analysis: &Analysis, texts: impl IntoIterator<Item = &'a str>) -> Self {
        let blocks = analysis
            .documents
            .iter()
            .zip(texts)
            .map(|(d, text)| Rc::new(column_blocks(d, text, &analysis.passages)))
            .collect();
        Derived { links: LinkIndex::new(analysis), blocks }
    }
}

impl LoadedCorpus {
    /// A library corpus with its analysis (computed in the worker) and, when already made for this
    /// analysis of the record's revision, what the views derive from it.
    pub fn from_record(record: &CorpusRecord, analysis: Rc<Analysis>, derived: Option<Derived>) -> Self {
        let sources = record.sources();
        // The worker's reply leaves the sentence texts out (the record has the articles it analysed);
        // the hook puts them back as the reply arrives, and here those it could not (a reply for a
        // record no longer the one last sent).
        let analysis = crate::analysis_worker::with_sentence_texts(analysis, sources.iter().map(|s| s.text.as_str()));
        let Derived { links, blocks } =
            derived.unwrap_or_else(|| Derived::new(&analysis, sources.iter().map(|s| s.text.as_str())));
        LoadedCorpus {
            corpus_id: record.id.clone(),
            revision: record.revision,
            read_only: record.read_only,
            name: record.name.clone(),
            sources,
            doc_ids: record.article_ids(),
            analysis,
            links,
            blocks,
        }
    }

    /// Each document's metadata, in document order (for the report).
    pub fn article_meta(&self) -> Vec<ArticleMeta> {
        self.sources.iter().map(|s| s.meta.clone()).collect()
    }

    /// The document showing article `id`.
    pub fn doc_of(&self, id: u32) -> Option<usize> {
        self.doc_ids.iter().position(|d| *d == id)
    }
}
