//! The Quotes page: each quotation once, with every source that carries it and the speaker each
//! source names ("unattributed" where the article does not say). Quotations several sources carry come
//! first (what the analysis is surest of), then one-source quotations by speaker. Which quotes are one
//! quotation is decided by the core (`Quote::group`), their order by [`quotations`]; this view only draws.
//! In the reader's own corpora each source's speaker can be corrected (a verdict, with a note and
//! withdraw).

use crate::state::quotes_model::quotations;
use crate::state::{Action, LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use crate::views::verdict::VerdictTools;
use parallax_core::Verdict;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
    /// The reader's "speaker is" verdicts.
    pub on_action: Callback<Action>,
}

#[function_component(QuotesPage)]
pub fn quotes_page(props: &QuotesProps) -> Html {
    let analysis = &props.corpus.analysis;
    let groups = quotations(analysis);
    let total = analysis.quotes.len();
    let quotations = groups.len();
    let editable = !props.corpus.read_only;
    let people: Vec<String> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == parallax_core::EntityKind::Person)
        .map(|e| e.name.clone())
        .collect();
    let items = groups.iter().map(|g| {
        let n = g.source_count;
        let rows = g.sources.iter().map(|q| {
            let at = q.at;
            let open = props.on_open_sentence.reform(move |_: MouseEvent| at);
            let own_words = q.own_words.as_ref().map(|w| html! { <span class="quote-version">{ format!("“{w}”") }</span> });
            // "Speaker…": the reader names who said it (blank: unattributed).
            let set_speaker = (editable && !q.by_reader).then(|| {
                let (verdict, on_action) = (q.verdict.clone(), props.on_action.clone());
                let onchange = Callback::from(move |e: Event| {
                    let speaker = e.target_unchecked_into::<web_sys::HtmlInputElement>().value().trim().to_string();
                    if let Verdict::SpeakerIs { quote, note, .. } = verdict.clone() {
                        on_action.emit(Action::Judge(Verdict::SpeakerIs { quote, speaker, note }));
                    }
                });
                html! {
                    <input class="speaker-input" data-testid="speaker-input" type="text" list="people-names" {onchange}
                        placeholder="Correct the speaker…" aria-label="Who said this (your verdict)" />
                }
            });
            let tools = q.by_reader.then(|| html! {
                <VerdictTools verdict={q.verdict.clone()} badge="Speaker · your verdict" {editable} on_action={props.on_action.clone()} />
            });
            html! {
                <li class="quote-source">
                    <span class="chip-letter" aria-hidden="true">{ source_letter(q.doc) }</span>
                    if let Some(speaker) = &q.speaker {
                        <span class="quote-speaker" data-testid="quote-speaker">{ speaker.clone() }</span>
                    } else {
                        <span class="quote-speaker muted" data-testid="quote-speaker">{ "unattributed" }</span>
                    }
                    <span class="muted">{ format!(" · source {} · {}", source_letter(q.doc), analysis.documents[q.doc].label) }</span>
                    { for own_words }
                    <button class="link-button" data-testid="quote-show" onclick={open}>{ "Show in context" }</button>
                    { for set_speaker }
                    { for tools }
                </li>
            }
        });
        html! {
            <li class="quote" data-testid="quote" data-sources={n.to_string()}>
                <blockquote class="quote-text">{ format!("“{}”", g.text) }</blockquote>
                if n > 1 {
                    <p class="quote-count" data-testid="quote-count">{ format!("Quoted by {n} sources") }</p>
                }
                <ul class="quote-sources">{ for rows }</ul>
            </li>
        }
    });
    html! {
        <section class="claims" aria-label="Quotes" data-testid="quotes">
            <div class="claims-bar">
                <h2>{ format!("Quotes ({quotations})") }</h2>
                if quotations != total {
                    <span class="muted">{ format!("{total} quotes in the articles; the same words in several sources are shown once") }</span>
                }
            </div>
            if total == 0 {
                <p class="claims-empty">{ "No direct quotation was found in these articles." }</p>
            } else {
                <ol class="quotes">{ for items }</ol>
            }
            <datalist id="people-names">{ for people.iter().map(|n| html! { <option value={n.clone()} /> }) }</datalist>
        </section>
    }
}
