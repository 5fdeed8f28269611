//! The "Paste an article" dialog: label, optional outlet and date, and the text.

use crate::views::dialog::Dialog;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    /// (label, outlet, date, text)
    pub on_add: Callback<(String, String, String, String)>,
    pub on_close: Callback<()>,
}

#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteProps) -> Html {
    let (label, outlet, date, text) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    // An empty text keeps the dialog open (with what was typed) and says so next to the box.
    let missing = use_state(|| false);
    let onsubmit = {
        let (label, outlet, date, text, on_add, missing) =
            (label.clone(), outlet.clone(), date.clone(), text.clone(), props.on_add.clone(), missing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |n: &NodeRef| n.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let area = text.cast::<web_sys::HtmlTextAreaElement>();
            let body = area.as_ref().map(|t| t.value()).unwrap_or_default();
            if body.trim().is_empty() {
                missing.set(true);
                if let Some(area) = area {
                    let _ = area.focus();
                }
                return;
            }
            on_add.emit((value(&label), value(&outlet), value(&date), body));
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <Dialog title="Paste an article" on_close={props.on_close.clone()} testid="paste-dialog"
            return_to="[data-testid=import-menu] summary">
            <form class="paste-form" {onsubmit}>
                <label class="field field-wide"><span>{ "Label" }</span>
                    <input ref={label} placeholder="How the column is headed, e.g. “Le Monde, 6 Jan”" data-testid="paste-label" /></label>
                <div class="field-row">
                    <label class="field"><span>{ "Outlet (optional)" }</span><input ref={outlet} data-testid="paste-outlet" /></label>
                    <label class="field"><span>{ "Date (optional)" }</span><input ref={date} placeholder="YYYY-MM-DD" data-testid="paste-date" /></label>
                </div>
                <label class="field field-wide"><span>{ "Article text (headline on the first line, one paragraph per line)" }</span>
                    <textarea ref={text} rows="12" data-testid="paste-text" aria-invalid={missing.then_some("true")}
                        aria-describedby={missing.then_some("paste-missing")} /></label>
                if *missing {
                    <p class="field-error" id="paste-missing" role="alert" data-testid="paste-missing">
                        { "Paste the article's text here first: there is nothing to add yet." }</p>
                }
                <div class="dialog-actions">
                    <button type="button" class="button button-quiet" onclick={cancel}>{ "Cancel" }</button>
                    <button type="submit" class="button button-primary" data-testid="paste-add">{ "Add article" }</button>
                </div>
            </form>
        </Dialog>
    }
}
