//! Counts, days and dates in sentences that report the same information: like compared with like
//! (same counted noun and outcome, compatible ranges and approximations), days and dates only when
//! attached to the same event.

use super::measured::{measured_in, same_thing_measured, Measured};
use super::{collect, union_find_groups, Discrepancy, DiscrepancyKind, SentenceInfo};
use crate::align::pairs::Alignment;
use crate::claims::quantities::Count;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// Nouns counting the same kind of thing at a meeting or an incident.
pub(super) fn noun_class(key: &str) -> String {
    match key {
        "leader" | "participant" | "head of state" | "head of government" | "attendee" | "representative"
        | "delegate" => "participant".into(),
        // People counted under another name: "1,200 residents were evacuated" and "1,500 people left".
        "person" | "people" | "resident" | "inhabitant" | "villager" | "evacuee" | "citizen" | "individual"
        | "population" => "people".into(),
        "nation" | "country" => "country".into(),
        // Distances (how far) and lengths or heights (a storm surge, a span) are different questions.
        "km" | "kilometre" | "kilometer" | "mile" | "light-year" => "distance".into(),
        "metre" | "meter" | "foot" | "feet" | "yard" => "length".into(),
        other => other.to_string(),
    }
}

/// The class of a counted noun and the outcome its clause gives it.
type CountClass = (String, Option<String>);

/// What a count counts, for comparison: the class of its noun and the outcome its clause gives it. A
/// noun that is itself an outcome ("3,000 injured", "99 deaths") counts people; "homes" are homes
/// ("1.8 million homes without power" is no count of people).
fn count_class(c: &Count) -> CountClass {
    let noun_outcome = crate::claims::outcomes::outcome_of(&c.noun_key).filter(|o| *o != "living");
    let class = if noun_outcome.is_some() { "people".to_string() } else { noun_class(&c.noun_key) };
    (class, c.outcome.clone())
}

/// The range of values a count allows: exact as read, "about" within 15%, "more than"/"at least" from
/// the value up, "fewer than" below it; a vague count by its word ("dozens" 24 to 150, "thousands" 1,000
/// to 20,000, "millions" from a million), so "dozens of countries" agrees with "35 nations". Other vague
/// counts ("several", "many") allow no comparison. A toll that rises through dated copies ("dozens", "at
/// least 50", "more than 60", "70") still differs: bounds that name different numbers are different
/// answers (`other_bound`).
fn range(c: &Count) -> Option<(f64, f64)> {
    use crate::claims::quantities::Approximation::*;
    // The first entry the phrase contains decides ("tens of thousands" is tried before "thousands").
    const VAGUE: &[(&str, f64, f64)] = &[
        ("tens of thousands", 10_000.0, 100_000.0),
        ("hundreds of thousands", 100_000.0, 1_000_000.0),
        ("dozens", 24.0, 150.0),
        ("scores", 40.0, 200.0),
        ("hundreds", 200.0, 1_000.0),
        ("thousands", 1_000.0, 20_000.0),
        ("millions", 1_000_000.0, f64::INFINITY),
    ];
    if c.approximation == Vague {
        let t = c.text.to_lowercase();
        return VAGUE.iter().find(|(w, _, _)| t.contains(w)).map(|&(_, lo, hi)| (lo, hi));
    }
    let v = c.value?;
    Some(match c.approximation {
        Exact => (v, v),
        About => (v * 0.85, v * 1.15),
        MoreThan | AtLeast => (v, f64::INFINITY),
        LessThan => (0.0, v),
        Vague => return None,
    })
}

/// What a count measures in, without the mark of a part or of a count beyond others ("year in part":
/// "the first title in 36 years" is still a span of years).
pub(super) fn unit_key(c: &Count) -> &str {
    let key = c.noun_key.as_str();
    key.strip_suffix(" in part").or_else(|| key.strip_suffix(" beyond others")).unwrap_or(key)
}

/// Counts of one sentence compared as one (see `fact_conflicts`): (their class, what they measure), and
/// their count nodes.
type Kind<'a> = ((&'a CountClass, &'a Measured), Vec<usize>);

/// The number a count gives, however it is qualified ("more than 120" and "120" give 120), distances
/// in kilometres to two significant digits ("1,600 feet" and "488 metres" give the same).
fn number_key(c: &Count) -> String {
    if let Some(km) = c.kilometres_rounded() {
        return format!("{km} km");
    }
    match c.value {
        Some(v) => format!("{v}"),
        None => c.text.to_lowercase(),
    }
}

/// Whether two counts of one thing can both be true.
fn compatible(x: &Count, y: &Count) -> bool {
    // Distances in different units: conversions round (20 miles is about 33 km), so within a tenth agree;
    // in one unit, 6.2 and 6.4 metres differ.
    if let (Some(a), Some(b)) = (x.kilometres(), y.kilometres()) {
        if x.noun_key != y.noun_key {
            let (lo, hi) = (a.min(b), a.max(b));
            return lo > 0.0 && hi / lo <= 1.1;
        }
    }
    use crate::claims::quantities::Approximation::Vague;
    // A vague distance in one unit against a number in another ("hundreds of miles" against "more than
    // 200 kilometres") gives the reader two different figures for one distance, as the labels count it.
    let unit = |c: &Count| matches!(noun_class(unit_key(c)).as_str(), "distance" | "length");
    if (x.approximation == Vague || y.approximation == Vague) && x.noun_key != y.noun_key && unit(x) && unit(y) {
        return false;
    }
    match (range(x), range(y)) {
        (Some(a), Some(b)) => a.0 <= b.1 && b.0 <= a.1,
        // "Several", "many": nothing to hold a number against.
        _ => x.approximation == Vague || y.approximation == Vague,
    }
}

/// Two answers that can both hold but give different numbers, one of them as a bound: "injured 166"
/// against "more than 150" or "more than 100", a toll of "at least 50" against "more than 60". The
/// labels count these as different answers. A bound within 5% of the other number is the same figure
/// written as a bound ("more than 2,700 tons" for "2,750 tons"); "about" keeps its 15%.
fn other_bound(x: &Count, y: &Count) -> bool {
    use crate::claims::quantities::Approximation::*;
    let bound = |c: &Count| matches!(c.approximation, MoreThan | AtLeast | LessThan);
    let (Some(a), Some(b)) = (x.value, y.value) else { return false };
    let firm = |c: &Count| matches!(c.approximation, Exact | MoreThan | AtLeast | LessThan);
    let (lo, hi) = (a.min(b), a.max(b));
    (bound(x) || bound(y)) && firm(x) && firm(y) && lo > 0.0 && hi / lo > 1.05
}

/// Alignments at least this strong join sentences whose days, dates or counts are compared. Measured:
/// 0.25 lost the bundled corpus' Thursday and "about 30 leaders" (lead sentences align loosely), so every
/// accepted alignment counts; the cost is that two events of one story told on different days (a quake
/// on Monday, an aftershock on Tuesday) can be reported as a weekday conflict.
const CONFLICT_MIN_SCORE: f64 = 0.0;

/// Verbs that report a statement: left out of a day's event, and a sign that the day dates a statement.
const STATEMENT_VERBS: &[&str] = &["said", "says", "told", "announced", "added", "stated"];

/// The event a day or date is attached to: the content words (crudely stemmed) within four words of its
/// first mention, in the same clause, leaving out reporting verbs and time words. Two sentences' days
/// are compared only when these share a word ("collapsed on Tuesday" / "collapse Wednesday").
pub(super) fn event_context(text: &str, is_anchor: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let words: Vec<(usize, &str)> = crate::text::words::word_indices(text).collect();
    let folded: Vec<String> = words.iter().map(|(_, w)| crate::text::normalize::fold(w)).collect();
    let Some(at) = folded.iter().position(|w| is_anchor(w)) else { return Default::default() };
    // A clause ends at punctuation, and at a word that brings in another event's time ("surveying the
    // damage Wednesday after a massive explosion": Wednesday is the surveying's, not the explosion's)
    // or another clause.
    // "and" and "but" join another clause or thing ("the June 23 referendum and results overnight").
    let other_event =
        |k: usize| matches!(folded[k].as_str(), "after" | "before" | "since" | "following" | "until" | "and" | "but");
    let boundary = |a: usize, b: usize| {
        text[words[a].0 + words[a].1.len()..words[b].0].contains([',', ';', ':', '(', ')', '—'])
            || (a >= at && other_event(b))
            || (b <= at && other_event(a))
    };
    let generic = |w: &str| {
        crate::text::stopwords::is_function_word(w)
            || w.chars().any(|c| c.is_ascii_digit())
            || is_anchor(w)
            || crate::claims::quantities::weekday(w).is_some()
            // The month of a date is the date's, no event ("mardi 16 avril" names the day of a speech
            // about a fire of "lundi 15 avril": April is no event they share).
            || crate::claims::calendar::is_month_any_language(w)
            || STATEMENT_VERBS.contains(&w)
            || matches!(
                w,
                "reported"
                    | "confirmed"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "early"
                    | "late"
                    | "last"
                    | "next"
                    | "day"
                    | "today"
                    | "yesterday"
                    | "week"
                    | "local"
                    | "time"
                    | "am"
                    | "pm"
                    | "gmt"
            )
    };
    // The words around the day, and whether a name is among them.
    let mut near: Vec<(String, bool)> = Vec::new();
    let mut reported = false;
    let mut take = |k: usize| {
        reported |= STATEMENT_VERBS.contains(&folded[k].as_str());
        if !generic(&folded[k]) {
            near.push((folded[k].chars().take(5).collect(), k > 0 && words[k].1.starts_with(char::is_uppercase)));
        }
    };
    let mut k = at;
    while k > 0 && at - k < 4 && !boundary(k - 1, k) {
        k -= 1;
        take(k);
    }
    let mut k = at + 1;
    while k < words.len() && k - at <= 4 && !boundary(k - 1, k) {
        take(k);
        k += 1;
    }
    // A day written with a reporting verb dates a statement ("Gov. Josh Green said Thursday", "Green
    // told CNN on Wednesday"): who spoke and to whom are no event, so names are left out then.
    near.into_iter().filter(|(_, name)| !(reported && *name)).map(|(w, _)| w).collect()
}

/// Weekday, date and count conflicts between aligned sentences.
pub(super) fn fact_conflicts(sentences: &[SentenceInfo], alignments: &[Alignment], out: &mut Vec<Discrepancy>) {
    let strong: Vec<&Alignment> = alignments.iter().filter(|a| a.score >= CONFLICT_MIN_SCORE).collect();
    let alignments = strong;
    // Looked up for every alignment (a hash, not a tree: a tenth of the stage went to tree look-ups).
    let index: FxHashMap<(usize, usize), usize> = sentences.iter().enumerate().map(|(i, s)| (s.at, i)).collect();
    // Weekdays and calendar dates: sentences naming exactly one, joined when aligned.
    let days: Vec<Vec<String>> = sentences.iter().map(|s| s.weekdays.iter().map(|d| d.to_string()).collect()).collect();
    super::days::single_value_conflicts(
        sentences,
        &index,
        &alignments,
        &days,
        |w| crate::claims::quantities::weekday(w).is_some(),
        (DiscrepancyKind::Weekday, "The day of"),
        out,
    );
    let dates: Vec<Vec<String>> = sentences.iter().map(|s| s.dates.clone()).collect();
    super::days::single_value_conflicts(
        sentences,
        &index,
        &alignments,
        &dates,
        crate::claims::quantities::is_month,
        (DiscrepancyKind::Date, "The date of"),
        out,
    );

    // Counts: (sentence, count) nodes joined when their sentences are aligned and they count the same kind of thing.
    let all_counts: Vec<&Vec<Count>> = sentences.iter().map(|s| &s.counts).collect();
    // Each count's class, comparable reading and number, each built as strings: worked out once, not
    // for every pair they are compared in.
    let per_count = |f: fn(&Count) -> String| -> Vec<Vec<String>> {
        all_counts.iter().map(|list| list.iter().map(f).collect()).collect()
    };
    let class_of: Vec<Vec<CountClass>> = all_counts.iter().map(|list| list.iter().map(count_class).collect()).collect();
    let comparable_of = per_count(Count::comparable);
    let number_of = per_count(number_key);
    // Read only for the sentences an alignment joins: an article no other one aligns with is not read.
    let mut measured_of: Vec<Vec<Measured>> = sentences.iter().map(|_| Vec::new()).collect();
    for at in alignments.iter().flat_map(|al| [al.a, al.b]) {
        if let Some(&i) = index.get(&at) {
            if measured_of[i].len() < all_counts[i].len() {
                measured_of[i] = measured_in(sentences[i].text, all_counts[i]);
            }
        }
    }
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    let mut node_of: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (si, list) in all_counts.iter().enumerate() {
        // Several percentages in one sentence are sides of a split ("52% to 48%"): which is which needs
        // more than the word "percent", so they are not compared.
        let split = list.iter().filter(|c| c.noun_key == "percent").count() > 1;
        for ci in 0..list.len() {
            if split && list[ci].noun_key == "percent" {
                continue;
            }
            node_of.insert((si, ci), nodes.len());
            nodes.push((si, ci));
        }
    }
    // Every (article, what is counted, value) stated anywhere, split sentences included.
    let stated: BTreeSet<(usize, &CountClass, &str)> = sentences
        .iter()
        .zip(class_of.iter().zip(&comparable_of))
        .flat_map(|(s, (classes, comparables))| {
            classes.iter().zip(comparables).map(move |(class, comparable)| (s.at.0, class, comparable.as_str()))
        })
        .collect();
    // Two numbers one article gives for the same kind of thing (a state's 20 electoral votes and a total
    // of 273; "all 12 boys" and "the last four boys"; a toll and its update) are two quantities of the
    // story, not rival answers: no other pair of articles contradicts itself by giving one each.
    let mut docs_stating: BTreeMap<(&CountClass, &str), BTreeSet<usize>> = BTreeMap::new();
    for (si, s) in sentences.iter().enumerate() {
        for ci in 0..s.counts.len() {
            docs_stating.entry((&class_of[si][ci], number_of[si][ci].as_str())).or_default().insert(s.at.0);
        }
    }
    // Counts are named by (sentence, count) from here on.
    let told_together = |x: (usize, usize), y: (usize, usize)| {
        let docs = |(si, ci): (usize, usize)| docs_stating.get(&(&class_of[si][ci], number_of[si][ci].as_str()));
        matches!((docs(x), docs(y)), (Some(a), Some(b)) if !a.is_disjoint(b))
    };
    // Counts of one sentence that every comparison treats alike (one class, one reading of what they
    // measure: the "3 weeks" and "4 weeks" of one clause) are compared as one kind: aligned sentences
    // compare their kinds, class by class, not each count with each, so two aligned sentences of
    // thousands of counts each do not make millions of comparisons and edges. A kind that meets its
    // like in the other sentence joins all its counts, as comparing each of them would have.
    // Per sentence, its kinds sorted by class.
    let kinds_of: Vec<Vec<Kind>> = measured_of
        .iter()
        .enumerate()
        .map(|(si, measured)| {
            let mut kinds: BTreeMap<(&CountClass, &Measured), Vec<usize>> = BTreeMap::new();
            for (ci, m) in measured.iter().enumerate() {
                if let Some(&n) = node_of.get(&(si, ci)) {
                    kinds.entry((&class_of[si][ci], m)).or_default().push(n);
                }
            }
            kinds.into_iter().collect()
        })
        .collect();
    let mut joined: Vec<Vec<bool>> = kinds_of.iter().map(|k| vec![false; k.len()]).collect();
    let mut edges = Vec::new();
    for al in &alignments {
        let (Some(&a), Some(&b)) = (index.get(&al.a), index.get(&al.b)) else { continue };
        let (ka, kb) = (&kinds_of[a], &kinds_of[b]);
        // Both lists are sorted by class: walk them together, one class block at a time.
        let (mut i, mut j) = (0, 0);
        while i < ka.len() && j < kb.len() {
            match ka[i].0 .0.cmp(kb[j].0 .0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let i_end = i + ka[i..].iter().take_while(|k| k.0 .0 == ka[i].0 .0).count();
                    let j_end = j + kb[j..].iter().take_while(|k| k.0 .0 == kb[j].0 .0).count();
                    for x in i..i_end {
                        for y in j..j_end {
                            if same_thing_measured(ka[x].0 .1, kb[y].0 .1) {
                                edges.push((ka[x].1[0], kb[y].1[0]));
                                joined[a][x] = true;
                                joined[b][y] = true;
                            }
                        }
                    }
                    (i, j) = (i_end, j_end);
                }
            }
        }
    }
    for (kinds, joined) in kinds_of.iter().zip(&joined) {
        for ((_, members), _) in kinds.iter().zip(joined).filter(|(_, j)| **j) {
            edges.extend(members[1..].iter().map(|&m| (members[0], m)));
        }
    }
    for group in union_find_groups(nodes.len(), &edges) {
        let first = &all_counts[nodes[group[0]].0][nodes[group[0]].1];
        let items: Vec<(String, (usize, usize))> = group
            .iter()
            .map(|&n| {
                let (si, ci) = nodes[n];
                let c = &all_counts[si][ci];
                // Lower case: "12 Boys" in a headline and "12 boys" are one value.
                let value = if c.approximation == crate::claims::quantities::Approximation::Vague {
                    c.text.to_lowercase()
                } else {
                    format!("{} {}", c.reading(), c.noun.to_lowercase())
                };
                (value, sentences[si].at)
            })
            .collect();
        // Only a real disagreement: different values (not just different wording of the same number).
        let distinct_values: BTreeSet<&str> =
            group.iter().map(|&n| comparable_of[nodes[n].0][nodes[n].1].as_str()).collect();
        if distinct_values.len() < 2 {
            continue;
        }
        // Values that can both be true are no disagreement: "more than 2,700 tons" and "2,750 tons",
        // "about 30" and "27". Only a pair that cannot both hold makes the card.
        // And only between two articles that each say theirs without the other's: an article giving
        // both values ("52% voted to leave … 48% to remain", a figure updated later) does not contradict
        // one that gives one of them.
        let count = |(si, ci): (usize, usize)| &all_counts[si][ci];
        let comparable = |(si, ci): (usize, usize)| comparable_of[si][ci].as_str();
        let agrees_with = |doc: usize, (si, ci): (usize, usize)| {
            stated.contains(&(doc, &class_of[si][ci], comparable_of[si][ci].as_str()))
        };
        // Each answer once per article (copies of a count in one article answer alike), and only an
        // answer some article of the group does not also give: one they all give conflicts with none.
        let docs: BTreeSet<usize> = group.iter().map(|&n| sentences[nodes[n].0].at.0).collect();
        let mut seen = BTreeSet::new();
        // (article, (sentence, count)) of each count of the group that is kept.
        let group_counts: Vec<(usize, (usize, usize))> = group
            .iter()
            .map(|&n| (sentences[nodes[n].0].at.0, nodes[n]))
            .filter(|&(doc, x)| {
                let c = count(x);
                let key = (doc, &class_of[x.0][x.1], comparable(x), number_of[x.0][x.1].as_str());
                let key = (key, c.value.map(f64::to_bits), c.approximation, c.noun_key.as_str(), c.text.as_str());
                seen.insert(key) && !docs.iter().all(|&d| agrees_with(d, x))
            })
            .collect();
        let conflict = group_counts.iter().enumerate().any(|(i, &(s, x))| {
            group_counts[i + 1..].iter().any(|&(t, y)| {
                s != t
                    && comparable(x) != comparable(y)
                    && (!compatible(count(x), count(y)) || other_bound(count(x), count(y)))
                    && !agrees_with(s, y)
                    && !agrees_with(t, x)
                    && !told_together(x, y)
            })
        });
        if !conflict {
            continue;
        }
        // Distances in different units within a tenth of each other agree (conversions round: 20 miles is
        // about 33 km); in one unit, 6.2 and 6.4 metres differ.
        let km: Vec<f64> = group.iter().filter_map(|&n| all_counts[nodes[n].0][nodes[n].1].kilometres()).collect();
        let units: BTreeSet<&str> =
            group.iter().map(|&n| all_counts[nodes[n].0][nodes[n].1].noun_key.as_str()).collect();
        if km.len() == group.len() && units.len() > 1 {
            let (min, max) = km.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
            if min > 0.0 && max / min <= 1.1 {
                continue;
            }
        }
        let (class, outcome) = count_class(first);
        let outcome_words = outcome.as_deref().and_then(super::outcome_words).unwrap_or("");
        let subject = match class.as_str() {
            "people" if !outcome_words.is_empty() => format!("How many people{outcome_words}"),
            _ if !outcome_words.is_empty() => format!("How many {}{outcome_words}", first.noun.to_lowercase()),
            "participant" => "How many took part".to_string(),
            "percent" => "What share (percent)".to_string(),
            "distance" if units.len() > 1 => "How far".to_string(),
            "length" if units.len() > 1 => "How long or high".to_string(),
            "category" | "level" | "grade" | "stage" | "phase" | "magnitude" | "class" | "tier" => {
                format!("The {}", first.noun.to_lowercase())
            }
            "minute mark" => "The minute".to_string(),
            // "People" is said of many things in one story (evacuated, rescued, injured): the sentence
            // says which.
            "people" => {
                format!(
                    "How many people: {}",
                    crate::text::document::shorten_words(sentences[nodes[group[0]].0].text, 70)
                )
            }
            // The noun as the article writes it ("residents", "metres"), not its comparison key.
            _ => format!("How many {}", first.noun.to_lowercase()),
        };
        if let Some(d) = collect(DiscrepancyKind::Count, subject, items) {
            out.push(d);
        }
    }
}
