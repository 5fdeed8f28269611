//! Entity finding in French and Spanish sentences written for each rule: the words that open a clause
//! there, a participle that opens a sentence, role nouns and titles before a name.

use super::tests::{entities_of, person};
use super::*;

fn names(es: &[Entity]) -> Vec<&str> {
    es.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn a_word_that_opens_a_clause_in_the_articles_language_is_no_part_of_a_name() {
    // Spanish: "Aunque", "Cuando"; French: "Lorsque". The articles and particles of names stay.
    let es = entities_of(&["Aunque Tomás Vela buscó el empate, las jugadoras de Portugal resistieron hasta el final."]);
    assert!(names(&es).contains(&"Tomás Vela"), "{es:#?}");
    assert!(!names(&es).iter().any(|n| n.starts_with("Aunque")), "{es:#?}");
    let es =
        entities_of(&["Lorsque Lucie Marchal est arrivée, les pompiers étaient déjà dans la nef avec les équipes."]);
    assert!(names(&es).contains(&"Lucie Marchal"), "{es:#?}");
    let es = entities_of(&["Los Ángeles Vela y Tomás Vela dijeron que el partido de la selección fue muy duro."]);
    assert!(names(&es).iter().any(|n| n.starts_with("Los Ángeles")), "{es:#?}");
    // In an English article "Ayer" is a surname.
    let es = entities_of(&["Ayer Vale said the match was hard and that the team had played well."]);
    assert!(names(&es).contains(&"Ayer Vale"), "{es:#?}");
}

#[test]
fn a_french_or_spanish_participle_that_opens_a_sentence_is_no_first_name() {
    let es = entities_of(&["Évoquant Lucie Marchal, le maire a dit que la nef était fermée depuis des années."]);
    assert!(names(&es).contains(&"Lucie Marchal"), "{es:#?}");
    assert!(!names(&es).iter().any(|n| n.starts_with("Évoquant")), "{es:#?}");
    let es = entities_of(&["Tomando Ana Vale el balón, la selección marcó el gol de la victoria en la final."]);
    assert!(!names(&es).iter().any(|n| n.starts_with("Tomando")), "{es:#?}");
}

#[test]
fn roles_and_titles_before_a_name_in_french_and_spanish() {
    let es = entities_of(&["La flèche est l'œuvre de l'architecte Lucien Morel, selon les archives de la ville."]);
    assert_eq!(person(&es, "Morel").kind, EntityKind::Person, "{es:#?}");
    let es = entities_of(&["También el rey Tomás II felicitó a las jugadoras por la victoria en la final."]);
    let king = person(&es, "Tomás II");
    assert_eq!(king.kind, EntityKind::Person, "{es:#?}");
    assert_eq!(king.titles.first().map(|t| t.title.as_str()), Some("rey"));
}
