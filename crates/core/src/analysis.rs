//! The whole analysis of a corpus: documents → paragraphs → sentences → alignments → facts, plus
//! diagnostics for anything odd in the input. Messy input is not an error: every call returns an
//! `Analysis`, and what could not be used is said in `diagnostics`.

use crate::align::facts::{agreement_of, group_facts};
use crate::align::pairs::{align, AlignConfig, SentenceTerms, Terms, Vocabulary};
use crate::article::ArticleMeta;
use crate::claims::discrepancies::{find_discrepancies, Discrepancy, SentenceInfo};
use crate::claims::entities::{find_entities, Entity, EntityKind, SentenceText};
use crate::claims::quotes::{find_quotes, Quote};
use crate::claims::speakers::PersonMention;
use crate::model::{Analysis, Diagnostic, DocumentReport, SentenceReport, SCHEMA};
use crate::reuse::families::reuse_of;
use crate::reuse::passages::PassageConfig;
use crate::text::document::Paragraph;
use crate::text::document::{parse_paragraphs, ParagraphKind};
use crate::text::normalize::{fold, Normalizer, TokenKind};
use crate::text::sentence::split_sentences;
use crate::text::stopwords::guess_language;
use crate::time::{explain_by_time, publication_times, timeline};
use crate::verdicts::{
    apply_to_discrepancies, apply_to_entities, apply_to_pairs, apply_to_quotes, Verdict, VerdictOutcome,
};
use unicode_segmentation::UnicodeSegmentation;

/// One article handed to the analysis: its metadata (file name, label, outlet, date) and its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceText {
    /// The file name is shown to the reader and used in diagnostics; a blank label is derived from
    /// the text.
    pub meta: ArticleMeta,
    /// The article text, already decoded.
    pub text: String,
}

impl SourceText {
    /// An article known only by its file name and text.
    pub fn new(file_name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceText { meta: ArticleMeta::file(file_name), text: text.into() }
    }

    pub fn with_meta(meta: ArticleMeta, text: impl Into<String>) -> Self {
        SourceText { meta, text: text.into() }
    }
}

/// Analyses a corpus with the default configuration.
pub fn analyze(sources: &[SourceText]) -> Analysis {
    analyze_with(sources, &AlignConfig::default())
}

/// Analyses a corpus with an explicit aligner configuration.
pub fn analyze_with(sources: &[SourceText], config: &AlignConfig) -> Analysis {
    analyze_configured(sources, &[], config, &PassageConfig::default())
}

/// Analyses a corpus with the reader's verdicts applied (`verdicts.rs`).
pub fn analyze_judged(sources: &[SourceText], verdicts: &[Verdict]) -> Analysis {
    analyze_configured(sources, verdicts, &AlignConfig::default(), &PassageConfig::default())
}

/// Analyses a corpus with the reader's verdicts and explicit aligner and shared-passage configurations.
pub fn analyze_configured(
    sources: &[SourceText],
    verdicts: &[Verdict],
    config: &AlignConfig,
    passage_config: &PassageConfig,
) -> Analysis {
    analyze_parts(sources, verdicts, config, Some(passage_config), true, &mut |_| {})
}

/// A stage of the full analysis, reported as it starts (for a progress indicator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Stage {
    /// Splitting paragraphs and sentences, normalising words.
    Reading,
    /// Matching sentences across sources and grouping facts.
    Aligning,
    /// Finding passages copied word for word.
    Copying,
    /// Names, numbers, dates, quotes and discrepancies.
    Claims,
}

impl Stage {
    /// Rough share of the work done when this stage starts (measured on the bench corpus ×20).
    pub fn fraction(self) -> f64 {
        match self {
            Stage::Reading => 0.0,
            Stage::Aligning => 0.3,
            Stage::Copying => 0.55,
            Stage::Claims => 0.7,
        }
    }

    /// What the stage does, in words for the progress indicator.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Reading => "Reading sentences",
            Stage::Aligning => "Matching sentences across sources",
            Stage::Copying => "Finding copied passages",
            Stage::Claims => "Comparing names, numbers and quotes",
        }
    }
}

/// The full analysis with default settings and the reader's verdicts, calling `progress` as each stage
/// starts.
pub fn analyze_with_progress(
    sources: &[SourceText],
    verdicts: &[Verdict],
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    analyze_parts(sources, verdicts, &AlignConfig::default(), Some(&PassageConfig::default()), true, progress)
}

/// The first stage only: documents, sentences, alignments, facts and agreement — what the comparison
/// view needs to draw — without verbatim passages, entities, quotes or discrepancies (those lists stay
/// empty). Fast enough to run on every keystroke-sized change; the full [`analyze`] adds the rest.
pub fn analyze_alignment(sources: &[SourceText]) -> Analysis {
    analyze_parts(sources, &[], &AlignConfig::default(), None, false, &mut |_| {})
}

fn analyze_parts(
    sources: &[SourceText],
    verdicts: &[Verdict],
    config: &AlignConfig,
    passage_config: Option<&PassageConfig>,
    claims: bool,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    progress(Stage::Reading);
    let mut diagnostics = Vec::new();
    let (mut documents, sentence_terms) = read_documents(sources, &mut diagnostics);

    let usable_documents = documents.iter().filter(|d| !d.sentences.is_empty()).count();
    if sources.is_empty() {
        diagnostics.push(Diagnostic::warning(None, "No documents were given: there is nothing to analyse.".into()));
    } else if usable_documents == 0 {
        diagnostics.push(Diagnostic::warning(None, "No document has text: there is nothing to compare.".into()));
    } else if usable_documents < 2 {
        diagnostics.push(Diagnostic::info(
            None,
            "Only one document has text: alignment needs at least two sources, so every sentence is reported as only here.".into(),
        ));
    }

    progress(Stage::Aligning);
    let mut aligned = align(&sentence_terms, config);
    let mut outcomes = apply_to_pairs(verdicts, &documents, &mut aligned);
    let alignments = aligned.matches;
    let facts = group_facts(&alignments);
    let (passages, families) = match passage_config {
        Some(passage_config) => {
            progress(Stage::Copying);
            let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
            reuse_of(&texts, &mut documents, passage_config)
        }
        None => {
            (Vec::new(), (0..documents.len()).map(|d| crate::model::Family { id: d, documents: vec![d] }).collect())
        }
    };
    agreement_of(&mut documents, &alignments, &facts);
    if claims {
        progress(Stage::Claims);
    }
    let (entities, quotes, mut discrepancies, quantities, dismissed) = if claims {
        read_claims(sources, &documents, &alignments, verdicts, &mut outcomes)
    } else {
        Default::default()
    };

    let when = publication_times(&sources.iter().map(|s| s.meta.date.clone()).collect::<Vec<_>>());
    let outlets: Vec<Option<String>> = sources.iter().map(|s| s.meta.outlet.clone()).collect();
    explain_by_time(&when, &outlets, &families, &mut discrepancies);
    let timeline = timeline(&when, &facts);
    let reader_pairs: std::collections::BTreeSet<[[usize; 2]; 2]> =
        outcomes.iter().filter(|o| o.applies() && o.verdict.same()).filter_map(|o| o.pair).collect();
    Analysis {
        schema: SCHEMA.to_string(),
        documents,
        alignments: alignments
            .iter()
            .map(|al| {
                let mut report = crate::model::AlignmentReport::from(al);
                report.by_reader = reader_pairs.contains(&[report.a, report.b]);
                report
            })
            .collect(),
        related: aligned.related.iter().map(Into::into).collect(),
        facts,
        entities,
        discrepancies,
        quotes,
        quantities,
        passages,
        families,
        diagnostics,
        verdicts: outcomes,
        dismissed,
        timeline,
    }
}

/// Entities, quotes and the discrepancies between sources.
/// What the claims stage gives: entities, quotes, differences, quantities, and the differences the
/// reader dismissed.
type Claims = (Vec<Entity>, Vec<Quote>, Vec<Discrepancy>, Vec<crate::claims::quantities::Quantity>, Vec<Discrepancy>);

fn read_claims(
    sources: &[SourceText],
    documents: &[DocumentReport],
    alignments: &[crate::align::pairs::Alignment],
    verdicts: &[Verdict],
    outcomes: &mut [VerdictOutcome],
) -> Claims {
    // Each sentence's words, segmented once for entities and quantities alike.
    let sentence_texts: Vec<SentenceText> = documents
        .iter()
        .flat_map(|d| {
            d.sentences.iter().enumerate().map(move |(i, s)| SentenceText {
                doc: d.id,
                index: i,
                start: s.start,
                text: &s.text,
                heading: matches!(d.paragraphs[s.paragraph].kind, ParagraphKind::Headline | ParagraphKind::Subheading),
                words: s.text.unicode_word_indices().collect(),
            })
        })
        .collect();
    let text_of = |d: usize| sources[d].text.as_str();
    let mut entities = find_entities(&text_of, &sentence_texts);
    apply_to_entities(verdicts, outcomes, &mut entities);
    // Every title each person carries across the corpus, read once and shared by their mentions in
    // every article (a description in one article may name a title only another article writes).
    let known_titles: Vec<std::rc::Rc<[String]>> = entities
        .iter()
        .map(|e| {
            // Each title once: a person named a thousand times in one huge article has a few titles.
            let titles: std::collections::BTreeSet<String> =
                e.mentions.iter().filter_map(|m| m.title.as_deref()).map(str::to_lowercase).collect();
            titles.into_iter().collect()
        })
        .collect();
    let mut quotes = Vec::new();
    for d in documents {
        let paragraphs: Vec<Paragraph> = d
            .paragraphs
            .iter()
            .map(|p| Paragraph {
                kind: p.kind,
                start: p.start,
                end: p.end,
                text_start: p.text_start,
                dateline: p.dateline,
            })
            .collect();
        let sentence_starts: Vec<usize> = d.sentences.iter().map(|s| s.start).collect();
        // The last sentence starting at or before the offset, by binary search (never a scan per call).
        let sentence_of = |offset: usize| sentence_starts.partition_point(|&s| s <= offset).checked_sub(1);
        let mut people: Vec<PersonMention> = entities
            .iter()
            .zip(&known_titles)
            .filter(|(e, _)| e.kind == EntityKind::Person)
            .flat_map(|(e, known_titles)| {
                e.mentions.iter().filter(|m| m.doc == d.id).map(move |m| PersonMention {
                    start: m.start,
                    end: m.end,
                    name: e.name.clone(),
                    title: m.title.clone(),
                    known_titles: known_titles.clone(),
                })
            })
            .collect();
        people.sort_by_key(|p| p.start);
        quotes.extend(find_quotes(d.id, &sources[d.id].text, &paragraphs, &sentence_of, &sentence_starts, &people));
    }
    let infos: Vec<SentenceInfo> = sentence_texts
        .iter()
        .map(|s| {
            let language = documents[s.doc].language;
            let (counts, weekdays, dates) = crate::claims::quantities::read_words(s.text, s.start, language, &s.words);
            SentenceInfo { at: (s.doc, s.index), text: s.text, counts, weekdays, dates }
        })
        .collect();
    apply_to_quotes(verdicts, outcomes, &mut quotes);
    crate::claims::quotation_groups::number_groups(&mut quotes);
    let mut discrepancies = find_discrepancies(&infos, alignments, &entities, &quotes);
    let dismissed = apply_to_discrepancies(verdicts, outcomes, &mut discrepancies);
    let quantities = infos
        .iter()
        .flat_map(|s| {
            crate::claims::quantities::quantities_of(s.at.0, s.at.1, s.text, &s.counts, &s.weekdays, &s.dates)
        })
        .collect();
    (entities, quotes, discrepancies, quantities, dismissed)
}

/// Every candidate pair with its features, scored by the shipped model when `scored` (else score 0),
/// before the accept decision (for evaluation and training).
pub(crate) fn candidate_scores(
    sources: &[SourceText],
    config: &AlignConfig,
    scored: bool,
) -> Vec<crate::align::pairs::Candidate> {
    let (_, sentence_terms) = read_documents(sources, &mut Vec::new());
    if scored {
        crate::align::pairs::score_candidates(&sentence_terms, config)
    } else {
        crate::align::pairs::candidate_features(&sentence_terms, config)
    }
}

/// Paragraphs, sentences and their matching terms for every document.
fn read_documents(sources: &[SourceText], diagnostics: &mut Vec<Diagnostic>) -> (Vec<DocumentReport>, Terms) {
    let mut documents = Vec::with_capacity(sources.len());
    let mut sentence_terms = Vec::new();
    let mut vocabulary = Vocabulary::default();

    let mut normalizers: Vec<Normalizer> = Vec::new();
    // How many sources have each outlet: a source goes by its outlet, with its label when it repeats.
    let mut outlets: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for outlet in sources.iter().filter_map(|s| s.meta.outlet_name()) {
        *outlets.entry(outlet).or_default() += 1;
    }
    for (doc_id, source) in sources.iter().enumerate() {
        let text = source.text.as_str();
        diagnose_text(doc_id, source, diagnostics);
        let paragraphs = parse_paragraphs(text);
        let language =
            guess_language(text.unicode_words().take(400).map(fold).collect::<Vec<_>>().iter().map(String::as_str));
        // One normalizer per language for the whole corpus, so each word is stemmed once.
        let normalizer = match normalizers.iter().position(|n| n.language() == language) {
            Some(i) => &normalizers[i],
            None => {
                normalizers.push(Normalizer::new(language));
                &normalizers[normalizers.len() - 1]
            }
        };
        let title = paragraphs.iter().find(|p| p.kind == ParagraphKind::Headline).map(|p| p.text(text).to_string());
        let outlet_shared = source.meta.outlet_name().is_some_and(|o| outlets.get(o) > Some(&1));
        let label = source.meta.display_label(text, &paragraphs, outlet_shared);

        let mut sentences = Vec::new();
        for (paragraph_index, paragraph) in paragraphs.iter().enumerate() {
            if !paragraph.kind.is_content() {
                continue;
            }
            let range = crate::text::document::Span { start: paragraph.text_start, end: paragraph.end };
            let heading = matches!(paragraph.kind, ParagraphKind::Headline | ParagraphKind::Subheading);
            for span in split_sentences(text, range) {
                let tokens = normalizer.tokens(text, span.start, span.end);
                let mut sequence = Vec::new();
                let mut capitalised = Vec::new();
                let mut lowercase = Vec::new();
                for (i, token) in tokens.into_iter().enumerate() {
                    if token.kind == TokenKind::Stop {
                        continue;
                    }
                    let id = vocabulary.id(&token.term);
                    if token.kind == TokenKind::Word {
                        if !token.capitalised {
                            lowercase.push(id);
                        } else if i > 0 {
                            capitalised.push(id);
                        }
                    }
                    sequence.push(id);
                }
                sentence_terms.push(SentenceTerms {
                    doc: doc_id,
                    index: sentences.len(),
                    sequence,
                    capitalised,
                    lowercase,
                    heading,
                });
                sentences.push(SentenceReport {
                    text: text[span.start..span.end].to_string(),
                    start: span.start,
                    end: span.end,
                    paragraph: paragraph_index,
                    fact: None,
                    sources: 0,
                    independent_sources: 0,
                    agreement: crate::model::AgreementLevel::OnlyHere,
                });
            }
        }
        if sentences.is_empty() && !text.trim().is_empty() {
            diagnostics.push(Diagnostic::warning(
                Some(doc_id),
                format!("{}: no sentences could be read from this text.", source.meta.file),
            ));
        }
        documents.push(DocumentReport {
            id: doc_id,
            file_name: source.meta.file.clone(),
            label,
            title,
            language,
            paragraphs,
            sentences,
            reuse: Default::default(),
            family: doc_id,
        });
    }

    (documents, Terms { sentences: sentence_terms, vocabulary })
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
