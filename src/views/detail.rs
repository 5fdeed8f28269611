//! The detail panel for the pinned sentence: how widely it is reported, and each counterpart with a
//! word-level diff against it (numbers and names always marked; wording and punctuation on request).
//! A live region, so screen readers hear what was pinned. What it says comes from
//! [`DetailModel`]; this file only draws it.

use crate::state::detail_model::{verdict_on, Counterpart, DetailModel};
use crate::state::{Action, LoadedCorpus, Place, SentenceRef};
use crate::views::header::source_letter;
use crate::views::verdict::VerdictTools;
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
    let model = DetailModel::of(&corpus.analysis, &corpus.links, props.place.pinned, &props.place.visible);
    // What a screen reader announces when a sentence is pinned (the sentence itself is read as it takes
    // focus): where it is and how many sources report it. The panel's body is not a live region: read
    // whole on every pin it would bury the one line that matters.
    let announcement = model.as_ref().map(|m| {
        format!(
            "Pinned: {}. {} {} counterpart{} listed in the panel.",
            m.source,
            m.agreement,
            m.counterparts.len(),
            if m.counterparts.len() == 1 { "" } else { "s" }
        )
    });
    let body = match model {
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
            let editable = !corpus.read_only;
            let judge = |other: SentenceRef, same: bool| {
                let analysis = corpus.analysis.clone();
                emit_some(&props.on_action, move |_: MouseEvent| {
                    verdict_on(&analysis, at, other, same, String::new()).map(Action::Judge)
                })
            };
            // The reader's own verdict on a pair: its note (editable) and a way to withdraw it.
            let verdict_tools = |c: &Counterpart, same: bool| {
                let note = c.reader_note.clone()?;
                let verdict = verdict_on(&corpus.analysis, at, c.at, same, note)?;
                let badge = if same { "Your link" } else { "Your verdict" };
                Some(html! { <VerdictTools {verdict} {badge} {editable} on_action={props.on_action.clone()} /> })
            };
            let items = model.counterparts.iter().map(|c| {
                let other = c.at;
                let reveal = props.on_reveal.reform(move |_: MouseEvent| other);
                let hidden_note = c.hidden.then(|| html! {
                    <span class="counterpart-hidden">{ " (column hidden)" }</span>
                });
                let tools = verdict_tools(c, true);
                let unlink = (editable && c.reader_note.is_none()).then(|| html! {
                    <button class="link-button verdict-button" data-testid="judge-different" onclick={judge(other, false)}
                        title="Not the same information: this pair will not count as confirmation">{ "Not the same" }</button>
                });
                html! {
                    <li class="counterpart" data-testid="counterpart">
                        <div class="counterpart-head">
                            <span class="chip-letter" aria-hidden="true">{ source_letter(other.0) }</span>
                            <span class="counterpart-label">{ c.label.clone() }</span>
                            { for hidden_note }
                            <span class={classes!("counterpart-score", if c.close { "match-close" } else { "match-partial" })} title="How likely the two sentences report the same information, as estimated by the matcher">{ c.strength.clone() }</span>
                            <button class="link-button" onclick={reveal} aria-label={format!("Show this sentence in source {}", source_letter(other.0))}>{ "Show" }</button>
                            { for unlink }
                        </div>
                        { render_diff(&model.text, &c.text, &source_letter(at.0), props.place.show_wording, props.place.show_punctuation) }
                        { for tools }
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
                let link = editable.then(|| html! {
                    <button class="link-button verdict-button" data-testid="judge-same" onclick={judge(other, true)}
                        title="The same information: this pair will count as confirmation, marked as your link">{ "Same fact" }</button>
                });
                html! {
                    <li class="related-item" data-testid="related">
                        <div class="counterpart-head">
                            <span class="chip-letter" aria-hidden="true">{ source_letter(other.0) }</span>
                            <span class="counterpart-label">{ c.label.clone() }</span>
                            <span class="counterpart-score match-related" title="How likely the two sentences report the same information, as estimated by the matcher">{ c.strength.clone() }</span>
                            <button class="link-button" onclick={reveal} aria-label={format!("Show this sentence in source {}", source_letter(other.0))}>{ "Show" }</button>
                            { for link }
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
            let apart_items = model.judged_apart.iter().map(|c| {
                let other = c.at;
                let reveal = props.on_reveal.reform(move |_: MouseEvent| other);
                html! {
                    <li class="related-item" data-testid="judged-apart">
                        <div class="counterpart-head">
                            <span class="chip-letter" aria-hidden="true">{ source_letter(other.0) }</span>
                            <span class="counterpart-label">{ c.label.clone() }</span>
                            <button class="link-button" onclick={reveal} aria-label={format!("Show this sentence in source {}", source_letter(other.0))}>{ "Show" }</button>
                        </div>
                        <p class="related-text">{ c.text.clone() }</p>
                        { for verdict_tools(c, false) }
                    </li>
                }
            });
            let apart_section = (!model.judged_apart.is_empty()).then(|| {
                html! {
                    <section class="related" aria-label="Not the same, by your verdict">
                        <h3 class="related-title">{ "Not the same, by your verdict" }</h3>
                        <ol class="related-list">{ for apart_items }</ol>
                    </section>
                }
            });
            let linking = props.place.linking;
            let link_tool = editable.then(|| {
                let toggle = props.on_action.reform(move |_: MouseEvent| Action::Linking(!linking));
                html! {
                    <div class="link-tool">
                        if linking {
                            <p class="linking-banner" data-testid="linking-banner" role="status">
                                { "Now click the sentence in another source that reports the same information." }
                            </p>
                            <button class="button" data-testid="link-cancel" onclick={toggle}>{ "Cancel linking (Esc)" }</button>
                        } else {
                            <button class="button" data-testid="link-start" onclick={toggle}
                                title="Link this sentence to one the matcher missed: it will count as confirmation, marked as your link">
                                { "Link a sentence the matcher missed…" }
                            </button>
                        }
                    </div>
                }
            });
            let read_only_note = corpus.read_only.then(|| html! {
                <p class="related-note" data-testid="verdicts-read-only">
                    { "The example corpus is read-only: to link, unlink or annotate its sentences, duplicate it (Articles → Duplicate) and judge the copy." }
                </p>
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
                    { for link_tool }
                    { for related_section }
                    { for apart_section }
                    { for read_only_note }
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
            <p class="visually-hidden" role="status" data-testid="pin-announcement">{ announcement.unwrap_or_default() }</p>
            <div class="detail-body">{ body }</div>
        </aside>
    }
}

/// A callback that sends the action `make` gives, if any.
fn emit_some<E: 'static>(on_action: &Callback<Action>, make: impl Fn(E) -> Option<Action> + 'static) -> Callback<E> {
    let on_action = on_action.clone();
    Callback::from(move |e| {
        if let Some(action) = make(e) {
            on_action.emit(action);
        }
    })
}

/// The counterpart's sentence, in its own words only, with what differs from the pinned sentence marked
/// by kind; under it, apart and labelled with the pinned source's letter, the pinned sentence's words at
/// those places ("A has: “27” · “Zelenskyy”"), so no word of one outlet is ever drawn inside another's.
fn render_diff(ours: &str, theirs: &str, pinned: &str, show_wording: bool, show_punctuation: bool) -> Html {
    let segments = word_diff(ours, theirs);
    let mut pinned_side: Vec<(String, &'static str)> = Vec::new();
    let sentence = segments
        .into_iter()
        .map(|segment| match segment {
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
                let (class, label) = match kind {
                    DiffKind::Number => ("diff-number", "number or date"),
                    DiffKind::Name => ("diff-name", "name or spelling"),
                    DiffKind::Wording => ("diff-wording", "wording"),
                    DiffKind::Punctuation => ("diff-punctuation", "punctuation"),
                };
                let title = if ours.trim().is_empty() {
                    format!("{label}: not in the pinned sentence")
                } else {
                    pinned_side.push((ours.trim().to_string(), class));
                    format!("{label}: the pinned sentence ({pinned}) has “{}”", ours.trim())
                };
                // Where the counterpart has nothing, an empty mark (drawn by the style sheet, not text).
                let gap = theirs.trim().is_empty().then_some("diff-gap");
                html! {
                    <mark class={classes!("diff-mark", class, gap)} data-testid={class} data-kind={label} aria-label={gap.map(|_| title.clone())} {title}>{ theirs }</mark>
                }
            }
        })
        .collect::<Html>();
    let pinned_words = (!pinned_side.is_empty()).then(|| {
        html! {
            <p class="diff-pinned" data-testid="diff-pinned">
                <span class="diff-pinned-label">{ format!("Pinned sentence ({pinned}) has: ") }</span>
                { for pinned_side.into_iter().enumerate().map(|(i, (word, class))| html! {
                    <>
                        if i > 0 { { " · " } }
                        <span class={classes!("diff-pinned-word", class)}>{ format!("“{word}”") }</span>
                    </>
                }) }
            </p>
        }
    });
    html! {
        <>
            <p class="diff" data-testid="counterpart-diff">{ sentence }</p>
            { for pinned_words }
        </>
    }
}
