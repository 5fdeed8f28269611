//! The view model of one article column: its paragraphs as blocks of plain text and sentences, with
//! each sentence's agreement and the stretches of it copied word for word from (or into) other
//! documents. Derived from the analysis in plain Rust so it is tested natively.

use parallax_core::{AgreementLevel, DocumentReport, Paragraph, ParagraphKind, SharedPassage};
use std::ops::Range;

/// A stretch of a sentence: where it is in the document's text, and the other documents that have it
/// word for word (empty when it is not copied). Offsets, not copies of the text: a 10 MB article's
/// blocks were made of 80,000 strings copied out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub range: Range<usize>,
    pub copied_in: Vec<usize>,
}

impl Run {
    /// The stretch's text in the document's text.
    pub fn text<'a>(&self, document: &'a str) -> &'a str {
        &document[self.range.clone()]
    }
}

/// A piece of a paragraph: text outside any sentence (a dateline, spacing; its offsets in the document's
/// text), or a sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(Range<usize>),
    Sentence { index: usize, runs: Vec<Run>, agreement: AgreementLevel, sources: usize, independent: usize },
}

/// One paragraph as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub pieces: Vec<Piece>,
}

impl Block {
    /// How many sentences the paragraph holds.
    pub fn sentences(&self) -> usize {
        self.pieces.iter().filter(|p| matches!(p, Piece::Sentence { .. })).count()
    }
}

/// Byte ranges of document `doc` shared verbatim with another document (boilerplate left out).
fn copied_ranges(doc: usize, passages: &[SharedPassage]) -> Vec<(usize, usize, usize)> {
    passages
        .iter()
        .filter(|p| !p.boilerplate)
        .filter_map(|p| {
            if p.a.doc == doc {
                Some((p.a.start, p.a.end, p.b.doc))
            } else if p.b.doc == doc {
                Some((p.b.start, p.b.end, p.a.doc))
            } else {
                None
            }
        })
        .collect()
}

/// Splits `text[start..end]` at the edges of copied ranges.
fn runs(text: &str, start: usize, end: usize, copied: &[(usize, usize, usize)]) -> Vec<Run> {
    // Most sentences are copied from nowhere: one run, nothing to cut.
    if !copied.iter().any(|&(s, e, _)| s < end && e > start) {
        return vec![Run { range: start..end, copied_in: Vec::new() }];
    }
    let mut cuts: Vec<usize> = vec![start, end];
    for &(s, e, _) in copied {
        for x in [s, e] {
            if x > start && x < end && text.is_char_boundary(x) {
                cuts.push(x);
            }
        }
    }
    parallax_core::sort::sort(&mut cuts);
    cuts.dedup();
    let mut out: Vec<Run> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut copied_in: Vec<usize> = copied.iter().filter(|(s, e, _)| *s <= a && b <= *e).map(|x| x.2).collect();
        parallax_core::sort::sort(&mut copied_in);
        copied_in.dedup();
        match out.last_mut() {
            Some(last) if last.copied_in == copied_in => last.range.end = b,
            _ => out.push(Run { range: a..b, copied_in }),
        }
    }
    out
}

/// Where a paragraph's shown text starts: a list item without its bullet (the list draws its own), any
/// other paragraph whole (a dateline included).
pub fn shown_start(p: &Paragraph) -> usize {
    if p.kind == ParagraphKind::ListItem {
        p.text_start
    } else {
        p.start
    }
}

/// Blocks of a document, in order. A list item's bullet is left out (the list draws its own).
pub fn column_blocks(doc: &DocumentReport, text: &str, passages: &[SharedPassage]) -> Vec<Block> {
    let copied = copied_ranges(doc.id, passages);
    let mut blocks: Vec<Block> = doc.paragraphs.iter().map(|p| Block { kind: p.kind, pieces: Vec::new() }).collect();
    let mut cursor: Vec<usize> = doc.paragraphs.iter().map(shown_start).collect();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let p = sentence.paragraph;
        let Some(block) = blocks.get_mut(p) else {
            continue;
        };
        if sentence.start > cursor[p] {
            block.pieces.push(Piece::Text(cursor[p]..sentence.start));
        }
        block.pieces.push(Piece::Sentence {
            index,
            runs: runs(text, sentence.start, sentence.end, &copied),
            agreement: sentence.agreement,
            sources: sentence.sources,
            independent: sentence.independent_sources,
        });
        cursor[p] = sentence.end;
    }
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        if paragraph.end > cursor[p] {
            blocks[p].pieces.push(Piece::Text(cursor[p]..paragraph.end));
        }
    }
    blocks
}

/// How many of `blocks` hold the first `sentences` sentences (whole paragraphs: at least one, and at
/// least every block up to the one holding the last of them), and how many sentences those blocks hold.
pub fn blocks_for(blocks: &[Block], sentences: usize) -> (usize, usize) {
    let mut count = 0;
    for (i, block) in blocks.iter().enumerate() {
        if count >= sentences && i > 0 {
            return (i, count);
        }
        count += block.sentences();
    }
    (blocks.len(), count)
}

/// A count with thousands separated ("81,234").
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, SourceText};

    fn blocks_of(text: &str) -> Vec<Block> {
        let a = analyze(&[SourceText::new("a.txt", text)]);
        column_blocks(&a.documents[0], text, &a.passages)
    }

    fn rebuilt(block: &Block, text: &str) -> String {
        block
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => text[t.clone()].to_string(),
                Piece::Sentence { runs, .. } => runs.iter().map(|r| r.text(text)).collect::<String>(),
            })
            .collect()
    }

    #[test]
    fn every_character_of_a_paragraph_is_shown_once() {
        let text = "Headline here\nPARIS – First sentence. Second one.\nFooter text at https://example.com\n";
        let blocks = blocks_of(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(rebuilt(&blocks[1], text), "PARIS – First sentence. Second one.");
        assert_eq!(blocks[2].kind, ParagraphKind::Boilerplate);
        assert_eq!(rebuilt(&blocks[2], text), "Footer text at https://example.com");
    }

    #[test]
    fn list_items_lose_their_bullet_but_keep_their_text() {
        let text = "Key points of the day\n- About 30 leaders met.\n- Plans are ready.\n";
        let blocks = blocks_of(text);
        assert_eq!(blocks[1].kind, ParagraphKind::ListItem);
        assert_eq!(rebuilt(&blocks[1], text), "About 30 leaders met.");
    }

    #[test]
    fn hostile_markup_stays_text() {
        let text = "<script>alert(1)</script> said the page.\n";
        let blocks = blocks_of(text);
        assert_eq!(rebuilt(&blocks[0], text), "<script>alert(1)</script> said the page.");
    }

    #[test]
    fn copied_stretches_are_split_out_and_name_the_other_document() {
        let shared = "Firefighters from Kestrelford and Brennham worked through the night to free the carriages";
        let a_text = format!("Headline one\nFirst words. {shared}, officials said.\n");
        let b_text = format!("Headline two\n{shared}.\n");
        let a = analyze(&[SourceText::new("a.txt", a_text.clone()), SourceText::new("b.txt", b_text)]);
        let blocks = column_blocks(&a.documents[0], &a_text, &a.passages);
        let runs: Vec<&Run> = blocks[1]
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Sentence { runs, .. } => Some(runs),
                Piece::Text(_) => None,
            })
            .flatten()
            .collect();
        let copied: Vec<&Run> = runs.iter().copied().filter(|r| !r.copied_in.is_empty()).collect();
        assert_eq!(copied.len(), 1);
        assert_eq!(copied[0].text(&a_text), shared);
        assert_eq!(copied[0].copied_in, vec![1]);
        assert_eq!(rebuilt(&blocks[1], &a_text), format!("First words. {shared}, officials said."));
    }

    #[test]
    fn a_long_article_is_shown_by_whole_paragraphs_up_to_a_count_of_sentences() {
        let text = "One. Two. Three.\nFour.\nFive. Six.\nSeven.\n";
        let blocks = blocks_of(text);
        assert_eq!(blocks.iter().map(Block::sentences).collect::<Vec<_>>(), vec![3, 1, 2, 1]);
        assert_eq!(blocks_for(&blocks, 0), (1, 3), "at least one paragraph");
        assert_eq!(blocks_for(&blocks, 3), (1, 3));
        assert_eq!(blocks_for(&blocks, 4), (2, 4));
        assert_eq!(blocks_for(&blocks, 5), (3, 6), "the paragraph holding the fifth sentence, whole");
        assert_eq!(blocks_for(&blocks, 7), (4, 7));
        assert_eq!(blocks_for(&blocks, 100), (4, 7));
    }

    #[test]
    fn counts_are_written_with_thousands_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2_000), "2,000");
        assert_eq!(thousands(74_024), "74,024");
        assert_eq!(thousands(1_553_360), "1,553,360");
    }

    #[test]
    fn one_word_count_everywhere() {
        // Compare's column head, the Articles dialog and the Overview/report all show this number.
        assert_eq!(parallax_core::word_count("Hello — world, again."), 3);
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/000_2ade032671600634.txt")).unwrap();
        let a = analyze(&[SourceText::new("a.txt", text.as_str()), SourceText::new("b.txt", "Other words here.")]);
        assert_eq!(parallax_core::word_count(&text), a.documents[0].reuse.words);
    }
}
