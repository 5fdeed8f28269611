//! One article as a column of prose: a head (source letter, label, size) and its paragraphs, each
//! sentence marked by how many other sources carry the same information.

use crate::state::column_model::{column_blocks, word_count, Block, Piece};
use crate::views::header::source_letter;
use parallax_core::{AgreementLevel, DocumentReport, ParagraphKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    pub doc: Rc<DocumentReport>,
    pub text: Rc<str>,
    /// How many sources the corpus has (for "n of N" wording).
    pub sources_total: usize,
}

#[function_component(Column)]
pub fn column(props: &ColumnProps) -> Html {
    let doc = &props.doc;
    let blocks = column_blocks(doc, &props.text);
    let words = word_count(&props.text);
    let shared = doc.sentences.iter().filter(|s| s.sources > 0).count();
    let letter = source_letter(doc.id);
    let others = props.sources_total.saturating_sub(1);

    // Consecutive list items are gathered into one list.
    let mut rendered: Vec<Html> = Vec::new();
    let mut list: Vec<Html> = Vec::new();
    for block in &blocks {
        let inner = block_pieces(block, others);
        if block.kind == ParagraphKind::ListItem {
            list.push(html! { <li>{ inner }</li> });
            continue;
        }
        if !list.is_empty() {
            rendered.push(html! { <ul class="para-list">{ for list.drain(..) }</ul> });
        }
        rendered.push(match block.kind {
            ParagraphKind::Headline => html! { <h2 class="para-headline" data-testid="headline">{ inner }</h2> },
            ParagraphKind::Standfirst => html! { <p class="para-standfirst">{ inner }</p> },
            ParagraphKind::Subheading => html! { <h3 class="para-subheading">{ inner }</h3> },
            ParagraphKind::Speaker => html! { <p class="para-speaker">{ inner }</p> },
            ParagraphKind::Boilerplate => html! { <p class="para-boilerplate" title="Boilerplate: not part of the comparison">{ inner }</p> },
            _ => html! { <p class="para-body">{ inner }</p> },
        });
    }
    if !list.is_empty() {
        rendered.push(html! { <ul class="para-list">{ for list.drain(..) }</ul> });
    }

    let heading_id = format!("col-head-{}", doc.id);
    html! {
        <article class="column" data-testid="column" data-doc={doc.id.to_string()} aria-labelledby={heading_id.clone()}>
            <header class="column-head">
                <span class="source-letter" aria-hidden="true">{ letter.clone() }</span>
                <div class="column-titles">
                    <p class="column-label" id={heading_id}><span class="visually-hidden">{ format!("Source {letter}: ") }</span>{ doc.label.clone() }</p>
                    <p class="column-meta">
                        { format!("{} · {words} words · {shared} of {} sentences shared", doc.file_name, doc.sentences.len()) }
                    </p>
                </div>
            </header>
            <div class="column-body">{ for rendered }</div>
        </article>
    }
}

fn block_pieces(block: &Block, others: usize) -> Html {
    html! {
        { for block.pieces.iter().map(|piece| match piece {
            Piece::Text(t) => html! { { t.clone() } },
            Piece::Sentence { index, text, agreement, sources } => {
                let (class, title) = agreement_class(*agreement, *sources, others);
                html! {
                    <span class={classes!("sentence", class)} data-sent={index.to_string()} title={title}>{ text.clone() }</span>
                }
            }
        }) }
    }
}

/// CSS class and tooltip for an agreement level.
fn agreement_class(level: AgreementLevel, sources: usize, others: usize) -> (&'static str, String) {
    match level {
        AgreementLevel::All => (
            "agree-all",
            format!("Reported by every other source ({sources} of {others})"),
        ),
        AgreementLevel::Some => (
            "agree-some",
            format!("Also reported by {sources} of {others} other sources"),
        ),
        AgreementLevel::OnlyHere => ("agree-none", "Only this source reports this".to_string()),
    }
}
