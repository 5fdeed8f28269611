//! The People page: each person named in the corpus with the spellings and titles each source uses,
//! and a link to every mention.

use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use parallax_core::EntityKind;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeopleProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
}

fn letters(sources: &[usize]) -> String {
    sources.iter().map(|s| source_letter(*s)).collect::<Vec<_>>().join(", ")
}

#[function_component(PeoplePage)]
pub fn people_page(props: &PeopleProps) -> Html {
    let analysis = &props.corpus.analysis;
    let mut people: Vec<&parallax_core::Entity> =
        analysis.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    people.sort_by_key(|e| {
        std::cmp::Reverse(e.mentions.iter().map(|m| m.doc).collect::<std::collections::BTreeSet<_>>().len())
    });
    let rows = people.iter().map(|e| {
        let sources: std::collections::BTreeSet<usize> = e.mentions.iter().map(|m| m.doc).collect();
        let first = e.mentions.first().map(|m| (m.doc, m.sentence));
        let open = first.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
        html! {
            <tr data-testid="person">
                <th scope="row"><button class="value-button" data-testid="person-name" onclick={open}>{ e.name.clone() }</button></th>
                <td>{ letters(&sources.iter().copied().collect::<Vec<_>>()) }</td>
                <td>
                    { for e.variants.iter().map(|v| html! {
                        <span class="variant" title={format!("sources {}", letters(&v.sources))}>{ format!("{} ({})", v.text, letters(&v.sources)) }</span>
                    }) }
                </td>
                <td>
                    if e.titles.is_empty() { <span class="muted">{ "—" }</span> }
                    { for e.titles.iter().map(|t| html! {
                        <span class="variant">{ format!("{} ({})", t.title, letters(&t.sources)) }</span>
                    }) }
                </td>
            </tr>
        }
    });
    html! {
        <section class="claims" aria-label="People" data-testid="people">
            <div class="claims-bar"><h2>{ format!("People ({})", people.len()) }</h2></div>
            <div class="panel">
                <table class="claims-table">
                    <thead><tr><th scope="col">{ "Person" }</th><th scope="col">{ "Sources" }</th><th scope="col">{ "Spellings (sources)" }</th><th scope="col">{ "Titles (sources)" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
