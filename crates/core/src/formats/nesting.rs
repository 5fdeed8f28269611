//! Markup nested deeper than any page needs, flattened before a parser sees it.
//!
//! The HTML standard's tree builder looks through the stack of open elements for many start tags (is a
//! `<p>` open in button scope?), so a page of 200,000 nested `<div>`s costs html5ever time quadratic in
//! the depth (20,000 levels: about a second; 200,000: minutes). Browsers cap the depth instead:
//! Chromium's parser puts elements deeper than 512 levels beside their parent rather than inside it.
//! [`flatten_deep_nesting`] does the same on the markup, for the command line's parser: beyond
//! [`MAX_DEPTH`] open elements, start tags and their end tags are left out while all text stays. No
//! news page comes near the depth, so for real pages the markup passes through unchanged.
//!
//! The depth is counted by a tokenizer-level scan (the defuser's `scan_tag`), not by building a tree:
//! void elements, self-closing tags (`<path/>`) and elements whose end tag may be left out (`p`, `li`,
//! `td`…) are never counted or dropped; comments and raw-text elements (`script`, `style`, `title`, `textarea`…) are skipped whole.
//! An end tag closes the nearest matching open element among the top few; one that matches none of
//! them is copied and changes nothing, so the scan is linear in the page.

use crate::formats::import::{find_end_tag, scan_tag};
use std::borrow::Cow;

/// Open elements a page may nest before deeper ones are flattened (Chromium's limit).
pub const MAX_DEPTH: usize = 512;

/// How far down the open elements an end tag looks for its start tag.
const END_TAG_REACH: usize = 16;

const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    "colgroup", "html", "head", "body",
];
const RAW_TEXT: &[&str] =
    &["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "template"];

/// The page with elements deeper than [`MAX_DEPTH`] flattened into their ancestor; borrowed unchanged
/// when nothing is that deep.
pub fn flatten_deep_nesting(html: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    // Open counted elements: (name, whether its tags were left out).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let rest = &html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            at = start + comment.find("-->").map_or(rest.len(), |e| e + 7);
            continue;
        }
        let end_tag = rest.starts_with("</");
        let name_from = if end_tag { 2 } else { 1 };
        if !rest[name_from..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            at = start + 1;
            continue;
        }
        let (len, _) = scan_tag(&rest[name_from - 1..]);
        let len = len + name_from - 1;
        let name: String = rest[name_from..len]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        at = start + len;
        let leave_out = if end_tag {
            let top = open.len().saturating_sub(END_TAG_REACH);
            match open[top..].iter().rposition(|(n, _)| *n == name) {
                Some(i) => open.drain(top + i..).next().is_some_and(|(_, dropped)| dropped),
                None => false,
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text to the parser: skip to its end tag.
            at = find_end_tag(&html[at..], &name).map_or(html.len(), |e| at + e);
            false
        } else if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) || rest[..len].ends_with("/>")
        {
            false
        } else {
            let deep = open.len() >= MAX_DEPTH;
            open.push((name, deep));
            deep
        };
        if leave_out {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..start]);
            copied = start + len;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_page_passes_through_unchanged() {
        let page = "<!doctype html><html><head><title>a <b> c</title><script>if (a<b) x('</div>')</script></head>\
                    <body><div><p>One<p>Two<ul><li>x<li>y</ul><br><img src=a.png/></div><!-- <div> --></body></html>";
        assert!(matches!(flatten_deep_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn elements_deeper_than_the_limit_lose_their_tags_and_keep_their_text() {
        let depth = MAX_DEPTH + 100;
        let page = format!("<body>{}<p>Deep text.</p>{}</body>", "<div class=x>".repeat(depth), "</div>".repeat(depth));
        let flat = flatten_deep_nesting(&page);
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("<p>Deep text.</p>"));
    }

    #[test]
    fn unmatched_end_tags_and_unclosed_elements_keep_the_scan_linear_and_the_text_whole() {
        let page = format!("{}{}<span>tail</span>", "</section>".repeat(50_000), "<div>word ".repeat(50_000));
        let flat = flatten_deep_nesting(&page);
        assert_eq!(flat.matches("word").count(), 50_000);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert!(flat.ends_with("word tail"), "the span past the limit is flattened too");
    }
}
