//! The parts of the `parallax` command that other code runs too: reading a saved web page (`page`), which
//! the fuzzer drives as the command line does. The command itself is `main.rs`.

pub mod page;
