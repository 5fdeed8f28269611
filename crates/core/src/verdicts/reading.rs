//! Reading verdicts back (corpus records, corpus files, the worker's messages): every verdict's fields
//! are read into one flat struct and then checked against its `"verdict"` kind. Serde's derived reader
//! for an internally tagged enum buffers each verdict and compiles a reader per variant, and
//! `#[serde(flatten)]` in [`VerdictOutcome`] buffers again: together about 25 KB of each wasm module
//! for six small variants. Written out they are read in one pass. The JSON is the same either way;
//! `Verdict` is still written by serde's derive (`mod.rs`).

use super::{SentenceRef, Verdict, VerdictOutcome};
use crate::claims::discrepancies::DiscrepancyKind;
use serde::de::{Deserialize, Deserializer, Error, MapAccess, Visitor};

#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    SameFact,
    DifferentFacts,
    SamePerson,
    DifferentPeople,
    NotADifference,
    SpeakerIs,
}

/// `a` and `b` are sentences in a verdict on a sentence pair and names in one on two names.
enum SentenceOrName {
    Sentence(SentenceRef),
    Name(String),
}

impl<'de> Deserialize<'de> for SentenceOrName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = SentenceOrName;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sentence ({doc, text}) or a name")
            }
            fn visit_str<E: Error>(self, name: &str) -> Result<SentenceOrName, E> {
                Ok(SentenceOrName::Name(name.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<SentenceOrName, A::Error> {
                SentenceRef::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(SentenceOrName::Sentence)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

/// Every field any verdict (or verdict outcome) has.
#[derive(serde::Deserialize)]
struct Fields {
    verdict: Kind,
    a: Option<SentenceOrName>,
    b: Option<SentenceOrName>,
    name: Option<String>,
    spelling: Option<String>,
    kind: Option<DiscrepancyKind>,
    subject: Option<String>,
    quote: Option<SentenceRef>,
    speaker: Option<String>,
    #[serde(default)]
    note: String,
    // A verdict outcome's own fields.
    pair: Option<[[usize; 2]; 2]>,
    no_longer_applies: Option<String>,
}

impl Fields {
    fn verdict<E: Error>(self) -> Result<Verdict, E> {
        fn given<T, E: Error>(field: Option<T>, name: &'static str) -> Result<T, E> {
            field.ok_or_else(|| E::missing_field(name))
        }
        fn sentence<E: Error>(field: Option<SentenceOrName>, name: &'static str) -> Result<SentenceRef, E> {
            match given(field, name)? {
                SentenceOrName::Sentence(s) => Ok(s),
                SentenceOrName::Name(_) => Err(E::custom(format_args!("`{name}` is a name; a sentence is expected"))),
            }
        }
        fn name<E: Error>(field: Option<SentenceOrName>, name: &'static str) -> Result<String, E> {
            match given(field, name)? {
                SentenceOrName::Name(s) => Ok(s),
                SentenceOrName::Sentence(_) => {
                    Err(E::custom(format_args!("`{name}` is a sentence; a name is expected")))
                }
            }
        }
        let note = self.note;
        Ok(match self.verdict {
            Kind::SameFact => Verdict::SameFact { a: sentence(self.a, "a")?, b: sentence(self.b, "b")?, note },
            Kind::DifferentFacts => {
                Verdict::DifferentFacts { a: sentence(self.a, "a")?, b: sentence(self.b, "b")?, note }
            }
            Kind::SamePerson => Verdict::SamePerson { a: name(self.a, "a")?, b: name(self.b, "b")?, note },
            Kind::DifferentPeople => Verdict::DifferentPeople {
                name: given(self.name, "name")?,
                spelling: given(self.spelling, "spelling")?,
                note,
            },
            Kind::NotADifference => Verdict::NotADifference {
                kind: given(self.kind, "kind")?,
                subject: given(self.subject, "subject")?,
                note,
            },
            Kind::SpeakerIs => Verdict::SpeakerIs {
                quote: given(self.quote, "quote")?,
                speaker: given(self.speaker, "speaker")?,
                note,
            },
        })
    }
}

impl<'de> Deserialize<'de> for Verdict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Fields::deserialize(deserializer)?.verdict()
    }
}

impl<'de> Deserialize<'de> for VerdictOutcome {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut fields = Fields::deserialize(deserializer)?;
        let (pair, no_longer_applies) = (fields.pair.take(), fields.no_longer_applies.take());
        Ok(VerdictOutcome { verdict: fields.verdict()?, pair, no_longer_applies })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(doc: usize, text: &str) -> SentenceRef {
        SentenceRef { doc, text: text.into() }
    }

    fn every_kind() -> Vec<Verdict> {
        vec![
            Verdict::SameFact {
                a: at(0, "Six hundred struck."),
                b: at(2, "About 600 went on strike."),
                note: String::new(),
            },
            Verdict::DifferentFacts {
                a: at(1, "The port closed."),
                b: at(0, "The \"port\" reopened."),
                note: "later".into(),
            },
            Verdict::SamePerson { a: "Anna Berg".into(), b: "A. Berg".into(), note: String::new() },
            Verdict::DifferentPeople { name: "Berg".into(), spelling: "Berg-Olsen".into(), note: "her sister".into() },
            Verdict::NotADifference { kind: DiscrepancyKind::Count, subject: "workers".into(), note: String::new() },
            Verdict::SpeakerIs { quote: at(3, "“We stay,” she said."), speaker: String::new(), note: "n".into() },
        ]
    }

    #[test]
    fn every_kind_of_verdict_and_outcome_reads_back_as_written() {
        for verdict in every_kind() {
            let json = serde_json::to_string(&verdict).unwrap();
            assert_eq!(serde_json::from_str::<Verdict>(&json).unwrap(), verdict, "{json}");
            let outcome = VerdictOutcome {
                verdict: verdict.clone(),
                pair: Some([[0, 1], [2, 3]]),
                no_longer_applies: Some("its sentence changed".into()),
            };
            let json = serde_json::to_string(&outcome).unwrap();
            assert_eq!(serde_json::from_str::<VerdictOutcome>(&json).unwrap(), outcome, "{json}");
            let bare = VerdictOutcome { verdict, pair: None, no_longer_applies: None };
            let json = serde_json::to_string(&bare).unwrap();
            assert_eq!(serde_json::from_str::<VerdictOutcome>(&json).unwrap(), bare, "{json}");
        }
        // The kind may come last, and fields of no verdict are skipped.
        let late = r#"{"a":"Anna Berg","b":"A. Berg","extra":[1,{"x":2}],"verdict":"same_person"}"#;
        assert_eq!(serde_json::from_str::<Verdict>(late).unwrap(), every_kind()[2]);
    }

    #[test]
    fn a_verdict_missing_a_field_or_of_no_known_kind_is_refused() {
        let refused = |json: &str| serde_json::from_str::<Verdict>(json).unwrap_err().to_string();
        assert!(refused(r#"{"verdict":"same_fact","a":{"doc":0,"text":"x"}}"#).contains("missing field `b`"));
        assert!(refused(r#"{"verdict":"same_fact","a":"Berg","b":"Olsen"}"#).contains("a sentence is expected"));
        let sentence_as_name = r#"{"verdict":"same_person","a":{"doc":0,"text":"x"},"b":"B"}"#;
        assert!(refused(sentence_as_name).contains("a name is expected"));
        assert!(refused(r#"{"verdict":"maybe","a":"x","b":"y"}"#).contains("unknown variant `maybe`"));
        assert!(refused(r#"{"a":"x","b":"y"}"#).contains("missing field `verdict`"));
        assert!(refused(r#"{"verdict":"not_a_difference","kind":"colour","subject":"s"}"#).contains("unknown variant"));
    }
}
