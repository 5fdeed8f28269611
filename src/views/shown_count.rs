//! How many sources a page shows, handed to the style sheet as the custom property `--shown` (the
//! columns beside the panel, the facts grid's width). Set through the CSSOM because the page's CSP
//! allows no style attributes.

use yew::prelude::*;

/// A node ref for the element that carries `--shown: count`, kept up to date as the count changes.
#[hook]
pub fn use_shown_count(count: usize) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(count, move |count| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.style().set_property("--shown", &count.to_string());
            }
        });
    }
    node
}
