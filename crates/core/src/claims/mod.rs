//! Stage 3, **claims**: what the sentences say that can be compared across sources.
//!
//! Takes sentences (from `text`) and alignments (from `align`); gives people, organisations and places
//! with their spellings and titles, counts and days, direct quotations with their speakers, and the
//! discrepancies between sources built from all of these.
//!
//! - `entities/`: named mentions (`mentions.rs`), titles (`titles.rs`), grouping of one person's
//!   mentions across sources (`grouping.rs`), the word lists (`lexicon.rs`);
//!   `person_evidence.rs`: whether a name is a person, from the words around it.
//! - `quantities.rs`: counts with what they count; `calendar.rs`: weekdays, dates, relative days;
//!   `outcomes.rs`: what
//!   happened to the counted things (killed, injured, missing…) and numbers that are not counts.
//! - `quote_marks.rs`: where quotations are (marks as outlets write them); `quotes.rs` (+ `quotes/tests.rs`): quotations
//!   and their structure; `quote_repeats.rs`: a quotation printed twice takes its speaker;
//!   `quotation_groups.rs`: one quotation across sources; `speakers.rs`: the speaker phrase (cue
//!   verbs, apposition), with `speaker_phrase.rs` for the words after a cue verb and
//!   `phrase_ending.rs` for the noun phrase before one;
//!   `speaker_resolution.rs`: who it stands for (pronouns, descriptions, bodies); word lists in
//!   `speaker_words.rs`.
//! - `discrepancies/`: where sources disagree, ranked most substantive first: counts, days and dates
//!   (`values.rs`), titles and spellings (`names.rs`), quotes (`quotes.rs`).

pub mod calendar;
pub mod discrepancies;
pub mod entities;
pub mod outcomes;
pub mod person_evidence;
pub mod phrase_ending;
pub mod quantities;
pub mod quotation_groups;
pub mod quote_marks;
pub mod quote_repeats;
pub mod quotes;
pub mod speaker_phrase;
pub mod speaker_resolution;
pub mod speaker_words;
pub mod speakers;
