//! The People page: each person named in the corpus with the spellings and titles each source uses,
//! and a link to the first mention; then the places and organisations several sources name, with
//! their spellings. The rows come from [`people`]; this file only draws them. In the
//! reader's own corpora "Same person as…" merges two rows (a verdict, with a note and withdraw).

use crate::state::people_model::{people, places_and_organisations};
use crate::state::{Action, LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use crate::views::verdict::VerdictTools;
use parallax_core::Verdict;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeopleProps {
    pub corpus: Rc<LoadedCorpus>,
    pub on_open_sentence: Callback<SentenceRef>,
    /// The reader's "same person" verdicts.
    pub on_action: Callback<Action>,
}

/// "Merged with “Anna Berg-Lind” · your verdict".
fn merged_badge(verdict: &Verdict) -> String {
    match verdict {
        Verdict::SamePerson { a, b, .. } => format!("“{a}” = “{b}” · your verdict"),
        Verdict::DifferentPeople { name, spelling, .. } => format!("“{spelling}” ≠ “{name}” · your verdict"),
        _ => "Your verdict".into(),
    }
}

fn letters(sources: &[usize]) -> String {
    sources.iter().map(|s| source_letter(*s)).collect::<Vec<_>>().join(", ")
}

#[function_component(PeoplePage)]
pub fn people_page(props: &PeopleProps) -> Html {
    let people = people(&props.corpus.analysis);
    let editable = !props.corpus.read_only;
    let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
    let rows = people.iter().map(|p| {
        let open = p.first.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
        // "Same person as…": merges another row into this one.
        let merge = (editable && people.len() > 1).then(|| {
            let (name, on_action) = (p.name.clone(), props.on_action.clone());
            let onchange = Callback::from(move |e: Event| {
                let other = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                if !other.is_empty() {
                    on_action.emit(Action::Judge(Verdict::SamePerson { a: name.clone(), b: other, note: String::new() }));
                }
            });
            html! {
                <select class="same-person" data-testid="same-person" {onchange} aria-label={format!("{} is the same person as…", p.name)}>
                    <option value="" selected=true>{ "Same person as…" }</option>
                    { for names.iter().filter(|n| **n != p.name).map(|n| html! { <option value={n.clone()}>{ n.clone() }</option> }) }
                </select>
            }
        });
        let merged = p.merged_by_reader.iter().map(|verdict| html! {
            <VerdictTools verdict={verdict.clone()} badge={merged_badge(verdict)} {editable} on_action={props.on_action.clone()} />
        });
        html! {
            <tr data-testid="person">
                <th scope="row">
                    <button class="value-button" data-testid="person-name" onclick={open}>{ p.name.clone() }</button>
                    { for merge }
                    { for merged }
                </th>
                <td data-label="Sources">{ letters(&p.sources) }</td>
                <td data-label="Spellings (sources)">
                    { for p.spellings.iter().map(|(text, sources)| {
                        // "Not this person": splits the spelling off as a row of its own.
                        let split = (editable && p.spellings.len() > 1).then(|| {
                            let verdict = Verdict::DifferentPeople { name: p.name.clone(), spelling: text.clone(), note: String::new() };
                            let onclick = props.on_action.reform(move |_: MouseEvent| Action::Judge(verdict.clone()));
                            html! {
                                <button class="link-button verdict-button split-person" data-testid="split-person" {onclick}
                                    aria-label={format!("“{text}” is a different person")} title="A different person: split this spelling off">{ "×" }</button>
                            }
                        });
                        html! {
                            <span class="variant" title={format!("sources {}", letters(sources))}>{ format!("{text} ({})", letters(sources)) }{ for split }</span>
                        }
                    }) }
                </td>
                <td data-label="Titles (sources)">
                    if p.titles.is_empty() { <span class="muted">{ "—" }</span> }
                    { for p.titles.iter().map(|(title, sources)| html! {
                        <span class="variant">{ format!("{title} ({})", letters(sources)) }</span>
                    }) }
                </td>
            </tr>
        }
    });
    let names = places_and_organisations(&props.corpus.analysis);
    let name_rows = names.iter().map(|n| {
        let open = n.first.map(|at| props.on_open_sentence.reform(move |_: MouseEvent| at));
        let spelled_two_ways = n.spellings.len() > 1;
        html! {
            <tr data-testid="named-thing">
                <th scope="row"><button class="value-button" data-testid="named-thing-name" onclick={open}>{ n.name.clone() }</button></th>
                <td data-label="Sources">{ letters(&n.sources) }</td>
                <td data-label="Spellings (sources)">
                    { for n.spellings.iter().map(|(text, sources)| html! {
                        <span class={classes!("variant", spelled_two_ways.then_some("variant-differs"))} title={format!("sources {}", letters(sources))}>{ format!("{text} ({})", letters(sources)) }</span>
                    }) }
                </td>
            </tr>
        }
    });
    html! {
        <section class="claims" aria-label="People" data-testid="people">
            <div class="claims-bar"><h2>{ format!("People ({})", people.len()) }</h2></div>
            <div class="panel">
                <table class="claims-table stack-on-phone">
                    <thead><tr><th scope="col">{ "Person" }</th><th scope="col">{ "Sources" }</th><th scope="col">{ "Spellings (sources)" }</th><th scope="col">{ "Titles (sources)" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="claims-bar" id="places-and-organisations">
                <h2>{ format!("Places and organisations ({})", names.len()) }</h2>
                <p class="muted">{ "Named by two or more sources, or spelled two ways." }</p>
            </div>
            <div class="panel" data-testid="places-and-organisations">
                if names.is_empty() {
                    <p class="muted">{ "No place or organisation is named by two sources." }</p>
                } else {
                    <table class="claims-table stack-on-phone">
                        <thead><tr><th scope="col">{ "Name" }</th><th scope="col">{ "Sources" }</th><th scope="col">{ "Spellings (sources)" }</th></tr></thead>
                        <tbody>{ for name_rows }</tbody>
                    </table>
                }
            </div>
        </section>
    }
}
