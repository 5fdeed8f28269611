//! A designed message block for loading, warning and error states (never a blank page).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// `loading`, `warning` or `error`.
    pub kind: AttrValue,
    pub title: AttrValue,
    pub detail: AttrValue,
}

#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let role = if props.kind == "error" { "alert" } else { "status" };
    html! {
        <section class={classes!("notice", format!("notice-{}", props.kind))} role={role} data-testid={format!("notice-{}", props.kind)}>
            <h2 class="notice-title">{ props.title.clone() }</h2>
            <p class="notice-detail">{ props.detail.clone() }</p>
        </section>
    }
}
