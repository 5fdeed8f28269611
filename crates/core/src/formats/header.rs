//! What a JSON file says it is (its format name, its version or schema number), read before the file
//! itself: a header struct made of these fields skips every other field unread, and the file is then
//! read once, straight into its own type. Reading through a `serde_json::Value` first instead compiled
//! a second reader of every type inside the file (about 16 KB of each wasm module).

use serde::de::{Deserialize, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Reads header `H` (a struct of [`Scalar`] fields, each `#[serde(default)]`) from a JSON file. A file
/// that is JSON but no object (a list, a text, a number) has none of the fields: `H::default()`, as
/// when the fields are missing. `Err` only for text that is not JSON at all.
pub fn read_header<H: DeserializeOwned + Default>(json: &[u8]) -> Result<H, serde_json::Error> {
    let first = json.iter().find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'{') {
        serde_json::from_slice(json)
    } else {
        serde_json::from_slice::<IgnoredAny>(json).map(|_| H::default())
    }
}

/// A header field as far as the header needs it: a whole number, a text, or anything else (negative,
/// fractional, a list…), which no version of any Parallax file ever wrote, kept as written for a
/// message; `Absent` when the file has no such field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scalar {
    Whole(u64),
    Text(String),
    Other(String),
    #[default]
    Absent,
}

impl std::fmt::Display for Scalar {
    /// As JSON writes it (a list or an object as `[…]`, `{…}`).
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Scalar::Whole(n) => write!(f, "{n}"),
            Scalar::Text(s) => write!(f, "\"{s}\""),
            Scalar::Other(written) => f.write_str(written),
            Scalar::Absent => f.write_str("nothing"),
        }
    }
}

impl Scalar {
    pub fn whole(&self) -> Option<u64> {
        match self {
            Scalar::Whole(n) => Some(*n),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Scalar::Text(s) => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl<'de> Visitor<'de> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Scalar, E> {
                Ok(Scalar::Whole(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Scalar, E> {
                Ok(Scalar::Other(n.to_string()))
            }
            fn visit_f64<E>(self, x: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other(format!("{x:?}")))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other(b.to_string()))
            }
            fn visit_str<E>(self, s: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(s.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other("null".into()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("[…]".into()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other("{…}".into()))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Default)]
    struct Header {
        #[serde(default)]
        schema: Scalar,
    }

    fn schema(json: &str) -> Scalar {
        read_header::<Header>(json.as_bytes()).unwrap().schema
    }

    #[test]
    fn header_fields_are_read_leniently_wherever_they_are() {
        assert_eq!(schema(r#"{"schema":2}"#).whole(), Some(2));
        assert_eq!(
            schema(r#"{"text":"a\"b","list":[1,{"schema":9}],"schema":"parallax-analysis/1"}"#).text(),
            Some("parallax-analysis/1")
        );
        assert_eq!(schema("{}"), Scalar::Absent);
        let odd = [("-1", "-1"), ("1.5", "1.5"), ("2.0", "2.0"), ("null", "null"), ("[2]", "[…]")];
        let odd = odd.into_iter().chain([(r#"{"v":2}"#, "{…}"), ("true", "true"), (r#""2""#, r#""2""#)]);
        for (json, written) in odd {
            let field = schema(&format!(r#"{{"schema":{json}}}"#));
            assert_eq!((field.whole(), field.to_string()), (None, written.to_string()), "{json}");
        }
        assert!(read_header::<Header>(br#"{"schema":2,"#).is_err(), "the whole file is still checked as JSON");
        // JSON that is no object has no header fields (a list is not read as the fields in order).
        for other in [&br#"[2, "x", 3, 4]"#[..], br#"[2]"#, br#" "schema" "#, b"7", b"null"] {
            assert_eq!(read_header::<Header>(other).unwrap().schema, Scalar::Absent);
        }
        assert!(read_header::<Header>(b"[1, 2").is_err() && read_header::<Header>(b"").is_err());
    }
}
