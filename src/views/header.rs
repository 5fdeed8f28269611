//! The slim header: app name, corpus switcher, view tabs, the Import and Export menus, the analysis
//! progress, and one chip per source (toggles its column; arrows reorder it).

use crate::state::{Action, Page, Place, Progress};
/// "A", "B", … for chips and column heads (the same letters as the report's).
pub use parallax_core::report::source_letter;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the Export menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The corpus file (re-importable).
    Corpus,
    Analysis,
    Report,
    Csv,
}

/// What the Import menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Paste,
    Files,
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Every corpus as (id, name, read-only), and the one chosen.
    pub corpora: Vec<(String, String, bool)>,
    pub current: Option<String>,
    pub labels: Vec<String>,
    /// How many verdicts the reader gave on this corpus (the Verdicts tab shows when there are any).
    #[prop_or_default]
    pub verdicts: usize,
    /// Whether enough articles are dated for a timeline (the Timeline tab shows then).
    #[prop_or_default]
    pub timeline: bool,
    /// The page and the shown sources come from here.
    pub place: Place,
    pub progress: Option<Progress>,
    /// Switching corpus, page or column goes back to the reducer as an action.
    pub on_action: Callback<Action>,
    /// Exports, imports and the Articles dialog need the page's own handlers (downloads, the file
    /// picker, the dialog).
    pub on_export: Callback<ExportKind>,
    pub on_import: Callback<ImportKind>,
    pub on_manage: Callback<()>,
}

/// Closes the `<details>` menu an item belongs to.
fn close_menu(e: &MouseEvent) {
    if let Some(details) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("details").ok().flatten())
    {
        let _ = details.remove_attribute("open");
    }
}

/// A header menu: a `<details>` whose items close it when chosen.
fn menu<T: Copy + 'static>(label: &str, testid: &str, items: &[(T, &str, &str)], on: &Callback<T>) -> Html {
    html! {
        <details class="menu" data-testid={testid.to_string()}>
            <summary class="button" data-testid="menu-toggle">{ label }</summary>
            <div class="menu-items" role="menu">
                { for items.iter().map(|(value, name, id)| {
                    let (value, on) = (*value, on.clone());
                    let onclick = Callback::from(move |e: MouseEvent| { close_menu(&e); on.emit(value) });
                    html! { <button role="menuitem" class="menu-item" data-testid={id.to_string()} {onclick}>{ *name }</button> }
                }) }
            </div>
        </details>
    }
}

/// Closes every open header menu except the one holding `keep`.
fn close_menus_outside(keep: Option<&web_sys::Element>) {
    let Ok(open) = gloo::utils::document().query_selector_all("details.menu[open]") else { return };
    for i in 0..open.length() {
        if let Some(menu) = open.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            if !keep.is_some_and(|k| menu.contains(Some(k))) {
                let _ = menu.remove_attribute("open");
            }
        }
    }
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    // Menus close with Escape (focus back on the menu) and with a click anywhere else.
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let on_click = gloo::events::EventListener::new(&document, "click", |e| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            close_menus_outside(target.as_ref());
        });
        let on_key = gloo::events::EventListener::new(&document, "keydown", |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if e.key() != "Escape" {
                return;
            }
            let open_menu = gloo::utils::document().query_selector("details.menu[open] summary").ok().flatten();
            close_menus_outside(None);
            if let Some(summary) = open_menu.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = summary.focus();
            }
        });
        move || drop((on_click, on_key))
    });
    let chips = props.labels.iter().enumerate().map(|(doc, label)| {
        let visible = &props.place.visible;
        let shown = visible.contains(&doc);
        let position = visible.iter().position(|d| *d == doc);
        let toggle = props.on_action.reform(move |_: MouseEvent| Action::ToggleSource(doc));
        let left = props.on_action.reform(move |_: MouseEvent| Action::MoveSource(doc, -1));
        let right = props.on_action.reform(move |_: MouseEvent| Action::MoveSource(doc, 1));
        let letter = source_letter(doc);
        html! {
            <li class={classes!("chip", shown.then_some("chip-on"))} data-testid="source-chip">
                <button class="chip-toggle" data-testid="chip-toggle" aria-pressed={shown.to_string()} onclick={toggle}
                    title={format!("{} column: {label}", if shown { "Hide" } else { "Show" })}>
                    <span class="chip-letter" aria-hidden="true">{ letter }</span>
                    <span class="chip-label">{ label.clone() }</span>
                </button>
                if shown && visible.len() > 1 {
                    <button class="chip-move chip-move-left" data-testid="chip-move-left" onclick={left} disabled={position == Some(0)}
                        aria-label={format!("Move {label} left")}></button>
                    <button class="chip-move chip-move-right" data-testid="chip-move-right" onclick={right} disabled={position == Some(visible.len() - 1)}
                        aria-label={format!("Move {label} right")}></button>
                }
            </li>
        }
    });
    // How many sources there are and how many are shown, and one action to bring in a hidden one.
    let total = props.labels.len();
    let shown_count = props.place.visible.len();
    let sources_count = html! {
        <span class="sources-count" data-testid="sources-count">
            { if shown_count == total { format!("{total} sources") } else { format!("{shown_count} of {total} shown") } }
        </span>
    };
    let show_another = (shown_count < total).then(|| {
        let on_action = props.on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let doc = select.value().parse::<usize>().ok();
            select.set_value("");
            if let Some(doc) = doc {
                on_action.emit(Action::ToggleSource(doc));
            }
        });
        html! {
            <select class="show-source" data-testid="show-source" aria-label="Show another source" {onchange}>
                <option value="" selected=true>{ "Show another…" }</option>
                { for props.labels.iter().enumerate().filter(|(d, _)| !props.place.visible.contains(d)).map(|(d, label)| html! {
                    <option value={d.to_string()}>{ format!("{} · {label}", source_letter(d)) }</option>
                }) }
            </select>
        }
    });
    let on_switch = props.on_action.reform(|e: Event| {
        let id = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
        Action::SwitchCorpus(id.unwrap_or_default())
    });
    let manage = props.on_manage.reform(|_: MouseEvent| ());
    let current_name =
        props.corpora.iter().find(|c| Some(&c.0) == props.current.as_ref()).map(|c| c.1.clone()).unwrap_or_default();
    let progress = props.progress.as_ref().map(|p| {
        let percent = (p.stage.fraction() * 100.0).round();
        html! {
            <div class="progress" role="status" data-testid="analysis-progress">
                <span>{ format!("Analysing {} articles: {}…", p.articles, p.stage.describe()) }</span>
                <progress max="100" value={percent.to_string()}>{ format!("{percent}%") }</progress>
            </div>
        }
    });
    html! {
        <header class="topbar" role="banner" data-testid="app-header">
            <div class="topbar-row" data-testid="header-row">
                <h1 class="brand">{ "Parallax" }</h1>
                <label class="corpus-switcher">
                    <span class="visually-hidden">{ "Corpus" }</span>
                    <select data-testid="corpus-select" onchange={on_switch} title={current_name.clone()}>
                        { for props.corpora.iter().map(|(id, name, read_only)| html! {
                            <option value={id.clone()} selected={Some(id) == props.current.as_ref()}>
                                { if *read_only { format!("{name} (example)") } else { name.clone() } }
                            </option>
                        }) }
                    </select>
                </label>
                <span class="corpus-name visually-hidden" data-testid="corpus-name">{ current_name }</span>
                <button class="button button-quiet" data-testid="manage-corpus" onclick={manage}
                    title="Rename, duplicate or delete this corpus; edit its articles">{ "Articles…" }</button>
                <span class="spacer"></span>
                <nav class="tabs" aria-label="Views">
                    { for [
                        (Page::Compare, "Compare".to_string()),
                        (Page::Overview, "Overview".to_string()),
                        (Page::Differences, "Differences".to_string()),
                        (Page::People, "People".to_string()),
                        (Page::Quotes, "Quotes".to_string()),
                        (Page::Timeline, "Timeline".to_string()),
                        (Page::Verdicts, format!("Verdicts ({})", props.verdicts)),
                    ].into_iter().filter(|(page, _)| match page {
                        Page::Verdicts => props.verdicts > 0 || props.place.page == Page::Verdicts,
                        Page::Timeline => props.timeline || props.place.page == Page::Timeline,
                        _ => true,
                    })
                    .map(|(page, name)| {
                        let current = props.place.page == page;
                        let onclick = props.on_action.reform(move |_: MouseEvent| Action::ShowPage(page));
                        html! {
                            <button class={classes!("tab", current.then_some("tab-current"))} aria-current={current.then_some("page")}
                                data-testid={format!("tab-{}", page.slug())} {onclick}>{ name }</button>
                        }
                    }) }
                </nav>
                { menu("Import", "import-menu", &[
                    (ImportKind::Files, "Files… (.txt, .md, .html, .json)", "import-files"),
                    (ImportKind::Paste, "Paste an article…", "import-paste"),
                ], &props.on_import) }
                { menu("Export", "export-menu", &[
                    (ExportKind::Report, "Report (Markdown)", "export-report"),
                    (ExportKind::Csv, "Facts × sources (CSV)", "export-csv"),
                    (ExportKind::Analysis, "Analysis (JSON)", "export-analysis"),
                    (ExportKind::Corpus, "Corpus file (re-importable .json)", "export-corpus"),
                ], &props.on_export) }
            </div>
            { for progress }
            <nav aria-label="Sources" class="sources">
                { sources_count }
                { for show_another }
                <ul class="chips">{ for chips }</ul>
            </nav>
        </header>
    }
}
