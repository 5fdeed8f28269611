// Browser tests of bringing articles in, on the real release build: paste, file picker and drop;
// encodings shown; saved web pages reduced to their text with scripts and handlers inert; every kind of
// bad input refused with a clear message and the corpus unchanged; corpora renamed, duplicated, deleted
// with undo, articles edited and removed; everything kept across a reload (IndexedDB); exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, ROOT } from './browser.mjs';
import { UTF16LE, WIN1252, PNG } from './files.mjs';

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
  await session.app.columns().first().waitFor();
  return session;
}

const PORT_A = 'Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay, the union said.\nThe mayor opened a new library downtown.';
const PORT_B = 'Port walkout\nSix hundred dock workers at Port Ellery began a strike on Tuesday over pay for night shifts, café owners said.\nShips are waiting at anchor outside the breakwater.';
const PORT_C = 'Dockers strike\nDock workers at Port Ellery started a strike on Monday about night-shift pay.\nThe port authority said talks would resume on Friday.';

// Saved web pages shared with the command line's tests, and what each must give (tests/pages/README.md).
const PAGES = join(ROOT, 'tests', 'pages');
const EXPECTED_PAGES = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8'));
const HOSTILE_PAGE = readFileSync(join(PAGES, 'tribune.html'));

test('a pasted article starts a corpus of its own; picked and dropped files join it, each encoding shown', async () => {
  const { app, page, errors, close } = await open();
  try {
    await app.chooseFromMenu('import-menu', 'import-paste');
    await app.pasteLabel().fill('Gazette');
    await app.pasteOutlet().fill('The Gazette');
    await app.pasteText().fill(PORT_A);
    await app.pasteAddButton().click();
    await app.waitForCorpus('Imported articles', 1);
    assert.match(await app.notice('info').innerText(), /Only one article so far/);
    assert.match(await app.columns().first().innerText(), /The Gazette/);

    await app.chooseFiles([{ name: 'herald.txt', data: WIN1252(PORT_B) }]);
    await app.waitForCorpus('Imported articles', 2);
    assert.match(await app.messageTexts('info'), /herald\.txt \(windows-1252, detected\)/);
    assert.match(await app.columns().nth(1).innerText(), /café owners/, 'Windows-1252 decoded');
    assert.equal(await app.moduleLoadedOnPage(), false, 'read in the reader worker, not on the page');

    await app.dropFiles([
      { name: 'wire.txt', data: UTF16LE(PORT_C) },
      { name: 'tribune.html', data: HOSTILE_PAGE, type: 'text/html' },
    ]);
    await app.waitForCorpus('Imported articles', 4);
    const info = await app.messageTexts('info');
    assert.match(info, /wire\.txt \(UTF-16LE, byte-order mark\)/);
    assert.match(info, /tribune\.html \(UTF-8\)/);
    const tribune = app.columns().nth(3);
    const text = await tribune.innerText();
    assert.match(text, /Dockers strike/);
    assert.match(text, /<script>alert\("x"\)<\/script>/, 'markup written in the article is shown as text');
    assert.doesNotMatch(text, /Subscribe now|Home \| World/, 'navigation and footer are dropped');
    // The outlet is the source's label, the date under it (file names stay in the Articles dialog).
    assert.match(text, /Tribune\s+2026-03-02 08:00 UTC ·/, 'outlet and date come from the page');
    assert.doesNotMatch(text, /tribune\.html/, 'no file name in the column');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing in the page ran');
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing was even attempted');
    assert.equal(await app.scriptsAndImagesInColumns().count(), 0);
    // The example corpus is untouched.
    await app.chooseCorpus('bundled');
    await app.waitForSources(5);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('saved web pages give the same article text, label, outlet and date as on the command line', async () => {
  const { app, page, close } = await open();
  try {
    const names = Object.keys(EXPECTED_PAGES);
    await app.dropFiles(names.map((name) => ({ name, data: readFileSync(join(PAGES, name)), type: 'text/html' })));
    await app.waitForCorpus('Imported articles', names.length);
    assert.match(await app.messageTexts('info'), /almanac\.html \(windows-1252/, 'the page says its encoding');
    const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', 'export-corpus')]);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(bundle.articles.map((a) => a.file), names);
    for (const article of bundle.articles) {
      const want = EXPECTED_PAGES[article.file];
      assert.deepEqual(
        { label: article.label, outlet: article.outlet, date: article.date, text: article.text },
        want, article.file,
      );
    }
  } finally {
    await close();
  }
});

test('bad input is refused with a clear message and the corpus stays as it was', async () => {
  const { app, page, close } = await open();
  try {
    await app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await app.waitForCorpus('Imported articles', 2);
    const before = await app.columnsArea().innerText();
    await app.dismissMessage('info');

    await app.dropFiles([
      { name: 'empty.txt', data: '' },
      { name: 'photo.txt', data: PNG },
      { name: 'again.txt', data: PORT_A.replace('\n', '\n\n') },
      { name: 'report.pdf', data: '%PDF-1.7 binary' },
      { name: 'notes.json', data: '{"hello": "world"}' },
      { name: 'sheet.xlsx', data: 'just some bytes' },
    ]);
    await app.message('warning').waitFor();
    const warning = await app.messageTexts('warning');
    assert.match(warning, /“empty\.txt” is empty: nothing was imported/);
    assert.match(warning, /“photo\.txt” looks like a PNG image, not text: nothing was imported/);
    assert.match(warning, /“again\.txt” is already in this corpus as “Strike at the port”/);
    assert.match(warning, /“report\.pdf” looks like a PDF document/);
    assert.match(warning, /“notes\.json” is not a Parallax corpus file \(it has no "format": "parallax-corpus" field\)/);
    assert.match(warning, /“sheet\.xlsx” is not a file type Parallax reads/);

    // 50 MB, made inside the page (a real File object of that size).
    await app.dropFileMadeInPage({ name: 'huge.txt', size: 50 * 1024 * 1024, fill: 97, type: 'text/plain' });
    await page.waitForFunction(() => document.body.innerText.includes('huge.txt'));
    assert.match(await app.messageTexts('warning'), /“huge\.txt” is 50\.0 MB — larger than the 10\.0 MB limit for one article: nothing was imported/);

    assert.equal(await app.chips().count(), 2);
    assert.equal(await app.columnsArea().innerText(), before, 'the corpus is unchanged');
  } finally {
    await close();
  }
});

test('corpora are renamed, duplicated and deleted with undo; articles edited and removed; all kept across a reload', async () => {
  const { app, page, url, close } = await open();
  try {
    await app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }, { name: 'c.txt', data: PORT_C }]);
    await app.waitForCorpus('Imported articles', 3);
    await app.openManageDialog();
    const dialog = app.manageDialog();
    await app.corpusNameInput().fill('Port strike');
    await app.corpusNameInput().press('Enter');
    const second = app.articleRow(1);
    await app.articleField(second, 'label').fill('Herald');
    await app.articleField(second, 'outlet').fill('Port Herald');
    await app.articleField(second, 'date').fill('2026-03-03');
    await app.articleField(second, 'date').press('Enter');
    await app.waitForChipText(1, 'Herald');
    // Remove the third article, then undo.
    await app.removeArticleButton(app.articleRow(2)).click();
    await app.waitForCorpus('Port strike', 2);
    await app.undo();
    await app.waitForCorpus('Port strike', 3);
    await app.duplicateCorpusButton().click();
    await app.waitForCorpus('Port strike (copy)', 3);
    // Even when the duplicate's dialog has replaced the focused control, Escape closes it.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0, 'Escape closes the dialog');

    // Delete the copy, undo, delete again.
    await app.openManageDialog();
    await app.deleteCorpusButton().click();
    assert.match(await app.undoBar().innerText(), /Deleted the corpus “Port strike \(copy\)”/);
    await app.undo();
    await app.waitForCorpus('Port strike (copy)', 3);
    await app.openManageDialog();
    await app.deleteCorpusButton().click();
    await app.waitForNoCorpusNamed('(copy)');

    // Open the renamed corpus, reload: it comes back as it was, and opens first.
    await app.chooseCorpus({ label: 'Port strike' });
    await app.waitForCorpus('Port strike', 3);
    // Wait for the store to hold the last change before reloading.
    await page.waitForTimeout(300);
    await page.goto(url);
    await app.waitForCorpus('Port strike', 3);
    const options = await app.corpusNames();
    assert.equal(options.filter((o) => o.startsWith('Port strike')).length, 1);
    assert.match(await app.columns().nth(1).innerText(), /Port Herald\s+2026-03-03 ·/);
    assert.match(await app.chip(1).innerText(), /Herald/);
    // The example corpus cannot be edited: the dialog offers a copy instead.
    await app.chooseCorpus('bundled');
    await app.waitForSources(5);
    await app.openManageDialog();
    assert.equal(await app.deleteCorpusButton().count(), 0);
    assert.equal(await app.removeArticleButtons().count(), 0);
    assert.match(await app.duplicateCorpusButton().innerText(), /Duplicate to edit/);
  } finally {
    await close();
  }
});

test('exports: the corpus file re-imports unchanged; report, CSV and analysis download', async () => {
  const { app, page, close } = await open();
  try {
    await app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: WIN1252(PORT_B) }, { name: 'c.txt', data: PORT_C }]);
    await app.waitForCorpus('Imported articles', 3);
    const save = async (item) => {
      const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', item)]);
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
    await app.dropFiles([{ name: corpus.name, data: corpus.text, type: 'application/json' }]);
    await app.waitForCorpus('Imported articles (2)', 3);
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
    const error = session.app.message('error');
    await error.waitFor();
    assert.match(await error.innerText(), /does not let Parallax keep data \(SecurityError/);
    await session.app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await session.app.waitForCorpus('Imported articles', 2);
  } finally {
    await session.close();
  }

  // 2. A damaged record next to a good one: the good one opens, the damaged one is named and kept.
  session = await open();
  try {
    const { app, page, url } = session;
    await app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await app.waitForCorpus('Imported articles', 2);
    await page.waitForTimeout(300);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('parallax');
      open.onsuccess = () => {
        const tx = open.result.transaction('corpora', 'readwrite');
        tx.objectStore('corpora').put('{"schema":1,"id":"broken","name":', 'broken');
        tx.objectStore('corpora').put('{"schema":9,"id":"future"}', 'future');
        // A good record as an earlier version stored it: JSON text (this one stores its UTF-8 bytes).
        tx.objectStore('corpora').put('{"schema":2,"id":"older","name":"Saved as text","articles":[{"id":0,"file":"o.txt","label":"Old","text":"Old text."}]}', 'older');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.goto(url);
    await app.waitForCorpus('Imported articles', 2);
    const error = await app.messageTexts('error');
    assert.match(error, /The saved corpus “broken” is damaged and could not be read .* It was left in the store untouched/);
    assert.match(error, /“future” was written by a newer version of Parallax \(format 9\)/);
    assert.ok((await app.corpusNames()).some((n) => n.includes('Saved as text')), 'the record stored as text opens');
    const [kept, bytes] = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('parallax');
      open.onsuccess = () => {
        const store = open.result.transaction('corpora').objectStore('corpora');
        const keys = store.getAllKeys();
        const values = store.getAll();
        values.onsuccess = () => resolve([keys.result.sort(), values.result.filter((v) => v instanceof Uint8Array).length]);
      };
    }));
    assert.equal(kept.length, 4, `both bad records are still in the store: ${kept}`);
    assert.equal(bytes, 1, 'the imported corpus is stored as bytes');
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
    await session.app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await session.app.waitForCorpus('Imported articles', 2);
    const error = session.app.message('error');
    await error.waitFor();
    assert.match(await error.innerText(), /storage for this site is full, so “Imported articles” was not saved.*Export → Corpus file/s);
    assert.equal(await session.app.chips().count(), 2, 'the corpus stays open');
  } finally {
    await session.close();
  }
});

test('the page forbids inline script: no inline script in index.html, and an injected one does not run', async () => {
  const { app, page, close } = await open();
  try {
    const csp = await app.contentSecurityPolicy();
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(await app.inlineScripts().count(), 0);
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
  const { app, page, close } = await open();
  try {
    await app.menuButton('import-menu').focus();
    await page.keyboard.press('Enter');
    await app.menuItem('import-paste').focus();
    await page.keyboard.press('Enter');
    const dialog = app.pasteDialog();
    await dialog.waitFor();
    assert.equal(await app.focusedTestId(), 'paste-label', 'focus starts in the first field');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await app.focusIsInside(dialog), `Tab ${i + 1} stays in the dialog`);
    }
    // Adding without text keeps the dialog and what was typed, and says why.
    await app.pasteLabel().fill('Gazette');
    await app.pasteAddButton().click();
    assert.match(await app.pasteMissing().innerText(), /nothing to add yet/);
    assert.equal(await app.pasteLabel().inputValue(), 'Gazette');
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0);
    assert.ok(await app.hasFocus(app.menuButton('import-menu')), 'focus is back on the menu');
    // Menus close with Escape and with a click elsewhere.
    const exportMenu = app.menu('export-menu');
    await app.openExportMenu();
    assert.equal(await exportMenu.getAttribute('open'), '');
    await page.keyboard.press('Escape');
    assert.equal(await exportMenu.getAttribute('open'), null);
    await app.openExportMenu();
    await app.legend().click();
    assert.equal(await exportMenu.getAttribute('open'), null);
  } finally {
    await close();
  }
});

test('adding an article keeps the reader’s place: columns in their order, the pinned sentence pinned', async () => {
  const { app, close } = await open();
  try {
    await app.dropFiles([{ name: 'a.txt', data: PORT_A }, { name: 'b.txt', data: PORT_B }]);
    await app.waitForCorpus('Imported articles', 2);
    // B first, then A; pin B's second sentence.
    await app.moveSourceLeft(1);
    const pinnedText = 'Six hundred dock workers at Port Ellery began a strike on Tuesday over pay for night shifts, café owners said.';
    await app.sentenceWithText(1, 'Six hundred dock workers').click();
    await app.pinnedSentence().waitFor();
    await app.dropFiles([{ name: 'c.txt', data: PORT_C }]);
    await app.waitForCorpus('Imported articles', 3);
    const order = await app.columnOrder();
    assert.deepEqual(order, ['1', '0', '2'], 'B, A as arranged, then the new article');
    assert.equal(await app.pinnedSentence().innerText(), pinnedText);
  } finally {
    await close();
  }
});
