//! The browser's own Unicode normalisation as the core's accent folding
//! (`parallax_core::set_mark_stripper`): the analysis module is built without the core's
//! `unicode-tables` feature, so `unicode-normalization`'s tables (about 120 KB, half of them for
//! compatibility decompositions) are not downloaded; `String.prototype.normalize("NFKD")` and the
//! `\p{M}` class of a Unicode regular expression are the same decomposition and the same marks
//! (General_Category Mark). Installed when the module starts, in the worker and on the page alike.

/// Installs the browser's mark stripper (in wasm; natively the core keeps its own tables).
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    parallax_core::set_mark_stripper(browser::strip_marks);
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::{JsString, RegExp};
    use std::cell::RefCell;

    /// Words remembered at most (then forgotten all at once): a corpus repeats its words.
    const REMEMBERED: usize = 50_000;

    thread_local! {
        /// Every combining mark, for `String.prototype.replace`.
        static MARKS: RegExp = RegExp::new(r"\p{M}", "gu");
        /// Each word's answer, so a word crosses into JavaScript once, not at every use.
        static KNOWN: RefCell<rustc_hash::FxHashMap<String, String>> = RefCell::default();
    }

    /// `word` in NFKD without its combining marks.
    pub fn strip_marks(word: &str) -> String {
        if let Some(known) = KNOWN.with(|k| k.borrow().get(word).cloned()) {
            return known;
        }
        let decomposed = JsString::from(word).normalize("NFKD");
        let stripped: String = MARKS.with(|marks| decomposed.replace_by_pattern(marks, "")).into();
        KNOWN.with(|k| {
            let mut known = k.borrow_mut();
            if known.len() >= REMEMBERED {
                known.clear();
            }
            known.insert(word.to_string(), stripped.clone());
        });
        stripped
    }
}
