//! How the whole analysis grows with pathological input, for the bound "no stage is quadratic in the
//! length of one article or of one paragraph". Each shape is one article of made-up text (no real news
//! needed) at four sizes, each twice the one before, analysed with a short second article that shares
//! its wording; the table gives the median of `RUNS` analyses at each size, the growth per doubling
//! (2× is linear; 4× would be quadratic), and each stage's median (reading, aligning, copied passages,
//! claims) with its own growth. Shapes:
//!
//! - quotation marks: one paragraph of short quotations in every kind of mark, some never closed;
//! - "according to" chains: one paragraph naming source after source, each "according to" the next;
//! - identical copies: one paragraph repeated, each copy in a paragraph of its own;
//! - one giant line: words with neither a full stop nor a line break;
//! - names and pronouns: short paragraphs naming people, each with a quotation a pronoun attributes
//!   (every pronoun is resolved by looking at the names before it);
//! - "of" chains: one sentence of names joined by "of" before a reporting verb and a quotation;
//! - counts in one line: thousands of spans of time in one sentence (each count's unit is read from
//!   the words around it).
//!
//! Each shape is also analysed "in two articles": the second article is then the same text with a
//! figure and a few letters changed, so every repeated sentence, quotation, name and count of one is
//! a candidate partner of every one of the other (two outlets running the same odd text).
//!
//! Usage: cargo run --release -p parallax-core --example growth -- [RUNS] [SHAPE]   (or `scripts/growth`;
//! SHAPE: only the shapes whose name contains it)

use parallax_core::SourceText;

#[path = "../benches/support/articles.rs"]
mod support;

/// A shape's name and the article of that shape of about the given size.
type Shape = (&'static str, fn(usize) -> String);

/// The four sizes, in bytes of the article.
const SIZES: [usize; 4] = [250_000, 500_000, 1_000_000, 2_000_000];

/// `unit` repeated to at least `bytes`.
fn grow(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

fn quotation_marks(bytes: usize) -> String {
    let unit = "“We will not stop,” said Anna Berg. ‘Never’ and \"not yet\" and « jamais » and „nein“ \
                and “an open one, ";
    format!("Quotations\n{}\n", grow(unit, bytes))
}

fn according_to_chains(bytes: usize) -> String {
    let unit = "according to Karl Vos, who cited the mayor, according to police, according to a union \
                leader quoted by the ministry, ";
    format!("Sources\nThe port was closed, {}.\n", grow(unit, bytes).trim_end_matches(", "))
}

fn identical_copies(bytes: usize) -> String {
    let unit = "About 600 dock workers at Port Ellery went on strike on Monday over night-shift pay, \
                the union said. Ships waited at anchor outside the breakwater.\n\n";
    format!("Copies\n{}", grow(unit, bytes))
}

fn one_giant_line(bytes: usize) -> String {
    let unit = "leaders from dozens of countries met in Paris to discuss security guarantees for Ukraine ";
    grow(unit, bytes)
}

fn names_and_pronouns(bytes: usize) -> String {
    let unit = "Dana Reyes and Lee Park met the strikers on the quay. Reyes thanked Park for the talks. \
                “We move on from here,” he said.\n\n";
    format!("Names\n{}", grow(unit, bytes))
}

fn of_chains(bytes: usize) -> String {
    format!("Chain\nThe head {} said: “We are fine.”\n", grow("Mr Ames of Bank of Aland ", bytes))
}

fn counts_in_one_line(bytes: usize) -> String {
    format!("Counts\n{}\n", grow("the strike lasted 3 weeks and the talks ran for 4 weeks before ", bytes))
}

/// The second article of a shape "in two articles": the text with a figure and a few letters changed.
fn changed_copy(text: &str) -> String {
    text.replace("4 weeks", "5 weeks").replace("600", "700").replacen('a', "e", 3)
}

/// Median milliseconds of the whole analysis and of each stage, over `runs` analyses.
fn timed(sources: &[SourceText], runs: usize) -> (f64, Vec<f64>) {
    let (analysis, whole, stages) = support::median_times(sources, runs);
    assert_eq!(analysis.documents.len(), sources.len());
    (whole, stages)
}

fn growth(now: f64, before: Option<f64>) -> String {
    before.map_or(String::from("-"), |b| format!("{:.2}x", now / b.max(0.01)))
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let only = std::env::args().nth(2).unwrap_or_default();
    let second = SourceText::new(
        "second.txt",
        "Port strike\n“We will not stop,” said Anna Berg, according to Karl Vos. About 600 dock workers at \
         Port Ellery went on strike on Monday over night-shift pay, the union said.",
    );
    let shapes: [Shape; 7] = [
        ("quotation marks", quotation_marks),
        ("\"according to\" chains", according_to_chains),
        ("identical copies", identical_copies),
        ("one giant line", one_giant_line),
        ("names and pronouns", names_and_pronouns),
        ("\"of\" chains", of_chains),
        ("counts in one line", counts_in_one_line),
    ];
    let runs_of = shapes
        .iter()
        .flat_map(|&(name, make)| [(name.to_string(), make, false), (format!("{name}, in two articles"), make, true)]);
    println!("shape\tbytes\tms\tgrowth\treading\taligning\tcopying\tclaims (ms, growth)");
    for (name, make, both) in runs_of.filter(|s| s.0.contains(only.as_str())) {
        let mut previous: Option<(f64, Vec<f64>)> = None;
        for bytes in SIZES {
            let text = make(bytes);
            let other = if both { SourceText::new("second.txt", changed_copy(&text)) } else { second.clone() };
            let sources = [SourceText::new("pathological.txt", text), other];
            let (ms, stages) = timed(&sources, runs);
            let cells: Vec<String> = stages
                .iter()
                .enumerate()
                .map(|(k, &t)| format!("{t:.1} {}", growth(t, previous.as_ref().map(|p| p.1[k]))))
                .collect();
            println!("{name}\t{bytes}\t{ms:.1}\t{}\t{}", growth(ms, previous.as_ref().map(|p| p.0)), cells.join("\t"));
            previous = Some((ms, stages));
        }
    }
}
