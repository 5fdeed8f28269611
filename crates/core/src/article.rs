//! What is known about an article besides its text: the file it came from, the label it is shown by,
//! and the outlet and date when the reader gave them. One type, used by the analysis input
//! ([`crate::SourceText`]), the corpus manifest, the corpus file ([`crate::bundle::BundleArticle`]), the
//! report, and the app's stored record (which embeds it with `#[serde(flatten)]`, so every stored and
//! exported format keeps its fields where they were).

use crate::text::document::{derive_label, label_of, Paragraph};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The file name it came from ("pasted text" for a paste).
    pub file: String,
    /// The label it is shown by. Blank means "derive it from the text" (see [`ArticleMeta::label_for`]).
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl ArticleMeta {
    /// An article known only by its file name (the label comes from the text).
    pub fn file(file: impl Into<String>) -> Self {
        ArticleMeta { file: file.into(), ..Default::default() }
    }

    /// The label to show for `text`: the given one, trimmed, else the headline or opening words.
    pub fn label_for(&self, text: &str) -> String {
        self.given_label().map_or_else(|| label_of(text), str::to_string)
    }

    /// [`ArticleMeta::label_for`] with the text's paragraphs already parsed.
    pub fn label_with(&self, text: &str, paragraphs: &[Paragraph]) -> String {
        self.given_label().map_or_else(|| derive_label(text, paragraphs), str::to_string)
    }

    /// The label the reader or the file gave, trimmed; none when blank.
    fn given_label(&self) -> Option<&str> {
        Some(self.label.trim()).filter(|l| !l.is_empty())
    }

    /// The outlet as shown: trimmed, and none when blank.
    pub fn outlet_name(&self) -> Option<&str> {
        self.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty())
    }

    /// The label a source goes by on screen: its outlet when known ("Reuters"), with the label after it
    /// when another source of the corpus has the same outlet ("Reuters · Port strike ends"); else the
    /// label ([`ArticleMeta::label_with`]). A file name never is one.
    pub fn display_label(&self, text: &str, paragraphs: &[Paragraph], outlet_shared: bool) -> String {
        match self.outlet_name() {
            Some(outlet) if outlet_shared => format!("{outlet} · {}", self.label_with(text, paragraphs)),
            Some(outlet) => outlet.to_string(),
            None => self.label_with(text, paragraphs),
        }
    }

    /// The same metadata with surrounding spaces trimmed and blank outlet or date dropped.
    pub fn tidied(self) -> Self {
        let blank_to_none = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        ArticleMeta {
            file: self.file,
            label: self.label.trim().to_string(),
            outlet: blank_to_none(self.outlet),
            date: blank_to_none(self.date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::parse_paragraphs;

    #[test]
    fn the_label_read_from_the_opening_lines_is_the_one_the_whole_text_gives() {
        let body = "The dockers went back to work on Monday, after a week.\nTalks resume on Friday, the union said.\n";
        let texts = [
            format!("Port strike ends\n{body}"),
            format!("\n\n  Port strike ends  \r\n\r\n{body}"),
            // The standfirst above the headline: the second line is the headline.
            format!("{}\nDockers Return To Work After Week-Long Strike\n{body}", "word ".repeat(24)),
            // No headline in the opening lines: the whole text decides.
            format!("- a bullet first\n{body}"),
            format!(
                "PARIS – The dockers went back to work.\nShort line\nAnother short line\nA third\nAnd more\n{body}"
            ),
            format!("By Anna Smith\nCopyright © 2024 All rights reserved\nPort strike ends\n{body}"),
            "One line without a break".to_string(),
            String::new(),
        ];
        for text in texts {
            let whole = derive_label(&text, &parse_paragraphs(&text));
            assert_eq!(ArticleMeta::file("a.txt").label_for(&text), whole, "{text:?}");
        }
    }

    #[test]
    fn a_blank_label_is_derived_from_the_text_and_a_given_one_is_trimmed() {
        let text = "Port strike ends\nThe dockers went back to work on Monday.";
        assert_eq!(ArticleMeta::file("a.txt").label_for(text), "Port strike ends");
        let given = ArticleMeta { label: "  Gazette ".into(), ..ArticleMeta::file("a.txt") };
        assert_eq!(given.label_for(text), "Gazette");
    }

    #[test]
    fn a_source_goes_by_its_outlet_and_by_its_label_too_when_the_outlet_repeats() {
        let text = "Port strike ends\nThe dockers went back to work on Monday.";
        let p = parse_paragraphs(text);
        let meta = ArticleMeta { outlet: Some("Gazette".into()), ..ArticleMeta::file("a.txt") };
        assert_eq!(meta.display_label(text, &p, false), "Gazette");
        assert_eq!(meta.display_label(text, &p, true), "Gazette · Port strike ends");
        assert_eq!(ArticleMeta::file("a.txt").display_label(text, &p, false), "Port strike ends");
    }

    #[test]
    fn tidied_drops_blank_outlet_and_date() {
        let meta =
            ArticleMeta { outlet: Some("  ".into()), date: Some(" 2024-05-01 ".into()), ..ArticleMeta::file("a") };
        let meta = meta.tidied();
        assert_eq!((meta.outlet, meta.date.as_deref()), (None, Some("2024-05-01")));
    }
}
