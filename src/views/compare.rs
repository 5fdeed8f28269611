//! The comparison page: the visible sources side by side (horizontal scroll when they do not fit),
//! with the agreement legend above them.

use crate::state::LoadedCorpus;
use crate::views::column::Column;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub corpus: Rc<LoadedCorpus>,
    pub visible: Vec<usize>,
}

#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    let corpus = &props.corpus;
    let total = corpus.analysis.documents.len();
    let columns = props.visible.iter().filter_map(|&doc| {
        let report = corpus.analysis.documents.get(doc)?;
        Some(html! {
            <Column key={doc} doc={Rc::new(report.clone())} text={Rc::<str>::from(corpus.text(doc))} sources_total={total} />
        })
    });
    html! {
        <section class="compare" aria-label="Articles side by side">
            <div class="legend" aria-label="Legend">
                <span class="legend-item"><span class="mark mark-all" aria-hidden="true"></span>{ "Reported by every source" }</span>
                <span class="legend-item"><span class="mark mark-some" aria-hidden="true"></span>{ "Reported by some" }</span>
                <span class="legend-item"><span class="mark mark-none" aria-hidden="true"></span>{ "Only this source" }</span>
                for d in corpus.analysis.diagnostics.iter() {
                    <span class="legend-note">{ d.message.clone() }</span>
                }
            </div>
            <div class="columns" data-testid="columns">
                { for columns }
            </div>
        </section>
    }
}
