//! Tests of the speaker phrases around a quotation (`speakers.rs`): before it, after it, in English,
//! French and Spanish.

use super::*;

#[test]
fn subject_before_handles_apposition_and_that_clauses() {
    let b = "Heather Campbell, Save the Children Country Director for Nepal and Bhutan, said: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Heather Campbell"));
    let b = "Mr Kim, Chairman of the State Affairs Commission, said: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Mr Kim"));
    let b = "In televised remarks shortly afterwards, Mr Biden said that such a verdict was ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Mr Biden"));
    let b = "In a phone call with the family, the president was heard saying: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("the president"));
    let b = "Officials told NBC News in a statement: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Officials"), "the addressee is not the author");
    let b = "The plan was described as ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), None, "a passive's subject is not a speaker");
}

#[test]
fn subject_after_reads_both_orders() {
    assert_eq!(subject_after(", said Helen Marsh, the chief executive.").as_deref(), Some("Helen Marsh"));
    assert_eq!(subject_after(" Ostrovsky said.").as_deref(), Some("Ostrovsky"));
    assert_eq!(subject_after(", he told reporters on Monday.").as_deref(), Some("he"));
    assert_eq!(subject_after(", the 34-year-old plumber recalled.").as_deref(), Some("the 34-year-old plumber"));
    assert_eq!(subject_after(" Earlier Tuesday, officials said.").as_deref(), None);
    assert_eq!(
        subject_after(", US coast guard Rear Admiral John Mauger said at a briefing.").as_deref(),
        Some("Rear Admiral John Mauger")
    );
    assert_eq!(subject_after(", police and Rear Admiral John Mauger said.").as_deref(), None);
    assert_eq!(
        subject_after(" Ryan Falvey, a fintech investor with a venture firm, told CNBC.").as_deref(),
        Some("Ryan Falvey")
    );
    assert_eq!(subject_after(" Smith, Jones and Brown said.").as_deref(), None);
    assert_eq!(subject_after(" Ryan Falvey, a fintech investor, saying it was over.").as_deref(), None);
    assert_eq!(subject_after(", said Rear Adm. John Mauger, the commander.").as_deref(), Some("Rear Adm. John Mauger"));
    let a = " according to Group Commander Paul Entwistle of Wendmoor Fire and Rescue Service.";
    assert_eq!(subject_after(a).as_deref(), Some("Group Commander Paul Entwistle"));
}

#[test]
fn subject_after_reads_french_and_spanish_attributions() {
    let cases = [
        (", afirmó Olga Carmona, autora del gol.", Some("Olga Carmona")),
        (", declaró Hermoso entre lágrimas tras el título.", Some("Hermoso")),
        (", a expliqué à l'AFP le lieutenant-colonel Gabriel Plus, porte-parole.", Some("Gabriel Plus")),
        (", a annoncé lundi Emmanuel Grégoire, l'adjoint.", Some("Emmanuel Grégoire")),
        (", raconte Olivier De Chalus, le responsable.", Some("Olivier De Chalus")),
        (", a affirmé le porte-parole avant de détailler : ", Some("le porte-parole")),
        (", said the spokesman before leaving.", Some("the spokesman")),
        // The prosecutor's office of Paris speaks, not Paris.
        (", a annoncé le parquet de Paris.", Some("le parquet de Paris")),
        (", a annoncé Paris.", Some("Paris")),
        // A name first, then the rest of the clause; never a day.
        (", said Marsh in a statement.", Some("Marsh")),
        (", said Tuesday in a statement.", None),
        (", said the chief executive John Smith.", Some("John Smith")),
    ];
    for (after, speaker) in cases {
        assert_eq!(subject_after(after).as_deref(), speaker, "{after}");
    }
}

#[test]
fn a_name_after_of_completes_the_subject_it_follows() {
    // The county does not speak; its manager does. The sheriff is named with his county.
    let b = "The manager of Dale County, home of Smithville, said in a press conference that ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("The manager of Dale County"));
    let b = "Sheriff Ann Roe of Dale County, north of Smithville, announced a curfew ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Sheriff Ann Roe of Dale County"));
    let b = "On Monday the Bank of Westland said ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Bank of Westland"));
    // Without "of", the name alone.
    let b = "On Monday Dale County said ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Dale County"));
}

#[test]
fn the_inside_a_name() {
    assert_eq!(
        subject_before("In a statement, King Charles the Third says it is ").map(|x| x.0).as_deref(),
        Some("King Charles the Third")
    );
}

#[test]
fn a_cue_verb_after_and_shares_the_subject_of_the_one_before() {
    let b = "”, declaró Hermoso entre lágrimas tras el título, y añadió: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Hermoso"));
    let b = "” Jennifer Hermoso said, and added: ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Jennifer Hermoso"));
    let b = "», a déclaré Jennifer Hermoso, et a ajouté : ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Jennifer Hermoso"));
    let b = "Zelensky declared martial law and said Russia was attacking its ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("Zelensky"));
    // No cue verb before "and": nobody to share.
    let b = "The talks ended and added to the ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), None);
}

#[test]
fn a_long_phrase_after_the_verb_names_its_speaker_at_its_start() {
    let a = ", said Jennifer Hermoso in tears after the title of the world, and added: ";
    assert_eq!(subject_after(a).as_deref(), Some("Jennifer Hermoso"));
    let a = ", said in tears after the title of the world the captain, and added: ";
    assert_eq!(subject_after(a).as_deref(), None);
}

#[test]
fn two_speakers_joined_by_and_are_neither_one() {
    // Before the quotation, after it, with an apposition or a relative pronoun, in three languages.
    for b in [
        "Tom Reyes and Ana Vale said: ",
        "Reyes and Vale, the two organisers, said: ",
        "She and her husband told reporters: ",
        "Reyes & Vale said in a statement: ",
        "Ana Vale y Tom Reyes declararon: ",
        "Tom Reyes et Ana Vale ont déclaré : ",
    ] {
        assert_eq!(subject_before(b).map(|x| x.0), None, "{b}");
    }
    for a in [
        ", said Tom Reyes and Ana Vale.",
        ", said Reyes and his wife.",
        " Reyes and Vale said.",
        ", Vale and Reyes told AP.",
    ] {
        assert_eq!(subject_after(a), None, "{a}");
    }
    // A clause going on after "and", a place list before a comma, and an opening "And" leave one speaker.
    assert_eq!(subject_after(", said Tom Reyes and added that it was over.").as_deref(), Some("Tom Reyes"));
    assert_eq!(subject_before("In Baltimore and Annapolis, Moore said: ").map(|x| x.0).as_deref(), Some("Moore"));
    assert_eq!(subject_before("The crowd left and Moore said: ").map(|x| x.0).as_deref(), Some("Moore"));
    assert_eq!(subject_before("And Moore said: ").map(|x| x.0).as_deref(), Some("Moore"));
    let b = "Conservation International Chairman and CEO Peter Seligmann says the agreement ";
    assert_eq!(subject_before(b).map(|x| x.0).as_deref(), Some("CEO Peter Seligmann"), "two titles of one person");
}

#[test]
fn a_statement_put_out_and_a_channel_before_the_verb_keep_their_subject() {
    let cases = [
        ("Biden released a statement on Saturday: ", Some("Biden")),
        ("Buckingham Palace has just released the following statement: ", Some("Buckingham Palace")),
        ("ISRO in a tweet said, ", Some("ISRO")),
        ("The ministry in its statement said: ", Some("The ministry")),
        // Without a colon, or with no message, "released" reports nothing; a passive has no speaker.
        ("Biden released a statement and then ", None),
        ("Police released the suspect on Saturday: ", None),
        ("A statement was released by the palace: ", None),
    ];
    for (before, speaker) in cases {
        assert_eq!(subject_before(before).map(|x| x.0).as_deref(), speaker, "{before}");
    }
    let after = ", Modi, who watched the landing from Johannesburg, said in his address.";
    assert_eq!(subject_after(after).as_deref(), Some("Modi"), "one word described by a relative clause");
    assert_eq!(
        subject_after(", Modi, the leader of the party, said.").as_deref(),
        None,
        "one word, no relative clause"
    );
}

#[test]
fn a_descriptor_before_a_name_after_the_quotation() {
    let cases = [
        (" one meteorologist Mike Bettes wrote on Twitter.", Some("Mike Bettes")),
        (" asked conservative activist Jack Posobiec on social media site X.", Some("Jack Posobiec")),
        (" said one of the residents, journalism student Ali Vale.", Some("one of the residents")),
        (
            " Leomana Vale, a 36-year-old who runs a sunscreen company and has family who lived in the town, told reporters.",
            Some("Leomana Vale"),
        ),
        // A clause before the name is no descriptor.
        (" the crowd cheered as Ana Vale said.", None),
        (" and with them Ana Vale wrote.", None),
    ];
    for (after, speaker) in cases {
        assert_eq!(subject_after(after).as_deref(), speaker, "{after}");
    }
}

#[test]
fn a_participle_after_a_comma_reports_for_the_clause_before() {
    let subject = |b: &str| subject_before(b).map(|x| x.0);
    // Not the words right before the participle ("July", "him").
    assert_eq!(subject("Twitter sued him in July, saying ").as_deref(), Some("Twitter"));
    assert_eq!(subject("In July, the port authority sued him, arguing that ").as_deref(), None);
    assert_eq!(subject("In July, Ellery Docks sued him, arguing that ").as_deref(), Some("Ellery Docks"));
    assert_eq!(subject("He walked out of the hearing, warning: ").as_deref(), Some("he"));
    // The clause's own cue verb has the subject.
    assert_eq!(subject("Marsh said on Monday, adding: ").as_deref(), Some("Marsh"));
    // An opening that is no name names no one, whatever stands before it.
    assert_eq!(subject("Nevertheless, dozens of dock workers held banners, declaring: ").as_deref(), None);
    assert_eq!(subject("The company sued him, saying ").as_deref(), None);
    assert_eq!(subject("Later Marsh left the room, noting that ").as_deref(), None);
    // Two subjects are not one.
    assert_eq!(subject("Reyes and Vale left the room, saying ").as_deref(), None);
}

#[test]
fn a_sentence_of_a_speaker_and_a_cue_verb_attributes_the_quotation_before_it() {
    use crate::claims::speaker_phrase::bare_attribution;
    assert_eq!(bare_attribution(" He wrote\nThe next paragraph."), Some(("he".into(), 1)));
    assert_eq!(bare_attribution(" Ms. Chappell said. The crowd cheered."), Some(("Ms. Chappell".into(), 1)));
    // One word more and the sentence says something of its own.
    assert_eq!(bare_attribution(" The most recent update said so."), None);
    assert_eq!(bare_attribution(" He wrote later that the plan had failed."), None);
    assert_eq!(bare_attribution(" The crowd cheered."), None);
    // Not one speaker.
    assert_eq!(bare_attribution(" They wrote."), None);
}
#[test]
fn a_french_or_spanish_office_with_its_place_is_the_subject_not_the_place() {
    let cases = [
        ("Le président de la République a déclaré que « ", "Le président de la République"),
        ("Le maire de Pontvieux a déclaré que « ", "Le maire de Pontvieux"),
        ("La ministre du Travail a affirmé : « ", "La ministre du Travail"),
        ("El presidente del Gobierno dijo que « ", "El presidente del Gobierno"),
        ("The president of the Republic said that “", "The president of the Republic"),
        ("Le porte-parole a déclaré que « ", "Le porte-parole"),
        ("l’adjoint au maire a déclaré que « ", "l’adjoint au maire"),
        // A particle inside a name stays the name's; the compound past's auxiliary is no part of it.
        ("Lucie de Marchal a raconté : « ", "Lucie de Marchal"),
        ("Lucie Marchal a déclaré que « ", "Lucie Marchal"),
    ];
    for (before, speaker) in cases {
        assert_eq!(subject_before(before).map(|x| x.0).as_deref(), Some(speaker), "{before}");
    }
    // "UN" is no French article.
    let before = "The UN refugee agency said that “";
    assert_eq!(subject_before(before).map(|x| x.0).as_deref(), Some("The UN refugee agency"));
    // Residents of a place are not the place.
    for before in ["Residents of Pontvieux said that “", "Many residents of Pontvieux said that “"] {
        assert_ne!(subject_before(before).map(|x| x.0).as_deref(), Some("Pontvieux"), "{before}");
    }
}
