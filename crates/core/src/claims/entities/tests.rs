//! Entity finding on short texts written for each rule: titles, runs, possessives, "of", participles,
//! and the names the corpus shows to be one person.

use super::*;

pub(super) fn entities_of(docs: &[&str]) -> Vec<Entity> {
    let sentences: Vec<SentenceText> = docs
        .iter()
        .enumerate()
        .map(|(d, t)| SentenceText {
            doc: d,
            index: 0,
            start: 0,
            text: t,
            heading: false,
            words: crate::text::words::word_indices(t).collect(),
            language: crate::text::stopwords::guess_language(
                crate::text::words::words(t).map(crate::text::normalize::fold),
            ),
        })
        .collect();
    let text_of = |d: usize| docs[d];
    find_entities(&text_of, &sentences)
}

pub(super) fn person<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
    es.iter().find(|e| e.name.contains(name)).unwrap_or_else(|| panic!("no {name} in {es:#?}"))
}

#[test]
fn a_title_inside_a_long_run_ends_where_the_name_begins() {
    let es = entities_of(&["Two were rescued, Baltimore City Fire Department Chief James Wallace said."]);
    let wallace = person(&es, "Wallace");
    assert_eq!((wallace.name.as_str(), wallace.kind), ("James Wallace", EntityKind::Person));
    assert_eq!(wallace.titles[0].title, "Baltimore City Fire Department Chief");
}

#[test]
fn former_and_acting_written_in_lower_case_belong_to_the_title() {
    let es = entities_of(&["Shots were fired at former President Nadia Holt and acting Governor Tom Reyes."]);
    assert_eq!(person(&es, "Holt").titles[0].title, "former President");
    assert_eq!(person(&es, "Reyes").titles[0].title, "acting Governor");
}

#[test]
fn a_bodys_member_and_a_long_title_make_a_person() {
    let es = entities_of(&[
        "Harbour City Council Member Dana Vole told reporters the pier was shut.",
        "The mayor met Rear Admiral Okafor and Secretary of Transport Lindqvist on the quay.",
    ]);
    let vole = person(&es, "Vole");
    assert_eq!((vole.name.as_str(), vole.kind), ("Dana Vole", EntityKind::Person));
    assert_eq!(vole.titles[0].title, "Harbour City Council Member");
    assert_eq!(person(&es, "Okafor").kind, EntityKind::Person);
    assert_eq!(person(&es, "Lindqvist").kind, EntityKind::Person);
    // A one-word title before one capitalised word is not enough ("Their Coach Rescued").
    assert!(super::grouping::is_long_title("Secretary of Transport"));
    assert!(super::grouping::is_long_title("Vice Admiral"));
    assert!(!super::grouping::is_long_title("Their Coach"));
    assert!(!super::grouping::is_long_title("Lebanese General"));
}

#[test]
fn a_hyphenated_nationality_before_a_name_is_no_part_of_it() {
    let es = entities_of(&[
        "A former officer was convicted of murdering African-American Dana Vole on Tuesday.",
        "Mr Vole's family thanked the jury. The death of Dana Vole shook the city, Mayor Tom Reyes said.",
    ]);
    let vole = person(&es, "Vole");
    assert_eq!(vole.name, "Dana Vole");
    assert_eq!(es.iter().filter(|e| e.name.contains("Vole")).count(), 1, "{es:#?}");
}

#[test]
fn a_common_word_after_a_hyphen_is_no_part_of_a_name() {
    let es = entities_of(&[
        "Fans bought T-shirts from the Singapore-flagged ship built by Kyiv-based firms.",
        "Jean-Marie Violet-le-Duc and Dana Vole watched WASP-96b.",
    ]);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("shirts") || n.contains("flagged") || n.contains("based")), "{names:?}");
    assert!(names.contains(&"Singapore"), "{names:?}");
    assert!(names.contains(&"Jean-Marie Violet-le-Duc") && names.contains(&"WASP-96b"), "{names:?}");
}

#[test]
fn a_participle_that_opens_a_sentence_is_no_first_name() {
    let es = entities_of(&[
        "Joining Alito were Justices Dana Vole and Tom Reyes.",
        "Justice Samuel Alito wrote the opinion.",
        "Downing Street said the prime minister would speak later.",
    ]);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Joining")), "{names:?}");
    let alito = person(&es, "Alito");
    assert_eq!((alito.name.as_str(), alito.mentions.len()), ("Samuel Alito", 2));
    assert!(names.contains(&"Downing Street"), "{names:?}");
}

#[test]
fn a_middle_name_written_first_and_a_surname_alone_join_the_name_most_sources_write() {
    let es = entities_of(&[
        "Police named the gunman as Dana Lee Vole, 20, on Sunday.",
        "Dana Lee Vole, 20, fired from a roof, police said.",
        "Lee Vole, 20, was shot dead. Vole had no record.",
    ]);
    let voles: Vec<&Entity> = es.iter().filter(|e| e.name.contains("Vole")).collect();
    assert_eq!(voles.len(), 1, "{voles:#?}");
    assert_eq!((voles[0].name.as_str(), voles[0].mentions.len()), ("Dana Lee Vole", 4));
    // A word caught before the name in one source does not take the name the others write.
    let es = entities_of(&[
        "Tom Reyes, 70, said the count was over.",
        "Tom Reyes, 70, thanked voters.",
        "Democrat Tom Reyes, 70, said he had won.",
    ]);
    assert_eq!(person(&es, "Reyes").name, "Tom Reyes");
}

#[test]
fn a_rank_held_for_life_before_a_first_name_makes_a_person_and_a_generic_title_does_not() {
    let es = entities_of(&[
        "The crowd cheered as Prince William knelt before the King.",
        "Prince William swore allegiance; the agency Lebanese General Security was not there.",
        "Officers from the Lebanese General Security closed the port.",
    ]);
    assert_eq!(person(&es, "William").kind, EntityKind::Person, "{es:#?}");
    assert!(es.iter().filter(|e| e.name.contains("Security")).all(|e| e.kind != EntityKind::Person), "{es:#?}");
}

#[test]
fn a_function_word_inside_a_clause_belongs_to_the_name() {
    let es = entities_of(&[
        "Police held demonstrators from Just Stop Oil and Animal Rising near the abbey.",
        "Climate activists Just Stop Oil said 19 of its number were held.",
    ]);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Just Stop Oil"), "{names:?}");
    assert!(!names.contains(&"Stop Oil"), "{names:?}");
}

#[test]
fn a_person_then_of_and_more_is_that_person_when_the_corpus_names_them_alone() {
    let es = entities_of(&[
        "Police named the gunman as Dana Lee Vole of Bethel Park, a 20-year-old.",
        "Dana Lee Vole fired from a roof. King Charles III was crowned; Charles III of Great Britain wept.",
        "The queue at Bank of America grew.",
    ]);
    let vole = person(&es, "Vole");
    assert_eq!((vole.name.as_str(), vole.mentions.len()), ("Dana Lee Vole", 2), "{es:#?}");
    let charles = person(&es, "Charles");
    assert_eq!((charles.name.as_str(), charles.mentions.len()), ("Charles III", 2), "{es:#?}");
    assert!(es.iter().any(|e| e.name == "Bank of America"), "{es:#?}");
}

#[test]
fn a_full_name_then_of_and_a_place_is_the_person_and_where_they_come_from() {
    let es = entities_of(&[
        "The bill was backed by Sen. Dana Vole of California on Monday.",
        "Dana Vole said the bill would pass. Foreign Minister Tom Reyes of France agreed.",
        "Tom Reyes spoke in Paris. King Charles III of Great Britain and the Bank of America did not.",
    ]);
    let people: Vec<&str> = es.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert!(people.contains(&"Dana Vole") && people.contains(&"Tom Reyes"), "{people:?}");
    assert!(!people.iter().any(|p| p.ends_with("of California") || p.ends_with("of France")), "{people:?}");
    assert!(es.iter().any(|e| e.name == "Charles III of Great Britain"), "{es:#?}");
    assert!(es.iter().any(|e| e.name == "Bank of America"), "{es:#?}");
}

#[test]
fn a_name_written_in_the_other_order_with_the_same_title_is_one_person() {
    let es = entities_of(&[
        "Health Minister Rana Tawil said 70 people had died.",
        "Health Minister Tawil Rana said the toll would rise.",
    ]);
    let people: Vec<&str> = es.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people.len(), 1, "{people:?}");
    // Two people may bear each other's names: another title, or one source naming both, keeps them apart.
    let es = entities_of(&["Health Minister Rana Tawil said so.", "Police Chief Tawil Rana said so."]);
    assert_eq!(es.iter().filter(|e| e.kind == EntityKind::Person).count(), 2, "{es:#?}");
    let es = entities_of(&["Health Minister Rana Tawil met Health Minister Tawil Rana.", "Nothing here."]);
    assert_eq!(es.iter().filter(|e| e.kind == EntityKind::Person).count(), 2, "{es:#?}");
}

#[test]
fn more_offices_before_a_name_are_titles() {
    let es = entities_of(&[
        "Harbour Administrator Dana Vole said the port reopened, General Counsel Tom Reyes said.",
        "Dana Vole and Tom Reyes spoke after Northvale Founder Ana Ruiz said so.",
    ]);
    for name in ["Dana Vole", "Tom Reyes", "Ana Ruiz"] {
        assert!(es.iter().any(|e| e.kind == EntityKind::Person && e.name == name), "{name}: {es:#?}");
    }
    // "Two-thirds of voters said": no person named "thirds of voters".
    let es = entities_of(&["Two-thirds of Americans said the ruling went too far, a poll found."]);
    assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
}

#[test]
fn places_and_bodies_are_not_people() {
    let es = entities_of(&["Two people were pulled from the Patapsco River, near the Francis Scott Key Bridge."]);
    assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:#?}");
}

#[test]
fn titles_are_split_from_names_and_kept() {
    let es = entities_of(&["French President Emmanuel Macron met U.S. envoy Steve Witkoff in Paris."]);
    let macron = person(&es, "Macron");
    assert_eq!(macron.name, "Emmanuel Macron");
    assert_eq!(macron.kind, EntityKind::Person);
    assert_eq!(macron.titles[0].title, "French President");
    let witkoff = person(&es, "Witkoff");
    assert_eq!(witkoff.titles[0].title, "U.S. envoy");
    assert_eq!(person(&es, "Paris").kind, EntityKind::Place);
}

#[test]
fn a_plural_title_is_a_title_and_a_first_name_typed_once_is_kept() {
    // "Princes Edric, Tomas and Aldo": the title is plural; Edric, called Prince Edric elsewhere,
    // is one person under his one name.
    let es = entities_of(&[
        "Her sons, Princes Edric and Tomas, travelled to the castle.",
        "Prince Edric arrived at the castle on Thursday.",
        "Edric said he was deeply saddened.",
    ]);
    let edric = person(&es, "Edric");
    assert_eq!(edric.name, "Edric");
    assert_eq!(edric.kind, EntityKind::Person);
    assert!(es.iter().all(|e| !e.name.contains("Princes")), "{es:#?}");
}

#[test]
fn transliterations_and_surnames_group_across_sources() {
    let es = entities_of(&[
        "Ukrainian President Volodymyr Zelenskyy attended.",
        "Leaders met President Volodymyr Zelenskiy on Thursday.",
        "Ukrainian President Volodymyr Zelensky arrived; Zelensky spoke later.",
    ]);
    let z = person(&es, "Volodymyr");
    let spellings: Vec<&str> = z.variants.iter().map(|v| v.text.as_str()).collect();
    assert!(
        spellings.contains(&"Volodymyr Zelenskyy")
            && spellings.contains(&"Volodymyr Zelenskiy")
            && spellings.contains(&"Zelensky"),
        "{spellings:?}"
    );
    assert_eq!(z.mentions.len(), 4);
}

#[test]
fn a_long_name_transliterated_with_other_vowels_is_one_person() {
    let es = entities_of(&[
        "Provincial Governor Somchai Wattanakorn said the road was open.",
        "The head of the operation, Somchai Wottanakorn, said it was safe.",
        "Police chief Ana Lee met Ana Li, a doctor, who said little.",
    ]);
    let s = person(&es, "Somchai");
    assert_eq!(s.mentions.len(), 2, "{es:#?}");
    // Short names are not matched by their consonants alone.
    assert!(es.iter().filter(|e| e.name.starts_with("Ana ")).count() == 2, "{es:#?}");
}

#[test]
fn people_sharing_a_first_name_stay_apart() {
    let es = entities_of(&["President Donald Trump spoke.", "Polish Prime Minister Donald Tusk spoke."]);
    assert_ne!(person(&es, "Trump").id, person(&es, "Tusk").id);
    let es = entities_of(&["Anna Schmidt testified.", "Peter Schmidt testified."]);
    assert_ne!(person(&es, "Anna").id, person(&es, "Peter").id, "same surname, different first names");
}

#[test]
fn korean_names_with_hyphens_group() {
    let es = entities_of(&["Kim Jong Un said so.", "Kim Jong-un said so."]);
    let kim = person(&es, "Kim");
    assert_eq!(kim.mentions.len(), 2, "{es:#?}");
    // "Un" in a name is not the acronym UN: the group is a person, so its spellings are compared.
    assert_eq!(kim.kind, EntityKind::Person, "{es:#?}");
}

#[test]
fn organisations_are_recognised() {
    let es = entities_of(&["NATO Secretary General Mark Rutte spoke at the Elysée Palace, Reuters reported."]);
    assert_eq!(person(&es, "Rutte").titles[0].title, "NATO Secretary General");
    assert_eq!(person(&es, "Reuters").kind, EntityKind::Organisation);
}

/// The kind of the entity named exactly `name`, if any.
fn kind_of(es: &[Entity], name: &str) -> Option<EntityKind> {
    es.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn events_documents_and_common_abbreviations_are_no_places_or_organisations() {
    let es = entities_of(&[
        "Lending froze after the Great Recession, and the Paris Agreement was signed later.",
        "Banks have not failed like this since the Great Recession, the CEO said at 9am GMT.",
    ]);
    assert_eq!(kind_of(&es, "Great Recession"), Some(EntityKind::Other), "{es:#?}");
    assert_eq!(kind_of(&es, "Paris Agreement"), Some(EntityKind::Other), "{es:#?}");
    for abbreviation in ["CEO", "GMT"] {
        assert!(!matches!(kind_of(&es, abbreviation), Some(EntityKind::Organisation | EntityKind::Place)), "{es:#?}");
    }
}

#[test]
fn a_possessive_inside_a_run_ends_the_owner_and_the_name_follows_it() {
    let es = entities_of(&[
        "Radio Norte's Helena Varga reported the closure on Monday.",
        "The port stays shut, Helena Varga said later.",
        "The county's Ranger's Blog page was down for an hour.",
        "Murphy's Brewing Company said the plant would reopen.",
        "Crowds came to Governor Lena Marsh's Harvest Market on Sunday.",
        "Lena Marsh said the market would return next year.",
    ]);
    // The person after her outlet's possessive is named without it, and is one person with the
    // plain mention.
    let varga = person(&es, "Helena Varga");
    assert_eq!((varga.name.as_str(), varga.kind, varga.mentions.len()), ("Helena Varga", EntityKind::Person, 2));
    // No name is made of an owner and the thing owned.
    let joined = |e: &Entity| {
        (e.name.contains("Norte") && e.name.contains("Varga"))
            || (e.name.contains("Ranger") && e.name.contains("Blog"))
            || (e.name.contains("Marsh") && e.name.contains("Market"))
    };
    assert!(!es.iter().any(joined), "{es:#?}");
    // The owner is a mention of its own, with the title written before it; the thing owned is no
    // person and does not take the owner's title.
    let marsh = person(&es, "Lena Marsh");
    assert_eq!((marsh.kind, marsh.mentions.len()), (EntityKind::Person, 2), "{marsh:#?}");
    assert_eq!(marsh.titles.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(), ["Governor"], "{marsh:#?}");
    assert!(es.iter().all(|e| !(e.name == "Harvest Market" && e.kind == EntityKind::Person)), "{es:#?}");
    assert!(es.iter().filter(|e| e.name.contains("Market")).all(|e| e.titles.is_empty()), "{es:#?}");
    // An organisation's own name keeps its possessive.
    assert_eq!(kind_of(&es, "Murphy's Brewing Company"), Some(EntityKind::Organisation), "{es:#?}");
}

#[test]
fn an_abbreviated_title_or_an_occupation_before_a_name_is_its_title() {
    let es = entities_of(&[
        "Prime Minister Anil Rao praised the team.",
        "The landing was historic, PM Rao said.",
        "Astronomer Lia Moretti explained the image.",
    ]);
    assert_eq!(person(&es, "Anil Rao").mentions.len(), 2, "{es:#?}");
    assert!(es.iter().all(|e| !e.name.starts_with("PM") && !e.name.starts_with("Astronomer")), "{es:#?}");
    assert_eq!(person(&es, "Lia Moretti").titles[0].title, "Astronomer");
}

#[test]
fn a_name_led_by_a_word_in_capitals_is_a_bodys() {
    let es = entities_of(&[
        "KORA Towage said the tugs were ready, JB Harlan said.",
        "KORA Towage added that the ship was afloat, and JB Harlan agreed.",
    ]);
    assert_eq!(kind_of(&es, "KORA Towage"), Some(EntityKind::Organisation), "{es:#?}");
    // Two capitals are initials.
    assert_eq!(kind_of(&es, "JB Harlan"), Some(EntityKind::Person), "{es:#?}");
}

#[test]
fn a_handle_or_a_hashtag_is_no_name() {
    let es = entities_of(&[
        "Joe Marsh said the count would go on.",
        "This is about more than @JoeMarsh or me, Marsh said. #StormWatch",
    ]);
    assert!(es.iter().all(|e| e.variants.iter().all(|v| v.text != "JoeMarsh" && v.text != "StormWatch")), "{es:#?}");
    assert_eq!(person(&es, "Joe Marsh").mentions.len(), 2, "{es:#?}");
}

#[test]
fn a_name_that_is_no_person_is_a_place_only_with_a_reason() {
    let es = entities_of(&[
        "The storm moved across the Gulf of Mexico overnight.",
        "Crews near the Harlow Basin were told to wait.",
        "The Silver Foxes won again, and the Royal Navy Divers arrived.",
    ]);
    // A generic head before "of", and a place preposition before the name.
    assert_eq!(kind_of(&es, "Gulf of Mexico"), Some(EntityKind::Place), "{es:#?}");
    assert_eq!(kind_of(&es, "Harlow Basin"), Some(EntityKind::Place), "{es:#?}");
    // Neither: left out of the list of places; a body's word types the name.
    assert_eq!(kind_of(&es, "Silver Foxes"), Some(EntityKind::Other), "{es:#?}");
    assert_eq!(kind_of(&es, "Royal Navy Divers"), Some(EntityKind::Organisation), "{es:#?}");
}

#[test]
fn a_regnal_numeral_is_no_surname() {
    let es = entities_of(&[
        "King Charles III said the country mourned, Buckingham Palace said.",
        "Prince Charles, 73, spoke to reporters, and Charles said he was grateful.",
    ]);
    let charles: Vec<&Entity> = es.iter().filter(|e| e.name.starts_with("Charles")).collect();
    assert_eq!(charles.len(), 1, "one person: {es:#?}");
    assert_eq!(charles[0].mentions.iter().map(|m| m.doc).collect::<std::collections::BTreeSet<_>>().len(), 2);
    assert_eq!(surname_key("Charles III"), surname_key("Prince Charles"));
    // One letter is an initial, and "Xi" a name, not numerals.
    assert_ne!(surname_key("Malcolm X"), surname_key("Malcolm"));
    assert_eq!(surname_key("President Xi"), "xi");
}

#[test]
fn a_surname_alone_joins_the_plainest_full_name_and_storms_and_consorts_are_read() {
    let es = entities_of(&[
        "Democrat Joe Biden won the state, officials said on Friday.",
        "Joe Biden spoke in Delaware. Biden said the count would go on, and Biden thanked voters.",
        "Hurricane Nora made landfall on Friday as Queen Consort Camilla visited the coast.",
    ]);
    let biden = es.iter().find(|e| e.name == "Joe Biden").expect("Joe Biden");
    assert_eq!(biden.mentions.iter().filter(|m| m.text == "Biden").count(), 2, "{es:#?}");
    assert_ne!(kind_of(&es, "Hurricane Nora"), Some(EntityKind::Person), "{es:#?}");
    assert!(es.iter().any(|e| e.name == "Camilla"), "{es:#?}");
}

#[test]
fn french_monsieur_before_a_surname_is_an_honorific_and_an_initial_before_two_names_is_not() {
    let es = entities_of(&[
        "Le président Emmanuel Macron a parlé mardi.",
        "Emmanuel Macron visitera le site mercredi.",
        "M. Macron devait tenir une réunion mercredi.",
    ]);
    let macrons: Vec<&Entity> = es.iter().filter(|e| e.name.contains("Macron")).collect();
    assert_eq!(macrons.len(), 1, "{macrons:#?}");
    assert_eq!((macrons[0].name.as_str(), macrons[0].mentions.len()), ("Emmanuel Macron", 3));
    let titles: Vec<&str> = macrons[0].titles.iter().map(|t| t.title.as_str()).collect();
    assert!(titles.contains(&"M."), "{titles:?}");
    let es = entities_of(&["The film by M. Night Shyamalan opened on Friday."]);
    assert_eq!(person(&es, "Shyamalan").name, "M. Night Shyamalan");
}

#[test]
fn an_arabic_article_joined_to_a_name_is_part_of_it() {
    let es = entities_of(&["President Omar Abdel-Karim el-Masri of Egypt thanked the crews on Monday."]);
    let masri = person(&es, "Masri");
    assert_eq!((masri.name.as_str(), masri.kind), ("Omar Abdel-Karim el-Masri", EntityKind::Person));
    // A Spanish "el" between two names joins nothing.
    let es = entities_of(&["Ayer ganó Inglaterra el Mundial de Clubes en Sídney."]);
    assert!(es.iter().all(|e| !e.name.contains(" el ")), "{es:#?}");
}

#[test]
fn sir_is_a_title_of_a_person() {
    let es = entities_of(&["He was the first to score three goals in a final since Sir Tom Reyes in 1966."]);
    let reyes = person(&es, "Reyes");
    assert_eq!((reyes.name.as_str(), reyes.kind), ("Tom Reyes", EntityKind::Person));
    assert_eq!(reyes.titles[0].title, "Sir");
}
