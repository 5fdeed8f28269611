//! Entity finding on short texts, continued: titles with their place before a name, clauses that are
//! no title, names in capitals, a shorter name beside a longer one, groups named like people, a list
//! under a title in the plural, a party before a name, a player's or an official's role before it.

use super::tests::{entities_of, person};
use super::*;

#[test]
fn a_title_of_a_place_before_a_name_is_the_title_and_the_name_follows() {
    let es = entities_of(&[
        "At noon the Archbishop of Canterbury Justin Welby crowned him, and the mayor of London Sadiq Khan spoke.",
        "Selon la maire de Paris Anne Hidalgo, la flèche sera reconstruite.",
        "The Governor of New York Kathy Hochul spoke.",
    ]);
    for (name, title) in [
        ("Justin Welby", "Archbishop of Canterbury"),
        ("Sadiq Khan", "mayor of London"),
        ("Anne Hidalgo", "maire de Paris"),
        ("Kathy Hochul", "Governor of New York"),
    ] {
        let e = person(&es, name);
        assert_eq!((e.name.as_str(), e.kind, e.titles[0].title.as_str()), (name, EntityKind::Person, title));
    }
    // Where the place ends and a longer name begins the words do not tell; a firm's name is no person.
    let es = entities_of(&[
        "El alcalde de Madrid José Luis Martínez-Almeida dijo que no.",
        "CEO of Royal Boskalis Westminster said nothing.",
    ]);
    assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
}

#[test]
fn a_clause_after_a_name_is_no_title() {
    let es = entities_of(&[
        "The Archbishop of Canterbury, Justin Welby, crowned the King.",
        "The cave is near Kyiv, joined by NATO's top commander.",
        "Amporn Sriwichai, aunt of the rescued coach, waited.",
    ]);
    assert!(es.iter().all(|e| e.titles.iter().all(|t| !t.title.contains("crowned") && !t.title.contains("joined"))));
    assert_eq!(person(&es, "Sriwichai").titles[0].title, "aunt of the rescued coach");
}

#[test]
fn a_name_in_capitals_is_shown_in_ordinary_case() {
    let es =
        entities_of(&["Secret Service Director KIMBERLY CHEATLE was asked.", "Director Kimberly Cheatle declined."]);
    let e = person(&es, "heatle");
    assert_eq!(e.name, "Kimberly Cheatle");
    assert_eq!(e.variants.len(), 2, "the spellings stay as written");
    let es = entities_of(&["Secret Service Director JEAN-PAUL RIVERA said no."]);
    assert_eq!(person(&es, "Rivera").name, "Jean-Paul Rivera");
}

#[test]
fn a_first_name_spelt_like_a_particle_follows_a_title() {
    let es = entities_of(&["Outside, civil rights activist Reverend Al Sharpton spoke to the crowd."]);
    let e = person(&es, "Sharpton");
    assert_eq!((e.name.as_str(), e.titles[0].title.as_str()), ("Al Sharpton", "Reverend"));
}

#[test]
fn a_shorter_name_written_beside_the_longer_one_is_another_person() {
    // One source writes the gunman's full name and his father's, which is its end.
    let es = entities_of(&[
        "Police named the gunman as Dana Lee Vole, 20. Vole's father, Lee Vole, said he was confused.",
        "Dana Lee Vole, 20, fired from a roof, police said.",
    ]);
    let voles: Vec<&str> = es.iter().filter(|e| e.name.contains("Vole")).map(|e| e.name.as_str()).collect();
    assert_eq!(voles, ["Dana Lee Vole", "Lee Vole"]);
}

#[test]
fn a_group_named_like_a_person_is_a_body() {
    let es = entities_of(&[
        "Climate activists Just Stop Oil said 19 of its number were held.",
        "In the northwest, the White Helmets, a civil defense volunteer group, said the toll rose.",
        "The deal closed after Tom Reyes, the billionaire CEO of Tesla Inc, said so.",
        "Her sons Ana Vale and Ben Vale said nothing.",
    ]);
    let kind = |name: &str| person(&es, name).kind;
    assert_eq!(kind("Just Stop Oil"), EntityKind::Organisation);
    assert_eq!(kind("White Helmets"), EntityKind::Organisation);
    assert_eq!(kind("Tom Reyes"), EntityKind::Person, "an employer's name ends the title, not its head");
    assert_eq!(kind("Ana Vale"), EntityKind::Person, "a plural role before a list of people");
}

#[test]
fn a_title_in_the_plural_names_every_person_of_its_list() {
    let es = entities_of(&["The ruling was joined by Justices Tom Vale, Ana Reyes and Lu Chen on the last day."]);
    for name in ["Tom Vale", "Ana Reyes", "Lu Chen"] {
        assert_eq!(person(&es, name).kind, EntityKind::Person, "{es:#?}");
    }
    // Without such a title a list of names says nothing of who they are.
    let es = entities_of(&["The ruling was praised by Tom Vale, Ana Reyes and Lu Chen on the last day."]);
    assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
}

#[test]
fn a_party_before_a_persons_name_is_no_part_of_it() {
    let es = entities_of(&["Democrat Tom Vale has been projected to win the seat, and Republican Ana Reyes conceded."]);
    assert!(es.iter().any(|e| e.name == "Tom Vale"), "{es:#?}");
    assert!(es.iter().any(|e| e.name == "Ana Reyes"), "{es:#?}");
    let es = entities_of(&["The Republican National Committee met in the Democratic Republic of Congo on Monday."]);
    assert!(es.iter().any(|e| e.name == "Republican National Committee"), "{es:#?}");
}

#[test]
fn a_substitute_or_a_referee_before_a_name_is_a_persons_role() {
    let es = entities_of(&["The winner came late from substitute Tom Vale, and referee Ana Reyes allowed it."]);
    assert_eq!(person(&es, "Tom Vale").kind, EntityKind::Person, "{es:#?}");
    assert_eq!(person(&es, "Ana Reyes").kind, EntityKind::Person, "{es:#?}");
    let es = entities_of(&["U.S. Representative Tom Vale wrote that photographer Ana Reyes was hurt."]);
    assert_eq!(person(&es, "Tom Vale").name, "Tom Vale", "{es:#?}");
    assert_eq!(person(&es, "Tom Vale").kind, EntityKind::Person, "{es:#?}");
    assert_eq!(person(&es, "Ana Reyes").kind, EntityKind::Person, "{es:#?}");
}
