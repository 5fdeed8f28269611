//! Tests of counts, days and dates in a sentence (`quantities.rs`).

use super::*;

fn readings(text: &str) -> Vec<(String, String)> {
    counts(text, 0, Language::English).into_iter().map(|c| (c.reading(), c.noun)).collect()
}

#[test]
fn counts_keep_their_noun_and_approximation() {
    assert_eq!(
        readings("35 participants, including 27 heads of state or government"),
        vec![("35".into(), "participants".into()), ("27".into(), "heads of state".into())]
    );
    assert_eq!(readings("Around 30 leaders gathered"), vec![("about 30".into(), "leaders".into())]);
    assert_eq!(
        readings("attended alongside more than 27 global and regional leaders"),
        vec![("more than 27".into(), "leaders".into())]
    );
    assert_eq!(readings("Leaders from dozens of countries met"), vec![("dozens".into(), "countries".into())]);
    assert_eq!(readings("Twelve people were hurt"), vec![("12".into(), "people".into())]);
    assert_eq!(readings("At least 14 people were injured"), vec![("at least 14".into(), "people".into())]);
    assert_eq!(readings("about 2.5 million customers"), vec![("about 2500000".into(), "customers".into())]);
    assert_eq!(readings("a Category 4 hurricane"), vec![("4".into(), "category".into())]);
}

#[test]
fn years_are_not_counts() {
    assert!(readings("In 2015 they met.").is_empty());
}

#[test]
fn a_day_of_the_month_is_not_a_count() {
    // A dateline and a date before a noun: the day is no count of what follows it.
    let dateline = readings("Aug. 12\u{2014}The death toll climbed to 93 deaths on Saturday.");
    assert_eq!(dateline, vec![("93".into(), "deaths".into())]);
    assert!(readings("On June 24, the high court ruled.").is_empty());
    assert!(readings("The jury on April 20 found him guilty.").is_empty());
    // Not a day: over 31, or "may" the verb.
    assert_eq!(readings("In March 300 people left."), vec![("300".into(), "people".into())]);
    assert_eq!(readings("they may 12 people"), vec![("12".into(), "people".into())]);
}

#[test]
fn percentages_and_distances_are_counts() {
    assert_eq!(readings("the deal is 90 percent complete"), vec![("90".into(), "percent".into())]);
    assert_eq!(readings("turnout was 72.2% on Thursday"), vec![("72.2".into(), "percent".into())]);
    let km = &counts("a 10 km stretch", 0, Language::English)[0];
    let miles = &counts("a 6.2 miles stretch", 0, Language::English)[0];
    assert_eq!(km.comparable(), miles.comparable());
    let far = &counts("a 60 miles stretch", 0, Language::English)[0];
    assert_ne!(km.comparable(), far.comparable());
}

#[test]
fn a_day_of_the_month_is_no_count_in_any_language_read() {
    for text in
        ["Le feu a pris lundi 15 avril au soir.", "El partido se jugó el 20 de agosto.", "Am 3. März begann es."]
    {
        assert_eq!(readings(text), Vec::<(String, String)>::new(), "{text}");
    }
    assert_eq!(readings("Rescuers found 15 survivors."), vec![("15".to_string(), "survivors".to_string())]);
}

#[test]
fn impossible_dates_and_lists_are_not_values() {
    assert!(dates("on 31 February the rain fell").is_empty());
    assert!(dates("February 30 the rain fell").is_empty());
    assert_eq!(dates("on 29 February"), vec!["29 February"]);
    assert!(readings("1,2,3 houses").is_empty());
    assert_eq!(readings("1,000,000 houses"), vec![("1000000".into(), "houses".into())]);
    // Beyond 2^63 the reading keeps its magnitude (an f64's digits), never a saturated 9223372036854775807.
    let huge = readings("12,345,678,901,234,567,890 grains");
    assert!(huge[0].0.starts_with("1234567890123456") && huge[0].0.len() == 20, "{huge:?}");
}

#[test]
fn dates_are_read_in_either_order() {
    assert_eq!(dates("on 6 February 2023 and on February 7th"), vec!["6 February", "7 February"]);
    assert_eq!(dates("Feb. 6, 2023"), vec!["6 February"]);
    assert!(dates("officials may 6 times").is_empty());
}

#[test]
fn relative_days_are_found() {
    assert_eq!(
        relative_days("Talks began last week and have run since November; more tomorrow."),
        vec!["last week", "since November", "tomorrow"]
    );
    assert_eq!(relative_days("It was announced earlier this month."), vec!["earlier this month"]);
    assert!(relative_days("The last words were spoken.").is_empty());
}

#[test]
fn weekdays_are_found_in_order() {
    assert_eq!(weekdays("met on Tuesday, not Monday, and again on Tuesday"), vec!["Tuesday", "Monday"]);
    assert!(weekdays("a Sunday-best suit").contains(&"Sunday"));
}

#[test]
fn nouns_compare_in_the_singular() {
    assert_eq!(noun_key("leaders"), noun_key("leader"));
    assert_eq!(noun_key("countries"), "country");
    assert_eq!(noun_key("heads of state"), "head of state");
}

#[test]
fn a_count_dated_by_a_year_in_its_clause_is_another_events() {
    // A past disaster set beside the story's own is no figure of the story.
    assert!(readings("surpassing a tsunami that killed 61 people in 1960").is_empty());
    // The story's own count keeps its place; a year after a comma starts another clause.
    assert_eq!(readings("The fire killed 61 people in the town"), vec![("61".into(), "people".into())]);
    assert_eq!(readings("It killed 61 people, in 1960 a record"), vec![("61".into(), "people".into())]);
}

#[test]
fn a_part_of_a_whole_is_kept_apart_from_the_whole() {
    let key = |text: &str| counts(text, 0, Language::English).into_iter().map(|c| c.noun_key).collect::<Vec<_>>();
    // "the remaining four boys" and "the final batch of four boys" are parts of the twelve.
    assert_eq!(key("The 12 boys were trapped."), ["boy"]);
    assert_eq!(key("the remaining four boys emerged"), ["boy in part"]);
    assert_eq!(key("divers extracted the final batch of four boys"), ["boy in part"]);
}
