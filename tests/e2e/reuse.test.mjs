// Browser test of verbatim reuse on a corpus with copied text: the second test corpus (an invented
// derailment, where one article copies a 41-word passage from another with one word changed) served in
// place of the bundled one. Copied stretches are underlined in both columns and say where else they are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, serveCorpus, ROOT, ARTIFACTS } from './browser.mjs';

const source = join(ROOT, 'crates', 'core', 'tests', 'data', 'second');
let browser;
let server;
before(async () => {
  const files = readdirSync(source).filter((f) => f.endsWith('.txt'));
  const articles = Object.fromEntries(files.map((f) => [f, readFileSync(join(source, f))]));
  ({ server } = await serveCorpus(articles, 'Derailment at Hollin Cutting (test corpus)'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a passage copied word for word is underlined in both columns and names the other source', async () => {
  const { app, page, close } = await openApp(browser, { url: server.url });
  try {
    // Written from the texts: 01 and 04 share "Firefighters from Kestrelford and Brennham …", 04 says
    // "driving rain" where 01 says "heavy rain".
    const inFirst = app.copiedPassages(0, 'Firefighters from Kestrelford and Brennham');
    const inFourth = app.copiedPassages(3, 'Firefighters from Kestrelford and Brennham');
    await inFirst.first().waitFor();
    assert.match(await inFirst.first().getAttribute('title'), /source D/);
    assert.match(await inFourth.first().getAttribute('title'), /source A/);
    const fourthText = (await app.copiedPassages(3).allInnerTexts()).join(' ');
    assert.match(fourthText, /driving rain/, 'the changed word sits inside the copied passage');
    assert.match(await app.columnCopiedNote(3).innerText(), /word for word elsewhere/);
    await page.screenshot({ path: join(ARTIFACTS, 'reuse-1440.png') });
  } finally {
    await close();
  }
});

test('the overview shows figures, the matrix and the facts grid; a cell opens the pair side by side', async () => {
  const { app, page, close } = await openApp(browser, { url: server.url });
  try {
    await app.openTab('overview');
    const overview = app.overview();
    await overview.waitFor();
    assert.match(page.url(), /p=overview/);
    // Four sources: a 4 × 4 matrix without its diagonal.
    assert.equal(await app.matrixCells().count(), 12);
    // Written from the texts: 01 and 04 share the firefighters passage, so they are one family.
    assert.match(await app.families().innerText(), /A \+ D/);
    // The most widely reported fact comes first and is carried by every source (the derailment itself).
    const firstRow = app.factRows().first();
    assert.match(await app.factSources(firstRow).innerText(), /4 of 4/);
    await page.screenshot({ path: join(ARTIFACTS, 'overview-1440.png'), fullPage: true });
    // A matrix cell opens that pair side by side.
    await app.matrixCells().nth(2).click(); // row A, column D
    await app.columns().first().waitFor();
    const order = await app.columnOrder();
    assert.deepEqual(order, ['0', '3']);
  } finally {
    await close();
  }
});
