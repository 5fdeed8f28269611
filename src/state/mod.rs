//! Application state, split by concern and composed here: the reader's place ([`place`]), the corpora
//! with import and undo ([`corpora`]), messages and progress ([`messages`]), and the analysed corpus on
//! screen ([`corpus`]). One `Action` enum and one reducer ([`AppState::apply`]) route each change to its
//! part. Plain Rust with no browser calls, so every transition is tested natively with `cargo test`; the
//! view models (`*_model`) turn the analysis into what each page draws, tested the same way.

pub mod column_model;
pub mod corpora;
mod corpus;
pub mod detail_model;
pub mod differences_model;
pub mod fragment;
pub mod library;
pub mod links;
pub mod messages;
pub mod overview_model;
pub mod people_model;
pub mod place;
pub mod preview_model;
pub mod quotes_model;
pub mod record;
#[cfg(test)]
pub(crate) mod test_corpus;
pub mod timeline_model;
pub mod verdicts_model;

pub use corpora::{Corpora, Undo};
pub use corpus::{Derived, LoadedCorpus};
pub use fragment::ViewFragment;
pub use links::SentenceRef;
pub use messages::{Message, MessageKind, Messages, Progress};
pub use place::{default_visible, Move, Page, Place};

use library::{CorpusRecord, ImportItem};
use parallax_core::{shorten_words, Analysis, ArticleMeta, Stage, Verdict};
use std::rc::Rc;

/// Where the shown corpus is in its life: being fetched, ready, or failed as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum CorpusState {
    Loading,
    Ready(Rc<LoadedCorpus>),
    Failed(String),
}

/// Everything the views render from.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub corpora: Corpora,
    pub place: Place,
    pub messages: Messages,
    /// The analysed corpus on screen.
    pub corpus: CorpusState,
    /// The analysis being prepared for the current corpus, while the view still shows the last one.
    pub progress: Option<Progress>,
    /// The URL fragment to apply once the first analysis is on screen.
    pending_fragment: Option<String>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            corpora: Corpora::default(),
            place: Place::default(),
            messages: Messages::default(),
            corpus: CorpusState::Loading,
            progress: None,
            pending_fragment: None,
        }
    }
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
    /// The reader's verdict on two sentences of the corpus on screen (articles by position): given, or
    /// its note changed. Replaces any earlier verdict on the same two sentences.
    Judge(Verdict),
    /// Withdraws the reader's verdict on the two sentences of this one.
    Withdraw(Verdict),
    /// Starts (`true`) or cancels linking the pinned sentence to the next one clicked in another source.
    Linking(bool),
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
        /// What the views derive from it, when already made (`corpus::Derived`).
        derived: Option<Derived>,
    },
    /// No analysis is coming (the module could not read the request, or stopped): the progress bar
    /// goes and the reader is told why; the articles stay as they are.
    AnalysisFailed {
        message: String,
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
        let shown = self.shown();
        let corpus = shown.as_deref();
        let count = corpus.map_or(0, |c| c.analysis.documents.len());
        match action {
            Action::CorpusFailed(message) => {
                // With corpora of the reader's own, the app still has something to show.
                match self.corpora.first_own() {
                    Some(first) => {
                        self.corpora.current.get_or_insert(first);
                        self.messages.notify(
                            MessageKind::Error,
                            "The example corpus could not be opened",
                            vec![message],
                        );
                    }
                    None => {
                        self.corpus = CorpusState::Failed(message);
                        self.place.visible.clear();
                    }
                }
            }
            Action::Start { fragment } => self.pending_fragment = Some(fragment),
            Action::BundledLoaded { record, problems } => {
                self.corpora.add_bundled(record);
                if !problems.is_empty() {
                    self.messages.notify(MessageKind::Warning, "A file is missing from the bundled corpus", problems);
                }
            }
            Action::LibraryLoaded { records, problems, reopen } => {
                self.corpora.add_stored(records, reopen);
                if !problems.is_empty() {
                    self.messages.notify(MessageKind::Error, "Some saved corpora could not be opened", problems);
                }
            }
            Action::StorageProblem { message, unavailable } => {
                if unavailable {
                    self.corpora.storage_ok = false;
                }
                self.messages.notify(MessageKind::Error, "Your corpora could not be saved", vec![message]);
            }
            Action::Import { items, stamp } => self.corpora.import(items, stamp, &mut self.messages),
            Action::SwitchCorpus(id) => {
                if self.corpora.record(&id).is_some() {
                    self.corpora.open(id);
                }
            }
            Action::RenameCorpus(id, name) => self.corpora.rename(&id, &name),
            Action::DuplicateCorpus { id, stamp } => self.corpora.duplicate(&id, stamp),
            Action::DeleteCorpus(id) => self.corpora.delete(&id),
            Action::Undo => self.corpora.undo(),
            Action::DismissUndo => self.corpora.undo = None,
            Action::RemoveArticle(article_id) => self.corpora.remove_article(article_id),
            Action::Judge(verdict) => self.judge(verdict, false),
            Action::Withdraw(verdict) => self.judge(verdict, true),
            Action::EditArticle { id: article_id, label, outlet, date } => {
                self.edit_article(article_id, label, outlet, date)
            }
            Action::AnalysisProgress { corpus, revision, stage } => {
                if let Some(record) = self.corpora.current_record().filter(|r| r.id == corpus && r.revision == revision)
                {
                    let articles = record.articles.len();
                    self.progress = Some(Progress { corpus, revision, articles, stage });
                }
            }
            Action::AnalysisDone { corpus, revision, analysis, derived } => {
                let Some(record) = self.corpora.current_record().cloned() else { return self };
                if record.id == corpus && record.revision == revision {
                    self.progress = None;
                    self.show(Rc::new(LoadedCorpus::from_record(&record, analysis, derived)));
                }
            }
            Action::AnalysisFailed { message } => {
                self.progress = None;
                let kept = "Your articles are kept; reload the page to try again.";
                if matches!(self.corpus, CorpusState::Loading) {
                    // Nothing on screen yet: the page says so in place of "Opening the corpus…".
                    self.corpus = CorpusState::Failed(format!("{message} {kept}"));
                } else {
                    self.messages.notify(
                        MessageKind::Error,
                        "The articles could not be analysed",
                        vec![message, kept.into()],
                    );
                }
            }
            Action::Notify { kind, title, lines } => self.messages.notify(kind, &title, lines),
            Action::Dismiss(id) => self.messages.dismiss(id),
            Action::ToggleSource(doc) => self.place.toggle_source(doc, count),
            Action::MoveSource(doc, step) => self.place.move_source(doc, step),
            Action::Hover(at) => self.place.hover(at, corpus),
            Action::Linking(on) => self.place.linking = on && self.place.pinned.is_some(),
            Action::Pin(at) if self.place.linking => {
                self.place.linking = false;
                let from = self.place.pinned;
                let verdict = from.filter(|f| f.0 != at.0).and_then(|from| {
                    let analysis = &self.shown()?.analysis;
                    detail_model::verdict_on(analysis, from, at, true, String::new())
                });
                if let Some(verdict) = verdict {
                    self.judge(verdict, false);
                }
            }
            Action::Pin(at) => self.place.pin(at, corpus),
            Action::Unpin if self.place.linking => self.place.linking = false,
            Action::Unpin => self.place.pinned = None,
            Action::Step(step) => self.place.step(step, corpus),
            Action::ApplyFragment(fragment) => self.place.apply_fragment(fragment, corpus),
            Action::ShowNarrow(doc) => self.place.show_narrow(doc),
            Action::ToggleWording => self.place.show_wording = !self.place.show_wording,
            Action::TogglePunctuation => self.place.show_punctuation = !self.place.show_punctuation,
            Action::ShowPage(page) => self.place.page = page,
            Action::ComparePair(a, b) => self.place.compare_pair(a, b, count),
            Action::OpenSentence(at) => self.place.open_sentence(at, corpus),
        }
        self
    }

    /// Gives or withdraws a verdict on the corpus on screen, when it is the reader's own and its
    /// analysis is of the current revision (so positions name the articles the reader saw).
    fn judge(&mut self, verdict: Verdict, withdraw: bool) {
        let Some(shown) = self.shown() else { return };
        let current = self.corpora.current_record().filter(|r| r.id == shown.corpus_id && r.revision == shown.revision);
        if current.is_none_or(|r| r.read_only) {
            return;
        }
        let label = |doc: usize| shown.analysis.documents.get(doc).map_or(String::new(), |d| d.label.clone());
        let about = match &verdict {
            Verdict::SameFact { a, b, .. } | Verdict::DifferentFacts { a, b, .. } => {
                format!("sentences of “{}” and “{}”", label(a.doc), label(b.doc))
            }
            Verdict::SamePerson { a, b, .. } => format!("“{a}” and “{b}”"),
            Verdict::DifferentPeople { name, spelling, .. } => format!("“{spelling}” and “{name}”"),
            Verdict::NotADifference { subject, .. } => format!("the difference “{}”", shorten_words(subject, 60)),
            Verdict::SpeakerIs { quote, .. } => format!("the quotation “{}”", shorten_words(&quote.text, 60)),
        };
        let done = match &verdict {
            _ if withdraw => format!("Withdrew your verdict on {about}."),
            Verdict::SameFact { .. } => format!("Marked {about} as the same fact."),
            Verdict::DifferentFacts { .. } => format!("Marked {about} as not the same."),
            Verdict::SamePerson { .. } => format!("Marked {about} as the same person."),
            Verdict::DifferentPeople { .. } => format!("Marked {about} as different people."),
            Verdict::NotADifference { .. } => format!("Marked {about} as not a difference."),
            Verdict::SpeakerIs { speaker, .. } if speaker.is_empty() => format!("Marked {about} as unattributed."),
            Verdict::SpeakerIs { speaker, .. } => format!("Gave {about} to {speaker}."),
        };
        self.corpora.judge(&verdict, withdraw, done);
    }

    /// Puts an analysed corpus on screen, keeping the reader's place in it (see [`Place::follow`]), and
    /// applies the deep link the page opened with to the first analysis shown.
    fn show(&mut self, corpus: Rc<LoadedCorpus>) {
        let previous = self.shown();
        self.place.follow(previous.as_deref(), &corpus);
        let sizes: Vec<usize> = corpus.analysis.documents.iter().map(|d| d.sentences.len()).collect();
        self.corpus = CorpusState::Ready(corpus);
        if let Some(fragment) = self.pending_fragment.take() {
            *self = self.clone().apply(Action::ApplyFragment(ViewFragment::parse(&fragment, &sizes)));
        }
    }

    /// The corpus with this id.
    pub fn record(&self, id: &str) -> Option<&Rc<CorpusRecord>> {
        self.corpora.record(id)
    }

    /// The corpus the reader chose.
    pub fn current_record(&self) -> Option<&Rc<CorpusRecord>> {
        self.corpora.current_record()
    }

    /// The corpus to analyse: the current one, when the screen does not show its latest revision.
    pub fn needs_analysis(&self) -> Option<&Rc<CorpusRecord>> {
        let record = self.current_record()?;
        let shown = self.ready().is_some_and(|c| c.corpus_id == record.id && c.revision == record.revision);
        (!shown).then_some(record)
    }

    /// Edits an article's label, outlet and date. The view shows them at once; a label alone does not
    /// change the analysis, so it is not re-analysed, while a date or outlet (the timeline) is.
    fn edit_article(&mut self, article_id: u32, label: String, outlet: String, date: String) {
        let Some(id) = self.corpora.current.clone() else { return };
        // Trimmed, blank outlet and date dropped, as every article's metadata is; a blank label keeps the old one.
        let edit = ArticleMeta { file: String::new(), label, outlet: Some(outlet), date: Some(date) }.tidied();
        let (label, outlet, date) = (Some(edit.label).filter(|l| !l.is_empty()), edit.outlet, edit.date);
        let before = self.record(&id).map(|r| r.revision);
        // A new date or outlet changes the analysis (the timeline, and which differences are one story
        // changing over time): it is analysed again. A label alone is patched into what is on screen.
        let timing_changed = self
            .record(&id)
            .and_then(|r| r.articles.iter().find(|a| a.id == article_id))
            .is_some_and(|a| a.meta.date != date || a.meta.outlet != outlet);
        let changed = self.corpora.edit_record(&id, |r| {
            if let Some(a) = r.articles.iter_mut().find(|a| a.id == article_id) {
                if let Some(label) = label.clone() {
                    a.meta.label = label;
                }
                a.meta.outlet = outlet.clone();
                a.meta.date = date.clone();
            }
        });
        let Some(revision) = self.record(&id).map(|r| r.revision) else { return };
        // What is on screen shows the new metadata at once (the dialog's fields read it back); it is
        // marked current only when nothing but a label changed and it was current before.
        let Some(shown) = self.ready().filter(|c| changed && c.corpus_id == id) else { return };
        let current = !timing_changed && Some(shown.revision) == before;
        let Some(doc) = shown.doc_of(article_id) else { return };
        let mut patched = shown.clone();
        let mut analysis = (*patched.analysis).clone();
        let meta = &mut patched.sources[doc].meta;
        if let Some(label) = label {
            analysis.documents[doc].label = label.clone();
            meta.label = label;
        }
        (meta.outlet, meta.date) = (outlet, date);
        patched.analysis = Rc::new(analysis);
        if current {
            patched.revision = revision;
        }
        self.corpus = CorpusState::Ready(Rc::new(patched));
    }

    /// The corpus on screen, shared (not copied: it holds every article's text).
    fn shown(&self) -> Option<Rc<LoadedCorpus>> {
        match &self.corpus {
            CorpusState::Ready(c) => Some(Rc::clone(c)),
            _ => None,
        }
    }

    fn ready(&self) -> Option<&LoadedCorpus> {
        match &self.corpus {
            CorpusState::Ready(c) => Some(c),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
