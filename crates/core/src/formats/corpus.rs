//! Corpus manifests and text decoding: the list of articles a corpus holds (file, display label,
//! optional outlet and date), and turning a file's bytes into text without ever failing.

use crate::article::ArticleMeta;
use crate::text::document::{derive_label, parse_paragraphs};
use serde::{Deserialize, Serialize};

/// `corpus/manifest.json`: the articles of a corpus and how to show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// What the corpus is about, shown in the app's header.
    pub name: String,
    /// File, label (derived from the text unless the reader changed it), outlet and date.
    pub documents: Vec<ArticleMeta>,
}

impl Manifest {
    /// Parses a manifest, with a message a person can act on when it is malformed.
    pub fn parse(json: &str) -> Result<Manifest, String> {
        serde_json::from_slice(json.as_bytes()).map_err(|e| format!("The corpus manifest is not valid: {e}."))
    }

    /// Builds a manifest for texts, deriving each label from the text.
    pub fn for_texts(name: &str, files: &[(String, String)]) -> Manifest {
        Manifest {
            name: name.to_string(),
            documents: files
                .iter()
                .map(|(file, text)| ArticleMeta {
                    label: derive_label(text, &parse_paragraphs(text)),
                    ..ArticleMeta::file(file)
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("manifest serialises");
        s.push('\n');
        s
    }
}

/// Decodes a file's bytes as text: byte-order mark, UTF-8, UTF-16 or a detected legacy encoding (see
/// [`crate::formats::import::decode_bytes`]); never fails.
pub fn decode_text(bytes: &[u8]) -> String {
    crate::formats::import::decode_bytes(bytes, false).text
}

/// The text of UTF-8 bytes (a UTF-8 byte-order mark dropped), exactly as [`decode_text`] reads them,
/// or `None` when reading them takes encoding detection. For files the app ships (the bundled
/// corpus), which are UTF-8: the page reads them without the encoding tables, which live in the
/// analysis module.
pub fn decode_utf8(bytes: &[u8]) -> Option<String> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF");
    let utf16_like = body.is_none() && crate::formats::import::decode_bytes_needs_utf16(bytes);
    let text = std::str::from_utf8(body.unwrap_or(bytes)).ok()?;
    (!utf16_like).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_manifest_gives_a_readable_error() {
        let err = Manifest::parse("{\"name\": 3}").unwrap_err();
        assert!(err.starts_with("The corpus manifest is not valid"), "{err}");
    }

    #[test]
    fn utf8_is_read_as_decode_text_reads_it_and_anything_else_is_left_to_it() {
        for bytes in [&b"\xEF\xBB\xBFHello"[..], b"plain text", "Zelensky — “quoted”".as_bytes(), b""] {
            assert_eq!(decode_utf8(bytes).as_deref(), Some(decode_text(bytes).as_str()));
        }
        assert_eq!(decode_utf8(b"Le caf\xE9"), None, "Windows-1252 needs detection");
        assert_eq!(decode_utf8(b"H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0"), None, "UTF-16 without a mark");
    }

    #[test]
    fn bom_is_dropped_and_legacy_encodings_are_read() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFHello"), "Hello");
        assert_eq!(decode_text(b"Le caf\xE9 \xE9tait ferm\xE9."), "Le café était fermé.");
    }
}
