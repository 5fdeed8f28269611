//! Word-level differences between two sentences that report the same information, each difference
//! classed by kind so a reader can hide the insignificant ones: a number changed, a name or its spelling
//! changed, other wording, or punctuation only. The diff itself is `similar`'s (Patience over words);
//! spelling variants are told apart from different words by normalised Levenshtein similarity (`strsim`).

use serde::{Deserialize, Serialize};
use similar::ChangeTag;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of difference a changed stretch is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// A number, number word, weekday or month differs: "35" vs "30", "Monday" vs "Tuesday".
    Number,
    /// A proper name differs, or is spelled differently: "Zelenskyy" vs "Zelensky".
    Name,
    /// Other words differ.
    Wording,
    /// Only punctuation or spacing differs.
    Punctuation,
}

/// One stretch of a word diff: unchanged text, or a change with what each side has there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiffSegment {
    Same(String),
    Changed { ours: String, theirs: String, kind: DiffKind },
}

/// The words of `ours` and `theirs` and what lies between them (Unicode word bounds), each tagged as
/// kept, deleted or inserted, in order: what `similar::TextDiff::diff_unicode_words` gives with
/// Patience, through `similar`'s slice diff, so the page's wasm holds one copy of the algorithm, not
/// two (TextDiff numbers the words of a text of more than 100 pieces first, a second copy of the whole
/// algorithm for the same result; a property test checks they agree).
fn word_changes<'a>(ours: &'a str, theirs: &'a str) -> Vec<(ChangeTag, &'a str)> {
    let (old, new): (Vec<&str>, Vec<&str>) = (ours.split_word_bounds().collect(), theirs.split_word_bounds().collect());
    let ops = similar::capture_diff_slices(similar::Algorithm::Patience, &old, &new);
    ops.iter().flat_map(|op| op.iter_changes(&old, &new)).map(|c| (c.tag(), c.value())).collect()
}

/// Word-level diff from `ours` to `theirs`.
pub fn word_diff(ours: &str, theirs: &str) -> Vec<DiffSegment> {
    let mut out: Vec<DiffSegment> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<DiffSegment>, deleted: &mut String, inserted: &mut String| {
        if deleted.is_empty() && inserted.is_empty() {
            return;
        }
        let kind = classify(deleted, inserted);
        out.push(DiffSegment::Changed { ours: std::mem::take(deleted), theirs: std::mem::take(inserted), kind });
    };
    for (tag, value) in word_changes(ours, theirs) {
        match tag {
            ChangeTag::Equal => {
                // Whitespace between two changes belongs to the change, not to a "same" stretch.
                if value.trim().is_empty() && (!deleted.is_empty() || !inserted.is_empty()) {
                    deleted.push_str(value);
                    inserted.push_str(value);
                    continue;
                }
                flush(&mut out, &mut deleted, &mut inserted);
                match out.last_mut() {
                    Some(DiffSegment::Same(s)) => s.push_str(value),
                    _ => out.push(DiffSegment::Same(value.to_string())),
                }
            }
            ChangeTag::Delete => deleted.push_str(value),
            ChangeTag::Insert => inserted.push_str(value),
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    let all_ours: Vec<String> = ours.split_whitespace().map(trim_word).collect();
    out.into_iter().flat_map(|segment| split_rewrite(segment, &all_ours)).collect()
}

/// A long changed stretch is a rewrite: it stays one "wording" change, except for the numbers, dates and
/// re-spelled names inside it, which are marked on their own so they still stand out.
/// `our_words` are all the words of the pinned sentence: a number or name counts as new only if the
/// pinned sentence has it nowhere.
fn split_rewrite(segment: DiffSegment, our_words: &[String]) -> Vec<DiffSegment> {
    let DiffSegment::Changed { ours, theirs, kind } = segment else { return vec![segment] };
    let count = |s: &str| s.split_whitespace().count();
    if kind == DiffKind::Punctuation || (count(&ours) <= 3 && count(&theirs) <= 3) {
        return vec![DiffSegment::Changed { ours, theirs, kind }];
    }
    let mut pieces: Vec<DiffSegment> = Vec::new();
    let mut ours_left = Some(ours.clone());
    let their_words: Vec<String> = theirs.split_whitespace().map(trim_word).collect();
    let rewritten_words: Vec<String> =
        ours.split_whitespace().map(trim_word).filter(|w| !w.is_empty() && !their_words.contains(w)).collect();
    let numbers: Vec<&str> = rewritten_words.iter().filter(|w| is_numeric_word(w)).map(String::as_str).collect();
    let mut replaced_numbers = (!numbers.is_empty()).then(|| numbers.join(" "));
    let mut push = |pieces: &mut Vec<DiffSegment>, text: &str, kind: DiffKind| {
        if let Some(DiffSegment::Changed { theirs, kind: last, .. }) = pieces.last_mut() {
            if *last == kind {
                theirs.push_str(text);
                return;
            }
        }
        // The pinned sentence's side of the rewrite goes with its first wording piece; a number or name
        // takes the pinned sentence's numbers or names of the rewrite it replaces ("Monday" for
        // "Tuesday"), so a reader sees both sides of it.
        let ours = match kind {
            DiffKind::Wording => ours_left.take().unwrap_or_default(),
            DiffKind::Number => replaced_numbers.take().unwrap_or_default(),
            DiffKind::Name => {
                let word = trim_word(text);
                rewritten_words
                    .iter()
                    .find(|o| strsim::normalized_levenshtein(&o.to_lowercase(), &word.to_lowercase()) >= 0.7)
                    .cloned()
                    .unwrap_or_default()
            }
            DiffKind::Punctuation => String::new(),
        };
        pieces.push(DiffSegment::Changed { ours, theirs: text.to_string(), kind });
    };
    for token in split_keep_spaces(&theirs) {
        let word = trim_word(token);
        let kind = if word.is_empty() {
            DiffKind::Wording
        } else if is_numeric_word(&word) && !our_words.contains(&word) {
            DiffKind::Number
        } else if word.chars().next().is_some_and(char::is_uppercase)
            && !our_words.contains(&word)
            // "Ukraine’s" where the pinned sentence has "Ukraine": the same name, possessive.
            && !word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s")).is_some_and(|w| our_words.iter().any(|o| o == w))
            && our_words.iter().any(|o| strsim::normalized_levenshtein(&o.to_lowercase(), &word.to_lowercase()) >= 0.7)
        {
            DiffKind::Name
        } else {
            DiffKind::Wording
        };
        push(&mut pieces, token, kind);
    }
    if let Some(rest) = ours_left.filter(|r| !r.is_empty()) {
        pieces.push(DiffSegment::Changed { ours: rest, theirs: String::new(), kind: DiffKind::Wording });
    }
    pieces
}

fn trim_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
}

fn is_numeric_word(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w.to_lowercase().as_str())
}

/// Words with the whitespace that follows each, so the pieces rebuild the text exactly.
fn split_keep_spaces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&s[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn classify(ours: &str, theirs: &str) -> DiffKind {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(ours), words(theirs));
    if a.is_empty() && b.is_empty() {
        return DiffKind::Punctuation;
    }
    let numeric = |w: &String| is_numeric_word(w);
    if a.iter().chain(&b).any(numeric) {
        return DiffKind::Number;
    }
    let capitalised = |w: &String| w.chars().next().is_some_and(char::is_uppercase);
    // A spelling variant: the same word length-ish, nearly the same letters.
    if a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| strsim::normalized_levenshtein(&x.to_lowercase(), &y.to_lowercase()) >= 0.7)
    {
        return if a.iter().chain(&b).any(capitalised) { DiffKind::Name } else { DiffKind::Wording };
    }
    if !a.is_empty() && !b.is_empty() && a.iter().all(capitalised) && b.iter().all(capitalised) {
        return DiffKind::Name;
    }
    DiffKind::Wording
}

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "dozens",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(a: &str, b: &str) -> Vec<(String, String, DiffKind)> {
        word_diff(a, b)
            .into_iter()
            .filter_map(|s| match s {
                DiffSegment::Changed { ours, theirs, kind } => {
                    Some((ours.trim().to_string(), theirs.trim().to_string(), kind))
                }
                DiffSegment::Same(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_number_inside_a_rewrite_carries_the_pinned_sentence_number_it_replaces() {
        let ours = "Leaders met in Paris on Monday with the aim of turning promises into commitments.";
        let theirs = "Leaders met in Paris on Tuesday to shape long-term arrangements for peace.";
        let numbers: Vec<(String, String)> = word_diff(ours, theirs)
            .into_iter()
            .filter_map(|s| match s {
                DiffSegment::Changed { ours, theirs, kind: DiffKind::Number } => {
                    Some((ours.trim().to_string(), theirs.trim().to_string()))
                }
                _ => None,
            })
            .collect();
        assert_eq!(numbers, vec![("Monday".to_string(), "Tuesday".to_string())]);
        // A possessive of a name the pinned sentence has is no name change.
        let names = word_diff(
            "Ukraine and its allies met in Paris to turn promises into commitments.",
            "Ukraine\u{2019}s allies sought to translate broad assurances into detailed commitments.",
        );
        assert!(!names.iter().any(|s| matches!(s, DiffSegment::Changed { kind: DiffKind::Name, .. })), "{names:?}");
    }

    #[test]
    fn a_changed_count_is_a_number_difference() {
        assert_eq!(
            changes("About 30 leaders met.", "About 35 leaders met."),
            vec![("30".into(), "35".into(), DiffKind::Number)]
        );
        assert_eq!(changes("thirty leaders met", "forty leaders met")[0].2, DiffKind::Number);
    }

    #[test]
    fn a_respelled_name_is_a_name_difference() {
        let c = changes("President Volodymyr Zelenskyy attended.", "President Volodymyr Zelensky attended.");
        assert_eq!(c, vec![("Zelenskyy".into(), "Zelensky".into(), DiffKind::Name)]);
        assert_eq!(changes("said Merz today", "said Macron today")[0].2, DiffKind::Name);
    }

    #[test]
    fn weekdays_count_as_dates_other_words_as_wording_commas_as_punctuation() {
        assert_eq!(changes("met on Monday in Paris", "met on Tuesday in Paris")[0].2, DiffKind::Number);
        assert_eq!(changes("leaders met in Paris", "leaders gathered in Paris")[0].2, DiffKind::Wording);
        assert_eq!(changes("In Paris, leaders met.", "In Paris leaders met.")[0].2, DiffKind::Punctuation);
    }

    #[test]
    fn a_rewrite_stays_wording_but_its_new_numbers_are_marked() {
        let c = changes(
            "Zelenskyy attended alongside more than 27 global and regional leaders today",
            "Around 30 leaders gathered with Zelenskiy to present plans today",
        );
        let kinds: Vec<DiffKind> = c.iter().map(|x| x.2).collect();
        assert!(kinds.contains(&DiffKind::Number), "{c:?}");
        assert!(kinds.contains(&DiffKind::Name), "{c:?}");
        let numbers: Vec<&str> = c.iter().filter(|x| x.2 == DiffKind::Number).map(|x| x.1.as_str()).collect();
        assert_eq!(numbers, vec!["30"]);
    }

    #[test]
    fn same_text_has_no_change_and_the_sides_rebuild_the_inputs() {
        assert!(changes("Same words here.", "Same words here.").is_empty());
        let (a, b) = ("The summit in Paris brought leaders together.", "A summit brought 35 leaders to Paris.");
        let diff = word_diff(a, b);
        let ours: String = diff
            .iter()
            .map(|s| match s {
                DiffSegment::Same(t) => t.as_str(),
                DiffSegment::Changed { ours, .. } => ours.as_str(),
            })
            .collect();
        let theirs: String = diff
            .iter()
            .map(|s| match s {
                DiffSegment::Same(t) => t.as_str(),
                DiffSegment::Changed { theirs, .. } => theirs.as_str(),
            })
            .collect();
        assert_eq!((ours.as_str(), theirs.as_str()), (a, b));
    }

    mod against_text_diff {
        use super::super::word_changes;
        use proptest::prelude::*;

        /// A sentence of up to 160 words and marks from a small vocabulary, with spaces between, so
        /// that words repeat and most sentences pass the 100 pieces (words, marks and spaces) above
        /// which `TextDiff` numbers them first.
        fn sentence() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "the",
                "Port",
                "said",
                "35",
                "30",
                "Zelensky",
                "Zelenskyy",
                "Monday",
                "on",
                ",",
                ".",
                "—",
                "é",
                "“",
                "”",
                "ships",
            ]);
            (prop::collection::vec(piece, 0..160), prop::collection::vec(0u8..4, 160)).prop_map(|(words, gaps)| {
                let mut s = String::new();
                for (w, g) in words.iter().zip(gaps) {
                    s.push_str(w);
                    s.push_str(["", " ", "  ", " "][g as usize]);
                }
                s
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// The slice diff gives every change `TextDiff::diff_unicode_words` gives, in order.
            #[test]
            fn the_word_changes_are_text_diffs(ours in sentence(), theirs in sentence()) {
                let text_diff = similar::TextDiff::configure()
                    .algorithm(similar::Algorithm::Patience)
                    .diff_unicode_words(&ours, &theirs);
                let expected: Vec<(similar::ChangeTag, &str)> =
                    text_diff.iter_all_changes().map(|c| (c.tag(), c.value())).collect();
                prop_assert_eq!(word_changes(&ours, &theirs), expected);
            }
        }
    }
}
