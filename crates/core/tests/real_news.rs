//! Accuracy on real news: the analysis of each hand-labelled event of `../shared/bench-corpus` scored
//! against its labels (docs/labelling.md), per event and per panel: same-information pairs (agreement),
//! People, Quotes (found, and their speakers) and Differences. Prints the table; skips with a message when
//! the bench corpus is absent. Run: `cargo test -p parallax-core --test real_news -- --nocapture`.
//!
//! Scoring, in short: a predicted item is matched to a label by overlapping spans (the splitter may cut a
//! sentence differently from the labeller). Pairs: an alignment is right when both its sentences overlap
//! the two sides of one labelled pair. People: a Person row is right when most of its mentions are labelled
//! mentions of people; a labelled person is found when a row holds one of their mentions; "split" counts
//! people spread over more than one row. Quotes: a labelled quotation is found when a predicted quote
//! overlaps it; a speaker is right when its last word is the last word of one of the labelled person's
//! written forms (for a body, `org:…`, the label's last word, also in the singular and before "unit",
//! "team" or "group"); a description ("the president", "a spokeswoman", "Lebanon's prime minister")
//! counts as unattributed. Differences: a predicted difference is right when its values' sentences hold value
//! mentions of two different answers to one labelled difference.

#[path = "real_news/labels.rs"]
mod labels;
#[path = "real_news/train.rs"]
mod train;

use labels::{prf, Event, Span};
use parallax_core::{analyze, Analysis, EntityKind, SourceText};
use std::collections::{BTreeMap, BTreeSet};

fn analyse(event: &Event) -> Analysis {
    let sources: Vec<SourceText> =
        event.files.iter().zip(&event.texts).map(|(f, t)| SourceText::new(f.clone(), t.clone())).collect();
    analyze(&sources)
}

fn sentence_span(a: &Analysis, at: [usize; 2]) -> (usize, usize) {
    let s = &a.documents[at[0]].sentences[at[1]];
    (s.start, s.end)
}

/// (predicted pairs that are labelled, predicted, labelled pairs that were predicted, labelled)
pub fn score_pairs(event: &Event, a: &Analysis, pred: &[([usize; 2], [usize; 2])]) -> (usize, usize, usize, usize) {
    let hit = |p: &([usize; 2], [usize; 2]), g: &(Span, Span)| {
        let (x, y) = (sentence_span(a, p.0), sentence_span(a, p.1));
        labels::same_pair(g, (p.0[0], x.0, x.1), (p.1[0], y.0, y.1))
    };
    let tp_pred = pred.iter().filter(|p| event.pairs.iter().any(|g| hit(p, g))).count();
    let tp_gold = event.pairs.iter().filter(|g| pred.iter().any(|p| hit(p, g))).count();
    (tp_pred, pred.len(), tp_gold, event.pairs.len())
}

/// (sentence, other article) links: what the margin bars and "reported by k of n" count. Returns
/// (predicted links that are labelled, predicted links, labelled links).
fn links(event: &Event, a: &Analysis) -> (usize, usize, usize) {
    let gold = labels::gold_links(event, &a.documents);
    let predicted: BTreeSet<((usize, usize), usize)> =
        a.alignments.iter().flat_map(|al| [((al.a[0], al.a[1]), al.b[0]), ((al.b[0], al.b[1]), al.a[0])]).collect();
    (predicted.iter().filter(|l| gold.contains(l)).count(), predicted.len(), gold.len())
}

fn people(event: &Event, a: &Analysis) -> (usize, usize, usize, usize, usize) {
    let owner = |doc: usize, s: usize, e: usize| -> Option<&String> {
        event.people.iter().find(|(_, spans)| spans.iter().any(|sp| sp.overlaps(doc, s, e))).map(|(id, _)| id)
    };
    let rows: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    let mut right = 0;
    let mut rows_of: BTreeMap<&String, usize> = BTreeMap::new();
    for row in &rows {
        let owners: Vec<Option<&String>> = row.mentions.iter().map(|m| owner(m.doc, m.start, m.end)).collect();
        let labelled = owners.iter().filter(|o| o.is_some()).count();
        if labelled * 2 > owners.len() {
            right += 1;
        } else if std::env::var_os("PARALLAX_EVAL_DETAIL").is_some() {
            println!("  not a person: {} {:?}", row.name, row.variants.iter().map(|v| &v.text).collect::<Vec<_>>());
        }
        let ids: BTreeSet<&String> = owners.into_iter().flatten().collect();
        for id in ids {
            *rows_of.entry(id).or_default() += 1;
        }
    }
    if std::env::var_os("PARALLAX_EVAL_DETAIL").is_some() {
        for (id, spans) in &event.people {
            if !rows_of.contains_key(id) {
                let forms: BTreeSet<&str> = spans.iter().map(|s| &event.texts[s.doc][s.start..s.end]).collect();
                println!("  person missed: {id} {forms:?}");
            }
        }
    }
    let found = rows_of.len();
    let split = rows_of.values().filter(|n| **n > 1).count();
    (right, rows.len(), found, event.people.len(), split)
}

fn last_word(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric() && c != '-').rfind(|w| !w.is_empty()).unwrap_or("").to_lowercase()
}

/// (found, gold, speaker right, speaker given, gold with a speaker, wrong speaker)
fn quotes(event: &Event, a: &Analysis) -> (usize, usize, usize, usize, usize, usize) {
    let forms = |id: &str| -> BTreeSet<String> {
        if let Some(org) = id.strip_prefix("org:") {
            return org.split('-').map(str::to_string).collect();
        }
        event
            .people
            .get(id)
            .map(|spans| spans.iter().map(|s| last_word(&event.texts[s.doc][s.start..s.end])).collect())
            .unwrap_or_else(|| std::iter::once(id.rsplit('-').next().unwrap_or(id).to_string()).collect())
    };
    let (mut found, mut right, mut given, mut wrong) = (0, 0, 0, 0);
    let with_speaker = event.quotes.iter().filter(|(_, s)| s != "-").count();
    for (span, speaker) in &event.quotes {
        let detail = std::env::var_os("PARALLAX_EVAL_DETAIL").is_some();
        let text = &event.texts[span.doc][span.start..span.end];
        let Some(q) = a.quotes.iter().find(|q| span.overlaps(q.doc, q.start, q.end)) else {
            if detail {
                println!("  quote missed  {}: {:.60}", event.files[span.doc], text);
            }
            continue;
        };
        found += 1;
        // A description ("the president", "a spokeswoman", "Lebanon's prime minister": a determiner first
        // or a person's role last, in lower case) names no one: scored as unattributed.
        let description = q.speaker.as_deref().is_some_and(|s| {
            let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
            let last = s.split_whitespace().last().unwrap_or("");
            // A role of one person written in lower case ends a description; a body's name may end in a
            // lower-case word ("Thai Navy Seal unit", "Thai authorities" name who spoke).
            let role = ["minister", "president", "leader", "official", "spokesman", "spokeswoman", "spokesperson"];
            // (French and Spanish articles open a description as English ones do: "le porte-parole",
            // "une source proche du dossier".)
            let article = matches!(
                first.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "one"
                    | "another"
                    | "le"
                    | "la"
                    | "les"
                    | "un"
                    | "une"
                    | "el"
                    | "los"
                    | "las"
                    | "una"
            ) || first.starts_with("l'")
                || first.starts_with("l\u{2019}");
            article || role.contains(&last)
        });
        let said = if description { None } else { q.speaker.as_ref() };
        // A body is named by the last word of its label, also before a generic head noun and in the
        // singular ("SEALs", "Thai Navy Seal unit" for org:thai-navy-seals).
        let names_body = |said: &str, id: &str| {
            let Some(key) = id.strip_prefix("org:").and_then(|o| o.rsplit('-').next()) else { return false };
            let lowered = said.to_lowercase();
            let ws: Vec<&str> = lowered.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let head = match ws.as_slice() {
                [.., w, "unit" | "team" | "group"] => w,
                [.., w] => w,
                [] => return false,
            };
            key == *head || key.strip_suffix('s') == Some(*head)
        };
        let ok = match said {
            Some(said) => speaker != "-" && (forms(speaker).contains(&last_word(said)) || names_body(said, speaker)),
            None => speaker == "-",
        };
        if said.is_some() {
            given += 1;
            if ok {
                right += 1;
            } else {
                wrong += 1;
            }
        }
        if detail && !ok {
            println!(
                "  speaker {:?} {} (label {speaker}) {}: {:.60}",
                q.speaker, q.attribution, event.files[span.doc], text
            );
        }
    }
    (found, event.quotes.len(), right, given, with_speaker, wrong)
}

fn differences(event: &Event, a: &Analysis) -> (usize, usize, usize, usize) {
    let mut by_diff: BTreeMap<&str, Vec<&labels::ValueMention>> = BTreeMap::new();
    for m in &event.differences {
        by_diff.entry(&m.diff).or_default().push(m);
    }
    let mut found: BTreeSet<&str> = BTreeSet::new();
    let mut right = 0;
    for d in &a.discrepancies {
        let mut hit = false;
        for (id, mentions) in &by_diff {
            let groups: BTreeSet<&str> = d
                .values
                .iter()
                .flat_map(|v| v.sentences.iter())
                .flat_map(|at| {
                    let (s, e) = sentence_span(a, *at);
                    mentions.iter().filter(move |m| m.span.overlaps(at[0], s, e)).map(|m| m.group.as_str())
                })
                .collect();
            if groups.len() >= 2 {
                hit = true;
                found.insert(id);
            }
        }
        right += usize::from(hit);
        if std::env::var_os("PARALLAX_EVAL_DETAIL").is_some() {
            let values: Vec<String> = d.values.iter().map(|v| format!("{} ({})", v.value, v.sources.len())).collect();
            println!(
                "  difference {} {:?} {}: {}",
                if hit { "RIGHT" } else { "wrong" },
                d.kind,
                d.subject,
                values.join(" / ")
            );
        }
    }
    (right, a.discrepancies.len(), found.len(), by_diff.len())
}

#[test]
fn real_news_accuracy_per_event() {
    let Some(bench) = labels::bench_dir() else {
        eprintln!("skipped: ../shared/bench-corpus is not beside the repository (set PARALLAX_BENCH to its path)");
        return;
    };
    let events = labels::load_all(&bench);
    assert!(!events.is_empty(), "crates/core/tests/labels holds labelled events");
    println!("\nAccuracy on hand-labelled real news (P precision, R recall):");
    println!(
        "{:34} {:>17} {:>10} {:>21} {:>27} {:>13}",
        "event", "pairs P/R/F1", "links P/R", "people P/R split", "quotes found·spk P/R·wrong", "diffs P/R"
    );
    let mut totals = [0usize; 14];
    let mut link_totals = [0usize; 3];
    for event in &events {
        assert_eq!(
            event.stale, 0,
            "{}: {} labels no longer match the text (run scripts/labels.py check)",
            event.name, event.stale
        );
        let a = analyse(event);
        // An event labelled without its sentence pairs scores no pairs and no links (a dash).
        let paired = !event.pairs.is_empty();
        let pred: Vec<_> = if paired { a.alignments.iter().map(|al| (al.a, al.b)).collect() } else { Vec::new() };
        let (tp_pred, np, tp_gold, ng) = score_pairs(event, &a, &pred);
        let (pp, pr, pf) = prf(tp_pred, np, tp_gold, ng);
        let (l_right, l_pred, l_gold) = if paired { links(event, &a) } else { (0, 0, 0) };
        for (t, v) in link_totals.iter_mut().zip([l_right, l_pred, l_gold]) {
            *t += v;
        }
        let (lp, lr, _) = prf(l_right, l_pred, l_right, l_gold);
        let (ppl_right, ppl_rows, ppl_found, ppl_gold, split) = people(event, &a);
        let (q_found, q_gold, q_right, q_given, q_with, q_wrong) = quotes(event, &a);
        let (d_right, d_pred, d_found, d_gold) = differences(event, &a);
        let (pp2, pr2, _) = prf(ppl_right, ppl_rows, ppl_found, ppl_gold);
        let (qp, qr, _) = prf(q_right, q_given, q_right, q_with);
        let (dp, dr, _) = prf(d_right, d_pred, d_found, d_gold);
        let (pairs_cell, links_cell) = if paired {
            (format!("{pp:>5.2} {pr:>4.2} {pf:>4.2}"), format!("{lp:>5.2} {lr:>4.2}"))
        } else {
            (format!("{:>15}", "—"), format!("{:>10}", "—"))
        };
        println!(
            "{:34} {pairs_cell} {links_cell}  {:>5.2} {:>4.2} {:>2}/{:<3}  {:>3}/{:<3} {:>4.2} {:>4.2} {:>3}  {:>5.2} {:>4.2} ({}/{})",
            event.name, pp2, pr2, split, ppl_gold, q_found, q_gold, qp, qr, q_wrong, dp, dr, d_found, d_gold
        );
        for (i, v) in [
            tp_pred, np, tp_gold, ng, ppl_right, ppl_rows, ppl_found, ppl_gold, q_right, q_given, q_with, q_wrong,
            d_right, d_pred,
        ]
        .into_iter()
        .enumerate()
        {
            totals[i] += v;
        }
    }
    let (p, r, f) = prf(totals[0], totals[1], totals[2], totals[3]);
    let (lp, lr, _) = prf(link_totals[0], link_totals[1], link_totals[0], link_totals[2]);
    let (pp, pr, _) = prf(totals[4], totals[5], totals[6], totals[7]);
    let (qp, qr, _) = prf(totals[8], totals[9], totals[8], totals[10]);
    println!(
        "{:34} {:>5.2} {:>4.2} {:>4.2} {:>5.2} {:>4.2}  {:>5.2} {:>4.2}          {:>13.2} {:>4.2} {:>3}  {:>5.2}",
        "all (micro)",
        p,
        r,
        f,
        lp,
        lr,
        pp,
        pr,
        qp,
        qr,
        totals[11],
        if totals[13] == 0 { 1.0 } else { totals[12] as f64 / totals[13] as f64 }
    );
}

/// The committed weights are what the training program gives on the committed labels (so they come from
/// the labels and the script, never from hand edits): `cargo run --release -p parallax-core --example
/// train_matcher -- --write` rewrites them.
#[test]
fn pair_model_weights_are_reproduced_by_training() {
    let Some(bench) = labels::bench_dir() else {
        eprintln!("skipped: ../shared/bench-corpus is not beside the repository (set PARALLAX_BENCH to its path)");
        return;
    };
    let events: Vec<train::EventData> = labels::load_paired(&bench).iter().map(train::load).collect();
    let (local, ranked, calibration) = train::train(&events.iter().collect::<Vec<_>>());
    use parallax_core::pair_model::{CALIBRATION, LOCAL_WEIGHTS, RANKED_WEIGHTS};
    let shipped = LOCAL_WEIGHTS.iter().chain(&RANKED_WEIGHTS).chain(&CALIBRATION);
    let trained = local.iter().chain(&ranked).chain(&calibration);
    for (i, (trained, shipped)) in trained.zip(shipped).enumerate() {
        assert!(
            (trained - shipped).abs() < 1e-5,
            "weight {i}: training gives {trained:.6}, src/align/weights.rs has {shipped:.6} (retrain with the example)"
        );
    }
}
