// Browser tests of bringing articles in, on the real release build: paste, file picker and drop;
// encodings shown; saved web pages reduced to their text with scripts and handlers inert; every kind of
// bad input refused with a clear message and the corpus unchanged; corpora renamed, duplicated, deleted
// with undo, articles edited and removed; everything kept across a reload (IndexedDB); exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openApp } from './browser.mjs';
import { dropFiles, chooseFiles, menu, waitForCorpus, UTF16LE, WIN1252, PNG } from './files.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every Content-Security-Policy violation is recorded: importing hostile HTML must cause none.
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

async function open({ init = [] } = {}) {
  const session = await openApp(browser, { init: [recordViolations, init].flat() });
  await session.page.locator('[data-testid="column"]').first().waitFor();
  return session;
}

const PORT_A = 'Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay, the union said.\nThe mayor opened a new library downtown.';
const PORT_B = 'Port walkout\nSix hundred dock workers at Port Ellery began a strike on Tuesday over pay for night shifts, café owners said.\nShips are waiting at anchor outside the breakwater.';
const PORT_C = 'Dockers strike\nDock workers at Port Ellery started a strike on Monday about night-shift pay.\nThe port authority said talks would resume on Friday.';

const HOSTILE_PAGE = `<!doctype html><html><head><title>Dockers strike - Tribune</title>
<meta property="og:site_name" content="Tribune"><meta property="article:published_time" content="2026-03-02T08:00:00Z">
<script>window.__pwned = 'head script'</script>
<style>body { background: url(tracker.png) } p { color: red }</style><link rel="stylesheet" href="site.css"></head>
<body onload="window.__pwned='body onload'"><nav>Home | World | Sport</nav>
<article><h1>Dockers strike</h1>
<p>Dock workers at Port Ellery started a strike on Monday about night-shift pay.</p>
<p>The sign read &lt;script&gt;alert("x")&lt;/script&gt; in large letters.</p>
<img src="missing.png" onerror="window.__pwned='img onerror'"><svg onload="window.__pwned='svg'"></svg>
<script>window.__pwned = 'body script'</script></article>
<footer>Copyright Tribune. Subscribe now.</footer></body></html>`;

const chipCount = (page) => page.locator('[data-testid="source-chip"]').count();
const messages = async (page, kind) => (await page.locator(`[data-testid="message-${kind}"]`).allInnerTexts()).join('\n');

test('a pasted article starts a corpus of its own; picked and dropped files join it, each encoding shown', async () => {
  const { page, errors, close } = await open();
  try {
    await menu(page, 'import-menu', 'import-paste');
    await page.locator('[data-testid="paste-label"]').fill('Gazette');
    await page.locator('[data-testid="paste-outlet"]').fill('The Gazette');
    await page.locator('[data-testid="paste-text"]').fill(PORT_A);
    await page.locator('[data-testid="paste-add"]').click();
    await waitForCorpus(page, 'Imported articles', 1);
    assert.match(await page.locator('[data-testid="notice-info"]').innerText(), /Only one article so far/);
    assert.match(await page.locator('[data-testid="column"]').first().innerText(), /The Gazette/);

    await chooseFiles(page, [{ name: 'herald.txt', data: WIN1252(PORT_B) }]);
    await waitForCorpus(page, 'Imported articles', 2);
    assert.match(await messages(page, 'info'), /herald\.txt \(windows-1252, detected\)/);
    assert.match(await page.locator('[data-testid="column"]').nth(1).innerText(), /café owners/, 'Windows-1252 decoded');

    await dropFiles(page, [
      { name: 'wire.txt', data: UTF16LE(PORT_C) },
      { name: 'tribune.html', data: HOSTILE_PAGE, type: 'text/html' },
    ]);
    await waitForCorpus(page, 'Imported articles', 4);
    const info = await messages(page, 'info');
    assert.match(info, /wire\.txt \(UTF-16LE, byte-order mark\)/);
    assert.match(info, /tribune\.html \(UTF-8\)/);
    const tribune = page.locator('[data-testid="column"]').nth(3);
    const text = await tribune.innerText();
    assert.match(text, /Dockers strike/);
    assert.match(text, /<script>alert\("x"\)<\/script>/, 'markup written in the article is shown as text');
    assert.doesNotMatch(text, /Subscribe now|Home \| World/, 'navigation and footer are dropped');
    assert.match(text, /Tribune, 2026-03-02/, 'outlet and date come from the page');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing in the page ran');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing was even attempted');
    assert.equal(await page.locator('[data-testid="column"] script, [data-testid="column"] img').count(), 0);
    // The example corpus is untouched.
    await page.locator('[data-testid="corpus-select"]').selectOption('bundled');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="source-chip"]').length === 5);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('bad input is refused with a clear message and the corpus stays as it was', async () => {
  const { page, close } = await open();
  try {
    await dropFiles(page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await waitForCorpus(page, 'Imported articles', 2);
    const before = await page.locator('[data-testid="columns"]').innerText();
    await page.locator('[data-testid="message-info"] .dialog-close').click();

    await dropFiles(page, [
      { name: 'empty.txt', data: '' },
      { name: 'photo.txt', data: PNG },
      { name: 'again.txt', data: PORT_A.replace('\n', '\n\n') },
      { name: 'report.pdf', data: '%PDF-1.7 binary' },
      { name: 'notes.json', data: '{"hello": "world"}' },
      { name: 'sheet.xlsx', data: 'just some bytes' },
    ]);
    await page.locator('[data-testid="message-warning"]').waitFor();
    const warning = await messages(page, 'warning');
    assert.match(warning, /“empty\.txt” is empty: nothing was imported/);
    assert.match(warning, /“photo\.txt” looks like a PNG image, not text: nothing was imported/);
    assert.match(warning, /“again\.txt” is already in this corpus as “Strike at the port”/);
    assert.match(warning, /“report\.pdf” looks like a PDF document/);
    assert.match(warning, /“notes\.json” is not a Parallax corpus file \(it has no "format": "parallax-corpus" field\)/);
    assert.match(warning, /“sheet\.xlsx” is not a file type Parallax reads/);

    // 50 MB, made inside the page (a real File object of that size).
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(97)], 'huge.txt', { type: 'text/plain' }));
      const app = document.querySelector('.app');
      app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.body.innerText.includes('huge.txt'));
    assert.match(await messages(page, 'warning'), /“huge\.txt” is 50\.0 MB — larger than the 10\.0 MB limit for one article: nothing was imported/);

    assert.equal(await chipCount(page), 2);
    assert.equal(await page.locator('[data-testid="columns"]').innerText(), before, 'the corpus is unchanged');
  } finally {
    await close();
  }
});

test('corpora are renamed, duplicated and deleted with undo; articles edited and removed; all kept across a reload', async () => {
  const { page, url, close } = await open();
  try {
    await dropFiles(page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }, { name: 'c.txt', data: PORT_C }]);
    await waitForCorpus(page, 'Imported articles', 3);
    await page.locator('[data-testid="manage-corpus"]').click();
    const dialog = page.locator('[data-testid="manage-dialog"]');
    await dialog.locator('[data-testid="corpus-name-input"]').fill('Port strike');
    await dialog.locator('[data-testid="corpus-name-input"]').press('Enter');
    const second = dialog.locator('[data-testid="article-row"]').nth(1);
    await second.locator('[data-testid="article-label"]').fill('Herald');
    await second.locator('[data-testid="article-outlet"]').fill('Port Herald');
    await second.locator('[data-testid="article-date"]').fill('2026-03-03');
    await second.locator('[data-testid="article-date"]').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="source-chip"]')[1]?.innerText.includes('Herald'));
    // Remove the third article, then undo.
    await dialog.locator('[data-testid="article-row"]').nth(2).locator('[data-testid="remove-article"]').click();
    await waitForCorpus(page, 'Port strike', 2);
    await page.locator('[data-testid="undo-bar"] .button').click();
    await waitForCorpus(page, 'Port strike', 3);
    await dialog.locator('[data-testid="duplicate-corpus"]').click();
    await waitForCorpus(page, 'Port strike (copy)', 3);
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0, 'Escape closes the dialog');

    // Delete the copy, undo, delete again.
    await page.locator('[data-testid="manage-corpus"]').click();
    await dialog.locator('[data-testid="delete-corpus"]').click();
    assert.match(await page.locator('[data-testid="undo-bar"]').innerText(), /Deleted the corpus “Port strike \(copy\)”/);
    await page.locator('[data-testid="undo-bar"] .button').click();
    await waitForCorpus(page, 'Port strike (copy)', 3);
    await page.locator('[data-testid="manage-corpus"]').click();
    await dialog.locator('[data-testid="delete-corpus"]').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="corpus-select"] option')].some((o) => o.textContent.includes('(copy)')));

    // Open the renamed corpus, reload: it comes back as it was, and opens first.
    await page.locator('[data-testid="corpus-select"]').selectOption({ label: 'Port strike' });
    await waitForCorpus(page, 'Port strike', 3);
    // Wait for the store to hold the last change before reloading.
    await page.waitForTimeout(300);
    await page.goto(url);
    await waitForCorpus(page, 'Port strike', 3);
    const options = await page.locator('[data-testid="corpus-select"] option').allInnerTexts();
    assert.equal(options.filter((o) => o.startsWith('Port strike')).length, 1);
    assert.match(await page.locator('[data-testid="column"]').nth(1).innerText(), /Port Herald, 2026-03-03/);
    assert.match(await page.locator('[data-testid="source-chip"]').nth(1).innerText(), /Herald/);
    // The example corpus cannot be edited: the dialog offers a copy instead.
    await page.locator('[data-testid="corpus-select"]').selectOption('bundled');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="source-chip"]').length === 5);
    await page.locator('[data-testid="manage-corpus"]').click();
    assert.equal(await dialog.locator('[data-testid="delete-corpus"]').count(), 0);
    assert.equal(await dialog.locator('[data-testid="remove-article"]').count(), 0);
    assert.match(await dialog.locator('[data-testid="duplicate-corpus"]').innerText(), /Duplicate to edit/);
  } finally {
    await close();
  }
});

test('exports: the corpus file re-imports unchanged; report, CSV and analysis download', async () => {
  const { page, close } = await open();
  try {
    await dropFiles(page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: WIN1252(PORT_B) }, { name: 'c.txt', data: PORT_C }]);
    await waitForCorpus(page, 'Imported articles', 3);
    const save = async (item) => {
      const [download] = await Promise.all([page.waitForEvent('download'), menu(page, 'export-menu', item)]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    };
    const corpus = await save('export-corpus');
    assert.equal(corpus.name, 'imported-articles.parallax.json');
    const bundle = JSON.parse(corpus.text);
    assert.equal(bundle.format, 'parallax-corpus');
    assert.deepEqual(bundle.articles.map((a) => a.text), [PORT_A, PORT_B, PORT_C]);

    const report = await save('export-report');
    assert.match(report.text, /^# Parallax report: Imported articles\n/);
    assert.match(report.text, /## Discrepancies/);
    assert.match(report.text, /\*\*“Monday”\*\*/, 'the Monday/Tuesday disagreement is reported');
    const csv = await save('export-csv');
    assert.match(csv.text.split('\n')[0], /^\uFEFFfact,sources,A Strike at the port,B Port walkout,C Dockers strike/);
    assert.match(csv.text, /\n,1,,,The port authority said talks would resume on Friday\./, 'a sentence only C reports has its row');
    const analysis = await save('export-analysis');
    assert.equal(JSON.parse(analysis.text).documents.length, 3);

    // Re-import the corpus file: a new corpus with the same articles; its export is the same file
    // but for the name.
    await dropFiles(page, [{ name: corpus.name, data: corpus.text, type: 'application/json' }]);
    await waitForCorpus(page, 'Imported articles (2)', 3);
    const again = await save('export-corpus');
    assert.equal(again.text, corpus.text.replace('"name": "Imported articles"', '"name": "Imported articles (2)"'));
  } finally {
    await close();
  }
});

test('the store failing to open, a damaged record and a full disk are each explained and lose nothing', async () => {
  // 1. IndexedDB refuses to open: the app works, and says corpora will not be kept.
  let session = await open({ init: () => { indexedDB.open = () => { throw new DOMException('The user denied permission', 'SecurityError'); }; } });
  try {
    const error = session.page.locator('[data-testid="message-error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /does not let Parallax keep data \(SecurityError/);
    await dropFiles(session.page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await waitForCorpus(session.page, 'Imported articles', 2);
  } finally {
    await session.close();
  }

  // 2. A damaged record next to a good one: the good one opens, the damaged one is named and kept.
  session = await open();
  try {
    const { page, url } = session;
    await dropFiles(page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await waitForCorpus(page, 'Imported articles', 2);
    await page.waitForTimeout(300);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('parallax');
      open.onsuccess = () => {
        const tx = open.result.transaction('corpora', 'readwrite');
        tx.objectStore('corpora').put('{"schema":1,"id":"broken","name":', 'broken');
        tx.objectStore('corpora').put('{"schema":9,"id":"future"}', 'future');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.goto(url);
    await waitForCorpus(page, 'Imported articles', 2);
    const error = await messages(page, 'error');
    assert.match(error, /The saved corpus “broken” is damaged and could not be read .* It was left in the store untouched/);
    assert.match(error, /“future” was written by a newer version of Parallax \(format 9\)/);
    const kept = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('parallax');
      open.onsuccess = () => {
        const get = open.result.transaction('corpora').objectStore('corpora').getAllKeys();
        get.onsuccess = () => resolve(get.result.sort());
      };
    }));
    assert.equal(kept.length, 3, `both bad records are still in the store: ${kept}`);
    assert.ok(kept.includes('broken') && kept.includes('future'));
  } finally {
    await session.close();
  }

  // 3. The disk is full: the import stays open and the reader is told how to keep it.
  session = await open({
    init: () => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    },
  });
  try {
    await dropFiles(session.page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await waitForCorpus(session.page, 'Imported articles', 2);
    const error = session.page.locator('[data-testid="message-error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /storage for this site is full, so “Imported articles” was not saved.*Export → Corpus file/s);
    assert.equal(await chipCount(session.page), 2, 'the corpus stays open');
  } finally {
    await session.close();
  }
});

test('the page forbids inline script: no inline script in index.html, and an injected one does not run', async () => {
  const { page, close } = await open();
  try {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(await page.locator('script:not([src])').count(), 0);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return window.__inline === true;
    });
    assert.equal(ran, false);
  } finally {
    await close();
  }
});

test('the dialogs work from the keyboard: focus moves in, Tab stays inside, Escape returns focus', async () => {
  const { page, close } = await open();
  try {
    await page.locator('[data-testid="import-menu"] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="import-paste"]').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid="paste-dialog"]');
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'paste-label', 'focus starts in the first field');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('[data-testid="paste-dialog"]')), `Tab ${i + 1} stays in the dialog`);
    }
    // Adding without text keeps the dialog and what was typed, and says why.
    await page.locator('[data-testid="paste-label"]').fill('Gazette');
    await page.locator('[data-testid="paste-add"]').click();
    assert.match(await page.locator('[data-testid="paste-missing"]').innerText(), /nothing to add yet/);
    assert.equal(await page.locator('[data-testid="paste-label"]').inputValue(), 'Gazette');
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.closest('[data-testid]')?.dataset.testid), 'import-menu', 'focus is back on the menu');
    // Menus close with Escape and with a click elsewhere.
    const exportMenu = page.locator('[data-testid="export-menu"]');
    await exportMenu.locator('summary').click();
    assert.equal(await exportMenu.getAttribute('open'), '');
    await page.keyboard.press('Escape');
    assert.equal(await exportMenu.getAttribute('open'), null);
    await exportMenu.locator('summary').click();
    await page.locator('.legend').click();
    assert.equal(await exportMenu.getAttribute('open'), null);
  } finally {
    await close();
  }
});

test('adding an article keeps the reader’s place: columns in their order, the pinned sentence pinned', async () => {
  const { page, close } = await open();
  try {
    await dropFiles(page, [{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await waitForCorpus(page, 'Imported articles', 2);
    // B first, then A; pin B's second sentence.
    await page.locator('[data-testid="source-chip"]').nth(1).getByRole('button', { name: /Move .* left/ }).click();
    const pinnedText = 'Six hundred dock workers at Port Ellery began a strike on Tuesday over pay for night shifts, café owners said.';
    await page.locator('[data-testid="column"][data-doc="1"] .sentence', { hasText: 'Six hundred dock workers' }).click();
    await page.locator('.sentence.is-pinned').waitFor();
    await dropFiles(page, [{ name: 'c.txt', data: PORT_C }]);
    await waitForCorpus(page, 'Imported articles', 3);
    const order = await page.locator('[data-testid="column"]').evaluateAll((cols) => cols.map((c) => c.dataset.doc));
    assert.deepEqual(order, ['1', '0', '2'], 'B, A as arranged, then the new article');
    assert.equal(await page.locator('.sentence.is-pinned').innerText(), pinnedText);
  } finally {
    await close();
  }
});
