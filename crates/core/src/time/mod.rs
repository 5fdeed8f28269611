//! The stage **time**: when each article was published, and what that explains.
//!
//! - `when.rs`: a publication date or date-time read from what the page or the reader gave.
//! - `timeline.rs`: the dated articles in order, who reported each fact first, and differences that
//!   are one story's number changing over time rather than sources contradicting each other.

pub mod timeline;
pub mod when;

pub use timeline::{explain_by_time, publication_times, timeline, OverTime, TimeStep, TimelineEntry};
pub use when::{parse_when, tidy_when, When};
