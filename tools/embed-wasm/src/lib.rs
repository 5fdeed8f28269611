//! all-MiniLM-L6-v2 in WebAssembly: the same model, tokenizer settings and pooling as
//! `tools/embed-eval` (candle, mean pooling, unit length, batches of 32), exported to JavaScript so
//! `scripts/embed-browser` can time it in headless Chromium on real news sentences. Not part of the
//! product: it exists to measure what shipping the embedding would cost a reader's browser.

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, Tokenizer, TruncationParams};
use wasm_bindgen::prelude::*;

/// The model and its tokenizer, loaded from the bytes the page fetched.
#[wasm_bindgen]
pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
}

fn js(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen]
impl Embedder {
    /// Loads the safetensors weights, `config.json` and `tokenizer.json`.
    #[wasm_bindgen(constructor)]
    pub fn new(weights: Vec<u8>, config: &str, tokenizer: &[u8]) -> Result<Embedder, JsError> {
        let config: Config = serde_json::from_str(config).map_err(js)?;
        let vb = VarBuilder::from_buffered_safetensors(weights, DType::F32, &Device::Cpu).map_err(js)?;
        let model = BertModel::load(vb, &config).map_err(js)?;
        let mut tokenizer = Tokenizer::from_bytes(tokenizer).map_err(js)?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        tokenizer.with_truncation(Some(TruncationParams { max_length: 256, ..Default::default() })).map_err(js)?;
        Ok(Embedder { model, tokenizer })
    }

    /// Unit-length mean-pooled embeddings of the sentences (one per line), in batches of 32, flattened.
    pub fn embed(&self, lines: &str) -> Result<Vec<f32>, JsError> {
        let sentences: Vec<String> = lines.lines().map(str::to_string).collect();
        let mut out = Vec::with_capacity(sentences.len() * 384);
        for batch in sentences.chunks(32) {
            let enc = self.tokenizer.encode_batch(batch.to_vec(), true).map_err(js)?;
            let tensor = |f: &dyn Fn(&tokenizers::Encoding) -> &[u32]| -> Result<Tensor, JsError> {
                let rows: Vec<Tensor> =
                    enc.iter().map(|e| Tensor::new(f(e), &Device::Cpu)).collect::<candle_core::Result<_>>().map_err(js)?;
                Tensor::stack(&rows, 0).map_err(js)
            };
            let ids = tensor(&|e| e.get_ids())?;
            let mask = tensor(&|e| e.get_attention_mask())?;
            let pooled = (|| -> candle_core::Result<Vec<Vec<f32>>> {
                let hidden = self.model.forward(&ids, &ids.zeros_like()?, Some(&mask))?;
                let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
                let mean = hidden.broadcast_mul(&m)?.sum(1)?.broadcast_div(&m.sum(1)?)?;
                let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?;
                mean.broadcast_div(&norm)?.to_vec2::<f32>()
            })()
            .map_err(js)?;
            out.extend(pooled.into_iter().flatten());
        }
        Ok(out)
    }
}
