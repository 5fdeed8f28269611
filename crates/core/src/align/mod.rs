//! Stage 2, **align**: which sentences in different articles report the same information.
//!
//! Takes every sentence's terms (from `text`); gives matches (sentence pairs the model calls the same
//! information, with its probability) and looser related pairs, facts (groups of matched sentences) with
//! each sentence's agreement, and word diffs of aligned pairs.
//!
//! - `candidates.rs`: candidate search over an inverted index, and each pair's features.
//! - `pairs.rs`: the alignment types and the accept decision (matches, related pairs).
//! - `side_best.rs`: each pair's best rival on either side (the model's ranks and the decision read it).
//! - `model.rs`: the learned pair model (two logistic regressions) that turns features into a probability.
//! - `weights.rs`: its weights, written by `examples/train_matcher.rs` from the hand labels.
//! - `facts.rs`: matches → facts (union–find) and per-sentence agreement.
//! - `diff.rs`: the word diff of two aligned sentences, each change classed by kind.

mod candidates;
pub mod diff;
pub mod facts;
pub mod model;
pub mod pairs;
pub mod side_best;
mod weights;
