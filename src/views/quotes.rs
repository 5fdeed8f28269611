//! The Quotes page: every direct quotation with its speaker and source, quotes of one speaker
//! together; "unattributed" where the article does not say who spoke.

use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
}

#[function_component(QuotesPage)]
pub fn quotes_page(props: &QuotesProps) -> Html {
    let analysis = &props.corpus.analysis;
    let mut quotes: Vec<&parallax_core::Quote> = analysis.quotes.iter().collect();
    // Grouped by speaker (by surname, so "Macron" and "Emmanuel Macron" sit together), unattributed last.
    let speaker_key = |q: &parallax_core::Quote| {
        q.speaker
            .as_deref()
            .map(|s| s.split_whitespace().last().unwrap_or("").to_lowercase())
            .unwrap_or_else(|| "\u{10ffff}".into())
    };
    quotes.sort_by(|a, b| speaker_key(a).cmp(&speaker_key(b)).then((a.doc, a.start).cmp(&(b.doc, b.start))));
    let rows = quotes.iter().map(|q| {
        let at = (q.doc, q.sentence);
        let open = props.on_open_sentence.reform(move |_: MouseEvent| at);
        html! {
            <li class="quote" data-testid="quote">
                <blockquote class="quote-text">{ format!("“{}”", q.text) }</blockquote>
                <p class="quote-meta">
                    if let Some(speaker) = &q.speaker {
                        <span class="quote-speaker">{ speaker.clone() }</span>
                    } else {
                        <span class="quote-speaker muted">{ "unattributed" }</span>
                    }
                    <span class="muted">{ format!(" · source {} · {}", source_letter(q.doc), analysis.documents[q.doc].label) }</span>
                    <button class="link-button" onclick={open}>{ "Show in context" }</button>
                </p>
            </li>
        }
    });
    html! {
        <section class="claims" aria-label="Quotes" data-testid="quotes">
            <div class="claims-bar"><h2>{ format!("Quotes ({})", quotes.len()) }</h2></div>
            if quotes.is_empty() {
                <p class="claims-empty">{ "No direct quotation was found in these articles." }</p>
            } else {
                <ol class="quotes">{ for rows }</ol>
            }
        </section>
    }
}
