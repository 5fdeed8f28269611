//! The analysis result, exactly as exported: `parallax-analysis/1` (documented in
//! docs/analysis-schema.md). Field order here is the JSON's field order; the CLI and the app serialise
//! this one type, so their exports are byte-identical.

use crate::text::document::Paragraph;
use crate::text::stopwords::Language;
use serde::{Deserialize, Serialize};

/// The schema name written into every export.
pub const SCHEMA: &str = "parallax-analysis/1";

/// Everything Parallax knows about a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: String,
    pub documents: Vec<DocumentReport>,
    /// Sentence pairs that report the same information (probability at least one half): the only pairs
    /// that count as confirmation.
    pub alignments: Vec<AlignmentReport>,
    /// Looser pairs, each the best counterpart of one of its sentences in the other article: shown as
    /// related, never counted towards agreement, facts or the report's figures.
    #[serde(default)]
    pub related: Vec<AlignmentReport>,
    pub facts: Vec<Fact>,
    /// People, organisations and places, grouped across sources.
    pub entities: Vec<crate::claims::entities::Entity>,
    /// Where sources disagree, most substantive first.
    pub discrepancies: Vec<crate::claims::discrepancies::Discrepancy>,
    /// Direct quotations and their speakers.
    pub quotes: Vec<crate::claims::quotes::Quote>,
    /// Counts, weekdays, dates and relative days, per sentence.
    pub quantities: Vec<crate::claims::quantities::Quantity>,
    /// Passages two documents share word for word.
    pub passages: Vec<crate::reuse::passages::SharedPassage>,
    /// Groups of documents that share so much verbatim text they are probably one story.
    pub families: Vec<Family>,
    pub diagnostics: Vec<Diagnostic>,
    /// The reader's verdicts and how each fared (applied, or why it no longer applies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verdicts: Vec<crate::verdicts::VerdictOutcome>,
    /// Differences the reader said are none: kept apart from `discrepancies`, never counted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<crate::claims::discrepancies::Discrepancy>,
    /// The dated articles in time order, with the facts each reported first (empty when fewer than two
    /// articles have a date the analysis can read).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<crate::time::TimelineEntry>,
}

/// The first fields of an [`Analysis`], in its order (see [`Analysis::write_json`]).
#[cfg(any(feature = "threads", test))]
#[derive(Serialize)]
struct AnalysisHead<'a> {
    schema: &'a str,
    documents: &'a [DocumentReport],
    alignments: &'a [AlignmentReport],
}

/// The remaining fields of an [`Analysis`], in its order and with its rules for leaving one out.
#[cfg(any(feature = "threads", test))]
#[derive(Serialize)]
struct AnalysisTail<'a> {
    related: &'a [AlignmentReport],
    facts: &'a [Fact],
    entities: &'a [crate::claims::entities::Entity],
    discrepancies: &'a [crate::claims::discrepancies::Discrepancy],
    quotes: &'a [crate::claims::quotes::Quote],
    quantities: &'a [crate::claims::quantities::Quantity],
    passages: &'a [crate::reuse::passages::SharedPassage],
    families: &'a [Family],
    diagnostics: &'a [Diagnostic],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    verdicts: &'a [crate::verdicts::VerdictOutcome],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    dismissed: &'a [crate::claims::discrepancies::Discrepancy],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    timeline: &'a [crate::time::TimelineEntry],
}

/// Documents that share long verbatim passages: probably one (wire) story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Family {
    pub id: usize,
    pub documents: Vec<usize>,
}

/// How much of a document is found word for word in other documents (boilerplate not counted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DocumentReuse {
    /// Words in the document.
    pub words: usize,
    /// Words found verbatim in at least one other document.
    pub copied_words: usize,
    /// `copied_words / words`, 0..1.
    pub copied_share: f64,
    /// Per other document: words of this one found verbatim there.
    pub copied_from: Vec<ReuseFrom>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReuseFrom {
    pub doc: usize,
    pub words: usize,
    pub share: f64,
}

impl Analysis {
    /// The export: pretty-printed JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut bytes = Vec::new();
        self.write_json(&mut bytes).expect("the analysis model always serialises");
        String::from_utf8(bytes).expect("serde_json writes UTF-8")
    }

    /// [`Analysis::to_json`] written straight to `out`, without the whole text in memory (for a 10 MB
    /// article the export is about 60 MB). With threads, the second half (from `related` on) is
    /// serialised into memory on another thread while the first is written, then written after it:
    /// the same text, in about half the time (4.4 MB for the 205 bench articles; the documents, the
    /// largest part for one huge article, stay in the first half and are never held).
    pub fn write_json(&self, mut out: impl std::io::Write + Send) -> std::io::Result<()> {
        #[cfg(feature = "threads")]
        {
            use crate::formats::pretty_json::{to_writer_part, Part};
            let (head, tail) = self.halves();
            let (written, tail) = crate::parallel::join(
                || to_writer_part(&mut out, &head, Part::Head),
                || {
                    let mut bytes = Vec::new();
                    to_writer_part(&mut bytes, &tail, Part::Tail).map(|()| bytes)
                },
            );
            written?;
            out.write_all(&tail?)?;
        }
        #[cfg(not(feature = "threads"))]
        crate::formats::pretty_json::to_writer(&mut out, self)?;
        out.write_all(b"\n")
    }

    /// The fields in two halves, in order, borrowed; every field is named, so that a new one cannot be
    /// left out of the export.
    #[cfg(any(feature = "threads", test))]
    fn halves(&self) -> (AnalysisHead<'_>, AnalysisTail<'_>) {
        let Analysis {
            schema,
            documents,
            alignments,
            related,
            facts,
            entities,
            discrepancies,
            quotes,
            quantities,
            passages,
            families,
            diagnostics,
            verdicts,
            dismissed,
            timeline,
        } = self;
        (
            AnalysisHead { schema, documents, alignments },
            AnalysisTail {
                related,
                facts,
                entities,
                discrepancies,
                quotes,
                quantities,
                passages,
                families,
                diagnostics,
                verdicts,
                dismissed,
                timeline,
            },
        )
    }

    /// The sentence `(doc, index)`.
    pub fn sentence(&self, at: (usize, usize)) -> Option<&SentenceReport> {
        self.documents.get(at.0)?.sentences.get(at.1)
    }

    /// The facts "every other source reports": those holding a sentence whose agreement is
    /// [`AgreementLevel::All`], the one definition behind the solid margin bars, the keys that jump to
    /// shared facts, the Overview and the report. (A fact that reaches every source only through a chain
    /// of links, with no sentence linked to all of them, is not one: no reader could see it confirmed.)
    pub fn facts_every_source_reports(&self) -> Vec<&Fact> {
        self.facts
            .iter()
            .filter(|f| {
                f.sentences
                    .iter()
                    .any(|&[d, i]| self.sentence((d, i)).is_some_and(|s| s.agreement == AgreementLevel::All))
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    pub id: usize,
    pub file_name: String,
    pub label: String,
    pub title: Option<String>,
    pub language: Language,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<SentenceReport>,
    /// Verbatim reuse of this document's words.
    pub reuse: DocumentReuse,
    /// Index into `families`.
    pub family: usize,
}

/// How widely a sentence's information is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementLevel {
    /// Every other source carries it.
    All,
    /// Some other sources carry it.
    Some,
    /// No other source carries it.
    OnlyHere,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Index into `facts`, when the sentence belongs to one.
    pub fact: Option<usize>,
    /// How many *other* sources carry the same information.
    pub sources: usize,
    /// How many of those are independent: other families than this document's (copies of one wire story
    /// count once).
    pub independent_sources: usize,
    pub agreement: AgreementLevel,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignmentReport {
    pub a: [usize; 2],
    pub b: [usize; 2],
    pub score: f64,
    /// The reader said these report the same information (a verdict), whatever the matcher scored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_reader: bool,
}

impl From<&crate::align::pairs::Alignment> for AlignmentReport {
    fn from(al: &crate::align::pairs::Alignment) -> Self {
        AlignmentReport { a: [al.a.0, al.a.1], b: [al.b.0, al.b.1], score: al.score, by_reader: false }
    }
}

/// A group of aligned sentences reporting one piece of information.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: usize,
    /// `[doc, sentence]` pairs, sorted.
    pub sentences: Vec<[usize; 2]>,
    /// The distinct documents carrying the fact, sorted.
    pub documents: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
}

/// Something about the input a reader should know (an empty file, binary data, a single source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub document: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(document: Option<usize>, message: String) -> Self {
        Diagnostic { severity: Severity::Warning, document, message }
    }
    pub fn info(document: Option<usize>, message: String) -> Self {
        Diagnostic { severity: Severity::Info, document, message }
    }
}

#[cfg(test)]
mod tests {
    use crate::verdicts::{SentenceRef, Verdict};
    use crate::{analyze_judged, ArticleMeta, SourceText};

    /// The export written in two halves is serde_json's pretty text of the whole analysis, with every
    /// field present (the reader's verdicts, a dismissed difference and the timeline, which are left out
    /// when empty) and with them left out.
    #[test]
    fn the_export_in_halves_is_the_whole() {
        let dated = |file: &str, date: &str, text: &str| {
            let mut meta = ArticleMeta::file(file);
            meta.date = Some(date.into());
            SourceText::with_meta(meta, text)
        };
        let lead_a = "Port director Anna Berg said 600 dock workers went on strike on Monday.";
        let lead_b = "Director Anna Berg said 600 dock workers went on strike on Tuesday.";
        let sources = [
            dated("a.txt", "2026-03-02 09:00", &format!("Port strike\n{lead_a}\nShips waited at the gate.")),
            dated("b.txt", "2026-03-03 10:00", &format!("Dockers walk out\n{lead_b}\nThe union said it was ready.")),
        ];
        let verdicts = [
            Verdict::SameFact {
                a: SentenceRef { doc: 0, text: lead_a.into() },
                b: SentenceRef { doc: 1, text: lead_b.into() },
                note: "checked".into(),
            },
            Verdict::NotADifference {
                kind: crate::claims::discrepancies::DiscrepancyKind::Weekday,
                subject: format!("The day of: {lead_b}"),
                note: String::new(),
            },
        ];
        for verdicts in [&verdicts[..], &[]] {
            let analysis = analyze_judged(&sources, verdicts);
            let skipped = [analysis.verdicts.is_empty(), analysis.dismissed.is_empty(), analysis.timeline.is_empty()];
            assert_eq!(skipped, [verdicts.is_empty(), verdicts.is_empty(), false]);
            let (head, tail) = analysis.halves();
            let mut halves = Vec::new();
            crate::formats::pretty_json::to_writer_part(&mut halves, &head, crate::formats::pretty_json::Part::Head)
                .unwrap();
            crate::formats::pretty_json::to_writer_part(&mut halves, &tail, crate::formats::pretty_json::Part::Tail)
                .unwrap();
            let whole = serde_json::to_string_pretty(&analysis).unwrap();
            assert_eq!(String::from_utf8(halves).unwrap(), whole);
            assert_eq!(analysis.to_json(), whole + "\n");
        }
    }
}
