//! Reading what the reader brings: files chosen or dropped, and pasted text. Size, emptiness, binary
//! data and encodings are decided by the core (`parallax_core::import`); this module reads the bytes
//! from the browser and reduces saved web pages to their article text.
//!
//! HTML extraction uses the browser's own `DOMParser` rather than a readability crate (dom_smoothie):
//! it is the parser the page was written for, it adds nothing to the download, and a document it
//! creates runs no script. Chromium still fires `error` on a broken `<img>` in such a document, so the
//! page is first defused by the core (`defuse_html`: event handlers and fetching attributes renamed),
//! and the Content-Security-Policy forbids inline handlers anyway. The article is the `<article>`/`<main>` element with the most paragraph text, else the
//! element holding most of the page's paragraphs; navigation, asides, footers, forms and scripts are
//! dropped, and headings, paragraphs, list items and quotations become one line each. The page's
//! `og:title`, `og:site_name` and `article:published_time` fill the label, outlet and date.

use crate::state::library::{ImportItem, NewArticle};
use parallax_core::import::{
    self as core_import, check_size, defuse_html, tidy_lines, ImportProblem, ReadFile, MAX_FILE_BYTES,
};
use parallax_core::ArticleMeta;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

/// Reads every file, in order.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<ImportItem> {
    let mut items = Vec::with_capacity(files.len());
    for file in files {
        items.push(read_file(&file).await);
    }
    items
}

async fn read_file(file: &web_sys::File) -> ImportItem {
    let name = file.name();
    let refuse = |problem: ImportProblem| ImportItem::Refused(problem.message(&name));
    // The size is known without reading: a 50 MB file is refused before it is loaded.
    if let Err(problem) = check_size(file.size() as usize) {
        return refuse(problem);
    }
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => {
            return ImportItem::Refused(format!("“{name}” could not be read from the disk: nothing was imported."))
        }
    };
    match core_import::read_file(&name, &bytes) {
        Ok(ReadFile::Text(decoded)) => ImportItem::Article(NewArticle {
            meta: ArticleMeta::file(name.clone()),
            encoding: Some(decoded.describe_encoding()),
            text: decoded.text,
        }),
        Ok(ReadFile::Html(decoded)) => match extract_article(&defuse_html(&decoded.text)) {
            Some(page) => ImportItem::Article(NewArticle {
                meta: ArticleMeta {
                    file: name.clone(),
                    label: page.title.unwrap_or_default(),
                    outlet: page.outlet,
                    date: page.date,
                },
                text: page.text,
                encoding: Some(decoded.describe_encoding()),
            }),
            None => refuse(ImportProblem::NoText),
        },
        Ok(ReadFile::Bundle(bundle)) => ImportItem::Bundle { file: name.clone(), bundle },
        Err(problem) => refuse(problem),
    }
}

/// A pasted article, or why it cannot be added.
pub fn pasted(label: &str, outlet: &str, date: &str, text: &str) -> ImportItem {
    let name = if label.trim().is_empty() { "the pasted text".to_string() } else { label.trim().to_string() };
    if text.trim().is_empty() {
        return ImportItem::Refused(ImportProblem::Empty.message(&name));
    }
    if text.len() > MAX_FILE_BYTES {
        return ImportItem::Refused(ImportProblem::TooLarge { bytes: text.len() }.message(&name));
    }
    ImportItem::Article(NewArticle {
        meta: ArticleMeta {
            file: "pasted text".into(),
            label: label.to_string(),
            outlet: Some(outlet.to_string()),
            date: Some(date.to_string()),
        },
        text: tidy_lines(text),
        encoding: None,
    })
}

/// What a saved web page gave.
struct Page {
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    text: String,
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn all(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let node: &web_sys::Node = root.as_ref();
    let list = if let Some(doc) = node.dyn_ref::<Document>() {
        doc.query_selector_all(selector)
    } else if let Some(el) = node.dyn_ref::<Element>() {
        el.query_selector_all(selector)
    } else {
        return Vec::new();
    };
    let Ok(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn meta(doc: &Document, selector: &str) -> Option<String> {
    let value = doc.query_selector(selector).ok().flatten()?.get_attribute("content")?;
    Some(collapse(&value)).filter(|v| !v.is_empty())
}

/// Text inside `<p>` elements under `el` (how much article prose it holds).
fn paragraph_text(el: &Element) -> usize {
    all(el, "p").iter().map(|p| p.text_content().unwrap_or_default().trim().len()).sum()
}

const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd";

fn extract_article(html: &str) -> Option<Page> {
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let title = meta(&doc, "meta[property='og:title']")
        .or_else(|| doc.query_selector("h1").ok().flatten().and_then(|h| h.text_content()).map(|t| collapse(&t)))
        .or_else(|| Some(collapse(&doc.title())))
        .filter(|t| !t.is_empty());
    let outlet = meta(&doc, "meta[property='og:site_name']").or_else(|| meta(&doc, "meta[name='application-name']"));
    let date = meta(&doc, "meta[property='article:published_time']")
        .or_else(|| meta(&doc, "meta[name='date']"))
        .or_else(|| doc.query_selector("time[datetime]").ok().flatten()?.get_attribute("datetime"))
        .map(|d| if d.len() >= 10 && d.as_bytes()[4] == b'-' { d[..10].to_string() } else { d });

    for el in all(
        &doc,
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, nav, \
         aside, footer, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], \
         [role='complementary'], body > header",
    ) {
        el.remove();
    }
    let body = doc.body()?;
    let mut candidates = all(&doc, "article, main, [role='main'], [itemprop='articleBody']");
    candidates.sort_by_key(|el| std::cmp::Reverse(paragraph_text(el)));
    let root: Element = match candidates.into_iter().next().filter(|el| paragraph_text(el) > 0) {
        Some(el) => el,
        None => {
            // The element whose own paragraphs hold the most text.
            let mut best: Option<(usize, Element)> = None;
            let mut scores: Vec<(Element, usize)> = Vec::new();
            for p in all(&body, "p") {
                if let Some(parent) = p.parent_element() {
                    let len = p.text_content().unwrap_or_default().trim().len();
                    match scores.iter_mut().find(|(e, _)| e == &parent) {
                        Some((_, score)) => *score += len,
                        None => scores.push((parent, len)),
                    }
                }
            }
            for (el, score) in scores {
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, el));
                }
            }
            best.map(|(_, el)| el).unwrap_or_else(|| body.clone().into())
        }
    };
    let mut lines: Vec<String> = Vec::new();
    for el in all(&root, BLOCKS) {
        // A paragraph inside a list item or quotation is part of that block.
        if el.parent_element().and_then(|p| p.closest(BLOCKS).ok().flatten()).is_some() {
            continue;
        }
        let text = collapse(&el.text_content().unwrap_or_default());
        if text.is_empty() {
            continue;
        }
        lines.push(if el.tag_name().eq_ignore_ascii_case("li") { format!("• {text}") } else { text });
    }
    if lines.is_empty() {
        lines = root.text_content().unwrap_or_default().lines().map(collapse).filter(|l| !l.is_empty()).collect();
    }
    if let Some(title) = &title {
        if lines.first() != Some(title) && !lines.iter().take(3).any(|l| l == title) {
            lines.insert(0, title.clone());
        }
    }
    let text = lines.join("\n");
    (!text.trim().is_empty()).then_some(Page { title, outlet, date, text })
}
