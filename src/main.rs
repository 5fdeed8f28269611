//! Parallax web app entry point: mounts the root view. Everything else lives in `state` (plain Rust,
//! tested natively), `views` (Yew components) and `loader` (fetching the bundled corpus).

mod export;
mod loader;
mod state;
mod views;

fn main() {
    yew::Renderer::<views::app::App>::new().render();
}
