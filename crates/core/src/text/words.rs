//! The words of a text by UAX #29 (unicode-segmentation's `unicode_words` / `unicode_word_indices`),
//! exactly as that crate gives them, but faster on news text. unicode-segmentation reads an all-ASCII
//! text with a quick scanner and anything else with its general table-driven one, so one curly quote
//! or dash in a sentence sends the whole sentence to the slow path. Here a text is cut where no word
//! boundary rule can reach across: at the start of a run of spaces (U+0020) after an ASCII character
//! (no UAX #29 rule forbids a break before a space unless a space precedes it, and no rule looks back
//! past one). The pieces without a non-ASCII byte go through the quick scanner together, and only the
//! few words around each non-ASCII character through the general one. Same words, same offsets: a
//! property test compares the two on mixed text. (Written here because the crate's quick path is all
//! or nothing per call.) The quick pieces are scanned here too, for words only: the crate's scanner
//! makes every space run and punctuation mark a segment that `unicode_words` then drops.

use unicode_segmentation::UnicodeSegmentation;

/// Each word of `text` with its byte offset, as `text.unicode_word_indices()` gives them.
pub fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, regions: Regions { bytes: text.as_bytes(), at: 0 }, piece: Piece::Done }
}

/// The iterator of [`word_indices`]: the text's pieces one after the other (see the module doc), each
/// read by the quick scanner or by the crate.
pub struct WordIndices<'a> {
    text: &'a str,
    regions: Regions<'a>,
    piece: Piece<'a>,
}

/// The piece being read.
enum Piece<'a> {
    Done,
    /// All ASCII: the quick scanner's position and the piece's end.
    Ascii {
        at: usize,
        end: usize,
    },
    /// Holding a non-ASCII character: the crate's words, offsets from `start`.
    General {
        start: usize,
        words: unicode_segmentation::UnicodeWordIndices<'a>,
    },
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        loop {
            let found = match &mut self.piece {
                Piece::Done => None,
                Piece::Ascii { at, end } => ascii_word(self.text, at, *end),
                Piece::General { start, words } => words.next().map(|(offset, word)| (*start + offset, word)),
            };
            if found.is_some() {
                return found;
            }
            let (start, end, ascii) = self.regions.next()?;
            self.piece = if ascii {
                Piece::Ascii { at: start, end }
            } else {
                Piece::General { start, words: self.text[start..end].unicode_word_indices() }
            };
        }
    }
}

/// The next word of the all-ASCII `text[*at..end]` from `*at` on (moved past it), as
/// unicode-segmentation's quick scanner finds them and `unicode_words` keeps them: runs of letters,
/// digits and `_` joined across `.` `'` `:` between letters (WB6, WB7) and `.` `,` `;` `'` between
/// digits (WB11, WB12), holding a letter or digit. The segments between words (spaces, each
/// punctuation mark) are skipped, not made and dropped.
fn ascii_word<'a>(text: &'a str, at: &mut usize, end: usize) -> Option<(usize, &'a str)> {
    let bytes = text.as_bytes();
    let class = |b: u8| CLASS[b as usize];
    let mut i = *at;
    loop {
        while i < end && class(bytes[i]) & CORE == 0 {
            i += 1;
        }
        if i >= end {
            *at = i;
            return None;
        }
        let from = i;
        let mut alphanumeric = class(bytes[i]) & ALNUM;
        i += 1;
        while i < end {
            let c = class(bytes[i]);
            let joins = c & CORE != 0
                || (i + 1 < end && {
                    let (prev, next) = (class(bytes[i - 1]), class(bytes[i + 1]));
                    (c & BETWEEN_DIGITS != 0 && prev & next & DIGIT != 0)
                        || (c & BETWEEN_LETTERS != 0 && prev & next & LETTER != 0)
                });
            if !joins {
                break;
            }
            alphanumeric |= c & ALNUM;
            i += 1;
        }
        if alphanumeric != 0 {
            *at = i;
            return Some((from, &text[from..i]));
        }
    }
}

/// Classes of ASCII bytes for [`ascii_word`], as bits.
const CORE: u8 = 1;
const ALNUM: u8 = 2;
const DIGIT: u8 = 4;
const LETTER: u8 = 8;
const BETWEEN_DIGITS: u8 = 16;
const BETWEEN_LETTERS: u8 = 32;
static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        class[b] = if c.is_ascii_digit() {
            CORE | ALNUM | DIGIT
        } else if c.is_ascii_alphabetic() {
            CORE | ALNUM | LETTER
        } else if c == b'_' {
            CORE
        } else {
            match c {
                b'.' | b'\'' => BETWEEN_DIGITS | BETWEEN_LETTERS,
                b',' | b';' => BETWEEN_DIGITS,
                b':' => BETWEEN_LETTERS,
                _ => 0,
            }
        };
        b += 1;
    }
    class
};

/// Each word of `text`, as `text.unicode_words()` gives them.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_indices(text).map(|(_, word)| word)
}

/// Consecutive byte ranges covering a text, each ending at the end of the text or at a cut (see
/// [`is_cut`]), with whether it is all ASCII: a range holds either no non-ASCII byte, or only pieces
/// that each hold one.
struct Regions<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for Regions<'_> {
    type Item = (usize, usize, bool);

    fn next(&mut self) -> Option<(usize, usize, bool)> {
        let (bytes, start) = (self.bytes, self.at);
        if start >= bytes.len() {
            return None;
        }
        let Some(wide) = bytes[start..].iter().position(|b| !b.is_ascii()).map(|p| start + p) else {
            self.at = bytes.len();
            return Some((start, self.at, true));
        };
        // The ASCII pieces before the one holding that byte.
        let cut = (start + 1..=wide).rev().find(|&e| is_cut(bytes, e)).unwrap_or(start);
        if cut > start {
            self.at = cut;
            return Some((start, cut, true));
        }
        // The piece holding it, and the next ones while each holds a non-ASCII byte too.
        let mut end = next_cut(bytes, wide);
        while end < bytes.len() {
            let after = next_cut(bytes, end);
            if bytes[end..after].is_ascii() {
                break;
            }
            end = after;
        }
        self.at = end;
        Some((start, end, false))
    }
}

/// Whether a word boundary at `e` is sure whatever surrounds it: `e` starts a run of spaces (U+0020)
/// after an ASCII character that is not one. (After a non-ASCII space such as U+3000 a space does not
/// break: WB3d.)
fn is_cut(bytes: &[u8], e: usize) -> bool {
    e > 0 && e < bytes.len() && bytes[e] == b' ' && bytes[e - 1] != b' ' && bytes[e - 1].is_ascii()
}

/// The first cut after `from`, or the text's end.
fn next_cut(bytes: &[u8], from: usize) -> usize {
    (from + 1..bytes.len()).find(|&e| is_cut(bytes, e)).unwrap_or(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let ours: Vec<(usize, &str)> = word_indices(text).collect();
        let theirs: Vec<(usize, &str)> = text.unicode_word_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn news_text_gives_the_same_words() {
        same("“We’re not leaving,” said Ms. O’Neill, 42 — a nurse at St. Mary’s — on Tuesday.");
        same("Preis: 3,5 Mio. €  für  Müller’s Café;  “ja”");
        same("  leading spaces, then café\u{301} and a flag 🇫🇷🇩🇪 and ｶﾀｶﾅ and e\u{301}e.");
        same("");
        same("   ");
        same("é");
        same("a \u{301}b");
    }

    proptest! {
        #[test]
        fn any_mix_gives_the_same_words(pieces in proptest::collection::vec(prop_oneof![
            Just("a"), Just("Z"), Just("7"), Just(" "), Just("  "), Just("."), Just(","), Just("'"),
            Just(":"), Just(";"), Just("_"), Just("\""), Just("\n"), Just("\r\n"), Just("\t"),
            Just("é"), Just("\u{301}"), Just("’"), Just("“"), Just("—"), Just("\u{a0}"), Just("\u{200d}"),
            Just("🇫"), Just("ｶ"), Just("א"), Just("中"), Just("\u{3000}"), Just("\u{2009}"), Just("😀"),
        ], 0..40)) {
            same(&pieces.concat());
        }
    }
}
