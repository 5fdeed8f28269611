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

    thread_local! {
        /// Every combining mark, for `String.prototype.replace`.
        static MARKS: RegExp = RegExp::new(r"\p{M}", "gu");
    }

    /// `word` in NFKD without its combining marks.
    pub fn strip_marks(word: &str) -> String {
        let decomposed = JsString::from(word).normalize("NFKD");
        MARKS.with(|marks| decomposed.replace_by_pattern(marks, "")).into()
    }
}
