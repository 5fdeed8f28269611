//! Number words and numerals: "thirty" → 30, "1,000" → 1000, "6.4" → 6.4, "million" → a scale; a number
//! read from a run of words ("twenty-seven", "4.5 million") and the term it is matched by (`#30`).
//! Small tables for English, French and Spanish; written here because the number-word crates on
//! crates.io go the other way (number → words) or parse whole strings rather than a token stream.

use crate::text::stopwords::Language;

/// A number word: a value that adds ("seven", "twenty") or a scale that multiplies ("hundred", "million").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    Unit(f64),
    Scale(f64),
}

/// Parses a numeral as written in news text: "30", "1,000", "6.4", "1.000.000" is not accepted (ambiguous).
pub fn parse_numeral(word: &str) -> Option<f64> {
    let first = word.chars().next()?;
    if !first.is_ascii_digit() {
        return None;
    }
    if !word.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    // "1,000" and "1,000,000": commas group thousands; a single comma followed by 1–2 digits is a decimal
    // comma ("6,4" in French or Spanish text).
    let cleaned: String = if word.contains(',') {
        let groups: Vec<&str> = word.split(',').collect();
        if groups.len() == 2 && groups[1].len() != 3 && !word.contains('.') {
            word.replace(',', ".")
        } else {
            // Thousands groups: 1–3 digits, then groups of exactly three ("1,2,3" is a list, not 123).
            let last = groups.len() - 1;
            fn whole(g: &str) -> &str {
                g.split('.').next().unwrap_or("")
            }
            let valid = (1..=3).contains(&groups[0].len())
                && groups[1..]
                    .iter()
                    .enumerate()
                    .all(|(i, g)| whole(g).len() == 3 && (i + 1 == last || !g.contains('.')));
            if !valid {
                return None;
            }
            word.replace(',', "")
        }
    } else {
        word.to_string()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The value of a number word in `language`, if it is one.
pub fn number_word_value(word: &str, language: Language) -> Option<NumberWord> {
    use NumberWord::{Scale, Unit};
    let english = match word {
        "zero" => Some(Unit(0.0)),
        "one" => Some(Unit(1.0)),
        "two" => Some(Unit(2.0)),
        "three" => Some(Unit(3.0)),
        "four" => Some(Unit(4.0)),
        "five" => Some(Unit(5.0)),
        "six" => Some(Unit(6.0)),
        "seven" => Some(Unit(7.0)),
        "eight" => Some(Unit(8.0)),
        "nine" => Some(Unit(9.0)),
        "ten" => Some(Unit(10.0)),
        "eleven" => Some(Unit(11.0)),
        "twelve" => Some(Unit(12.0)),
        "thirteen" => Some(Unit(13.0)),
        "fourteen" => Some(Unit(14.0)),
        "fifteen" => Some(Unit(15.0)),
        "sixteen" => Some(Unit(16.0)),
        "seventeen" => Some(Unit(17.0)),
        "eighteen" => Some(Unit(18.0)),
        "nineteen" => Some(Unit(19.0)),
        "twenty" => Some(Unit(20.0)),
        "thirty" => Some(Unit(30.0)),
        "forty" => Some(Unit(40.0)),
        "fifty" => Some(Unit(50.0)),
        "sixty" => Some(Unit(60.0)),
        "seventy" => Some(Unit(70.0)),
        "eighty" => Some(Unit(80.0)),
        "ninety" => Some(Unit(90.0)),
        "hundred" => Some(Scale(100.0)),
        "thousand" => Some(Scale(1e3)),
        "million" => Some(Scale(1e6)),
        "billion" => Some(Scale(1e9)),
        "trillion" => Some(Scale(1e12)),
        _ => None,
    };
    match language {
        Language::English | Language::Unknown | Language::German => english,
        Language::French => match word {
            "deux" => Some(Unit(2.0)),
            "trois" => Some(Unit(3.0)),
            "quatre" => Some(Unit(4.0)),
            "cinq" => Some(Unit(5.0)),
            "six" => Some(Unit(6.0)),
            "sept" => Some(Unit(7.0)),
            "huit" => Some(Unit(8.0)),
            "neuf" => Some(Unit(9.0)),
            "dix" => Some(Unit(10.0)),
            "vingt" => Some(Unit(20.0)),
            "trente" => Some(Unit(30.0)),
            "quarante" => Some(Unit(40.0)),
            "cinquante" => Some(Unit(50.0)),
            "cent" | "cents" => Some(Scale(100.0)),
            "mille" => Some(Scale(1e3)),
            "million" | "millions" => Some(Scale(1e6)),
            "milliard" | "milliards" => Some(Scale(1e9)),
            _ => None,
        },
        Language::Spanish => match word {
            "dos" => Some(Unit(2.0)),
            "tres" => Some(Unit(3.0)),
            "cuatro" => Some(Unit(4.0)),
            "cinco" => Some(Unit(5.0)),
            "seis" => Some(Unit(6.0)),
            "siete" => Some(Unit(7.0)),
            "ocho" => Some(Unit(8.0)),
            "nueve" => Some(Unit(9.0)),
            "diez" => Some(Unit(10.0)),
            "veinte" => Some(Unit(20.0)),
            "treinta" => Some(Unit(30.0)),
            "cuarenta" => Some(Unit(40.0)),
            "cincuenta" => Some(Unit(50.0)),
            "cien" | "ciento" => Some(Scale(100.0)),
            "mil" => Some(Scale(1e3)),
            "millón" | "millon" | "millones" => Some(Scale(1e6)),
            _ => None,
        },
    }
}

/// Reads a number starting at `words[0]`: a numeral ("30", "1,000", "6.4", "4.5 million") or a run of
/// number words ("twenty-seven", "three hundred"). Returns the value and how many words it used.
pub(crate) fn read_number(words: &[impl AsRef<str>], language: Language) -> Option<(f64, usize)> {
    if let Some(value) = parse_numeral(words[0].as_ref()) {
        let mut used = 1;
        let mut value = value;
        if let Some(next) = words.get(1) {
            if let Some(NumberWord::Scale(scale)) = number_word_value(next.as_ref(), language) {
                if scale >= 1000.0 {
                    value *= scale;
                    used = 2;
                }
            }
        }
        return Some((value, used));
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut used = 0;
    let mut any = false;
    while let Some(word) = words.get(used) {
        match number_word_value(word.as_ref(), language) {
            Some(NumberWord::Unit(v)) => {
                current += v;
                any = true;
            }
            Some(NumberWord::Scale(scale)) if any => {
                if scale >= 1000.0 {
                    total += current.max(1.0) * scale;
                    current = 0.0;
                } else {
                    current = current.max(1.0) * scale;
                }
            }
            _ => {
                // "one hundred and five": "and" continues a number only between number words.
                let continues = any
                    && word.as_ref() == "and"
                    && words
                        .get(used + 1)
                        .is_some_and(|w| matches!(number_word_value(w.as_ref(), language), Some(NumberWord::Unit(_))));
                if !continues {
                    break;
                }
            }
        }
        used += 1;
    }
    if any {
        Some((total + current, used))
    } else {
        None
    }
}

/// `#30`, `#6.4`, `#4500000`: the term a number value is matched by.
pub fn format_number_term(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("#{}", value as i64)
    } else {
        format!("#{}", (value * 1000.0).round() / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_parse_as_written_in_news() {
        assert_eq!(parse_numeral("30"), Some(30.0));
        assert_eq!(parse_numeral("1,000"), Some(1000.0));
        assert_eq!(parse_numeral("1,000,000"), Some(1e6));
        assert_eq!(parse_numeral("6.4"), Some(6.4));
        assert_eq!(parse_numeral("6,4"), Some(6.4));
        assert_eq!(parse_numeral("90s"), None);
        assert_eq!(parse_numeral("abc"), None);
    }

    #[test]
    fn scales_multiply_and_units_add() {
        assert_eq!(number_word_value("million", Language::English), Some(NumberWord::Scale(1e6)));
        assert_eq!(number_word_value("thirty", Language::English), Some(NumberWord::Unit(30.0)));
        assert_eq!(number_word_value("trente", Language::French), Some(NumberWord::Unit(30.0)));
        assert_eq!(number_word_value("thirty", Language::French), None);
    }
}
