//! The Verdicts page: every verdict the reader gave on the corpus (links, unlinks, same person, speaker,
//! not a difference), filterable by kind and by "no longer applies", each with its note (editable),
//! "Show in context" and "Withdraw". Rows come from `state::verdicts_model`; this file only draws them
//! and keeps the chosen filter.

use crate::state::verdicts_model::{filtered, verdict_rows, VerdictFilter};
use crate::state::{Action, LoadedCorpus, SentenceRef};
use crate::views::verdict::VerdictTools;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictsProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
    pub on_action: Callback<Action>,
}

#[function_component(VerdictsPage)]
pub fn verdicts_page(props: &VerdictsProps) -> Html {
    let filter = use_state(|| VerdictFilter::All);
    let rows = verdict_rows(&props.corpus.analysis);
    let shown = filtered(&rows, *filter);
    let editable = !props.corpus.read_only;
    let chips = VerdictFilter::EVERY.into_iter().map(|f| {
        let count = filtered(&rows, f).len();
        let current = *filter == f;
        let set = {
            let filter = filter.clone();
            Callback::from(move |_: MouseEvent| filter.set(f))
        };
        html! {
            <button class={classes!("filter", current.then_some("filter-on"))} aria-pressed={current.to_string()}
                data-testid="verdict-filter" onclick={set} disabled={count == 0 && f != VerdictFilter::All}>
                { format!("{} ({count})", f.label()) }
            </button>
        }
    });
    let items = shown.iter().map(|row| {
        let open = row.at.map(|at| {
            let onclick = props.on_open_sentence.reform(move |_: MouseEvent| at);
            html! { <button class="link-button" data-testid="verdict-show" {onclick}>{ "Show in context" }</button> }
        });
        html! {
            <li class={classes!("difference", "verdict-row", row.no_longer_applies.is_some().then_some("is-dismissed"))} data-testid="verdict">
                <p class="difference-kind">{ row.kind }</p>
                { for row.about.iter().map(|line| html! { <p class="verdict-about">{ line.clone() }</p> }) }
                if let Some(why) = &row.no_longer_applies {
                    <p class="verdict-stale" data-testid="verdict-stale">{ format!("No longer applies: {why}. Kept until you withdraw it.") }</p>
                }
                <VerdictTools verdict={row.verdict.clone()} badge="Your verdict" {editable} on_action={props.on_action.clone()} />
                { for open }
            </li>
        }
    });
    html! {
        <section class="claims" aria-label="Your verdicts" data-testid="verdicts">
            <div class="claims-bar">
                <h2>{ format!("Your verdicts ({})", rows.len()) }</h2>
                <div class="filters" role="group" aria-label="Kind of verdict">{ for chips }</div>
            </div>
            if rows.is_empty() {
                <p class="claims-empty">{ "No verdicts yet. Pin a sentence in Compare to link or unlink it; People, Quotes and Differences take yours too." }</p>
            } else {
                <ol class="differences">{ for items }</ol>
            }
        </section>
    }
}
