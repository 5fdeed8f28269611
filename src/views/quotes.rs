//! The Quotes page: each quotation once, with every source that carries it and the speaker each
//! source names ("unattributed" where the article does not say). Quotations several sources carry come
//! first (what the analysis is surest of), then one-source quotations by speaker. Which quotes are one
//! quotation is decided by the core (`Quote::group`); this view only orders and draws.

use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use std::collections::BTreeMap;
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
    let mut groups: BTreeMap<usize, Vec<&parallax_core::Quote>> = BTreeMap::new();
    for q in &analysis.quotes {
        groups.entry(q.group).or_default().push(q);
    }
    let mut groups: Vec<Vec<&parallax_core::Quote>> = groups.into_values().collect();
    for g in &mut groups {
        g.sort_by_key(|q| (q.doc, q.start));
    }
    // Several sources first; then attributed before unattributed, by speaker as written; then reading order.
    let sources = |g: &Vec<&parallax_core::Quote>| {
        let mut docs: Vec<usize> = g.iter().map(|q| q.doc).collect();
        docs.dedup();
        docs.len()
    };
    let speaker = |g: &Vec<&parallax_core::Quote>| g.iter().find_map(|q| q.speaker.clone());
    groups.sort_by(|a, b| {
        sources(b)
            .cmp(&sources(a))
            .then(speaker(a).is_none().cmp(&speaker(b).is_none()))
            .then(speaker(a).cmp(&speaker(b)))
            .then((a[0].doc, a[0].start).cmp(&(b[0].doc, b[0].start)))
    });
    let total = analysis.quotes.len();
    let quotations = groups.len();
    let items = groups.iter().map(|g| {
        // The longest version stands for the quotation; other wordings are shown with their source.
        let main = g.iter().max_by_key(|q| q.text.len()).map(|q| q.text.clone()).unwrap_or_default();
        let n = sources(g);
        let rows = g.iter().map(|q| {
            let at = (q.doc, q.sentence);
            let open = props.on_open_sentence.reform(move |_: MouseEvent| at);
            let own_words = (q.text != main).then(|| html! { <span class="quote-version">{ format!("“{}”", q.text) }</span> });
            html! {
                <li class="quote-source">
                    <span class="chip-letter" aria-hidden="true">{ source_letter(q.doc) }</span>
                    if let Some(speaker) = &q.speaker {
                        <span class="quote-speaker" data-testid="quote-speaker">{ speaker.clone() }</span>
                    } else {
                        <span class="quote-speaker muted" data-testid="quote-speaker">{ "unattributed" }</span>
                    }
                    <span class="muted">{ format!(" · source {} · {}", source_letter(q.doc), analysis.documents[q.doc].label) }</span>
                    { for own_words }
                    <button class="link-button" data-testid="quote-show" onclick={open}>{ "Show in context" }</button>
                </li>
            }
        });
        html! {
            <li class="quote" data-testid="quote" data-sources={n.to_string()}>
                <blockquote class="quote-text">{ format!("“{main}”") }</blockquote>
                if n > 1 {
                    <p class="quote-count" data-testid="quote-count">{ format!("Quoted by {n} sources") }</p>
                }
                <ul class="quote-sources">{ for rows }</ul>
            </li>
        }
    });
    html! {
        <section class="claims" aria-label="Quotes" data-testid="quotes">
            <div class="claims-bar">
                <h2>{ format!("Quotes ({quotations})") }</h2>
                if quotations != total {
                    <span class="muted">{ format!("{total} quotes in the articles; the same words in several sources are shown once") }</span>
                }
            </div>
            if total == 0 {
                <p class="claims-empty">{ "No direct quotation was found in these articles." }</p>
            } else {
                <ol class="quotes">{ for items }</ol>
            }
        </section>
    }
}
