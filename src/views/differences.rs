//! The Differences page: every discrepancy between sources, most substantive first, filterable by
//! kind; each value names its sources, and clicking one opens the comparison with that sentence pinned
//! (its counterparts lined up and the differing numbers and names marked in the panel). The cards and
//! filters come from `state::differences_model`; this file only draws them and keeps the chosen filter.

use crate::state::differences_model::{cards, filters};
use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use parallax_core::DiscrepancyKind;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DifferencesProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
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
    let items = shown.iter().map(|d| {
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
        html! {
            <li class={classes!("difference", format!("kind-{}", d.family))} data-testid="difference">
                <p class="difference-kind" data-testid="difference-kind">{ d.kind_label }</p>
                <h3 class="difference-subject">{ d.subject.clone() }</h3>
                <p class="difference-summary" data-testid="difference-summary">{ d.summary.clone() }</p>
                <ul class="difference-values">{ for values }</ul>
            </li>
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
        </section>
    }
}
