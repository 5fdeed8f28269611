//! The whole analysis of a corpus: documents → paragraphs → sentences → alignments → facts, plus
//! diagnostics for anything odd in the input. Messy input is not an error: every call returns an
//! `Analysis`, and what could not be used is said in `diagnostics`.

use crate::align::facts::{agreement_of, group_facts};
use crate::align::pairs::{align, AlignConfig};
use crate::article::ArticleMeta;
use crate::claims::discrepancies::{fact_discrepancies, merged, name_discrepancies, Discrepancy, SentenceInfo};
use crate::claims::entities::{group_mentions, mentions_in, Entity, EntityKind, RawMention, SentenceText};
use crate::claims::quotes::{find_quotes, Quote};
use crate::claims::speakers::PersonMention;
use crate::model::{Analysis, Diagnostic, DocumentReport, SentenceReport, SCHEMA};
use crate::reading::read_documents;
use crate::reuse::families::find_reuse;
use crate::reuse::passages::PassageConfig;
use crate::text::document::Paragraph;
use crate::text::document::ParagraphKind;
use crate::time::{explain_by_time, publication_times, timeline};
use crate::verdicts::{
    apply_to_discrepancies, apply_to_entities, apply_to_pairs, apply_to_quotes, Verdict, VerdictOutcome,
};

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
    crate::parallel::in_pool(|| analyze_parts(sources, verdicts, config, Some(passage_config), true, None))
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
    analyze_parts(sources, verdicts, &AlignConfig::default(), Some(&PassageConfig::default()), true, Some(progress))
}

/// The first stage only: documents, sentences, alignments, facts and agreement — what the comparison
/// view needs to draw — without verbatim passages, entities, quotes or discrepancies (those lists stay
/// empty). Fast enough to run on every keystroke-sized change; the full [`analyze`] adds the rest.
pub fn analyze_alignment(sources: &[SourceText]) -> Analysis {
    analyze_parts(sources, &[], &AlignConfig::default(), None, false, None)
}

/// The analysis. With a `progress` callback the stages run one after the other, each announced as it
/// starts; without one, the alignment, the search for copied passages and the reading of each
/// sentence's names and numbers, which do not depend on each other, run at once (with threads).
fn analyze_parts(
    sources: &[SourceText],
    verdicts: &[Verdict],
    config: &AlignConfig,
    passage_config: Option<&PassageConfig>,
    claims: bool,
    mut progress: Option<&mut dyn FnMut(Stage)>,
) -> Analysis {
    if let Some(progress) = progress.as_mut() {
        progress(Stage::Reading);
    }
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

    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let align_part = || align(&sentence_terms, config);
    let reuse_part = || passage_config.map(|passage_config| find_reuse(&texts, &documents, passage_config));
    let claims_part = || claims.then(|| read_sentences(sources, &documents));
    let (mut aligned, reuse, sentence_claims) = match progress.as_mut() {
        None => {
            let (aligned, (reuse, sentence_claims)) =
                crate::parallel::join(align_part, || (reuse_part(), claims_part()));
            (aligned, reuse, sentence_claims)
        }
        Some(progress) => {
            progress(Stage::Aligning);
            let aligned = align_part();
            if passage_config.is_some() {
                progress(Stage::Copying);
            }
            let reuse = reuse_part();
            if claims {
                progress(Stage::Claims);
            }
            (aligned, reuse, claims_part())
        }
    };
    // The names are grouped across the corpus (one long sequential pass) while the reader's verdicts
    // on pairs, the facts, the copied passages and the agreement are worked out: neither reads what
    // the other makes.
    let (sentence_claims, (mut outcomes, alignments, facts, (passages, families))) = crate::parallel::join(
        || sentence_claims.map(SentenceClaims::grouped),
        || {
            let outcomes = apply_to_pairs(verdicts, &documents, &mut aligned);
            let alignments = std::mem::take(&mut aligned.matches);
            let facts = group_facts(&alignments);
            let reused = match reuse {
                Some(reuse) => reuse.apply(&mut documents),
                None => (
                    Vec::new(),
                    (0..documents.len()).map(|d| crate::model::Family { id: d, documents: vec![d] }).collect(),
                ),
            };
            agreement_of(&mut documents, &alignments, &facts);
            (outcomes, alignments, facts, reused)
        },
    );
    let (entities, quotes, mut discrepancies, quantities, dismissed) = match sentence_claims {
        Some(read) => read_claims(read, sources, &documents, &alignments, verdicts, &mut outcomes),
        None => Default::default(),
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

/// What each sentence says on its own, read before the alignment is known: the names found in the
/// corpus (as found, then grouped: [`SentenceClaims::grouped`]; before the reader's verdicts), each
/// sentence's counts, days and dates, and the quantities they make.
struct SentenceClaims<'a, Names = Vec<Entity>> {
    entities: Names,
    infos: Vec<SentenceInfo<'a>>,
    quantities: Vec<Vec<crate::claims::quantities::Quantity>>,
}

impl<'a> SentenceClaims<'a, Vec<RawMention>> {
    /// The names found, grouped across the corpus.
    fn grouped(self) -> SentenceClaims<'a> {
        let SentenceClaims { entities, infos, quantities } = self;
        SentenceClaims { entities: group_mentions(entities), infos, quantities }
    }
}

fn read_sentences<'a>(sources: &'a [SourceText], documents: &[DocumentReport]) -> SentenceClaims<'a, Vec<RawMention>> {
    // Each sentence on its own (at once, with threads): its words, segmented once and dropped when the
    // sentence is read (24 bytes a word, 40 MB for a 10 MB article, were held for all sentences at
    // once), its names, and its counts, days and dates with the quantities they make.
    let sentences: Vec<(usize, usize, &SentenceReport, bool)> = documents
        .iter()
        .flat_map(|d| {
            d.sentences.iter().enumerate().map(move |(i, s)| {
                let heading =
                    matches!(d.paragraphs[s.paragraph].kind, ParagraphKind::Headline | ParagraphKind::Subheading);
                (d.id, i, s, heading)
            })
        })
        .collect();
    let per_sentence = crate::parallel::map(&sentences, |&(doc, index, sentence, heading)| {
        // The sentence's text, as the article holds it (what `sentence.text` copies).
        let text = &sources[doc].text[sentence.start..sentence.end];
        let s = SentenceText {
            doc,
            index,
            start: sentence.start,
            text,
            heading,
            words: crate::text::words::word_indices(text).collect(),
            language: documents[doc].language,
        };
        let mentions = mentions_in(&sources[doc].text, &s);
        let language = s.language;
        let (counts, weekdays, dates) = crate::claims::quantities::read_words(s.text, s.start, language, &s.words);
        let quantities =
            crate::claims::quantities::quantities_of(s.doc, s.index, s.text, &s.words, &counts, &weekdays, &dates);
        (mentions, SentenceInfo { at: (doc, index), text: s.text, counts, weekdays, dates }, quantities)
    });
    drop(sentences);
    let mut mentions = Vec::with_capacity(per_sentence.len());
    let mut infos = Vec::with_capacity(per_sentence.len());
    let mut quantities = Vec::with_capacity(per_sentence.len());
    for (m, info, q) in per_sentence {
        mentions.push(m);
        infos.push(info);
        quantities.push(q);
    }
    SentenceClaims { entities: crate::parallel::flatten(mentions), infos, quantities }
}

/// The claims of the corpus from what its sentences say: the reader's verdicts on names, the quotes and
/// who said them, and the differences between aligned sentences.
fn read_claims(
    read: SentenceClaims,
    sources: &[SourceText],
    documents: &[DocumentReport],
    alignments: &[crate::align::pairs::Alignment],
    verdicts: &[Verdict],
    outcomes: &mut [VerdictOutcome],
) -> Claims {
    let SentenceClaims { mut entities, infos, quantities } = read;
    apply_to_entities(verdicts, outcomes, &mut entities);
    // Every title each person carries across the corpus, read once and shared by their mentions in
    // every article (a description in one article may name a title only another article writes).
    let known_titles: Vec<std::sync::Arc<[String]>> = entities
        .iter()
        .map(|e| {
            // Each title once: a person named a thousand times in one huge article has a few titles.
            let titles: std::collections::BTreeSet<String> =
                e.mentions.iter().filter_map(|m| m.title.as_deref()).map(str::to_lowercase).collect();
            titles.into_iter().collect()
        })
        .collect();
    // Each document's person mentions, in one pass over the entities.
    let mut people_of: Vec<Vec<PersonMention>> = vec![Vec::new(); documents.len()];
    for (e, known_titles) in entities.iter().zip(&known_titles).filter(|(e, _)| e.kind == EntityKind::Person) {
        for m in &e.mentions {
            people_of[m.doc].push(PersonMention {
                start: m.start,
                end: m.end,
                name: e.name.clone(),
                title: m.title.clone(),
                known_titles: known_titles.clone(),
            });
        }
    }
    for people in &mut people_of {
        crate::sort::sort_by_key(people, |p| p.start);
    }
    // Each document's quotations on their own (at once, with the `threads` feature).
    let documents_and_people: Vec<(&DocumentReport, Vec<PersonMention>)> = documents.iter().zip(people_of).collect();
    let quotes_of = crate::parallel::map(&documents_and_people, |(d, people)| {
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
        find_quotes(d.id, &sources[d.id].text, &paragraphs, &sentence_of, &sentence_starts, people)
    });
    let mut quotes: Vec<Quote> = crate::parallel::flatten(quotes_of);
    apply_to_quotes(verdicts, outcomes, &mut quotes);
    // What aligned sentences state differently is read while the quotations are numbered into their
    // groups and the names and quotations compared.
    let (facts, (quotes, names)) = crate::parallel::join(
        || fact_discrepancies(&infos, alignments),
        || {
            crate::claims::quotation_groups::number_groups(&mut quotes);
            let names = name_discrepancies(&entities, &quotes);
            (quotes, names)
        },
    );
    let mut discrepancies = merged(facts, names);
    let dismissed = apply_to_discrepancies(verdicts, outcomes, &mut discrepancies);
    let quantities = crate::parallel::flatten(quantities);
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
