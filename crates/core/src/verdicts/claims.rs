//! Verdicts on names, quotations and differences, applied where the analysis finds them: People rows
//! the reader says are one person are merged right after entity grouping (so the speakers and the
//! spelling and title differences see one person); a quotation's speaker is set right after quotations
//! are found (so the speaker differences follow); a difference the reader says is none is moved out of
//! the differences last. A verdict whose name, quotation or difference is not found any more is kept
//! with the reason.

use super::{Verdict, VerdictOutcome};
use crate::claims::discrepancies::Discrepancy;
use crate::claims::entities::{Entity, EntityKind, Mention, TitleUse, Variant};
use crate::claims::quotes::Quote;

/// Merges the rows the reader said are one person (`SamePerson`) and splits off the spellings they
/// said are someone else (`DifferentPeople`), in the order given. Ids are renumbered in order.
pub fn apply_to_entities(verdicts: &[Verdict], outcomes: &mut [VerdictOutcome], entities: &mut Vec<Entity>) {
    for (verdict, outcome) in verdicts.iter().zip(outcomes.iter_mut()) {
        if let Verdict::DifferentPeople { spelling, .. } = verdict {
            if let Err(why) = split_off(entities, spelling) {
                outcome.no_longer_applies = Some(why);
            }
            continue;
        }
        let Verdict::SamePerson { a, b, .. } = verdict else { continue };
        let find = |name: &str| entities.iter().position(|e| e.is_named(name));
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
        crate::sort::sort_by_key(&mut keep.mentions, |m| (m.doc, m.start));
        entities.remove(ib);
    }
    for (id, entity) in entities.iter_mut().enumerate() {
        entity.id = id;
    }
}

/// Moves the mentions spelled `spelling` out of the row holding them (with other spellings) into a row
/// of their own; titles and names follow the mentions.
fn split_off(entities: &mut Vec<Entity>, spelling: &str) -> Result<(), String> {
    let Some(i) = entities.iter().position(|e| e.variants.len() > 1 && e.variants.iter().any(|v| v.text == spelling))
    else {
        return Err(format!("“{spelling}” is not grouped with another spelling now"));
    };
    let entity = &mut entities[i];
    let (moved, kept): (Vec<_>, Vec<_>) = entity.mentions.drain(..).partition(|m| m.text == spelling);
    entity.mentions = kept;
    entity.variants.retain(|v| v.text != spelling);
    entity.titles = titles_of(&entity.mentions);
    if entity.name == spelling {
        entity.name = entity.variants.iter().max_by_key(|v| v.sources.len()).map_or(String::new(), |v| v.text.clone());
    }
    let mut sources: Vec<usize> = moved.iter().map(|m| m.doc).collect();
    merge_sources(&mut sources, &[]);
    let split = Entity {
        id: 0,
        name: spelling.to_string(),
        kind: entity.kind,
        variants: vec![Variant { text: spelling.to_string(), sources }],
        titles: titles_of(&moved),
        mentions: moved,
    };
    entities.insert(i + 1, split);
    Ok(())
}

/// Each title given in `mentions`, with the sources giving it.
fn titles_of(mentions: &[Mention]) -> Vec<TitleUse> {
    let mut titles: Vec<TitleUse> = Vec::new();
    for m in mentions {
        let Some(title) = &m.title else { continue };
        match titles.iter_mut().find(|t| t.title == *title) {
            Some(t) => merge_sources(&mut t.sources, &[m.doc]),
            None => titles.push(TitleUse { title: title.clone(), sources: vec![m.doc] }),
        }
    }
    titles
}

fn merge_sources(into: &mut Vec<usize>, more: &[usize]) {
    into.extend_from_slice(more);
    crate::sort::sort(into);
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

        // The reader changes their mind about the spelling: a row of its own again, with its mention.
        let mut split = verdicts.clone();
        split.push(Verdict::DifferentPeople {
            name: "Anna Berg".into(),
            spelling: "Anna Berg-Lind".into(),
            note: String::new(),
        });
        let apart = analyze_judged(&sources, &split);
        let rows: Vec<(&str, usize)> = apart
            .entities
            .iter()
            .filter(|e| e.name.starts_with("Anna"))
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(rows, vec![("Anna Berg", 1), ("Anna Berg-Lind", 1)]);
        assert_eq!(apart.entities.iter().find(|e| e.name == "Anna Berg-Lind").unwrap().titles[0].sources, vec![1]);

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
            Verdict::DifferentPeople { name: "Tom Ash".into(), spelling: "Tom Ash".into(), note: String::new() },
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
                "“Tom Ash” is not grouped with another spelling now",
                "the quotation “Words nobody wrote” is no longer in that article",
                "no difference about “how many moons” is found now",
            ]
        );
    }
}
