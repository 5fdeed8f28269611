//! The People page as plain data: each person the analysis found, most widely named first, with the
//! sources naming them, the spellings and titles each source uses, the first mention to open, and the
//! reader's verdicts that merged rows into it or split it off another; then the places and
//! organisations several sources name, with their spellings.

use crate::state::links::SentenceRef;
use parallax_core::{Analysis, EntityKind, Verdict};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub name: String,
    /// Sources naming the person, in corpus order.
    pub sources: Vec<usize>,
    /// Each spelling with the sources using it.
    pub spellings: Vec<(String, Vec<usize>)>,
    /// Each title or role with the sources giving it.
    pub titles: Vec<(String, Vec<usize>)>,
    /// The first mention, opened by a click on the name.
    pub first: Option<SentenceRef>,
    /// The reader's verdicts that made this row: "same person" merges into it, "different people" when
    /// it was split off another.
    pub merged_by_reader: Vec<Verdict>,
}

/// The rows of the People page: named by more sources first, then in the analysis's order.
pub fn people(analysis: &Analysis) -> Vec<PersonRow> {
    let mut rows: Vec<PersonRow> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| PersonRow {
            name: e.name.clone(),
            sources: e.mentions.iter().map(|m| m.doc).collect::<BTreeSet<_>>().into_iter().collect(),
            spellings: e.variants.iter().map(|v| (v.text.clone(), v.sources.clone())).collect(),
            titles: e.titles.iter().map(|t| (t.title.clone(), t.sources.clone())).collect(),
            first: e.mentions.first().map(|m| (m.doc, m.sentence)),
            merged_by_reader: analysis
                .verdicts
                .iter()
                .filter(|o| o.applies())
                .filter(|o| match &o.verdict {
                    Verdict::SamePerson { a, b, .. } => e.is_named(a) && e.is_named(b),
                    Verdict::DifferentPeople { spelling, .. } => e.name == *spelling,
                    _ => false,
                })
                .map(|o| o.verdict.clone())
                .collect(),
        })
        .collect();
    parallax_core::sort::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.sources.len()));
    rows
}

/// A place or organisation as the sources write it.
#[derive(Debug, Clone, PartialEq)]
pub struct NameRow {
    pub name: String,
    /// Sources naming it, in corpus order.
    pub sources: Vec<usize>,
    /// Each spelling with the sources using it.
    pub spellings: Vec<(String, Vec<usize>)>,
    /// The first mention, opened by a click on the name.
    pub first: Option<SentenceRef>,
}

/// Places and organisations named by two or more sources or spelled two ways, in one list: which of
/// the two a name is cannot always be told from the text ("Beirut" for its port authority), so the
/// list does not say. Named by more sources first.
pub fn places_and_organisations(analysis: &Analysis) -> Vec<NameRow> {
    let mut rows: Vec<NameRow> = analysis
        .entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Place | EntityKind::Organisation))
        .map(|e| NameRow {
            name: e.name.clone(),
            sources: e.mentions.iter().map(|m| m.doc).collect::<BTreeSet<_>>().into_iter().collect(),
            spellings: e.variants.iter().map(|v| (v.text.clone(), v.sources.clone())).collect(),
            first: e.mentions.first().map(|m| (m.doc, m.sentence)),
        })
        .filter(|r| r.sources.len() >= 2 || r.spellings.len() >= 2)
        .collect();
    parallax_core::sort::sort_by(&mut rows, |a, b| {
        b.sources.len().cmp(&a.sources.len()).then(b.spellings.len().cmp(&a.spellings.len()))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::test_corpus::paris;

    #[test]
    fn zelensky_is_named_by_several_sources_and_comes_before_one_source_names() {
        // Read in the texts: the Ukrainian president is named in sources B, C, D and E, spelled
        // "Zelenskyy" (B, D), "Zelenskiy" (C) and "Zelensky" (E).
        let (analysis, _) = paris();
        let rows = people(&analysis);
        assert!(rows.windows(2).all(|w| w[0].sources.len() >= w[1].sources.len()), "most widely named first");
        let z = rows.iter().find(|r| r.name.contains("Zelensk")).expect("Zelensky is a person");
        assert_eq!(z.sources, vec![1, 2, 3, 4], "{z:?}");
        let spelled = |s: &str| z.spellings.iter().find(|(t, _)| t.ends_with(s)).map(|(_, d)| d.clone());
        assert_eq!(spelled("Zelenskyy"), Some(vec![1, 3]), "{z:?}");
        assert_eq!(spelled("Zelenskiy"), Some(vec![2]), "{z:?}");
        assert_eq!(spelled("Zelensky"), Some(vec![4]), "{z:?}");
        let first = z.first.expect("a first mention");
        assert!(analysis.sentence(first).unwrap().text.contains("Zelensk"));
    }

    #[test]
    fn places_named_by_several_sources_are_listed_with_their_spellings() {
        // Read in the texts: all five sources name Paris; the Elysée is written "Elysée Palace" and
        // "Élysée Palace" by two sources.
        let (analysis, _) = paris();
        let rows = places_and_organisations(&analysis);
        assert!(rows.iter().all(|r| r.sources.len() >= 2 || r.spellings.len() >= 2), "{rows:?}");
        let paris = rows.iter().find(|r| r.name == "Paris").expect("Paris is listed");
        assert_eq!(paris.sources, vec![0, 1, 2, 3, 4]);
        let elysee = rows.iter().find(|r| r.name.contains("lysée")).expect("the Elysée is listed");
        assert_eq!(elysee.spellings.len(), 2, "{elysee:?}");
        assert!(!rows.iter().any(|r| r.name == "Kremlin"), "named by one source in one spelling: left out");
    }
}
