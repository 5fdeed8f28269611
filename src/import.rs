//! Reading what the reader brings: files chosen or dropped, and pasted text. Size, emptiness, binary
//! data and encodings are decided by the core (`parallax_core::import`), run by the analysis module
//! in a worker (`crate::analysis_module::read_file`, `crate::reader_worker`: the encoding tables are
//! not in the page's own wasm, and a large file is decoded off the main thread); this module reads the
//! bytes from the browser, hands them to the module, and reduces saved web pages to their article
//! text.
//!
//! HTML is parsed with the browser's own `DOMParser` rather than a parser crate: it is the parser the
//! page was written for, it adds nothing to the download, and a document it creates runs no script.
//! Chromium still fires `error` on a broken `<img>` in such a document, so the page is first defused by
//! the core (`defuse_html`: event handlers and fetching attributes renamed), and the
//! Content-Security-Policy forbids inline handlers anyway. What is article text, and the label, outlet
//! and date, is decided by the core's rules (`parallax_core::page::extract_page`), the same rules the
//! command line applies to its own parse of the page.

use crate::analysis_worker::ReadReply;
use crate::state::library::{ImportItem, NewArticle};
use parallax_core::import::{check_size, tidy_lines, ImportProblem, MAX_FILE_BYTES};
use parallax_core::page::{extract_page, Page, PageDom};
use parallax_core::ArticleMeta;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

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
    // The bytes go to the module as they are, never copied into the page's own memory.
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer),
        Err(_) => {
            return ImportItem::Refused(format!("“{name}” could not be read from the disk: nothing was imported."))
        }
    };
    match crate::analysis_module::read_file(&name, &bytes).await {
        ReadReply::Text { text, encoding } => {
            ImportItem::Article(NewArticle { meta: ArticleMeta::file(name.clone()), encoding: Some(encoding), text })
        }
        ReadReply::Html { html, encoding } => match extract_article(&html) {
            Some(page) => ImportItem::Article(NewArticle {
                meta: ArticleMeta {
                    file: name.clone(),
                    label: page.title.unwrap_or_default(),
                    outlet: page.outlet,
                    date: page.date,
                },
                text: page.text,
                encoding: Some(encoding),
            }),
            None => refuse(ImportProblem::NoText),
        },
        ReadReply::Bundle { bundle } => ImportItem::Bundle { file: name.clone(), bundle },
        ReadReply::Refused { message } => ImportItem::Refused(message),
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

/// A page as the browser parsed it, for the core's extraction rules (`parallax_core::page`).
struct BrowserPage(Element);

impl PageDom for BrowserPage {
    type Node = Element;

    fn root(&self) -> Element {
        self.0.clone()
    }

    fn select(&self, scope: &Element, selector: &str) -> Vec<Element> {
        let Ok(list) = scope.query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
    }

    fn children(&self, node: &Element) -> Vec<Element> {
        let list = node.children();
        (0..list.length()).filter_map(|i| list.item(i)).collect()
    }

    fn tag(&self, node: &Element) -> String {
        node.local_name().to_ascii_lowercase()
    }

    fn text(&self, node: &Element) -> String {
        node.text_content().unwrap_or_default()
    }

    fn attr(&self, node: &Element, name: &str) -> Option<String> {
        node.get_attribute(name)
    }

    fn remove(&mut self, node: &Element) {
        node.remove();
    }
}

/// The article of a saved web page (already defused by the module), by the core's rules.
fn extract_article(html: &str) -> Option<Page> {
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    extract_page(&mut BrowserPage(doc.document_element()?))
}
