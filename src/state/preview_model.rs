//! The view model of the articles shown while a corpus is being compared (`views/preview.rs`): each
//! article's label and its opening paragraphs, typed by the core's paragraph rules so a headline looks
//! like one. Only the opening is read: the preview is for the seconds before the comparison arrives,
//! and a 10 MB article must not hold the page to be previewed.

use crate::state::column_model::shown_start;
use crate::state::library::CorpusRecord;
use parallax_core::{parse_paragraphs, ParagraphKind};

/// How much of each article the preview reads (cut back to the last line break before it).
const OPENING_BYTES: usize = 16_000;
/// How many articles are previewed side by side.
const PREVIEWED_ARTICLES: usize = 5;

/// One previewed article.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewArticle {
    pub label: String,
    pub paragraphs: Vec<(ParagraphKind, String)>,
    /// Whether the article goes on past what is previewed.
    pub more: bool,
}

/// The first articles of a corpus, as previewed.
pub fn preview(record: &CorpusRecord) -> Vec<PreviewArticle> {
    record
        .articles
        .iter()
        .take(PREVIEWED_ARTICLES)
        .map(|a| {
            let (opening, more) = opening(&a.text, OPENING_BYTES);
            let paragraphs = parse_paragraphs(opening)
                .iter()
                .filter(|p| p.kind.is_content())
                .map(|p| (p.kind, opening[shown_start(p)..p.end].to_string()))
                .collect();
            PreviewArticle { label: a.meta.label.clone(), paragraphs, more }
        })
        .collect()
}

/// The opening of `text`: whole lines, at most `max` bytes (or the first line's first `max` bytes, cut
/// at a character), and whether anything is left after it.
fn opening(text: &str, max: usize) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind('\n').filter(|&at| at > 0).unwrap_or(cut);
    (&text[..cut], true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::library::{add_articles, NewArticle};

    #[test]
    fn the_opening_is_whole_lines_within_the_bound() {
        assert_eq!(opening("short", 10), ("short", false));
        assert_eq!(opening("one line\ntwo line\nthree", 12), ("one line", true));
        // One long line: cut at a character, never inside one.
        assert_eq!(opening("ééééé", 5), ("éé", true));
    }

    #[test]
    fn articles_are_previewed_by_label_and_typed_paragraphs() {
        let mut record = CorpusRecord::new("c", "Mine", false);
        add_articles(
            &mut record,
            vec![
                NewArticle::plain(
                    "a.txt",
                    "Port strike ends\nThe dockers went back to work on Monday.\n- Pay rises\nBy Anna Smith",
                ),
                NewArticle::plain("b.txt", &format!("Long one\n{}", "A sentence of the body.\n".repeat(2_000))),
            ],
        );
        let p = preview(&record);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].label, "Port strike ends");
        assert_eq!(
            p[0].paragraphs,
            vec![
                (ParagraphKind::Headline, "Port strike ends".to_string()),
                (ParagraphKind::Body, "The dockers went back to work on Monday.".to_string()),
                (ParagraphKind::ListItem, "Pay rises".to_string()),
            ],
            "the byline is boilerplate, left out"
        );
        assert!(!p[0].more);
        assert!(p[1].more && p[1].paragraphs.len() < 2_001);
    }
}
