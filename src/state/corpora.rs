//! The reader's corpora as a library: every corpus (the bundled one first, once fetched, then the
//! reader's), which one is current, the order they were used in (where to go after a deletion), what
//! "Undo" brings back, and whether they can be saved. Importing, renaming, duplicating, deleting and
//! editing articles are methods here; the article-level rules (labels, duplicates, bundles) are in
//! [`crate::state::library`].

use crate::state::library::{self, add_articles, unique_name, Article, CorpusRecord, ImportItem, BUNDLED_ID};
use crate::state::messages::{MessageKind, Messages};
use parallax_core::Verdict;
use std::rc::Rc;

/// What "Undo" brings back.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A deleted corpus and its place in the list.
    Corpus { record: Rc<CorpusRecord>, index: usize, was_current: bool },
    /// An article removed from a corpus, and its place.
    Article { corpus: String, article: Article, index: usize },
    /// The reader's verdicts before a verdict was given, changed or withdrawn, and what was done.
    Verdicts { corpus: String, verdicts: Vec<Verdict>, done: String },
}

impl Undo {
    /// "Deleted “Port strike”." for the undo bar.
    pub fn describe(&self) -> String {
        match self {
            Undo::Corpus { record, .. } => format!("Deleted the corpus “{}”.", record.name),
            Undo::Article { article, .. } => format!("Removed “{}”.", article.meta.label),
            Undo::Verdicts { done, .. } => done.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Corpora {
    /// Every corpus: the bundled one first (once fetched), then the reader's.
    pub library: Vec<Rc<CorpusRecord>>,
    /// The corpus the reader chose; the view switches to it when its analysis is ready.
    pub current: Option<String>,
    /// Corpora in the order they were last opened, most recent first.
    recent: Vec<String>,
    pub undo: Option<Undo>,
    /// Whether corpora are saved (false when the browser's store could not be opened).
    pub storage_ok: bool,
}

impl Default for Corpora {
    fn default() -> Self {
        Corpora { library: Vec::new(), current: None, recent: Vec::new(), undo: None, storage_ok: true }
    }
}

impl Corpora {
    /// The corpus with this id.
    pub fn record(&self, id: &str) -> Option<&Rc<CorpusRecord>> {
        self.library.iter().find(|r| r.id == id)
    }

    /// The corpus the reader chose.
    pub fn current_record(&self) -> Option<&Rc<CorpusRecord>> {
        self.current.as_deref().and_then(|id| self.record(id))
    }

    /// Makes `id` the current corpus, remembering the order corpora were used in.
    pub fn open(&mut self, id: String) {
        self.recent.retain(|r| *r != id);
        if let Some(previous) = self.current.take() {
            self.recent.retain(|r| *r != previous);
            self.recent.insert(0, previous);
        }
        self.current = Some(id);
    }

    /// The bundled corpus arrived: it goes first, and is opened unless the reader chose another.
    pub fn add_bundled(&mut self, record: CorpusRecord) {
        self.library.retain(|r| r.id != BUNDLED_ID);
        self.library.insert(0, Rc::new(record));
        if self.current.is_none() {
            self.current = Some(BUNDLED_ID.into());
        }
    }

    /// The reader's corpora were read from the store; `reopen` is opened when it exists.
    pub fn add_stored(&mut self, records: Vec<CorpusRecord>, reopen: Option<String>) {
        for record in records {
            if !self.library.iter().any(|r| r.id == record.id) {
                self.library.push(Rc::new(record));
            }
        }
        if let Some(id) = reopen.filter(|id| self.record(id).is_some()) {
            self.open(id);
        }
    }

    /// The first corpus of the reader's own, if any.
    pub fn first_own(&self) -> Option<String> {
        self.library.iter().find(|r| !r.read_only).map(|r| r.id.clone())
    }

    /// Applies `change` to an editable corpus and bumps its revision; false when there is none.
    pub fn edit_record(&mut self, id: &str, change: impl FnOnce(&mut CorpusRecord)) -> bool {
        let Some(slot) = self.library.iter_mut().find(|r| r.id == id && !r.read_only) else { return false };
        let record = Rc::make_mut(slot);
        change(record);
        record.revision += 1;
        true
    }

    fn fresh_id(&self, stamp: u64, n: usize) -> String {
        (0..).map(|k| format!("c{stamp:x}-{}", n + k)).find(|id| self.record(id).is_none()).expect("ids run out")
    }

    fn unique(&self, name: &str) -> String {
        let taken: Vec<&str> = self.library.iter().map(|r| r.name.as_str()).collect();
        unique_name(name, &taken)
    }

    pub fn rename(&mut self, id: &str, name: &str) {
        let taken: Vec<String> = self.library.iter().filter(|r| r.id != id).map(|r| r.name.clone()).collect();
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        if !name.trim().is_empty() {
            let name = unique_name(name, &taken);
            self.edit_record(id, |r| r.name = name);
        }
    }

    /// Copies a corpus (the bundled one too) into an editable one and opens the copy.
    pub fn duplicate(&mut self, id: &str, stamp: u64) {
        if let Some(source) = self.record(id).cloned() {
            let mut copy = (*source).clone();
            copy.id = self.fresh_id(stamp, 0);
            copy.read_only = false;
            copy.revision = 1;
            copy.name = self.unique(&format!("{} (copy)", source.name));
            self.open(copy.id.clone());
            self.library.push(Rc::new(copy));
        }
    }

    /// Deletes one of the reader's corpora (undoable); the current one gives way to the one used before.
    pub fn delete(&mut self, id: &str) {
        if let Some(index) = self.library.iter().position(|r| r.id == id && !r.read_only) {
            let record = self.library.remove(index);
            let was_current = self.current.as_deref() == Some(id);
            self.recent.retain(|r| r != id);
            if was_current {
                // Back to the corpus used before (the one a copy was made from), else the example.
                let back = self.recent.iter().find(|r| self.record(r).is_some()).cloned();
                self.current = back.or_else(|| self.library.first().map(|r| r.id.clone()));
            }
            self.undo = Some(Undo::Corpus { record, index, was_current });
        }
    }

    pub fn undo(&mut self) {
        match self.undo.take() {
            Some(Undo::Corpus { record, index, was_current }) => {
                if was_current {
                    self.open(record.id.clone());
                }
                let mut record = (*record).clone();
                record.revision += 1;
                self.library.insert(index.min(self.library.len()), Rc::new(record));
            }
            Some(Undo::Article { corpus, article, index }) => {
                self.edit_record(&corpus, |r| r.articles.insert(index.min(r.articles.len()), article));
            }
            Some(Undo::Verdicts { corpus, verdicts, .. }) => {
                self.edit_record(&corpus, |r| r.verdicts = verdicts);
            }
            None => {}
        }
    }

    /// Removes an article (by id) from the current corpus (undoable).
    /// Gives, changes (`withdraw: false`) or withdraws a verdict on the current corpus, with undo. The
    /// verdict names articles by position; `done` is what the undo bar says.
    pub fn judge(&mut self, verdict: &Verdict, withdraw: bool, done: String) {
        let Some(id) = self.current.clone() else { return };
        let Some(before) = self.record(&id).map(|r| r.verdicts.clone()) else { return };
        if self.edit_record(&id, |r| if withdraw { r.withdraw(verdict) } else { r.judge(verdict) }) {
            self.undo = Some(Undo::Verdicts { corpus: id, verdicts: before, done });
        }
    }

    pub fn remove_article(&mut self, article_id: u32) {
        let Some(id) = self.current.clone() else { return };
        let Some(record) = self.record(&id) else { return };
        if let Some(index) = record.articles.iter().position(|a| a.id == article_id) {
            let article = record.articles[index].clone();
            if self.edit_record(&id, |r| {
                r.articles.remove(index);
            }) {
                self.undo = Some(Undo::Article { corpus: id, article, index });
            }
        }
    }

    /// Adds imported articles to the current corpus (or, when it is read-only, to a new one) and opens
    /// each bundle as a corpus of its own; reports what was added and what was refused, and why.
    pub fn import(&mut self, items: Vec<ImportItem>, stamp: u64, messages: &mut Messages) {
        // The previous import's confirmation and refusals make way for this one's.
        messages.keep_errors();
        let mut articles = Vec::new();
        // Where each article was in the drop, so refusals are listed in the order the files came.
        let mut article_at = Vec::new();
        let mut refused: Vec<(usize, String)> = Vec::new();
        let mut bundles = Vec::new();
        for (at, item) in items.into_iter().enumerate() {
            match item {
                ImportItem::Article(a) => {
                    articles.push(a);
                    article_at.push(at);
                }
                ImportItem::Bundle { file, bundle } => bundles.push((file, bundle)),
                ImportItem::Refused(message) => refused.push((at, message)),
            }
        }
        let mut lines = Vec::new();
        let mut fresh = 0;
        if !articles.is_empty() {
            let target = match self.current_record() {
                Some(r) if !r.read_only => r.id.clone(),
                _ => {
                    let id = self.fresh_id(stamp, fresh);
                    fresh += 1;
                    let name = self.unique("Imported articles");
                    lines
                        .push("The example corpus stays as it was: your articles are in a corpus of their own.".into());
                    self.library.push(Rc::new(CorpusRecord::new(id.clone(), name, false)));
                    id
                }
            };
            let mut added = Default::default();
            self.edit_record(&target, |r| added = add_articles(r, articles));
            let library::Added { added, refused: duplicates } = added;
            if !added.is_empty() {
                let name = self.record(&target).map(|r| r.name.clone()).unwrap_or_default();
                lines.insert(0, library::describe_added(&name, &added));
                self.open(target.clone());
            } else if self.record(&target).is_some_and(|r| r.articles.is_empty()) {
                // Nothing made it into the new corpus: do not leave an empty corpus behind.
                self.library.retain(|r| r.id != target);
                lines.clear();
            }
            refused.extend(duplicates.into_iter().map(|(i, message)| (article_at[i], message)));
        }
        parallax_core::sort::sort_by_key(&mut refused, |(at, _)| *at);
        let refused: Vec<String> = refused.into_iter().map(|(_, message)| message).collect();
        for (file, bundle) in bundles {
            let id = self.fresh_id(stamp, fresh);
            fresh += 1;
            let mut record = CorpusRecord::from_bundle(id.clone(), &bundle);
            record.name = self.unique(&bundle.name);
            lines.push(format!(
                "Opened “{file}” as the corpus “{}” ({} articles).",
                record.name,
                record.articles.len()
            ));
            self.library.push(Rc::new(record));
            self.open(id);
        }
        if !lines.is_empty() {
            messages.notify(MessageKind::Info, "Imported", lines);
        }
        if !refused.is_empty() {
            let title = match refused.len() {
                1 => "Not imported".to_string(),
                n => format!("{n} items not imported"),
            };
            messages.notify(MessageKind::Warning, &title, refused);
        }
    }
}
