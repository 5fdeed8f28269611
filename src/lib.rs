//! Parallax web app. Two entry points share this library: the page (`src/main.rs`, Yew) and the
//! analysis worker (`src/bin/parallax-worker.rs`). `state` is plain Rust tested natively; `views` are
//! Yew components; `hooks` hold the root component's effects on the browser; the browser-facing modules (`loader`, `storage`, `import`, `export`, `offline`,
//! `analysis_worker`, `reader_worker`, `browser_unicode`) each wrap one browser API; `analysis_exports` holds the files the
//! analysis module writes from an analysis.

pub mod analysis_exports;
mod analysis_module;
pub mod analysis_worker;
pub mod browser_unicode;
mod export;
mod hooks;
mod import;
mod loader;
mod offline;
mod reader_worker;
pub mod reply_parts;
pub mod state;
mod storage;
mod views;

/// Mounts the app on the page, in place of the loading state `index.html` shows until then.
pub fn start() {
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    yew::Renderer::<views::app::App>::new().render();
}
