//! `parallax`: the native command line of Parallax.
//!
//! `parallax analyze FILES...` prints the analysis JSON (`parallax-analysis/1`, byte-identical to the
//! app's "Export analysis"), a short human summary with `--format text`, the app's Markdown report
//! (`--format markdown`) or its facts × sources CSV (`--format csv`). `parallax manifest` writes a
//! corpus manifest whose labels are derived from the texts, and `parallax corpus` a corpus file the app
//! opens. Inputs may be texts, saved web pages (`page.rs`: the app's extraction rules over html5ever's
//! parse) or Parallax corpus files; `-` reads standard input. Files are read exactly as the app reads
//! them (`parallax_core::import::read_file`: the same size limit, refusals and encoding detection); a
//! file that cannot be used is named on standard error with the app's reason and the exit status is 1,
//! while the others are still analysed. Argument parsing uses `lexopt`; memory comes from `mimalloc`
//! (the analysis makes many small strings and vectors: with the system allocator, allocating and
//! freeing were about 15% of the bench corpus's run), without transparent huge pages (`no_thp`: with
//! them, faulting in 2 MB pages after another process had fragmented memory made the run slower than
//! with the system allocator).

use parallax_core::bundle::{BundleArticle, CorpusBundle};
use parallax_core::corpus::Manifest;
use parallax_core::import::{read_file, ImportProblem, ReadFile};
use parallax_core::report::{facts_csv, markdown_report};
use parallax_core::{AgreementLevel, Analysis, ArticleMeta, SourceText, Verdict};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parallax_cli::page;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
Usage:
  parallax analyze [--format json|text|markdown|csv] [--name NAME] [--out FILE] [--min-words N] FILES...
  parallax manifest --name NAME FILES...
  parallax corpus --name NAME [--out FILE] FILES...
  parallax help | --help | --version

analyze   compares the articles in FILES and prints the analysis: JSON (default, the app's
          \"Analysis (JSON)\" export), a text summary, the Markdown report or the facts × sources CSV
manifest  prints a corpus manifest (file, label derived from the text) for FILES
corpus    prints a corpus file (parallax-corpus/1, the app's \"Export corpus\") holding each article's
          text as Parallax read it, with its label, outlet and date; the app opens it

FILES are texts (.txt, .md) in any common encoding, saved web pages (.html, reduced to their article
text, title, outlet and date as the app does), Parallax corpus files (.json) exported by the app, or
a corpus manifest (.json, like corpus/manifest.json: the files it lists, with its labels);
- reads standard input. A file that cannot be used is named on standard error and the exit status is 1.

--min-words N   shortest passage reported as copied word for word (default 8)";

enum Format {
    Json,
    Text,
    Markdown,
    Csv,
}

fn main() -> ExitCode {
    match run() {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(message) => {
            eprintln!("parallax: {}", printable(&message));
            ExitCode::from(2)
        }
    }
}

/// Text for a terminal: control characters (ESC, NUL…) from file names or article text shown as U+FFFD,
/// so nothing an article holds can drive the terminal.
fn printable(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' && c != '\t' { '\u{fffd}' } else { c }).collect()
}

/// Runs the command; returns how many input files had to be skipped.
fn run() -> Result<usize, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(v)) => v.string().map_err(|e| e.to_string())?,
        Some(Short('h') | Long("help")) | None => {
            println!("{USAGE}");
            return Ok(0);
        }
        Some(Short('V') | Long("version")) => {
            println!("parallax {}", env!("CARGO_PKG_VERSION"));
            return Ok(0);
        }
        Some(other) => return Err(format!("{}\n{USAGE}", other.unexpected())),
    };
    let mut format = Format::Json;
    let mut out: Option<PathBuf> = None;
    let mut name: Option<String> = None;
    let mut passage_config = parallax_core::PassageConfig::default();
    let mut files: Vec<PathBuf> = Vec::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => {
                format = match parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?.as_str()
                {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format {other:?}: use json, text, markdown or csv")),
                }
            }
            Long("min-words") => {
                let value = parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?;
                passage_config.min_words = match value.parse::<usize>() {
                    Ok(n) if n >= 2 => n,
                    Err(e) if *e.kind() == std::num::IntErrorKind::PosOverflow => {
                        return Err(format!(
                            "--min-words {value} is far longer than any article: use at most a few hundred"
                        ))
                    }
                    _ => return Err(format!("--min-words needs a whole number of at least 2, not {value:?}")),
                };
            }
            Long("out") | Short('o') => out = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("name") => {
                name = Some(parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?)
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(0);
            }
            Value(v) => files.push(v.into()),
            other => return Err(format!("{}\n{USAGE}", other.unexpected())),
        }
    }
    if command == "help" {
        println!("{USAGE}");
        return Ok(0);
    }
    if !matches!(command.as_str(), "analyze" | "analyse" | "manifest" | "corpus") {
        return Err(format!("unknown command {command:?}\n{USAGE}"));
    }
    if files.is_empty() {
        return Err(format!("no input files given\n{USAGE}"));
    }
    let Inputs { name: bundle_name, sources: inputs, verdicts, skipped } = read_inputs(&files)?;
    if inputs.is_empty() {
        return Err("none of the input files could be used (see above): nothing to analyse".into());
    }
    // The analysis JSON is written as it is serialised (it runs to six times the input); the other
    // outputs are short enough to build first.
    let mut analysis_out: Option<Analysis> = None;
    let output = match command.as_str() {
        "analyze" | "analyse" => {
            let sources = inputs;
            let analysis = parallax_core::analyze_configured(&sources, &verdicts, &Default::default(), &passage_config);
            let name = name.or(bundle_name).unwrap_or_else(|| "Corpus".to_string());
            match format {
                Format::Json => {
                    analysis_out = Some(analysis);
                    String::new()
                }
                Format::Text => printable(&text_summary(&analysis)),
                Format::Markdown => printable(&markdown_report(
                    &name,
                    &analysis,
                    &sources.iter().map(|s| s.meta.clone()).collect::<Vec<_>>(),
                )),
                Format::Csv => facts_csv(&analysis),
            }
        }
        "manifest" => {
            let name = name.ok_or("manifest needs --name NAME (what the corpus is about)")?;
            let texts: Vec<(String, String)> = inputs.into_iter().map(|s| (s.meta.file, s.text)).collect();
            Manifest::for_texts(&name, &texts).to_json()
        }
        "corpus" => {
            let name = name.or(bundle_name).ok_or("corpus needs --name NAME (what the corpus is about)")?;
            let articles = inputs.into_iter().map(|s| BundleArticle { meta: s.meta, text: s.text }).collect();
            CorpusBundle::new(name, articles).with_verdicts(verdicts).to_json()
        }
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    };
    let write = |w: &mut (dyn Write + Send)| match &analysis_out {
        Some(analysis) => {
            // 1 MB at a time: a few large writes, not one system call per 8 KB (4.4 MB for the bench corpus).
            let mut buffered = std::io::BufWriter::with_capacity(1 << 20, w);
            analysis.write_json(&mut buffered)?;
            buffered.flush()
        }
        None => w.write_all(output.as_bytes()),
    };
    match out {
        Some(path) => std::fs::File::create(&path)
            .and_then(|mut f| write(&mut f))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => write(&mut std::io::stdout()).map_err(|e| format!("cannot write to stdout: {e}"))?,
    }
    Ok(skipped)
}

/// Reads every input as a source, as the app reads files: a corpus file gives its articles (labels,
/// outlets and dates as the app saved them) and its name; a text file is one article; anything the app
/// would refuse is named on standard error with the app's reason and skipped. Returns the corpus name,
/// the articles and how many files were skipped.
/// What the input files gave: a corpus name (from a corpus file), the articles, the reader's verdicts
/// (from corpus files, by article position in the whole input) and how many files were skipped.
struct Inputs {
    name: Option<String>,
    sources: Vec<SourceText>,
    verdicts: Vec<Verdict>,
    skipped: usize,
}

fn read_inputs(paths: &[PathBuf]) -> Result<Inputs, String> {
    let mut name = None;
    let mut verdicts = Vec::new();
    let mut out = Vec::new();
    let mut skipped = 0;
    // Every named file read and decoded first, at once (each on its own; what they say is said below,
    // in order). A file's bytes are kept only when it may be a manifest (`.json`); the others are
    // dropped once decoded, so the inputs are held about once, as text.
    let loaded = parallax_core::parallel::map(paths, |path| {
        (path.as_os_str() != "-").then(|| {
            let shown = file_name(path);
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
            let read = bytes.as_ref().ok().map(|bytes| read_file(&shown, bytes));
            let bytes = bytes.map(|bytes| if shown.ends_with(".json") { bytes } else { Vec::new() });
            (shown, bytes, read)
        })
    });
    for (path, loaded) in paths.iter().zip(loaded) {
        let stdin = loaded.is_none();
        let (shown, bytes, read) = match loaded {
            None => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                ("standard input".to_string(), bytes, None)
            }
            Some((shown, bytes, read)) => (shown, bytes?, read),
        };
        // A corpus manifest (the app's `corpus/manifest.json`): the files it lists, beside it, with the
        // labels, outlets and dates it gives them.
        if !stdin && shown.ends_with(".json") {
            if let Ok(manifest) = parallax_core::corpus::Manifest::parse(&String::from_utf8_lossy(&bytes)) {
                let folder = path.parent().unwrap_or(Path::new("."));
                name.get_or_insert(manifest.name);
                for meta in manifest.documents {
                    let listed = folder.join(&meta.file);
                    let bytes = std::fs::read(&listed).map_err(|e| format!("cannot read {}: {e}", listed.display()))?;
                    match read_file(&meta.file, &bytes) {
                        Ok(ReadFile::Text(decoded)) => out.push(SourceText::with_meta(meta, decoded.text)),
                        _ => {
                            skipped += 1;
                            eprintln!(
                                "parallax: {} (listed in {}) is not a text file: skipped",
                                printable(&meta.file),
                                printable(&shown)
                            );
                        }
                    }
                }
                continue;
            }
        }
        // Standard input is read as text (it has no file name to say otherwise).
        let read = read.unwrap_or_else(|| read_file("stdin.txt", &bytes));
        match read {
            Ok(ReadFile::Text(decoded)) => {
                if decoded.replaced > 0 || decoded.evidence == parallax_core::import::EncodingEvidence::Detected {
                    eprintln!("parallax: note: {} read as {}", printable(&shown), decoded.describe_encoding());
                }
                out.push(SourceText::new(shown, decoded.text));
            }
            Ok(ReadFile::Bundle(bundle)) => {
                name.get_or_insert(bundle.name);
                let (first, count) = (out.len(), bundle.articles.len());
                verdicts.extend(bundle.verdicts.iter().map(|v| v.remapped(|doc| (doc < count).then_some(first + doc))));
                for a in bundle.articles {
                    out.push(SourceText::with_meta(a.meta, a.text));
                }
            }
            Ok(ReadFile::Html(decoded)) => match page::extract_article(&decoded.text) {
                Some(page) => {
                    if decoded.replaced > 0 || decoded.evidence == parallax_core::import::EncodingEvidence::Detected {
                        eprintln!("parallax: note: {} read as {}", printable(&shown), decoded.describe_encoding());
                    }
                    let meta = ArticleMeta {
                        file: shown,
                        label: page.title.unwrap_or_default(),
                        outlet: page.outlet,
                        date: page.date,
                    };
                    out.push(SourceText::with_meta(meta, page.text));
                }
                None => {
                    skipped += 1;
                    eprintln!(
                        "parallax: {}",
                        printable(&ImportProblem::NoText.message(&shown)).replace("nothing was imported", "skipped")
                    );
                }
            },
            Err(problem) => {
                skipped += 1;
                eprintln!(
                    "parallax: {}",
                    printable(&problem.message(&shown)).replace("nothing was imported", "skipped")
                );
            }
        }
    }
    Ok(Inputs { name, sources: out, verdicts, skipped })
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// A short human summary of an analysis.
fn text_summary(analysis: &Analysis) -> String {
    let mut s = String::new();
    let n = analysis.documents.len();
    s.push_str(&format!("{n} documents, {} alignments, {} facts\n\n", analysis.alignments.len(), analysis.facts.len()));
    for doc in &analysis.documents {
        let total = doc.sentences.len();
        let count = |level| doc.sentences.iter().filter(|x| x.agreement == level).count();
        s.push_str(&format!(
            "[{}] {} ({})\n    {} sentences: {} reported by all others, {} by some, {} only here\n",
            doc.id,
            doc.label,
            doc.file_name,
            total,
            count(AgreementLevel::All),
            count(AgreementLevel::Some),
            count(AgreementLevel::OnlyHere),
        ));
    }
    let mut widest: Vec<&parallax_core::Fact> = analysis.facts.iter().collect();
    parallax_core::sort::sort_by_key(&mut widest, |f| std::cmp::Reverse(f.documents.len()));
    if !widest.is_empty() {
        s.push_str("\nMost widely reported facts:\n");
        for fact in widest.iter().take(5) {
            let first = fact.sentences[0];
            if let Some(sentence) = analysis.sentence((first[0], first[1])) {
                s.push_str(&format!("  {} of {n} sources: {}\n", fact.documents.len(), sentence.text));
            }
        }
    }
    if !analysis.discrepancies.is_empty() {
        s.push_str("\nWhere the sources disagree (most substantive first):\n");
        for d in &analysis.discrepancies {
            let values: Vec<String> = d
                .values
                .iter()
                .map(|v| {
                    format!("{} [{}]", v.value, v.sources.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
                })
                .collect();
            s.push_str(&format!("  {:?}: {} — {}\n", d.kind, d.subject, values.join("; ")));
        }
    }
    let people: Vec<&parallax_core::Entity> =
        analysis.entities.iter().filter(|e| e.kind == parallax_core::EntityKind::Person).collect();
    if !people.is_empty() {
        s.push_str("\nPeople:\n");
        for e in people {
            let spellings: Vec<String> = e.variants.iter().map(|v| format!("{} {:?}", v.text, v.sources)).collect();
            let titles: Vec<String> = e.titles.iter().map(|t| format!("{} {:?}", t.title, t.sources)).collect();
            s.push_str(&format!("  {}: {}", e.name, spellings.join(", ")));
            if !titles.is_empty() {
                s.push_str(&format!("; titles: {}", titles.join(", ")));
            }
            s.push('\n');
        }
    }
    if !analysis.quotes.is_empty() {
        s.push_str("\nQuotes:\n");
        for q in &analysis.quotes {
            let speaker = q.speaker.as_deref().unwrap_or("unattributed");
            s.push_str(&format!("  [{}] {speaker}: “{}”\n", q.doc, parallax_core::shorten_words(&q.text, 100)));
        }
    }
    let copied: Vec<&parallax_core::SharedPassage> = analysis.passages.iter().filter(|p| !p.boilerplate).collect();
    s.push_str(&format!(
        "\nVerbatim reuse: {} shared passages ({} more are boilerplate)\n",
        copied.len(),
        analysis.passages.len() - copied.len()
    ));
    for doc in &analysis.documents {
        if doc.reuse.copied_words > 0 {
            let from: Vec<String> =
                doc.reuse.copied_from.iter().map(|f| format!("[{}] {:.0}%", f.doc, f.share * 100.0)).collect();
            s.push_str(&format!(
                "  [{}] {:.0}% of its {} words found verbatim elsewhere ({})\n",
                doc.id,
                doc.reuse.copied_share * 100.0,
                doc.reuse.words,
                from.join(", ")
            ));
        }
    }
    let families: Vec<String> = analysis
        .families
        .iter()
        .filter(|f| f.documents.len() > 1)
        .map(|f| f.documents.iter().map(|d| format!("[{d}]")).collect::<Vec<_>>().join(" + "))
        .collect();
    if families.is_empty() {
        s.push_str("  No two documents share enough text to count as one story: every source is independent.\n");
    } else {
        s.push_str(&format!(
            "  Probably one story (count once): {}; {} independent sources in all\n",
            families.join("; "),
            analysis.families.len()
        ));
    }
    for d in &analysis.diagnostics {
        s.push_str(&format!("note: {}\n", d.message));
    }
    s
}
