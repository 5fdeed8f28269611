//! Parallax core: the analysis behind the app and the `parallax` CLI.
//!
//! Pure Rust with no web crate, no IO and no clock: text in, [`Analysis`] out. The same function runs
//! natively (tests, benchmarks, CLI) and in the browser (wasm), and [`Analysis::to_json`] is the single
//! export format, `parallax-analysis/1`.
//!
//! ```
//! use parallax_core::{analyze, SourceText};
//! let corpus = [
//!     SourceText::new("a.txt", "Allies meet in Paris\nAbout 30 leaders met in Paris on Tuesday to discuss security guarantees for Ukraine."),
//!     SourceText::new("b.txt", "Summit on guarantees\nThirty leaders gathered in Paris on Tuesday for talks on Ukraine's security guarantees."),
//! ];
//! let analysis = analyze(&corpus);
//! assert_eq!(analysis.documents.len(), 2);
//! assert!(!analysis.alignments.is_empty(), "the two lead sentences report the same meeting");
//! assert!(analysis.to_json().contains("\"schema\": \"parallax-analysis/1\""));
//! ```

mod align;
mod analysis;
mod article;
mod claims;
pub mod formats;
mod model;
pub mod parallel;
mod reading;
pub mod reuse;
pub mod sort;
mod text;
pub mod time;
mod union_find;
pub mod verdicts;

pub use align::diff::{word_diff, DiffKind, DiffSegment};
pub use align::model as pair_model;
pub use align::pairs::{select as select_pairs, AlignConfig, Aligned, Alignment, Candidate, PairFeatures};
pub use analysis::{
    analyze, analyze_alignment, analyze_configured, analyze_judged, analyze_with, analyze_with_progress, SourceText,
    Stage,
};
pub use article::ArticleMeta;
pub use claims::discrepancies::{Discrepancy, DiscrepancyKind, DiscrepancyValue};
pub use claims::entities::{Entity, EntityKind, Mention, TitleUse, Variant};
pub use claims::quantities::{counts, dates, relative_days, weekdays, Approximation, Count, Quantity, QuantityKind};
pub use claims::quotes::Quote;
pub use formats::{bundle, corpus, header, import, nesting, page, report};
pub use model::{
    AgreementLevel, AlignmentReport, Analysis, Diagnostic, DocumentReport, DocumentReuse, Fact, Family, ReuseFrom,
    SentenceReport, Severity, SCHEMA,
};
pub use reuse::passages;
pub use reuse::passages::{PassageConfig, PassageSide, SharedPassage};
pub use text::document::{derive_label, parse_paragraphs, shorten_words, word_count, Paragraph, ParagraphKind, Span};
pub use text::normalize::{fold, set_mark_stripper, MarkStripper, Normalizer, Token, TokenKind};
pub use text::sentence::split_sentences;
pub use text::stopwords::{guess_language, Language};
pub use verdicts::{SentenceRef, Verdict, VerdictOutcome};

/// Candidate pairs with their probabilities before the accept decision (for evaluation).
pub fn score_all_candidates(sources: &[SourceText], config: &AlignConfig) -> Vec<Candidate> {
    analysis::candidate_scores(sources, config, true)
}

/// Candidate pairs with their features and no score (for training the pair model).
pub fn candidate_features(sources: &[SourceText], config: &AlignConfig) -> Vec<Candidate> {
    analysis::candidate_scores(sources, config, false)
}
