//! Where sources disagree: a different count for the same thing or a different weekday in sentences
//! that report the same information, a different title or role for the same person, a different
//! spelling of one name, and a quote worded differently or given to a different speaker. Each
//! discrepancy names the values, which sources say each, and the sentences, and the list is ranked so
//! the substantive kinds (numbers, days, roles) come before spelling.

use crate::align::pairs::Alignment;
use crate::claims::entities::{Entity, EntityKind};
use crate::claims::quantities::Count;
use crate::claims::quotes::Quote;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What kind of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyKind {
    Count,
    Weekday,
    Date,
    Title,
    QuoteSpeaker,
    QuoteWording,
    Spelling,
}

/// One of the differing values and who gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscrepancyValue {
    pub value: String,
    pub sources: Vec<usize>,
    pub sentences: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    /// What the sources disagree about, in plain words ("the weekday of: Leaders … met in Paris").
    pub subject: String,
    pub values: Vec<DiscrepancyValue>,
}

/// Everything the finder needs about one sentence.
pub struct SentenceInfo<'a> {
    pub at: (usize, usize),
    pub text: &'a str,
    /// The sentence's counts, weekdays and dates, read once for both the export and the comparison.
    pub counts: Vec<Count>,
    pub weekdays: Vec<&'static str>,
    pub dates: Vec<String>,
}

/// Collects values into a discrepancy (grouped by value, sources and sentences sorted).
fn collect(kind: DiscrepancyKind, subject: String, items: Vec<(String, (usize, usize))>) -> Option<Discrepancy> {
    let mut by_value: BTreeMap<String, (Vec<usize>, Vec<[usize; 2]>)> = BTreeMap::new();
    for (value, at) in items {
        let entry = by_value.entry(value).or_default();
        if !entry.0.contains(&at.0) {
            entry.0.push(at.0);
        }
        if !entry.1.contains(&[at.0, at.1]) {
            entry.1.push([at.0, at.1]);
        }
    }
    if by_value.len() < 2 {
        return None;
    }
    let mut values: Vec<DiscrepancyValue> = by_value
        .into_iter()
        .map(|(value, (mut sources, mut sentences))| {
            sources.sort_unstable();
            sentences.sort_unstable();
            DiscrepancyValue { value, sources, sentences }
        })
        .collect();
    values.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then(a.value.cmp(&b.value)));
    Some(Discrepancy { kind, subject, values })
}

fn union_find_groups(nodes: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut sets = crate::union_find::UnionFind::new(nodes);
    for &(a, b) in edges {
        sets.union(a, b);
    }
    sets.groups().into_iter().filter(|g| g.len() > 1).collect()
}

fn short(text: &str) -> String {
    crate::text::document::shorten_words(text, 90)
}

/// Nouns counting the same kind of thing at a meeting or an incident.
fn noun_class(key: &str) -> String {
    match key {
        "leader" | "participant" | "head of state" | "head of government" | "attendee" | "representative"
        | "delegate" => "participant".into(),
        // People counted under another name: "1,200 residents were evacuated" and "1,500 people left".
        "person" | "people" | "resident" | "inhabitant" | "villager" | "evacuee" | "citizen" | "individual" => {
            "people".into()
        }
        "nation" | "country" => "country".into(),
        // Distances (how far) and lengths or heights (a storm surge, a span) are different questions.
        "km" | "kilometre" | "kilometer" | "mile" => "distance".into(),
        "metre" | "meter" | "foot" | "feet" | "yard" => "length".into(),
        other => other.to_string(),
    }
}

/// What a count counts, for comparison: the class of its noun and the outcome its clause gives it. A
/// noun that is itself an outcome ("3,000 injured", "99 deaths") counts people.
fn count_class(c: &Count) -> (String, Option<String>) {
    let noun_outcome = crate::claims::outcomes::outcome_of(&c.noun_key);
    let class = if noun_outcome.is_some() { "people".to_string() } else { noun_class(&c.noun_key) };
    (class, c.outcome.clone())
}

/// The range of values a count allows: exact as read, "about" within 15%, "more than"/"at least" from
/// the value up, "fewer than" below it. Vague counts ("dozens") allow no comparison by value.
fn range(c: &Count) -> Option<(f64, f64)> {
    use crate::claims::quantities::Approximation::*;
    let v = c.value?;
    Some(match c.approximation {
        Exact => (v, v),
        About => (v * 0.85, v * 1.15),
        MoreThan | AtLeast => (v, f64::INFINITY),
        LessThan => (0.0, v),
        Vague => return None,
    })
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
    match (range(x), range(y)) {
        (Some(a), Some(b)) => a.0 <= b.1 && b.0 <= a.1,
        _ => false,
    }
}

/// Alignments at least this strong join sentences whose days, dates or counts are compared. Measured:
/// 0.25 lost the bundled corpus' Thursday and "about 30 leaders" (lead sentences align loosely), so every
/// accepted alignment counts; the cost is that two events of one story told on different days (a quake
/// on Monday, an aftershock on Tuesday) can be reported as a weekday conflict.
const CONFLICT_MIN_SCORE: f64 = 0.0;

/// The event a day or date is attached to: the content words (crudely stemmed) within four words of its
/// first mention, in the same clause, leaving out reporting verbs and time words. Two sentences' days
/// are compared only when these share a word ("collapsed on Tuesday" / "collapse Wednesday").
fn event_context(text: &str, is_anchor: fn(&str) -> bool) -> std::collections::BTreeSet<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
    let folded: Vec<String> = words.iter().map(|(_, w)| crate::text::normalize::fold(w)).collect();
    let Some(at) = folded.iter().position(|w| is_anchor(w)) else { return Default::default() };
    let boundary =
        |a: usize, b: usize| text[words[a].0 + words[a].1.len()..words[b].0].contains([',', ';', ':', '(', ')', '—']);
    let generic = |w: &str| {
        crate::text::stopwords::ENGLISH.binary_search(&w).is_ok()
            || w.chars().any(|c| c.is_ascii_digit())
            || is_anchor(w)
            || crate::claims::quantities::weekday(w).is_some()
            || matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "announced"
                    | "added"
                    | "stated"
                    | "reported"
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
    let mut out = std::collections::BTreeSet::new();
    let mut k = at;
    while k > 0 && at - k < 4 && !boundary(k - 1, k) {
        k -= 1;
        if !generic(&folded[k]) {
            out.insert(folded[k].chars().take(5).collect());
        }
    }
    let mut k = at + 1;
    while k < words.len() && k - at <= 4 && !boundary(k - 1, k) {
        if !generic(&folded[k]) {
            out.insert(folded[k].chars().take(5).collect());
        }
        k += 1;
    }
    out
}

/// Conflicts over one value per sentence (its weekday, its date): sentences that name exactly one are
/// grouped through the alignments between them, and a group naming two or more values is a discrepancy.
fn single_value_conflicts(
    sentences: &[SentenceInfo],
    index: &BTreeMap<(usize, usize), usize>,
    alignments: &[&Alignment],
    values: &[Vec<String>],
    anchor: fn(&str) -> bool,
    (kind, label): (DiscrepancyKind, &str),
    out: &mut Vec<Discrepancy>,
) {
    // Only sentences naming exactly one value take part, so only theirs is read.
    let contexts: Vec<std::collections::BTreeSet<String>> = sentences
        .iter()
        .zip(values)
        .map(|(s, v)| if v.len() == 1 { event_context(s.text, anchor) } else { Default::default() })
        .collect();
    let mut edges = Vec::new();
    for al in alignments {
        if let (Some(&a), Some(&b)) = (index.get(&al.a), index.get(&al.b)) {
            // The day must belong to the same event in both: "the bridge collapsed early Tuesday" and "the six
            // had not been found as of Wednesday" report one story, not one day.
            if values[a].len() == 1 && values[b].len() == 1 && !contexts[a].is_disjoint(&contexts[b]) {
                edges.push((a, b));
            }
        }
    }
    for group in union_find_groups(sentences.len(), &edges) {
        let items: Vec<(String, (usize, usize))> =
            group.iter().map(|&i| (values[i][0].clone(), sentences[i].at)).collect();
        let subject_sentence = group.iter().map(|&i| sentences[i].text).min_by_key(|t| t.len()).unwrap_or("");
        if let Some(d) = collect(kind, format!("{label}: {}", short(subject_sentence)), items) {
            out.push(d);
        }
    }
}

/// Weekday, date and count conflicts between aligned sentences.
fn fact_conflicts(sentences: &[SentenceInfo], alignments: &[Alignment], out: &mut Vec<Discrepancy>) {
    let strong: Vec<&Alignment> = alignments.iter().filter(|a| a.score >= CONFLICT_MIN_SCORE).collect();
    let alignments = strong;
    let index: BTreeMap<(usize, usize), usize> = sentences.iter().enumerate().map(|(i, s)| (s.at, i)).collect();
    // Weekdays and calendar dates: sentences naming exactly one, joined when aligned.
    let days: Vec<Vec<String>> = sentences.iter().map(|s| s.weekdays.iter().map(|d| d.to_string()).collect()).collect();
    single_value_conflicts(
        sentences,
        &index,
        &alignments,
        &days,
        |w| crate::claims::quantities::weekday(w).is_some(),
        (DiscrepancyKind::Weekday, "The day of"),
        out,
    );
    let dates: Vec<Vec<String>> = sentences.iter().map(|s| s.dates.clone()).collect();
    single_value_conflicts(
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
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    let mut node_of: BTreeMap<(usize, usize), usize> = BTreeMap::new();
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
    let mut edges = Vec::new();
    for al in &alignments {
        let (Some(&a), Some(&b)) = (index.get(&al.a), index.get(&al.b)) else { continue };
        for (ca, x) in all_counts[a].iter().enumerate() {
            for (cb, y) in all_counts[b].iter().enumerate() {
                if let (Some(&na), Some(&nb)) = (node_of.get(&(a, ca)), node_of.get(&(b, cb))) {
                    if count_class(x) == count_class(y) {
                        edges.push((na, nb));
                    }
                }
            }
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
        let distinct_values: std::collections::BTreeSet<String> = group
            .iter()
            .map(|&n| {
                let c = &all_counts[nodes[n].0][nodes[n].1];
                c.comparable()
            })
            .collect();
        if distinct_values.len() < 2 {
            continue;
        }
        // Values that can both be true are no disagreement: "more than 2,700 tons" and "2,750 tons",
        // "about 30" and "27". Only a pair that cannot both hold makes the card.
        let group_counts: Vec<&Count> = group.iter().map(|&n| &all_counts[nodes[n].0][nodes[n].1]).collect();
        let conflict = group_counts
            .iter()
            .enumerate()
            .any(|(i, x)| group_counts[i + 1..].iter().any(|y| x.comparable() != y.comparable() && !compatible(x, y)));
        if !conflict {
            continue;
        }
        // Distances in different units within a tenth of each other agree (conversions round: 20 miles is
        // about 33 km); in one unit, 6.2 and 6.4 metres differ.
        let km: Vec<f64> = group.iter().filter_map(|&n| all_counts[nodes[n].0][nodes[n].1].kilometres()).collect();
        let units: std::collections::BTreeSet<&str> =
            group.iter().map(|&n| all_counts[nodes[n].0][nodes[n].1].noun_key.as_str()).collect();
        if km.len() == group.len() && units.len() > 1 {
            let (min, max) = km.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
            if min > 0.0 && max / min <= 1.1 {
                continue;
            }
        }
        let (class, outcome) = count_class(first);
        let outcome_words = match outcome.as_deref() {
            Some("killed") => " killed",
            Some("injured") => " injured",
            Some("missing") => " missing",
            Some("rescued") => " rescued",
            Some("displaced") => " displaced or evacuated",
            Some("arrested") => " arrested",
            Some("trapped") => " trapped",
            Some("survived") => " survived",
            Some("living") => " living there",
            _ => "",
        };
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

/// Title words that change what a title means.
const MEANINGFUL: &[&str] = &["former", "acting", "interim", "deputy", "vice", "ex"];
/// Qualifiers left out when comparing titles ("French President" and "President" agree): the
/// nationality words entity extraction already knows, and a few grading words.
fn ignored_in_title(word: &str) -> bool {
    crate::claims::entities::is_qualifier(word) || matches!(word, "senior" | "top" | "special")
}

fn title_core(title: &str) -> String {
    // Only the title words count: "Turkish President", "French president" and "President" agree;
    // "chief executive of Northvale Rail" is "chief executive".
    let title = title.split(" of ").next().unwrap_or(title);
    title
        .split(|c: char| c.is_whitespace())
        .map(crate::text::normalize::fold)
        .map(|w| w.trim_end_matches('.').to_string())
        .filter(|w| crate::claims::entities::is_title_word(w.as_str()) && !ignored_in_title(w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn entity_conflicts(entities: &[Entity], out: &mut Vec<Discrepancy>) {
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        // Titles: compared by their core words; a difference in a meaning-changing word always counts.
        let mut items = Vec::new();
        for m in &e.mentions {
            if let Some(t) = &m.title {
                // An honorific ("Mr", "Mrs", "Dr") is a form of address, not a title or role.
                let bare = crate::text::normalize::fold(t.trim_end_matches('.'));
                if matches!(bare.as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "mx") {
                    continue;
                }
                let core = title_core(t);
                // A plural ("negotiators") describes a group the person is in, not their title.
                if core.ends_with('s') && !core.ends_with("ss") {
                    continue;
                }
                items.push((t.clone(), core, (m.doc, m.sentence)));
            }
        }
        let cores: std::collections::BTreeSet<&String> = items.iter().map(|x| &x.1).filter(|c| !c.is_empty()).collect();
        let docs: std::collections::BTreeSet<usize> = items.iter().map(|x| x.2 .0).collect();
        let meaningful = items.iter().any(|x| x.1.split(' ').any(|w| MEANINGFUL.contains(&w)))
            && items.iter().any(|x| !x.1.split(' ').any(|w| MEANINGFUL.contains(&w)));
        let plural_only = cores.iter().all(|c| c.ends_with('s'));
        if docs.len() >= 2 && cores.len() >= 2 && (meaningful || !plural_only) {
            let items = items.into_iter().filter(|x| !x.1.is_empty()).map(|(t, _, at)| (t, at)).collect();
            if let Some(d) = collect(DiscrepancyKind::Title, format!("The title of {}", e.name), items) {
                out.push(d);
            }
        }
        // Spellings: of the full name where sources write it out in different ways, else of the surname.
        let clean = |t: &str| t.trim_end_matches("'s").trim_end_matches("\u{2019}s").to_string();
        let full: Vec<(String, (usize, usize))> = e
            .mentions
            .iter()
            .filter(|m| m.text.split_whitespace().count() >= 2)
            .map(|m| (clean(&m.text), (m.doc, m.sentence)))
            .collect();
        // A middle initial written or left out ("Paul J. Wiedefeld", "Paul Wiedefeld") is no other spelling.
        let without_initials = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.trim_end_matches('.').chars().count() > 1)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let distinct_full: std::collections::BTreeSet<String> = full.iter().map(|s| without_initials(&s.0)).collect();
        let spellings: Vec<(String, (usize, usize))> = if distinct_full.len() >= 2 {
            full
        } else {
            e.mentions
                .iter()
                .filter_map(|m| m.text.split_whitespace().last().map(|s| (clean(s), (m.doc, m.sentence))))
                .collect()
        };
        // A shorter form of a longer spelling ("Jean" of "Saint-Jean", "Daragon" of "Nicolas Daragon") is
        // the same name written in part, not a different spelling.
        let lower: std::collections::BTreeSet<String> = spellings.iter().map(|s| s.0.to_lowercase()).collect();
        let part_of_another = |s: &str| {
            lower.iter().any(|t| t.len() > s.len() && t.ends_with(s) && t[..t.len() - s.len()].ends_with(['-', ' ']))
        };
        let spellings: Vec<(String, (usize, usize))> =
            spellings.into_iter().filter(|s| !part_of_another(&s.0.to_lowercase())).collect();
        let distinct: std::collections::BTreeSet<String> = spellings.iter().map(|s| s.0.to_lowercase()).collect();
        let docs: std::collections::BTreeSet<usize> = spellings.iter().map(|s| s.1 .0).collect();
        if distinct.len() >= 2 && docs.len() >= 2 {
            if let Some(d) = collect(DiscrepancyKind::Spelling, format!("The spelling of {}", e.name), spellings) {
                out.push(d);
            }
        }
    }
}

/// Places and organisations written two ways by different sources ("Nalgad" / "Nalgadh", "Rukum West" /
/// "West Rukum"): names of one kind that differ by one letter (five letters or more, not a plural `s`)
/// or only in word order, where no source writes both (a source using both means two different names).
/// Candidates are blocked by their first two letters and by their word set, so the cost follows the
/// blocks, not the square of all names.
fn place_spellings(entities: &[Entity], out: &mut Vec<Discrepancy>) {
    struct Form<'a> {
        entity: &'a Entity,
        lower: String,
        words: Vec<String>,
        docs: std::collections::BTreeSet<usize>,
    }
    let forms: Vec<Form> = entities
        .iter()
        .filter(|e| e.kind != EntityKind::Person && e.name.chars().filter(|c| c.is_alphabetic()).count() >= 5)
        .map(|e| {
            let lower = e.name.to_lowercase();
            let mut words: Vec<String> = lower.split_whitespace().map(str::to_string).collect();
            words.sort();
            Form { entity: e, lower, words, docs: e.mentions.iter().map(|m| m.doc).collect() }
        })
        .collect();
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        blocks.entry(format!("p:{}", f.lower.chars().take(2).collect::<String>())).or_default().push(i);
        blocks.entry(format!("w:{}", f.words.join(" "))).or_default().push(i);
    }
    let mut seen = std::collections::BTreeSet::new();
    for members in blocks.values().filter(|m| m.len() >= 2 && m.len() <= 200) {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&forms[i], &forms[j]);
                if a.entity.kind != b.entity.kind || !a.docs.is_disjoint(&b.docs) || !seen.insert((i.min(j), i.max(j)))
                {
                    continue;
                }
                let reordered = a.words == b.words && a.lower != b.lower;
                let plural = a.lower.trim_end_matches('s') == b.lower.trim_end_matches('s');
                // One letter, not a digit ("Chandrayaan-2" and "-3" are two missions) and not British
                // against American spelling ("Organisation" / "Organization").
                let one_letter = strsim::levenshtein(&a.lower, &b.lower) == 1
                    && a.lower.chars().filter(char::is_ascii_digit).eq(b.lower.chars().filter(char::is_ascii_digit))
                    && a.lower.replace('z', "s") != b.lower.replace('z', "s");
                if !(reordered || (one_letter && !plural)) {
                    continue;
                }
                let items: Vec<(String, (usize, usize))> = [a, b]
                    .iter()
                    .flat_map(|f| f.entity.mentions.iter().map(|m| (f.entity.name.clone(), (m.doc, m.sentence))))
                    .collect();
                let what = if a.entity.kind == EntityKind::Organisation { "an organisation" } else { "a name" };
                if let Some(d) =
                    collect(DiscrepancyKind::Spelling, format!("The spelling of {what}: {}", a.entity.name), items)
                {
                    out.push(d);
                }
            }
        }
    }
}

fn words_of(text: &str) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().map(crate::text::normalize::fold).collect()
}

fn quote_conflicts(quotes: &[Quote], out: &mut Vec<Discrepancy>) {
    let words: Vec<std::collections::BTreeSet<String>> =
        quotes.iter().map(|q| crate::claims::quotes::content_words(&q.text)).collect();
    for group in crate::claims::quotes::quotation_groups(quotes) {
        let first = &quotes[group[0]];
        let subject = format!("The quote “{}”", crate::text::document::shorten_words(&first.text, 60));
        let speakers: Vec<(String, (usize, usize))> = group
            .iter()
            .map(|&i| {
                (
                    quotes[i].speaker.clone().unwrap_or_else(|| "unattributed".into()),
                    (quotes[i].doc, quotes[i].sentence),
                )
            })
            .collect();
        // Two different *named* speakers: "David Cameron" and "the Conservative leader" may be one person.
        let named = |s: &&str| {
            let first = s.split_whitespace().next().unwrap_or("");
            first.chars().next().is_some_and(char::is_uppercase)
                && !matches!(
                    first.to_lowercase().as_str(),
                    "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their"
                )
        };
        let distinct_speakers: std::collections::BTreeSet<String> = group
            .iter()
            .filter_map(|&i| quotes[i].speaker.as_deref())
            .filter(named)
            .map(crate::claims::entities::surname_key)
            .collect();
        if distinct_speakers.len() >= 2 {
            if let Some(d) = collect(DiscrepancyKind::QuoteSpeaker, subject.clone(), speakers) {
                out.push(d);
            }
        }
        // Each source's version: its quote closest to the other sources' (a group chained through several
        // quotes of one source must not mix two different quotations into one "wording").
        let overlap = |i: usize, j: usize| words[i].intersection(&words[j]).count();
        let mut per_doc: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for &i in &group {
            let score: usize = group.iter().filter(|&&j| quotes[j].doc != quotes[i].doc).map(|&j| overlap(i, j)).sum();
            let e = per_doc.entry(quotes[i].doc).or_insert((i, score));
            if score > e.1 {
                *e = (i, score);
            }
        }
        let versions: Vec<(Vec<String>, usize)> =
            per_doc.values().map(|&(i, _)| (words_of(&quotes[i].text), i)).collect();
        // A shortened form of another version is the same quotation cut, not a different wording.
        let contained = |a: &[String], b: &[String]| a.len() < b.len() && b.windows(a.len().max(1)).any(|w| w == a);
        let kept: Vec<&(Vec<String>, usize)> =
            versions.iter().filter(|(w, _)| !versions.iter().any(|(o, _)| contained(w, o))).collect();
        let distinct: std::collections::BTreeSet<&Vec<String>> = kept.iter().map(|(w, _)| w).collect();
        if distinct.len() >= 2 {
            let wordings: Vec<(String, (usize, usize))> =
                versions.iter().map(|&(_, i)| (quotes[i].text.clone(), (quotes[i].doc, quotes[i].sentence))).collect();
            if let Some(d) = collect(DiscrepancyKind::QuoteWording, subject, wordings) {
                out.push(d);
            }
        }
    }
}

/// All discrepancies, most substantive kinds first, then the most widely involved.
pub fn find_discrepancies(
    sentences: &[SentenceInfo],
    alignments: &[Alignment],
    entities: &[Entity],
    quotes: &[Quote],
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    fact_conflicts(sentences, alignments, &mut out);
    entity_conflicts(entities, &mut out);
    place_spellings(entities, &mut out);
    quote_conflicts(quotes, &mut out);
    out.sort_by(|a, b| {
        let sources = |d: &Discrepancy| d.values.iter().map(|v| v.sources.len()).sum::<usize>();
        a.kind.cmp(&b.kind).then(sources(b).cmp(&sources(a))).then(a.subject.cmp(&b.subject))
    });
    out
}
