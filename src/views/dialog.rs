//! A modal dialog: a titled panel over a dimmed page, closed by its × button, by Escape or by a click
//! on the backdrop; focus moves into it when it opens.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    pub title: AttrValue,
    pub testid: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with((), move |_| {
            if let Some(el) = panel.cast::<web_sys::Element>() {
                let first = el.query_selector("input:not([disabled]), textarea, button").ok().flatten();
                if let Some(first) = first.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = first.focus();
                }
            }
        });
    }
    let on_key = props.on_close.reform(|_: ()| ());
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.stop_propagation();
            on_key.emit(());
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
                    <button class="dialog-close" onclick={close} aria-label="Close">{ "×" }</button>
                </div>
                <div class="dialog-body">{ props.children.clone() }</div>
            </div>
        </div>
    }
}
