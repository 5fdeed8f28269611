//! Verdicts on sentence pairs applied to the matcher's output: a "same fact" pair becomes a match, a
//! "different facts" pair is neither a match nor related. Sentences are found by their exact text in
//! their article; the last verdict on a pair counts.

use super::{Verdict, VerdictOutcome};
use crate::align::pairs::{Aligned, Alignment};
use crate::model::DocumentReport;
use crate::verdicts::SentenceRef;
use std::collections::BTreeMap;

/// A sentence as `(doc, sentence)`.
type Sentence = (usize, usize);

/// Finds a verdict's sentence: `Err` says why it cannot be found.
fn resolve(documents: &[DocumentReport], r: &SentenceRef) -> Result<Sentence, String> {
    let doc = documents.get(r.doc).ok_or_else(|| "its article is no longer in the corpus".to_string())?;
    match doc.sentences.iter().position(|s| s.text == r.text) {
        Some(i) => Ok((r.doc, i)),
        None => Err(format!("the sentence “{}” is no longer in “{}”", crate::shorten_words(&r.text, 80), doc.label)),
    }
}

/// Applies the verdicts to the matcher's pairs: a "same fact" pair becomes a match (probability 1), a
/// "different facts" pair is neither a match nor related. Returns each verdict's outcome, in order.
pub fn apply_to_pairs(
    verdicts: &[Verdict],
    documents: &[DocumentReport],
    aligned: &mut Aligned,
) -> Vec<VerdictOutcome> {
    let mut outcomes: Vec<VerdictOutcome> = Vec::with_capacity(verdicts.len());
    // The verdict that counts for each pair (the last one given).
    let mut decided: BTreeMap<(Sentence, Sentence), usize> = BTreeMap::new();
    for (i, verdict) in verdicts.iter().enumerate() {
        let Some((a, b)) = verdict.sentences() else {
            // Verdicts on names, quotes and differences are checked where those are found.
            outcomes.push(VerdictOutcome { verdict: verdict.clone(), pair: None, no_longer_applies: None });
            continue;
        };
        let found = resolve(documents, a).and_then(|a| Ok((a, resolve(documents, b)?)));
        let outcome = match found {
            Ok((a, b)) if a.0 == b.0 => VerdictOutcome {
                verdict: verdict.clone(),
                pair: None,
                no_longer_applies: Some("both sentences are in the same article".into()),
            },
            Ok((a, b)) => {
                let key = (a.min(b), a.max(b));
                if let Some(earlier) = decided.insert(key, i) {
                    outcomes[earlier].no_longer_applies =
                        Some("a later verdict on the same two sentences replaces it".into());
                }
                VerdictOutcome {
                    verdict: verdict.clone(),
                    pair: Some([[key.0 .0, key.0 .1], [key.1 .0, key.1 .1]]),
                    no_longer_applies: None,
                }
            }
            Err(why) => VerdictOutcome { verdict: verdict.clone(), pair: None, no_longer_applies: Some(why) },
        };
        outcomes.push(outcome);
    }
    if decided.is_empty() {
        return outcomes;
    }
    let pair_of = |al: &Alignment| (al.a.min(al.b), al.a.max(al.b));
    aligned.matches.retain(|al| !decided.contains_key(&pair_of(al)));
    aligned.related.retain(|al| !decided.contains_key(&pair_of(al)));
    for (&(a, b), &i) in &decided {
        if verdicts[i].same() {
            aligned.matches.push(Alignment { a, b, score: 1.0 });
        }
    }
    crate::sort::sort_by_key(&mut aligned.matches, |x| (x.a, x.b));
    outcomes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdicts::SentenceRef;
    use crate::{analyze, AgreementLevel, SourceText};

    fn corpus() -> Vec<SourceText> {
        vec![
            SourceText::new(
                "a.txt",
                "Dock workers at Port Ellery went on strike on Monday over pay.\nThe mayor opened a library.",
            ),
            SourceText::new(
                "b.txt",
                "Port Ellery dockers walked out on Monday over pay.\nShips wait at anchor outside the port.",
            ),
        ]
    }

    fn same(a: (usize, &str), b: (usize, &str)) -> Verdict {
        Verdict::SameFact {
            a: SentenceRef { doc: a.0, text: a.1.into() },
            b: SentenceRef { doc: b.0, text: b.1.into() },
            note: String::new(),
        }
    }

    #[test]
    fn a_verdict_reads_and_writes_as_plain_json() {
        let v = same((0, "The mayor opened a library."), (1, "Ships wait at anchor outside the port."));
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"verdict":"same_fact","a":{"doc":0,"text":"The mayor opened a library."},"b":{"doc":1,"text":"Ships wait at anchor outside the port."}}"#
        );
        assert_eq!(serde_json::from_str::<Verdict>(&json).unwrap(), v);
    }

    #[test]
    fn the_readers_verdicts_decide_what_confirms_what() {
        let sources = corpus();
        let plain = analyze(&sources);
        let strike_a = "Dock workers at Port Ellery went on strike on Monday over pay.";
        let strike_b = "Port Ellery dockers walked out on Monday over pay.";
        assert_eq!(plain.documents[0].sentences[0].agreement, AgreementLevel::All, "the matcher pairs the strike");
        assert_eq!(plain.documents[0].sentences[1].agreement, AgreementLevel::OnlyHere);

        let verdicts = vec![
            Verdict::DifferentFacts {
                a: SentenceRef { doc: 1, text: strike_b.into() },
                b: SentenceRef { doc: 0, text: strike_a.into() },
                note: "A says strike, B a walk-out of one shift".into(),
            },
            same((0, "The mayor opened a library."), (1, "Ships wait at anchor outside the port.")),
        ];
        let judged = crate::analyze_judged(&sources, &verdicts);
        assert_eq!(judged.documents[0].sentences[0].agreement, AgreementLevel::OnlyHere);
        assert_eq!(judged.documents[0].sentences[1].agreement, AgreementLevel::All);
        let reader: Vec<_> = judged.alignments.iter().filter(|al| al.by_reader).map(|al| (al.a, al.b)).collect();
        assert_eq!(reader, vec![([0, 1], [1, 1])]);
        assert!(judged.verdicts.iter().all(VerdictOutcome::applies));
        assert_eq!(judged.verdicts[0].pair, Some([[0, 0], [1, 0]]), "pairs are named in article order");
    }

    #[test]
    fn verdicts_that_no_longer_fit_are_kept_with_the_reason() {
        let sources = corpus();
        let verdicts = vec![
            same((0, "The mayor opened a museum."), (1, "Ships wait at anchor outside the port.")),
            same((0, "The mayor opened a library."), (7, "Ships wait at anchor outside the port.")),
            same((0, "The mayor opened a library."), (1, "Ships wait at anchor outside the port.")),
            Verdict::DifferentFacts {
                a: SentenceRef { doc: 0, text: "The mayor opened a library.".into() },
                b: SentenceRef { doc: 1, text: "Ships wait at anchor outside the port.".into() },
                note: String::new(),
            },
        ];
        let judged = crate::analyze_judged(&sources, &verdicts);
        let why: Vec<Option<&str>> = judged.verdicts.iter().map(|o| o.no_longer_applies.as_deref()).collect();
        assert_eq!(
            why,
            vec![
                Some("the sentence “The mayor opened a museum.” is no longer in “Dock workers at Port Ellery went on strike on Monday over pay.”"),
                Some("its article is no longer in the corpus"),
                Some("a later verdict on the same two sentences replaces it"),
                None,
            ]
        );
        assert_eq!(judged.documents[0].sentences[1].agreement, AgreementLevel::OnlyHere, "the later verdict counts");
    }
}
