//! Any text as a saved web page: the defuser never panics and leaves no `<script>` element and no
//! `on…` event-handler attribute for the browser's parser to find. The check reads the output the way
//! the HTML tokenizer does (a quotation mark opens a value only after `=`; the content of `<title>`,
//! `<textarea>` and the other raw-text elements is text), written apart from the defuser's code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::import::defuse_html;

/// (tag name, attribute names) of every start tag, lower-cased.
fn start_tags(html: &str) -> Vec<(String, Vec<String>)> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' || !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'/' && bytes[j] != b'>' {
            j += 1;
        }
        let name = html[i + 1..j].to_ascii_lowercase();
        // The attribute states of the HTML tokenizer, enough to tell names from values.
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            BeforeName,
            Name(usize),
            AfterName,
            BeforeValue,
            Quoted(u8),
            Unquoted,
        }
        let mut attributes = Vec::new();
        let mut state = State::BeforeName;
        while j < bytes.len() {
            let c = bytes[j];
            let space = c.is_ascii_whitespace();
            state = match state {
                State::BeforeName if space || c == b'/' => State::BeforeName,
                State::BeforeName | State::AfterName if c == b'>' => break,
                State::BeforeName => State::Name(j),
                State::Name(s) if space || c == b'/' || c == b'=' || c == b'>' => {
                    attributes.push(html[s..j].to_ascii_lowercase());
                    match c {
                        b'>' => break,
                        b'=' => State::BeforeValue,
                        b'/' => State::BeforeName,
                        _ => State::AfterName,
                    }
                }
                State::Name(s) => State::Name(s),
                State::AfterName if space => State::AfterName,
                State::AfterName if c == b'=' => State::BeforeValue,
                State::AfterName if c == b'/' => State::BeforeName,
                State::AfterName => State::Name(j),
                State::BeforeValue if space => State::BeforeValue,
                State::BeforeValue if c == b'"' || c == b'\'' => State::Quoted(c),
                State::BeforeValue if c == b'>' => break,
                State::BeforeValue => State::Unquoted,
                State::Quoted(q) if c == q => State::BeforeName,
                State::Quoted(q) => State::Quoted(q),
                State::Unquoted if space => State::BeforeName,
                State::Unquoted if c == b'>' => break,
                State::Unquoted => State::Unquoted,
            };
            j += 1;
        }
        if let State::Name(s) = state {
            attributes.push(html[s..j.min(bytes.len())].to_ascii_lowercase());
        }
        i = j + 1;
        if ["title", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"].contains(&name.as_str()) {
            let rest = html.get(i..).unwrap_or("").to_ascii_lowercase();
            let close = if name == "plaintext" { None } else { rest.find(&format!("</{name}")) };
            i += close.unwrap_or(rest.len());
        }
        tags.push((name, attributes));
    }
    tags
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let out = defuse_html(text);
    for (name, attributes) in start_tags(&out) {
        assert_ne!(name, "script", "a script element survives: {out:?}");
        assert!(
            !attributes.iter().any(|a| a.starts_with("on")),
            "an event handler survives in <{name} {attributes:?}>: {out:?}"
        );
    }
});
