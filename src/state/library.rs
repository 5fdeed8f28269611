//! The reader's corpora: the bundled one (read-only, always first) and any number of their own, each a
//! named list of articles with label, outlet, date, text and the encoding it was read in. Plain data and
//! pure functions: importing, renaming, duplicating and editing are decided here and tested natively;
//! the reducer in `state/mod.rs` calls them and the app persists what changed.

use parallax_core::bundle::{BundleArticle, CorpusBundle};
use parallax_core::{ArticleMeta, SourceText, Verdict};
use serde::{Deserialize, Serialize};

/// The id of the bundled corpus (never stored, never edited).
pub const BUNDLED_ID: &str = "bundled";

/// One article of a corpus. `id` is unique within its corpus and stable across edits, so the view
/// can keep the reader's place when articles are added or removed.
/// Read back by hand, like `parallax_core::bundle::BundleArticle`: no buffer of each article for the
/// `#[serde(flatten)]` field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub id: u32,
    /// File ("pasted text" for a paste), label, outlet and date: stored as fields of the record.
    #[serde(flatten)]
    pub meta: ArticleMeta,
    pub text: String,
    /// How the file was decoded ("UTF-8", "windows-1252 (detected)"), when it came from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

impl<'de> Deserialize<'de> for Article {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Fields {
            id: u32,
            file: String,
            #[serde(default)]
            label: String,
            outlet: Option<String>,
            date: Option<String>,
            text: String,
            encoding: Option<String>,
        }
        let Fields { id, file, label, outlet, date, text, encoding } = Fields::deserialize(deserializer)?;
        Ok(Article { id, meta: ArticleMeta { file, label, outlet, date }, text, encoding })
    }
}

/// A corpus as the library holds it. `revision` grows with every change: the app re-analyses and
/// re-saves a corpus when its revision moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusRecord {
    pub id: String,
    pub name: String,
    pub articles: Vec<Article>,
    /// The reader's verdicts, their sentences named by article **id** (not position), so removing an
    /// article leaves the others' verdicts pointing at the right article.
    pub verdicts: Vec<Verdict>,
    pub read_only: bool,
    pub revision: u64,
}

/// An article about to be added (from a file, a paste or a bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewArticle {
    /// The label is derived from the text when blank.
    pub meta: ArticleMeta,
    pub text: String,
    pub encoding: Option<String>,
}

#[cfg(test)]
impl NewArticle {
    /// An article with only a file name and a text (tests fill in the rest where it matters).
    pub fn plain(file: &str, text: &str) -> Self {
        NewArticle { meta: ArticleMeta::file(file), text: text.into(), encoding: None }
    }
}

/// What reading one dropped or chosen file gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportItem {
    Article(NewArticle),
    /// A Parallax corpus file: it becomes a corpus of its own.
    Bundle {
        file: String,
        bundle: CorpusBundle,
    },
    /// The file was not imported; the message says why.
    Refused(String),
}

/// Texts are compared for duplicates with whitespace runs collapsed, so a re-saved copy is still
/// recognised. This key is read in one pass without copying the text (a 10 MB article was copied once
/// for itself and once more for every article already in the corpus); texts with the same key are then
/// compared word by word, so a refusal is never a hash's guess. The key is a hash of the first
/// `KEY_WORDS` words in order and of how many bytes of the whole text are printable ASCII (never
/// whitespace): both are the same for texts with the same words, and the count is a loop the compiler
/// vectorises. Hashing every word of a 10 MB article took 33 ms of its import, a task of the page
/// (`split_whitespace` decodes every character); the key takes a few. The hash is rustc-hash's (no
/// defence against chosen collisions is needed: a collision costs a word-by-word comparison).
fn duplicate_key(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for word in text.split_whitespace().take(KEY_WORDS) {
        hasher.write(word.as_bytes());
        hasher.write_u8(0xff);
    }
    // Printable ASCII: never whitespace, which in ASCII is a space or a control.
    let counted = text.bytes().filter(|b| (0x21..0x80).contains(b)).count();
    hasher.write_usize(counted);
    hasher.finish()
}

/// How many words of a text its duplicate key hashes.
const KEY_WORDS: usize = 4_000;

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

impl CorpusRecord {
    pub fn new(id: impl Into<String>, name: impl Into<String>, read_only: bool) -> Self {
        CorpusRecord {
            id: id.into(),
            name: name.into(),
            articles: Vec::new(),
            verdicts: Vec::new(),
            read_only,
            revision: 1,
        }
    }

    pub fn is_bundled(&self) -> bool {
        self.id == BUNDLED_ID
    }

    /// The texts as the analysis takes them (user labels kept).
    pub fn sources(&self) -> Vec<SourceText> {
        self.articles.iter().map(|a| SourceText::with_meta(a.meta.clone(), a.text.clone())).collect()
    }

    pub fn article_ids(&self) -> Vec<u32> {
        self.articles.iter().map(|a| a.id).collect()
    }

    /// The verdicts with their articles named by position, as the analysis, the corpus file and the
    /// CLI take them (a verdict on a removed article gets a position no corpus has: "no longer applies").
    pub fn verdicts_by_position(&self) -> Vec<Verdict> {
        let ids = self.article_ids();
        let position = |id: usize| ids.iter().position(|&a| a as usize == id);
        self.verdicts.iter().map(|v| v.remapped(position)).collect()
    }

    /// Records a verdict given by article positions (as the screen shows them), replacing any earlier
    /// one on the same thing (two sentences, two names, a difference, a quotation).
    pub fn judge(&mut self, verdict: &Verdict) {
        let verdict = self.by_article_id(verdict);
        self.withdraw_same_subject(&verdict);
        self.verdicts.push(verdict);
        self.revision += 1;
    }

    /// Withdraws the verdicts on what `verdict` is about (given by article positions).
    pub fn withdraw(&mut self, verdict: &Verdict) {
        let verdict = self.by_article_id(verdict);
        self.withdraw_same_subject(&verdict);
        self.revision += 1;
    }

    /// A verdict given by article positions, with its articles named by id as the record keeps them.
    fn by_article_id(&self, verdict: &Verdict) -> Verdict {
        let ids = self.article_ids();
        verdict.remapped(|position| ids.get(position).map(|&id| id as usize))
    }

    fn withdraw_same_subject(&mut self, verdict: &Verdict) {
        self.verdicts.retain(|v| !v.same_subject(verdict));
    }

    /// The corpus as a bundle file.
    pub fn to_bundle(&self) -> CorpusBundle {
        CorpusBundle::new(
            self.name.clone(),
            self.articles.iter().map(|a| BundleArticle { meta: a.meta.clone(), text: a.text.clone() }).collect(),
        )
        .with_verdicts(self.verdicts_by_position())
    }

    /// A corpus made from a bundle file.
    pub fn from_bundle(id: impl Into<String>, bundle: &CorpusBundle) -> Self {
        let mut record = CorpusRecord::new(id, bundle.name.clone(), false);
        for a in &bundle.articles {
            record.push(NewArticle { meta: a.meta.clone(), text: a.text.clone(), encoding: None });
        }
        let ids = record.article_ids();
        record.verdicts = bundle
            .verdicts
            .iter()
            .map(|v| v.remapped(|position| Some(ids.get(position).map_or(usize::MAX, |&id| id as usize))))
            .collect();
        record
    }

    /// Adds an article (no duplicate check), deriving its label when none is given.
    pub fn push(&mut self, new: NewArticle) -> u32 {
        let id = self.articles.iter().map(|a| a.id + 1).max().unwrap_or(0);
        let label = new.meta.label_for(&new.text);
        let meta = ArticleMeta { label, ..new.meta.tidied() };
        self.articles.push(Article { id, meta, text: new.text, encoding: new.encoding });
        self.revision += 1;
        id
    }
}

/// A name not used by any corpus in `taken`: `base`, else "base (2)", "base (3)", …
pub fn unique_name(base: &str, taken: &[&str]) -> String {
    let base = base.trim();
    let base = if base.is_empty() { "Untitled corpus" } else { base };
    if !taken.contains(&base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base} ({n})")).find(|name| !taken.contains(&name.as_str())).expect("names run out")
}

/// The result of adding imported items to a corpus: how many were added and what was refused.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// File names added, with the encoding they were read in (none for a paste).
    pub added: Vec<(String, Option<String>)>,
    /// Refusals, each with the position of its article in the list given.
    pub refused: Vec<(usize, String)>,
}

/// "Added to “X”: a.txt (UTF-8); b.html (windows-1252, detected)." — or, for a large drop, the count
/// and how many files each encoding was read in, so the message stays a line, not a wall.
pub fn describe_added(corpus: &str, added: &[(String, Option<String>)]) -> String {
    if added.len() <= 6 {
        let files: Vec<String> = added
            .iter()
            .map(|(file, encoding)| match encoding {
                Some(encoding) => format!("{file} ({encoding})"),
                None => file.clone(),
            })
            .collect();
        return format!("Added to “{corpus}”: {}.", files.join("; "));
    }
    let mut encodings: Vec<(&str, usize)> = Vec::new();
    for (_, encoding) in added {
        let encoding = encoding.as_deref().unwrap_or("pasted");
        match encodings.iter_mut().find(|(e, _)| *e == encoding) {
            Some((_, n)) => *n += 1,
            None => encodings.push((encoding, 1)),
        }
    }
    parallax_core::sort::sort_by(&mut encodings, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let read: Vec<String> = encodings.iter().map(|(e, n)| format!("{n} in {e}")).collect();
    format!("Added {} articles to “{corpus}” (read: {}).", added.len(), read.join(", "))
}

/// Adds articles to `record`, refusing duplicates (of the corpus or of an earlier file in the batch).
/// Each text's comparison key is computed once, so a drop of hundreds of files stays linear.
pub fn add_articles(record: &mut CorpusRecord, articles: Vec<NewArticle>) -> Added {
    let mut out = Added::default();
    // Each word hash, with the articles (positions in the record) that have it.
    let mut seen: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
    for (at, a) in record.articles.iter().enumerate() {
        seen.entry(duplicate_key(&a.text)).or_default().push(at);
    }
    for (position, article) in articles.into_iter().enumerate() {
        let key = duplicate_key(&article.text);
        let same =
            seen.get(&key).into_iter().flatten().find(|&&at| same_words(&record.articles[at].text, &article.text));
        if let Some(&at) = same {
            let existing = record.articles[at].meta.label.clone();
            let problem = parallax_core::import::ImportProblem::Duplicate { existing };
            out.refused.push((position, problem.message(&article.meta.file)));
            continue;
        }
        let described = (article.meta.file.clone(), article.encoding.clone());
        record.push(article);
        seen.entry(key).or_default().push(record.articles.len() - 1);
        out.added.push(described);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(file: &str, text: &str) -> NewArticle {
        NewArticle { encoding: Some("UTF-8".into()), ..NewArticle::plain(file, text) }
    }

    #[test]
    fn a_long_text_is_a_duplicate_by_all_its_words() {
        // More words than the key hashes: a copy with other whitespace (Unicode spaces too) is refused,
        // a text whose last word differs, even with as many letters, is not.
        let words: Vec<String> = (0..KEY_WORDS + 500).map(|i| format!("w{i}")).collect();
        let text = words.join(" ");
        let respaced = words.join("\u{a0}\n  \u{2009}");
        let last_changed = text.replace(&format!("w{}", KEY_WORDS + 499), &format!("v{}", KEY_WORDS + 499));
        let mut record = CorpusRecord::new("c1", "Mine", false);
        let added = add_articles(
            &mut record,
            vec![article("a.txt", &text), article("b.txt", &respaced), article("c.txt", &last_changed)],
        );
        assert_eq!(added.added.iter().map(|a| a.0.as_str()).collect::<Vec<_>>(), ["a.txt", "c.txt"]);
        assert_eq!(added.refused.iter().map(|r| r.0).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn duplicates_are_refused_by_text_not_by_name() {
        let mut record = CorpusRecord::new("c1", "Mine", false);
        let added = add_articles(
            &mut record,
            vec![
                article("a.txt", "Strike at the port\nDock workers walked out."),
                article("b.txt", "Strike at the port\n\nDock   workers walked out.  "),
                article("a.txt", "Another story\nSomething else happened."),
            ],
        );
        let utf8 = || ("a.txt".to_string(), Some("UTF-8".to_string()));
        assert_eq!(added.added, vec![utf8(), utf8()]);
        assert_eq!(added.refused.len(), 1);
        assert!(
            added.refused[0].1.contains("“b.txt” is already in this corpus as “Strike at the port”"),
            "{:?}",
            added.refused
        );
        assert_eq!(record.article_ids(), vec![0, 1]);
        assert_eq!(record.revision, 3);
    }

    #[test]
    fn labels_are_derived_unless_given_and_blank_fields_are_dropped() {
        let mut record = CorpusRecord::new("c1", "Mine", false);
        let mut given = article("p", "Body only text here.");
        given.meta.label = "  My label ".into();
        given.meta.outlet = Some("   ".into());
        record.push(given);
        record.push(article("q", "Headline here\nBody."));
        assert_eq!(record.articles[0].meta.label, "My label");
        assert_eq!(record.articles[0].meta.outlet, None);
        assert_eq!(record.articles[1].meta.label, "Headline here");
    }

    #[test]
    fn a_corpus_round_trips_through_a_bundle() {
        let mut record = CorpusRecord::new("c1", "Port strike", false);
        let mut a = article("a.txt", "Strike\nText <script>alert(1)</script>");
        a.meta.outlet = Some("Gazette".into());
        a.meta.date = Some("2026-03-02".into());
        record.push(a);
        let json = record.to_bundle().to_json();
        let back = CorpusRecord::from_bundle("c2", &CorpusBundle::parse(&json).unwrap());
        assert_eq!(back.name, "Port strike");
        assert_eq!(back.articles.len(), 1);
        let (x, y) = (&back.articles[0], &record.articles[0]);
        assert_eq!((&x.meta, &x.text), (&y.meta, &y.text));
    }

    #[test]
    fn a_large_drop_is_summed_up_in_one_line() {
        let file = |name: &str, encoding: &str| (name.to_string(), Some(encoding.to_string()));
        let few = vec![file("a.txt", "UTF-8"), file("b.txt", "windows-1252, detected")];
        assert_eq!(describe_added("X", &few), "Added to “X”: a.txt (UTF-8); b.txt (windows-1252, detected).");
        let mut many: Vec<(String, Option<String>)> = (0..198).map(|i| file(&format!("{i}.txt"), "UTF-8")).collect();
        many.push(file("w.txt", "windows-1252, detected"));
        many.push(file("v.txt", "windows-1252, detected"));
        assert_eq!(
            describe_added("X", &many),
            "Added 200 articles to “X” (read: 198 in UTF-8, 2 in windows-1252, detected)."
        );
    }

    #[test]
    fn names_are_made_unique() {
        assert_eq!(unique_name("Mine", &["Other"]), "Mine");
        assert_eq!(unique_name("Mine", &["Mine", "Mine (2)"]), "Mine (3)");
        assert_eq!(unique_name("  ", &[]), "Untitled corpus");
    }
}
