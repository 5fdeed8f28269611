//! Tidy tests: the architecture invariants written in ARCHITECTURE.md, checked on every test run
//! instead of remembered.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const WEB_CRATES: &[&str] = &["yew", "web-sys", "js-sys", "gloo", "wasm-bindgen", "wasm-bindgen-futures"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Names of the dependencies declared in a manifest's [dependencies]-like tables.
fn declared_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line.contains("dependencies");
            if let Some(name) = line.strip_prefix("[dependencies.").and_then(|r| r.strip_suffix(']')) {
                names.insert(name.to_string());
            }
            continue;
        }
        if in_deps {
            if let Some((name, _)) = line.split_once('=') {
                names.insert(name.trim().trim_matches('"').to_string());
            }
        }
    }
    names
}

/// Crates the core really builds with, on every target: `cargo tree` with normal edges only (dev
/// dependencies such as proptest may use web crates on wasm; the shipped core may not).
fn core_dependency_tree() -> BTreeSet<String> {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["tree", "-p", "parallax-core", "-e", "normal", "--prefix", "none", "--target", "all", "--offline"])
        .current_dir(root())
        .output()
        .expect("cargo tree runs");
    assert!(output.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).lines().filter_map(|l| l.split(' ').next()).map(str::to_string).collect()
}

#[test]
fn core_manifest_names_no_web_crate() {
    let deps = declared_dependencies(&read(&root().join("crates/core/Cargo.toml")));
    assert!(deps.contains("serde"), "the manifest parser found the core's dependencies: {deps:?}");
    for web in WEB_CRATES {
        assert!(!deps.contains(*web), "crates/core must not depend on {web}: the core knows nothing about the browser");
    }
}

#[test]
fn core_pulls_in_no_web_crate_even_indirectly() {
    let closure = core_dependency_tree();
    assert!(closure.contains("unicode-segmentation"), "cargo tree listed the core's dependencies: {closure:?}");
    for web in WEB_CRATES {
        assert!(!closure.contains(*web), "parallax-core reaches {web} through its dependencies");
    }
}

#[test]
fn the_tidy_checks_can_fail() {
    let manifest = "[package]\nname = \"x\"\n[dependencies]\nyew = \"0.23\"\n[dependencies.gloo]\nversion = \"0.11\"\n";
    let deps = declared_dependencies(manifest);
    assert!(deps.contains("yew") && deps.contains("gloo"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() && !matches!(name.as_str(), "target" | "node_modules" | "dist" | ".git") {
            rust_files(&path, out);
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let mut files = Vec::new();
    for dir in ["src", "crates", "tests"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 10);
    let missing: Vec<String> = files
        .iter()
        .filter(|f| !read(f).trim_start().starts_with("//!"))
        .map(|f| f.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a //! doc at the top: {missing:?}");
}

#[test]
fn corpus_manifest_labels_are_short_and_name_nothing_the_text_does_not() {
    // Display labels were chosen by reading each article: short, distinct, and every name in them (a
    // capitalised word) is written in the article itself, so no outlet or person is invented.
    let manifest = parallax_core::corpus::Manifest::parse(&read(&root().join("corpus/manifest.json"))).unwrap();
    let mut seen = BTreeSet::new();
    for entry in &manifest.documents {
        let text = read(&root().join("corpus").join(&entry.file));
        assert!(entry.label.chars().count() <= 48, "{}: a label fits a chip", entry.file);
        assert!(seen.insert(entry.label.clone()), "{}: labels tell sources apart", entry.file);
        let words: Vec<&str> = entry.label.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        for (i, word) in words.iter().enumerate() {
            let named = word.chars().next().is_some_and(char::is_uppercase);
            let written = if i == 0 { text.to_lowercase().contains(&word.to_lowercase()) } else { text.contains(word) };
            assert!(!named || written, "{}: “{word}” in the label is not in the article", entry.file);
        }
    }
}

#[test]
fn bundled_corpus_is_the_seed_articles_byte_for_byte() {
    let seeds = root().join("../shared/seeds");
    if !seeds.exists() {
        eprintln!("skipped: ../shared/seeds is not beside the repository");
        return;
    }
    for entry in std::fs::read_dir(&seeds).unwrap().flatten() {
        let ours = root().join("corpus").join(entry.file_name());
        assert_eq!(std::fs::read(entry.path()).unwrap(), std::fs::read(&ours).unwrap(), "{}", ours.display());
    }
}

/// Lines of `text` that use one of `names` as a path (`name::`) or import it (`use name`).
fn uses_of<'a>(text: &'a str, names: &[&str]) -> Vec<&'a str> {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| names.iter().any(|n| line.contains(&format!("{n}::")) || line.contains(&format!("use {n}"))))
        .collect()
}

fn files_under(dir: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&root().join(dir), &mut files);
    assert!(!files.is_empty(), "{dir} has Rust files");
    files
}

/// The lines of `text` that are compiled into the app: every `#[cfg(test)]` item left out, whether a
/// one-line declaration (`mod tests;`) or a braced block (`mod tests { … }`, `impl X { … }`), wherever
/// it stands in the file. Comment lines are left out too. (Braces are counted as written, which holds
/// for this workspace's test items.)
fn shipped_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[cfg(test)]" {
            if !line.trim_start().starts_with("//") {
                out.push(line);
            }
            continue;
        }
        // Skip the item the attribute gates: up to its `;`, or to the brace that closes its block.
        let mut depth = 0i32;
        let mut opened = false;
        for item_line in lines.by_ref() {
            depth += item_line.matches('{').count() as i32 - item_line.matches('}').count() as i32;
            opened |= item_line.contains('{');
            if (opened && depth <= 0) || (!opened && item_line.trim_end().ends_with(';')) {
                break;
            }
        }
    }
    out
}

#[test]
fn shipped_lines_leave_out_every_test_item_and_nothing_else() {
    let text = "use a;\n#[cfg(test)]\npub(crate) mod test_corpus;\nfn shipped() {}\n#[cfg(test)]\nimpl X {\n    fn t() {\n    }\n}\n// a comment\nfn also() {}\n#[cfg(test)]\nmod tests {\n    fn t() { x(); }\n}\n";
    assert_eq!(shipped_lines(text), ["use a;", "fn shipped() {}", "fn also() {}"]);
}

#[test]
fn app_state_names_no_web_crate() {
    // `src/state` is plain Rust, tested natively: the reader's place, corpora, messages, view models.
    let web: Vec<String> = WEB_CRATES.iter().map(|c| c.replace('-', "_")).collect();
    let web: Vec<&str> = web.iter().map(String::as_str).collect();
    for file in files_under("src/state") {
        let text = read(&file);
        let found = uses_of(&text, &web);
        assert!(found.is_empty(), "{} uses a web crate: {found:?}", file.display());
    }
}

#[test]
fn the_core_does_no_io_reads_no_clock_and_draws_no_random_numbers() {
    // Same text in, same analysis out, on every platform: no files, network, environment, processes,
    // clock or randomness in crates/core/src (its tests and tools may read the corpus folders).
    const FORBIDDEN: &[&str] = &["std::fs", "std::net", "std::env", "std::process", "std::time", "rand", "getrandom"];
    for file in files_under("crates/core/src") {
        let text = read(&file);
        let found = uses_of(&text, FORBIDDEN);
        assert!(found.is_empty(), "{} must stay pure: {found:?}", file.display());
        assert!(!text.contains("Instant::now") && !text.contains("SystemTime"), "{} reads a clock", file.display());
    }
    let closure = core_dependency_tree();
    for crate_name in ["rand", "getrandom", "chrono", "time"] {
        assert!(!closure.contains(crate_name), "parallax-core reaches {crate_name}");
    }
}

#[test]
fn the_purity_scan_can_fail() {
    assert_eq!(uses_of("use std::fs::read;\n// std::fs in a comment\nlet x = 1;", &["std::fs"]).len(), 1);
    assert_eq!(uses_of("yew::Renderer::new()", &["yew"]), vec!["yew::Renderer::new()"]);
}

/// Longest a Rust file may be without a `//! Length:` line at its top saying why.
const MAX_LINES: usize = 500;

#[test]
fn no_file_is_longer_than_500_lines_without_a_written_reason() {
    let mut files = Vec::new();
    for dir in ["src", "crates", "tests", "tools"] {
        rust_files(&root().join(dir), &mut files);
    }
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text = read(f);
            let lines = text.lines().count();
            let reason = text.lines().take_while(|l| l.starts_with("//!")).any(|l| l.starts_with("//! Length:"));
            (lines > MAX_LINES && !reason)
                .then(|| format!("{} ({lines} lines)", f.strip_prefix(root()).unwrap().display()))
        })
        .collect();
    assert!(long.is_empty(), "split these or say at the top why they are long (`//! Length: …`): {long:?}");
}

#[test]
fn browser_tests_find_elements_only_through_the_page_object() {
    // A restyle must not break the browser tests: test files hold no selectors (the page object in
    // tests/e2e/browser.mjs does, by data-testid and data attributes, never by CSS class).
    let dir = root().join("tests/e2e");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".test.mjs") {
            continue;
        }
        checked += 1;
        let text = read(&entry.path());
        for needle in ["locator(", "querySelector", "getByRole(", "getByTestId("] {
            assert!(!text.contains(needle), "{name} looks elements up itself ({needle}); add a page-object method");
        }
    }
    assert!(checked >= 5, "found the browser tests in {}", dir.display());
    let page_object = read(&dir.join("browser.mjs"));
    let class_selectors: Vec<&str> = page_object
        .lines()
        .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('*'))
        .filter(|l| l.contains("locator('.") || l.contains("locator(`.") || l.contains(" .") && l.contains("locator("))
        .collect();
    assert!(class_selectors.is_empty(), "the page object selects by CSS class: {class_selectors:?}");
}

#[test]
fn the_page_runs_no_analysis_and_no_decoding_of_its_own() {
    // The analysis, the encoding tables and the writers of the files made from an analysis (report,
    // CSV) ship once, in the analysis module (the worker binary, `analysis_worker.rs` and
    // `analysis_exports.rs`, which the page loads for itself when it must); the page's own wasm calls
    // none of them, or the linker would put a second copy of them in it. Test code may.
    let skipped = [ANALYSIS_MODULE.as_slice(), &["src/state/test_corpus.rs", "src/state/tests.rs"]].concat();
    let entry_points = [
        "markdown_report(",
        "facts_csv(",
        "analyze(",
        "analyze_judged(",
        "analyze_with_progress(",
        "import::read_file",
        "decode_text(",
        "decode_bytes(",
        "decode_file(",
    ];
    let found = page_lines_where(&skipped, |l| {
        let imported = l.contains("parallax_core") && l.contains("read_file");
        imported || entry_points.iter().any(|e| l.contains(e) && !l.contains("analysis_module::"))
    });
    assert!(found.is_empty(), "analyses or decodes on the page: {found:?}");
}

/// The files of the analysis module (the worker binary and what only it runs), which the page's own
/// wasm does not hold.
const ANALYSIS_MODULE: [&str; 3] = ["src/bin/parallax-worker.rs", "src/analysis_worker.rs", "src/analysis_exports.rs"];

/// Each file under `src/` but those ending in one of `skipped`, with its shipped lines
/// ([`shipped_lines`]) that `matching` picks; files with none are left out.
fn page_lines_where(skipped: &[&str], matching: impl Fn(&str) -> bool) -> Vec<(PathBuf, Vec<String>)> {
    files_under("src")
        .into_iter()
        .filter(|file| !skipped.iter().any(|m| file.ends_with(m)))
        .filter_map(|file| {
            let text = read(&file);
            let found: Vec<String> =
                shipped_lines(&text).into_iter().filter(|l| matching(l)).map(str::to_string).collect();
            (!found.is_empty()).then_some((file, found))
        })
        .collect()
}

#[test]
fn the_page_reads_no_decimal_number_with_rusts_float_parser() {
    // Rust's `f64` parsing (`str::parse::<f64>`, `f64::from_str`) brings its 10 KB table of powers of
    // five and the code around it into the page's wasm (14 KB gzip in all, `scripts/size`); the page
    // reads the root font size, the one number it reads from text itself, with the browser's
    // `parseFloat` (`js_sys::parse_float`); numbers in JSON go through serde_json's own reader. The
    // analysis module parses numbers in article text with Rust's parser, and may. Not caught here: a
    // `parse()` whose `f64` type is only inferred, and a page call into the core's number reading
    // (`crates/core/src/text/numbers.rs`); `scripts/size` shows either (`dec2flt` in the page's list).
    let found = page_lines_where(&ANALYSIS_MODULE, |l| {
        l.contains("parse::<f64>") || l.contains("parse::<f32>") || l.contains("f64::from_str")
    });
    assert!(found.is_empty(), "parses a float with Rust's parser: {found:?}");
}
