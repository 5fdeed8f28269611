//! The `parallax` command as a person runs it: files read exactly as the app reads them (refusals named
//! on standard error, the rest still analysed), standard input, help and version, and terminal-safe text.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn parallax(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parallax runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn dir() -> tempdir::Dir {
    tempdir::Dir::new()
}

mod tempdir {
    //! A scratch folder under the target directory, removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Dir {
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let p = std::env::temp_dir().join(format!("parallax-cli-test-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&p).unwrap();
            Dir(p)
        }
        pub fn file(&self, name: &str, bytes: &[u8]) -> String {
            let p = self.0.join(name);
            std::fs::write(&p, bytes).unwrap();
            p.to_string_lossy().into_owned()
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

const A: &str = "Bridge closed\nThe Valence bridge was closed on Sunday after heavy rain raised the river.\n";
const B: &str = "River rises\nHeavy rain raised the river and the Valence bridge was closed on Sunday.\n";

#[test]
fn unusable_files_are_named_and_skipped_while_the_rest_is_analysed() {
    let d = dir();
    let a = d.file("a.txt", A.as_bytes());
    let b = d.file("b.txt", B.as_bytes());
    let empty = d.file("empty.txt", b"   \n");
    let png = d.file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let page = d.file("page.html", b"<html><body><nav><p>Home</p></nav><script>x()</script></body></html>");
    let out = parallax(&["analyze", &a, &empty, &png, &page, &b], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("“empty.txt” is empty"), "{stderr}");
    assert!(stderr.contains("“photo.txt” looks like a PNG image"), "{stderr}");
    assert!(stderr.contains("No article text was found in “page.html”: skipped"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    assert!(!json["alignments"].as_array().unwrap().is_empty(), "the two reports of the closure match");
}

#[test]
fn nothing_usable_is_an_error() {
    let d = dir();
    let empty = d.file("empty.txt", b"");
    let out = parallax(&["analyze", &empty], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to analyse"));
}

#[test]
fn standard_input_is_one_article() {
    let d = dir();
    let a = d.file("a.txt", A.as_bytes());
    let out = parallax(&["analyze", "--format", "text", &a, "-"], Some(B.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("2 documents"), "{text}");
    assert!(text.contains("(standard input)"), "{text}");
}

#[test]
fn help_and_version() {
    for args in [&["help"][..], &["--help"], &[]] {
        let out = parallax(args, None);
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
    }
    let out = parallax(&["--version"], None);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("parallax {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let d = dir();
    let a = d.file("a.txt", format!("Bridge \u{1b}[31mclosed\n{}", &A[14..]).as_bytes());
    let b = d.file("b.txt", B.as_bytes());
    for format in ["text", "markdown"] {
        let out = parallax(&["analyze", "--format", format, &a, &b], None);
        assert!(!out.stdout.contains(&0x1b), "{format}: ESC reached the output");
    }
}

#[test]
fn an_absurd_passage_length_is_named_as_such() {
    let d = dir();
    let a = d.file("a.txt", A.as_bytes());
    let out = parallax(&["analyze", "--min-words", "99999999999999999999", &a], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("far longer than any article"));
}

/// The saved pages the app's import test reads too (`tests/pages`), with what each must give.
#[test]
fn saved_web_pages_give_the_same_article_text_label_outlet_and_date_as_in_the_app() {
    let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/pages");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(pages.join("expected.json")).unwrap()).unwrap();
    let expected = expected.as_object().unwrap();
    let files: Vec<String> = expected.keys().map(|f| pages.join(f).to_string_lossy().into_owned()).collect();
    let mut args = vec!["corpus", "--name", "Saved pages"];
    args.extend(files.iter().map(String::as_str));
    let out = parallax(&args, None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let corpus: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(corpus["format"], "parallax-corpus");
    let articles = corpus["articles"].as_array().unwrap();
    assert_eq!(articles.len(), expected.len());
    for (article, (file, want)) in articles.iter().zip(expected) {
        assert_eq!(article["file"], file.as_str());
        // almanac.html is Windows-1252 by its <meta charset>: "café" and the curly quotes come out right.
        for field in ["label", "outlet", "date", "text"] {
            assert_eq!(article[field], want[field], "{file}: {field}");
        }
    }
}

#[test]
fn a_web_page_on_standard_input_is_reduced_to_its_article() {
    let page = "<!DOCTYPE html><html><head><meta property='og:site_name' content='Valence Post'></head><body>\
                <nav>Menu</nav><article><p>The Valence bridge was closed on Sunday after heavy rain raised the river.\
                </p></article></body></html>";
    let d = dir();
    let b = d.file("b.txt", B.as_bytes());
    let out = parallax(&["analyze", "-", &b], Some(page.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json["documents"][0];
    assert_eq!(
        first["sentences"][0]["text"],
        "The Valence bridge was closed on Sunday after heavy rain raised the river."
    );
    assert_eq!(first["sentences"].as_array().unwrap().len(), 1, "no menu, no markup");
}

/// 200,000 nested `<div>`s took html5ever minutes (its tree builder is quadratic in depth); flattened
/// beyond a browser's depth first, the page reads at once and its text is whole.
#[test]
fn a_page_nested_two_hundred_thousand_deep_reads_at_once() {
    let depth = 200_000;
    let page = format!(
        "<!doctype html><html><body>{}<p>The river rose overnight.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let out = parallax(&["corpus", "--name", "Deep", "-"], Some(page.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let corpus: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(corpus["articles"][0]["text"], "The river rose overnight.");
}

/// A corpus file carries the reader's verdicts; the command line applies them, after other inputs too.
#[test]
fn the_readers_verdicts_in_a_corpus_file_are_applied() {
    let bundle = r#"{"format": "parallax-corpus", "version": 2, "name": "Valence",
      "articles": [{"file": "a.txt", "label": "A", "text": "Bridge closed\nThe mayor opened a library."},
                   {"file": "b.txt", "label": "B", "text": "River rises\nA library opened on Main Street."}],
      "verdicts": [{"verdict": "same_fact", "a": {"doc": 0, "text": "The mayor opened a library."},
                    "b": {"doc": 1, "text": "A library opened on Main Street."}, "note": "council minutes"}]}"#;
    let d = dir();
    let first = d.file("first.txt", B.as_bytes());
    let corpus = d.file("valence.parallax.json", bundle.as_bytes());
    let out = parallax(&["analyze", &first, &corpus], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdict = &json["verdicts"][0];
    assert_eq!(verdict["a"]["doc"], 1, "positions shift past the text file given first");
    assert_eq!(verdict["pair"], serde_json::json!([[1, 1], [2, 1]]));
    assert!(verdict.get("no_longer_applies").is_none(), "{verdict}");
    let reader: Vec<_> = json["alignments"].as_array().unwrap().iter().filter(|al| al["by_reader"] == true).collect();
    assert_eq!(reader.len(), 1);
    assert_eq!(json["documents"][1]["sentences"][1]["agreement"], "some");

    let out = parallax(&["corpus", &corpus], None);
    let again: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["version"], 2);
    assert_eq!(again["verdicts"][0]["note"], "council minutes");
}

#[test]
fn a_manifest_reads_the_files_it_lists_with_its_labels_and_outlets() {
    let d = dir();
    d.file("a.txt", b"Port strike ends\nThe dockers went back to work on Monday after talks.");
    d.file("b.txt", b"Dockers return\nThe dock workers returned to work on Monday after talks.");
    let manifest = d.file(
        "manifest.json",
        br#"{"name": "Port strike", "documents": [{"file": "a.txt", "label": "Strike ends"}, {"file": "b.txt", "label": "", "outlet": "Port Herald"}]}"#,
    );
    let out = parallax(&["analyze", &manifest], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let labels: Vec<&str> =
        json["documents"].as_array().unwrap().iter().map(|d| d["label"].as_str().unwrap()).collect();
    assert_eq!(labels, vec!["Strike ends", "Port Herald"], "the manifest's label; the outlet when known");
    // A listed file that is missing is an error that names it.
    let broken = d.file("broken.json", br#"{"name": "x", "documents": [{"file": "gone.txt", "label": ""}]}"#);
    let out = parallax(&["analyze", &broken], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone.txt"));
}
