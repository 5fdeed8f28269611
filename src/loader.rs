//! Fetches the bundled corpus (`corpus/manifest.json` and the files it names) relative to the page, so
//! the static build works from any sub-path. The files are asked for all at once, so a first visit on a
//! slow connection waits one round trip for them instead of one per file. A file that fails to load is
//! reported by name and the rest of the corpus still opens.

use crate::state::library::{CorpusRecord, NewArticle, BUNDLED_ID};
use gloo::net::http::Request;
use parallax_core::corpus::{decode_utf8, Manifest};

const MANIFEST: &str = "corpus/manifest.json";

/// Loads the bundled corpus and the names of files that could not be loaded; `Err` only when nothing
/// at all can be shown.
pub async fn load_bundled_corpus() -> Result<(CorpusRecord, Vec<String>), String> {
    let manifest_text =
        fetch_bytes(MANIFEST).await.map_err(|e| format!("The bundled corpus could not be opened: {e}"))?;
    let manifest = Manifest::parse(&utf8(MANIFEST, &manifest_text)?)?;
    let mut record = CorpusRecord::new(BUNDLED_ID, manifest.name, true);
    let mut problems = Vec::new();
    let fetches = manifest.documents.iter().map(|entry| async move {
        let url = format!("corpus/{}", entry.file);
        fetch_bytes(&url).await.and_then(|bytes| utf8(&url, &bytes))
    });
    let texts = futures::future::join_all(fetches).await;
    for (entry, text) in manifest.documents.iter().zip(texts) {
        match text {
            Ok(text) => {
                record.push(NewArticle { meta: entry.clone(), text, encoding: None });
            }
            Err(e) => problems.push(format!("“{}” ({}) could not be loaded: {e}", entry.label, entry.file)),
        }
    }
    if record.articles.is_empty() {
        return Err(format!("None of the corpus files could be loaded. {}", problems.join(" ")));
    }
    Ok((record, problems))
}

/// The bundled files are UTF-8 (a test checks it), so the page reads them without the encoding
/// tables, which live in the analysis module.
fn utf8(url: &str, bytes: &[u8]) -> Result<String, String> {
    decode_utf8(bytes).ok_or_else(|| format!("{url} is not UTF-8 text"))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = Request::get(url).send().await.map_err(|e| format!("the request for {url} failed ({e})"))?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {} {}", response.status(), response.status_text()));
    }
    response.binary().await.map_err(|e| format!("{url} could not be read ({e})"))
}
