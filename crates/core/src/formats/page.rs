//! The article inside a saved web page: the extraction rules, written once over any HTML tree.
//!
//! The app parses a page with the browser's `DOMParser`; the command line parses it with `scraper`
//! (html5ever). Both hand their tree to [`extract_page`] through the small [`PageDom`] trait, so a page
//! gives the same article text, label, outlet and date in both, and the core stays free of any parser.
//! The rules:
//! - navigation, asides, footers, forms, scripts and anything hidden are dropped ([`DROPPED`]);
//! - the article is the `<article>`/`<main>` element with the most paragraph text, else the element
//!   whose own paragraphs hold the most text, else the body;
//! - headings, paragraphs, list items (marked "• ") and quotations become one line each; a block inside
//!   another block is part of it;
//! - `og:title` (else the first `<h1>`, else `<title>`) is the label and leads the text unless the page
//!   already starts with it; `og:site_name` is the outlet; `article:published_time` (else `date`, else
//!   a `<time datetime>`) is the date; an ISO date-time keeps its time, in UTC when the page gives a
//!   zone ("2026-03-02 08:00 UTC"), so that versions of a story updated through the day can be ordered.
//!
//! Every step reads each element a bounded number of times: the block walk is iterative and does not
//! descend into a block, so deep nesting neither overflows the stack nor re-reads text.

/// Elements that are never article text.
pub const DROPPED: &str = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, \
     select, textarea, nav, aside, footer, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], \
     [role='contentinfo'], [role='complementary'], body > header";

/// Elements that hold the article when the page marks it.
pub const ARTICLE: &str = "article, main, [role='main'], [itemprop='articleBody']";

/// Elements that become one line each.
pub const BLOCKS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd"];

/// A parsed HTML page, as far as the extraction needs it. Selectors are CSS selectors; `select`
/// returns the matching descendants of `scope` (not `scope` itself) in document order.
pub trait PageDom {
    /// An element of the page.
    type Node: Clone;
    /// The root element (`<html>`).
    fn root(&self) -> Self::Node;
    /// Descendants of `scope` matching `selector`, in document order.
    fn select(&self, scope: &Self::Node, selector: &str) -> Vec<Self::Node>;
    /// The element children of `node`, in order.
    fn children(&self, node: &Self::Node) -> Vec<Self::Node>;
    /// The element's lower-case tag name.
    fn tag(&self, node: &Self::Node) -> String;
    /// All text inside the element.
    fn text(&self, node: &Self::Node) -> String;
    /// An attribute's value.
    fn attr(&self, node: &Self::Node, name: &str) -> Option<String>;
    /// Takes the element and everything in it out of the page.
    fn remove(&mut self, node: &Self::Node);
}

/// What a saved web page gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub text: String,
}

/// Whitespace runs (line breaks included) as one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article of a parsed page, or `None` when it holds no text. Dropped elements are removed from `dom`.
pub fn extract_page<D: PageDom>(dom: &mut D) -> Option<Page> {
    let root = dom.root();
    let first = |dom: &D, selector: &str| dom.select(&root, selector).into_iter().next();
    let meta = |dom: &D, selector: &str| {
        first(dom, selector).and_then(|el| dom.attr(&el, "content")).map(|v| collapse(&v)).filter(|v| !v.is_empty())
    };
    let title = meta(dom, "meta[property='og:title']")
        .or_else(|| first(dom, "h1").map(|h| collapse(&dom.text(&h))).filter(|t| !t.is_empty()))
        .or_else(|| first(dom, "title").map(|t| collapse(&dom.text(&t))))
        .filter(|t| !t.is_empty());
    let outlet = meta(dom, "meta[property='og:site_name']").or_else(|| meta(dom, "meta[name='application-name']"));
    let date = meta(dom, "meta[property='article:published_time']")
        .or_else(|| meta(dom, "meta[name='date']"))
        .or_else(|| first(dom, "time[datetime]").and_then(|t| dom.attr(&t, "datetime")))
        .map(|d| crate::time::tidy_when(&d))
        .filter(|d| !d.is_empty());

    for el in dom.select(&root, DROPPED) {
        dom.remove(&el);
    }
    let body = first(dom, "body").unwrap_or_else(|| root.clone());
    let article = dom
        .select(&root, ARTICLE)
        .into_iter()
        .map(|el| (paragraph_text(dom, &el), el))
        .filter(|(score, _)| *score > 0)
        .fold(None::<(usize, D::Node)>, |best, (score, el)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, el)),
        });
    let container = match article {
        Some((_, el)) => el,
        None => densest_paragraph_parent(dom, &body).unwrap_or(body),
    };
    let mut lines = block_lines(dom, &container);
    if lines.is_empty() {
        lines = dom.text(&container).lines().map(collapse).filter(|l| !l.is_empty()).collect();
    }
    if let Some(title) = &title {
        if !lines.iter().take(3).any(|l| l == title) {
            lines.insert(0, title.clone());
        }
    }
    let text = lines.join("\n");
    (!text.trim().is_empty()).then_some(Page { title, outlet, date, text })
}

/// Text inside `<p>` elements under `el` (how much article prose it holds).
fn paragraph_text<D: PageDom>(dom: &D, el: &D::Node) -> usize {
    dom.select(el, "p").iter().map(|p| dom.text(p).trim().len()).sum()
}

/// The element under `scope` whose own `<p>` children hold the most text (each element and each
/// paragraph read once).
fn densest_paragraph_parent<D: PageDom>(dom: &D, scope: &D::Node) -> Option<D::Node> {
    let mut best: Option<(usize, D::Node)> = None;
    let mut stack = vec![scope.clone()];
    while let Some(el) = stack.pop() {
        let mut own = 0;
        let mut inner = Vec::new();
        for child in dom.children(&el) {
            if dom.tag(&child) == "p" {
                own += dom.text(&child).trim().len();
            } else {
                inner.push(child);
            }
        }
        // Pushed in reverse, so elements are visited in document order and the first wins a tie.
        stack.extend(inner.into_iter().rev());
        if own > 0 && best.as_ref().is_none_or(|(b, _)| own > *b) {
            best = Some((own, el));
        }
    }
    best.map(|(_, el)| el)
}

/// One line per outermost block under `container`, in document order.
fn block_lines<D: PageDom>(dom: &D, container: &D::Node) -> Vec<String> {
    let mut lines = Vec::new();
    let mut stack: Vec<D::Node> = dom.children(container).into_iter().rev().collect();
    while let Some(el) = stack.pop() {
        let tag = dom.tag(&el);
        if BLOCKS.contains(&tag.as_str()) {
            let text = collapse(&dom.text(&el));
            if !text.is_empty() {
                lines.push(if tag == "li" { format!("• {text}") } else { text });
            }
        } else {
            stack.extend(dom.children(&el).into_iter().rev());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_collapse_to_single_spaces() {
        assert_eq!(collapse("  Dock\n\t workers  struck "), "Dock workers struck");
    }
}
