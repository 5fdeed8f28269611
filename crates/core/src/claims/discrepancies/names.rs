//! Names across sources: a different title or role for the same person, a different spelling of a
//! person's name, and places or organisations written two ways (one letter apart, or words reordered).

use super::{collect, Discrepancy, DiscrepancyKind};
// Title words that change what a title means (`TITLE_MODIFIERS`); of those, the ones that name
// another role (`OTHER_ROLE_WORDS`: "Vice President" is not "President"), while "former" and "ex"
// only place the same role in time, which sources write or leave out as they please.
use crate::claims::entities::{Entity, EntityKind, OTHER_ROLE_WORDS, TITLE_MODIFIERS};
use std::collections::{BTreeMap, BTreeSet};

/// Two titles disagree when neither is the other with words added ("officer" and "former police
/// officer" describe one role, the second more fully), or when the words one adds name another role.
/// "former" or "ex" alone makes a disagreement only between formal titles (capitalised before the name:
/// "Former President" and "President" say different things about the person now); a description in
/// lower case ("officer Derek Chauvin") may tell what the person was when the story happened.
fn titles_disagree(a: (&str, &str), b: (&str, &str)) -> bool {
    let words = |t: &str| t.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect::<BTreeSet<_>>();
    let (wa, wb) = (words(a.1), words(b.1));
    // An office someone is elected to but does not hold yet ("Vice President-elect") sits beside the
    // office they hold ("Senator"): the two disagree only over the same office ("President" against
    // "President-elect").
    let elect = |t: &str| {
        crate::text::normalize::fold(t).split(|c: char| !c.is_alphanumeric()).any(|w| w == "elect" || w == "designate")
    };
    let office = |w: &BTreeSet<String>| -> BTreeSet<String> {
        w.iter().flat_map(|x| x.split('-')).filter(|x| *x != "elect").map(str::to_string).collect()
    };
    if elect(a.0) != elect(b.0) && office(&wa).is_disjoint(&office(&wb)) {
        return false;
    }
    // A military rank sits beside an office too ("Admiral Osama Rabie, the chairman"): a rank and an
    // office never disagree; two ranks, or two offices, may.
    const RANKS: &[&str] = &[
        "admiral",
        "general",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "sergeant",
        "commander",
        "marshal",
        "brigadier",
        "commodore",
        "corporal",
        "private",
        "vice",
        "rear",
        "retired",
    ];
    let rank = |w: &BTreeSet<String>| !w.is_empty() && w.iter().all(|x| RANKS.contains(&x.as_str()));
    if rank(&wa) != rank(&wb) {
        return false;
    }
    if !(wa.is_subset(&wb) || wb.is_subset(&wa)) {
        return true;
    }
    let formal = |t: &str| t.split_whitespace().last().and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    wa.symmetric_difference(&wb).any(|w| {
        OTHER_ROLE_WORDS.contains(&w.as_str()) || (TITLE_MODIFIERS.contains(&w.as_str()) && formal(a.0) && formal(b.0))
    })
}

/// Qualifiers left out when comparing titles ("French President" and "President" agree): the
/// nationality words entity extraction already knows, a few grading words, and "founder".
fn ignored_in_title(word: &str) -> bool {
    // A founder stays one whatever office they hold: "Tesla founder" and "Tesla CEO" do not disagree.
    crate::claims::entities::is_qualifier(word)
        || matches!(word, "senior" | "top" | "special" | "founder" | "cofounder")
}

fn title_core(title: &str) -> String {
    // Only the title words count: "Turkish President", "French president" and "President" agree;
    // "chief executive of Northvale Rail" is "chief executive".
    let title = title.split(" of ").next().unwrap_or(title);
    title
        .split(|c: char| c.is_whitespace())
        .map(crate::text::normalize::fold)
        // "Vice-President", "President-elect": a hyphenated word that is no title word itself is its
        // parts ("Secretary-General" stays whole).
        .flat_map(|w| {
            if w.contains('-') && !crate::claims::entities::is_title_word(&w) {
                w.split('-').map(str::to_string).collect::<Vec<_>>()
            } else {
                vec![w]
            }
        })
        .flat_map(|w| spelled_out(w.trim_end_matches('.')).split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| crate::claims::entities::is_title_word(w.as_str()) && !ignored_in_title(w.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title word as the words it stands for, so that two ways of writing one role compare equal: the
/// common executive abbreviations ("CEO" is "chief executive officer"), and "head" for "chief" (the
/// head of legal is its legal chief).
fn spelled_out(word: &str) -> &str {
    match word {
        "ceo" => "chief executive officer",
        "cfo" => "chief financial officer",
        "coo" => "chief operating officer",
        "cto" => "chief technology officer",
        "head" => "chief",
        // Titles as news style abbreviates them before a name ("Sen. Kamala Harris", "Gov. Ron
        // DeSantis", "Lt. Gen. …"): the same title as written out.
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "maj" => "major",
        "capt" | "cpt" => "captain",
        "sgt" => "sergeant",
        "cmdr" => "commander",
        "adm" => "admiral",
        "pres" => "president",
        "prof" => "professor",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "rev" => "reverend",
        other => other,
    }
}

pub(super) fn entity_conflicts(entities: &[Entity], out: &mut Vec<Discrepancy>) {
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
        // The articles that give each title: an article that gives a person two titles ("Prince Charles
        // … now King Charles", "Sen. Kamala Harris, the vice president-elect") tells a change or two
        // roles, so those two titles are not rival answers in any pair of articles.
        let mut docs_giving: BTreeMap<&String, std::collections::BTreeSet<usize>> = BTreeMap::new();
        for (_, core, (doc, _)) in &items {
            docs_giving.entry(core).or_default().insert(*doc);
        }
        let told_together = |x: &String, y: &String| !docs_giving[x].is_disjoint(&docs_giving[y]);
        // At least two sources whose titles disagree (not one title written more fully). Compared per
        // distinct title and article, so a title repeated thousands of times is compared once.
        let distinct: std::collections::BTreeSet<(&String, &String, usize)> =
            items.iter().map(|(title, core, (doc, _))| (title, core, *doc)).collect();
        let disagree = distinct.iter().any(|x| {
            distinct.iter().any(|y| {
                x.2 != y.2
                    && !x.1.is_empty()
                    && !y.1.is_empty()
                    && titles_disagree((x.0, x.1), (y.0, y.1))
                    && !told_together(x.1, y.1)
            })
        });
        let meaningful = items.iter().any(|x| x.1.split(' ').any(|w| TITLE_MODIFIERS.contains(&w)))
            && items.iter().any(|x| !x.1.split(' ').any(|w| TITLE_MODIFIERS.contains(&w)));
        let plural_only = cores.iter().all(|c| c.ends_with('s'));
        if docs.len() >= 2 && cores.len() >= 2 && disagree && (meaningful || !plural_only) {
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
        // Accents written or left out ("Mbappé", "Mbappe") are one spelling in two typing conventions.
        // An initial's full stop written or left out ("S. Somanath", "S Somanath") is one spelling too.
        let folded = |t: &str| {
            t.split_whitespace()
                .map(|w| crate::text::normalize::fold(w.trim_end_matches('.')))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let without_initials = |t: &str| {
            folded(
                &t.split_whitespace()
                    .filter(|w| w.trim_end_matches('.').chars().count() > 1)
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        };
        let distinct_full: std::collections::BTreeSet<String> = full.iter().map(|s| without_initials(&s.0)).collect();
        let spellings: Vec<(String, (usize, usize))> = if distinct_full.len() >= 2 {
            full
        } else {
            e.mentions
                .iter()
                // The surname is the last word before a regnal numeral ("Charles III", "Charles I").
                .filter_map(|m| {
                    let words: Vec<&str> = m.text.split_whitespace().collect();
                    let numeral = |w: &&str| crate::claims::entities::is_regnal(w) || *w == "I";
                    let surname = match words.as_slice() {
                        [.., before, last] if numeral(last) => Some(*before),
                        [.., last] => Some(*last),
                        [] => None,
                    };
                    surname.map(|s| (clean(s), (m.doc, m.sentence)))
                })
                .collect()
        };
        // A shorter form of a longer spelling ("Jean" of "Saint-Jean", "Daragon" of "Nicolas Daragon") is
        // the same name written in part, not a different spelling.
        let lower: std::collections::BTreeSet<String> = spellings.iter().map(|s| folded(&s.0)).collect();
        // So is a short form of a first name before the same surname ("Jenni Hermoso" of "Jennifer
        // Hermoso", "Cata Coll" of "Catalina Coll"): the first three letters or more of a first name at
        // least two letters longer, or all of the short form but a final "i", "y" or "e". One letter
        // more is a spelling ("Vijay" and "Vijaya Gadde").
        let short_first_name = |s: &str, t: &str| {
            let (Some((a, rest_a)), Some((b, rest_b))) = (s.split_once(' '), t.split_once(' ')) else { return false };
            let trimmed = a.strip_suffix(['i', 'y', 'e']).filter(|x| x.chars().count() >= 3).unwrap_or(a);
            rest_a == rest_b
                && a.chars().count() >= 3
                && b.chars().count() >= a.chars().count() + 2
                && b.starts_with(trimmed)
        };
        let part_of_another = |s: &str| {
            lower.iter().any(|t| {
                (t.len() > s.len() && t.ends_with(s) && t[..t.len() - s.len()].ends_with(['-', ' ']))
                    || short_first_name(s, t)
            })
        };
        let spellings: Vec<(String, (usize, usize))> =
            spellings.into_iter().filter(|s| !part_of_another(&folded(&s.0))).collect();
        let distinct: std::collections::BTreeSet<String> = spellings.iter().map(|s| folded(&s.0)).collect();
        let docs: std::collections::BTreeSet<usize> = spellings.iter().map(|s| s.1 .0).collect();
        if distinct.len() >= 2 && docs.len() >= 2 {
            // Forms that differ only by accents or an initial's stop are one value, shown as the form
            // most sources write (the accented one on a tie).
            let mut forms: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
            for (written, _) in &spellings {
                *forms.entry(folded(written)).or_default().entry(written.clone()).or_default() += 1;
            }
            let shown = |written: &str| -> String {
                forms[&folded(written)]
                    .iter()
                    .max_by_key(|(form, n)| (**n, !form.is_ascii(), (*form).clone()))
                    .map_or_else(|| written.to_string(), |(form, _)| form.clone())
            };
            let spellings = spellings.iter().map(|(w, at)| (shown(w), *at)).collect();
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
pub(super) fn place_spellings(entities: &[Entity], out: &mut Vec<Discrepancy>) {
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
            crate::sort::sort(&mut words);
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
                let one_letter = one_edit_apart(&a.lower, &b.lower)
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

/// Whether one edit (a letter inserted, removed or replaced) turns `a` into `b`: Levenshtein distance
/// exactly 1, in one pass. strsim's `levenshtein` fills a row per letter of one name for every letter of
/// the other, which two long names (a chain of names joined by "of", in two articles) make quadratic.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        same < short.len() && short[same + 1..] == long[same + 1..]
    } else {
        short[same..] == long[same + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::{one_edit_apart, title_core, titles_disagree};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn one_edit_apart_is_levenshtein_one(a in "[abé ]{0,7}", b in "[abé ]{0,7}") {
            prop_assert_eq!(one_edit_apart(&a, &b), strsim::levenshtein(&a, &b) == 1);
        }
    }

    #[test]
    fn one_letter_apart_in_either_place() {
        assert!(one_edit_apart("vijay", "vijaya"));
        assert!(!one_edit_apart("kyiv", "kiev"));
        assert!(one_edit_apart("smith", "smyth"));
        assert!(!one_edit_apart("smith", "smith"));
        assert!(!one_edit_apart("smith", "smithers"));
    }

    fn disagree(a: &str, b: &str) -> bool {
        titles_disagree((a, &title_core(a)), (b, &title_core(b)))
    }

    #[test]
    fn one_role_written_more_or_less_fully_is_no_disagreement() {
        assert!(!disagree("officer", "white former Minneapolis police officer"));
        assert!(!disagree("CEO", "Chief Executive"));
        assert!(!disagree("Twitter CEO", "chief executive officer"));
        assert!(!disagree("head of legal", "legal affairs and policy chief"));
        assert!(!disagree("former President", "Former President"));
    }

    #[test]
    fn another_role_or_a_formal_title_in_another_time_disagrees() {
        assert!(disagree("Vice President", "President"));
        assert!(disagree("deputy minister", "minister"));
        assert!(disagree("Former President", "President"));
        assert!(disagree("President", "Prime Minister"));
    }
}
