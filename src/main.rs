//! Parallax web app entry point.
fn main() {}
