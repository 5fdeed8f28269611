//! The corpus bundle: a whole corpus (name and articles with their labels, outlets, dates and text) as
//! one JSON file, `parallax-corpus/1`. The app exports it and imports it back unchanged; the CLI reads
//! it too. Parsing says in plain words what is wrong with a file that is not a bundle.
//!
//! Version 2 adds the reader's verdicts (`verdicts.rs`, articles named by their position in the
//! file). A corpus without verdicts is still written as version 1, so builds from before verdicts read
//! it; one with verdicts is version 2, which such a build refuses as "written by a newer Parallax"
//! rather than silently dropping the reader's judgement.

use crate::article::ArticleMeta;
use crate::formats::header::Scalar;
use serde::{Deserialize, Serialize};

/// The format name written into every bundle.
pub const BUNDLE_FORMAT: &str = "parallax-corpus";
/// The newest bundle version this build writes; it reads this one and every earlier one.
pub const BUNDLE_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusBundle {
    pub format: String,
    pub version: u32,
    pub name: String,
    pub articles: Vec<BundleArticle>,
    /// The reader's verdicts (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verdicts: Vec<crate::verdicts::Verdict>,
}

/// Read back by hand: serde's reader for a `#[serde(flatten)]` field holds each article, text and
/// all, in a buffer first (and is several KB of each wasm module); this one reads it in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BundleArticle {
    /// File, label, outlet and date, written as fields of the article (`"file"`, `"label"`, …).
    #[serde(flatten)]
    pub meta: ArticleMeta,
    pub text: String,
}

impl<'de> Deserialize<'de> for BundleArticle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Fields {
            file: String,
            #[serde(default)]
            label: String,
            outlet: Option<String>,
            date: Option<String>,
            text: String,
        }
        let Fields { file, label, outlet, date, text } = Fields::deserialize(deserializer)?;
        Ok(BundleArticle { meta: ArticleMeta { file, label, outlet, date }, text })
    }
}

impl CorpusBundle {
    pub fn new(name: impl Into<String>, articles: Vec<BundleArticle>) -> Self {
        CorpusBundle { format: BUNDLE_FORMAT.into(), version: 1, name: name.into(), articles, verdicts: Vec::new() }
    }

    /// The same bundle carrying the reader's verdicts (version 2 when there are any).
    pub fn with_verdicts(mut self, verdicts: Vec<crate::verdicts::Verdict>) -> Self {
        self.version = if verdicts.is_empty() { 1 } else { BUNDLE_VERSION };
        self.verdicts = verdicts;
        self
    }

    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a bundle always serialises");
        s.push('\n');
        s
    }

    /// Reads a bundle; the error says why the file is not one (shown after the file's name).
    pub fn parse(json: &str) -> Result<CorpusBundle, String> {
        /// What the file says it is; every other field is skipped unread (`header.rs`).
        #[derive(Deserialize, Default)]
        struct Header {
            #[serde(default)]
            format: Scalar,
            #[serde(default)]
            schema: Scalar,
            #[serde(default)]
            version: Scalar,
        }
        let header: Header =
            crate::formats::header::read_header(json.as_bytes()).map_err(|e| format!("it is not valid JSON: {e}"))?;
        match header.format.text() {
            Some(BUNDLE_FORMAT) => {}
            _ if header.schema.text().is_some_and(|s| s.starts_with("parallax-analysis")) => {
                return Err("it is an analysis export; import the corpus file (Export → Corpus) instead".into())
            }
            _ => return Err("it has no \"format\": \"parallax-corpus\" field".into()),
        }
        match header.version {
            Scalar::Absent => return Err("it has no version number".into()),
            Scalar::Whole(n) if n >= 1 && n <= u64::from(BUNDLE_VERSION) => {}
            Scalar::Whole(n) if n > u64::from(BUNDLE_VERSION) => {
                return Err(format!("it was written by a newer Parallax (corpus version {n})"))
            }
            // 0, a negative or fractional number, a string ("1"): no version Parallax ever wrote.
            v => return Err(format!("its version {v} is not one Parallax writes (a whole number from 1)")),
        }
        let bundle: CorpusBundle =
            serde_json::from_slice(json.as_bytes()).map_err(|e| format!("it is damaged: {e}"))?;
        if bundle.articles.is_empty() {
            return Err("it holds no articles".into());
        }
        Ok(bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CorpusBundle {
        CorpusBundle::new(
            "Paris talks",
            vec![
                BundleArticle {
                    meta: ArticleMeta {
                        file: "a.txt".into(),
                        label: "Le Monde".into(),
                        outlet: Some("Le Monde".into()),
                        date: Some("2026-01-06".into()),
                    },
                    text: "Réunion à Paris\n<script>alert(1)</script> \"quoted\"".into(),
                },
                BundleArticle {
                    meta: ArticleMeta { label: "B".into(), ..ArticleMeta::file("b.txt") },
                    text: "Text".into(),
                },
            ],
        )
    }

    #[test]
    fn a_bundle_round_trips_unchanged() {
        let bundle = sample();
        assert_eq!(CorpusBundle::parse(&bundle.to_json()).unwrap(), bundle);
    }

    #[test]
    fn verdicts_travel_in_version_2_and_a_corpus_without_them_stays_version_1() {
        use crate::verdicts::{SentenceRef, Verdict};
        assert!(sample().to_json().contains("\"version\": 1,"));
        let verdict = Verdict::DifferentFacts {
            a: SentenceRef { doc: 0, text: "Réunion à Paris".into() },
            b: SentenceRef { doc: 1, text: "Text".into() },
            note: "not the same meeting".into(),
        };
        let judged = sample().with_verdicts(vec![verdict.clone()]);
        let json = judged.to_json();
        assert!(json.contains("\"version\": 2,"), "{json}");
        assert!(json.contains("\"verdict\": \"different_facts\""), "{json}");
        let back = CorpusBundle::parse(&json).unwrap();
        assert_eq!(back, judged);
        assert_eq!(back.verdicts, vec![verdict]);
    }

    #[test]
    fn an_article_keeps_its_fields_in_place_in_the_file() {
        let json = sample().to_json();
        let second = "{\n      \"file\": \"b.txt\",\n      \"label\": \"B\",\n      \"text\": \"Text\"\n    }";
        assert!(json.contains(second), "{json}");
    }

    #[test]
    fn files_that_are_not_bundles_say_why() {
        assert!(CorpusBundle::parse("not json").unwrap_err().starts_with("it is not valid JSON"));
        assert!(CorpusBundle::parse("{\"a\":1}").unwrap_err().contains("\"format\""));
        for not_an_object in ["[1, 2, 3, 4]", "[\"parallax-corpus\", \"x\", 1]", "\"x\"", "5"] {
            let why = CorpusBundle::parse(not_an_object).unwrap_err();
            assert_eq!(why, "it has no \"format\": \"parallax-corpus\" field", "{not_an_object}");
        }
        assert!(CorpusBundle::parse("{\"schema\":\"parallax-analysis/1\"}").unwrap_err().contains("analysis export"));
        let newer = sample().to_json().replace("\"version\": 1", "\"version\": 7");
        assert_eq!(CorpusBundle::parse(&newer).unwrap_err(), "it was written by a newer Parallax (corpus version 7)");
        assert!(CorpusBundle::parse(&newer).unwrap_err().contains("newer Parallax"));
        for odd in ["0", "\"1\"", "-1", "1.5"] {
            let json = sample().to_json().replace("\"version\": 1", &format!("\"version\": {odd}"));
            let why = CorpusBundle::parse(&json).unwrap_err();
            assert!(why.contains("not one Parallax writes") && why.contains(odd), "{odd}: {why}");
        }
        let empty = CorpusBundle::new("x", vec![]).to_json();
        assert_eq!(CorpusBundle::parse(&empty).unwrap_err(), "it holds no articles");
        let damaged = sample().to_json().replace("\"text\": \"Text\"", "\"text\": 5");
        assert!(CorpusBundle::parse(&damaged).unwrap_err().starts_with("it is damaged"));
    }
}
