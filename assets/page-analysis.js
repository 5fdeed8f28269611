// Loads the analysis module (the worker's own script and wasm, see src/bin/parallax-worker.rs) on the
// page, for reading imported files and for analysing when no worker can start
// (src/analysis_module.rs). Sets window.parallaxAnalysisModule to a promise of the module's exports.
// Paths are relative to this file, so sub-paths work.
(() => {
  const here = document.currentScript.src;
  self.parallaxAnalysisModule = new Promise((resolve, reject) => {
    const glue = document.createElement('script');
    glue.src = new URL('./parallax-worker.js', here).href;
    glue.onload = () => {
      // The glue declares `wasm_bindgen` as a global binding of the page's scripts.
      wasm_bindgen({ module_or_path: new URL('./parallax-worker_bg.wasm', here) }).then(() => resolve(wasm_bindgen), reject);
    };
    glue.onerror = () => reject(new Error('parallax-worker.js could not be loaded'));
    document.head.appendChild(glue);
  });
})();
