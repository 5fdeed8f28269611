// Times all-MiniLM-L6-v2 in headless Chromium (the wasm of this folder, built by scripts/embed-browser):
// serves the wasm-bindgen output, the model files and the sentences on 127.0.0.1, then in the page
// fetches and loads the model and embeds the sentences, after one warm-up batch, as a reader's browser
// would. Prints the load time, milliseconds per 100 sentences, and the shape of the vectors (384
// dimensions, unit length) as a check that the model ran.
//   node tools/embed-wasm/bench.mjs WEB_DIR MODEL_DIR SENTENCES_FILE COUNT
import { chromium } from '../../tests/e2e/node_modules/playwright-core/index.mjs';
import { serveStatic } from '../../tests/e2e/serve.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [web, model, sentencesFile, count] = process.argv.slice(2);
writeFileSync(join(web, 'index.html'), '<!doctype html><meta charset="utf-8"><title>embedding timing</title>\n');
const server = await serveStatic(web, { mounts: { 'model/': model, 'input/': join(sentencesFile, '..') } });
const browser = await chromium.launch({
  executablePath: process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`  page: ${m.text()}`));
  await page.goto(`${server.url}index.html`);
  const name = sentencesFile.split('/').pop();
  const result = await page.evaluate(async ({ name, count }) => {
    const t0 = performance.now();
    const glue = await import('./parallax_embed_wasm.js');
    await glue.default({ module_or_path: './parallax_embed_wasm_bg.wasm' });
    const [weights, config, tokenizer] = await Promise.all([
      fetch('model/model.safetensors').then((r) => r.arrayBuffer()),
      fetch('model/config.json').then((r) => r.text()),
      fetch('model/tokenizer.json').then((r) => r.arrayBuffer()),
    ]);
    const embedder = new glue.Embedder(new Uint8Array(weights), config, new Uint8Array(tokenizer));
    const loadMs = performance.now() - t0;
    const lines = (await fetch(`input/${name}`).then((r) => r.text())).split('\n').filter(Boolean).slice(0, count);
    embedder.embed(lines.slice(0, 32).join('\n'));
    const t1 = performance.now();
    const vectors = embedder.embed(lines.join('\n'));
    const ms = performance.now() - t1;
    const first = Array.from(vectors.slice(0, 384));
    return { loadMs, sentences: lines.length, ms, dims: vectors.length / lines.length, norm: Math.hypot(...first) };
  }, { name, count: Number(count) });
  console.log(`Model fetched and loaded in the page: ${(result.loadMs / 1000).toFixed(1)} s`);
  console.log(`Inference in headless Chromium (wasm, one thread): ${result.sentences} sentences in ${(result.ms / 1000).toFixed(1)} s = ${Math.round(result.ms * 100 / result.sentences)} ms per 100 sentences`);
  console.log(`Vectors: ${result.dims} dimensions, the first of length ${result.norm.toFixed(3)}`);
} finally {
  await browser.close();
  await server.close();
}
