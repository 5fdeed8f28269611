// Starts the analysis Web Worker (src/bin/parallax-worker.rs): loads the wasm-bindgen glue Trunk built
// for it and instantiates its WebAssembly. Paths are relative to this file, so sub-paths work.
importScripts('./parallax-worker.js');
wasm_bindgen({ module_or_path: './parallax-worker_bg.wasm' });
