//! The edges, **formats**: bytes in and documents out, before and after the pipeline.
//!
//! - `import.rs`: a dropped file's bytes → article text or a plain-words refusal (limits, binary
//!   signatures, encoding detection, HTML defusing).
//! - `nesting.rs`: markup nested deeper than browsers allow, flattened before parsing.
//! - `page.rs`: the article inside a saved web page (the extraction rules, over any HTML tree).
//! - `corpus.rs`: corpus manifests (file, label, outlet, date).
//! - `bundle.rs`: the corpus file, `parallax-corpus/1`.
//! - `header.rs`: what a JSON file says it is (format, version), read before the file itself.
//! - `report.rs`: the Markdown report and the facts × sources CSV.
//! - `pretty_json.rs`: serde_json's pretty layout, with fewer writes (the analysis JSON).

pub mod bundle;
pub mod corpus;
pub mod header;
pub mod import;
pub mod nesting;
pub mod page;
pub mod pretty_json;
pub mod report;
