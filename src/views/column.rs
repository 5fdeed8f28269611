//! One article as a column of prose: a head (source letter, label, size, share reported elsewhere)
//! and its paragraphs, each sentence marked by how many other sources carry it. Pointer events are
//! delegated to the column body (one handler, not one per sentence) and reported as sentence refs.

use crate::state::column_model::{blocks_for, thousands, Block, Piece, Run};
use crate::state::{LoadedCorpus, SentenceRef};
use crate::views::header::source_letter;
use parallax_core::{AgreementLevel, ParagraphKind};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Above this many sentences an article is laid out only where the reader looks (`is-long`: CSS
/// `content-visibility`), so that one of megabytes does not freeze the page for seconds on each
/// change. A long news article has a few hundred sentences; shorter ones keep exact layout, which the
/// alignment of pinned sentences across columns relies on.
const LONG_ARTICLE_SENTENCES: usize = 3_000;

/// How many sentences of an article are put on the page at first, and how many more each "Show more"
/// adds. Building the page for every sentence of a 10 MB article (80,000 of them) held the page for
/// seconds when its analysis arrived, 2,000 of them for 110–120 ms, 1,000 for 45–60 ms, 500 for about
/// half that (the bound is 100 ms, and the machines vary by a third from run to run); a news
/// article of any ordinary length (a long one has a few hundred sentences) is shown whole. A sentence
/// beyond what is shown that becomes active or pinned (a link, a keyboard step, a card's "show in
/// article") is put on the page with the rest up to it.
const SHOWN_SENTENCES: usize = 500;

#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    pub corpus: Rc<LoadedCorpus>,
    pub doc: usize,
    /// The sentence of this column under the pointer or pinned.
    pub active: Option<usize>,
    pub pinned: Option<usize>,
    /// This column's sentence lined up with the sentence pinned in another column (it must be on the
    /// page to be scrolled to).
    #[prop_or_default]
    pub lined_up: Option<usize>,
    /// Sentences of this column that report the same as the active sentence.
    pub counterparts: Rc<Vec<usize>>,
    /// Whether this column is the one shown on a narrow screen.
    pub narrow_current: bool,
    pub on_hover: Callback<Option<SentenceRef>>,
    pub on_pin: Callback<SentenceRef>,
}

/// The sentence ref of the sentence element an event happened in, if any.
fn sentence_at(event: &Event) -> Option<SentenceRef> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let sentence = target.closest(".sentence").ok()??;
    let doc = sentence.get_attribute("data-doc")?.parse().ok()?;
    let index = sentence.get_attribute("data-sent")?.parse().ok()?;
    Some((doc, index))
}

#[function_component(Column)]
pub fn column(props: &ColumnProps) -> Html {
    let corpus = &props.corpus;
    let doc = props.doc;
    let report = &corpus.analysis.documents[doc];
    // The analysis counts the words (as `word_count` does): a 10 MB article is not counted again on
    // every hover.
    let words = report.reuse.words;
    let shared = report.sentences.iter().filter(|s| s.sources > 0).count();
    let letter = source_letter(doc);
    let others = corpus.analysis.documents.len().saturating_sub(1);
    // The date when known (the outlet is already the label; file names stay in the Articles dialog).
    let origin = corpus.sources[doc].meta.date.clone().map(|d| format!("{d} · ")).unwrap_or_default();

    let onmouseover = {
        let on_hover = props.on_hover.clone();
        let last = use_mut_ref(|| None::<SentenceRef>);
        Callback::from(move |e: MouseEvent| {
            let at = sentence_at(&e);
            if *last.borrow() != at {
                *last.borrow_mut() = at;
                if at.is_some() {
                    mark_hover_start();
                }
                on_hover.emit(at);
            }
        })
    };
    let onmouseleave = props.on_hover.reform(|_: MouseEvent| None);
    let onclick = {
        let on_pin = props.on_pin.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(at) = sentence_at(&e) {
                on_pin.emit(at);
            }
        })
    };

    // How many sentences are on the page: the first ones, those the reader asked for, and every one up
    // to the active, pinned or lined-up sentence.
    let asked = use_state(|| SHOWN_SENTENCES);
    let wanted = [props.active, props.pinned, props.lined_up].into_iter().flatten().map(|i| i + 1).max().unwrap_or(0);
    let shown = (*asked).max(wanted);
    let blocks = &corpus.blocks[doc];
    let (shown_blocks, shown_sentences) = blocks_for(blocks, shown);
    let more = (shown_blocks < blocks.len()).then(|| {
        let total = report.sentences.len();
        let next = SHOWN_SENTENCES.min(total - shown_sentences);
        let onclick = {
            let asked = asked.clone();
            Callback::from(move |_: MouseEvent| asked.set(shown_sentences + next))
        };
        html! {
            <div class="column-more" data-testid="column-more">
                <p>{ format!("{} of {} sentences shown.", thousands(shown_sentences), thousands(total)) }</p>
                <button type="button" class="button" {onclick}>{ format!("Show {} more", thousands(next)) }</button>
            </div>
        }
    });

    let marks = SentenceMarks {
        doc,
        text: &corpus.sources[doc].text,
        active: props.active,
        pinned: props.pinned,
        counterparts: &props.counterparts,
        others,
    };
    let rendered = paragraph_elements(blocks[..shown_blocks].iter().map(|block| (block.kind, marks.pieces(block))));

    let heading_id = format!("col-head-{doc}");
    let body_label = heading_id.clone();
    html! {
        <article class={classes!("column", props.narrow_current.then_some("is-narrow-current"))}
            data-testid="column" data-doc={doc.to_string()} aria-labelledby={heading_id.clone()}>
            <header class="column-head">
                <span class="source-letter" aria-hidden="true">{ letter.clone() }</span>
                <div class="column-titles">
                    <p class="column-label" id={heading_id} data-testid="column-label">
                        <span class="visually-hidden">{ format!("Source {letter}: ") }</span>{ report.label.clone() }
                    </p>
                    <p class="column-meta">
                        { format!("{origin}{} words · {} of {} sentences reported elsewhere", thousands(words), thousands(shared), thousands(report.sentences.len())) }
                        if report.reuse.copied_words > 0 {
                            <span class="column-copied" data-testid="column-copied">{ format!(" · {:.0}% word for word elsewhere", report.reuse.copied_share * 100.0) }</span>
                        }
                    </p>
                </div>
            </header>
            // A tab stop, so the keyboard reaches each article's text and the arrow keys scroll it (until a
            // sentence is pinned; then they move between sentences).
            <div class={classes!("column-body", (report.sentences.len() > LONG_ARTICLE_SENTENCES).then_some("is-long"))}
                {onmouseover} {onmouseleave} {onclick} tabindex="0" role="region"
                aria-labelledby={body_label} data-testid="column-body">{ for rendered }{ more }</div>
        </article>
    }
}

/// Paragraphs as an article column draws them, each by its kind, consecutive list items in one list
/// (Compare's columns, and the articles previewed while they are compared).
pub fn paragraph_elements(paragraphs: impl IntoIterator<Item = (ParagraphKind, Html)>) -> Vec<Html> {
    let mut rendered: Vec<Html> = Vec::new();
    let mut list: Vec<Html> = Vec::new();
    for (kind, inner) in paragraphs {
        if kind == ParagraphKind::ListItem {
            list.push(html! { <li>{ inner }</li> });
            continue;
        }
        if !list.is_empty() {
            rendered.push(html! { <ul class="para-list">{ for list.drain(..) }</ul> });
        }
        rendered.push(match kind {
            ParagraphKind::Headline => html! { <h2 class="para-headline" data-testid="headline">{ inner }</h2> },
            ParagraphKind::Standfirst => html! { <p class="para-standfirst">{ inner }</p> },
            ParagraphKind::Subheading => html! { <h3 class="para-subheading">{ inner }</h3> },
            ParagraphKind::Speaker => html! { <p class="para-speaker">{ inner }</p> },
            ParagraphKind::Boilerplate => {
                html! { <p class="para-boilerplate" title="Boilerplate: not part of the comparison">{ inner }</p> }
            }
            _ => html! { <p class="para-body">{ inner }</p> },
        });
    }
    if !list.is_empty() {
        rendered.push(html! { <ul class="para-list">{ for list.drain(..) }</ul> });
    }
    rendered
}

/// What decides a sentence's classes in one render.
struct SentenceMarks<'a> {
    doc: usize,
    /// The document's text, which the blocks' offsets point into.
    text: &'a str,
    active: Option<usize>,
    pinned: Option<usize>,
    counterparts: &'a [usize],
    others: usize,
}

impl SentenceMarks<'_> {
    fn pieces(&self, block: &Block) -> Html {
        html! {
            { for block.pieces.iter().map(|piece| match piece {
                Piece::Text(t) => html! { { &self.text[t.clone()] } },
                Piece::Sentence { index, runs, agreement, sources, independent } => {
                    self.sentence(*index, runs, *agreement, *sources, *independent)
                }
            }) }
        }
    }

    fn sentence(
        &self,
        index: usize,
        runs: &[Run],
        agreement: AgreementLevel,
        sources: usize,
        independent: usize,
    ) -> Html {
        let (class, mut title) = agreement_class(agreement, sources, self.others);
        if independent < sources {
            title.push_str(&format!(" — {independent} independent (the rest copy one story)"));
        }
        let classes = classes!(
            "sentence",
            class,
            (self.active == Some(index)).then_some("is-active"),
            (self.pinned == Some(index)).then_some("is-pinned"),
            self.counterparts.contains(&index).then_some("is-counterpart"),
        );
        // The same marks as a data attribute, for the browser tests (a restyle must not break them).
        let state = [
            (self.active == Some(index)).then_some("active"),
            (self.pinned == Some(index)).then_some("pinned"),
            self.counterparts.contains(&index).then_some("counterpart"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            <span class={classes} id={format!("s-{}-{index}", self.doc)} data-doc={self.doc.to_string()}
                data-sent={index.to_string()} title={title} tabindex="-1" data-testid="sentence"
                data-state={(!state.is_empty()).then_some(state)} data-agreement={class.trim_start_matches("agree-")}>
                { for runs.iter().map(|run| if run.copied_in.is_empty() {
                    html! { { run.text(self.text) } }
                } else {
                    let letters: Vec<String> = run.copied_in.iter().map(|d| source_letter(*d)).collect();
                    html! {
                        <span class="copied" data-testid="copied" title={format!("Word for word also in source {}", letters.join(", "))}>{ run.text(self.text) }</span>
                    }
                }) }
            </span>
        }
    }
}

/// CSS class and tooltip for an agreement level.
fn agreement_class(level: AgreementLevel, sources: usize, others: usize) -> (&'static str, String) {
    match level {
        AgreementLevel::All => ("agree-all", format!("Reported by every other source ({sources} of {others})")),
        AgreementLevel::Some => ("agree-some", format!("Also reported by {sources} of {others} other sources")),
        AgreementLevel::OnlyHere => ("agree-none", "Only this source reports this".to_string()),
    }
}

/// Marks the moment a hover starts, for the hover-to-highlight measurement (Performance API).
fn mark_hover_start() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name("hover-start");
        let _ = performance.mark("hover-start");
    }
}
