//! A small newsroom thesaurus: words that news outlets use interchangeably for the same thing
//! ("met" / "gathered" / "convened", "truce" / "ceasefire", "U.S." / "United States" / "Washington"
//! is *not* here: a capital stands for its government only sometimes). Each class maps to one canonical
//! term before stemming. General-purpose English news vocabulary, not any one event's words; kept
//! short on purpose, because every class trades a little precision for recall.

/// Canonical term for a folded English word, if it belongs to a synonym class.
pub fn canonical(word: &str) -> Option<&'static str> {
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let index = INDEX
        .get_or_init(|| CLASSES.iter().flat_map(|(canon, words)| words.iter().map(move |w| (*w, *canon))).collect());
    index.get(word).copied()
}

const CLASSES: &[(&str, &[&str])] = &[
    (
        "meet",
        &[
            "met",
            "meet",
            "meets",
            "meeting",
            "meetings",
            "convened",
            "convene",
            "convenes",
            "gathered",
            "gather",
            "gathering",
            "assembled",
            "summit",
            "summits",
        ],
    ),
    ("guarantee", &["guarantee", "guarantees", "guaranteed", "assurance", "assurances"]),
    (
        "pledge",
        &[
            "pledge",
            "pledges",
            "pledged",
            "promise",
            "promises",
            "promised",
            "commitment",
            "commitments",
            "vow",
            "vowed",
        ],
    ),
    ("ceasefire", &["ceasefire", "ceasefires", "cease-fire", "truce", "armistice"]),
    ("war", &["war", "wars", "conflict", "conflicts"]),
    (
        "kill",
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "dead",
            "died",
            "die",
            "dies",
            "death",
            "deaths",
            "fatalities",
            "fatality",
        ],
    ),
    ("injure", &["injured", "injuries", "injury", "injuring", "wounded", "wounding", "hurt"]),
    ("country", &["country", "countries", "nation", "nations"]),
    ("begin", &["begin", "began", "begun", "begins", "start", "started", "starts", "commenced"]),
    ("announce", &["announce", "announced", "announces", "announcement", "declared", "unveiled"]),
    ("fire", &["fire", "fires", "blaze", "blazes", "inferno", "flames", "wildfire", "wildfires"]),
    ("quake", &["earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors"]),
    ("people", &["people", "persons", "individuals"]),
    ("usa", &["u.s", "usa", "america", "american", "americans"]),
    ("uk", &["u.k", "britain", "british"]),
    ("arrive", &["arrive", "arrived", "arrives", "arrival"]),
    (
        "attend",
        &["attend", "attended", "attends", "attending", "attendees", "participants", "participated", "participation"],
    ),
    ("aim", &["aim", "aims", "aimed", "goal", "goals", "objective", "objectives", "purpose"]),
    (
        "discuss",
        &[
            "discuss",
            "discussed",
            "discusses",
            "discussion",
            "discussions",
            "talks",
            "negotiate",
            "negotiated",
            "negotiation",
            "negotiations",
            "dialogue",
            "dialog",
        ],
    ),
    ("plan", &["plan", "plans", "planned", "planning", "proposal", "proposals", "framework", "blueprint"]),
    ("support", &["support", "supported", "supporting", "supports", "backing", "backed", "assistance", "aid"]),
    ("troops", &["troops", "soldiers", "forces"]),
    ("attack", &["attack", "attacks", "attacked", "aggression", "assault", "invasion", "offensive"]),
    ("ally", &["ally", "allies", "allied", "partner", "partners", "supporters"]),
    ("concrete", &["concrete", "tangible", "specific", "firm", "detailed", "clear", "clearer", "explicit"]),
    ("uncertain", &["uncertain", "uncertainty", "unclear", "unresolved", "undefined"]),
    (
        "protect",
        &[
            "protect",
            "protects",
            "protected",
            "protection",
            "deter",
            "deters",
            "deterrent",
            "deterrence",
            "defend",
            "defending",
        ],
    ),
    ("leader", &["leader", "leaders", "heads"]),
    ("host", &["host", "hosted", "hosting", "hosts"]),
    ("finish", &["complete", "completed", "finalize", "finalized", "finalise", "finalised", "finished"]),
    ("help", &["help", "helped", "helps", "assist", "assisted"]),
];

#[cfg(test)]
mod tests {
    use super::{canonical, CLASSES};

    #[test]
    fn every_word_is_in_one_class_only() {
        let mut seen = std::collections::BTreeMap::new();
        for (canon, words) in CLASSES {
            for word in words.iter() {
                if let Some(other) = seen.insert(*word, *canon) {
                    panic!("{word} is in the classes of {other} and {canon}");
                }
            }
        }
    }

    #[test]
    fn interchangeable_news_words_share_a_term() {
        assert_eq!(canonical("convened"), canonical("met"));
        assert_eq!(canonical("truce"), Some("ceasefire"));
        assert_eq!(canonical("u.s"), canonical("american"));
        assert_eq!(canonical("table"), None);
    }
}
