//! The reader's place in a corpus: the page, which sources are shown as columns and in what order, the
//! sentence under the pointer and the pinned one, the source a phone shows, and the difference kinds
//! marked in the panel. Every change is a method here, checked against the corpus on screen (a pin on
//! a sentence that does not exist, or on a hidden column, is ignored).

use crate::state::corpus::LoadedCorpus;
use crate::state::fragment::ViewFragment;
use crate::state::links::{next_shared_by_all, SentenceRef};

/// The pages of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Compare,
    Overview,
    Differences,
    People,
    Quotes,
    /// The reader's verdicts on the corpus.
    Verdicts,
    /// The dated articles in order.
    Timeline,
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
            Page::Verdicts => "verdicts",
            Page::Timeline => "timeline",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        [Page::Compare, Page::Overview, Page::Differences, Page::People, Page::Quotes, Page::Timeline, Page::Verdicts]
            .into_iter()
            .find(|p| p.slug() == slug)
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

/// The columns a corpus opens with: every source, or the first four of a large corpus (more would be
/// too narrow to read; the chips add others).
pub fn default_visible(count: usize) -> Vec<usize> {
    (0..count.min(if count > 6 { 4 } else { count })).collect()
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Place {
    pub page: Page,
    /// The documents shown as columns, in display order.
    pub visible: Vec<usize>,
    /// The sentence under the pointer (highlights its counterparts while hovering).
    pub hovered: Option<SentenceRef>,
    /// The pinned sentence: its counterparts stay highlighted, the detail panel shows it.
    pub pinned: Option<SentenceRef>,
    /// The reader is linking the pinned sentence to one the matcher missed: the next sentence clicked
    /// in another source is linked to it (not part of the URL).
    pub linking: bool,
    /// Bumped whenever a pin should bring the other columns level with it (click, key, deep link).
    pub align_request: u32,
    /// On a narrow screen, the one source shown.
    pub narrow_doc: Option<usize>,
    /// Difference kinds the reader chose to see marked in the detail panel besides numbers and names.
    pub show_wording: bool,
    pub show_punctuation: bool,
}

fn exists(corpus: Option<&LoadedCorpus>, at: SentenceRef) -> bool {
    corpus.is_some_and(|c| c.analysis.sentence(at).is_some())
}

impl Place {
    /// The source shown on a narrow screen.
    pub fn narrow_current(&self) -> Option<usize> {
        self.narrow_doc.filter(|d| self.visible.contains(d)).or_else(|| self.visible.first().copied())
    }

    /// Pins `at` and asks for the other columns to level with it.
    fn pin_at(&mut self, at: SentenceRef) {
        self.pinned = Some(at);
        self.narrow_doc = Some(at.0);
        self.align_request += 1;
    }

    /// Shows or hides a document's column (the last visible column cannot be hidden).
    pub fn toggle_source(&mut self, doc: usize, count: usize) {
        if let Some(pos) = self.visible.iter().position(|d| *d == doc) {
            if self.visible.len() > 1 {
                self.visible.remove(pos);
                self.pinned = self.pinned.filter(|p| p.0 != doc);
                self.hovered = self.hovered.filter(|p| p.0 != doc);
            }
        } else if doc < count {
            // Re-inserted in corpus order relative to the others.
            let at = self.visible.iter().position(|d| *d > doc).unwrap_or(self.visible.len());
            self.visible.insert(at, doc);
        }
    }

    /// Moves a visible document one place left (-1) or right (+1).
    pub fn move_source(&mut self, doc: usize, step: i32) {
        if let Some(pos) = self.visible.iter().position(|d| *d == doc) {
            let target = pos as i64 + i64::from(step);
            if (0..self.visible.len() as i64).contains(&target) {
                self.visible.swap(pos, target as usize);
            }
        }
    }

    pub fn hover(&mut self, at: Option<SentenceRef>, corpus: Option<&LoadedCorpus>) {
        self.hovered = at.filter(|s| exists(corpus, *s));
    }

    /// Pins a sentence of a shown column (pinning the pinned one again unpins it).
    pub fn pin(&mut self, at: SentenceRef, corpus: Option<&LoadedCorpus>) {
        if self.pinned == Some(at) {
            self.pinned = None;
        } else if exists(corpus, at) && self.visible.contains(&at.0) {
            self.pin_at(at);
        }
    }

    /// Applies a deep link (a pin that does not fit the corpus is ignored).
    pub fn apply_fragment(&mut self, fragment: ViewFragment, corpus: Option<&LoadedCorpus>) {
        if let Some(page) = fragment.page {
            self.page = page;
        }
        if let Some(visible) = fragment.visible {
            self.visible = visible;
        }
        if let Some(pinned) = fragment.pinned {
            if self.visible.contains(&pinned.0) && exists(corpus, pinned) {
                self.pin_at(pinned);
            }
        }
    }

    pub fn show_narrow(&mut self, doc: usize) {
        if self.visible.contains(&doc) {
            self.narrow_doc = Some(doc);
        }
    }

    /// Opens two sources side by side (from the overview's matrix).
    pub fn compare_pair(&mut self, a: usize, b: usize, count: usize) {
        if a < count && b < count && a != b {
            self.visible = vec![a, b];
            self.page = Page::Compare;
            self.pinned = self.pinned.filter(|p| p.0 == a || p.0 == b);
            self.hovered = None;
        }
    }

    /// Opens the comparison with this sentence pinned, showing its source if it was hidden.
    pub fn open_sentence(&mut self, at: SentenceRef, corpus: Option<&LoadedCorpus>) {
        if exists(corpus, at) {
            if !self.visible.contains(&at.0) {
                let pos = self.visible.iter().position(|d| *d > at.0).unwrap_or(self.visible.len());
                self.visible.insert(pos, at.0);
            }
            self.page = Page::Compare;
            self.pin_at(at);
        }
    }

    /// The place in a newly analysed corpus. The same corpus re-analysed keeps the reader's place:
    /// columns shown stay shown in their order (new articles are added at the end), the pin stays when
    /// its sentence still exists. A different corpus opens with its default columns.
    pub fn follow(&mut self, previous: Option<&LoadedCorpus>, corpus: &LoadedCorpus) {
        match previous.filter(|p| p.corpus_id == corpus.corpus_id) {
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
    }

    /// A keyboard move from the pinned sentence (or from the start of the shown source).
    pub fn step(&mut self, step: Move, corpus: Option<&LoadedCorpus>) {
        let Some(corpus) = corpus else { return };
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
            Move::NextSharedByAll => next_shared_by_all(analysis, doc, here, 1).map(|i| (doc, i)),
            Move::PreviousSharedByAll => next_shared_by_all(analysis, doc, here, -1).map(|i| (doc, i)),
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
            self.pin_at(target);
        }
    }
}
