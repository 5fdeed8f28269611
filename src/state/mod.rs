//! Application state: one `AppState`, one `Action` enum, one reducer. Plain Rust with no browser
//! calls, so every transition is tested natively with `cargo test`.

pub mod column_model;
mod corpus;

pub use corpus::LoadedCorpus;

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
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            corpus: CorpusState::Loading,
            visible: Vec::new(),
        }
    }
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
}

impl AppState {
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::CorpusLoaded(corpus) => {
                self.visible = (0..corpus.analysis.documents.len()).collect();
                self.corpus = CorpusState::Ready(corpus);
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
                    }
                } else if doc < count {
                    // Re-inserted in corpus order relative to the others.
                    let at = self
                        .visible
                        .iter()
                        .position(|d| *d > doc)
                        .unwrap_or(self.visible.len());
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
        }
        self
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
            .map(|i| {
                SourceText::new(
                    format!("{i}.txt"),
                    format!("Headline {i}\nBody text number {i}."),
                )
            })
            .collect();
        AppState::default().apply(Action::CorpusLoaded(Rc::new(LoadedCorpus::new(
            "Test".into(),
            sources,
            vec![],
        ))))
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

    #[test]
    fn a_failed_load_clears_the_columns() {
        let s = ready(2).apply(Action::CorpusFailed("gone".into()));
        assert!(s.visible.is_empty());
        assert_eq!(s.corpus, CorpusState::Failed("gone".into()));
    }
}
