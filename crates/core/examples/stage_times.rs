//! One size of the stage table: analyses `N` real articles (`benches/support/articles.rs`) `RUNS` times
//! and prints, as one tab-separated line, N, each stage's median milliseconds (reading, aligning, copied
//! passages, claims), the whole analysis's median, this process's peak memory in MiB (VmHWM) and how
//! many sentence pairs the alignment reported (matched and related: the output aligning must produce).
//! `scripts/stages` runs it for 50, 100, 200 and 400 articles, each in a fresh process.
//! Usage: cargo run --release -p parallax-core --example stage_times -- N [RUNS]

#[path = "../benches/support/articles.rs"]
mod support;

fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).expect("usage: stage_times N [RUNS]");
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let corpus = support::articles(n);
    let (analysis, whole, stages) = support::median_times(&corpus, runs);
    assert_eq!(analysis.documents.len(), n);
    let pairs = analysis.alignments.len() + analysis.related.len();
    let cells: Vec<String> = stages.iter().map(|ms| format!("{ms:.1}")).collect();
    println!("{n}\t{}\t{whole:.1}\t{:.0}\t{pairs}", cells.join("\t"), peak_mib());
}
