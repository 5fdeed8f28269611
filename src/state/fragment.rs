//! Deep links: the URL fragment holds the page, the shown sources (in order) and the pinned sentence,
//! e.g. `#v=0,2,4&s=2.5` (sources A, C, E; sentence 5 of source C pinned) or `#p=overview`. Anything malformed is ignored as a
//! whole, so a bad link opens the default view rather than an error. A corpus other than the bundled one
//! is named first (`#c=<id>&v=…`). This file is the whole URL grammar; the app only reads and writes it.

use crate::state::links::SentenceRef;
use crate::state::Page;

/// What a deep link can say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewFragment {
    pub visible: Option<Vec<usize>>,
    pub pinned: Option<SentenceRef>,
    /// A page other than the comparison.
    pub page: Option<Page>,
}

impl ViewFragment {
    /// Parses `#v=…&s=…` (the leading `#` is optional). `sentences_per_doc` validates indices.
    pub fn parse(fragment: &str, sentences_per_doc: &[usize]) -> ViewFragment {
        let mut out = ViewFragment::default();
        let body = fragment.trim_start_matches('#');
        for part in body.split('&').filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else { return ViewFragment::default() };
            match key {
                "v" => {
                    let docs: Option<Vec<usize>> = value.split(',').map(|d| d.parse().ok()).collect();
                    match docs {
                        Some(docs) if valid_docs(&docs, sentences_per_doc.len()) => out.visible = Some(docs),
                        _ => return ViewFragment::default(),
                    }
                }
                "p" => match Page::from_slug(value) {
                    Some(page) => out.page = Some(page),
                    None => return ViewFragment::default(),
                },
                "s" => {
                    let parsed = value
                        .split_once('.')
                        .and_then(|(d, i)| Some((d.parse::<usize>().ok()?, i.parse::<usize>().ok()?)));
                    match parsed {
                        Some((d, i)) if sentences_per_doc.get(d).is_some_and(|n| i < *n) => out.pinned = Some((d, i)),
                        _ => return ViewFragment::default(),
                    }
                }
                _ => return ViewFragment::default(),
            }
        }
        // A pinned sentence must be in a shown source.
        if let (Some(v), Some(p)) = (&out.visible, out.pinned) {
            if !v.contains(&p.0) {
                return ViewFragment::default();
            }
        }
        out
    }

    /// The fragment for a view (without `#`); empty for the default view.
    pub fn render(visible: &[usize], document_count: usize, pinned: Option<SentenceRef>, page: Page) -> String {
        let mut parts = Vec::new();
        if page != Page::Compare {
            parts.push(format!("p={}", page.slug()));
        }
        let default_order: Vec<usize> = (0..document_count).collect();
        if visible != default_order.as_slice() {
            parts.push(format!("v={}", visible.iter().map(usize::to_string).collect::<Vec<_>>().join(",")));
        }
        if let Some((d, i)) = pinned {
            parts.push(format!("s={d}.{i}"));
        }
        parts.join("&")
    }
}

/// Splits `c=<corpus id>` off a fragment: (the corpus, the rest for [`ViewFragment::parse`]).
pub fn split_corpus(fragment: &str) -> (Option<String>, String) {
    let body = fragment.trim_start_matches('#');
    let mut corpus = None;
    let rest: Vec<&str> = body
        .split('&')
        .filter(|part| match part.strip_prefix("c=") {
            Some(id) => {
                corpus = Some(id.to_string());
                false
            }
            None => !part.is_empty(),
        })
        .collect();
    (corpus, rest.join("&"))
}

/// The whole fragment for a view of a corpus: the bundled corpus is not named (its links stay short),
/// any other is (`c=<id>`), followed by the view.
pub fn with_corpus(corpus: &str, view: &str) -> String {
    match (corpus, view.is_empty()) {
        (crate::state::library::BUNDLED_ID, _) => view.to_string(),
        (id, true) => format!("c={id}"),
        (id, false) => format!("c={id}&{view}"),
    }
}

fn valid_docs(docs: &[usize], count: usize) -> bool {
    let mut seen = vec![false; count];
    !docs.is_empty()
        && docs.iter().all(|&d| {
            let ok = d < count && !seen[d];
            if ok {
                seen[d] = true;
            }
            ok
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZES: &[usize] = &[10, 20, 30];

    #[test]
    fn a_rendered_fragment_parses_back_to_the_same_view() {
        let text = ViewFragment::render(&[2, 0], 3, Some((2, 7)), Page::Compare);
        assert_eq!(text, "v=2,0&s=2.7");
        let parsed = ViewFragment::parse(&format!("#{text}"), SIZES);
        assert_eq!(parsed, ViewFragment { visible: Some(vec![2, 0]), pinned: Some((2, 7)), page: None });
        let text = ViewFragment::render(&[0, 1, 2], 3, None, Page::Differences);
        assert_eq!(text, "p=differences");
        assert_eq!(
            ViewFragment::parse(&text, SIZES),
            ViewFragment { page: Some(Page::Differences), ..ViewFragment::default() }
        );
    }

    #[test]
    fn the_corpus_part_is_split_off_and_put_back() {
        assert_eq!(split_corpus("#c=c1a-0&v=1,0&s=1.2"), (Some("c1a-0".into()), "v=1,0&s=1.2".into()));
        assert_eq!(split_corpus("#v=1,0"), (None, "v=1,0".into()));
        assert_eq!(with_corpus("c1a-0", "v=1,0"), "c=c1a-0&v=1,0");
        assert_eq!(with_corpus("c1a-0", ""), "c=c1a-0");
        assert_eq!(with_corpus(crate::state::library::BUNDLED_ID, "p=people"), "p=people");
        let (corpus, view) = split_corpus(&with_corpus("c7-1", "p=quotes&s=0.3"));
        assert_eq!((corpus.as_deref(), view.as_str()), (Some("c7-1"), "p=quotes&s=0.3"));
    }

    #[test]
    fn the_default_view_has_an_empty_fragment() {
        assert_eq!(ViewFragment::render(&[0, 1, 2], 3, None, Page::Compare), "");
        assert_eq!(ViewFragment::parse("", SIZES), ViewFragment::default());
    }

    #[test]
    fn malformed_fragments_fall_back_to_the_default_view() {
        for bad in [
            "#v=0,9",
            "#v=0,0",
            "#v=a",
            "#s=1.99",
            "#s=5.0",
            "#s=1",
            "#x=1",
            "#garbage",
            "#v=1&s=0.1",
            "#v=",
            "#p=elsewhere",
        ] {
            assert_eq!(ViewFragment::parse(bad, SIZES), ViewFragment::default(), "{bad}");
        }
    }
}
