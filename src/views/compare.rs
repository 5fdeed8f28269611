//! The comparison page: the chosen sources side by side (each column scrolls on its own), the
//! agreement legend, the detail panel for the pinned sentence, keyboard navigation, and on narrow
//! screens a source switcher showing one column at a time.

use crate::state::{Action, LoadedCorpus, Move, Place, SentenceRef};
use crate::views::column::Column;
use crate::views::detail::Detail;
use crate::views::header::source_letter;
use crate::views::scroll::{align_with_pinned, measure_hover, reveal};
use crate::views::shown_count::use_shown_count;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub corpus: Rc<LoadedCorpus>,
    /// The reader's place: shown sources, hovered and pinned sentence, marked difference kinds.
    pub place: Place,
    /// Every change the reader makes goes back to the reducer as an action.
    pub on_action: Callback<Action>,
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

/// The media query under which the shown columns, at their narrowest (14rem and a 1px border each), and
/// the open panel at its narrowest (19rem) do not fit side by side: then the panel opens over the
/// columns as a drawer (closed with its button or Esc) instead of pushing a chosen column out of view.
/// Phones and tablets (up to 1100px) have the bottom sheet instead.
fn crowded_query(shown: usize) -> String {
    // A media query's rem is the browser's default size, not the page's: work in pixels of the page's rem.
    let rem = gloo::utils::window()
        .get_computed_style(&gloo::utils::document_element())
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("font-size").ok())
        // The browser's own number reading ("16px" reads as 16): Rust's `f64` parsing would add its
        // 10 KB table of powers to the page's wasm for this one number. A size that is not a positive
        // number (none is expected) falls back to 16 px rather than giving a query that never holds.
        .map(|size| js_sys::parse_float(&size))
        .filter(|rem| rem.is_finite() && *rem > 0.0)
        .unwrap_or(16.0);
    format!("(min-width: 1101px) and (max-width: {:.1}px)", shown as f64 * (14.0 * rem + 1.0) + 19.0 * rem + 1.0)
}

/// Whether the shown columns and the open panel do not fit side by side (see `crowded_query`); follows
/// the window's width.
#[hook]
fn use_crowded(shown: usize) -> bool {
    let crowded = use_state(|| false);
    {
        let crowded = crowded.clone();
        use_effect_with(shown, move |&n| {
            let list = gloo::utils::window().match_media(&crowded_query(n)).ok().flatten();
            let listener = list.map(|list| {
                crowded.set(list.matches());
                let target = list.clone();
                gloo::events::EventListener::new(&list, "change", move |_| crowded.set(target.matches()))
            });
            move || drop(listener)
        });
    }
    *crowded
}

#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    let corpus = &props.corpus;
    let place = &props.place;
    // Stable callbacks (made once per `on_action`), so a hover does not re-render every column.
    let on_hover = use_callback(props.on_action.clone(), |at: Option<SentenceRef>, on| on.emit(Action::Hover(at)));
    let on_pin = use_callback(props.on_action.clone(), |at: SentenceRef, on| on.emit(Action::Pin(at)));
    let on_unpin = use_callback(props.on_action.clone(), |_: (), on| on.emit(Action::Unpin));
    let on_step = use_callback(props.on_action.clone(), |step: Move, on| on.emit(Action::Step(step)));
    let on_show_narrow = use_callback(props.on_action.clone(), |doc: usize, on| on.emit(Action::ShowNarrow(doc)));

    // After a pin (click, key, deep link): line the other columns up with it.
    {
        let (pinned, visible, corpus) = (place.pinned, place.visible.clone(), corpus.clone());
        use_effect_with(place.align_request, move |_| {
            if let Some(pinned) = pinned {
                align_with_pinned(pinned, &visible, &corpus.links);
            }
        });
    }
    use_effect_with(place.hovered, |_| measure_hover());
    let crowded = use_crowded(place.visible.len());
    let main_ref = use_shown_count(place.visible.len());

    let active = place.hovered.or(place.pinned);
    // Keys work wherever focus is on the page (not in form controls): one listener on the document.
    let pinned_now = use_mut_ref(|| place.pinned);
    *pinned_now.borrow_mut() = place.pinned;
    {
        let (on_step, on_unpin) = (on_step.clone(), on_unpin.clone());
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

    let narrow_current = place.narrow_current();
    let columns = place.visible.iter().map(|&doc| {
        let counterparts: Vec<usize> = active.map(|a| corpus.links.all_in(a, doc)).unwrap_or_default();
        html! {
            <Column
                key={doc}
                corpus={corpus.clone()}
                {doc}
                active={active.filter(|a| a.0 == doc).map(|a| a.1)}
                pinned={place.pinned.filter(|a| a.0 == doc).map(|a| a.1)}
                lined_up={place.pinned.and_then(|p| corpus.links.best_in(p, doc)).map(|a| a.1)}
                counterparts={Rc::new(counterparts)}
                narrow_current={narrow_current == Some(doc)}
                on_hover={on_hover.clone()}
                on_pin={on_pin.clone()}
            />
        }
    });

    let on_switch = {
        let on_show_narrow = on_show_narrow.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                if let Ok(doc) = select.value().parse() {
                    on_show_narrow.emit(doc);
                }
            }
        })
    };
    let on_reveal = {
        let (pinned, on_show_narrow) = (place.pinned, on_show_narrow.clone());
        Callback::from(move |target: SentenceRef| {
            on_show_narrow.emit(target.0);
            // After the narrow switch has rendered.
            gloo::timers::callback::Timeout::new(30, move || reveal(target, pinned)).forget();
        })
    };

    html! {
        <section class="compare" aria-label="Articles side by side">
            <div class="compare-bar">
                <div class="legend" role="note" aria-label="Legend" data-testid="legend">
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
                        { for place.visible.iter().map(|&doc| html! {
                            <option value={doc.to_string()} selected={narrow_current == Some(doc)}>
                                { format!("{} · {}", source_letter(doc), corpus.analysis.documents[doc].label) }
                            </option>
                        }) }
                    </select>
                </label>
            </div>
            <div class={classes!("compare-main", crowded.then_some("is-crowded"))} ref={main_ref}
                data-testid="compare-main" data-panel={if crowded { "drawer" } else { "beside" }}>
                <div class="columns" data-testid="columns">{ for columns }</div>
                <Detail corpus={corpus.clone()} place={place.clone()} on_action={props.on_action.clone()} {on_reveal} />
            </div>
        </section>
    }
}
