// Browser test of verbatim reuse on a corpus with copied text: the second test corpus (an invented
// derailment, where one article copies a 41-word passage from another with one word changed) served in
// place of the bundled one. Copied stretches are underlined in both columns and say where else they are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openApp, DIST, ROOT, ARTIFACTS } from './browser.mjs';
import { serveStatic } from './serve.mjs';

const source = join(ROOT, 'crates', 'core', 'tests', 'data', 'second');
let browser;
let server;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-second-'));
  const files = readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) copyFileSync(join(source, f), join(dir, f));
  const manifest = execFileSync(join(ROOT, 'target', 'debug', 'parallax'), ['manifest', '--name', 'Derailment at Hollin Cutting (test corpus)', ...files.map((f) => join(dir, f))]);
  writeFileSync(join(dir, 'manifest.json'), manifest);
  browser = await launch();
  server = await serveStatic(DIST, { mounts: { 'corpus/': dir } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a passage copied word for word is underlined in both columns and names the other source', async () => {
  const { page, close } = await openApp(browser, { url: server.url });
  try {
    // Written from the texts: 01 and 04 share "Firefighters from Kestrelford and Brennham …", 04 says
    // "driving rain" where 01 says "heavy rain".
    const inFirst = page.locator('[data-doc="0"] .copied', { hasText: 'Firefighters from Kestrelford and Brennham' });
    const inFourth = page.locator('[data-doc="3"] .copied', { hasText: 'Firefighters from Kestrelford and Brennham' });
    await inFirst.first().waitFor();
    assert.match(await inFirst.first().getAttribute('title'), /source D/);
    assert.match(await inFourth.first().getAttribute('title'), /source A/);
    const fourthText = (await page.locator('[data-doc="3"] .copied').allInnerTexts()).join(' ');
    assert.match(fourthText, /driving rain/, 'the changed word sits inside the copied passage');
    assert.match(await page.locator('[data-doc="3"] .column-copied').innerText(), /word for word elsewhere/);
    await page.screenshot({ path: join(ARTIFACTS, 'reuse-1440.png') });
  } finally {
    await close();
  }
});

test('the overview shows figures, the matrix and the facts grid; a cell opens the pair side by side', async () => {
  const { page, close } = await openApp(browser, { url: server.url });
  try {
    await page.locator('[data-testid="tab-overview"]').click();
    const overview = page.locator('[data-testid="overview"]');
    await overview.waitFor();
    assert.match(page.url(), /p=overview/);
    // Four sources: a 4 × 4 matrix without its diagonal.
    assert.equal(await page.locator('[data-testid="matrix-cell"]').count(), 12);
    // Written from the texts: 01 and 04 share the firefighters passage, so they are one family.
    assert.match(await overview.locator('.families').innerText(), /A \+ D/);
    // The most widely reported fact comes first and is carried by every source (the derailment itself).
    const firstRow = page.locator('[data-testid="fact-row"]').first();
    assert.match(await firstRow.locator('th').innerText(), /4 of 4/);
    await page.screenshot({ path: join(ARTIFACTS, 'overview-1440.png'), fullPage: true });
    // A matrix cell opens that pair side by side.
    await page.locator('[data-testid="matrix-cell"]').nth(2).click(); // row A, column D
    await page.locator('[data-testid="column"]').first().waitFor();
    const order = await page.locator('[data-testid="column"]').evaluateAll((cols) => cols.map((c) => c.dataset.doc));
    assert.deepEqual(order, ['0', '3']);
  } finally {
    await close();
  }
});
