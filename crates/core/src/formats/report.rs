//! Readable exports of an analysis: a Markdown report (sources, facts every source reports, what only
//! one source reports, discrepancies with the quoted sentences and their offsets, copied passages) and a
//! CSV grid of facts × sources. Both are plain functions of the analysis, so the app's downloads and
//! `parallax report` / `parallax csv` print the same bytes. CSV quoting is the `csv` crate's.

use crate::article::ArticleMeta;
use crate::model::{AgreementLevel, Analysis};
use crate::verdicts::Verdict;

/// Escapes text for Markdown: every ASCII punctuation character that Markdown could read as syntax,
/// including `<` so an article quoting HTML stays text in any renderer.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+!|~".contains(c) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// "1 fact", "3 facts", "2 discrepancies".
fn plural(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

/// A CSV cell that a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading apostrophe (OWASP's advice for CSV injection).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// "A", "B", … "Z", "AA": a short handle for a source, used in the report and in the app's chips and
/// column heads.
pub fn source_letter(doc: usize) -> String {
    let mut n = doc;
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

/// `> sentence` followed by "— Source (A), bytes 120–245".
fn quoted(analysis: &Analysis, at: [usize; 2], out: &mut String) {
    let Some(s) = analysis.sentence((at[0], at[1])) else { return };
    let label = &analysis.documents[at[0]].label;
    out.push_str(&format!(
        "> {}\n>\n> — {} ({}), sentence {}, bytes {}–{}\n\n",
        md(&s.text),
        md(label),
        source_letter(at[0]),
        at[1] + 1,
        s.start,
        s.end
    ));
}

/// The Markdown report.
pub fn markdown_report(name: &str, analysis: &Analysis, meta: &[ArticleMeta]) -> String {
    let docs = &analysis.documents;
    let shared = analysis.facts_every_source_reports();
    let only: usize =
        docs.iter().flat_map(|d| &d.sentences).filter(|s| s.agreement == AgreementLevel::OnlyHere).count();
    let mut out = format!("# Parallax report: {}\n\n", md(name));
    out.push_str(&format!(
        "{} · {} every source reports · {} only one source reports · {} · {} copied word for word.\n\n",
        plural(docs.len(), "source"),
        plural(shared.len(), "fact"),
        plural(only, "sentence"),
        plural(analysis.discrepancies.len(), "discrepancy"),
        plural(analysis.passages.iter().filter(|p| !p.boilerplate).count(), "passage")
    ));
    out.push_str("Offsets are byte offsets into each article's text (UTF-8), as in the analysis export.\n\n");

    out.push_str(
        "## Sources\n\n| | Label | File | Outlet | Date | Words | Sentences |\n|---|---|---|---|---|---|---|\n",
    );
    for (i, d) in docs.iter().enumerate() {
        let m = meta.get(i).cloned().unwrap_or_default();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            source_letter(i),
            md(&d.label),
            md(&d.file_name),
            md(m.outlet.as_deref().unwrap_or("")),
            md(m.date.as_deref().unwrap_or("")),
            d.reuse.words,
            d.sentences.len()
        ));
    }

    out.push_str(&format!("\n## Facts every source reports ({})\n\n", shared.len()));
    if shared.is_empty() {
        out.push_str("None.\n\n");
    }
    for (n, fact) in shared.iter().enumerate() {
        out.push_str(&format!("### Fact {}\n\n", n + 1));
        for at in &fact.sentences {
            quoted(analysis, *at, &mut out);
        }
        let in_fact = |x: &[usize; 2]| fact.sentences.binary_search(x).is_ok();
        if analysis.alignments.iter().any(|al| al.by_reader && in_fact(&al.a) && in_fact(&al.b)) {
            out.push_str("_Includes a pair confirmed by the reader (see “The reader's verdicts”)._\n\n");
        }
    }

    out.push_str(&format!("## Reported by one source only ({only} sentences)\n\n"));
    for (i, d) in docs.iter().enumerate() {
        let lonely: Vec<usize> =
            (0..d.sentences.len()).filter(|&s| d.sentences[s].agreement == AgreementLevel::OnlyHere).collect();
        if lonely.is_empty() {
            continue;
        }
        out.push_str(&format!("### Only in {} ({})\n\n", md(&d.label), source_letter(i)));
        for s in lonely {
            let sentence = &d.sentences[s];
            out.push_str(&format!(
                "- {} *(sentence {}, bytes {}–{})*\n",
                md(&sentence.text),
                s + 1,
                sentence.start,
                sentence.end
            ));
        }
        out.push('\n');
    }

    out.push_str(&format!("## Discrepancies ({})\n\n", analysis.discrepancies.len()));
    if analysis.discrepancies.is_empty() {
        out.push_str("None found.\n\n");
    }
    for (n, d) in analysis.discrepancies.iter().enumerate() {
        let kind = kind_words(d.kind);
        out.push_str(&format!("### {}. {} — {}\n\n", n + 1, kind.replace('_', " "), md(&d.subject)));
        if let Some(over) = &d.over_time {
            let steps: Vec<String> = over
                .steps
                .iter()
                .map(|s| {
                    let who: Vec<String> = s.docs.iter().map(|x| source_letter(*x)).collect();
                    format!("{} ({}, {})", md(&s.value), s.when, who.join(", "))
                })
                .collect();
            out.push_str(&format!(
                "_Changed over time in {}: {} — earlier versions, not a contradiction._\n\n",
                over.story,
                steps.join(" → ")
            ));
        }
        if let Some(caution) = d.caution() {
            out.push_str(&format!("_{caution}_\n\n"));
        }
        for value in &d.values {
            let who: Vec<String> =
                value.sources.iter().map(|s| format!("{} ({})", md(&docs[*s].label), source_letter(*s))).collect();
            out.push_str(&format!("**“{}”** — {}\n\n", md(&value.value), who.join(", ")));
            for at in &value.sentences {
                quoted(analysis, *at, &mut out);
            }
        }
    }

    let copied: Vec<_> = analysis.passages.iter().filter(|p| !p.boilerplate).collect();
    out.push_str(&format!("## Copied word for word ({} passages)\n\n", copied.len()));
    for p in copied {
        out.push_str(&format!(
            "- {} words in {} ({}, bytes {}–{}) and {} ({}, bytes {}–{}): “{}”\n",
            p.words,
            md(&docs[p.a.doc].label),
            source_letter(p.a.doc),
            p.a.start,
            p.a.end,
            md(&docs[p.b.doc].label),
            source_letter(p.b.doc),
            p.b.start,
            p.b.end,
            md(&p.text)
        ));
    }
    reader_verdicts(analysis, &mut out);
    out.push_str("\n---\nMade with Parallax. The analysis is automatic");
    out.push_str(if analysis.verdicts.is_empty() { "" } else { ", corrected by the reader's verdicts listed above" });
    out.push_str(": check every finding against the articles.\n");
    out
}

/// A difference kind as the export names it ("quote_speaker").
fn kind_words(kind: crate::DiscrepancyKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// "The reader's verdicts": each with its sentences, its note, and whether it still applies.
fn reader_verdicts(analysis: &Analysis, out: &mut String) {
    if analysis.verdicts.is_empty() {
        return;
    }
    out.push_str(&format!("\n## The reader's verdicts ({})\n\n", analysis.verdicts.len()));
    for outcome in &analysis.verdicts {
        let verdict = &outcome.verdict;
        let name = |doc: usize| match analysis.documents.get(doc) {
            Some(d) => format!("{} ({})", md(&d.label), source_letter(doc)),
            None => "a removed article".to_string(),
        };
        let line = match verdict {
            Verdict::SameFact { a, b, .. } => format!(
                "**Same fact, confirmed by the reader**: “{}” — {}; “{}” — {}",
                md(&a.text),
                name(a.doc),
                md(&b.text),
                name(b.doc)
            ),
            Verdict::DifferentFacts { a, b, .. } => format!(
                "**Not the same, by the reader's verdict**: “{}” — {}; “{}” — {}",
                md(&a.text),
                name(a.doc),
                md(&b.text),
                name(b.doc)
            ),
            Verdict::SamePerson { a, b, .. } => {
                format!("**Same person, by the reader's verdict**: “{}” and “{}”", md(a), md(b))
            }
            Verdict::DifferentPeople { name, spelling, .. } => {
                format!("**Different people, by the reader's verdict**: “{}” is not “{}”", md(spelling), md(name))
            }
            Verdict::NotADifference { kind, subject, .. } => format!(
                "**Not a difference, by the reader's verdict**: {} — {}",
                kind_words(*kind).replace('_', " "),
                md(subject)
            ),
            Verdict::SpeakerIs { quote, speaker, .. } => format!(
                "**Speaker, by the reader's verdict**: “{}” — {}: {}",
                md(&quote.text),
                name(quote.doc),
                if speaker.trim().is_empty() { "unattributed".to_string() } else { format!("said by {}", md(speaker)) }
            ),
        };
        out.push_str(&format!("- {line}"));
        if !verdict.note().is_empty() {
            out.push_str(&format!(". Note: {}", md(verdict.note())));
        }
        if let Some(why) = &outcome.no_longer_applies {
            out.push_str(&format!(". **No longer applies**: {}", md(why)));
        }
        out.push('\n');
    }
}

/// The facts × sources grid: one row per fact, one column per source holding that source's sentence(s)
/// for the fact (empty when the source does not report it), then one row per sentence only one source
/// reports (what a fact-checker most needs to verify; `fact` is empty and `sources` is 1). UTF-8 with a
/// byte-order mark, so spreadsheet programs read accents and "€" correctly.
pub fn facts_csv(analysis: &Analysis) -> String {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    let mut header = vec!["fact".to_string(), "sources".to_string()];
    header
        .extend(analysis.documents.iter().enumerate().map(|(i, d)| cell(&format!("{} {}", source_letter(i), d.label))));
    writer.write_record(&header).expect("writing to memory");
    for fact in &analysis.facts {
        let mut row = vec![(fact.id + 1).to_string(), fact.documents.len().to_string()];
        for doc in 0..analysis.documents.len() {
            let texts: Vec<&str> = fact
                .sentences
                .iter()
                .filter(|at| at[0] == doc)
                .filter_map(|at| analysis.sentence((at[0], at[1])).map(|s| s.text.as_str()))
                .collect();
            row.push(cell(&texts.join(" ")));
        }
        writer.write_record(&row).expect("writing to memory");
    }
    for (doc, d) in analysis.documents.iter().enumerate() {
        for sentence in d.sentences.iter().filter(|s| s.agreement == AgreementLevel::OnlyHere) {
            let mut row = vec![String::new(), "1".to_string()];
            row.extend(
                (0..analysis.documents.len()).map(|c| if c == doc { cell(&sentence.text) } else { String::new() }),
            );
            writer.write_record(&row).expect("writing to memory");
        }
    }
    String::from_utf8(writer.into_inner().expect("flushing memory")).expect("csv of strings is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, SourceText};

    fn corpus() -> Analysis {
        analyze(&[
            SourceText::new(
                "a.txt",
                "Leaders meet in Paris\nThirty leaders met in Paris on Tuesday to discuss security guarantees for Ukraine. \
                 The mayor said the <script> tag was a joke.",
            ),
            SourceText::new(
                "b.txt",
                "Summit in Paris\n30 leaders gathered in Paris on Monday for talks on security guarantees for Ukraine. \
                 Farmers protested outside the venue, police said.",
            ),
        ])
    }

    #[test]
    fn the_report_quotes_shared_facts_lonely_sentences_and_discrepancies_with_offsets() {
        let analysis = corpus();
        let report = markdown_report("Paris", &analysis, &[ArticleMeta::default(), ArticleMeta::default()]);
        assert!(report.starts_with("# Parallax report: Paris\n"));
        assert!(report.contains("## Facts every source reports (1)"), "{report}");
        assert!(report.contains("2 sources · 1 fact every source reports"), "{report}");
        // The Tuesday/Monday disagreement, with both sentences quoted.
        assert!(report.contains("**“Tuesday”**") && report.contains("**“Monday”**"), "{report}");
        let b = &analysis.documents[1].sentences[1];
        assert!(report.contains(&format!("bytes {}–{}", b.start, b.end)));
        assert!(report.contains("Farmers protested"), "the lonely sentence of B is listed");
        assert!(report.contains("\\<script\\>"), "HTML in the text is escaped");
        assert!(!report.contains("<script>"));
    }

    #[test]
    fn the_csv_has_a_row_per_fact_and_a_column_per_source() {
        let analysis = corpus();
        let csv = facts_csv(&analysis);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().unwrap().clone();
        assert_eq!(header.len(), 4);
        assert!(header[2].starts_with("A "));
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let lonely = analysis
            .documents
            .iter()
            .flat_map(|d| &d.sentences)
            .filter(|s| s.agreement == AgreementLevel::OnlyHere)
            .count();
        assert_eq!(rows.len(), analysis.facts.len() + lonely);
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark for spreadsheets");
        let farmers = rows.iter().find(|r| r[3].contains("Farmers protested")).expect("B's lonely sentence has a row");
        assert_eq!((&farmers[0], &farmers[1], &farmers[2]), ("", "1", ""));
        let shared = rows.iter().find(|r| &r[1] == "2").expect("the shared fact");
        assert!(shared[2].contains("Tuesday") && shared[3].contains("Monday"));
    }

    #[test]
    fn the_readers_verdicts_are_listed_with_their_notes_and_what_no_longer_applies() {
        use crate::verdicts::{SentenceRef, Verdict};
        let sources = [
            SourceText::new(
                "a.txt",
                "Strike\nDock workers went on strike on Monday over pay.\nThe mayor opened a library.",
            ),
            SourceText::new(
                "b.txt",
                "Walkout\nDockers walked out on Monday over pay.\nA library opened on Main Street.",
            ),
        ];
        let verdicts = vec![
            Verdict::SameFact {
                a: SentenceRef { doc: 0, text: "The mayor opened a library.".into() },
                b: SentenceRef { doc: 1, text: "A library opened on Main Street.".into() },
                note: "same library, council minutes".into(),
            },
            Verdict::DifferentFacts {
                a: SentenceRef { doc: 0, text: "Gone sentence.".into() },
                b: SentenceRef { doc: 1, text: "Walkout".into() },
                note: String::new(),
            },
        ];
        let analysis = crate::analyze_judged(&sources, &verdicts);
        let meta: Vec<ArticleMeta> = sources.iter().map(|s| s.meta.clone()).collect();
        let report = markdown_report("Port", &analysis, &meta);
        assert!(report.contains("## The reader's verdicts (2)"), "{report}");
        assert!(report.contains("- **Same fact, confirmed by the reader**: “The mayor opened a library.” — Strike (A); “A library opened on Main Street.” — Walkout (B). Note: same library, council minutes\n"), "{report}");
        assert!(
            report.contains("**No longer applies**: the sentence “Gone sentence.” is no longer in “Strike”"),
            "{report}"
        );
        assert!(report.contains("_Includes a pair confirmed by the reader"), "{report}");
        assert!(report.contains("corrected by the reader's verdicts listed above"), "{report}");
    }

    #[test]
    fn source_letters_run_past_z() {
        assert_eq!(source_letter(0), "A");
        assert_eq!(source_letter(25), "Z");
        assert_eq!(source_letter(26), "AA");
        assert_eq!(source_letter(27), "AB");
    }

    #[test]
    fn csv_cells_never_start_a_formula_and_counts_read_naturally() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Plain"), "Plain");
        assert_eq!(
            (plural(1, "fact"), plural(2, "discrepancy"), plural(0, "source")),
            ("1 fact".into(), "2 discrepancies".into(), "0 sources".into())
        );
    }
}
