//! How a corpus is written to the browser's store (IndexedDB) and read back: one JSON record per corpus
//! under its id, carrying a `schema` number. Reading goes through [`decode`], the one place that knows
//! every schema this build can read; a record that does not parse, or comes from a newer Parallax, is
//! reported in plain words and left in the store untouched (never deleted, never overwritten).
//!
//! Schema history — keep it when adding a version, with a test that the older record still opens:
//! - 1: `{schema, id, name, articles: [{id, file, label, outlet?, date?, text, encoding?}]}`.
//! - 2: adds `verdicts: [{verdict, a: {doc, text}, b: {doc, text}, note?}]`, the reader's verdicts with
//!   `doc` an article **id**; a schema-1 record opens with none.

use crate::state::library::{Article, CorpusRecord};
use parallax_core::Verdict;
use serde::{Deserialize, Serialize};

/// The schema this build writes.
pub const SCHEMA: u32 = 2;

/// Schemas 1 and 2 (1 has no `verdicts`).
#[derive(Serialize, Deserialize)]
struct Stored {
    schema: u32,
    id: String,
    name: String,
    articles: Vec<Article>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    verdicts: Vec<Verdict>,
}

/// The stored record of a corpus: JSON, in UTF-8.
pub fn encode(record: &CorpusRecord) -> Vec<u8> {
    serde_json::to_vec(&Stored {
        schema: SCHEMA,
        id: record.id.clone(),
        name: record.name.clone(),
        articles: record.articles.clone(),
        verdicts: record.verdicts.clone(),
    })
    .expect("a corpus always serialises")
}

/// A record's format number, read before the rest of it (`parallax_core::header`: every other field
/// skipped unread, then the record read once, straight into [`Stored`]).
#[derive(Deserialize, Default)]
struct Header {
    #[serde(default)]
    schema: parallax_core::header::Scalar,
}

/// Reads a stored corpus (any schema this build knows; its JSON in UTF-8, as this build writes it, or
/// as the text an earlier one did), or says why it cannot.
pub fn decode(key: &str, json: impl AsRef<[u8]>) -> Result<CorpusRecord, String> {
    let json = json.as_ref();
    let damaged = |e: serde_json::Error| {
        format!("The saved corpus “{key}” is damaged and could not be read ({e}). It was left in the store untouched.")
    };
    let header: Header = parallax_core::header::read_header(json).map_err(damaged)?;
    let stored: Stored = match header.schema.whole() {
        Some(1 | 2) => serde_json::from_slice(json).map_err(damaged)?,
        Some(n) if n > u64::from(SCHEMA) => {
            return Err(format!(
                "The saved corpus “{key}” was written by a newer version of Parallax (format {n}); this version reads \
                 format {SCHEMA}. It was left in the store untouched: open Parallax's latest version to use it."
            ))
        }
        _ => {
            return Err(format!(
                "The saved corpus “{key}” has no format number Parallax knows. It was left in the store untouched."
            ))
        }
    };
    let mut ids: Vec<u32> = stored.articles.iter().map(|a| a.id).collect();
    parallax_core::sort::sort(&mut ids);
    ids.dedup();
    if ids.len() != stored.articles.len() {
        return Err(format!("The saved corpus “{key}” lists one article twice. It was left in the store untouched."));
    }
    Ok(CorpusRecord {
        id: stored.id,
        name: stored.name,
        articles: stored.articles,
        verdicts: stored.verdicts,
        read_only: false,
        revision: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::library::NewArticle;
    use parallax_core::ArticleMeta;

    fn sample() -> CorpusRecord {
        let mut r = CorpusRecord::new("c-1", "Port strike", false);
        r.push(NewArticle {
            meta: ArticleMeta {
                file: "a.txt".into(),
                label: "Gazette".into(),
                outlet: Some("The Gazette".into()),
                date: None,
            },
            text: "Strike\nDock workers walked out on Monday.".into(),
            encoding: Some("windows-1252 (detected)".into()),
        });
        r
    }

    #[test]
    fn a_record_round_trips() {
        let r = sample();
        let back = decode("c-1", encode(&r)).unwrap();
        assert_eq!((back.id, back.name, back.articles), (r.id, r.name, r.articles));
    }

    #[test]
    fn an_article_is_stored_with_its_fields_where_schema_1_has_them() {
        let text = String::from_utf8(encode(&sample())).unwrap();
        assert!(
            text.contains(
                r#""articles":[{"id":0,"file":"a.txt","label":"Gazette","outlet":"The Gazette","text":"Strike"#
            ),
            "{text}"
        );
        assert!(text.ends_with(r#""encoding":"windows-1252 (detected)"}]}"#), "{text}");
    }

    #[test]
    fn a_schema_1_record_written_by_the_first_release_still_opens() {
        // Written by hand in the schema-1 shape, without the optional fields.
        let text =
            r#"{"schema":1,"id":"c-9","name":"Old","articles":[{"id":0,"file":"x.txt","label":"X","text":"Body."}]}"#;
        let r = decode("c-9", text).unwrap();
        assert_eq!((r.name.as_str(), r.articles[0].meta.outlet.clone()), ("Old", None));
        assert!(r.verdicts.is_empty());
    }

    #[test]
    fn the_readers_verdicts_are_stored_by_article_id_and_read_back() {
        use parallax_core::SentenceRef;
        let mut r = sample();
        r.push(NewArticle::plain("b.txt", "Walkout\nDockers stopped work on Monday."));
        let positions = Verdict::SameFact {
            a: SentenceRef { doc: 0, text: "Dock workers walked out on Monday.".into() },
            b: SentenceRef { doc: 1, text: "Dockers stopped work on Monday.".into() },
            note: "same walkout".into(),
        };
        r.judge(&positions);
        let text = String::from_utf8(encode(&r)).unwrap();
        assert!(text.starts_with(r#"{"schema":2,"#), "{text}");
        assert!(text.contains(r#""verdicts":[{"verdict":"same_fact","a":{"doc":0,"#), "{text}");
        let back = decode("c-1", &text).unwrap();
        assert_eq!(back.verdicts, r.verdicts);
        assert_eq!(back.verdicts_by_position(), vec![positions]);
    }

    #[test]
    fn damaged_newer_and_unknown_records_are_reported_and_never_read_as_empty() {
        let damaged = decode("c-2", "{\"schema\":1,\"id\":").unwrap_err();
        assert!(damaged.contains("“c-2” is damaged") && damaged.contains("left in the store untouched"), "{damaged}");
        let newer = decode("c-3", r#"{"schema":7,"whatever":true}"#).unwrap_err();
        assert!(newer.contains("newer version of Parallax (format 7)"), "{newer}");
        let unknown = decode("c-4", r#"{"name":"no schema"}"#).unwrap_err();
        assert!(unknown.contains("no format number"), "{unknown}");
        for odd in [
            r#"[2, "c", "x", []]"#,
            r#"{"schema":"2"}"#,
            r#"{"schema":-1}"#,
            r#"{"schema":1.5}"#,
            r#"{"schema":[2]}"#,
            r#"{"schema":{"v":2}}"#,
        ] {
            assert!(decode("c-6", odd).unwrap_err().contains("no format number"), "{odd}");
        }
        let late = r#"{"id":"c-7","name":"x","articles":[{"id":0,"file":"a","label":"A","text":"t"}],"schema":1}"#;
        assert_eq!(decode("c-7", late).unwrap().articles[0].text, "t", "the format number may come last");
        let wrong_shape = decode("c-5", r#"{"schema":1,"id":"c-5","name":"x","articles":"none"}"#).unwrap_err();
        assert!(wrong_shape.contains("damaged"), "{wrong_shape}");
        let twice = r#"{"schema":1,"id":"c","name":"x","articles":[{"id":0,"file":"a","label":"A","text":"t"},{"id":0,"file":"b","label":"B","text":"u"}]}"#;
        assert!(decode("c", twice).unwrap_err().contains("twice"));
        // Bytes that are not UTF-8 inside a text are damaged, not read.
        let mut bytes = encode(&sample());
        let at = bytes.windows(6).position(|w| w == b"Strike").unwrap();
        bytes[at] = 0xff;
        assert!(decode("c-8", bytes).unwrap_err().contains("“c-8” is damaged"));
    }
}
