//! The articles as plain text while the corpus is being compared: on a slow connection the analysis
//! module arrives seconds after the page, and the reader can start reading meanwhile. The columns of
//! Compare without marks or links (nothing is known yet about what the sources share); the comparison
//! replaces them when it is ready. The model is `state::preview_model`.

use crate::state::library::CorpusRecord;
use crate::state::preview_model::preview;
use crate::views::column::paragraph_elements;
use crate::views::header::source_letter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub record: Rc<CorpusRecord>,
}

#[function_component(Preview)]
pub fn preview_view(props: &PreviewProps) -> Html {
    let articles = preview(&props.record);
    let shown = articles.len();
    let total = props.record.articles.len();
    let columns = articles.into_iter().enumerate().map(|(doc, a)| {
        let heading_id = format!("preview-head-{doc}");
        let letter = source_letter(doc);
        html! {
            <article class="column" data-testid="preview-column" aria-labelledby={heading_id.clone()}>
                <header class="column-head">
                    <span class="source-letter" aria-hidden="true">{ letter.clone() }</span>
                    <div class="column-titles">
                        <p class="column-label" id={heading_id}>
                            <span class="visually-hidden">{ format!("Source {letter}: ") }</span>{ a.label }
                        </p>
                    </div>
                </header>
                <div class="column-body">
                    { for paragraph_elements(a.paragraphs.into_iter().map(|(kind, text)| (kind, html! { { text } }))) }
                    if a.more {
                        <p class="column-more">{ "The rest of the article appears with the comparison." }</p>
                    }
                </div>
            </article>
        }
    });
    html! {
        <section class="compare preview" aria-label="The articles, while they are compared" aria-busy="true" data-testid="preview">
            if shown < total {
                <p class="preview-note">{ format!("The first {shown} of {total} articles; the rest appear with the comparison.") }</p>
            }
            <div class="compare-main"><div class="columns">{ for columns }</div></div>
        </section>
    }
}
