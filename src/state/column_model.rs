//! The view model of one article column: its paragraphs as blocks of plain text and sentences, with
//! each sentence's agreement. Derived from the analysis in plain Rust so it is tested natively.

use parallax_core::{AgreementLevel, DocumentReport, ParagraphKind};

/// A piece of a paragraph: text outside any sentence (a dateline, spacing), or a sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Sentence { index: usize, text: String, agreement: AgreementLevel, sources: usize },
}

/// One paragraph as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: ParagraphKind,
    pub pieces: Vec<Piece>,
}

/// Blocks of a document, in order. A list item's bullet is left out (the list draws its own).
pub fn column_blocks(doc: &DocumentReport, text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = doc.paragraphs.iter().map(|p| Block { kind: p.kind, pieces: Vec::new() }).collect();
    let mut cursor: Vec<usize> =
        doc.paragraphs.iter().map(|p| if p.kind == ParagraphKind::ListItem { p.text_start } else { p.start }).collect();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let p = sentence.paragraph;
        let Some(block) = blocks.get_mut(p) else {
            continue;
        };
        if sentence.start > cursor[p] {
            block.pieces.push(Piece::Text(text[cursor[p]..sentence.start].to_string()));
        }
        block.pieces.push(Piece::Sentence {
            index,
            text: sentence.text.clone(),
            agreement: sentence.agreement,
            sources: sentence.sources,
        });
        cursor[p] = sentence.end;
    }
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        if paragraph.end > cursor[p] {
            blocks[p].pieces.push(Piece::Text(text[cursor[p]..paragraph.end].to_string()));
        }
    }
    blocks
}

/// Words in a document's text (for the column head).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, SourceText};

    fn blocks_of(text: &str) -> Vec<Block> {
        let a = analyze(&[SourceText::new("a.txt", text)]);
        column_blocks(&a.documents[0], text)
    }

    fn rebuilt(block: &Block) -> String {
        block
            .pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.as_str(),
                Piece::Sentence { text, .. } => text.as_str(),
            })
            .collect()
    }

    #[test]
    fn every_character_of_a_paragraph_is_shown_once() {
        let text = "Headline here\nPARIS – First sentence. Second one.\nFooter text at https://example.com\n";
        let blocks = blocks_of(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(rebuilt(&blocks[1]), "PARIS – First sentence. Second one.");
        assert_eq!(blocks[2].kind, ParagraphKind::Boilerplate);
        assert_eq!(rebuilt(&blocks[2]), "Footer text at https://example.com");
    }

    #[test]
    fn list_items_lose_their_bullet_but_keep_their_text() {
        let blocks = blocks_of("Key points of the day\n- About 30 leaders met.\n- Plans are ready.\n");
        assert_eq!(blocks[1].kind, ParagraphKind::ListItem);
        assert_eq!(rebuilt(&blocks[1]), "About 30 leaders met.");
    }

    #[test]
    fn hostile_markup_stays_text() {
        let blocks = blocks_of("<script>alert(1)</script> said the page.\n");
        assert_eq!(rebuilt(&blocks[0]), "<script>alert(1)</script> said the page.");
    }

    #[test]
    fn words_are_counted_without_punctuation_tokens() {
        assert_eq!(word_count("Hello — world, again."), 3);
    }
}
