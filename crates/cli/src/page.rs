//! Saved web pages on the command line: the page is parsed with `scraper` (html5ever, the HTML
//! standard's parsing algorithm, as a browser parses it) and reduced to its article by the core's rules
//! (`parallax_core::page::extract_page`), the same rules the app applies to the browser's own parse. The
//! page is never rendered or run, so nothing in it needs defusing here; markup nested deeper than a
//! browser allows is flattened first, as the browser does (`parallax_core::nesting`).

use ego_tree::NodeId;
use parallax_core::nesting::flatten_deep_nesting;
use parallax_core::page::{extract_page, Page, PageDom};
use scraper::{ElementRef, Html, Selector};

/// The article of a saved web page, or `None` when it holds no text.
pub fn extract_article(html: &str) -> Option<Page> {
    // Nesting deeper than a browser keeps is flattened first: html5ever's tree builder is quadratic in it.
    extract_page(&mut ParsedPage(Html::parse_document(&flatten_deep_nesting(html))))
}

/// A page as html5ever parsed it.
struct ParsedPage(Html);

impl ParsedPage {
    fn element(&self, id: NodeId) -> Option<ElementRef<'_>> {
        self.0.tree.get(id).and_then(ElementRef::wrap)
    }
}

impl PageDom for ParsedPage {
    type Node = NodeId;

    fn root(&self) -> NodeId {
        self.0.root_element().id()
    }

    fn select(&self, scope: &NodeId, selector: &str) -> Vec<NodeId> {
        // The selectors are the core's constants; one that does not parse selects nothing.
        let (Some(scope), Ok(selector)) = (self.element(*scope), Selector::parse(selector)) else {
            return Vec::new();
        };
        scope.select(&selector).map(|el| el.id()).collect()
    }

    fn children(&self, node: &NodeId) -> Vec<NodeId> {
        self.element(*node)
            .map(|el| el.children().filter_map(ElementRef::wrap).map(|c| c.id()).collect())
            .unwrap_or_default()
    }

    fn tag(&self, node: &NodeId) -> String {
        self.element(*node).map(|el| el.value().name().to_ascii_lowercase()).unwrap_or_default()
    }

    fn text(&self, node: &NodeId) -> String {
        self.element(*node).map(|el| el.text().collect()).unwrap_or_default()
    }

    fn attr(&self, node: &NodeId, name: &str) -> Option<String> {
        self.element(*node)?.value().attr(name).map(str::to_string)
    }

    fn remove(&mut self, node: &NodeId) {
        if let Some(mut node) = self.0.tree.get_mut(*node) {
            node.detach();
        }
    }
}
