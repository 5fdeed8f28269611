//! Quote finding and attribution on short texts written for each structure of news prose.

use super::*;
use crate::text::document::{parse_paragraphs, Span};

fn quotes(text: &str) -> Vec<(String, Option<String>, String)> {
    let paragraphs = parse_paragraphs(text);
    let starts: Vec<usize> = paragraphs
        .iter()
        .flat_map(|p| crate::text::sentence::split_sentences(text, Span { start: p.text_start, end: p.end }))
        .map(|s| s.start)
        .collect();
    let sentence_of = |o: usize| starts.iter().rposition(|&s| s <= o);
    find_quotes(0, text, &paragraphs, &sentence_of, &starts, &[])
        .into_iter()
        .map(|q| (q.text, q.speaker, q.attribution))
        .collect()
}

#[test]
fn said_before_and_after_the_quote() {
    let q = quotes("Headline here\n\u{201c}We have done everything we can tonight,\u{201d} said Helen Marsh, the chief executive.\n");
    assert_eq!(q[0].1.as_deref(), Some("Helen Marsh"));
    let q = quotes("Headline here\n\u{201c}There was a loud bang and then silence,\u{201d} Ostrovsky said.\n");
    assert_eq!(q[0].1.as_deref(), Some("Ostrovsky"));
    let q = quotes("Headline here\nFrench President Emmanuel Macron said: \u{201c}We are ready to provide guarantees now.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("French President Emmanuel Macron"));
}

#[test]
fn speaker_on_the_next_line_and_introducing_line() {
    let q = quotes("Headline here\n\u{201c}We are ready, us Europeans, to provide security guarantees to Ukraine,\u{201d}\nEmmanuel Macron\nMore text.\n");
    assert_eq!(q[0].1.as_deref(), Some("Emmanuel Macron"));
    assert_eq!(q[0].2, "speaker_line");
    let q = quotes("Headline here\nA French presidency official told reporters:\n\u{201c}We have agreed on the operational structure of the security guarantees.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("A French presidency official"));
}

#[test]
fn according_to_and_unattributed() {
    let q = quotes("Headline here\nThe repairs were \u{201c}long overdue and badly planned by the operator,\u{201d} according to Councillor Ruth Entwistle.\n");
    assert_eq!(q[0].1.as_deref(), Some("Councillor Ruth Entwistle"));
    let q = quotes("Headline here\nThe plan was described as \u{201c}a bold new step for the whole region now\u{201d} in the report.\n");
    assert_eq!((q[0].1.clone(), q[0].2.as_str()), (None, "unattributed"));
}

#[test]
fn case_changing_capitals_before_according_to_keep_offsets_right() {
    // "İ" lower-cases to two characters: offsets from a lower-cased copy would cut "Bob" to "ob".
    let q = quotes("Headline here\n\u{130} The plan was \u{201c}a bold new step for all of us\u{201d} according to \u{141}ukasz Nowak.\n");
    assert_eq!(q[0].1.as_deref(), Some("\u{141}ukasz Nowak"));
    let line = format!(
        "Headline here\n{}\u{201c}We will rebuild the whole town together\u{201d} according to Bob Smith.\n",
        "\u{130}".repeat(45)
    );
    assert_eq!(quotes(&line)[0].1.as_deref(), Some("Bob Smith"));
    assert!(quotes(&format!("Headline here\n{}\u{201c}a\u{201d} according to Bo", "\u{130}".repeat(45))).len() <= 1);
}

#[test]
fn short_quotes_count_only_with_a_named_speaker() {
    let q =
        quotes("Headline here\nMr Biden said the family had been \u{201c}incredible\u{201d} throughout the trial.\n");
    assert_eq!(q[0].1.as_deref(), Some("Mr Biden"));
    assert!(quotes("Headline here\nThe boys, known as the \u{201c}Wild Boars\u{201d}, are safe.\n").is_empty());
}

#[test]
fn a_standfirst_repeating_an_attributed_quotation_takes_its_speaker() {
    // A pull quote under the headline, quoted again further down with its speaker.
    let q = quotes("Harbour reopens
\u{2018}We will rebuild every home in this valley.\u{2019}\nThe work starts on Monday. \u{201c}We will rebuild every home in this valley,\u{201d} Ana Ruiz said.\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Ana Ruiz"), "repeated"));
    // Words that two different speakers are quoted with stay unattributed.
    let q = quotes("Harbour reopens\n\u{201c}We will rebuild every home in this valley\u{201d}\n\u{201c}We will rebuild every home in this valley,\u{201d} Ana Ruiz said. \u{201c}We will rebuild every home in this valley,\u{201d} Tom Berg said.\n");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (None, "unattributed"));
}

#[test]
fn the_next_sentences_subject_is_not_the_speaker() {
    let q = quotes("Outage hits\nNorthvale Rail said on Thursday that it was \u{201c}looking into an issue with sign-ins for some users.\u{201d} The latest update said so.\n");
    assert_eq!(q[0].1.as_deref(), Some("Northvale Rail"), "{q:?}");
    let q =
        quotes("Crowds gather\n\u{201c}I think it is just a day in history, is it not?\u{201d} Ms. Dana Vole said.\n");
    assert_eq!(q[0].1.as_deref(), Some("Ms. Dana Vole"), "{q:?}");
}

#[test]
fn more_reporting_verbs_and_adverbs_before_them() {
    let q = quotes(
        "Outage hits\n\u{201c}We are working with every customer affected by the fault,\u{201d} Ana Ruiz conveyed.\n",
    );
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
    let q =
        quotes("Outage hits\nAna Ruiz further emphasized, \u{201c}This is not a security incident at all.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_name_in_quotation_marks_is_no_quotation_but_its_cue_governs_the_next() {
    let q = quotes(
        "Vote count\nMayor Ana Ruiz said the \u{201c}Yes\u{201d} win was \u{201c}our independence day.\u{201d}\n",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("our independence day.", Some("Mayor Ana Ruiz")));
}

#[test]
fn a_participle_cue_carries_on_the_sentences_speaker() {
    // "X announced …, saying …": "saying" has no subject of its own, so a later short quotation in the
    // sentence is still X's.
    let q = quotes("Headline here\nMayor Ana Ruiz announced it was \u{201c}very likely\u{201d} the town would vote again, saying it would not be moved \u{201c}against its will.\u{201d}\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[1].0.as_str(), q[1].1.as_deref()), ("against its will.", Some("Mayor Ana Ruiz")));
}

#[test]
fn who_speaks_for_the_name_it_follows() {
    let q = quotes("Headline here\nTen firefighters are missing, according to the town's mayor Ana Ruiz, who said the scene reminded her of \u{201c}the storm of 1953.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn a_role_written_without_a_determiner_is_a_description() {
    // Headline style: "…,” Ruritanian prime minister says; lede style: Harbour officials said.
    let q = quotes("\u{201c}Those at fault will pay for the damage,\u{201d} Ruritanian prime minister says\nHarbour officials said the idea was \u{201c}not practical\u{201d}.\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Ruritanian prime minister"), "description"));
    assert_eq!(q[1].1.as_deref(), Some("Harbour officials"));
    // After a dateline: "RUBONIA — Ruritania's prime minister said … would “pay the price,” …".
    let q = quotes("Blast hits port\nRUBONIA \u{2014} Ruritania's prime minister said those responsible would \u{201c}pay the price,\u{201d} as crews searched.\n");
    assert_eq!(q[0].1.as_deref(), Some("Ruritania's prime minister"), "{q:?}");
    // A capitalised run is a name, not a description; a plain lower-case subject is no speaker.
    assert!(quotes("Headline here\nthe harbour officials said the idea was \u{201c}not practical\u{201d}.\n")[0]
        .1
        .is_some());
    assert!(quotes("Headline here\nThen other officials said the idea was \u{201c}not practical\u{201d}.\n").is_empty());
}

#[test]
fn a_short_phrase_after_the_sentences_cue_is_the_speakers_unless_written_as_a_name() {
    let q = quotes("Headline here\nMayor Ana Ruiz said she will \u{201c}steady the ship\u{201d} for now but that \u{201c}fresh leadership\u{201d} is needed.\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[1].0.as_str(), q[1].1.as_deref()), ("fresh leadership", Some("Mayor Ana Ruiz")));
    let q = quotes("Headline here\nMayor Ana Ruiz said the deal was \u{201c}a fair one\u{201d}, making her the \u{201c}Harbour Queen\u{201d} in the papers.\n");
    assert_eq!(q.len(), 1, "a title in quotation marks is no quotation: {q:?}");
}

#[test]
fn one_cue_governs_the_later_quotations_of_its_sentence() {
    let q = quotes("Headline here\nPrime Minister Hassan Diab said the blast \u{201c}will not pass without any accountability\u{201d} and \u{201c}those responsible will pay for what happened.\u{201d}\n");
    assert_eq!(q[1].1.as_deref(), Some("Prime Minister Hassan Diab"));
    assert_eq!(q[1].2, "same_cue");
    // Another cue verb between them: that one's subject, or nobody.
    let q = quotes("Headline here\nMaria Lopez said it was \u{201c}a fair and careful verdict today\u{201d} while others argued it was \u{201c}far too lenient for what he did\u{201d}.\n");
    assert_ne!(q[1].1.as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_participle_after_the_quote_keeps_the_sentence_subject() {
    let q = quotes("Headline here\nU.S. envoy Steve Witkoff described recent meetings as \"productive,\" saying discussions with U.S. and allied security advisers went well.\n");
    assert_eq!(q[0].1.as_deref(), Some("Steve Witkoff"));
}

#[test]
fn a_relative_clause_is_no_speaker() {
    let q = quotes("Headline here\nDavid Cameron, who called the referendum and led the campaign to remain in the EU, announced he would step down by October, saying that the nation needed \"fresh leadership for the years ahead.\"\n");
    assert_eq!(q[0].1.as_deref(), Some("David Cameron"));
}

#[test]
fn a_descriptor_before_the_name_after_said() {
    let q = quotes("Headline here\n\"It's a good day in Minneapolis,\" said 21-year-old Kenneth Nwachi.\n");
    assert_eq!(q[0].1.as_deref(), Some("Kenneth Nwachi"));
}

#[test]
fn continuation_paragraph_keeps_the_speaker() {
    let q = quotes("Headline here\n\u{201c}We made a clear decision,\u{201d} Maria Lopez said outside the court.\n\u{201c}I do not think it would be right for me to stay on as the captain.\u{201d}\n");
    assert_eq!(q[1].1.as_deref(), Some("Maria Lopez"));
    assert_eq!(q[1].2, "continued");
}

#[test]
fn mixed_and_doubled_quotation_marks_close_a_quotation() {
    // An outlet closing with two apostrophes, and a straight mark opening what a curly one closes.
    let q = quotes("Headline here\n\u{201c}We searched every part of the river all night,'' Fire Chief Dana N. Ortiz said at a briefing. \"So tonight we will pause the search for now.\u{2019}\u{2019}\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "We searched every part of the river all night,");
    assert_eq!(q[0].1.as_deref(), Some("Fire Chief Dana N. Ortiz"), "a middle initial does not end the clause");
    assert_eq!(q[1].0, "So tonight we will pause the search for now.");
    assert_eq!(q[1].1.as_deref(), Some("Fire Chief Dana N. Ortiz"));
    // An opening mark typed where the closing one belongs ends the quotation there.
    let q = quotes("Headline here\nUnder the motto \u{201c}Play, fight and win\u{201c}, the team made history on Sunday. \u{201c}It is the best feeling of my life,\u{201d} Dana Vole said.\n");
    // (The four-word motto is a phrase, not a quotation; before, it ran on to the next closing mark.)
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("It is the best feeling of my life,", Some("Dana Vole")));
}

#[test]
fn straight_single_quotes_and_headline_speakers() {
    let q = quotes("Mayor: 'We will stand with this town for as long as it takes'\nBody text here.\n");
    assert_eq!(q[0].0, "We will stand with this town for as long as it takes");
    assert_eq!(q[0].1.as_deref(), Some("Mayor"));
    let q = quotes("Headline here\n'The boys' parents waited at the gate all night long,' a neighbour said.\n");
    assert_eq!(q[0].0, "The boys' parents waited at the gate all night long,", "a possessive does not close it");
    // An apostrophe that never closes is no quotation.
    assert!(quotes("Headline here\nThe '90s were a long time ago for the whole town.\n").is_empty());
}

#[test]
fn a_body_speaks_by_its_name() {
    let q = quotes("Headline here\n\u{201c}All the climbers are off the mountain and safe,\u{201d} the Rangers posted on their page.\n");
    assert_eq!(q[0].1.as_deref(), Some("Rangers"));
    let q = quotes(
        "Headline here\n\u{201c}All the climbers are off the mountain,\u{201d} a post from the Alpine Rangers said.\n",
    );
    assert_eq!(q[0].1.as_deref(), Some("Alpine Rangers"));
    let q = quotes("Headline here\nThe Alpine Rescue unit said on its page that \u{201c}every climber is now safe and well.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Alpine Rescue unit"));
    // A description of no one in particular still names no one.
    let q =
        quotes("Headline here\n\u{201c}Nobody expected the river to rise so fast,\u{201d} the neighbours recalled.\n");
    assert_eq!(q[0].1, None);
}

#[test]
fn a_description_then_the_name_in_apposition() {
    let q = quotes("Headline here\nThe head of the search, Maria Lopez, said the last stage would be \"much harder\" than the first.\n");
    assert_eq!(q[0].1.as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_paraphrase_introduces_the_next_paragraph_s_quotation() {
    let q = quotes("Headline here\nSpeaking after the hearing, the victim's sister Anna Berg said the fight was not over.\n\u{201c}I will keep going every single day for everyone who lost someone.\u{201d}\n");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Anna Berg"), "introduced"));
    // Two people in the paraphrase: nobody in particular.
    let q = quotes("Headline here\nMaria Lopez and Anna Berg praised the verdict on Tuesday.\n\u{201c}It was a long road for every family in this town and beyond.\u{201d}\n");
    assert_eq!(q[0].1, None);
}

#[test]
fn evaluative_verbs_name_the_speaker_of_a_partial_quote() {
    let q = quotes("Headline here\nMaria Lopez hailed the vote as a result won \u{201c}without a single shot being fired\u{201d}.\n");
    assert_eq!(q[0].1.as_deref(), Some("Maria Lopez"));
    // A long reported clause before the quotation keeps its subject.
    let before = "She said the ministers of all the member states will meet next week without the chair and would ";
    assert_eq!(subject_before(before).map(|x| x.0).as_deref(), Some("she"));
}

#[test]
fn a_news_agency_reporting_is_not_the_speaker() {
    let q = quotes("Headline here\nThe minister had \u{201c}announced the reopening of the harbour to all ships\u{201d}, Reuters reported.\n");
    assert_eq!(q[0].1, None);
}

#[test]
fn scare_quotes_are_not_quotations() {
    assert!(quotes("Headline here\nThe so-called \"coalition of the willing\" met.\n").is_empty());
}

#[test]
fn the_role_before_of_speaks_not_the_place_after_it() {
    // "The manager of Dale County": the county does not speak, its manager does (the description's
    // head is the word before "of"); no manager is named, so the description is the speaker.
    let q =
        quotes("Headline here\nThe manager of Dale County said that \u{201c}our town has been decimated.\u{201d}\n");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("The manager of Dale County"), "description"));
}

#[test]
fn a_colon_after_a_full_name_introduces_its_words() {
    let q = quotes(
        "Headline here\nRuth Entwistle reports: \u{201c}The council will vote on the repairs next week.\u{201d}\n",
    );
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("Ruth Entwistle"), "introduced"));
    // An apposition between the name and its verb; a Spanish verb phrase that is no cue verb.
    let q = quotes("Titular\nLucía Prado, capitana del equipo, también compartió su alegría: \u{ab}Es el día más feliz de mi vida\u{bb}.\n");
    assert_eq!(q[0].1.as_deref(), Some("Lucía Prado"));
    // "with" a name and a participle that closes the clause.
    let q = quotes("Headline here\nThe plan was shown to the board with Chief Engineer Tom Reyes commenting: \u{201c}we can finish the bridge by spring.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Chief Engineer Tom Reyes"));
    // What parentheses hold is read past.
    let q = quotes("Headline here\nTom Reyes (who led the works for a decade) sums it up: \u{201c}The bridge is safe again for everyone.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_colon_after_no_full_name_names_no_one() {
    for text in [
        "Headline here\nProtesters carried signs: \u{201c}Justice for every family in this town now.\u{201d}\n",
        "Headline here\nIt reads: \u{201c}The council will vote on the repairs next week.\u{201d}\n",
        "Headline here\nThe statement reads: \u{201c}The council will vote on the repairs next week.\u{201d}\n",
        "Headline here\nIn Baltimore, the crowd chanted: \u{201c}Rebuild the bridge, rebuild it now please.\u{201d}\n",
        "Headline here\nTom Reyes and Ana Vale put it plainly: \u{201c}The bridge is safe again for everyone.\u{201d}\n",
        "Headline here\nAl final, el seleccionador (muy criticado) expresa su alegr\u{ed}a: \u{ab}Estoy orgulloso de este equipo hoy\u{bb}.\n",
    ] {
        assert_eq!(quotes(text)[0].1, None, "{text}");
    }
}

#[test]
fn a_name_with_an_arabic_article_speaks_for_its_participle() {
    // The subject of a cue verb ("welcomed") with where he is from, as "Sheriff Ann Roe of Dade County".
    let q = quotes("Headline here\nPresident Omar el-Masri of Egypt welcomed the deal on Twitter, writing that \u{201c}the crews have done the impossible today.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("President Omar el-Masri of Egypt"));
    // The subject that opens the clause of another verb.
    let q = quotes("Headline here\nPresident Omar el-Masri of Egypt marked the day on Twitter, writing that \u{201c}the crews have done the impossible today.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("President Omar el-Masri"));
}

#[test]
fn a_participle_after_but_reports_for_the_subject_before_another_participle() {
    // "continued" is a cue verb, but its subject here is no speaker: the clause's opening name is.
    let q = quotes("Headline here\nNadia Holt thanked the crews on Friday, calling for calm as the water levels continued to fall, but emphasizing that \u{201c}the town will be rebuilt before winter.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("Nadia Holt"));
    let q = quotes("Headline here\nThe storm passed on Friday, and officials met, stressing that \u{201c}the town will be rebuilt before winter.\u{201d}\n");
    assert_eq!(q[0].1, None);
}

#[test]
fn a_role_of_a_body_speaks_not_the_body() {
    let q = quotes("Headline here\nThe director of the port authority later said the repairs were \u{201c}far behind the schedule agreed last year.\u{201d}\n");
    assert_eq!((q[0].1.as_deref(), q[0].2.as_str()), (Some("The director of the port authority"), "description"));
    let q = quotes("Headline here\nA lawyer for the family said the ruling was \u{201c}far from the end of this long case.\u{201d}\n");
    assert_eq!(q[0].1.as_deref(), Some("A lawyer for the family"));
    // No role before "of": the body alone is no speaker.
    let q = quotes(
        "Headline here\nMost of the ministry said the talks were \u{201c}far from over and far from easy.\u{201d}\n",
    );
    assert_eq!(q[0].1, None);
}

#[test]
fn a_quotation_left_open_at_a_paragraphs_end_is_closed_in_the_next() {
    // The closing mark in the next paragraph, with no opening one there: one quotation in two parts,
    // both said by the speaker named after the second.
    let text = "Headline here\n\nLe feu a pris dans les combles. « Tout est en train de brûler.\n\nLa charpente, qui date du XIXe siècle, il n'en restera plus rien », a indiqué à l'AFP Lucie Marchal, la porte-parole.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[0].0.as_str(), q[0].1.as_deref(), q[0].2.as_str()),
        ("Tout est en train de brûler.", Some("Lucie Marchal"), "continued")
    );
    assert_eq!(q[1].1.as_deref(), Some("Lucie Marchal"));
    assert!(q[1].0.starts_with("La charpente"), "{q:?}");
    // A paragraph with its own opening mark is read as before.
    let text = "Headline here\n\n\u{201c}Everything is burning.\n\n\u{201c}The frame will be gone,\u{201d} Lucy Marsh told reporters.\n";
    let q = quotes(text);
    assert_eq!(q.last().and_then(|q| q.1.as_deref()), Some("Lucy Marsh"), "{q:?}");
}

#[test]
fn french_descriptions_and_offices_speak() {
    let q = quotes("Headline here\n\nLe maire de Pontvieux a déclaré que « la nef restera fermée tout l'hiver ».\n");
    assert_eq!(q[0].1.as_deref(), Some("Le maire de Pontvieux"), "{q:?}");
    let q = quotes("Headline here\n\nLucie Marchal a déclaré mardi que « tout le feu est éteint » et que les pompiers « surveillaient les cendres qui couvaient ».\n");
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.1.as_deref() == Some("Lucie Marchal")), "{q:?}");
}
