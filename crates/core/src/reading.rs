//! The reading stage: each document's paragraphs, language, sentences and normalised words, then one
//! vocabulary of term ids for the whole corpus (what alignment compares), plus diagnostics about the
//! raw text. Documents are read independently (in parallel with the `threads` feature, each thread
//! with its own stem caches); term ids are given afterwards in document order, so they are the same
//! however the reading was spread.

use crate::align::pairs::{SentenceTerms, Terms, Vocabulary};
use crate::analysis::SourceText;
use crate::model::{AgreementLevel, Diagnostic, DocumentReport, SentenceReport};
use crate::text::document::{parse_paragraphs, ParagraphKind, Span};
use crate::text::folded::fold_cow;
use crate::text::normalize::{Normalizer, TokenKind, TokenRef};
use crate::text::sentence::split_sentences;
use crate::text::stopwords::guess_language;
use rustc_hash::FxHashMap;

/// One document read: its report, each sentence's terms as ids into the document's own term list (its
/// terms in order of first use), and what was odd about its text. Ids, not tokens: a 10 MB article has
/// 1.7 million words, and keeping each as a token until the corpus vocabulary is built took 120 MB.
struct ReadDocument {
    report: DocumentReport,
    sentences: Vec<SentenceTerms>,
    terms: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

/// Paragraphs, sentences and their matching terms for every document.
pub(crate) fn read_documents(
    sources: &[SourceText],
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<DocumentReport>, Terms) {
    // How many sources have each outlet: a source goes by its outlet, with its label when it repeats.
    let mut outlets: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for outlet in sources.iter().filter_map(|s| s.meta.outlet_name()) {
        *outlets.entry(outlet).or_default() += 1;
    }
    let numbered: Vec<(usize, &SourceText)> = sources.iter().enumerate().collect();
    let read = crate::parallel::map_init(&numbered, Vec::new, |normalizers, &(doc_id, source)| {
        let outlet_shared = source.meta.outlet_name().is_some_and(|o| outlets.get(o) > Some(&1));
        read_document(doc_id, source, outlet_shared, normalizers)
    });

    let mut documents = Vec::with_capacity(sources.len());
    let mut sentence_terms = Vec::new();
    let mut vocabulary = Vocabulary::default();
    for ReadDocument { report, sentences, terms, diagnostics: found } in read {
        diagnostics.extend(found);
        // The document's terms in their order of first use get their corpus ids in that order: the
        // same ids as giving each id on first use across the documents in order.
        let global: Vec<u32> = terms.iter().map(|t| vocabulary.id(t)).collect();
        let remap = |ids: &mut Vec<u32>| ids.iter_mut().for_each(|id| *id = global[*id as usize]);
        for mut s in sentences {
            remap(&mut s.sequence);
            remap(&mut s.capitalised);
            remap(&mut s.lowercase);
            sentence_terms.push(s);
        }
        documents.push(report);
    }
    (documents, Terms { sentences: sentence_terms, vocabulary })
}

/// One document: `normalizers` holds this thread's normalizer per language (each word stemmed once).
fn read_document(
    doc_id: usize,
    source: &SourceText,
    outlet_shared: bool,
    normalizers: &mut Vec<Normalizer>,
) -> ReadDocument {
    let text = source.text.as_str();
    let mut diagnostics = Vec::new();
    diagnose_text(doc_id, source, &mut diagnostics);
    let paragraphs = parse_paragraphs(text);
    let language = guess_language(crate::text::words::words(text).take(400).map(fold_cow));
    let normalizer = match normalizers.iter().position(|n| n.language() == language) {
        Some(i) => &normalizers[i],
        None => {
            normalizers.push(Normalizer::new(language));
            &normalizers[normalizers.len() - 1]
        }
    };
    let title = paragraphs.iter().find(|p| p.kind == ParagraphKind::Headline).map(|p| p.text(text).to_string());
    let label = source.meta.display_label(text, &paragraphs, outlet_shared);

    let mut sentences = Vec::new();
    let mut sentence_terms = Vec::new();
    let mut local: FxHashMap<String, u32> = FxHashMap::default();
    let mut terms: Vec<String> = Vec::new();
    for (paragraph_index, paragraph) in paragraphs.iter().enumerate() {
        if !paragraph.kind.is_content() {
            continue;
        }
        let range = Span { start: paragraph.text_start, end: paragraph.end };
        let heading = matches!(paragraph.kind, ParagraphKind::Headline | ParagraphKind::Subheading);
        for span in split_sentences(text, range) {
            let mut sentence = SentenceTerms {
                doc: doc_id,
                index: sentences.len(),
                sequence: Vec::new(),
                capitalised: Vec::new(),
                lowercase: Vec::new(),
                heading,
            };
            let mut position = 0;
            normalizer.visit_tokens(text, span.start, span.end, |token| {
                add_term(&mut sentence, token, position, &mut local, &mut terms);
                position += 1;
            });
            sentence_terms.push(sentence);
            sentences.push(SentenceReport {
                text: text[span.start..span.end].to_string(),
                start: span.start,
                end: span.end,
                paragraph: paragraph_index,
                fact: None,
                sources: 0,
                independent_sources: 0,
                agreement: AgreementLevel::OnlyHere,
            });
        }
    }
    if sentences.is_empty() && !text.trim().is_empty() {
        diagnostics.push(Diagnostic::warning(
            Some(doc_id),
            format!("{}: no sentences could be read from this text.", source.meta.file),
        ));
    }
    let report = DocumentReport {
        id: doc_id,
        file_name: source.meta.file.clone(),
        label,
        title,
        language,
        paragraphs,
        sentences,
        reuse: Default::default(),
        family: doc_id,
    };
    ReadDocument { report, sentences: sentence_terms, terms, diagnostics }
}

/// Adds the token at `position` (counting every token of the sentence) to `sentence`'s terms as an
/// id into the document's term list (`local` finds a term's id, `terms` lists them in order of first
/// use); function words are left out.
fn add_term(
    sentence: &mut SentenceTerms,
    token: TokenRef<'_>,
    position: usize,
    local: &mut FxHashMap<String, u32>,
    terms: &mut Vec<String>,
) {
    if token.kind == TokenKind::Stop {
        return;
    }
    let id = match local.get(token.term) {
        Some(&id) => id,
        None => {
            let id = terms.len() as u32;
            local.insert(token.term.to_string(), id);
            terms.push(token.term.to_string());
            id
        }
    };
    if token.kind == TokenKind::Word {
        if !token.capitalised {
            sentence.lowercase.push(id);
        } else if position > 0 {
            sentence.capitalised.push(id);
        }
    }
    sentence.sequence.push(id);
}

/// Diagnostics about the raw text: empty, binary-looking, undecodable bytes.
fn diagnose_text(doc_id: usize, source: &SourceText, diagnostics: &mut Vec<Diagnostic>) {
    let text = &source.text;
    let name = &source.meta.file;
    if text.trim().is_empty() {
        diagnostics.push(Diagnostic::warning(Some(doc_id), format!("{name}: the file is empty.")));
        return;
    }
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample.iter().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    let replacement = sample.iter().filter(|&&c| c == '\u{fffd}').count();
    if (control + replacement) * 10 > sample.len() {
        diagnostics.push(Diagnostic::warning(
            Some(doc_id),
            format!("{name}: this looks like binary data, not text; its contents will not compare meaningfully."),
        ));
    } else if replacement > 0 {
        diagnostics.push(Diagnostic::info(
            Some(doc_id),
            format!("{name}: some bytes were not valid text and were replaced by \u{fffd}."),
        ));
    }
}
