//! Capitalised words that name no person, place or organisation: events and documents ("the Great
//! Recession", "the Paris Agreement", "the World Cup"), named storms ("Hurricane Ian"), and
//! abbreviations of common nouns and of time zones written in capitals ("CEO", "DNA", "GMT"). Such
//! names stay out of People and out of the list of places and organisations beside it (kind Other)
//! rather than be shown as something they are not.
//!
//! Generic word classes, never particular names: the last word of a name says it is an event or a
//! document the way "River" says it is a place.

use super::lexicon::in_set;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Last words that make a name an event, a document, an award or a period.
const EVENT_WORDS: &[&str] = &[
    "accord",
    "accords",
    "act",
    "anniversary",
    "agreement",
    "amendment",
    "award",
    "awards",
    "bill",
    "championship",
    "championships",
    "clause",
    "crisis",
    "cup",
    "declaration",
    "depression",
    "election",
    "elections",
    "festival",
    "games",
    "jubilee",
    "marathon",
    "olympics",
    "pandemic",
    "prize",
    "protocol",
    "recession",
    "referendum",
    "revolution",
    "summit",
    "tournament",
    "treaty",
    "trophy",
    "war",
    "wars",
];

/// First words of a named storm's name ("Hurricane Ian", "Typhoon Haiyan", "Tropical Storm Nicole").
const STORM_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm", "tropical"];

/// Abbreviations, written in capitals, of common nouns and of time zones: no organisation.
const COMMON_ABBREVIATIONS: &[&str] = &[
    // Time zones.
    "acst", "aedt", "aest", "akdt", "akst", "awst", "bst", "cdt", "cest", "cet", "ct", "edt", "eest", "eet", "est",
    "et", "gmt", "hst", "ist", "jst", "kst", "mdt", "mst", "mt", "nzdt", "nzst", "pdt", "pst", "pt", "utc",
    // Common nouns.
    "adhd", "ai", "aids", "aka", "am", "asap", "ceo", "cfo", "coo", "covid", "cto", "diy", "dna", "eta", "etf", "ev",
    "evs", "faq", "fyi", "gdp", "gps", "hiv", "hq", "icu", "icymi", "id", "ipo", "it", "led", "lgbt", "lgbtq", "mvp",
    "ok", "pdf", "pm", "pr", "ptsd", "rip", "rna", "rov", "suv", "tba", "tbd", "tv", "ufo", "url", "usb", "vip",
];

/// Whether a name whose last word (folded) is `last` names an event, a document, an award or a period.
pub(crate) fn names_an_event(last: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    in_set(&SET, EVENT_WORDS, last)
}

/// Whether a word (folded) written in capitals abbreviates a common noun or a time zone.
pub(crate) fn is_common_abbreviation(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    in_set(&SET, COMMON_ABBREVIATIONS, word)
}

/// Whether a name whose first word (folded) is `first` names a storm.
pub(crate) fn names_a_storm(first: &str) -> bool {
    STORM_WORDS.contains(&first)
}
