//! The detail panel for the pinned sentence: how widely it is reported, and each counterpart with a
//! word-level diff against it (numbers and names always marked; wording and punctuation on request).
//! A live region, so screen readers hear what was pinned. What it says comes from
//! [`DetailModel`]; this file only draws it.

use crate::state::detail_model::DetailModel;
use crate::state::{Action, LoadedCorpus, Place, SentenceRef};
use crate::views::header::source_letter;
use parallax_core::{word_diff, DiffKind, DiffSegment};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub corpus: Rc<LoadedCorpus>,
    /// The pinned sentence, the shown sources and the difference kinds marked come from here.
    pub place: Place,
    /// Toggles and "Close" go back to the reducer as actions.
    pub on_action: Callback<Action>,
    /// Brings a counterpart into view in its column.
    pub on_reveal: Callback<SentenceRef>,
}

#[function_component(Detail)]
pub fn detail(props: &DetailProps) -> Html {
    // "Next counterpart" position, remembered per pinned sentence.
    let cursor = use_state(|| (None::<SentenceRef>, 0usize));
    let corpus = &props.corpus;
    let body = match DetailModel::of(&corpus.analysis, &corpus.links, props.place.pinned, &props.place.visible) {
        None => html! {
            <div class="detail-empty">
                <p>{ "Click a sentence to pin it: its counterparts in the other sources are lined up and compared here." }</p>
                <dl class="keys">
                    <dt>{ "j / k" }</dt><dd>{ "next / previous sentence" }</dd>
                    <dt>{ "n / p" }</dt><dd>{ "next / previous fact every source reports" }</dd>
                    <dt>{ "h / l" }</dt><dd>{ "previous / next column" }</dd>
                    <dt>{ "Esc" }</dt><dd>{ "unpin" }</dd>
                </dl>
            </div>
        },
        Some(model) => {
            let at = model.at;
            let items = model.counterparts.iter().map(|c| {
                let other = c.at;
                let reveal = props.on_reveal.reform(move |_: MouseEvent| other);
                let hidden_note = c.hidden.then(|| html! {
                    <span class="counterpart-hidden">{ " (column hidden)" }</span>
                });
                html! {
                    <li class="counterpart" data-testid="counterpart">
                        <div class="counterpart-head">
                            <span class="chip-letter" aria-hidden="true">{ source_letter(other.0) }</span>
                            <span class="counterpart-label">{ c.label.clone() }</span>
                            { for hidden_note }
                            <span class={classes!("counterpart-score", if c.close { "match-close" } else { "match-partial" })} title="How likely the two sentences report the same information, as estimated by the matcher">{ c.strength.clone() }</span>
                            <button class="link-button" onclick={reveal} aria-label={format!("Show this sentence in source {}", source_letter(other.0))}>{ "Show" }</button>
                        </div>
                        <p class="diff" data-testid="counterpart-diff">{ render_diff(&model.text, &c.text, props.place.show_wording, props.place.show_punctuation) }</p>
                    </li>
                }
            });
            let next = {
                // "Next counterpart": the first counterpart, then onwards on each press (kept in the button's state).
                let on_reveal = props.on_reveal.clone();
                let order: Vec<SentenceRef> = model.counterparts.iter().map(|c| c.at).collect();
                let cursor_now = if cursor.0 == Some(at) { cursor.1 } else { 0 };
                let total = order.len();
                let cursor = cursor.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    if let Some(target) = order.get(cursor_now % total.max(1)) {
                        on_reveal.emit(*target);
                        cursor.set((Some(at), (cursor_now + 1) % total.max(1)));
                    }
                });
                (total > 0).then(|| {
                    html! {
                        <button class="button" data-testid="next-counterpart" {onclick}>
                            { format!("Next counterpart ({}/{total}) ›", cursor_now % total + 1) }
                        </button>
                    }
                })
            };
            let related_items = model.related.iter().map(|c| {
                let other = c.at;
                let reveal = props.on_reveal.reform(move |_: MouseEvent| other);
                html! {
                    <li class="related-item" data-testid="related">
                        <div class="counterpart-head">
                            <span class="chip-letter" aria-hidden="true">{ source_letter(other.0) }</span>
                            <span class="counterpart-label">{ c.label.clone() }</span>
                            <span class="counterpart-score match-related" title="How likely the two sentences report the same information, as estimated by the matcher">{ c.strength.clone() }</span>
                            <button class="link-button" onclick={reveal} aria-label={format!("Show this sentence in source {}", source_letter(other.0))}>{ "Show" }</button>
                        </div>
                        <p class="related-text">{ c.text.clone() }</p>
                    </li>
                }
            });
            let related_section = (!model.related.is_empty()).then(|| html! {
                <section class="related" aria-label="Related sentences">
                    <h3 class="related-title">{ "Related, not counted" }</h3>
                    <p class="related-note">{ "On the same subject, but the matcher is not sure they report the same information: they do not count towards agreement." }</p>
                    <ol class="related-list">{ for related_items }</ol>
                </section>
            });
            let toggle_wording = props.on_action.reform(|_: Event| Action::ToggleWording);
            let toggle_punctuation = props.on_action.reform(|_: Event| Action::TogglePunctuation);
            html! {
                <>
                    <p class="detail-source">
                        <span class="chip-letter" aria-hidden="true">{ source_letter(at.0) }</span>
                        { format!(" {}", model.source) }
                    </p>
                    <blockquote class="detail-sentence" data-testid="detail-sentence">{ model.text.clone() }</blockquote>
                    <p class="detail-agreement" data-testid="detail-agreement">{ model.agreement.clone() }</p>
                    if model.counterparts.is_empty() {
                        <p class="detail-none" data-testid="detail-none">{ "No other source has a sentence reporting the same information." }</p>
                    } else {
                        <div class="detail-tools">
                            { for next }
                            <fieldset class="diff-toggles">
                                <legend class="diff-toggles-legend">{ "Marked:" }</legend>
                                <span class="legend-chip diff-number">{ "numbers & dates" }</span>
                                <span class="legend-chip diff-name">{ "names & spellings" }</span>
                                <label><input type="checkbox" data-testid="show-wording" checked={props.place.show_wording} onchange={toggle_wording} />{ " wording" }</label>
                                <label><input type="checkbox" data-testid="show-punctuation" checked={props.place.show_punctuation} onchange={toggle_punctuation} />{ " punctuation" }</label>
                            </fieldset>
                        </div>
                        <ol class="counterparts">{ for items }</ol>
                    }
                    { for related_section }
                </>
            }
        }
    };
    let close = props.on_action.reform(|_: MouseEvent| Action::Unpin);
    html! {
        <aside class={classes!("detail", props.place.pinned.is_some().then_some("is-open"))} aria-label="Pinned sentence" data-testid="detail"
            data-state={props.place.pinned.is_some().then_some("open")}>
            <div class="detail-bar">
                <h2 class="detail-title">{ "Compare" }</h2>
                if props.place.pinned.is_some() {
                    <button class="link-button" onclick={close} aria-label="Close (Esc)" title="Unpin the sentence (Esc)">{ "Close" }</button>
                }
            </div>
            <div class="detail-body" aria-live="polite">{ body }</div>
        </aside>
    }
}

/// The counterpart's sentence with its differences from the pinned one marked by kind.
fn render_diff(ours: &str, theirs: &str, show_wording: bool, show_punctuation: bool) -> Html {
    let segments = word_diff(ours, theirs);
    html! {
        { for segments.into_iter().map(|segment| match segment {
            DiffSegment::Same(text) => html! { { text } },
            DiffSegment::Changed { ours, theirs, kind } => {
                let shown = match kind {
                    DiffKind::Number | DiffKind::Name => true,
                    DiffKind::Wording => show_wording,
                    DiffKind::Punctuation => show_punctuation,
                };
                if !shown {
                    return html! { { theirs } };
                }
                let class = match kind {
                    DiffKind::Number => "diff-number",
                    DiffKind::Name => "diff-name",
                    DiffKind::Wording => "diff-wording",
                    DiffKind::Punctuation => "diff-punctuation",
                };
                let label = match kind {
                    DiffKind::Number => "number or date",
                    DiffKind::Name => "name or spelling",
                    DiffKind::Wording => "wording",
                    DiffKind::Punctuation => "punctuation",
                };
                let title = if ours.trim().is_empty() { format!("{label}: not in the pinned sentence") } else { format!("{label}: the pinned sentence has “{}”", ours.trim()) };
                html! {
                    <>
                        if !ours.trim().is_empty() && matches!(kind, DiffKind::Number | DiffKind::Name) {
                            <del class={classes!("diff-old", class)}>{ ours.trim().to_string() }</del>{ " " }
                        }
                        <mark class={classes!("diff-mark", class)} data-testid={class} data-kind={label} title={title}>{ if theirs.is_empty() { "∅".to_string() } else { theirs } }</mark>
                    </>
                }
            }
        }) }
    }
}
