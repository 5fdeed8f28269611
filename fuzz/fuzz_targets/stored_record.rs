//! Any text as a corpus stored in the browser (IndexedDB record): read or reported, never a panic; a
//! record that reads writes back to one that reads the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_app::state::record::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match decode("fuzz", text) {
        Ok(record) => {
            let again = decode("fuzz", &encode(&record)).expect("a written record reads back");
            assert_eq!(again.articles, record.articles);
        }
        Err(message) => assert!(message.contains("fuzz")),
    }
});
