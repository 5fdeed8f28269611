//! The Differences page: every discrepancy between sources, most substantive first, filterable by
//! kind; each value names its sources, and clicking one opens the comparison with that sentence pinned
//! (its counterparts lined up and the differing numbers and names marked in the panel).

use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use parallax_core::{Discrepancy, DiscrepancyKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DifferencesProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
}

/// Plain words for a kind.
pub fn kind_label(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Count => "Numbers",
        DiscrepancyKind::Weekday => "Days",
        DiscrepancyKind::Date => "Dates",
        DiscrepancyKind::Title => "Titles and roles",
        DiscrepancyKind::QuoteSpeaker => "Quote speakers",
        DiscrepancyKind::QuoteWording => "Quote wording",
        DiscrepancyKind::Spelling => "Spellings",
    }
}

/// "3 sources say Tuesday, 1 says Monday, 1 says Thursday".
pub fn summary(d: &Discrepancy) -> String {
    d.values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let n = v.sources.len();
            let verb = if n == 1 { " says " } else { " say " };
            let noun = if i == 0 {
                if n == 1 {
                    " source"
                } else {
                    " sources"
                }
            } else {
                ""
            };
            format!("{n}{noun}{verb}{}", v.value)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

const KINDS: [DiscrepancyKind; 7] = [
    DiscrepancyKind::Count,
    DiscrepancyKind::Weekday,
    DiscrepancyKind::Date,
    DiscrepancyKind::Title,
    DiscrepancyKind::QuoteSpeaker,
    DiscrepancyKind::QuoteWording,
    DiscrepancyKind::Spelling,
];

#[function_component(DifferencesPage)]
pub fn differences_page(props: &DifferencesProps) -> Html {
    let filter = use_state(|| None::<DiscrepancyKind>);
    let all = &props.corpus.analysis.discrepancies;
    let shown: Vec<&Discrepancy> = all.iter().filter(|d| filter.is_none_or(|k| d.kind == k)).collect();
    let chips = std::iter::once(None).chain(KINDS.iter().copied().map(Some)).map(|kind| {
        let count = all.iter().filter(|d| kind.is_none_or(|k| d.kind == k)).count();
        let current = *filter == kind;
        let set = {
            let filter = filter.clone();
            Callback::from(move |_: MouseEvent| filter.set(kind))
        };
        let label = kind.map_or("All", kind_label);
        html! {
            <button class={classes!("filter", current.then_some("filter-on"))} aria-pressed={current.to_string()} data-testid="difference-filter"
                onclick={set} disabled={count == 0 && kind.is_some()}>{ format!("{label} ({count})") }</button>
        }
    });
    let items = shown.iter().map(|d| {
        let values = d.values.iter().map(|v| {
            let at = v.sentences.first().map(|s| (s[0], s[1]));
            let letters = v.sources.iter().map(|s| source_letter(*s)).collect::<Vec<_>>().join(", ");
            let open = at.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
            let sentence = at.and_then(|at| props.corpus.analysis.sentence(at)).map(|s| s.text.clone()).unwrap_or_default();
            html! {
                <li class="difference-value">
                    <button class="value-button" data-testid="difference-value" onclick={open} title={sentence}>
                        <span class="value-text">{ v.value.clone() }</span>
                        <span class="value-sources">{ format!("source{} {letters}", if v.sources.len() == 1 { "" } else { "s" }) }</span>
                    </button>
                </li>
            }
        });
        html! {
            <li class={classes!("difference", format!("kind-{}", kind_class(d.kind)))} data-testid="difference">
                <p class="difference-kind" data-testid="difference-kind">{ kind_label(d.kind) }</p>
                <h3 class="difference-subject">{ d.subject.clone() }</h3>
                <p class="difference-summary" data-testid="difference-summary">{ summary(d) }</p>
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

fn kind_class(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Count | DiscrepancyKind::Weekday | DiscrepancyKind::Date => "number",
        DiscrepancyKind::Title | DiscrepancyKind::QuoteSpeaker => "role",
        DiscrepancyKind::QuoteWording | DiscrepancyKind::Spelling => "wording",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::DiscrepancyValue;

    #[test]
    fn the_summary_reads_as_plain_words() {
        let v = |value: &str, sources: Vec<usize>| DiscrepancyValue { value: value.into(), sources, sentences: vec![] };
        let d = Discrepancy {
            kind: DiscrepancyKind::Weekday,
            subject: "The day of the meeting".into(),
            values: vec![v("Tuesday", vec![1, 3, 4]), v("Monday", vec![0]), v("Thursday", vec![2])],
        };
        assert_eq!(summary(&d), "3 sources say Tuesday, 1 says Monday, 1 says Thursday");
    }
}
