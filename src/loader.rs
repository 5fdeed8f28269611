//! Fetches the bundled corpus (`corpus/manifest.json` and the files it names) relative to the page, so
//! the static build works from any sub-path. A file that fails to load is reported by name and the
//! rest of the corpus still opens.

use crate::state::library::{CorpusRecord, NewArticle, BUNDLED_ID};
use gloo::net::http::Request;
use parallax_core::corpus::{decode_text, Manifest};

const MANIFEST: &str = "corpus/manifest.json";

/// Loads the bundled corpus and the names of files that could not be loaded; `Err` only when nothing
/// at all can be shown.
pub async fn load_bundled_corpus() -> Result<(CorpusRecord, Vec<String>), String> {
    let manifest_text =
        fetch_bytes(MANIFEST).await.map_err(|e| format!("The bundled corpus could not be opened: {e}"))?;
    let manifest = Manifest::parse(&decode_text(&manifest_text))?;
    let mut record = CorpusRecord::new(BUNDLED_ID, manifest.name, true);
    let mut problems = Vec::new();
    for entry in &manifest.documents {
        let url = format!("corpus/{}", entry.file);
        match fetch_bytes(&url).await {
            Ok(bytes) => {
                record.push(NewArticle { meta: entry.clone(), text: decode_text(&bytes), encoding: None });
            }
            Err(e) => problems.push(format!("“{}” ({}) could not be loaded: {e}", entry.label, entry.file)),
        }
    }
    if record.articles.is_empty() {
        return Err(format!("None of the corpus files could be loaded. {}", problems.join(" ")));
    }
    Ok((record, problems))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = Request::get(url).send().await.map_err(|e| format!("the request for {url} failed ({e})"))?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {} {}", response.status(), response.status_text()));
    }
    response.binary().await.map_err(|e| format!("{url} could not be read ({e})"))
}
