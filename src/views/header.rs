//! The slim header: app name, corpus name, one chip per source (toggles its column; arrows reorder
//! it) and the export button.

use crate::state::Page;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub corpus_name: AttrValue,
    pub labels: Vec<String>,
    pub visible: Vec<usize>,
    pub on_toggle: Callback<usize>,
    pub on_move: Callback<(usize, i32)>,
    pub on_export: Callback<()>,
    pub page: Page,
    pub on_page: Callback<Page>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let chips = props.labels.iter().enumerate().map(|(doc, label)| {
        let shown = props.visible.contains(&doc);
        let position = props.visible.iter().position(|d| *d == doc);
        let toggle = props.on_toggle.reform(move |_: MouseEvent| doc);
        let left = props.on_move.reform(move |_: MouseEvent| (doc, -1));
        let right = props.on_move.reform(move |_: MouseEvent| (doc, 1));
        let letter = source_letter(doc);
        html! {
            <li class={classes!("chip", shown.then_some("chip-on"))} data-testid="source-chip">
                <button class="chip-toggle" aria-pressed={shown.to_string()} onclick={toggle}
                    title={format!("{} column: {label}", if shown { "Hide" } else { "Show" })}>
                    <span class="chip-letter" aria-hidden="true">{ letter }</span>
                    <span class="chip-label">{ label.clone() }</span>
                </button>
                if shown && props.visible.len() > 1 {
                    <button class="chip-move" onclick={left} disabled={position == Some(0)}
                        aria-label={format!("Move {label} left")}>{ "‹" }</button>
                    <button class="chip-move" onclick={right} disabled={position == Some(props.visible.len() - 1)}
                        aria-label={format!("Move {label} right")}>{ "›" }</button>
                }
            </li>
        }
    });
    let export = props.on_export.reform(|_: MouseEvent| ());
    html! {
        <header class="topbar" role="banner" data-testid="app-header">
            <div class="topbar-row">
                <span class="brand">{ "Parallax" }</span>
                <span class="corpus-name" data-testid="corpus-name">{ props.corpus_name.clone() }</span>
                <span class="spacer"></span>
                <nav class="tabs" aria-label="Views">
                    { for [
                        (Page::Compare, "Compare"),
                        (Page::Overview, "Overview"),
                        (Page::Differences, "Differences"),
                        (Page::People, "People"),
                        (Page::Quotes, "Quotes"),
                    ].into_iter().map(|(page, name)| {
                        let current = props.page == page;
                        let onclick = props.on_page.reform(move |_: MouseEvent| page);
                        html! {
                            <button class={classes!("tab", current.then_some("tab-current"))} aria-current={current.then_some("page")}
                                data-testid={format!("tab-{}", name.to_lowercase())} {onclick}>{ name }</button>
                        }
                    }) }
                </nav>
                <button class="button" data-testid="export-analysis" onclick={export}>{ "Export analysis" }</button>
            </div>
            <nav aria-label="Sources">
                <ul class="chips">{ for chips }</ul>
            </nav>
        </header>
    }
}

/// "A", "B", … "Z", "AA": a short handle for a source, used in chips and column heads.
pub fn source_letter(doc: usize) -> String {
    let mut n = doc;
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::source_letter;

    #[test]
    fn source_letters_run_past_z() {
        assert_eq!(source_letter(0), "A");
        assert_eq!(source_letter(25), "Z");
        assert_eq!(source_letter(26), "AA");
        assert_eq!(source_letter(27), "AB");
    }
}
