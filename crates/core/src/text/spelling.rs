//! British spellings rewritten to American ones before stemming, so that "defence" and "defense",
//! "organisation" and "organization" meet: a table of whole words, then the regular patterns (-our,
//! -tre, the doubled l before a suffix as in "travelled", and -ise/-yse, with the words whose "-is" is
//! part of the root left alone). Used by `normalize.rs`.

/// British spellings rewritten to American ones before stemming.
pub(crate) fn american_spelling(word: &str) -> String {
    const WHOLE: &[(&str, &str)] = &[
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
        ("pretence", "pretense"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("grey", "gray"),
        ("whilst", "while"),
        ("amongst", "among"),
        ("towards", "toward"),
        ("learnt", "learned"),
        ("judgement", "judgment"),
        ("ageing", "aging"),
        ("catalogue", "catalog"),
        ("dialogue", "dialog"),
        ("analyse", "analyze"),
        ("analysed", "analyzed"),
        ("paralysed", "paralyzed"),
        ("tyre", "tire"),
        ("tyres", "tires"),
        ("kerb", "curb"),
        ("mould", "mold"),
        ("plough", "plow"),
        ("manoeuvre", "maneuver"),
        ("practise", "practice"),
        ("enrolment", "enrollment"),
        ("fulfil", "fulfill"),
        ("jewellery", "jewelry"),
    ];
    if let Some((_, us)) = WHOLE.iter().find(|(uk, _)| *uk == word) {
        return (*us).to_string();
    }
    const OUR_STEMS: &[&str] = &[
        "colour",
        "favour",
        "honour",
        "labour",
        "neighbour",
        "behaviour",
        "harbour",
        "humour",
        "rumour",
        "vigour",
        "armour",
        "endeavour",
        "savour",
        "flavour",
        "valour",
        "parlour",
        "odour",
        "vapour",
        "tumour",
        "rancour",
        "splendour",
        "clamour",
    ];
    let has_our = word.contains("our");
    for stem in OUR_STEMS.iter().filter(|_| has_our) {
        if let Some(rest) = word.strip_prefix(stem) {
            return format!("{}or{rest}", &stem[..stem.len() - 3]);
        }
    }
    let tre_ending = word.ends_with("re") || word.ends_with("res");
    for (uk, us) in [
        ("centre", "center"),
        ("metre", "meter"),
        ("theatre", "theater"),
        ("litre", "liter"),
        ("fibre", "fiber"),
        ("calibre", "caliber"),
        ("spectre", "specter"),
        ("sombre", "somber"),
    ]
    .into_iter()
    .filter(|_| tre_ending)
    {
        let (singular, plural) = match word.strip_suffix('s') {
            Some(w) if w.ends_with(uk) => (w, "s"),
            _ => (word, ""),
        };
        if let Some(rest) = singular.strip_suffix(uk) {
            return format!("{rest}{us}{plural}");
        }
    }
    // British doubled l before a suffix: "travelled", "cancelling", "modelling".
    const DOUBLE_L: &[&str] = &[
        "travel", "cancel", "label", "model", "fuel", "level", "signal", "tunnel", "channel", "marvel", "counsel",
        "dial", "total", "jewel", "quarrel", "equal", "rival", "shovel", "panel", "funnel",
    ];
    let has_ll = word.contains("ll");
    for stem in DOUBLE_L.iter().filter(|_| has_ll) {
        if let Some(rest) = word.strip_prefix(stem).and_then(|r| r.strip_prefix('l')) {
            if matches!(rest, "ed" | "ing" | "er" | "ers") {
                return format!("{stem}{rest}");
            }
        }
    }
    const NOT_ISE: &[&str] = &[
        "advis",
        "aris",
        "compris",
        "compromis",
        "exercis",
        "expertis",
        "premis",
        "promis",
        "ris",
        "surpris",
        "wis",
        "otherwis",
        "likewis",
        "supervis",
        "televis",
        "enterpris",
        "franchis",
        "merchandis",
        "concis",
        "precis",
        "nois",
        "rais",
        "prais",
        "pois",
        "despis",
        "devis",
        "revis",
        "improvis",
        "disguis",
        "cruis",
        "bruis",
        "chastis",
        "excis",
        "incis",
        "treatis",
        "paradis",
        "demis",
        "apprais",
        "appris",
        "cerise",
        "pois",
        "vis",
        "bais",
        "chais",
        "guis",
        "mais",
        "pais",
        "lis",
        "dis",
        "his",
        "cis",
        "tis",
        "uprais",
        "sunris",
    ];
    if !(word.contains("is") || word.contains("ys")) {
        return word.to_string();
    }
    for (uk, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("iser", "izer"),
        ("isers", "izers"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ] {
        if let Some(rest) = word.strip_suffix(uk) {
            let root = format!("{rest}is");
            let excluded = NOT_ISE.iter().any(|n| root == *n || (n.len() >= 5 && root.ends_with(n)));
            if rest.len() >= 3 && !excluded {
                return format!("{rest}{us}");
            }
        }
    }
    word.to_string()
}
