//! A modal dialog: a titled panel over a dimmed page, closed by its × button, by Escape or by a click
//! on the backdrop. Focus moves into it when it opens, Tab cycles inside it, and focus returns to
//! whatever had it before (the button that opened it) when it closes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    pub title: AttrValue,
    pub testid: AttrValue,
    pub on_close: Callback<()>,
    /// Where focus goes when the dialog closes, when the element that opened it is gone or hidden (a
    /// menu item), as a CSS selector.
    #[prop_or_default]
    pub return_to: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// The elements Tab reaches inside `root`, in order.
fn focusable(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = root.query_selector_all("input:not([disabled]), textarea, select, button:not([disabled]), [href]")
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect()
}

#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        let return_to = props.return_to.clone();
        use_effect_with((), move |_| {
            let opener =
                gloo::utils::document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            // The first field, else the first control (the × button). On a touch screen the × button,
            // so the on-screen keyboard does not cover the dialog before the reader asks for it.
            let touch =
                gloo::utils::window().match_media("(pointer: coarse)").ok().flatten().is_some_and(|m| m.matches());
            if let Some(el) = panel.cast::<web_sys::Element>() {
                let items = focusable(&el);
                let field =
                    items.iter().filter(|_| !touch).find(|i| matches!(i.tag_name().as_str(), "INPUT" | "TEXTAREA"));
                if let Some(first) = field.or(items.first()) {
                    let _ = first.focus();
                }
            }
            move || {
                // Back to the opener, else (a menu item inside its closed menu cannot take focus) to
                // `return_to`.
                let took = |el: &web_sys::HtmlElement| {
                    let _ = el.focus();
                    gloo::utils::document().active_element().is_some_and(|a| &a == el.as_ref() as &web_sys::Element)
                };
                if !opener.as_ref().is_some_and(took) {
                    let fallback = return_to
                        .and_then(|selector| gloo::utils::document().query_selector(&selector).ok().flatten())
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(el) = fallback {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    // Focus can fall out of the dialog when the control that had it is replaced (the corpus it edits
    // was just duplicated): the keys still belong to the dialog, not to the page behind it. Escape
    // closes it; any other key first brings focus back inside.
    {
        let (panel, on_close) = (panel.clone(), props.on_close.clone());
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::run_in_capture_phase(),
                move |event| {
                    let Some(el) = panel.cast::<web_sys::Element>() else { return };
                    let target = event.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    if target.is_some_and(|t| el.contains(Some(&t))) {
                        return;
                    }
                    event.stop_propagation();
                    let Some(e) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if e.key() == "Escape" {
                        on_close.emit(());
                    } else if let Some(first) = focusable(&el).first() {
                        let _ = first.focus();
                    }
                },
            );
            move || drop(listener)
        });
    }
    let on_key = props.on_close.reform(|_: ()| ());
    let trap = panel.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            on_key.emit(());
        } else if e.key() == "Tab" {
            let Some(el) = trap.cast::<web_sys::Element>() else { return };
            let items = focusable(&el);
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active = gloo::utils::document().active_element();
            let at = |x: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == x.as_ref() as &web_sys::Element);
            if e.shift_key() && at(first) {
                e.prevent_default();
                let _ = last.focus();
            } else if !e.shift_key() && at(last) {
                e.prevent_default();
                let _ = first.focus();
            }
        }
    });
    let on_backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: MouseEvent| {
            let on_backdrop = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.class_list().contains("dialog-backdrop"));
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="dialog-backdrop" onclick={on_backdrop}>
            <div class="dialog" role="dialog" aria-modal="true" aria-label={props.title.clone()} ref={panel} {onkeydown}
                data-testid={props.testid.clone()}>
                <div class="dialog-head">
                    <h2>{ props.title.clone() }</h2>
                    <button class="dialog-close" onclick={close} aria-label="Close"></button>
                </div>
                <div class="dialog-body">{ props.children.clone() }</div>
            </div>
        </div>
    }
}
