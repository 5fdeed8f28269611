//! Any bytes under any file name: `read_file` (the app's and the CLI's one reading path) returns text,
//! a corpus file or a refusal, never panics; the text of a file read twice is the same (no hidden
//! state), and every refusal has a message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::import::{read_file, ReadFile};

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((0, rest)) => ("article.html", rest),
        Some((1, rest)) => ("corpus.json", rest),
        Some((2, rest)) => ("notes.md", rest),
        Some((_, rest)) => ("article.txt", rest),
        None => ("empty.txt", data),
    };
    match read_file(name, bytes) {
        Ok(ReadFile::Text(decoded) | ReadFile::Html(decoded)) => {
            let again = read_file(name, bytes);
            assert!(matches!(again, Ok(ReadFile::Text(d) | ReadFile::Html(d)) if d.text == decoded.text));
        }
        Ok(ReadFile::Bundle(_)) => {}
        Err(problem) => assert!(!problem.message(name).is_empty()),
    }
});
