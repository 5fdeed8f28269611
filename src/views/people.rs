//! The People page: each person named in the corpus with the spellings and titles each source uses,
//! and a link to the first mention. The rows come from [`people`]; this file only draws them.

use crate::state::people_model::people;
use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
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
    let people = people(&props.corpus.analysis);
    let rows = people.iter().map(|p| {
        let open = p.first.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
        html! {
            <tr data-testid="person">
                <th scope="row"><button class="value-button" data-testid="person-name" onclick={open}>{ p.name.clone() }</button></th>
                <td>{ letters(&p.sources) }</td>
                <td>
                    { for p.spellings.iter().map(|(text, sources)| html! {
                        <span class="variant" title={format!("sources {}", letters(sources))}>{ format!("{text} ({})", letters(sources)) }</span>
                    }) }
                </td>
                <td>
                    if p.titles.is_empty() { <span class="muted">{ "—" }</span> }
                    { for p.titles.iter().map(|(title, sources)| html! {
                        <span class="variant">{ format!("{title} ({})", letters(sources)) }</span>
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
