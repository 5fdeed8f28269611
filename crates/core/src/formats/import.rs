//! Turning a file someone drops into the app into article text, or into a plain-words reason why not.
//!
//! Checks run in this order, cheapest first: size (refused above [`MAX_FILE_BYTES`], the limit named in
//! the message), emptiness, known binary signatures (an image or PDF renamed `.txt`), then decoding.
//! Decoding uses `encoding_rs` with `chardetng` for the guess: a byte-order mark wins (UTF-8, UTF-16
//! LE/BE); then BOM-less UTF-16 recognised by its zero bytes (chardetng does not detect UTF-16, and
//! ASCII in UTF-16 is technically valid UTF-8); then valid UTF-8; then a charset an HTML page declares in its first kilobytes; then chardetng's guess
//! among the legacy encodings (Windows-1252, ISO-8859-x, Shift_JIS, …). The encoding chosen and how it
//! was chosen travel with the text so the app can show them. Decoded text that is still mostly control
//! characters is refused as binary.
//!
//! Length: about 430 lines of code and 100 of tests. The checks are one ordered sequence over one file's
//! bytes, and each refusal's message sits beside its check; split, the order would be harder to see.

use serde::{Deserialize, Serialize};

/// The largest file imported: 10 MB is far beyond any article (the longest in the bench corpus is
/// about 60 KB) and keeps the browser responsive while decoding.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// How the encoding of a file was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingEvidence {
    /// A byte-order mark at the start of the file.
    ByteOrderMark,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Zero bytes in every other position: UTF-16 without a byte-order mark.
    Utf16Pattern,
    /// The HTML page declares it (`<meta charset>`).
    Declared,
    /// Guessed from the byte statistics (chardetng).
    Detected,
}

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecodedText {
    pub text: String,
    /// The WHATWG name of the encoding used ("UTF-8", "windows-1252", "UTF-16LE", …).
    pub encoding: String,
    pub evidence: EncodingEvidence,
    /// Byte sequences that were not valid in that encoding (each became U+FFFD).
    pub replaced: usize,
}

impl DecodedText {
    /// "UTF-8", "windows-1252, detected", … for the import summary.
    pub fn describe_encoding(&self) -> String {
        let how = match self.evidence {
            EncodingEvidence::ByteOrderMark => "byte-order mark",
            EncodingEvidence::ValidUtf8 => return self.encoding.clone(),
            EncodingEvidence::Utf16Pattern => "detected",
            EncodingEvidence::Declared => "declared by the page",
            EncodingEvidence::Detected => "detected",
        };
        format!("{}, {how}", self.encoding)
    }
}

/// Why a file was not imported. [`ImportProblem::message`] says it in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// A known binary format ("a PNG image"), or `None` for unrecognised binary data.
    Binary(Option<&'static str>),
    /// Nothing readable once the markup is removed (an HTML page with no article text).
    NoText,
    /// A `.json` file that is not a Parallax corpus bundle (the reason).
    NotABundle(String),
    /// The same text is already in the corpus, under this label.
    Duplicate {
        existing: String,
    },
    /// The file type is not one Parallax reads.
    Unsupported,
}

impl ImportProblem {
    /// The message shown for file `name`; always ends by saying nothing was imported.
    pub fn message(&self, name: &str) -> String {
        match self {
            ImportProblem::TooLarge { bytes } => format!(
                "“{name}” is {} — larger than the {} limit for one article: nothing was imported.",
                human_size(*bytes),
                human_size(MAX_FILE_BYTES)
            ),
            ImportProblem::Empty => format!("“{name}” is empty: nothing was imported."),
            ImportProblem::Binary(Some(kind)) => {
                format!("“{name}” looks like {kind}, not text: nothing was imported.")
            }
            ImportProblem::Binary(None) => {
                format!("“{name}” holds binary data, not text: nothing was imported.")
            }
            ImportProblem::NoText => {
                format!("No article text was found in “{name}”: nothing was imported.")
            }
            ImportProblem::NotABundle(why) => {
                format!("“{name}” is not a Parallax corpus file ({why}): nothing was imported.")
            }
            ImportProblem::Duplicate { existing } => {
                format!("“{name}” is already in this corpus as “{existing}”: it was not added again.")
            }
            ImportProblem::Unsupported => format!(
                "“{name}” is not a file type Parallax reads (.txt, .md, .html, .htm or a Parallax .json corpus): \
                 nothing was imported."
            ),
        }
    }
}

/// "1.5 KB", "50.0 MB".
pub fn human_size(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / MB)
    } else if bytes >= 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

/// What kind of file a name says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// .txt, .md, .markdown, .text, or no extension.
    Text,
    /// .html, .htm, .xhtml: a saved web page.
    Html,
    /// .json: a Parallax corpus bundle.
    Bundle,
    Other,
}

impl FileKind {
    pub fn from_name(name: &str) -> FileKind {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        match ext.as_str() {
            "txt" | "text" | "md" | "markdown" | "" => FileKind::Text,
            "html" | "htm" | "xhtml" => FileKind::Html,
            "json" => FileKind::Bundle,
            _ => FileKind::Other,
        }
    }
}

/// Line ends made `\n` (files from Windows and old Macs), trailing spaces dropped.
pub fn tidy_lines(text: &str) -> String {
    // One pass: each line (ended by "\r\n", "\r" or "\n"; a final line end ends the last line, as in
    // `str::lines`) without its trailing white space.
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let (line, next) = match rest.find(['\r', '\n']) {
            Some(i) => (&rest[..i], &rest[i + if rest[i..].starts_with("\r\n") { 2 } else { 1 }..]),
            None => (rest, ""),
        };
        if rest.len() < text.len() {
            out.push('\n');
        }
        out.push_str(line.trim_end());
        rest = next;
    }
    out
}

/// A file read the one way both the app and the CLI read files.
#[derive(Debug, Clone)]
pub enum ReadFile {
    /// An article's text (line ends tidied) and how it was decoded.
    Text(DecodedText),
    /// A saved web page, decoded but not yet reduced to its article text (`page::extract_page` does
    /// that, over the browser's parse in the app and html5ever's on the command line).
    Html(DecodedText),
    /// A Parallax corpus file.
    Bundle(crate::formats::bundle::CorpusBundle),
}

/// Reads a file by its name and bytes: size, emptiness, binary data and encoding decided here, so a
/// file is accepted or refused for the same reason in the app and on the command line.
/// A text file (or standard input) whose content is a web page is read as one.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<ReadFile, ImportProblem> {
    match FileKind::from_name(name) {
        FileKind::Text if looks_like_html(bytes) => Ok(ReadFile::Html(decode_file(bytes, true)?)),
        FileKind::Text => {
            let mut decoded = decode_file(bytes, false)?;
            decoded.text = tidy_lines(&decoded.text);
            Ok(ReadFile::Text(decoded))
        }
        FileKind::Html => Ok(ReadFile::Html(decode_file(bytes, true)?)),
        FileKind::Bundle => {
            let decoded = decode_file(bytes, false)?;
            crate::formats::bundle::CorpusBundle::parse(&decoded.text)
                .map(ReadFile::Bundle)
                .map_err(ImportProblem::NotABundle)
        }
        FileKind::Other => Err(match binary_signature(bytes) {
            Some(kind) => ImportProblem::Binary(Some(kind)),
            None => ImportProblem::Unsupported,
        }),
    }
}

/// Whether bytes begin like a web page: `<!doctype html` or `<html`, after an optional UTF-8
/// byte-order mark and white space (how a page saved by a browser or fetched by a tool starts).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 14)];
    let starts = |prefix: &[u8]| head.len() >= prefix.len() && head[..prefix.len()].eq_ignore_ascii_case(prefix);
    starts(b"<!doctype html") || (starts(b"<html") && head.get(5).is_none_or(|b| *b == b'>' || b.is_ascii_whitespace()))
}

/// Checks a file's size before reading it (the browser knows the size without reading the bytes).
pub fn check_size(bytes: usize) -> Result<(), ImportProblem> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportProblem::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Reads a file's bytes as text, or says why it cannot be imported. `html` enables the `<meta charset>`
/// look-up.
pub fn decode_file(bytes: &[u8], html: bool) -> Result<DecodedText, ImportProblem> {
    check_size(bytes.len())?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportProblem::Empty);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(ImportProblem::Binary(Some(kind)));
    }
    let decoded = decode_bytes(bytes, html);
    if decoded.text.trim().is_empty() {
        return Err(ImportProblem::Empty);
    }
    if looks_binary(&decoded.text) {
        return Err(ImportProblem::Binary(None));
    }
    Ok(decoded)
}

/// Decodes bytes as text; never fails (undecodable sequences become U+FFFD and are counted).
pub fn decode_bytes(bytes: &[u8], html: bool) -> DecodedText {
    use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(encoding, &bytes[bom_len..], EncodingEvidence::ByteOrderMark);
    }
    if let Some(little_endian) = utf16_pattern(bytes) {
        let encoding = if little_endian { UTF_16LE } else { UTF_16BE };
        return finish(encoding, bytes, EncodingEvidence::Utf16Pattern);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return finish(UTF_8, bytes, EncodingEvidence::ValidUtf8);
    }
    if html {
        if let Some(encoding) = declared_charset(bytes) {
            return finish(encoding, bytes, EncodingEvidence::Declared);
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    finish(encoding, bytes, EncodingEvidence::Detected)
}

fn finish(encoding: &'static encoding_rs::Encoding, bytes: &[u8], evidence: EncodingEvidence) -> DecodedText {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    // Counted afterwards, so the decoding itself stays in encoding_rs' hands.
    let replaced = text.matches('\u{fffd}').count();
    DecodedText { text: text.into_owned(), encoding: encoding.name().to_string(), evidence, replaced }
}

/// Whether [`decode_bytes`] would read these bytes as UTF-16 from their pattern of zero bytes.
pub fn decode_bytes_needs_utf16(bytes: &[u8]) -> bool {
    utf16_pattern(bytes).is_some()
}

/// `Some(true)` for UTF-16LE, `Some(false)` for UTF-16BE: most odd (or even) bytes of the first
/// kilobytes are zero, as in Latin-script text saved as UTF-16 without a byte-order mark.
fn utf16_pattern(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    // Without a zero byte there is no pattern (nearly every file: one quick search, not two counts).
    if sample.len() < 4 || !sample.contains(&0) {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_odd = sample.chunks_exact(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = sample.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 6 {
        Some(true)
    } else if zero_even * 10 >= pairs * 6 {
        Some(false)
    } else {
        None
    }
}

/// The encoding named by `<meta charset=…>` or `content="…; charset=…"` in the first 4 KB of a page.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(pos) = rest.find("charset") {
        rest = &rest[pos + "charset".len()..];
        let value = rest.trim_start().strip_prefix('=')?.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c))).unwrap_or(value.len());
        if let Some(encoding) = encoding_rs::Encoding::for_label(&value.as_bytes()[..end]) {
            // A page saved to disk is no longer in UTF-16 even when it says so (HTML spec rule).
            return Some(if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else {
                encoding
            });
        }
    }
    None
}

/// Makes a saved web page harmless to parse: `<script>` and `<style>` elements are dropped with their
/// contents, and inside every other tag event-handler attributes (`onerror=`,
/// `onload=`, …) and attributes that make a browser fetch something (`src`, `srcset`, `href`, `poster`,
/// `data`, `action`, `background`, `style`) are renamed to `data-defused-…`. A document parsed with
/// `DOMParser` runs no script, but Chromium still fires `error` on an `<img>` whose source fails, and
/// would run its handler if the page's Content-Security-Policy did not forbid it; defusing first means
/// nothing is even attempted. Text between tags is left exactly as it is.
pub fn defuse_html(html: &str) -> String {
    const FETCHING: &[&str] =
        &["src", "srcset", "href", "poster", "data", "action", "background", "style", "formaction"];
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        // A start tag: '<' followed by a letter.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push('<');
            rest = &rest[1..];
            continue;
        }
        let (end, attribute_names) = scan_tag(rest);
        // The tag name as the tokenizer reads it (up to a space, `/` or `>`).
        let exact = rest[1..end].split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').next();
        let exact = exact.unwrap_or("").to_ascii_lowercase();
        // Script and style are dropped by the letters their name starts with (`<script\0x>` too): dropping
        // more than the browser would run is safe.
        let name: String = exact.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name == "script" || name == "style" {
            // Raw text up to the matching end tag: dropped whole (a `<style>` would otherwise trip the
            // page's CSP when parsed, and neither holds article text).
            let after = &rest[end..];
            rest = match find_end_tag(after, &name) {
                Some(at) => {
                    let tail = &after[at..];
                    &tail[tail.find('>').map_or(tail.len(), |g| g + 1)..]
                }
                None => "",
            };
            // What was around the element must not join into a new tag: "<" + (dropped) + "img …>".
            if out.ends_with('<') {
                out.pop();
                out.push_str("&lt;");
            }
            continue;
        }
        // Elements whose content the parser reads as text up to their end tag: copied as they are, so a
        // `<` inside them opens no tag here either (by the exact name: `<title\0>` is another element).
        let text_until = match exact.as_str() {
            "title" | "textarea" | "xmp" | "iframe" | "noembed" | "noframes" => {
                Some(end + find_end_tag(&rest[end..], &exact).unwrap_or(rest.len() - end))
            }
            "plaintext" => Some(rest.len()),
            _ => None,
        };
        let mut copied = 0;
        for range in attribute_names {
            let lower = rest[range.clone()].to_ascii_lowercase();
            if lower.starts_with("on") || FETCHING.contains(&lower.as_str()) {
                out.push_str(&rest[copied..range.start]);
                out.push_str("data-defused-");
                copied = range.start;
            }
        }
        out.push_str(&rest[copied..end]);
        let end = match text_until {
            Some(until) => {
                out.push_str(&rest[end..until]);
                until
            }
            None => end,
        };
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Where the first `</name` (any case) starts in `text`. Reads only up to it, so finding the end of
/// every element in a page is linear in the page (no lower-cased copy of the rest per element).
pub(crate) fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find("</") {
        let at = from + at;
        let after = &bytes[at + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Reads a start tag at the start of `rest` (`<name …>`) the way the browser's HTML tokenizer does:
/// returns where it ends (after its `>`, or at the end of the text) and where each attribute name is.
/// The tag name runs to a space, `/` or `>`; a quotation mark opens a value only right after `=`; an
/// unquoted value runs to a space or `>` (a `=` or quotation mark inside it is part of it). Delimiters
/// are ASCII, so the byte offsets fall on character boundaries.
pub(crate) fn scan_tag(rest: &str) -> (usize, Vec<std::ops::Range<usize>>) {
    #[derive(Clone, Copy)]
    enum State {
        TagName,
        BeforeName,
        Name(usize),
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
    }
    let bytes = rest.as_bytes();
    let mut names = Vec::new();
    let mut state = State::TagName;
    for (j, &c) in bytes.iter().enumerate().skip(1) {
        let space = c.is_ascii_whitespace();
        state = match state {
            State::TagName | State::BeforeName | State::AfterName | State::Unquoted | State::BeforeValue
                if c == b'>' =>
            {
                return (j + 1, names);
            }
            State::TagName if space || c == b'/' => State::BeforeName,
            State::TagName => State::TagName,
            State::BeforeName if space || c == b'/' => State::BeforeName,
            State::BeforeName => State::Name(j),
            State::Name(s) if space || c == b'/' || c == b'=' || c == b'>' => {
                names.push(s..j);
                match c {
                    b'>' => return (j + 1, names),
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
            State::BeforeValue => State::Unquoted,
            State::Quoted(q) if c == q => State::BeforeName,
            State::Quoted(q) => State::Quoted(q),
            State::Unquoted if space => State::BeforeName,
            State::Unquoted => State::Unquoted,
        };
    }
    if let State::Name(s) = state {
        names.push(s..bytes.len());
    }
    (bytes.len(), names)
}

/// Recognises common binary formats by their first bytes.
pub fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "a program"),
        (b"MZ", "a Windows program"),
        (b"\0asm", "a WebAssembly module"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
        (b"{\\rtf", "an RTF document"),
        (b"ID3", "an MP3 file"),
        (b"OggS", "an Ogg media file"),
        (b"\x00\x00\x01\x00", "an icon image"),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("a video or HEIC image");
    }
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, kind)| *kind)
}

/// Text that is mostly control characters or replacement characters came from binary data.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(8192).collect();
    let bad = sample
        .iter()
        .filter(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || **c == '\u{fffd}')
        .count();
    bad * 10 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode_file("Café au lait".as_bytes(), false).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding.as_str()), ("Café au lait", "UTF-8"));
        assert_eq!(plain.evidence, EncodingEvidence::ValidUtf8);
        let bom = decode_file(b"\xEF\xBB\xBFCaf\xC3\xA9", false).unwrap();
        assert_eq!((bom.text.as_str(), bom.evidence), ("Café", EncodingEvidence::ByteOrderMark));
    }

    #[test]
    fn utf16_with_bom_and_without() {
        let text = "Zelensky met Macron in Paris on Tuesday.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let with_bom = [b"\xFF\xFE".as_slice(), &le].concat();
        let d = decode_file(&with_bom, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "UTF-16LE"));
        let d = decode_file(&le, false).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str(), d.evidence),
            (text, "UTF-16LE", EncodingEvidence::Utf16Pattern)
        );
        let d = decode_file(&be, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "UTF-16BE"));
        let with_bom = [b"\xFE\xFF".as_slice(), &be].concat();
        assert_eq!(decode_file(&with_bom, false).unwrap().text, text);
    }

    #[test]
    fn legacy_single_byte_encodings_are_detected() {
        // "Les négociations à Genève ont été très difficiles, a déclaré le ministre." in windows-1252.
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Les négociations à Genève ont été très difficiles, a déclaré le ministre français.");
        let d = decode_file(&bytes, false).unwrap();
        assert_eq!(d.text, "Les négociations à Genève ont été très difficiles, a déclaré le ministre français.");
        assert_eq!(d.evidence, EncodingEvidence::Detected);
        assert_eq!(d.replaced, 0);
        // Polish in ISO-8859-2: letters that do not exist in windows-1252.
        let (bytes, _, _) = encoding_rs::ISO_8859_2
            .encode("Prezydent Zełeński powiedział, że rozmowy w Łodzi były bardzo trudne i że żołnierze są zmęczeni.");
        let d = decode_file(&bytes, false).unwrap();
        assert!(d.text.contains("Łodzi") && d.text.contains("żołnierze"), "{} → {}", d.encoding, d.text);
    }

    #[test]
    fn an_html_page_declaring_its_charset_is_read_in_it() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body><p>Prix : 20 €, à Genève.</p></body></html>";
        let (bytes, _, _) = encoding_rs::ISO_8859_15.encode(page);
        let d = decode_file(&bytes, true).unwrap();
        assert_eq!((d.encoding.as_str(), d.evidence), ("ISO-8859-15", EncodingEvidence::Declared));
        assert!(d.text.contains("20 €, à Genève"));
    }

    #[test]
    fn empty_binary_and_oversized_files_are_refused_with_reasons() {
        assert_eq!(decode_file(b"", false), Err(ImportProblem::Empty));
        assert_eq!(decode_file(b"  \n\t ", false), Err(ImportProblem::Empty));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert_eq!(decode_file(png, false), Err(ImportProblem::Binary(Some("a PNG image"))));
        let noise: Vec<u8> = (0..4000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8 % 32).collect();
        assert_eq!(decode_file(&noise, false), Err(ImportProblem::Binary(None)));
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let problem = decode_file(&big, false).unwrap_err();
        assert_eq!(problem, ImportProblem::TooLarge { bytes: MAX_FILE_BYTES + 1 });
        let message = problem.message("huge.txt");
        assert!(message.contains("10.0 MB limit") && message.contains("nothing was imported"), "{message}");
        assert_eq!(
            ImportProblem::Binary(Some("a PNG image")).message("photo.txt"),
            "“photo.txt” looks like a PNG image, not text: nothing was imported."
        );
    }

    #[test]
    fn web_pages_are_defused_before_parsing_and_their_text_is_kept() {
        let page = r#"<p class="x">Tom said 2 < 3 and "on=no".</p><img src="a.png" onerror="alert(1)"><IMG SRC=x OnError='x()'><a href="http://e.com">link</a><svg/onload=alert(1)><div title="a > b" onclick="y()">z</div>"#;
        let defused = defuse_html(page);
        assert_eq!(
            defused,
            r#"<p class="x">Tom said 2 < 3 and "on=no".</p><img data-defused-src="a.png" data-defused-onerror="alert(1)"><IMG data-defused-SRC=x data-defused-OnError='x()'><a data-defused-href="http://e.com">link</a><svg/data-defused-onload=alert(1)><div title="a > b" data-defused-onclick="y()">z</div>"#
        );
        let lower = defused.to_ascii_lowercase();
        let with_raw = defuse_html("<p>a</p><STYLE>p{color:red}</style><p>b</p><script>if (a<b) x('</p>')</script ><p>c</p><script>never closed");
        assert_eq!(with_raw, "<p>a</p><p>b</p><p>c</p>");
        for attack in [" onerror=", " src=", " onclick=", "/onload="] {
            assert!(!lower.contains(attack), "{attack} survived");
        }
    }

    #[test]
    fn a_quotation_mark_opens_a_value_only_after_an_equals_sign() {
        // Found by fuzzing (fuzz/fuzz_targets/defuse_html.rs): a browser reads `a"b` as an attribute
        // name, so the tag ends at its `>` and the script after it is an element; the defuser used to
        // read the `"` as an open quote and let the script (and handlers after it) through.
        assert_eq!(defuse_html(r#"<p a"b><script>alert(1)</script>"</p>"#), r#"<p a"b>"</p>"#);
        let img = defuse_html(r#"<img a"b src=x onerror="alert(1)">"#);
        assert_eq!(img, r#"<img a"b data-defused-src=x data-defused-onerror="alert(1)">"#);
        // Nor inside a tag name: `<x="a <img src=x onerror=…>` is a tag named `x="a` with an attribute
        // `<img`, then the real `<img>`.
        let named = defuse_html(r#"<x="a <img src=x onerror="alert(1)">"#);
        assert_eq!(named, r#"<x="a <img data-defused-src=x data-defused-onerror="alert(1)">"#);
        // The text of a <title> is text: a quotation mark in it opens nothing, so the script after the
        // title is still found.
        let titled = defuse_html(r#"<title>a <b x="</title><script>alert(1)</script>"#);
        assert_eq!(titled, r#"<title>a <b x="</title>"#);
        // Dropping an element never joins what was around it into a new tag.
        let joined =
            defuse_html("a <<script>x</script>script>alert(1)</script> <<style>p{}</style>img src=x onerror=y>");
        assert_eq!(joined, "a &lt;script>alert(1)</script> &lt;img src=x onerror=y>");
        // Inside a real quoted value, `<script>` is text, not an element, and is left as written.
        let meta = r#"<meta content = "x<script>y" charset='a>b'>"#;
        assert_eq!(defuse_html(meta), meta);
    }

    #[test]
    fn file_kinds_follow_the_extension() {
        assert_eq!(FileKind::from_name("a.TXT"), FileKind::Text);
        assert_eq!(FileKind::from_name("notes.md"), FileKind::Text);
        assert_eq!(FileKind::from_name("page.htm"), FileKind::Html);
        assert_eq!(FileKind::from_name("corpus.json"), FileKind::Bundle);
        assert_eq!(FileKind::from_name("photo.jpg"), FileKind::Other);
        assert_eq!(human_size(50 * 1024 * 1024), "50.0 MB");
    }

    #[test]
    fn a_page_of_many_scripts_and_titles_is_defused_in_one_pass() {
        // Each element's end was found in a lower-cased copy of the rest of the page: quadratic.
        let page = format!("<p>x</p>{}<TITLE>t</Title><p>y</p>", "<script>a()</SCRIPT>".repeat(100_000));
        assert_eq!(defuse_html(&page), "<p>x</p><TITLE>t</Title><p>y</p>");
    }

    #[test]
    fn a_text_file_holding_a_web_page_is_read_as_one_and_text_about_html_is_not() {
        let page = "\u{feff}\n  <!DOCTYPE html><html><body><p>Dock workers struck.</p></body></html>";
        assert!(matches!(read_file("saved.txt", page.as_bytes()), Ok(ReadFile::Html(_))));
        assert!(matches!(read_file("stdin.txt", b"<html lang=en><p>x</p></html>"), Ok(ReadFile::Html(_))));
        assert!(matches!(read_file("noext", b"<HTML>\n<p>x</p>"), Ok(ReadFile::Html(_))));
        for text in ["<html5 is a standard> said no one", "The <!doctype html> line starts a page.", "<p>x</p>"] {
            assert!(matches!(read_file("a.txt", text.as_bytes()), Ok(ReadFile::Text(_))), "{text}");
        }
    }

    proptest::proptest! {
        /// The one-pass tidying is the former chain of replacements, `lines` and `trim_end`.
        #[test]
        fn tidy_lines_in_one_pass(text in "[ab \t\r\n\u{a0}]{0,24}") {
            let former = text.replace("\r\n", "\n").replace('\r', "\n").lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
            proptest::prop_assert_eq!(tidy_lines(&text), former);
        }
    }
}
