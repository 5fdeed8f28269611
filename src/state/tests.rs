//! The reducer's transitions, driven as the app drives them: actions in, state out, on small corpora
//! made here and on the bundled articles. Kept apart from `mod.rs` so the reducer stays readable.

use super::*;
use library::{NewArticle, BUNDLED_ID};
use parallax_core::{AgreementLevel, DiscrepancyKind};

/// A state showing `record` as the bundled corpus, analysed as the worker would.
fn loaded(record: CorpusRecord) -> AppState {
    settle(AppState::default().apply(Action::BundledLoaded { record, problems: vec![] }))
}

fn ready(n: usize) -> AppState {
    let mut record = CorpusRecord::new(BUNDLED_ID, "Test", true);
    for i in 0..n {
        record.push(NewArticle::plain(&format!("{i}.txt"), &format!("Headline {i}\nBody text number {i}.")));
    }
    loaded(record)
}

#[test]
fn a_loaded_corpus_shows_every_document_in_order() {
    assert_eq!(ready(3).place.visible, vec![0, 1, 2]);
}

#[test]
fn toggling_hides_and_restores_in_corpus_order() {
    let s = ready(3).apply(Action::ToggleSource(1));
    assert_eq!(s.place.visible, vec![0, 2]);
    let s = s.apply(Action::ToggleSource(1));
    assert_eq!(s.place.visible, vec![0, 1, 2]);
}

#[test]
fn the_last_column_cannot_be_hidden_and_unknown_documents_are_ignored() {
    let s = ready(1).apply(Action::ToggleSource(0));
    assert_eq!(s.place.visible, vec![0]);
    let s = ready(2).apply(Action::ToggleSource(7));
    assert_eq!(s.place.visible, vec![0, 1]);
}

#[test]
fn moving_swaps_neighbours_and_stops_at_the_edges() {
    let s = ready(3).apply(Action::MoveSource(0, 1));
    assert_eq!(s.place.visible, vec![1, 0, 2]);
    let s = s.apply(Action::MoveSource(1, -1));
    assert_eq!(s.place.visible, vec![1, 0, 2]);
}

fn paris() -> AppState {
    let mut record = CorpusRecord::new(BUNDLED_ID, "Paris", true);
    for (file, text) in super::test_corpus::paris_files() {
        record.push(NewArticle::plain(&file, &text));
    }
    loaded(record)
}

#[test]
fn pinning_twice_unpins_and_each_pin_asks_for_alignment() {
    let s = paris().apply(Action::Pin((1, 2)));
    assert_eq!((s.place.pinned, s.place.align_request), (Some((1, 2)), 1));
    let s = s.apply(Action::Pin((1, 2)));
    assert_eq!(s.place.pinned, None);
    let s = s.apply(Action::Pin((0, 999)));
    assert_eq!(s.place.pinned, None, "a sentence that does not exist is not pinned");
}

#[test]
fn keyboard_moves_walk_sentences_and_stop_at_the_ends() {
    let s = paris().apply(Action::Step(Move::NextSentence));
    assert_eq!(s.place.pinned, Some((0, 0)), "the first move starts at the top of the first column");
    let s = s.apply(Action::Step(Move::PreviousSentence));
    assert_eq!(s.place.pinned, Some((0, 0)));
    let s = s.apply(Action::Step(Move::NextSentence)).apply(Action::Step(Move::NextSentence));
    assert_eq!(s.place.pinned, Some((0, 2)));
    assert_eq!(s.apply(Action::Unpin).place.pinned, None);
}

#[test]
fn moving_to_the_next_column_lands_on_the_counterpart() {
    let s = paris();
    let corpus = match &s.corpus {
        CorpusState::Ready(c) => c.clone(),
        _ => unreachable!(),
    };
    // A sentence of source A with a counterpart in source B.
    let (from, to) = (0..corpus.analysis.documents[0].sentences.len())
        .find_map(|i| corpus.links.best_in((0, i), 1).map(|b| ((0, i), b)))
        .expect("source A shares something with source B");
    let s = s.apply(Action::Pin(from)).apply(Action::Step(Move::NextColumn));
    assert_eq!(s.place.pinned, Some(to));
    let s = s.apply(Action::Step(Move::PreviousColumn));
    assert_eq!(s.place.pinned.map(|p| p.0), Some(0));
}

#[test]
fn next_shared_fact_skips_to_sentences_every_source_carries() {
    let s = paris().apply(Action::Step(Move::NextSharedByAll));
    let corpus = match &s.corpus {
        CorpusState::Ready(c) => c.clone(),
        _ => unreachable!(),
    };
    let p = s.place.pinned.expect("the bundled corpus has facts every source reports");
    assert_eq!(corpus.analysis.sentence(p).unwrap().agreement, parallax_core::AgreementLevel::All);
    let s2 = s.clone().apply(Action::Step(Move::NextSharedByAll));
    assert!(s2.place.pinned.unwrap().1 > p.1);
}

#[test]
fn a_deep_link_restores_sources_and_pin_and_hiding_a_source_drops_its_pin() {
    let s = paris().apply(Action::ApplyFragment(ViewFragment {
        visible: Some(vec![3, 1]),
        pinned: Some((1, 4)),
        page: None,
    }));
    assert_eq!((s.place.visible.clone(), s.place.pinned), (vec![3, 1], Some((1, 4))));
    let s = s.apply(Action::ToggleSource(1));
    assert_eq!((s.place.visible.clone(), s.place.pinned), (vec![3], None));
}

#[test]
fn the_overview_opens_a_pair_or_a_sentence_in_the_comparison() {
    let s = paris().apply(Action::ShowPage(Page::Overview)).apply(Action::ComparePair(3, 1));
    assert_eq!((s.place.page, s.place.visible.clone()), (Page::Compare, vec![3, 1]));
    let s = s.apply(Action::ShowPage(Page::Overview)).apply(Action::OpenSentence((0, 2)));
    assert_eq!((s.place.page, s.place.visible.clone(), s.place.pinned), (Page::Compare, vec![0, 3, 1], Some((0, 2))));
    let s = s.apply(Action::ComparePair(2, 2));
    assert_eq!(s.place.visible, vec![0, 3, 1], "a source is not compared with itself");
}

#[test]
fn a_failed_load_clears_the_columns() {
    let s = ready(2).apply(Action::CorpusFailed("gone".into()));
    assert!(s.place.visible.is_empty());
    assert_eq!(s.corpus, CorpusState::Failed("gone".into()));
}

// The library: importing, switching, editing, deleting with undo, and re-analysis keeping the place.

fn new_article(file: &str, text: &str) -> ImportItem {
    ImportItem::Article(NewArticle { encoding: Some("UTF-8".into()), ..NewArticle::plain(file, text) })
}

const PORT_A: &str = "Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay.\nThe mayor opened a library.";
const PORT_B: &str = "Port walkout\nSix hundred dock workers at Port Ellery began a strike on Monday over pay for night shifts.\nShips wait outside.";
const PORT_C: &str =
    "Dockers strike\nDock workers at Port Ellery started a strike on Tuesday about night-shift pay, the union said.";

/// A state with the bundled corpus loaded and analysed, then whatever the actions do, with every
/// analysis the app would request answered (as the worker would).
fn run(actions: Vec<Action>) -> AppState {
    let mut bundled = CorpusRecord::new(BUNDLED_ID, "Example", true);
    for (i, text) in [PORT_A, PORT_B].iter().enumerate() {
        bundled.push(NewArticle::plain(&format!("{i}.txt"), text));
    }
    let mut s = loaded(bundled);
    for action in actions {
        s = settle(s.apply(action));
    }
    s
}

fn settle(s: AppState) -> AppState {
    match s.needs_analysis().cloned() {
        Some(r) => {
            let analysis = Rc::new(parallax_core::analyze_judged(&r.sources(), &r.verdicts_by_position()));
            s.apply(Action::AnalysisDone { corpus: r.id.clone(), revision: r.revision, analysis, derived: None })
        }
        None => s,
    }
}

fn shown(s: &AppState) -> Rc<LoadedCorpus> {
    match &s.corpus {
        CorpusState::Ready(c) => c.clone(),
        other => panic!("no corpus on screen: {other:?}"),
    }
}

#[test]
fn importing_while_the_example_is_open_makes_a_new_corpus_and_refuses_duplicates() {
    let s = run(vec![Action::Import {
        items: vec![
            new_article("a.txt", PORT_A),
            new_article("c.txt", PORT_C),
            new_article("a-again.txt", PORT_A),
            ImportItem::Refused("“photo.txt” looks like a PNG image, not text: nothing was imported.".into()),
        ],
        stamp: 7,
    }]);
    let record = s.current_record().unwrap().clone();
    assert!(!record.read_only);
    assert_eq!(record.name, "Imported articles");
    assert_eq!(record.articles.len(), 2);
    assert_eq!(s.record(BUNDLED_ID).unwrap().articles.len(), 2, "the example is unchanged");
    assert_eq!(shown(&s).corpus_id, record.id);
    let info = &s.messages.list[0];
    assert!(info.lines[0].starts_with("Added to “Imported articles”: a.txt (UTF-8); c.txt (UTF-8)"), "{info:?}");
    let warning = &s.messages.list[1];
    assert_eq!(warning.kind, MessageKind::Warning);
    assert!(warning.lines[0].contains("a-again.txt") && warning.lines[1].contains("photo.txt"), "in drop order");
    assert!(warning.lines.iter().any(|l| l.contains("“a-again.txt” is already in this corpus")));
    assert!(warning.lines.iter().any(|l| l.contains("PNG image")));
}

#[test]
fn a_batch_with_nothing_usable_leaves_no_empty_corpus_behind() {
    let s = run(vec![Action::Import {
        items: vec![ImportItem::Refused("“x.txt” is empty: nothing was imported.".into())],
        stamp: 1,
    }]);
    assert_eq!(s.corpora.library.len(), 1);
    assert_eq!(s.corpora.current.as_deref(), Some(BUNDLED_ID));
    assert_eq!(s.messages.list.len(), 1);
}

#[test]
fn adding_an_article_keeps_the_columns_and_the_pin() {
    let s =
        run(vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 1 }]);
    let s = s.apply(Action::MoveSource(0, 1)).apply(Action::Pin((0, 1)));
    assert_eq!((s.place.visible.clone(), s.place.pinned), (vec![1, 0], Some((0, 1))));
    let s = run_more(s, vec![Action::Import { items: vec![new_article("c.txt", PORT_C)], stamp: 2 }]);
    assert_eq!(shown(&s).doc_ids.len(), 3);
    assert_eq!(s.place.visible, vec![1, 0, 2], "order kept, the new article added at the end");
    assert_eq!(s.place.pinned, Some((0, 1)), "the pin survives the re-analysis");
}

fn run_more(mut s: AppState, actions: Vec<Action>) -> AppState {
    for action in actions {
        s = settle(s.apply(action));
    }
    s
}

#[test]
fn removing_an_article_maps_the_place_and_undo_brings_it_back() {
    let s = run(vec![Action::Import {
        items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B), new_article("c.txt", PORT_C)],
        stamp: 1,
    }]);
    let s = s.apply(Action::Pin((2, 1)));
    let s = run_more(s, vec![Action::RemoveArticle(0)]);
    assert_eq!(s.current_record().unwrap().articles.len(), 2);
    assert_eq!(s.place.visible, vec![0, 1]);
    assert_eq!(s.place.pinned, Some((1, 1)), "the pinned sentence of C is now in the second column");
    assert!(s.corpora.undo.as_ref().unwrap().describe().starts_with("Removed “Strike at the port”"));
    let s = run_more(s, vec![Action::Undo]);
    let ids: Vec<u32> = s.current_record().unwrap().articles.iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![0, 1, 2], "back in its place");
    assert!(s.corpora.undo.is_none());
}

#[test]
fn deleting_a_corpus_falls_back_to_the_example_and_undo_restores_it() {
    let s =
        run(vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 1 }]);
    let id = s.corpora.current.clone().unwrap();
    let s = run_more(s, vec![Action::DeleteCorpus(id.clone())]);
    assert_eq!(s.corpora.current.as_deref(), Some(BUNDLED_ID));
    assert_eq!(shown(&s).corpus_id, BUNDLED_ID);
    assert!(s.record(&id).is_none());
    let s = run_more(s, vec![Action::Undo]);
    assert_eq!(s.corpora.current.as_deref(), Some(id.as_str()));
    assert_eq!(s.record(&id).unwrap().articles.len(), 2);
    let s = run_more(s, vec![Action::DeleteCorpus(BUNDLED_ID.into())]);
    assert!(s.record(BUNDLED_ID).is_some(), "the example cannot be deleted");
}

#[test]
fn duplicating_renaming_and_switching() {
    let s = run(vec![Action::DuplicateCorpus { id: BUNDLED_ID.into(), stamp: 3 }]);
    let copy = s.current_record().unwrap().clone();
    assert_eq!((copy.name.as_str(), copy.read_only, copy.articles.len()), ("Example (copy)", false, 2));
    let s = run_more(s, vec![Action::RenameCorpus(copy.id.clone(), "Example".into())]);
    assert_eq!(s.current_record().unwrap().name, "Example (2)", "names stay unique");
    let s = run_more(s, vec![Action::RenameCorpus(BUNDLED_ID.into(), "Mine now".into())]);
    assert_eq!(s.record(BUNDLED_ID).unwrap().name, "Example", "the example is read-only");
    let s = run_more(s, vec![Action::SwitchCorpus(BUNDLED_ID.into())]);
    assert_eq!(shown(&s).corpus_id, BUNDLED_ID);
    let s = run_more(s, vec![Action::SwitchCorpus("nope".into())]);
    assert_eq!(s.corpora.current.as_deref(), Some(BUNDLED_ID));
}

#[test]
fn editing_a_label_updates_the_view_without_a_new_analysis() {
    let s =
        run(vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 1 }]);
    let before = shown(&s);
    let s = s.apply(Action::EditArticle { id: 1, label: " Gazette ".into(), outlet: "".into(), date: "".into() });
    assert!(s.needs_analysis().is_none(), "no re-analysis for a label");
    let after = shown(&s);
    assert_eq!(after.analysis.documents[1].label, "Gazette");
    // A date or an outlet feeds the timeline: the corpus is analysed again.
    let dated = s.clone().apply(Action::EditArticle {
        id: 1,
        label: "Gazette".into(),
        outlet: " The Gazette ".into(),
        date: "2026-03-02 14:30".into(),
    });
    assert!(dated.needs_analysis().is_some());
    let dated = settle(dated);
    assert_eq!(shown(&dated).sources[1].meta.outlet.as_deref(), Some("The Gazette"));
    assert_eq!(shown(&dated).sources[1].meta.date.as_deref(), Some("2026-03-02 14:30"));
    assert_eq!(after.analysis.alignments, before.analysis.alignments);
    let article = &dated.current_record().unwrap().articles[1];
    assert_eq!(
        (article.meta.label.as_str(), article.meta.outlet.as_deref(), article.meta.date.as_deref()),
        ("Gazette", Some("The Gazette"), Some("2026-03-02 14:30"))
    );
}

#[test]
fn a_stale_analysis_is_ignored_and_a_bundle_opens_as_its_own_corpus() {
    let s = run(vec![]);
    let stale = Rc::new(parallax_core::analyze(&[]));
    let s = s.apply(Action::AnalysisDone { corpus: BUNDLED_ID.into(), revision: 99, analysis: stale, derived: None });
    assert_eq!(shown(&s).analysis.documents.len(), 2);
    let bundle = s.record(BUNDLED_ID).unwrap().to_bundle();
    let s = run_more(
        s,
        vec![Action::Import { items: vec![ImportItem::Bundle { file: "x.json".into(), bundle }], stamp: 5 }],
    );
    let record = s.current_record().unwrap();
    assert_eq!((record.name.as_str(), record.read_only, record.articles.len()), ("Example (2)", false, 2));
}

#[test]
fn deleting_a_copy_returns_to_the_corpus_it_was_made_from() {
    let s =
        run(vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 1 }]);
    let original = s.corpora.current.clone().unwrap();
    let s = run_more(s, vec![Action::DuplicateCorpus { id: original.clone(), stamp: 2 }]);
    let copy = s.corpora.current.clone().unwrap();
    assert_ne!(copy, original);
    let s = run_more(s, vec![Action::DeleteCorpus(copy)]);
    assert_eq!(s.corpora.current.as_deref(), Some(original.as_str()));
    assert_eq!(shown(&s).corpus_id, original);
}

#[test]
fn a_new_import_replaces_the_previous_imports_messages() {
    let s = run(vec![Action::Import {
        items: vec![ImportItem::Refused("“x.txt” is empty: nothing was imported.".into())],
        stamp: 1,
    }]);
    assert_eq!(s.messages.list.len(), 1);
    let s = run_more(
        s,
        vec![Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 2 }],
    );
    assert_eq!(s.messages.list.len(), 1);
    assert_eq!(s.messages.list[0].kind, MessageKind::Info);
}

#[test]
fn without_the_example_the_readers_own_corpora_still_open() {
    let mut mine = CorpusRecord::new("c1", "Mine", false);
    mine.push(NewArticle::plain("a", PORT_A));
    let s = AppState::default()
        .apply(Action::LibraryLoaded { records: vec![mine], problems: vec![], reopen: None })
        .apply(Action::CorpusFailed("corpus/manifest.json answered HTTP 404".into()));
    assert_eq!(s.corpora.current.as_deref(), Some("c1"));
    assert!(s.messages.list[0].lines[0].contains("404"));
    let s = settle(s);
    assert_eq!(shown(&s).corpus_id, "c1");
}

#[test]
fn saved_corpora_reopen_and_unreadable_ones_are_reported() {
    let mut mine = CorpusRecord::new("c1", "Mine", false);
    mine.push(NewArticle::plain("a", PORT_A));
    let s = AppState::default().apply(Action::LibraryLoaded {
        records: vec![mine],
        problems: vec!["The saved corpus “c2” is damaged".into()],
        reopen: Some("c1".into()),
    });
    let s = s.apply(Action::BundledLoaded { record: CorpusRecord::new(BUNDLED_ID, "Example", true), problems: vec![] });
    assert_eq!(s.corpora.current.as_deref(), Some("c1"), "the example loading later does not take over");
    assert_eq!(s.corpora.library[0].id, BUNDLED_ID, "the example is listed first");
    assert_eq!(s.messages.list[0].kind, MessageKind::Error);
}

#[test]
fn the_reader_links_unlinks_and_undoes_and_the_analysis_follows() {
    use crate::state::detail_model::DetailModel;
    let import = Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 3 };
    let s = run(vec![import]);
    let corpus = shown(&s);
    // A's "The mayor opened a library." (sentence 2) and B's "Ships wait outside." (sentence 2) are
    // unrelated; the strike sentences (1 and 1) are matched.
    assert_eq!(corpus.analysis.documents[0].sentences[2].agreement, AgreementLevel::OnlyHere);
    assert_eq!(corpus.analysis.documents[0].sentences[1].agreement, AgreementLevel::All);

    // Link: pin A's sentence, start linking, click B's sentence.
    let s = settle(s.apply(Action::Pin((0, 2))).apply(Action::Linking(true)).apply(Action::Pin((1, 2))));
    assert!(!s.place.linking);
    assert_eq!(s.place.pinned, Some((0, 2)), "the pinned sentence stays pinned");
    let record = s.current_record().unwrap().clone();
    assert_eq!(record.verdicts.len(), 1);
    let ids = record.article_ids();
    let (a, b) = record.verdicts[0].sentences().unwrap();
    assert_eq!((a.doc, b.doc), (ids[0] as usize, ids[1] as usize), "stored by article id");
    let corpus = shown(&s);
    assert_eq!(corpus.analysis.documents[0].sentences[2].agreement, AgreementLevel::All);
    let detail = DetailModel::of(&corpus.analysis, &corpus.links, Some((0, 2)), &[0, 1]).unwrap();
    assert_eq!(detail.counterparts.len(), 1);
    assert_eq!(detail.counterparts[0].reader_note.as_deref(), Some(""));
    assert_eq!(detail.counterparts[0].strength, "same information · your verdict");
    assert!(s.corpora.undo.as_ref().unwrap().describe().starts_with("Marked sentences of"));

    // A note, then "not the same" on the strike pair.
    let note = crate::state::detail_model::verdict_on(&corpus.analysis, (0, 2), (1, 2), true, "checked".into());
    let unlink = crate::state::detail_model::verdict_on(&corpus.analysis, (0, 1), (1, 1), false, String::new());
    let s = settle(settle(s.apply(Action::Judge(note.unwrap()))).apply(Action::Judge(unlink.unwrap())));
    let corpus = shown(&s);
    assert_eq!(s.current_record().unwrap().verdicts.len(), 2, "the note replaced the first verdict");
    assert_eq!(corpus.analysis.documents[0].sentences[1].agreement, AgreementLevel::OnlyHere);
    let detail = DetailModel::of(&corpus.analysis, &corpus.links, Some((0, 1)), &[0, 1]).unwrap();
    assert!(detail.counterparts.is_empty());
    assert_eq!(detail.judged_apart.len(), 1);
    let detail = DetailModel::of(&corpus.analysis, &corpus.links, Some((0, 2)), &[0, 1]).unwrap();
    assert_eq!(detail.counterparts[0].reader_note.as_deref(), Some("checked"));

    // Undo brings back the verdicts as they were before the last one.
    let s = settle(s.apply(Action::Undo));
    assert_eq!(s.current_record().unwrap().verdicts.len(), 1);
    assert_eq!(shown(&s).analysis.documents[0].sentences[1].agreement, AgreementLevel::All);
}

#[test]
fn the_read_only_example_takes_no_verdicts() {
    let s = run(vec![]);
    let corpus = shown(&s);
    let verdict = crate::state::detail_model::verdict_on(&corpus.analysis, (0, 1), (1, 1), false, String::new());
    let s = settle(s.apply(Action::Judge(verdict.unwrap())));
    assert!(s.record(BUNDLED_ID).unwrap().verdicts.is_empty());
    assert!(s.corpora.undo.is_none());
}

#[test]
fn people_quotes_and_differences_take_the_readers_verdicts_with_undo() {
    use crate::state::{differences_model, people_model, quotes_model};
    let a = "Port strike\nPort director Anna Berg said 600 dock workers went on strike on Monday.\n\
             \"We will not move until the night shifts are paid properly,\" read a banner at the gate.";
    let b = "Dockers walk out\nDirector Anna Berg-Lind said 600 dock workers went on strike on Tuesday.\n\
             The union leader, Tom Ash, said: \"We will not move until the night shifts are paid properly.\"";
    let s = run(vec![Action::Import { items: vec![new_article("a.txt", a), new_article("b.txt", b)], stamp: 5 }]);
    let analysis = shown(&s).analysis.clone();
    assert_eq!(people_model::people(&analysis).len(), 3, "Anna Berg, Anna Berg-Lind, Tom Ash");
    let day = differences_model::cards(&analysis, Some(DiscrepancyKind::Weekday)).remove(0);
    let banner = quotes_model::quotations(&analysis)
        .into_iter()
        .flat_map(|q| q.sources)
        .find(|q| q.doc == 0 && q.speaker.is_none())
        .expect("the banner's words, unattributed");

    let same = Verdict::SamePerson { a: "Anna Berg".into(), b: "Anna Berg-Lind".into(), note: String::new() };
    let Verdict::SpeakerIs { quote, .. } = banner.verdict.clone() else { panic!("a speaker verdict to give") };
    let speaker = Verdict::SpeakerIs { quote, speaker: "Tom Ash".into(), note: "the union's banner".into() };
    let s = settle(s.apply(Action::Judge(same)));
    let s = settle(s.apply(Action::Judge(speaker)));
    let s = settle(s.apply(Action::Judge(day.verdict.clone())));
    let analysis = shown(&s).analysis.clone();

    let rows = people_model::people(&analysis);
    let anna = rows.iter().find(|r| r.name.starts_with("Anna Berg")).unwrap();
    assert_eq!((rows.len(), anna.spellings.len(), anna.merged_by_reader.len()), (2, 2, 1));
    let banner = quotes_model::quotations(&analysis).into_iter().flat_map(|q| q.sources).find(|q| q.doc == 0).unwrap();
    assert_eq!(
        (banner.speaker.as_deref(), banner.by_reader, banner.verdict.note()),
        (Some("Tom Ash"), true, "the union's banner")
    );
    assert!(differences_model::cards(&analysis, Some(DiscrepancyKind::Weekday)).is_empty());
    let dismissed = differences_model::dismissed_cards(&analysis);
    assert_eq!(dismissed.len(), 1);
    assert_eq!(dismissed[0].subject, day.subject);

    // Undo takes back the last verdict (the dismissal) only.
    let s = settle(s.apply(Action::Undo));
    let analysis = shown(&s).analysis.clone();
    assert_eq!(differences_model::cards(&analysis, Some(DiscrepancyKind::Weekday)).len(), 1);
    assert_eq!(people_model::people(&analysis).len(), 2);
}

#[test]
fn an_analysis_that_stops_ends_the_progress_bar_with_a_message_and_keeps_the_articles() {
    let s = ready(2)
        .apply(Action::Import { items: vec![new_article("a.txt", PORT_A), new_article("b.txt", PORT_B)], stamp: 1 });
    let (corpus, revision) = s.needs_analysis().map(|r| (r.id.clone(), r.revision)).expect("new articles ask for one");
    let s = s.apply(Action::AnalysisProgress { corpus, revision, stage: Stage::Reading });
    assert!(s.progress.is_some());
    let s = s.apply(Action::AnalysisFailed { message: "The analysis stopped unexpectedly.".into() });
    assert!(s.progress.is_none(), "no progress bar for an analysis that is not coming");
    let last = s.messages.list.last().map(|m| (m.kind, m.lines[0].as_str()));
    assert_eq!(last, Some((MessageKind::Error, "The analysis stopped unexpectedly.")));
    assert_eq!(s.corpora.current_record().map(|r| r.articles.len()), Some(2), "the articles stay");
    let nothing_shown_yet = AppState::default().apply(Action::AnalysisFailed { message: "It stopped.".into() });
    assert!(matches!(&nothing_shown_yet.corpus, CorpusState::Failed(m) if m.starts_with("It stopped.")));
}
