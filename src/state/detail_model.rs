//! What the detail panel says about the pinned sentence, as plain data: its source and text, how widely
//! it is reported (in the words of its agreement level, the same level that draws its margin bar), its
//! counterparts in source order with the matcher's probability in words, and its related sentences
//! (looser pairs, listed apart and never counted), and the reader's own verdicts on it: counterparts
//! the reader linked are marked as theirs with their note, and sentences the reader said are not the
//! same are listed apart. The view only draws this.

use crate::state::links::{LinkIndex, SentenceRef};
use parallax_core::verdicts::SentenceRef as VerdictSentence;
use parallax_core::{AgreementLevel, Analysis, Verdict};

/// One counterpart or related sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Counterpart {
    pub at: SentenceRef,
    pub label: String,
    pub text: String,
    /// "same information · 93%", "likely the same · 61%", "related · 31%".
    pub strength: String,
    /// Whether the matcher is close to sure (drawn stronger).
    pub close: bool,
    /// Its column is hidden.
    pub hidden: bool,
    /// The reader's verdict on the pair, when there is one (`Some("")`: given without a note).
    pub reader_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DetailModel {
    pub at: SentenceRef,
    /// "Gazette · sentence 3".
    pub source: String,
    pub text: String,
    pub agreement: String,
    pub counterparts: Vec<Counterpart>,
    pub related: Vec<Counterpart>,
    /// Sentences the reader said do not report the same information as this one.
    pub judged_apart: Vec<Counterpart>,
}

/// A verdict on the pinned sentence and another one, as the reader gives it on screen.
pub fn verdict_on(
    analysis: &Analysis,
    at: SentenceRef,
    other: SentenceRef,
    same: bool,
    note: String,
) -> Option<Verdict> {
    let text = |s: SentenceRef| analysis.sentence(s).map(|x| VerdictSentence { doc: s.0, text: x.text.clone() });
    let (a, b) = (text(at)?, text(other)?);
    Some(if same { Verdict::SameFact { a, b, note } } else { Verdict::DifferentFacts { a, b, note } })
}

/// Plain words for a match: the matcher's probability that both report the same information (every
/// match is at least even odds; looser pairs are listed as related instead).
pub fn match_words(probability: f64) -> String {
    let words = if probability >= 0.9 {
        "same information"
    } else if probability >= 0.75 {
        "very likely the same"
    } else {
        "likely the same"
    };
    format!("{words} · {:.0}%", probability * 100.0)
}

impl DetailModel {
    /// The panel for `pinned`, or `None` when nothing (or a sentence that no longer exists) is pinned.
    pub fn of(analysis: &Analysis, links: &LinkIndex, pinned: Option<SentenceRef>, visible: &[usize]) -> Option<Self> {
        let at = pinned?;
        let sentence = analysis.sentence(at)?;
        // Other sources with text, as the agreement level counts them.
        let others =
            analysis.documents.iter().enumerate().filter(|(d, doc)| *d != at.0 && !doc.sentences.is_empty()).count();
        let independent = match sentence.independent_sources {
            i if i == sentence.sources => String::new(),
            0 => " None of them independent: they share this story word for word.".to_string(),
            i => format!(" {i} of them independent; the others copy one story."),
        };
        let n = sentence.sources;
        let agreement = match sentence.agreement {
            AgreementLevel::OnlyHere => "Only this source reports this.".to_string(),
            AgreementLevel::All => format!("Reported by every other source ({n} of {others}).{independent}"),
            AgreementLevel::Some => format!("Also reported by {n} of {others} other sources.{independent}"),
        };
        let row = |(other, probability): (SentenceRef, f64), strength: String| Counterpart {
            at: other,
            label: analysis.documents[other.0].label.clone(),
            text: analysis.documents[other.0].sentences[other.1].text.clone(),
            strength,
            close: probability >= 0.9,
            hidden: !visible.contains(&other.0),
            reader_note: None,
        };
        // The reader's verdicts that apply to this sentence: (other sentence, same?, note).
        let verdicts: Vec<(SentenceRef, bool, &str)> = analysis
            .verdicts
            .iter()
            .filter(|o| o.applies())
            .filter_map(|o| {
                let [x, y] = o.pair?;
                let other = if (x[0], x[1]) == at {
                    (y[0], y[1])
                } else if (y[0], y[1]) == at {
                    (x[0], x[1])
                } else {
                    return None;
                };
                Some((other, o.verdict.same(), o.verdict.note()))
            })
            .collect();
        let note_of = |other: SentenceRef| verdicts.iter().find(|v| v.0 == other && v.1).map(|v| v.2.to_string());
        let mut counterparts: Vec<(SentenceRef, f64)> = links.counterparts(at).to_vec();
        parallax_core::sort::sort_by_key(&mut counterparts, |(s, _)| *s);
        Some(DetailModel {
            at,
            source: format!("{} · sentence {}", analysis.documents[at.0].label, at.1 + 1),
            text: sentence.text.clone(),
            agreement,
            counterparts: counterparts
                .into_iter()
                .map(|c| match note_of(c.0) {
                    Some(note) => {
                        Counterpart { reader_note: Some(note), ..row(c, "same information · your verdict".into()) }
                    }
                    None => row(c, match_words(c.1)),
                })
                .collect(),
            related: links.related(at).iter().map(|&c| row(c, format!("related · {:.0}%", c.1 * 100.0))).collect(),
            judged_apart: verdicts
                .iter()
                .filter(|v| !v.1)
                .map(|&(other, _, note)| Counterpart {
                    reader_note: Some(note.to_string()),
                    ..row((other, 0.0), "not the same · your verdict".into())
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_corpus::paris;

    #[test]
    fn the_opening_of_every_outlet_is_reported_by_every_other_source() {
        // Source A's first sentence: leaders supporting Ukraine met in Paris; all four other outlets open
        // with the same meeting.
        let (analysis, links) = paris();
        let m = DetailModel::of(&analysis, &links, Some((0, 0)), &[0, 1, 2, 3]).unwrap();
        assert!(m.text.starts_with("Leaders from dozens of countries supporting Ukraine met in Paris"), "{}", m.text);
        assert_eq!(m.agreement, "Reported by every other source (4 of 4).");
        let docs: Vec<usize> = m.counterparts.iter().map(|c| c.at.0).collect();
        assert!(docs.windows(2).all(|w| w[0] <= w[1]), "in source order: {docs:?}");
        assert_eq!((docs.first(), docs.last()), (Some(&1), Some(&4)));
        assert!(m.counterparts.iter().all(|c| c.hidden == (c.at.0 == 4)), "source E's column is hidden");
        assert!(m.counterparts.iter().all(|c| c.strength.contains('%')));
    }

    #[test]
    fn the_words_follow_the_agreement_level_not_a_second_count() {
        let (analysis, links) = paris();
        for (d, doc) in analysis.documents.iter().enumerate() {
            for (i, s) in doc.sentences.iter().enumerate() {
                let m = DetailModel::of(&analysis, &links, Some((d, i)), &[0, 1, 2, 3, 4]).unwrap();
                let says_all = m.agreement.starts_with("Reported by every other source");
                assert_eq!(says_all, s.agreement == AgreementLevel::All, "{d}.{i}: {}", m.agreement);
                assert_eq!(m.counterparts.len(), links.counterparts((d, i)).len());
            }
        }
    }

    #[test]
    fn nothing_pinned_or_a_vanished_sentence_gives_no_panel() {
        let (analysis, links) = paris();
        assert_eq!(DetailModel::of(&analysis, &links, None, &[0]), None);
        assert_eq!(DetailModel::of(&analysis, &links, Some((0, 9999)), &[0]), None);
    }

    #[test]
    fn probabilities_read_as_words() {
        assert_eq!(match_words(0.93), "same information · 93%");
        assert_eq!(match_words(0.8), "very likely the same · 80%");
        assert_eq!(match_words(0.55), "likely the same · 55%");
    }
}
