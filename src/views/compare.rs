//! The comparison page: the chosen sources side by side (each column scrolls on its own), the
//! agreement legend, the detail panel for the pinned sentence, keyboard navigation, and on narrow
//! screens a source switcher showing one column at a time.

use crate::state::{LoadedCorpus, Move, SentenceRef};
use crate::views::column::Column;
use crate::views::detail::Detail;
use crate::views::header::source_letter;
use crate::views::scroll::{align_with_pinned, measure_hover, reveal};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub corpus: Rc<LoadedCorpus>,
    pub visible: Vec<usize>,
    pub hovered: Option<SentenceRef>,
    pub pinned: Option<SentenceRef>,
    pub align_request: u32,
    pub narrow_current: Option<usize>,
    pub show_wording: bool,
    pub show_punctuation: bool,
    pub on_hover: Callback<Option<SentenceRef>>,
    pub on_pin: Callback<SentenceRef>,
    pub on_unpin: Callback<()>,
    pub on_step: Callback<Move>,
    pub on_show_narrow: Callback<usize>,
    pub on_toggle_wording: Callback<()>,
    pub on_toggle_punctuation: Callback<()>,
}

/// The keyboard move for a key, if it is one of ours.
fn key_move(key: &str) -> Option<Move> {
    Some(match key {
        "j" | "ArrowDown" => Move::NextSentence,
        "k" | "ArrowUp" => Move::PreviousSentence,
        "n" => Move::NextSharedByAll,
        "p" | "N" => Move::PreviousSharedByAll,
        "l" | "ArrowRight" => Move::NextColumn,
        "h" | "ArrowLeft" => Move::PreviousColumn,
        _ => return None,
    })
}

#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    let corpus = &props.corpus;

    // After a pin (click, key, deep link): line the other columns up with it.
    {
        let (pinned, visible, corpus) = (props.pinned, props.visible.clone(), corpus.clone());
        use_effect_with(props.align_request, move |_| {
            if let Some(pinned) = pinned {
                align_with_pinned(pinned, &visible, &corpus.links);
            }
        });
    }
    use_effect_with(props.hovered, |_| measure_hover());

    let active = props.hovered.or(props.pinned);
    // Keys work wherever focus is on the page (not in form controls): one listener on the document.
    let pinned_now = use_mut_ref(|| props.pinned);
    *pinned_now.borrow_mut() = props.pinned;
    {
        let (on_step, on_unpin) = (props.on_step.clone(), props.on_unpin.clone());
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(e) = event.dyn_ref::<KeyboardEvent>() else { return };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let in_control = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"));
                if in_control {
                    return;
                }
                let key = e.key();
                if key == "Escape" {
                    on_unpin.emit(());
                    return;
                }
                // Arrow keys scroll as usual until a sentence is pinned.
                if key.starts_with("Arrow") && pinned_now.borrow().is_none() {
                    return;
                }
                if let Some(step) = key_move(&key) {
                    e.prevent_default();
                    on_step.emit(step);
                }
            });
            move || drop(listener)
        });
    }

    let columns = props.visible.iter().map(|&doc| {
        let counterparts: Vec<usize> = active.map(|a| corpus.links.all_in(a, doc)).unwrap_or_default();
        html! {
            <Column
                key={doc}
                corpus={corpus.clone()}
                {doc}
                active={active.filter(|a| a.0 == doc).map(|a| a.1)}
                pinned={props.pinned.filter(|a| a.0 == doc).map(|a| a.1)}
                counterparts={Rc::new(counterparts)}
                narrow_current={props.narrow_current == Some(doc)}
                on_hover={props.on_hover.clone()}
                on_pin={props.on_pin.clone()}
            />
        }
    });

    let on_switch = {
        let on_show_narrow = props.on_show_narrow.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                if let Ok(doc) = select.value().parse() {
                    on_show_narrow.emit(doc);
                }
            }
        })
    };
    let on_reveal = {
        let (pinned, on_show_narrow) = (props.pinned, props.on_show_narrow.clone());
        Callback::from(move |target: SentenceRef| {
            on_show_narrow.emit(target.0);
            // After the narrow switch has rendered.
            gloo::timers::callback::Timeout::new(30, move || reveal(target, pinned)).forget();
        })
    };

    html! {
        <section class="compare" aria-label="Articles side by side">
            <div class="compare-bar">
                <div class="legend" aria-label="Legend" data-testid="legend">
                    <span class="legend-item"><span class="mark mark-all" aria-hidden="true"></span>{ "Every other source reports it" }</span>
                    <span class="legend-item"><span class="mark mark-some" aria-hidden="true"></span>{ "Some do" }</span>
                    <span class="legend-item"><span class="mark mark-none" aria-hidden="true"></span>{ "Only this source" }</span>
                    for d in corpus.analysis.diagnostics.iter() {
                        <span class="legend-note">{ d.message.clone() }</span>
                    }
                </div>
                <label class="narrow-switcher">
                    <span>{ "Source" }</span>
                    <select onchange={on_switch} data-testid="source-switcher">
                        { for props.visible.iter().map(|&doc| html! {
                            <option value={doc.to_string()} selected={props.narrow_current == Some(doc)}>
                                { format!("{} · {}", source_letter(doc), corpus.analysis.documents[doc].label) }
                            </option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="compare-main">
                <div class="columns" data-testid="columns">{ for columns }</div>
                <Detail
                    corpus={corpus.clone()}
                    pinned={props.pinned}
                    visible={props.visible.clone()}
                    show_wording={props.show_wording}
                    show_punctuation={props.show_punctuation}
                    on_toggle_wording={props.on_toggle_wording.clone()}
                    on_toggle_punctuation={props.on_toggle_punctuation.clone()}
                    on_reveal={on_reveal}
                    on_close={props.on_unpin.clone()}
                />
            </div>
        </section>
    }
}
