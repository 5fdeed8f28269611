// Browser tests of the comparison page on the real release build: the bundled corpus opens in
// side-by-side columns with headlines, sources can be hidden, the export equals the CLI's JSON, and a
// broken deployment gives a clear message instead of a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, ROOT } from './browser.mjs';
import { WIN1252 } from './files.mjs';

const corpusDir = join(ROOT, 'corpus');
const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8'));
const firstLine = (file) => readFileSync(join(corpusDir, file), 'utf8').split('\n')[0].trim();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const open = (serve = {}) => openApp(browser, { serve });

test('the bundled corpus opens with every article side by side, headlines kept', async () => {
  const { app, errors, close } = await open();
  try {
    assert.equal(await app.columns().count(), manifest.documents.length);
    assert.match(await app.corpusName().innerText(), /Paris summit/);
    for (const [doc, entry] of manifest.documents.entries()) {
      const column = app.column(doc);
      assert.equal(await app.columnLabel(doc).textContent(), `Source ${String.fromCharCode(65 + doc)}: ${entry.label}`);
      const text = readFileSync(join(corpusDir, entry.file), 'utf8');
      // The article's own words are on screen: a phrase from its last substantial paragraph.
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.split(' ').length > 12);
      const lastWords = lines.at(-1).split(' ').slice(2, 9).join(' ');
      assert.ok((await column.innerText()).includes(lastWords), `column ${doc} shows “${lastWords}”`);
    }
    // Articles whose first line is a headline show it as a heading: 004 opens with one.
    const withHeadline = manifest.documents.findIndex((d) => d.file.startsWith('004_'));
    assert.equal(await app.headline(withHeadline).innerText(), firstLine(manifest.documents[withHeadline].file));
    // 003 opens with a summary, then its headline on the second line.
    const standfirst = manifest.documents.findIndex((d) => d.file.startsWith('003_'));
    assert.match(await app.headline(standfirst).innerText(), /^Paris Talks Seek Security Guarantees For Ukraine/);
    await app.screenshot('compare-1440-light.png');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('before the app code arrives the page shows a designed loading state, which the app replaces', async () => {
  // The app's WebAssembly missing (a slow or broken download): index.html alone still says what is
  // happening, in the app's own header and notice style.
  const wasm = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.wasm'));
  assert.ok(wasm.length >= 1);
  const blocked = await openApp(browser, { serve: { hide: wasm }, waitForApp: false });
  try {
    const boot = blocked.app.bootState();
    assert.ok(await boot.isVisible());
    assert.match(await boot.innerText(), /Parallax\s+Opening Parallax…\s+The first visit downloads the app/);
    const box = await boot.boundingBox();
    assert.ok(box.height > 100 && box.width > 1000, `the loading state fills the page: ${JSON.stringify(box)}`);
    await blocked.app.screenshot('boot-1440.png');
  } finally {
    await blocked.close();
  }
  const { app, close } = await open();
  try {
    assert.equal(await app.bootState().count(), 0, 'the app replaced the loading state');
    assert.equal(await app.columns().count(), manifest.documents.length);
  } finally {
    await close();
  }
});

test('a source chip hides and restores its column', async () => {
  const { app, close } = await open();
  try {
    await app.toggleSource(1);
    assert.equal(await app.columns().count(), manifest.documents.length - 1);
    assert.equal(await app.column(1).count(), 0);
    await app.toggleSource(1);
    assert.equal(await app.columns().count(), manifest.documents.length);
  } finally {
    await close();
  }
});

test('Export analysis downloads exactly the JSON the CLI prints', async () => {
  const { app, page, close } = await open();
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app.openExportMenu().then(() => app.menuItem('export-analysis').click()),
    ]);
    const path = await download.path();
    const fromApp = readFileSync(path);
    const fromCli = readFileSync(join(ROOT, 'target', 'cli-analysis.json'));
    assert.ok(fromCli.length > 1000, 'the CLI export exists');
    assert.ok(fromApp.equals(fromCli), 'app and CLI exports are byte-identical');
    assert.equal(JSON.parse(fromApp.toString()).schema, 'parallax-analysis/1');
  } finally {
    await close();
  }
});

test('a missing corpus file is named in the page and the rest still opens', async () => {
  const missing = manifest.documents[2].file;
  const { app, errors, close } = await open({ hide: [join('corpus', missing)] });
  try {
    const warning = app.message('warning');
    await warning.waitFor();
    assert.match(await warning.innerText(), new RegExp(missing.replace('.', '\\.')));
    assert.equal(await app.columns().count(), manifest.documents.length - 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a missing manifest gives a clear error instead of a blank page', async () => {
  const { app, close } = await open({ hide: [join('corpus', 'manifest.json')] });
  try {
    const error = app.notice('error');
    await error.waitFor();
    assert.match(await error.innerText(), /corpus could not be opened/i);
    assert.match(await error.innerText(), /manifest\.json/);
  } finally {
    await close();
  }
});

test('the static build works from a sub-path', async () => {
  const { app, close } = await open({ prefix: '/tools/parallax/' });
  try {
    assert.equal(await app.columns().count(), manifest.documents.length);
  } finally {
    await close();
  }
});

test('every corpus file is listed in the manifest', () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(manifest.documents.map((d) => d.file).sort(), files);
});

test('when no worker can start, the page analyses, reads files and exports by itself and says so', async () => {
  const { app, page, close } = await openApp(browser, { serve: { hide: ['worker-loader.js'] }, waitForApp: 'commit' });
  try {
    // Meanwhile (the page waits 10 s for the worker) the articles are there to read, as plain text.
    await app.previewColumns().first().waitFor({ timeout: 5000 });
    assert.equal(await app.previewColumns().count(), manifest.documents.length);
    const first = await app.previewColumns().first().innerText();
    assert.ok(first.includes(manifest.documents[0].label), 'the first article is previewed under its label');
    assert.match(first, /\w+ \w+ \w+/, 'with its text');
    await app.screenshot('preview-1440.png');
    await app.message('warning').waitFor({ timeout: 20000 });
    await app.columns().first().waitFor();
    assert.equal(await app.previewColumns().count(), 0, 'the comparison replaces the preview');
    assert.match(await app.message('warning').innerText(), /background analysis did not start/);
    assert.equal(await app.columns().count(), manifest.documents.length);
    // A file in a legacy encoding is read on the page, since no reader worker starts either.
    await app.dropFiles([{ name: 'herald.txt', data: WIN1252('Port walkout\nCafé owners said six hundred dock workers began a strike.') }]);
    await app.waitForCorpus('Imported articles', 1);
    assert.match(await app.columns().first().innerText(), /Café owners/, 'Windows-1252 decoded on the page');
    assert.equal(await app.moduleLoadedOnPage(), true);
    // The report is written by the module too: here by the page's own.
    const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', 'export-report')]);
    assert.equal(download.suggestedFilename(), 'imported-articles-report.md');
    const report = readFileSync(await download.path(), 'utf8');
    assert.match(report, /^# Parallax report: Imported articles\n\n1 source · /);
    assert.match(report, /\n- Café owners said six hundred dock workers began a strike\. \*\(sentence 2, bytes 13–71\)\*\n/);
  } finally {
    await close();
  }
});

// Appended to the worker's wasm-bindgen glue: the module traps (as a WebAssembly `unreachable` does)
// while it answers analysis request `n`, in the microtask where gloo-worker runs it.
const trapOnRequest = (n) => `
;(() => {
  let scope = self;
  let property;
  while (scope && !(property = Object.getOwnPropertyDescriptor(scope, 'onmessage'))) scope = Object.getPrototypeOf(scope);
  let requests = 0;
  let wrapped = false;
  Object.defineProperty(self, 'onmessage', {
    configurable: true,
    get() { return property.get.call(self); },
    set(handler) {
      // Only gloo-worker's own handler (the first one set) traps; the loader's guard around it does not.
      if (wrapped || !handler) return property.set.call(self, handler);
      wrapped = true;
      property.set.call(self, (event) => {
        const request = event.data instanceof Uint8Array && new TextDecoder().decode(event.data.subarray(0, 20)).startsWith('{"ProcessInput"');
        if (request && ++requests === ${n}) {
          queueMicrotask(() => { throw new WebAssembly.RuntimeError('unreachable'); });
          return;
        }
        handler.call(self, event);
      });
    },
  });
})();
`;

test('when the analysis module stops while it works, the reader is told and keeps the articles', async () => {
  const { app, close } = await open({ patch: { 'parallax-worker.js': (glue) => glue + trapOnRequest(2) } });
  try {
    await app.waitForAnalysed(manifest.documents.length);
    // Two articles of the reader's own make a new corpus, whose analysis is the module's second request.
    await app.dropFiles([
      { name: 'a.txt', data: 'Port strike\nAbout 600 dock workers at Port Ellery went on strike on Monday.' },
      { name: 'b.txt', data: 'Dockers walk out\nSix hundred dock workers at Port Ellery began a strike on Tuesday.' },
    ]);
    await app.message('error').waitFor({ timeout: 20000 });
    const message = await app.messageTexts('error');
    assert.match(message, /could not be analysed/);
    assert.match(message, /stopped unexpectedly/);
    assert.match(message, /Your articles are kept/);
    await app.progress().waitFor({ state: 'detached', timeout: 5000 });
    await app.screenshot('analysis-stopped-1440.png');
    // The new corpus is kept (in the switcher, saved); the screen still shows the last analysis made.
    assert.ok((await app.corpusNames()).some((name) => name.startsWith('Imported articles')));
  } finally {
    await close();
  }
});

test('when the analysis module stops on the first analysis, the page says so instead of opening forever', async () => {
  const { app, close } = await open({ patch: { 'parallax-worker.js': (glue) => glue + trapOnRequest(1) } });
  try {
    const notice = await app.notice('error').innerText();
    assert.match(notice, /could not be opened/);
    assert.match(notice, /stopped unexpectedly/);
    assert.match(notice, /reload the page/);
  } finally {
    await close();
  }
});

test('when the reader of imported files stops while it reads one, that file is refused with the reason', async () => {
  // The reader worker's module traps inside its read (as a WebAssembly `unreachable` does).
  const trapInRead = (loader) => {
    const patched = loader.replace('json = wasm_bindgen.read_file_on_page(name, bytes);', "throw new WebAssembly.RuntimeError('unreachable');");
    assert.notEqual(patched, loader, 'the loader still reads through read_file_on_page');
    return patched;
  };
  const { app, close } = await open({ patch: { 'worker-loader.js': trapInRead } });
  try {
    await app.waitForAnalysed(manifest.documents.length);
    const names = await app.corpusNames();
    await app.dropFiles([{ name: 'a.txt', data: 'Port strike\nAbout 600 dock workers at Port Ellery went on strike on Monday.' }]);
    await app.message('warning').waitFor({ timeout: 20000 });
    assert.match(
      await app.messageTexts('warning'),
      /“a\.txt” could not be read: the reader stopped \(an internal error, or not enough memory for this file\)/,
    );
    assert.deepEqual(await app.corpusNames(), names, 'nothing was added');
    assert.equal(await app.columns().count(), manifest.documents.length);
  } finally {
    await close();
  }
});
