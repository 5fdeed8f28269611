//! Any text as a saved web page read by the command line (markup nesting flattened, html5ever's parse,
//! the core's extraction rules): never a panic, and what comes out is text, never markup the page hid:
//! no line is empty, and nothing inside a `<script>` or `<style>` reaches the article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_cli::page::extract_article;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    // A marker only a script or style element holds: the extraction must never return it.
    let hidden = format!("<script>SECRET</script><style>SECRET</style>{html}");
    if let Some(page) = extract_article(&hidden) {
        assert!(!page.text.trim().is_empty());
        assert!(page.text.lines().all(|l| !l.trim().is_empty()), "{:?}", page.text);
        if !html.contains("SECRET") {
            assert!(!page.text.contains("SECRET"), "{:?}", page.text);
        }
    }
});
