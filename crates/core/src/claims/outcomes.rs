//! What a count counts, beyond its noun: the outcome the sentence gives the counted things ("99 people
//! were killed", "injuring 166 people", "the death toll rose to 99", "3,000 injured", "12 boys trapped"),
//! and which numbers are not counts at all (ages, clock times). Differences compare a count only with
//! counts of the same noun *and* the same outcome, so deaths, injuries and a town's population never
//! share a card.
//!
//! Read from the words of the count's own clause: up to six words after the counted noun and four
//! before the number, stopping at clause punctuation. English only (the outcome words are English); in
//! other languages no outcome is found and counts compare by noun as before. Written by hand: it is a
//! short word list over the tokens the count reader already has, which no crate provides.

use std::borrow::Cow;

/// The outcome a folded word names, if any.
pub fn outcome_of(word: &str) -> Option<&'static str> {
    let w = word;
    let starts = |p: &str| w.starts_with(p);
    Some(
        if starts("kill")
            || matches!(
                w,
                "die"
                    | "died"
                    | "dies"
                    | "dying"
                    | "dead"
                    | "deaths"
                    | "death"
                    | "toll"
                    | "lives"
                    | "bodies"
                    | "fatalities"
            )
            || starts("perish")
        {
            "killed"
        } else if starts("injur") || starts("wound") || starts("hospitali") || matches!(w, "hurt") {
            "injured"
        } else if matches!(w, "missing" | "unaccounted") {
            "missing"
        } else if starts("rescu") || matches!(w, "saved" | "freed" | "extracted" | "pulled") {
            "rescued"
        } else if starts("displac") || starts("evacu") || matches!(w, "homeless" | "fled" | "flee") {
            "displaced"
        } else if starts("arrest") || starts("detain") {
            "arrested"
        } else if matches!(w, "trapped" | "stranded" | "stuck") {
            "trapped"
        } else if starts("surviv") {
            "survived"
        } else if matches!(w, "live" | "living" | "population" | "inhabitants" | "home") {
            "living"
        } else if matches!(w, "power" | "electricity" | "outage" | "outages" | "blackout") {
            "without power"
        } else {
            return None;
        },
    )
}

/// Words passed over between a counted noun and its outcome ("were", "have been", "reportedly").
fn passed_over(word: &str) -> bool {
    matches!(
        word,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "be"
            | "being"
            | "now"
            | "reportedly"
            | "confirmed"
            | "already"
            | "still"
            | "also"
            | "all"
            | "who"
            | "that"
            | "seriously"
            | "critically"
            | "badly"
            | "severely"
            | "fatally"
            | "feared"
            | "believed"
            | "thought"
            | "left"
            | "in"
            | "the"
            | "to"
            | "rose"
            | "risen"
            | "climbed"
            | "at"
            | "of"
            | "a"
            | "and"
            | "by"
            | "from"
            | "went"
            | "gone"
            | "got"
            | "became"
            | "ordered"
            | "told"
            | "urged"
            | "forced"
            | "asked"
            | "lost"
            | "without"
    )
}

/// Whether clause punctuation separates two words (the text between them).
fn boundary(between: &str) -> bool {
    between.contains([',', ';', ':', '(', ')', '—', '–', '"', '\u{201c}', '\u{201d}'])
}

/// The outcome of the count whose number starts at word `first` (its phrase at `phrase_start`) and whose
/// noun ends at word `noun_end`; `words` are (byte offset, word) in `text`, `folded` their folded forms.
pub fn outcome_near(
    text: &str,
    words: &[(usize, &str)],
    folded: &[Cow<str>],
    phrase_start: usize,
    noun_start: usize,
    noun_end: usize,
) -> Option<&'static str> {
    let gap = |a: usize, b: usize| &text[words[a].0 + words[a].1.len()..words[b].0];
    // The noun itself ("deaths", "injured", "dead").
    if let Some(o) = folded[noun_start..=noun_end].iter().find_map(|w| outcome_of(w)) {
        return Some(o);
    }
    // A verb right before the count takes it as its object ("killed at least 78 people and injured
    // nearly 4,000": the 78 were killed), before anything after the noun.
    if phrase_start > 0 && !boundary(gap(phrase_start - 1, phrase_start)) {
        if let Some(o) = outcome_of(&folded[phrase_start - 1]) {
            return Some(o);
        }
    }
    // After the noun, in its clause.
    let mut k = noun_end + 1;
    while k < words.len() && k <= noun_end + 6 && !boundary(gap(k - 1, k)) {
        if let Some(o) = outcome_of(&folded[k]) {
            return Some(o);
        }
        // Leaving a place: "1,500 people left the district", "left their homes".
        if folded[k] == "left" && folded.get(k + 1).is_some_and(|w| matches!(&**w, "the" | "their" | "home" | "homes"))
        {
            return Some("displaced");
        }
        // The head of a compound noun ("6 construction workers were killed") is passed over too.
        let compound_head = k == noun_end + 1
            && folded[k].len() > 3
            && folded[k].ends_with('s')
            && folded[k].chars().all(|c| c.is_ascii_lowercase())
            && words[k].1.chars().next().is_some_and(char::is_lowercase);
        if (!passed_over(&folded[k]) && !compound_head) || folded[k].chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        k += 1;
    }
    // Before the number: "killed 99 people", "injuring 166", "the death toll rose to 99".
    let mut k = phrase_start;
    while k > 0 && phrase_start - k < 4 && !boundary(gap(k - 1, k)) {
        k -= 1;
        if let Some(o) = outcome_of(&folded[k]) {
            return Some(o);
        }
        if !passed_over(&folded[k]) && !matches!(&*folded[k], "toll" | "number") {
            break;
        }
    }
    None
}

/// Whether the number at word `first` (with `used` words) is an age or a time of day rather than a count:
/// "34-year-old", "aged 12", "a 12 year old", "1802 GMT", "9 a.m.", "8 pm".
pub fn not_a_count(text: &str, words: &[(usize, &str)], folded: &[Cow<str>], first: usize, used: usize) -> bool {
    let after = |k: usize| folded.get(first + used + k).map(|w| &**w).unwrap_or("");
    let before = if first > 0 { &*folded[first - 1] } else { "" };
    if matches!(before, "aged" | "age" | "ages") {
        return true;
    }
    // A day of the month: "Aug. 12—The death toll", "on June 23 voters". (Written with its capital, so
    // "may" the verb does not count; a number over 31 is no day: "In March 300 people".)
    let month_before = first > 0
        && words[first - 1].1.starts_with(|c: char| c.is_uppercase())
        && crate::claims::calendar::is_month(before);
    if month_before && used == 1 && folded[first].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) {
        return true;
    }
    if matches!(after(0), "year" | "years" | "month" | "months") && after(1) == "old" {
        return true;
    }
    let end = words[first + used - 1].0 + words[first + used - 1].1.len();
    let rest: String = text[end..].trim_start().chars().take(3).collect::<String>().to_ascii_lowercase();
    const ZONES: &[&str] =
        &["gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "ist", "jst"];
    ZONES.contains(&after(0)) || rest.starts_with("a.m") || rest.starts_with("p.m") || matches!(after(0), "am" | "pm")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(text: &str, number: &str, noun: &str) -> Option<&'static str> {
        let words: Vec<(usize, &str)> = crate::text::words::word_indices(text).collect();
        let folded = crate::text::folded::folded_words(&words);
        let n = words.iter().position(|(_, w)| *w == number).unwrap();
        let m = words.iter().position(|(_, w)| *w == noun).unwrap();
        outcome_near(text, &words, &folded, n, m, m)
    }

    #[test]
    fn outcomes_come_from_the_counts_own_clause() {
        assert_eq!(outcome("At least 99 people were killed in the quake", "99", "people"), Some("killed"));
        assert_eq!(outcome("The blast injured 166 people on Tuesday", "166", "people"), Some("injured"));
        // The verb before the count takes it, not the next verb of the sentence.
        assert_eq!(outcome("The blast killed 78 people and injured nearly 4,000", "78", "people"), Some("killed"));
        assert_eq!(outcome("killing 2,300 people and injuring thousands", "2,300", "people"), Some("killed"));
        assert_eq!(outcome("the death toll rose to 99 people", "99", "people"), Some("killed"));
        assert_eq!(outcome("more than 3,000 injured", "3,000", "injured"), Some("injured"));
        assert_eq!(outcome("a town of 4,000 people, where rescuers dug", "4,000", "people"), None);
        assert_eq!(outcome("12 boys trapped in the cave", "12", "boys"), Some("trapped"));
        assert_eq!(outcome("six construction workers were killed", "six", "construction"), Some("killed"));
        assert_eq!(outcome("about 1,500 people left the district", "1,500", "people"), Some("displaced"));
        assert_eq!(outcome("1,200 residents were evacuated", "1,200", "residents"), Some("displaced"));
        assert_eq!(outcome("About 900 people were ordered to evacuate", "900", "people"), Some("displaced"));
        assert_eq!(outcome("knocking out power to 2,000 people", "2,000", "people"), Some("without power"));
        assert_eq!(outcome("more than 2,500 people lost electricity", "2,500", "people"), Some("without power"));
        // The next clause's outcome is not this count's.
        assert_eq!(outcome("Six workers, who were fixing potholes, died", "Six", "workers"), None);
    }

    #[test]
    fn ages_and_clock_times_are_not_counts() {
        let check = |text: &str, number: &str| {
            let words: Vec<(usize, &str)> = crate::text::words::word_indices(text).collect();
            let folded = crate::text::folded::folded_words(&words);
            let n = words.iter().position(|(_, w)| *w == number).unwrap();
            not_a_count(text, &words, &folded, n, 1)
        };
        assert!(check("the 34-year-old plumber", "34"));
        assert!(check("a boy aged 12 was", "12"));
        assert!(check("at 1802 GMT on Monday", "1802"));
        assert!(check("at 9 a.m. local time", "9"));
        assert!(!check("34 plumbers", "34"));
    }
}
