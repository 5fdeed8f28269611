//! Stage 2, **align**: which sentences in different articles report the same information.
//!
//! Takes every sentence's terms (from `text`); gives alignments (sentence pairs with a score), facts
//! (groups of aligned sentences) with each sentence's agreement, and word diffs of aligned pairs.
//!
//! - `pairs.rs`: candidate search over an inverted index, pair features and scoring, the accept decision.
//! - `facts.rs`: alignments → facts (union–find) and per-sentence agreement.
//! - `diff.rs`: the word diff of two aligned sentences, each change classed by kind.

pub mod diff;
pub mod facts;
pub mod pairs;
