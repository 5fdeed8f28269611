//! Yew components. Pages (`app`, `compare`) own layout; components (`header`, `column`, `notice`) take
//! data plus callbacks and stay short. Derived values are computed before `html!`.

pub mod app;
pub mod column;
pub mod compare;
pub mod detail;
pub mod dialog;
pub mod differences;
pub mod header;
pub mod library;
pub mod messages;
pub mod notice;
pub mod overview;
pub mod paste;
pub mod people;
pub mod preview;
pub mod quotes;
pub mod scroll;
pub mod shown_count;
pub mod timeline;
pub mod verdict;
pub mod verdicts;
