//! UAX #29 sentence boundaries exactly as unicode-segmentation gives them
//! (`split_sentence_bound_indices`), with the crate run only around the characters that can end a
//! sentence. The crate looks up every character's class in its tables, about 220 instructions a byte,
//! a thirteenth of the whole analysis; yet a boundary can only follow a full stop, a question or
//! exclamation mark or a line break (SB4, SB11). Between two ASCII lower-case letters there is never a
//! boundary, and no rule reaches across that point (every look-behind and look-ahead of the rules stops
//! at a letter), so the text is cut there. Only the pieces holding `.`, `!`, `?`, a line break or any
//! non-ASCII character (which may be a terminator of another script) go through the crate; the others
//! hold no boundary. A property test compares the two on mixed text. (The crate has no such quick path;
//! its word segmentation has one, see `words.rs`.)

use unicode_segmentation::UnicodeSegmentation;

/// The sentence pieces of `text` with their byte offsets, as `text.split_sentence_bound_indices()`
/// gives them.
pub fn sentence_bound_indices(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Vec::new();
    }
    let mut starts = vec![0];
    let mut from = 0;
    while let Some(q) = bytes[from..].iter().position(|&b| may_end(b)).map(|p| from + p) {
        let start = (from + 1..=q).rev().find(|&p| is_cut(bytes, p)).unwrap_or(from);
        let end = (q + 1..bytes.len()).find(|&p| is_cut(bytes, p)).unwrap_or(bytes.len());
        starts.extend(
            text[start..end].split_sentence_bound_indices().map(|(offset, _)| start + offset).filter(|&at| at > start),
        );
        from = end;
    }
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(bytes.len()));
    starts.iter().zip(ends).map(|(&start, end)| (start, &text[start..end])).collect()
}

/// A byte that may take part in a boundary: an ASCII terminator or line break, or any non-ASCII byte.
fn may_end(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r' | 0x0b | 0x0c) || !b.is_ascii()
}

/// Whether `p` lies between two ASCII lower-case letters: never a boundary, and no rule reaches across.
fn is_cut(bytes: &[u8], p: usize) -> bool {
    p > 0 && p < bytes.len() && bytes[p - 1].is_ascii_lowercase() && bytes[p].is_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let theirs: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
        assert_eq!(sentence_bound_indices(text), theirs, "{text:?}");
    }

    #[test]
    fn news_text_gives_the_same_pieces() {
        same("The U.S. Army said 6.4 percent. “We’re done,” she said! Was it? yes. e.g. the end.");
        same("Gen. Alexus G. Grynkewich arrived at 3 p.m. on Monday.\nNext line.\r\nAnd more…  ok");
        same("日本語の文。次の文！ Ελληνικά; ερώτηση; Done.");
        same("");
        same(".");
        same("no stop at all");
        same("ab.cd");
        same("abc. def");
        same("a.\u{301}b. C");
    }

    proptest! {
        #[test]
        fn any_mix_gives_the_same_pieces(pieces in proptest::collection::vec(prop_oneof![
            Just("ab"), Just("c"), Just("Z"), Just("Xy"), Just("7"), Just(" "), Just("  "), Just("."), Just("!"),
            Just("?"), Just(","), Just(":"), Just(";"), Just("'"), Just("\""), Just("("), Just(")"), Just("\n"),
            Just("\r\n"), Just("\t"), Just("é"), Just("\u{301}"), Just("’"), Just("”"), Just("“"), Just("—"),
            Just("\u{a0}"), Just("。"), Just("\u{2029}"), Just("\u{200d}"), Just("…"), Just("ǅ"), Just("中"),
        ], 0..40)) {
            same(&pieces.concat());
        }
    }
}
