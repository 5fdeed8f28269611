//! Verdicts on names, quotations and differences, applied where the analysis finds them: People rows
//! the reader says are one person are merged right after entity grouping (so the speakers and the
//! spelling and title differences see one person); a quotation's speaker is set right after quotations
//! are found (so the speaker differences follow); a difference the reader says is none is moved out of
//! the differences last. A verdict whose name, quotation or difference is not found any more is kept
//! with the reason.

use super::{Verdict, VerdictOutcome};
use crate::claims::discrepancies::Discrepancy;
use crate::claims::entities::{Entity, EntityKind};
use crate::claims::quotes::Quote;

/// Merges the rows the reader said are one person (`SamePerson`). Ids are renumbered in order.
pub fn apply_to_entities(verdicts: &[Verdict], outcomes: &mut [VerdictOutcome], entities: &mut Vec<Entity>) {
    for (verdict, outcome) in verdicts.iter().zip(outcomes.iter_mut()) {
        let Verdict::SamePerson { a, b, .. } = verdict else { continue };
        let find =
            |name: &str| entities.iter().position(|e| e.name == name || e.variants.iter().any(|v| v.text == name));
        let (ia, ib) = match (find(a), find(b)) {
            (Some(ia), Some(ib)) => (ia, ib),
            (None, _) => {
                outcome.no_longer_applies = Some(format!("no one named “{a}” is found in the corpus now"));
                continue;
            }
            (_, None) => {
                outcome.no_longer_applies = Some(format!("no one named “{b}” is found in the corpus now"));
                continue;
            }
        };
        if ia == ib {
            continue;
        }
        let other = entities[ib].clone();
        let keep = &mut entities[ia];
        if other.kind == EntityKind::Person {
            keep.kind = EntityKind::Person;
        }
        for variant in other.variants {
            match keep.variants.iter_mut().find(|v| v.text == variant.text) {
                Some(v) => merge_sources(&mut v.sources, &variant.sources),
                None => keep.variants.push(variant),
            }
        }
        for title in other.titles {
            match keep.titles.iter_mut().find(|t| t.title == title.title) {
                Some(t) => merge_sources(&mut t.sources, &title.sources),
                None => keep.titles.push(title),
            }
        }
        keep.mentions.extend(other.mentions);
        keep.mentions.sort_by_key(|m| (m.doc, m.start));
        entities.remove(ib);
    }
    for (id, entity) in entities.iter_mut().enumerate() {
        entity.id = id;
    }
}

fn merge_sources(into: &mut Vec<usize>, more: &[usize]) {
    into.extend_from_slice(more);
    into.sort_unstable();
    into.dedup();
}

/// Sets the speakers the reader gave (`SpeakerIs`); the attribution becomes `reader`.
pub fn apply_to_quotes(verdicts: &[Verdict], outcomes: &mut [VerdictOutcome], quotes: &mut [Quote]) {
    for (verdict, outcome) in verdicts.iter().zip(outcomes.iter_mut()) {
        let Verdict::SpeakerIs { quote, speaker, .. } = verdict else { continue };
        match quotes.iter_mut().find(|q| q.doc == quote.doc && q.text == quote.text) {
            Some(q) => {
                q.speaker = Some(speaker.trim().to_string()).filter(|s| !s.is_empty());
                q.attribution = "reader".into();
            }
            None => {
                outcome.no_longer_applies = Some(format!(
                    "the quotation “{}” is no longer in that article",
                    crate::shorten_words(&quote.text, 80)
                ))
            }
        }
    }
}

/// Moves the differences the reader said are none (`NotADifference`) out of `discrepancies`; returns
/// them, in the order of the verdicts.
pub fn apply_to_discrepancies(
    verdicts: &[Verdict],
    outcomes: &mut [VerdictOutcome],
    discrepancies: &mut Vec<Discrepancy>,
) -> Vec<Discrepancy> {
    let mut dismissed = Vec::new();
    for (verdict, outcome) in verdicts.iter().zip(outcomes.iter_mut()) {
        let Verdict::NotADifference { kind, subject, .. } = verdict else { continue };
        match discrepancies.iter().position(|d| d.kind == *kind && d.subject == *subject) {
            Some(i) => dismissed.push(discrepancies.remove(i)),
            None if dismissed.iter().any(|d: &Discrepancy| d.kind == *kind && d.subject == *subject) => {}
            None => {
                outcome.no_longer_applies =
                    Some(format!("no difference about “{}” is found now", crate::shorten_words(subject, 80)))
            }
        }
    }
    dismissed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verdicts::SentenceRef;
    use crate::{analyze, analyze_judged, SourceText};

    /// Two reports of one port strike: a weekday difference, a quotation one article leaves
    /// unattributed, and one official named two ways.
    fn corpus() -> Vec<SourceText> {
        vec![
            SourceText::new(
                "a.txt",
                "Port strike\nPort director Anna Berg said 600 dock workers went on strike on Monday.\n\
                 \"We will not move until the night shifts are paid properly,\" read a banner at the gate.",
            ),
            SourceText::new(
                "b.txt",
                "Dockers walk out\nDirector Anna Berg-Lind said 40 ships were waiting as 600 dock workers went on strike on Tuesday.\n\
                 The union leader, Tom Ash, said: \"We will not move until the night shifts are paid properly.\"",
            ),
        ]
    }

    #[test]
    fn the_reader_merges_two_names_sets_a_speaker_and_dismisses_a_difference() {
        let sources = corpus();
        let plain = analyze(&sources);
        let names: Vec<&str> = plain.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Anna Berg") && names.contains(&"Anna Berg-Lind"), "{names:?}");
        let banner = plain.quotes.iter().find(|q| q.doc == 0).expect("the banner's words are a quotation");
        assert_eq!(banner.speaker, None);

        let mut verdicts = vec![
            Verdict::SamePerson { a: "Anna Berg".into(), b: "Anna Berg-Lind".into(), note: "same director".into() },
            Verdict::SpeakerIs {
                quote: SentenceRef { doc: 0, text: banner.text.clone() },
                speaker: "Tom Ash".into(),
                note: "the union's banner".into(),
            },
        ];
        let judged = analyze_judged(&sources, &verdicts);
        let berg: Vec<&Entity> = judged.entities.iter().filter(|e| e.name.starts_with("Anna Berg")).collect();
        assert_eq!(berg.len(), 1, "one row");
        assert_eq!(berg[0].variants.len(), 2);
        assert_eq!(berg[0].mentions.len(), 2);
        let banner = judged.quotes.iter().find(|q| q.doc == 0).unwrap();
        assert_eq!((banner.speaker.as_deref(), banner.attribution.as_str()), (Some("Tom Ash"), "reader"));
        assert!(judged.verdicts.iter().all(|o| o.applies()), "{:?}", judged.verdicts);

        // Whatever difference is found first is dismissed and kept apart.
        let first = judged.discrepancies.first().expect("a difference to dismiss").clone();
        verdicts.push(Verdict::NotADifference {
            kind: first.kind,
            subject: first.subject.clone(),
            note: String::new(),
        });
        let again = analyze_judged(&sources, &verdicts);
        assert!(!again.discrepancies.iter().any(|d| d.kind == first.kind && d.subject == first.subject));
        assert_eq!(again.dismissed, vec![first]);
    }

    #[test]
    fn name_quote_and_difference_verdicts_that_no_longer_fit_say_why() {
        let verdicts = vec![
            Verdict::SamePerson { a: "Anna Berg".into(), b: "Olaf Nobody".into(), note: String::new() },
            Verdict::SpeakerIs {
                quote: SentenceRef { doc: 1, text: "Words nobody wrote".into() },
                speaker: "Tom Ash".into(),
                note: String::new(),
            },
            Verdict::NotADifference {
                kind: crate::DiscrepancyKind::Count,
                subject: "how many moons".into(),
                note: String::new(),
            },
        ];
        let judged = analyze_judged(&corpus(), &verdicts);
        let why: Vec<&str> = judged.verdicts.iter().filter_map(|o| o.no_longer_applies.as_deref()).collect();
        assert_eq!(
            why,
            vec![
                "no one named “Olaf Nobody” is found in the corpus now",
                "the quotation “Words nobody wrote” is no longer in that article",
                "no difference about “how many moons” is found now",
            ]
        );
    }
}
