//! Any text as a saved web page read by the command line (markup nesting flattened, html5ever's parse,
//! the core's extraction rules): never a panic; no line of the article is empty; and what a `<script>`
//! or `<style>` holds never reaches the article: the page read with words inside both elements gives
//! exactly what it gives with both empty. (A marker string would not do: the page itself can spell it
//! with character references or NULs the parser drops.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_cli::page::extract_article;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let with = extract_article(&format!("<script>var secret = 1;</script><style>p {{ color: red }}</style>{html}"));
    let without = extract_article(&format!("<script></script><style></style>{html}"));
    assert_eq!(with, without);
    if let Some(page) = with {
        assert!(!page.text.trim().is_empty());
        assert!(page.text.lines().all(|l| !l.trim().is_empty()), "{:?}", page.text);
    }
});
