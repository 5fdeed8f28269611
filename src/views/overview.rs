//! The overview page: the whole corpus before reading any of it — per-source figures, the source ×
//! source matrix (each cell opens that pair side by side), and the facts × sources grid with the facts
//! only one source reports gathered per source (each sentence opens the comparison pinned on it).

use crate::state::overview_model::{overview, Overview};
use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use crate::views::shown_count::use_shown_count;
use parallax_core::shorten_words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_compare_pair: Callback<(usize, usize)>,
    pub on_open_sentence: Callback<SentenceRef>,
    /// The sources chosen in the header (the matrix and grid of a large corpus show only those).
    pub visible: Vec<usize>,
}

/// Above this many sources the matrix and the grid show only the sources chosen in the header: a
/// 200 × 200 matrix is neither readable nor quick to draw.
const ALL_SOURCES_UP_TO: usize = 12;

/// Up to this many shown sources the matrix sits beside the figures with full cells; above it, it is
/// compact and below them.
const MATRIX_BESIDE_UP_TO: usize = 8;

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Background strength class for a share, in five steps (the number is always printed too).
fn level(x: f64) -> &'static str {
    match (x * 100.0) as u32 {
        0 => "lvl-0",
        1..=19 => "lvl-1",
        20..=39 => "lvl-2",
        40..=59 => "lvl-3",
        _ => "lvl-4",
    }
}

#[function_component(OverviewPage)]
pub fn overview_page(props: &OverviewProps) -> Html {
    let corpus = &props.corpus;
    let analysis = &corpus.analysis;
    let model: Rc<Overview> = {
        let corpus = corpus.clone();
        use_memo(corpus, |c| overview(&c.analysis))
    };
    let n = analysis.documents.len();
    let label = |d: usize| analysis.documents[d].label.clone();
    let limited = n > ALL_SOURCES_UP_TO;
    let shown: Vec<usize> = if limited { props.visible.clone() } else { (0..n).collect() };
    // Many sources: compact matrix cells (the figures stay in each cell's name), the matrix under the
    // figures rather than beside them, and grid columns wide enough to read, scrolled in their panel.
    let many = shown.len() > MATRIX_BESIDE_UP_TO;
    let overview_ref = use_shown_count(shown.len());

    let figures = model.figures.iter().enumerate().map(|(d, f)| {
        html! {
            <tr>
                <th scope="row"><span class="chip-letter" aria-hidden="true">{ source_letter(d) }</span>{ " " }{ shorten_words(&label(d), 48) }</th>
                <td data-label="Words">{ f.words }</td>
                <td data-label="Sentences">{ f.sentences }</td>
                <td data-label="Shared">{ percent(f.shared) }</td>
                <td data-label="Only here">{ percent(f.unique) }</td>
                <td data-label="Copied">{ percent(f.copied) }</td>
            </tr>
        }
    });

    let matrix_rows = shown.iter().map(|&row| {
        let cells = shown.iter().map(|&col| match &model.matrix[row][col] {
            None => html! { <td class="cell-self" aria-label="same source">{ "—" }</td> },
            Some(cell) => {
                let open = props.on_compare_pair.reform(move |_: MouseEvent| (row, col));
                let copied = cell.copied_words > 0.0;
                html! {
                    <td class={classes!("cell", level(cell.shared_sentences), copied.then_some("cell-copied"))}>
                        <button class="cell-button" onclick={open} data-testid="matrix-cell"
                            title={format!("Source {} side by side with source {}: {} of {}'s sentences reported by {}{}",
                                source_letter(row), source_letter(col), percent(cell.shared_sentences), source_letter(row), source_letter(col),
                                if copied { format!(", {} of its words copied", percent(cell.copied_words)) } else { String::new() })}>
                            <span class="cell-main">{ percent(cell.shared_sentences) }</span>
                            if copied {
                                <span class="cell-sub">{ format!("{} copied", percent(cell.copied_words)) }</span>
                            }
                        </button>
                    </td>
                }
            }
        });
        html! {
            <tr>
                <th scope="row" title={label(row)}><span class="chip-letter" aria-hidden="true">{ source_letter(row) }</span><span class="visually-hidden">{ format!("Source {}: {}", source_letter(row), label(row)) }</span></th>
                { for cells }
            </tr>
        }
    });

    let cell_text = |d: usize, at: Option<SentenceRef>| -> Html {
        let source = format!("{} · {}", source_letter(d), shorten_words(&label(d), 36));
        match at {
            None => html! { <td class="grid-empty" aria-label="not reported" data-label={source}>{ "—" }</td> },
            Some(at) => {
                let text = analysis.documents[at.0].sentences[at.1].text.clone();
                let open = props.on_open_sentence.reform(move |_: MouseEvent| at);
                html! {
                    <td data-label={source}><button class="grid-sentence" onclick={open} title={text.clone()} data-testid="grid-sentence">{ shorten_words(&text, 140) }</button></td>
                }
            }
        }
    };
    let fact_rows = model.facts.iter().filter(|row| shown.iter().any(|&d| row.cells[d].is_some())).map(|row| {
        html! {
            <tr data-testid="fact-row">
                <th scope="row" class="grid-count" data-testid="fact-sources">{ format!("{} of {n}", row.sources) }</th>
                { for shown.iter().map(|&d| cell_text(d, row.cells[d])) }
            </tr>
        }
    });
    let only_sections = model.only_in.iter().enumerate().filter(|(d, list)| !list.is_empty() && shown.contains(d)).map(|(d, list)| {
        html! {
            <details class="only-in" data-testid="only-in">
                <summary>
                    <span class="chip-letter" aria-hidden="true">{ source_letter(d) }</span>
                    { format!(" Only in source {}: {} sentence{}", source_letter(d), list.len(), if list.len() == 1 { "" } else { "s" }) }
                </summary>
                <ul>
                    { for list.iter().map(|&i| {
                        let at = (d, i);
                        let open = props.on_open_sentence.reform(move |_: MouseEvent| at);
                        html! { <li><button class="grid-sentence" onclick={open}>{ analysis.documents[d].sentences[i].text.clone() }</button></li> }
                    }) }
                </ul>
            </details>
        }
    });

    html! {
        <section class={classes!("overview", many.then_some("overview-many"))} aria-label="Overview of the corpus" data-testid="overview" ref={overview_ref}>
            <div class="overview-top">
                <section class="panel">
                    <h2>{ "Sources" }</h2>
                    <table class="figures stack-on-phone">
                        <thead><tr>
                            <th scope="col">{ "Source" }</th><th scope="col">{ "Words" }</th><th scope="col">{ "Sentences" }</th>
                            <th scope="col" title="Sentences another source also reports">{ "Shared" }</th>
                            <th scope="col" title="Sentences no other source reports">{ "Only here" }</th>
                            <th scope="col" title="Words found word for word in another source">{ "Copied" }</th>
                        </tr></thead>
                        <tbody>{ for figures }</tbody>
                    </table>
                    if analysis.families.iter().any(|f| f.documents.len() > 1) {
                        <p class="families" data-testid="families">
                            { "Probably one story (they share long passages word for word): " }
                            { for analysis.families.iter().filter(|f| f.documents.len() > 1).map(|f| html! {
                                <span class="family">{ f.documents.iter().map(|d| source_letter(*d)).collect::<Vec<_>>().join(" + ") }</span>
                            }) }
                        </p>
                    }
                </section>
                <section class="panel" data-testid="matrix-panel">
                    <h2>{ "Source × source" }</h2>
                    <p class="panel-note">{ "Share of the row's sentences the column source also reports; “copied”: share of its words found there word for word. Click a cell to read the pair side by side." }</p>
                    if limited {
                        <p class="panel-note" data-testid="overview-limited">{ format!(
                            "This corpus has {n} sources: the matrix and the facts grid show the {} chosen in the header. Choose others with the source chips.",
                            shown.len()) }</p>
                    }
                    <table class="matrix" data-testid="matrix">
                        <thead><tr><td></td>{ for shown.iter().map(|&c| html! { <th scope="col" title={label(c)}><span class="chip-letter">{ source_letter(c) }</span></th> }) }</tr></thead>
                        <tbody>{ for matrix_rows }</tbody>
                    </table>
                </section>
            </div>
            <section class="panel" data-testid="grid-panel">
                <h2>{ format!("Facts × sources ({} facts reported by two or more sources)", model.facts.len()) }</h2>
                <div class="grid-scroll">
                    <table class="grid stack-on-phone" data-testid="facts-grid">
                        <thead><tr>
                            <th scope="col">{ "Sources" }</th>
                            { for shown.iter().map(|&d| html! { <th scope="col"><span class="chip-letter" aria-hidden="true">{ source_letter(d) }</span>{ " " }{ shorten_words(&label(d), 36) }</th> }) }
                        </tr></thead>
                        <tbody>{ for fact_rows }</tbody>
                    </table>
                </div>
                { for only_sections }
            </section>
        </section>
    }
}
