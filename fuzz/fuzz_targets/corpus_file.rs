//! Any text as a corpus file (`parallax-corpus/1`): parsed or refused with a reason, never a panic; what
//! parses writes back to a file that parses to the same corpus.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::bundle::CorpusBundle;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match CorpusBundle::parse(text) {
        Ok(bundle) => assert_eq!(CorpusBundle::parse(&bundle.to_json()).as_ref(), Ok(&bundle)),
        Err(reason) => assert!(!reason.is_empty()),
    }
});
