//! Stage 4, **reuse**: text copied word for word between articles.
//!
//! Takes each document's words; gives shared passages with byte offsets, each document's copied share,
//! boilerplate told apart from copied reporting, and families of documents that are one (wire) story,
//! so agreement can be counted in independent sources.
//!
//! - `passages.rs`: the n-gram index and maximal shared passages.
//! - `families.rs`: per-document reuse, boilerplate, families.

pub mod families;
pub mod passages;
