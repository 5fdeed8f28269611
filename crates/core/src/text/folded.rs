//! Folded words without a copy where folding changes nothing. [`fold`] returns a new string for every
//! word, and several stages fold every word of every sentence only to compare it (the language guess,
//! the counts, weekdays and dates); most words of news text are lower-case ASCII without an apostrophe,
//! which fold to themselves.

use crate::text::normalize::fold;
use std::borrow::Cow;

/// [`fold`]`(word)`, borrowed when it is `word` itself: ASCII with no capital and no apostrophe.
pub fn fold_cow(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && b != b'\'' && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// Each word of a sentence's [`word_indices`](crate::text::words::word_indices), folded with
/// [`fold_cow`].
pub fn folded_words<'a>(words: &[(usize, &'a str)]) -> Vec<Cow<'a, str>> {
    words.iter().map(|&(_, w)| fold_cow(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn borrows_only_what_folds_to_itself() {
        assert!(matches!(fold_cow("ships"), Cow::Borrowed("ships")));
        assert!(matches!(fold_cow("2,500"), Cow::Borrowed("2,500")));
        assert_eq!(fold_cow("Ship's"), "ship");
        assert_eq!(fold_cow("'quoted'"), "quoted");
        assert_eq!(fold_cow("Genève"), fold("Genève"));
    }

    proptest! {
        #[test]
        fn is_fold(word in "[a-zA-Z0-9'’éß.-]{0,10}") {
            prop_assert_eq!(fold_cow(&word).into_owned(), fold(&word));
        }
    }
}
