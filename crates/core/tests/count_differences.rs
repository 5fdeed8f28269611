//! Which counts disagree, on short articles written for each rule: like compared with like (the same
//! counted thing, outcome and span of time), bounds and vague counts held by what they allow, and
//! numbers that answer different questions kept apart. Expected values are read from the sentences.

use parallax_core::{analyze, DiscrepancyKind, SourceText};

/// The values of the count cards between two short articles, each a headline, the sentence given and a
/// closing sentence the two share.
fn count_cards(headlines: [&str; 2], a: &str, b: &str, closing: &str) -> Vec<Vec<String>> {
    counted(&[
        SourceText::new("a.txt", format!("{}\n{a}\n{closing}", headlines[0])),
        SourceText::new("b.txt", format!("{}\n{b}\n{closing}", headlines[1])),
    ])
}

/// The values of each count card of the articles' analysis.
fn counted(docs: &[SourceText]) -> Vec<Vec<String>> {
    analyze(docs)
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Count)
        .map(|d| d.values.iter().map(|v| v.value.clone()).collect())
        .collect()
}

#[test]
fn people_evacuated_homes_and_people_without_power_are_three_questions() {
    let cards = |a: &str, b: &str| -> Vec<String> {
        let closing = "The storm made landfall on Wednesday.";
        count_cards(["Storm nears the coast", "Coast braces for storm"], a, b, closing).concat()
    };
    let evacuated = "About 2.5 million people were ordered to evacuate the coast before the storm hit.";
    let homes = "About 1.8 million homes on the coast lost power before the storm hit.";
    let without_power = "About 1.8 million people on the coast lost power before the storm hit.";
    assert!(cards(evacuated, homes).is_empty(), "{:?}", cards(evacuated, homes));
    assert!(cards(evacuated, without_power).is_empty(), "{:?}", cards(evacuated, without_power));
    let more = "About 2.9 million people on the coast lost power before the storm hit.";
    assert!(!cards(without_power, more).is_empty(), "the same question with other numbers is one");
}

#[test]
fn different_numbers_given_as_bounds_are_different_answers() {
    // "166 injured" against "more than 150" and "more than 100": each can hold, but the sources give
    // different figures (the labels count them as different answers); "more than 2,700" for 2,750 is
    // the same figure written as a bound.
    let card = |a: &str, b: &str| -> usize {
        let closing = "Rescuers searched the valley on Wednesday.";
        count_cards(["Quake strikes the valley", "Valley hit by quake"], a, b, closing).len()
    };
    let exact = "The quake injured 166 people in the valley towns on Tuesday, officials said.";
    assert_eq!(
        card(exact, "The quake injured more than 150 people in the valley towns on Tuesday, officials said."),
        1
    );
    assert_eq!(
        card(exact, "The quake injured more than 100 people in the valley towns on Tuesday, officials said."),
        1
    );
    let tons = "The blast came from 2,750 tons of ammonium nitrate stored at the port, officials said.";
    let bound = "The blast came from more than 2,700 tons of ammonium nitrate stored at the port, officials said.";
    assert_eq!(card(tons, bound), 0);
}

#[test]
fn a_vague_count_is_held_against_numbers_by_its_word() {
    // "Dozens" agrees with 35 and not with 300; "millions" agrees with "about 2.5 million"; "thousands"
    // with "about 6,000".
    let cards = |a: &str, b: &str| -> Vec<Vec<String>> {
        let closing = "Officials met again on Wednesday.";
        count_cards(["Summit on the storm", "Leaders meet on storm"], a, b, closing)
    };
    let dozens = "Leaders from dozens of countries met in Valence on Monday to plan the storm response.";
    let some = "Leaders from 35 countries met in Valence on Monday to plan the storm response.";
    assert_eq!(cards(dozens, some), Vec::<Vec<String>>::new());
    let too_many = "Leaders from 300 countries met in Valence on Monday to plan the storm response.";
    assert_eq!(cards(dozens, too_many).len(), 1);
    let millions = "Millions of people were ordered to evacuate the coast before the storm hit.";
    let figure = "About 2.5 million people were ordered to evacuate the coast before the storm hit.";
    assert_eq!(cards(millions, figure), Vec::<Vec<String>>::new());
    let thousands = "The storm damaged thousands of buildings along the coast on Monday.";
    let about = "The storm damaged about 6,000 buildings along the coast on Monday.";
    assert_eq!(cards(thousands, about), Vec::<Vec<String>>::new());
}

#[test]
fn a_toll_that_rises_through_bounds_still_differs_when_one_copy_is_vague() {
    // Dated copies of one wire story: "dozens" agrees with either bound, but "at least 50" and "more
    // than 60" are different answers, so the toll keeps its card and all three values.
    let cards = counted(&[
        SourceText::new("a.txt", "Blast rocks the port\nThe blast at the port killed dozens of people on Tuesday."),
        SourceText::new("b.txt", "Port blast toll rises\nThe blast at the port killed at least 50 people on Tuesday."),
        SourceText::new(
            "c.txt",
            "Port blast toll climbs\nThe blast at the port killed more than 60 people on Tuesday.",
        ),
    ]);
    assert_eq!(cards.len(), 1, "{cards:?}");
    assert_eq!(cards[0].len(), 3, "{cards:?}");
}

#[test]
fn a_count_beyond_others_and_the_reporters_sources_are_not_the_story_s_figures() {
    let cards = |a: &str, b: &str| {
        let closing = "The company confirmed the changes on Friday.";
        count_cards(["New owner takes over", "Owner completes takeover"], a, b, closing)
    };
    // "Two other executives" are besides the one named; "four executives" is everyone.
    let others = "The new owner fired the chief executive and at least two other top executives on Thursday.";
    let all = "The new owner fired at least four top executives on Thursday, including the chief executive.";
    assert_eq!(cards(others, all), Vec::<Vec<String>>::new());
    // "Two people familiar with the deal" and "three people familiar with the matter" are sourcing.
    let two = "Two people familiar with the deal said the new owner fired the chief executive on Thursday.";
    let three = "Three people familiar with the matter said the new owner fired the chief executive on Thursday.";
    assert_eq!(cards(two, three), Vec::<Vec<String>>::new());
    // The same counts without the qualifier are compared.
    let fired_two = "The new owner fired two top executives on Thursday, including the chief executive.";
    assert_eq!(cards(fired_two, all).len(), 1);
}

#[test]
fn two_numbers_one_article_gives_together_are_not_rival_answers() {
    // C gives both the state's 20 votes and the total of 273, so A's 20 and B's 273 count different
    // things; D's 279 against B's 273 is a real disagreement.
    let doc = |name: &str, headline: &str, body: &str| {
        SourceText::new(name, format!("{headline}\n{body}\nThe result was projected on Saturday."))
    };
    let a = doc("a.txt", "Biden wins the state", "Biden won the state and its 20 electoral votes in the election.");
    let b =
        doc("b.txt", "Biden wins the election", "Biden won the state and now has 273 electoral votes in the election.");
    let c = doc(
        "c.txt",
        "State puts Biden over the top",
        "Biden won the state, whose 20 electoral votes gave him 273 electoral votes in the election.",
    );
    assert_eq!(counted(&[a.clone(), b.clone()]).len(), 1, "alone, A and B disagree");
    assert_eq!(counted(&[a, b.clone(), c]), Vec::<Vec<String>>::new());
    let d =
        doc("d.txt", "Biden wins the election", "Biden won the state and now has 279 electoral votes in the election.");
    assert_eq!(counted(&[b, d]).len(), 1);
}

#[test]
fn spans_of_time_are_compared_only_for_the_same_thing() {
    let cards = |a: &str, b: &str| {
        let closing = "Fans celebrated in the capital on Monday.";
        count_cards(["Champions at last", "A night of records"], a, b, closing)
    };
    let title = "The team won the final on Sunday to take its first title in 36 years.";
    let hat_trick = "The team won the final on Sunday despite the first hat trick in a final in 56 years.";
    assert_eq!(cards(title, hat_trick), Vec::<Vec<String>>::new());
    let siege = "The siege of the city lasted 36 days before the army withdrew on Sunday.";
    let longer = "The siege of the city lasted 40 days before the army withdrew on Sunday.";
    assert_eq!(cards(siege, longer).len(), 1);
}

#[test]
fn ranges_and_restated_units_are_no_second_figure_and_speeds_need_the_same_thing() {
    let cards = |a: &str, b: &str| {
        let closing = "The storm weakened over land on Thursday.";
        count_cards(["Storm hits the coast", "Coast hit by storm"], a, b, closing)
    };
    // "12 to 18 feet" is a range; "(4 meters)" restates "12 feet".
    let range = "Forecasters warned the storm surge could reach 12 to 18 feet along the coast on Wednesday.";
    let height = "Forecasters warned the storm surge could reach 12 feet (4 meters) along the coast on Wednesday.";
    assert_eq!(cards(range, height), Vec::<Vec<String>>::new());
    // A storm's winds and how fast it moves are two speeds; two figures for its winds are one question.
    let winds = "The storm hit the coast on Wednesday with maximum sustained winds of 150 mph.";
    let moving = "The storm hit the coast on Wednesday and was moving inland at about 9 mph.";
    assert_eq!(cards(winds, moving), Vec::<Vec<String>>::new());
    let stronger = "The storm hit the coast on Wednesday with maximum sustained winds of 130 mph.";
    assert_eq!(cards(winds, stronger).len(), 1);
}

#[test]
fn ranks_are_compared_only_for_the_same_moment_or_event() {
    let cards = |a: &str, b: &str| {
        let closing = "Officials surveyed the damage on Thursday.";
        count_cards(["Disaster strikes the coast", "Coast struck by disaster"], a, b, closing)
    };
    let landfall = "The storm made landfall on Wednesday as a catastrophic Category 4 storm near the island.";
    let later = "The storm weakened on Wednesday night, making it a Category 2 hurricane inland.";
    assert_eq!(cards(landfall, later), Vec::<Vec<String>>::new());
    let quake = "The coast was shaken on Monday by an earthquake of magnitude 7.8, the survey said.";
    let other = "The coast was shaken on Monday by an earthquake of magnitude 7.5, the survey said.";
    assert_eq!(cards(quake, other).len(), 1);
}

#[test]
fn distances_are_compared_only_to_the_same_named_place() {
    let cards = |a: &str, b: &str| {
        let closing = "The observatory published the images on Tuesday.";
        count_cards(["New images from deep space", "Deep space in new images"], a, b, closing)
    };
    // Two distances to two named things, in sentences that share the telescope and the wording.
    let one = "The telescope showed the Veil Nebula, which lies about 2,400 light-years away.";
    let other = "The telescope showed the Crab Nebula, which lies about 6,500 light-years away.";
    assert_eq!(cards(one, other), Vec::<Vec<String>>::new());
    // The same place with two distances is one question ("light-years" is the unit, not "light").
    let same = "The telescope showed the Veil Nebula, which lies about 1,500 light-years away.";
    assert_eq!(
        cards(one, same),
        vec![vec!["about 1500 light-years".to_string(), "about 2400 light-years".to_string()]]
    );
    let far = "The blast was felt as far as Larnaca, more than 200 kilometres across the sea.";
    let farther = "The blast was felt as far as Larnaca, more than 400 kilometres across the sea.";
    assert_eq!(cards(far, farther).len(), 1);
}

#[test]
fn a_function_word_of_the_article_s_language_is_no_counted_thing_and_a_minute_mark_is_a_moment() {
    let cards = |a: &str, b: &str| {
        let closing = "La selección celebró el título con su afición en la plaza mayor de la ciudad.";
        count_cards(["España gana la final", "Final para España"], a, b, closing)
    };
    // "29 de la primera parte": "de" is a Spanish function word, not what is counted; "minuto 29" is
    // the moment of the goal, a different answer from "minuto 27".
    let goal = "La capitana marcó el gol de la victoria en el minuto 29 de la primera parte ante Inglaterra.";
    let earlier = "La capitana marcó el gol de la victoria en el minuto 27 de la primera parte ante Inglaterra.";
    let found = analyze(&[
        SourceText::new("a.txt", format!("España gana la final\n{goal}\nLa afición celebró el título.")),
        SourceText::new("b.txt", format!("Final para España\n{earlier}\nLa afición celebró el título.")),
    ]);
    let subjects: Vec<&str> =
        found.discrepancies.iter().filter(|d| d.kind == DiscrepancyKind::Count).map(|d| d.subject.as_str()).collect();
    assert_eq!(subjects, vec!["The minute"]);
    assert_eq!(cards(goal, goal), Vec::<Vec<String>>::new());
}

#[test]
fn thousands_of_counts_in_two_aligned_sentences_give_the_one_difference_they_hold() {
    // One long sentence repeating "3 weeks … 4 weeks" in one article, and "3 weeks … 5 weeks" in the
    // other: the counts of a sentence are compared as kinds (one class, one clause's words), so this
    // stays linear; the answer is the one card of weeks, 4 against 5 (and the 3 both give), with each
    // article's sentence once.
    let line = |other: &str| {
        let unit = format!("the strike lasted 3 weeks and the talks ran for {other} weeks before ");
        format!("Port strike drags on\n{}the deal.\n", unit.repeat(2_000))
    };
    let docs = [SourceText::new("a.txt", line("4")), SourceText::new("b.txt", line("5"))];
    let analysis = analyze(&docs);
    let cards: Vec<_> = analysis.discrepancies.iter().filter(|d| d.kind == DiscrepancyKind::Count).collect();
    assert_eq!(cards.len(), 1, "{cards:?}");
    let values: Vec<(&str, &[usize])> = cards[0].values.iter().map(|v| (v.value.as_str(), &v.sources[..])).collect();
    assert_eq!(values, vec![("3 weeks", &[0, 1][..]), ("4 weeks", &[0][..]), ("5 weeks", &[1][..])]);
    // One sentence per article, however many copies of the count it holds.
    assert!(cards[0].values.iter().all(|v| v.sentences.len() == v.sources.len()), "{:?}", cards[0].values);
}
