//! The analysis worker's entry point: Trunk builds this binary as a Web Worker (`data-type="worker"`),
//! and the page sends it corpora to analyse off the main thread.

fn main() {
    parallax_app::analysis_worker::register();
}
