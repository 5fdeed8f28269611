//! The reader's own verdict where it shows (a counterpart, a dismissed difference, a merged person, a
//! quotation's speaker): a badge saying it is the reader's, the note (editable in the reader's own
//! corpora, a change replaces the verdict with the new note) and "Withdraw". Undo is the undo bar's.

use crate::state::Action;
use parallax_core::Verdict;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictToolsProps {
    /// The verdict as it stands, note included.
    pub verdict: Verdict,
    /// "Your link", "Your verdict"…
    pub badge: AttrValue,
    /// Whether the corpus is the reader's own (the example corpus is read-only).
    pub editable: bool,
    pub on_action: Callback<Action>,
}

#[function_component(VerdictTools)]
pub fn verdict_tools(props: &VerdictToolsProps) -> Html {
    let note = props.verdict.note().to_string();
    let on_note = {
        let (verdict, on_action) = (props.verdict.clone(), props.on_action.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            on_action.emit(Action::Judge(verdict.clone().with_note(value.trim())));
        })
    };
    let withdraw = {
        let (verdict, on_action) = (props.verdict.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Withdraw(verdict.clone())))
    };
    html! {
        <div class="verdict-tools" data-testid="reader-verdict">
            <span class="verdict-badge">{ props.badge.clone() }</span>
            if props.editable {
                <input class="verdict-note" data-testid="verdict-note" type="text" maxlength="280"
                    placeholder="Add a note (why, a source you checked)…" aria-label="Your note on this verdict"
                    value={note} onchange={on_note} />
                <button class="link-button" data-testid="withdraw-verdict" onclick={withdraw}>{ "Withdraw" }</button>
            } else if !note.is_empty() {
                <span class="verdict-note-text">{ note }</span>
            }
        </div>
    }
}
