//! Application state: one `AppState`, one `Action` enum, one reducer. Plain Rust with no browser
//! calls, so every transition is tested natively with `cargo test`.

pub mod column_model;
mod corpus;
pub mod fragment;
pub mod links;
pub mod overview_model;

pub use corpus::LoadedCorpus;
pub use fragment::ViewFragment;
pub use links::SentenceRef;

use std::rc::Rc;
use yew::Reducible;

/// Where the corpus is in its life: being fetched, ready, or failed as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum CorpusState {
    Loading,
    Ready(Rc<LoadedCorpus>),
    Failed(String),
}

/// Everything the views render from.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub corpus: CorpusState,
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
            corpus: CorpusState::Loading,
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
    CorpusLoaded(Rc<LoadedCorpus>),
    CorpusFailed(String),
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
            Action::CorpusLoaded(corpus) => {
                self.visible = (0..corpus.analysis.documents.len()).collect();
                self.corpus = CorpusState::Ready(corpus);
                self.pinned = None;
                self.hovered = None;
                self.narrow_doc = None;
            }
            Action::CorpusFailed(message) => {
                self.corpus = CorpusState::Failed(message);
                self.visible.clear();
            }
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

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::SourceText;

    fn ready(n: usize) -> AppState {
        let sources: Vec<SourceText> = (0..n)
            .map(|i| SourceText::new(format!("{i}.txt"), format!("Headline {i}\nBody text number {i}.")))
            .collect();
        AppState::default().apply(Action::CorpusLoaded(Rc::new(LoadedCorpus::new("Test".into(), sources, vec![]))))
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
        let sources = files
            .iter()
            .map(|p| SourceText::new(p.file_name().unwrap().to_string_lossy(), std::fs::read_to_string(p).unwrap()))
            .collect();
        AppState::default().apply(Action::CorpusLoaded(Rc::new(LoadedCorpus::new("Paris".into(), sources, vec![]))))
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
}
