//! Parallax web app entry point: mounts the root view (see `lib.rs` for the map of modules).

fn main() {
    parallax_app::start();
}
