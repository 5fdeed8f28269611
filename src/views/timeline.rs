//! The Timeline page: the dated articles in order of publication, what each reported first (its own
//! sentence, opened in the comparison by a click), and the numbers that changed across versions of one
//! story, shown as sequences rather than contradictions. Rows come from `state::timeline_model`.

use crate::state::timeline_model::{changes, timeline_rows};
use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
}

/// How many first reports each article lists before "and N more".
const FIRSTS_SHOWN: usize = 5;

#[function_component(TimelinePage)]
pub fn timeline_page(props: &TimelineProps) -> Html {
    let analysis = &props.corpus.analysis;
    let rows = timeline_rows(analysis);
    let changes = changes(analysis, source_letter);
    let undated = analysis.documents.len() - rows.len();
    let items = rows.iter().map(|row| {
        let firsts = row.firsts.iter().take(FIRSTS_SHOWN).map(|(at, text)| {
            let at = *at;
            let onclick = props.on_open_sentence.reform(move |_: MouseEvent| at);
            html! { <li><button class="value-button timeline-first" data-testid="timeline-first" {onclick}>{ text.clone() }</button></li> }
        });
        let more = row.firsts.len().saturating_sub(FIRSTS_SHOWN);
        html! {
            <li class="timeline-entry" data-testid="timeline-entry" data-doc={row.doc.to_string()}>
                <p class="timeline-when" data-testid="timeline-when">{ row.when.clone() }</p>
                <p class="timeline-source">
                    <span class="chip-letter" aria-hidden="true">{ source_letter(row.doc) }</span>
                    { format!(" {}", row.label) }
                </p>
                if row.firsts.is_empty() {
                    <p class="muted timeline-none">{ "Nothing it reports appeared here first." }</p>
                } else {
                    <p class="timeline-firsts-title">{ format!("First to report {} fact{}:", row.firsts.len(), if row.firsts.len() == 1 { "" } else { "s" }) }</p>
                    <ul class="timeline-firsts">{ for firsts }</ul>
                    if more > 0 { <p class="muted">{ format!("and {more} more") }</p> }
                }
            </li>
        }
    });
    let change_items = changes.iter().map(|c| {
        html! {
            <li class="difference kind-number" data-testid="timeline-change">
                <p class="difference-kind">{ format!("Changed over time · {}", c.story) }</p>
                <h3 class="difference-subject">{ c.subject.clone() }</h3>
                <p class="timeline-sequence" data-testid="timeline-sequence">{ c.steps.join(" → ") }</p>
            </li>
        }
    });
    html! {
        <section class="claims" aria-label="Timeline" data-testid="timeline">
            <div class="claims-bar">
                <h2>{ "Timeline" }</h2>
                if undated > 0 {
                    <span class="muted">{ format!("{undated} article{} without a readable date left out; give dates (2026-03-02 14:30) under Articles…", if undated == 1 { "" } else { "s" }) }</span>
                }
            </div>
            if rows.is_empty() {
                <p class="claims-empty">{ "Give at least two articles a date (and a time, for versions of one day) under Articles… to see them in order." }</p>
            } else {
                if !changes.is_empty() {
                    <section aria-label="Numbers that changed over time">
                        <h3 class="related-title">{ "Numbers that changed over time (earlier versions, not contradictions)" }</h3>
                        <ol class="differences">{ for change_items }</ol>
                    </section>
                }
                <ol class="timeline-list">{ for items }</ol>
            }
        </section>
    }
}
