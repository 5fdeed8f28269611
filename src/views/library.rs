//! The "Articles" dialog: the current corpus' name, its articles with label, outlet, date, file and
//! encoding (editable unless the corpus is the bundled example), and duplicate / delete for the corpus.

use crate::state::library::{Article, CorpusRecord};
use crate::views::dialog::Dialog;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ManageProps {
    pub record: Rc<CorpusRecord>,
    pub on_rename: Callback<String>,
    pub on_duplicate: Callback<()>,
    pub on_delete: Callback<()>,
    pub on_remove_article: Callback<u32>,
    /// (article id, label, outlet, date)
    pub on_edit_article: Callback<(u32, String, String, String)>,
    pub on_add: Callback<()>,
    pub on_close: Callback<()>,
}

fn input_value(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct RowProps {
    article: Article,
    letter: String,
    read_only: bool,
    on_edit: Callback<(u32, String, String, String)>,
    on_remove: Callback<u32>,
}

#[function_component(ArticleRow)]
fn article_row(props: &RowProps) -> Html {
    let (label, outlet, date) = (use_node_ref(), use_node_ref(), use_node_ref());
    let a = &props.article;
    let commit = {
        let (label, outlet, date, on_edit, id) =
            (label.clone(), outlet.clone(), date.clone(), props.on_edit.clone(), a.id);
        Callback::from(move |_: Event| {
            on_edit.emit((id, input_value(&label), input_value(&outlet), input_value(&date)));
        })
    };
    let remove = props.on_remove.reform({
        let id = a.id;
        move |_: MouseEvent| id
    });
    // The fields show the stored values, set when those change, not on every render: a field is not
    // "controlled", so what the reader is typing survives re-renders caused by anything else (an
    // analysis in progress after the previous field's change, a message).
    {
        let (label, outlet, date) = (label.clone(), outlet.clone(), date.clone());
        let stored =
            (a.meta.label.clone(), a.meta.outlet.clone().unwrap_or_default(), a.meta.date.clone().unwrap_or_default());
        use_effect_with(stored, move |(l, o, d)| {
            for (node, value) in [(&label, l), (&outlet, o), (&date, d)] {
                if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                    input.set_value(value);
                }
            }
        });
    }
    let words = parallax_core::word_count(&a.text);
    let file_line = match &a.encoding {
        Some(encoding) => format!("{} · {words} words · {encoding}", a.meta.file),
        None => format!("{} · {words} words", a.meta.file),
    };
    html! {
        <li class="article-row" data-testid="article-row">
            <span class="chip-letter" aria-hidden="true">{ props.letter.clone() }</span>
            <div class="article-fields">
                <label class="field field-wide"><span>{ "Label" }</span>
                    <input ref={label} disabled={props.read_only} onchange={commit.clone()} data-testid="article-label" /></label>
                <label class="field"><span>{ "Outlet" }</span>
                    <input ref={outlet} disabled={props.read_only} onchange={commit.clone()}
                        placeholder="e.g. Reuters" data-testid="article-outlet" /></label>
                <label class="field"><span>{ "Date" }</span>
                    <input ref={date} disabled={props.read_only} onchange={commit}
                        placeholder="YYYY-MM-DD" data-testid="article-date" /></label>
                <p class="article-file">{ file_line }</p>
            </div>
            if !props.read_only {
                <button class="button button-quiet" onclick={remove} data-testid="remove-article"
                    aria-label={format!("Remove {}", a.meta.label)}>{ "Remove" }</button>
            }
        </li>
    }
}

#[function_component(ManageDialog)]
pub fn manage_dialog(props: &ManageProps) -> Html {
    let record = &props.record;
    let rename = props.on_rename.reform(|e: Event| {
        e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
    });
    let duplicate = props.on_duplicate.reform(|_: MouseEvent| ());
    let delete = props.on_delete.reform(|_: MouseEvent| ());
    let add = props.on_add.reform(|_: MouseEvent| ());
    let read_only = record.read_only;
    html! {
        <Dialog title="Corpus and articles" on_close={props.on_close.clone()} testid="manage-dialog"
            return_to="[data-testid=manage-corpus]">
            <label class="field field-wide"><span>{ "Corpus name" }</span>
                <input value={record.name.clone()} disabled={read_only} onchange={rename} data-testid="corpus-name-input" /></label>
            if read_only {
                <p class="dialog-note">{ "This is the example corpus that ships with Parallax: it cannot be changed. Duplicate it to edit a copy, or import your own articles." }</p>
            }
            <ul class="article-list">
                { for record.articles.iter().enumerate().map(|(i, a)| html! {
                    <ArticleRow key={a.id} article={a.clone()} letter={crate::views::header::source_letter(i)} {read_only}
                        on_edit={props.on_edit_article.clone()} on_remove={props.on_remove_article.clone()} />
                }) }
            </ul>
            <div class="dialog-actions">
                if !read_only {
                    <button class="button" onclick={add} data-testid="add-article">{ "Add articles…" }</button>
                }
                <button class="button" onclick={duplicate} data-testid="duplicate-corpus">{ if read_only { "Duplicate to edit" } else { "Duplicate corpus" } }</button>
                if !read_only {
                    <button class="button button-danger" onclick={delete} data-testid="delete-corpus">{ "Delete corpus" }</button>
                }
            </div>
        </Dialog>
    }
}
