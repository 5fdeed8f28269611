//! Floating-point functions that must give the same bits natively and in wasm, so the CLI and the app
//! export byte-identical JSON: `ln` comes from the pure-Rust `libm` port rather than the platform's libm.

/// Natural logarithm, identical on every target.
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

/// Exponential, identical on every target.
pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}
