//! Messages the page shows above the content: import results, refused files, storage problems (each
//! dismissable), the undo bar after a deletion, and the "new version available" bar.

use crate::state::{Message, MessageKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    pub messages: Vec<Message>,
    pub on_dismiss: Callback<u32>,
}

#[function_component(Messages)]
pub fn messages(props: &MessagesProps) -> Html {
    if props.messages.is_empty() {
        return html! {};
    }
    html! {
        <div class="messages">
            { for props.messages.iter().map(|m| {
                let (kind, role) = match m.kind {
                    MessageKind::Info => ("info", "status"),
                    MessageKind::Warning => ("warning", "status"),
                    MessageKind::Error => ("error", "alert"),
                };
                let dismiss = props.on_dismiss.reform({ let id = m.id; move |_: MouseEvent| id });
                html! {
                    <section class={classes!("message", format!("message-{kind}"))} role={role} data-testid={format!("message-{kind}")}>
                        <div class="message-body">
                            <h2 class="message-title">{ m.title.clone() }</h2>
                            <ul>{ for m.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                        </div>
                        <button class="dialog-close" data-testid="dismiss" onclick={dismiss} aria-label="Dismiss"></button>
                    </section>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub text: AttrValue,
    pub action: AttrValue,
    pub testid: AttrValue,
    pub on_action: Callback<()>,
    pub on_dismiss: Callback<()>,
}

/// A bar at the bottom of the page with one action (Undo, Reload).
#[function_component(ActionBar)]
pub fn action_bar(props: &BarProps) -> Html {
    let act = props.on_action.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="action-bar" role="status" data-testid={props.testid.clone()}>
            <span>{ props.text.clone() }</span>
            <button class="button button-primary" data-testid="bar-action" onclick={act}>{ props.action.clone() }</button>
            <button class="dialog-close" data-testid="dismiss" onclick={dismiss} aria-label="Dismiss"></button>
        </div>
    }
}
