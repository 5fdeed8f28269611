//! Any URL fragment: parsed into a view that fits the corpus, or the default view, never a panic; a
//! parsed view renders to a fragment that parses back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_app::state::fragment::{split_corpus, ViewFragment};
use parallax_app::state::Page;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let sizes = [3, 0, 7, 12];
    let (_, view) = split_corpus(text);
    let parsed = ViewFragment::parse(&view, &sizes);
    if let Some(visible) = &parsed.visible {
        assert!(visible.iter().all(|&d| d < sizes.len()));
        if let Some((d, i)) = parsed.pinned {
            assert!(visible.contains(&d) && i < sizes[d]);
        }
        let rendered = ViewFragment::render(visible, sizes.len(), parsed.pinned, parsed.page.unwrap_or(Page::Compare));
        let again = ViewFragment::parse(&rendered, &sizes);
        assert_eq!(again.pinned, parsed.pinned);
    }
});
