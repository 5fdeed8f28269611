//! The Differences page: every discrepancy between sources, most substantive first, filterable by
//! kind; each value names its sources, and clicking one opens the comparison with that sentence pinned
//! (its counterparts lined up and the differing numbers and names marked in the panel). The cards and
//! filters come from `state::differences_model`; this file only draws them and keeps the chosen filter.
//! In the reader's own corpora each card can be dismissed as "not a difference"; dismissed ones are
//! listed apart with the reader's note and a way to withdraw the verdict.

use crate::state::differences_model::{cards, dismissed_cards, filters, DifferenceCard};
use crate::state::{Action, LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use crate::views::verdict::VerdictTools;
use parallax_core::DiscrepancyKind;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DifferencesProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
    /// The reader's verdicts ("not a difference", its note, withdraw).
    pub on_action: Callback<Action>,
}

#[function_component(DifferencesPage)]
pub fn differences_page(props: &DifferencesProps) -> Html {
    let filter = use_state(|| None::<DiscrepancyKind>);
    let analysis = &props.corpus.analysis;
    let shown = cards(analysis, *filter);
    let chips = filters(analysis).into_iter().map(|chip| {
        let current = *filter == chip.kind;
        let set = {
            let (filter, kind) = (filter.clone(), chip.kind);
            Callback::from(move |_: MouseEvent| filter.set(kind))
        };
        html! {
            <button class={classes!("filter", current.then_some("filter-on"))} aria-pressed={current.to_string()} data-testid="difference-filter"
                onclick={set} disabled={chip.empty && chip.kind.is_some()}>{ chip.label }</button>
        }
    });
    let editable = !props.corpus.read_only;
    let card_html = |d: &DifferenceCard, dismissed: bool| {
        let values = d.values.iter().map(|v| {
            let letters = v.sources.iter().map(|s| source_letter(*s)).collect::<Vec<_>>().join(", ");
            let open = v.at.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
            html! {
                <li class="difference-value">
                    <button class="value-button" data-testid="difference-value" onclick={open} title={v.sentence.clone()}>
                        <span class="value-text">{ v.value.clone() }</span>
                        <span class="value-sources">{ format!("source{} {letters}", if v.sources.len() == 1 { "" } else { "s" }) }</span>
                    </button>
                </li>
            }
        });
        let dismiss = (editable && !dismissed).then(|| {
            let (verdict, on_action) = (d.verdict.clone(), props.on_action.clone());
            let onclick = Callback::from(move |_: MouseEvent| on_action.emit(Action::Judge(verdict.clone())));
            html! {
                <button class="link-button verdict-button difference-dismiss" data-testid="dismiss-difference" {onclick}
                    title="Not a real disagreement (different things counted, another event's day…): listed apart and left out of the report's differences">
                    { "Not a difference" }
                </button>
            }
        });
        let tools = dismissed.then(|| html! {
            <VerdictTools verdict={d.verdict.clone()} badge="Not a difference · your verdict" {editable} on_action={props.on_action.clone()} />
        });
        html! {
            <li class={classes!("difference", format!("kind-{}", d.family), dismissed.then_some("is-dismissed"))}
                data-testid={if dismissed { "dismissed-difference" } else { "difference" }}>
                <p class="difference-kind" data-testid="difference-kind">{ d.kind_label }{ for dismiss }</p>
                <h3 class="difference-subject">{ d.subject.clone() }</h3>
                <p class="difference-summary" data-testid="difference-summary">{ d.summary.clone() }</p>
                if let Some(over) = &d.over_time {
                    <p class="difference-over-time" data-testid="difference-over-time">{ over.clone() }</p>
                }
                if let Some(caution) = d.caution {
                    <p class="difference-caution" data-testid="difference-caution">{ caution }</p>
                }
                <ul class="difference-values">{ for values }</ul>
                { for tools }
            </li>
        }
    };
    let items = shown.iter().map(|d| card_html(d, false));
    let dismissed = dismissed_cards(analysis);
    let dismissed_section = (!dismissed.is_empty()).then(|| {
        html! {
            <section class="dismissed" aria-label="Not differences, by your verdict">
                <h3 class="related-title">{ format!("Not differences, by your verdict ({})", dismissed.len()) }</h3>
                <ol class="differences">{ for dismissed.iter().map(|d| card_html(d, true)) }</ol>
            </section>
        }
    });
    html! {
        <section class="claims" aria-label="Differences between sources" data-testid="differences">
            <div class="claims-bar">
                <h2>{ "Where the sources disagree" }</h2>
                <div class="filters" role="group" aria-label="Kind of difference">{ for chips }</div>
            </div>
            if shown.is_empty() {
                <p class="claims-empty">{ "No disagreement of this kind was found between the sources." }</p>
            } else {
                <ol class="differences">{ for items }</ol>
            }
            { for dismissed_section }
        </section>
    }
}
