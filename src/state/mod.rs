//! Application state: one `AppState`, one `Action` enum, one reducer. Plain Rust with no browser
//! calls, so every transition is tested natively with `cargo test`.

pub mod column_model;
mod corpus;
pub mod detail_model;
pub mod differences_model;
pub mod fragment;
pub mod library;
pub mod links;
pub mod overview_model;
pub mod people_model;
pub mod quotes_model;
pub mod record;
#[cfg(test)]
mod test_corpus;

pub use corpus::LoadedCorpus;
pub use fragment::ViewFragment;
pub use links::SentenceRef;

use library::{add_articles, unique_name, Article, CorpusRecord, ImportItem, BUNDLED_ID};
use parallax_core::{Analysis, Stage};
use std::rc::Rc;
use yew::Reducible;

/// Where the shown corpus is in its life: being fetched, ready, or failed as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum CorpusState {
    Loading,
    Ready(Rc<LoadedCorpus>),
    Failed(String),
}

/// How a message should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Warning,
    Error,
}

/// A message in the page (import results, storage problems); dismissed by the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u32,
    pub kind: MessageKind,
    pub title: String,
    pub lines: Vec<String>,
}

/// What "Undo" brings back.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A deleted corpus and its place in the list.
    Corpus { record: Rc<CorpusRecord>, index: usize, was_current: bool },
    /// An article removed from a corpus, and its place.
    Article { corpus: String, article: Article, index: usize },
}

impl Undo {
    /// "Deleted “Port strike”." for the undo bar.
    pub fn describe(&self) -> String {
        match self {
            Undo::Corpus { record, .. } => format!("Deleted the corpus “{}”.", record.name),
            Undo::Article { article, .. } => format!("Removed “{}”.", article.meta.label),
        }
    }
}

/// The analysis in progress for the current corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub corpus: String,
    pub revision: u64,
    pub articles: usize,
    pub stage: Stage,
}

/// Everything the views render from.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Every corpus: the bundled one first (once fetched), then the reader's.
    pub library: Vec<Rc<CorpusRecord>>,
    /// The corpus the reader chose; the view switches to it when its analysis is ready.
    pub current: Option<String>,
    /// The analysed corpus on screen.
    pub corpus: CorpusState,
    pub messages: Vec<Message>,
    next_message: u32,
    pub undo: Option<Undo>,
    /// Whether corpora are saved (false when the browser's store could not be opened).
    pub storage_ok: bool,
    /// The URL fragment to apply once the first analysis is on screen.
    pending_fragment: Option<String>,
    /// The analysis being prepared for the current corpus, while the view still shows the last one.
    pub progress: Option<Progress>,
    /// Corpora in the order they were last opened, most recent first (where to go after a deletion).
    recent: Vec<String>,
    /// The documents shown as columns, in display order.
    pub visible: Vec<usize>,
    /// The sentence under the pointer (highlights its counterparts while hovering).
    pub hovered: Option<SentenceRef>,
    /// The pinned sentence: its counterparts stay highlighted, the detail panel shows it.
    pub pinned: Option<SentenceRef>,
    /// Bumped whenever a pin should bring the other columns level with it (click, key, deep link).
    pub align_request: u32,
    /// On a narrow screen, the one source shown.
    pub narrow_doc: Option<usize>,
    /// Difference kinds the reader chose to see marked in the detail panel besides numbers and names.
    pub show_wording: bool,
    pub show_punctuation: bool,
    pub page: Page,
}

/// The two pages of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Compare,
    Overview,
    Differences,
    People,
    Quotes,
}

impl Page {
    /// The name used in the URL fragment (`#p=differences`).
    pub fn slug(self) -> &'static str {
        match self {
            Page::Compare => "compare",
            Page::Overview => "overview",
            Page::Differences => "differences",
            Page::People => "people",
            Page::Quotes => "quotes",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        [Page::Compare, Page::Overview, Page::Differences, Page::People, Page::Quotes]
            .into_iter()
            .find(|p| p.slug() == slug)
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            library: Vec::new(),
            current: None,
            corpus: CorpusState::Loading,
            messages: Vec::new(),
            next_message: 1,
            undo: None,
            storage_ok: true,
            pending_fragment: None,
            progress: None,
            recent: Vec::new(),
            visible: Vec::new(),
            hovered: None,
            pinned: None,
            align_request: 0,
            narrow_doc: None,
            show_wording: false,
            show_punctuation: false,
            page: Page::Compare,
        }
    }
}

/// Keyboard moves through the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    NextSentence,
    PreviousSentence,
    NextSharedByAll,
    PreviousSharedByAll,
    NextColumn,
    PreviousColumn,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    CorpusFailed(String),
    /// The page opened with this URL fragment (applied to the first analysis shown).
    Start {
        fragment: String,
    },
    /// The bundled corpus was fetched; `problems` name files that could not be.
    BundledLoaded {
        record: CorpusRecord,
        problems: Vec<String>,
    },
    /// The reader's corpora were read from the store; `reopen` is the corpus to show first.
    LibraryLoaded {
        records: Vec<CorpusRecord>,
        problems: Vec<String>,
        reopen: Option<String>,
    },
    /// The store could not be opened or written; the message says what it means.
    StorageProblem {
        message: String,
        unavailable: bool,
    },
    /// Files, a paste or a bundle were read. `stamp` makes new corpus ids unique (a clock reading).
    Import {
        items: Vec<ImportItem>,
        stamp: u64,
    },
    SwitchCorpus(String),
    RenameCorpus(String, String),
    DuplicateCorpus {
        id: String,
        stamp: u64,
    },
    DeleteCorpus(String),
    Undo,
    DismissUndo,
    /// Removes an article (by id) from the current corpus.
    RemoveArticle(u32),
    /// Changes an article's label, outlet and date (blank outlet/date clear them; a blank label is ignored).
    EditArticle {
        id: u32,
        label: String,
        outlet: String,
        date: String,
    },
    AnalysisProgress {
        corpus: String,
        revision: u64,
        stage: Stage,
    },
    AnalysisDone {
        corpus: String,
        revision: u64,
        analysis: Rc<Analysis>,
    },
    Notify {
        kind: MessageKind,
        title: String,
        lines: Vec<String>,
    },
    Dismiss(u32),
    /// Shows or hides a document's column (the last visible column cannot be hidden).
    ToggleSource(usize),
    /// Moves a visible document one place left (-1) or right (+1).
    MoveSource(usize, i32),
    Hover(Option<SentenceRef>),
    /// Pins a sentence (pinning the pinned one again unpins it).
    Pin(SentenceRef),
    Unpin,
    /// A keyboard move from the pinned sentence.
    Step(Move),
    /// Applies a deep link (ignored when it does not fit the corpus).
    ApplyFragment(ViewFragment),
    /// On a narrow screen, shows this source.
    ShowNarrow(usize),
    ToggleWording,
    TogglePunctuation,
    ShowPage(Page),
    /// Opens two sources side by side (from the overview's matrix).
    ComparePair(usize, usize),
    /// Opens the comparison with this sentence pinned, showing its source if it was hidden.
    OpenSentence(SentenceRef),
}

impl AppState {
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::CorpusFailed(message) => {
                // With corpora of the reader's own, the app still has something to show.
                match self.library.iter().find(|r| !r.read_only).map(|r| r.id.clone()) {
                    Some(first) => {
                        self.current.get_or_insert(first);
                        self.notify(MessageKind::Error, "The example corpus could not be opened", vec![message]);
                    }
                    None => {
                        self.corpus = CorpusState::Failed(message);
                        self.visible.clear();
                    }
                }
            }
            Action::Start { fragment } => self.pending_fragment = Some(fragment),
            Action::BundledLoaded { record, problems } => {
                self.library.retain(|r| r.id != BUNDLED_ID);
                self.library.insert(0, Rc::new(record));
                if self.current.is_none() {
                    self.current = Some(BUNDLED_ID.into());
                }
                if !problems.is_empty() {
                    self.notify(MessageKind::Warning, "A file is missing from the bundled corpus", problems);
                }
            }
            Action::LibraryLoaded { records, problems, reopen } => {
                for record in records {
                    if !self.library.iter().any(|r| r.id == record.id) {
                        self.library.push(Rc::new(record));
                    }
                }
                if let Some(id) = reopen.filter(|id| self.record(id).is_some()) {
                    self.open(id);
                }
                if !problems.is_empty() {
                    self.notify(MessageKind::Error, "Some saved corpora could not be opened", problems);
                }
            }
            Action::StorageProblem { message, unavailable } => {
                if unavailable {
                    self.storage_ok = false;
                }
                self.notify(MessageKind::Error, "Your corpora could not be saved", vec![message]);
            }
            Action::Import { items, stamp } => self.import(items, stamp),
            Action::SwitchCorpus(id) => {
                if self.record(&id).is_some() {
                    self.open(id);
                }
            }
            Action::RenameCorpus(id, name) => {
                let taken: Vec<String> = self.library.iter().filter(|r| r.id != id).map(|r| r.name.clone()).collect();
                let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                if !name.trim().is_empty() {
                    let name = unique_name(&name, &taken);
                    self.edit_record(&id, |r| r.name = name);
                }
            }
            Action::DuplicateCorpus { id, stamp } => {
                if let Some(source) = self.record(&id).cloned() {
                    let mut copy = (*source).clone();
                    copy.id = self.fresh_id(stamp, 0);
                    copy.read_only = false;
                    copy.revision = 1;
                    copy.name = self.unique(&format!("{} (copy)", source.name));
                    self.open(copy.id.clone());
                    self.library.push(Rc::new(copy));
                }
            }
            Action::DeleteCorpus(id) => {
                if let Some(index) = self.library.iter().position(|r| r.id == id && !r.read_only) {
                    let record = self.library.remove(index);
                    let was_current = self.current.as_deref() == Some(id.as_str());
                    self.recent.retain(|r| *r != id);
                    if was_current {
                        // Back to the corpus used before (the one a copy was made from), else the example.
                        let back = self.recent.iter().find(|r| self.record(r).is_some()).cloned();
                        self.current = back.or_else(|| self.library.first().map(|r| r.id.clone()));
                    }
                    self.undo = Some(Undo::Corpus { record, index, was_current });
                }
            }
            Action::Undo => match self.undo.take() {
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
                None => {}
            },
            Action::DismissUndo => self.undo = None,
            Action::RemoveArticle(article_id) => {
                let Some(id) = self.current.clone() else { return self };
                let Some(record) = self.record(&id) else { return self };
                if let Some(index) = record.articles.iter().position(|a| a.id == article_id) {
                    let article = record.articles[index].clone();
                    if self.edit_record(&id, |r| {
                        r.articles.remove(index);
                    }) {
                        self.undo = Some(Undo::Article { corpus: id, article, index });
                    }
                }
            }
            Action::EditArticle { id: article_id, label, outlet, date } => {
                self.edit_article(article_id, label, outlet, date)
            }
            Action::AnalysisProgress { corpus, revision, stage } => {
                if self.current_record().is_some_and(|r| r.id == corpus && r.revision == revision) {
                    let articles = self.current_record().map_or(0, |r| r.articles.len());
                    self.progress = Some(Progress { corpus, revision, articles, stage });
                }
            }
            Action::AnalysisDone { corpus, revision, analysis } => {
                let Some(record) = self.current_record().cloned() else { return self };
                if record.id == corpus && record.revision == revision {
                    self.progress = None;
                    self.show(Rc::new(LoadedCorpus::from_record(&record, analysis)));
                }
            }
            Action::Notify { kind, title, lines } => self.notify(kind, &title, lines),
            Action::Dismiss(id) => self.messages.retain(|m| m.id != id),
            Action::ToggleSource(doc) => {
                let count = match &self.corpus {
                    CorpusState::Ready(c) => c.analysis.documents.len(),
                    _ => 0,
                };
                if let Some(pos) = self.visible.iter().position(|d| *d == doc) {
                    if self.visible.len() > 1 {
                        self.visible.remove(pos);
                        if self.pinned.is_some_and(|p| p.0 == doc) {
                            self.pinned = None;
                        }
                        if self.hovered.is_some_and(|p| p.0 == doc) {
                            self.hovered = None;
                        }
                    }
                } else if doc < count {
                    // Re-inserted in corpus order relative to the others.
                    let at = self.visible.iter().position(|d| *d > doc).unwrap_or(self.visible.len());
                    self.visible.insert(at, doc);
                }
            }
            Action::MoveSource(doc, step) => {
                if let Some(pos) = self.visible.iter().position(|d| *d == doc) {
                    let target = pos as i64 + i64::from(step);
                    if (0..self.visible.len() as i64).contains(&target) {
                        self.visible.swap(pos, target as usize);
                    }
                }
            }
            Action::Hover(at) => self.hovered = at.filter(|s| self.sentence_exists(*s)),
            Action::Pin(at) => {
                if self.pinned == Some(at) {
                    self.pinned = None;
                } else if self.sentence_exists(at) && self.visible.contains(&at.0) {
                    self.pinned = Some(at);
                    self.narrow_doc = Some(at.0);
                    self.align_request += 1;
                }
            }
            Action::Unpin => self.pinned = None,
            Action::Step(step) => self.step(step),
            Action::ApplyFragment(fragment) => {
                if let Some(page) = fragment.page {
                    self.page = page;
                }
                if let Some(visible) = fragment.visible {
                    self.visible = visible;
                }
                if let Some(pinned) = fragment.pinned {
                    if self.visible.contains(&pinned.0) && self.sentence_exists(pinned) {
                        self.pinned = Some(pinned);
                        self.narrow_doc = Some(pinned.0);
                        self.align_request += 1;
                    }
                }
            }
            Action::ShowNarrow(doc) => {
                if self.visible.contains(&doc) {
                    self.narrow_doc = Some(doc);
                }
            }
            Action::ToggleWording => self.show_wording = !self.show_wording,
            Action::TogglePunctuation => self.show_punctuation = !self.show_punctuation,
            Action::ShowPage(page) => self.page = page,
            Action::ComparePair(a, b) => {
                let count = self.ready().map_or(0, |c| c.analysis.documents.len());
                if a < count && b < count && a != b {
                    self.visible = vec![a, b];
                    self.page = Page::Compare;
                    self.pinned = self.pinned.filter(|p| p.0 == a || p.0 == b);
                    self.hovered = None;
                }
            }
            Action::OpenSentence(at) => {
                if self.sentence_exists(at) {
                    if !self.visible.contains(&at.0) {
                        let pos = self.visible.iter().position(|d| *d > at.0).unwrap_or(self.visible.len());
                        self.visible.insert(pos, at.0);
                    }
                    self.page = Page::Compare;
                    self.pinned = Some(at);
                    self.narrow_doc = Some(at.0);
                    self.align_request += 1;
                }
            }
        }
        self
    }

    /// Puts an analysed corpus on screen. The same corpus re-analysed keeps the reader's place: columns
    /// shown stay shown in their order (new articles are added at the end), the pin stays when its
    /// sentence still exists. A different corpus opens with its default columns.
    fn show(&mut self, corpus: Rc<LoadedCorpus>) {
        let previous = self.ready().filter(|p| p.corpus_id == corpus.corpus_id).cloned();
        match previous {
            Some(previous) => {
                let map = |doc: usize| previous.doc_ids.get(doc).and_then(|id| corpus.doc_of(*id));
                let mut visible: Vec<usize> = self.visible.iter().filter_map(|d| map(*d)).collect();
                for (doc, id) in corpus.doc_ids.iter().enumerate() {
                    if previous.doc_of(*id).is_none() && !visible.contains(&doc) {
                        visible.push(doc);
                    }
                }
                if visible.is_empty() {
                    visible = default_visible(corpus.doc_ids.len());
                }
                let exists = |at: (usize, usize)| corpus.analysis.sentence(at).is_some();
                self.pinned = self.pinned.and_then(|(d, i)| map(d).map(|d| (d, i))).filter(|at| exists(*at));
                self.hovered = None;
                self.narrow_doc = self.narrow_doc.and_then(map);
                self.visible = visible;
            }
            None => {
                self.visible = default_visible(corpus.analysis.documents.len());
                self.pinned = None;
                self.hovered = None;
                self.narrow_doc = None;
            }
        }
        let sizes: Vec<usize> = corpus.analysis.documents.iter().map(|d| d.sentences.len()).collect();
        self.corpus = CorpusState::Ready(corpus);
        if let Some(fragment) = self.pending_fragment.take() {
            *self = self.clone().apply(Action::ApplyFragment(ViewFragment::parse(&fragment, &sizes)));
        }
    }

    /// Makes `id` the current corpus, remembering the order corpora were used in.
    fn open(&mut self, id: String) {
        self.recent.retain(|r| *r != id);
        if let Some(previous) = self.current.take() {
            self.recent.retain(|r| *r != previous);
            self.recent.insert(0, previous);
        }
        self.current = Some(id);
    }

    /// Adds a message; a new confirmation replaces the previous one (warnings and errors stay until
    /// dismissed, so no refusal goes unseen).
    fn notify(&mut self, kind: MessageKind, title: &str, lines: Vec<String>) {
        if kind == MessageKind::Info {
            self.messages.retain(|m| m.kind != MessageKind::Info);
        }
        self.messages.push(Message { id: self.next_message, kind, title: title.to_string(), lines });
        self.next_message += 1;
    }

    /// The corpus with this id.
    pub fn record(&self, id: &str) -> Option<&Rc<CorpusRecord>> {
        self.library.iter().find(|r| r.id == id)
    }

    /// The corpus the reader chose.
    pub fn current_record(&self) -> Option<&Rc<CorpusRecord>> {
        self.current.as_deref().and_then(|id| self.record(id))
    }

    /// The corpus to analyse: the current one, when the screen does not show its latest revision.
    pub fn needs_analysis(&self) -> Option<&Rc<CorpusRecord>> {
        let record = self.current_record()?;
        let shown = self.ready().is_some_and(|c| c.corpus_id == record.id && c.revision == record.revision);
        (!shown).then_some(record)
    }

    /// Applies `change` to an editable corpus and bumps its revision; false when there is none.
    fn edit_record(&mut self, id: &str, change: impl FnOnce(&mut CorpusRecord)) -> bool {
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

    /// Adds imported articles to the current corpus (or, when it is read-only, to a new one) and opens
    /// each bundle as a corpus of its own; reports what was added and what was refused, and why.
    fn import(&mut self, items: Vec<ImportItem>, stamp: u64) {
        // The previous import's confirmation and refusals make way for this one's.
        self.messages.retain(|m| m.kind == MessageKind::Error);
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
        refused.sort_by_key(|(at, _)| *at);
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
            self.notify(MessageKind::Info, "Imported", lines);
        }
        if !refused.is_empty() {
            let title = match refused.len() {
                1 => "Not imported".to_string(),
                n => format!("{n} items not imported"),
            };
            self.notify(MessageKind::Warning, &title, refused);
        }
    }

    /// Edits an article's label, outlet and date. These do not change the analysis, so the analysed view
    /// is updated in place rather than re-analysed.
    fn edit_article(&mut self, article_id: u32, label: String, outlet: String, date: String) {
        let Some(id) = self.current.clone() else { return };
        let clean = |v: String| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        let (label, outlet, date) = (clean(label), clean(outlet), clean(date));
        let before = self.record(&id).map(|r| r.revision);
        let changed = self.edit_record(&id, |r| {
            if let Some(a) = r.articles.iter_mut().find(|a| a.id == article_id) {
                if let Some(label) = label.clone() {
                    a.meta.label = label;
                }
                a.meta.outlet = outlet.clone();
                a.meta.date = date.clone();
            }
        });
        let Some(revision) = self.record(&id).map(|r| r.revision) else { return };
        let Some(shown) = self.ready().filter(|c| changed && c.corpus_id == id && Some(c.revision) == before) else {
            return;
        };
        let Some(doc) = shown.doc_of(article_id) else { return };
        let mut patched = shown.clone();
        let mut analysis = (*patched.analysis).clone();
        if let Some(label) = label.clone() {
            analysis.documents[doc].label = label;
        }
        let meta = &mut patched.sources[doc].meta;
        meta.label = label.unwrap_or(std::mem::take(&mut meta.label));
        (meta.outlet, meta.date) = (outlet, date);
        patched.analysis = Rc::new(analysis);
        patched.revision = revision;
        self.corpus = CorpusState::Ready(Rc::new(patched));
    }

    fn ready(&self) -> Option<&LoadedCorpus> {
        match &self.corpus {
            CorpusState::Ready(c) => Some(c),
            _ => None,
        }
    }

    fn sentence_exists(&self, at: SentenceRef) -> bool {
        self.ready().is_some_and(|c| c.analysis.sentence(at).is_some())
    }

    /// The source shown on a narrow screen.
    pub fn narrow_current(&self) -> Option<usize> {
        self.narrow_doc.filter(|d| self.visible.contains(d)).or_else(|| self.visible.first().copied())
    }

    fn step(&mut self, step: Move) {
        let Some(corpus) = self.ready() else { return };
        let analysis = &corpus.analysis;
        let current_doc = self.pinned.map(|p| p.0).or_else(|| self.narrow_current());
        let Some(doc) = current_doc else { return };
        let count = analysis.documents[doc].sentences.len();
        let here = self.pinned.map(|p| p.1);
        let target: Option<SentenceRef> = match step {
            Move::NextSentence => match here {
                Some(i) if i + 1 < count => Some((doc, i + 1)),
                Some(_) => None,
                None => (count > 0).then_some((doc, 0)),
            },
            Move::PreviousSentence => match here {
                Some(i) if i > 0 => Some((doc, i - 1)),
                Some(_) => None,
                None => count.checked_sub(1).map(|last| (doc, last)),
            },
            Move::NextSharedByAll => links::next_shared_by_all(analysis, doc, here, 1).map(|i| (doc, i)),
            Move::PreviousSharedByAll => links::next_shared_by_all(analysis, doc, here, -1).map(|i| (doc, i)),
            Move::NextColumn | Move::PreviousColumn => {
                let pos = self.visible.iter().position(|d| *d == doc).unwrap_or(0) as i64;
                let delta = if step == Move::NextColumn { 1 } else { -1 };
                let next_pos = pos + delta;
                if !(0..self.visible.len() as i64).contains(&next_pos) {
                    None
                } else {
                    let next_doc = self.visible[next_pos as usize];
                    let next_count = analysis.documents[next_doc].sentences.len();
                    // The counterpart there, else the sentence at the same relative place.
                    self.pinned.and_then(|p| corpus.links.best_in(p, next_doc)).or_else(|| {
                        (next_count > 0).then(|| {
                            let ratio = here.map_or(0.0, |i| i as f64 / count.max(1) as f64);
                            (next_doc, ((ratio * next_count as f64) as usize).min(next_count - 1))
                        })
                    })
                }
            }
        };
        if let Some(target) = target {
            self.pinned = Some(target);
            self.narrow_doc = Some(target.0);
            self.align_request += 1;
        }
    }
}

/// The columns a corpus opens with: every source, or the first four of a large corpus (more would be
/// too narrow to read; the chips add others).
pub fn default_visible(count: usize) -> Vec<usize> {
    (0..count.min(if count > 6 { 4 } else { count })).collect()
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use library::NewArticle;

    /// A state showing `record` as the bundled corpus, analysed as the worker would.
    fn loaded(record: CorpusRecord) -> AppState {
        settle(AppState::default().apply(Action::BundledLoaded { record, problems: vec![] }))
    }

    fn ready(n: usize) -> AppState {
        let mut record = CorpusRecord::new(BUNDLED_ID, "Test", true);
        for i in 0..n {
            record.push(NewArticle::plain(&format!("{i}.txt"), &format!("Headline {i}\nBody text number {i}.")));
        }
        loaded(record)
    }

    #[test]
    fn a_loaded_corpus_shows_every_document_in_order() {
        assert_eq!(ready(3).visible, vec![0, 1, 2]);
    }

    #[test]
    fn toggling_hides_and_restores_in_corpus_order() {
        let s = ready(3).apply(Action::ToggleSource(1));
        assert_eq!(s.visible, vec![0, 2]);
        let s = s.apply(Action::ToggleSource(1));
        assert_eq!(s.visible, vec![0, 1, 2]);
    }

    #[test]
    fn the_last_column_cannot_be_hidden_and_unknown_documents_are_ignored() {
        let s = ready(1).apply(Action::ToggleSource(0));
        assert_eq!(s.visible, vec![0]);
        let s = ready(2).apply(Action::ToggleSource(7));
        assert_eq!(s.visible, vec![0, 1]);
    }

    #[test]
    fn moving_swaps_neighbours_and_stops_at_the_edges() {
        let s = ready(3).apply(Action::MoveSource(0, 1));
        assert_eq!(s.visible, vec![1, 0, 2]);
        let s = s.apply(Action::MoveSource(1, -1));
        assert_eq!(s.visible, vec![1, 0, 2]);
    }

    fn paris() -> AppState {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let mut record = CorpusRecord::new(BUNDLED_ID, "Paris", true);
        for p in &files {
            record.push(NewArticle::plain(
                &p.file_name().unwrap().to_string_lossy(),
                &std::fs::read_to_string(p).unwrap(),
            ));
        }
        loaded(record)
    }

    #[test]
    fn pinning_twice_unpins_and_each_pin_asks_for_alignment() {
        let s = paris().apply(Action::Pin((1, 2)));
        assert_eq!((s.pinned, s.align_request), (Some((1, 2)), 1));
        let s = s.apply(Action::Pin((1, 2)));
        assert_eq!(s.pinned, None);
        let s = s.apply(Action::Pin((0, 999)));
        assert_eq!(s.pinned, None, "a sentence that does not exist is not pinned");
    }

    #[test]
    fn keyboard_moves_walk_sentences_and_stop_at_the_ends() {
        let s = paris().apply(Action::Step(Move::NextSentence));
        assert_eq!(s.pinned, Some((0, 0)), "the first move starts at the top of the first column");
        let s = s.apply(Action::Step(Move::PreviousSentence));
        assert_eq!(s.pinned, Some((0, 0)));
        let s = s.apply(Action::Step(Move::NextSentence)).apply(Action::Step(Move::NextSentence));
        assert_eq!(s.pinned, Some((0, 2)));
        assert_eq!(s.apply(Action::Unpin).pinned, None);
    }

    #[test]
    fn moving_to_the_next_column_lands_on_the_counterpart() {
        let s = paris();
        let corpus = match &s.corpus {
            CorpusState::Ready(c) => c.clone(),
            _ => unreachable!(),
        };
        // A sentence of source A with a counterpart in source B.
        let (from, to) = (0..corpus.analysis.documents[0].sentences.len())
            .find_map(|i| corpus.links.best_in((0, i), 1).map(|b| ((0, i), b)))
            .expect("source A shares something with source B");
        let s = s.apply(Action::Pin(from)).apply(Action::Step(Move::NextColumn));
        assert_eq!(s.pinned, Some(to));
        let s = s.apply(Action::Step(Move::PreviousColumn));
        assert_eq!(s.pinned.map(|p| p.0), Some(0));
    }

    #[test]
    fn next_shared_fact_skips_to_sentences_every_source_carries() {
        let s = paris().apply(Action::Step(Move::NextSharedByAll));
        let corpus = match &s.corpus {
            CorpusState::Ready(c) => c.clone(),
            _ => unreachable!(),
        };
        let p = s.pinned.expect("the bundled corpus has facts every source reports");
        assert_eq!(corpus.analysis.sentence(p).unwrap().agreement, parallax_core::AgreementLevel::All);
        let s2 = s.clone().apply(Action::Step(Move::NextSharedByAll));
        assert!(s2.pinned.unwrap().1 > p.1);
    }

    #[test]
    fn a_deep_link_restores_sources_and_pin_and_hiding_a_source_drops_its_pin() {
        let s = paris().apply(Action::ApplyFragment(ViewFragment {
            visible: Some(vec![3, 1]),
            pinned: Some((1, 4)),
            page: None,
        }));
        assert_eq!((s.visible.clone(), s.pinned), (vec![3, 1], Some((1, 4))));
        let s = s.apply(Action::ToggleSource(1));
        assert_eq!((s.visible.clone(), s.pinned), (vec![3], None));
    }

    #[test]
    fn the_overview_opens_a_pair_or_a_sentence_in_the_comparison() {
        let s = paris().apply(Action::ShowPage(Page::Overview)).apply(Action::ComparePair(3, 1));
        assert_eq!((s.page, s.visible.clone()), (Page::Compare, vec![3, 1]));
        let s = s.apply(Action::ShowPage(Page::Overview)).apply(Action::OpenSentence((0, 2)));
        assert_eq!((s.page, s.visible.clone(), s.pinned), (Page::Compare, vec![0, 3, 1], Some((0, 2))));
        let s = s.apply(Action::ComparePair(2, 2));
        assert_eq!(s.visible, vec![0, 3, 1], "a source is not compared with itself");
    }

    #[test]
    fn a_failed_load_clears_the_columns() {
        let s = ready(2).apply(Action::CorpusFailed("gone".into()));
        assert!(s.visible.is_empty());
        assert_eq!(s.corpus, CorpusState::Failed("gone".into()));
    }

    // The library: importing, switching, editing, deleting with undo, and re-analysis keeping the place.

    fn new_article(file: &str, text: &str) -> ImportItem {
        ImportItem::Article(NewArticle { encoding: Some("UTF-8".into()), ..NewArticle::plain(file, text) })
    }

    const PORT_A: &str = "Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay.\nThe mayor opened a library.";
    const PORT_B: &str = "Port walkout\nSix hundred dock workers at Port Ellery began a strike on Monday over pay for night shifts.\nShips wait outside.";
    const PORT_C: &str = "Dockers strike\nDock workers at Port Ellery started a strike on Tuesday about night-shift pay, the union said.";

    /// A state with the bundled corpus loaded and analysed, then whatever the actions do, with every
    /// analysis the app would request answered (as the worker would).
    fn run(actions: Vec<Action>) -> AppState {
        let mut bundled = CorpusRecord::new(BUNDLED_ID, "Example", true);
        for (i, text) in [PORT_A, PORT_B].iter().enumerate() {
            bundled.push(NewArticle::plain(&format!("{i}.txt"), text));
        }
        let mut s = loaded(bundled);
        for action in actions {
            s = settle(s.apply(action));
        }
        s
    }

    fn settle(s: AppState) -> AppState {
        match s.needs_analysis().cloned() {
            Some(r) => {
                let analysis = Rc::new(parallax_core::analyze(&r.sources()));
                s.apply(Action::AnalysisDone { corpus: r.id.clone(), revision: r.revision, analysis })
            }
            None => s,
        }
    }

    fn shown(s: &AppState) -> Rc<LoadedCorpus> {
        match &s.corpus {
            CorpusState::Ready(c) => c.clone(),
            other => panic!("no corpus on screen: {other:?}"),
        }
    }

    #[test]
    fn importing_while_the_example_is_open_makes_a_new_corpus_and_refuses_duplicates() {
        let s = run(vec![Action::Import {
            items: vec![
                new_article("a.txt", PORT_A),
                new_article("c.txt", PORT_C),
                new_article("a-again.txt", PORT_A),
                ImportItem::Refused("“photo.txt” looks like a PNG image, not text: nothing was imported.".into()),
            ],
            stamp: 7,
        }]);
        let record = s.current_record().unwrap().clone();
        assert!(!record.read_only);
        assert_eq!(record.name, "Imported articles");
        assert_eq!(record.articles.len(), 2);
        assert_eq!(s.record(BUNDLED_ID).unwrap().articles.len(), 2, "the example is unchanged");
        assert_eq!(shown(&s).corpus_id, record.id);
        let info = &s.messages[0];
        assert!(info.lines[0].starts_with("Added to “Imported articles”: a.txt (UTF-8); c.txt (UTF-8)"), "{info:?}");
        let warning = &s.messages[1];
        assert_eq!(warning.kind, MessageKind::Warning);
        assert!(warning.lines[0].contains("a-again.txt") && warning.lines[1].contains("photo.txt"), "in drop order");
        assert!(warning.lines.iter().any(|l| l.contains("“a-again.txt” is already in this corpus")));
        assert!(warning.lines.iter().any(|l| l.contains("PNG image")));
    }

    #[test]
    fn a_batch_with_nothing_usable_leaves_no_empty_corpus_behind() {
        let s = run(vec![Action::Import {
            items: vec![ImportItem::Refused("“x.txt” is empty: nothing was imported.".into())],
            stamp: 1,
        }]);
        assert_eq!(s.library.len(), 1);
        assert_eq!(s.current.as_deref(), Some(BUNDLED_ID));
        assert_eq!(s.messages.len(), 1);
    }

    #[test]
    fn adding_an_article_keeps_the_columns_and_the_pin() {
        let s = run(vec![Action::Import {
            items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)],
            stamp: 1,
        }]);
        let s = s.apply(Action::MoveSource(0, 1)).apply(Action::Pin((0, 1)));
        assert_eq!((s.visible.clone(), s.pinned), (vec![1, 0], Some((0, 1))));
        let s = run_more(s, vec![Action::Import { items: vec![new_article("c.txt", PORT_C)], stamp: 2 }]);
        assert_eq!(shown(&s).doc_ids.len(), 3);
        assert_eq!(s.visible, vec![1, 0, 2], "order kept, the new article added at the end");
        assert_eq!(s.pinned, Some((0, 1)), "the pin survives the re-analysis");
    }

    fn run_more(mut s: AppState, actions: Vec<Action>) -> AppState {
        for action in actions {
            s = settle(s.apply(action));
        }
        s
    }

    #[test]
    fn removing_an_article_maps_the_place_and_undo_brings_it_back() {
        let s = run(vec![Action::Import {
            items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B), new_article("c.txt", PORT_C)],
            stamp: 1,
        }]);
        let s = s.apply(Action::Pin((2, 1)));
        let s = run_more(s, vec![Action::RemoveArticle(0)]);
        assert_eq!(s.current_record().unwrap().articles.len(), 2);
        assert_eq!(s.visible, vec![0, 1]);
        assert_eq!(s.pinned, Some((1, 1)), "the pinned sentence of C is now in the second column");
        assert!(s.undo.as_ref().unwrap().describe().starts_with("Removed “Strike at the port”"));
        let s = run_more(s, vec![Action::Undo]);
        let ids: Vec<u32> = s.current_record().unwrap().articles.iter().map(|a| a.id).collect();
        assert_eq!(ids, vec![0, 1, 2], "back in its place");
        assert!(s.undo.is_none());
    }

    #[test]
    fn deleting_a_corpus_falls_back_to_the_example_and_undo_restores_it() {
        let s = run(vec![Action::Import {
            items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)],
            stamp: 1,
        }]);
        let id = s.current.clone().unwrap();
        let s = run_more(s, vec![Action::DeleteCorpus(id.clone())]);
        assert_eq!(s.current.as_deref(), Some(BUNDLED_ID));
        assert_eq!(shown(&s).corpus_id, BUNDLED_ID);
        assert!(s.record(&id).is_none());
        let s = run_more(s, vec![Action::Undo]);
        assert_eq!(s.current.as_deref(), Some(id.as_str()));
        assert_eq!(s.record(&id).unwrap().articles.len(), 2);
        let s = run_more(s, vec![Action::DeleteCorpus(BUNDLED_ID.into())]);
        assert!(s.record(BUNDLED_ID).is_some(), "the example cannot be deleted");
    }

    #[test]
    fn duplicating_renaming_and_switching() {
        let s = run(vec![Action::DuplicateCorpus { id: BUNDLED_ID.into(), stamp: 3 }]);
        let copy = s.current_record().unwrap().clone();
        assert_eq!((copy.name.as_str(), copy.read_only, copy.articles.len()), ("Example (copy)", false, 2));
        let s = run_more(s, vec![Action::RenameCorpus(copy.id.clone(), "Example".into())]);
        assert_eq!(s.current_record().unwrap().name, "Example (2)", "names stay unique");
        let s = run_more(s, vec![Action::RenameCorpus(BUNDLED_ID.into(), "Mine now".into())]);
        assert_eq!(s.record(BUNDLED_ID).unwrap().name, "Example", "the example is read-only");
        let s = run_more(s, vec![Action::SwitchCorpus(BUNDLED_ID.into())]);
        assert_eq!(shown(&s).corpus_id, BUNDLED_ID);
        let s = run_more(s, vec![Action::SwitchCorpus("nope".into())]);
        assert_eq!(s.current.as_deref(), Some(BUNDLED_ID));
    }

    #[test]
    fn editing_a_label_updates_the_view_without_a_new_analysis() {
        let s = run(vec![Action::Import {
            items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)],
            stamp: 1,
        }]);
        let before = shown(&s);
        let s = s.apply(Action::EditArticle {
            id: 1,
            label: "Gazette".into(),
            outlet: " The Gazette ".into(),
            date: "".into(),
        });
        assert!(s.needs_analysis().is_none(), "no re-analysis for a label");
        let after = shown(&s);
        assert_eq!(after.analysis.documents[1].label, "Gazette");
        assert_eq!(after.sources[1].meta.outlet.as_deref(), Some("The Gazette"));
        assert_eq!(after.analysis.alignments, before.analysis.alignments);
        let article = &s.current_record().unwrap().articles[1];
        assert_eq!(
            (article.meta.label.as_str(), article.meta.outlet.as_deref(), article.meta.date.as_deref()),
            ("Gazette", Some("The Gazette"), None)
        );
    }

    #[test]
    fn a_stale_analysis_is_ignored_and_a_bundle_opens_as_its_own_corpus() {
        let s = run(vec![]);
        let stale = Rc::new(parallax_core::analyze(&[]));
        let s = s.apply(Action::AnalysisDone { corpus: BUNDLED_ID.into(), revision: 99, analysis: stale });
        assert_eq!(shown(&s).analysis.documents.len(), 2);
        let bundle = s.record(BUNDLED_ID).unwrap().to_bundle();
        let s = run_more(
            s,
            vec![Action::Import { items: vec![ImportItem::Bundle { file: "x.json".into(), bundle }], stamp: 5 }],
        );
        let record = s.current_record().unwrap();
        assert_eq!((record.name.as_str(), record.read_only, record.articles.len()), ("Example (2)", false, 2));
    }

    #[test]
    fn deleting_a_copy_returns_to_the_corpus_it_was_made_from() {
        let s = run(vec![Action::Import {
            items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)],
            stamp: 1,
        }]);
        let original = s.current.clone().unwrap();
        let s = run_more(s, vec![Action::DuplicateCorpus { id: original.clone(), stamp: 2 }]);
        let copy = s.current.clone().unwrap();
        assert_ne!(copy, original);
        let s = run_more(s, vec![Action::DeleteCorpus(copy)]);
        assert_eq!(s.current.as_deref(), Some(original.as_str()));
        assert_eq!(shown(&s).corpus_id, original);
    }

    #[test]
    fn a_new_import_replaces_the_previous_imports_messages() {
        let s = run(vec![Action::Import {
            items: vec![ImportItem::Refused("“x.txt” is empty: nothing was imported.".into())],
            stamp: 1,
        }]);
        assert_eq!(s.messages.len(), 1);
        let s = run_more(
            s,
            vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 2 }],
        );
        assert_eq!(s.messages.len(), 1);
        assert_eq!(s.messages[0].kind, MessageKind::Info);
    }

    #[test]
    fn without_the_example_the_readers_own_corpora_still_open() {
        let mut mine = CorpusRecord::new("c1", "Mine", false);
        mine.push(NewArticle::plain("a", PORT_A));
        let s = AppState::default()
            .apply(Action::LibraryLoaded { records: vec![mine], problems: vec![], reopen: None })
            .apply(Action::CorpusFailed("corpus/manifest.json answered HTTP 404".into()));
        assert_eq!(s.current.as_deref(), Some("c1"));
        assert!(s.messages[0].lines[0].contains("404"));
        let s = settle(s);
        assert_eq!(shown(&s).corpus_id, "c1");
    }

    #[test]
    fn saved_corpora_reopen_and_unreadable_ones_are_reported() {
        let mut mine = CorpusRecord::new("c1", "Mine", false);
        mine.push(NewArticle::plain("a", PORT_A));
        let s = AppState::default().apply(Action::LibraryLoaded {
            records: vec![mine],
            problems: vec!["The saved corpus “c2” is damaged".into()],
            reopen: Some("c1".into()),
        });
        let s =
            s.apply(Action::BundledLoaded { record: CorpusRecord::new(BUNDLED_ID, "Example", true), problems: vec![] });
        assert_eq!(s.current.as_deref(), Some("c1"), "the example loading later does not take over");
        assert_eq!(s.library[0].id, BUNDLED_ID, "the example is listed first");
        assert_eq!(s.messages[0].kind, MessageKind::Error);
    }
}
