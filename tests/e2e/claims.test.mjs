// Browser tests of the Differences, People and Quotes pages on the bundled corpus. Expectations come
// from reading the articles: the meeting is on Monday (000), Tuesday (001, 003, 004) or Thursday (002);
// Zelenskyy is spelled three ways; Macron is quoted on a line of his own in 002.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, DIST, ROOT, ARTIFACTS } from './browser.mjs';
import { serveStatic } from './serve.mjs';
import { dropFiles } from './files.mjs';

const BEIRUT = join(ROOT, '..', 'shared', 'bench-corpus', '2020-beirut-port-explosion');

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveStatic(DIST);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (hash, colorScheme = 'light') => openApp(browser, { url: server.url, hash, colorScheme });

test('Differences lists the weekday and head-count conflicts; a value opens its sentence pinned', async () => {
  const { page, errors, close } = await open('#p=differences');
  try {
    const days = page.locator('[data-testid="difference"]', { hasText: 'Days' }).first();
    await days.waitFor();
    assert.equal(await days.locator('.difference-summary').innerText(), '3 sources say Tuesday, 1 says Monday, 1 says Thursday');
    const numbers = page.locator('[data-testid="difference"]', { hasText: 'about 30 leaders' });
    assert.equal(await numbers.count(), 1);
    // Numbers come first.
    assert.match(await page.locator('[data-testid="difference"]').first().locator('.difference-kind').innerText(), /Numbers/i);
    await page.screenshot({ path: join(ARTIFACTS, 'differences-1440.png') });
    // Filter by kind.
    await page.getByRole('button', { name: /^Spellings/ }).click();
    assert.ok((await page.locator('[data-testid="difference"]').count()) >= 1);
    assert.equal(await page.locator('[data-testid="difference"]', { hasText: 'Days' }).count(), 0);
    await page.getByRole('button', { name: /^All/ }).click();
    // Clicking "Monday" opens the comparison with source A's sentence pinned.
    await days.getByRole('button', { name: /Monday/ }).click();
    await page.locator('[data-doc="0"] .sentence.is-pinned').waitFor();
    assert.match(await page.locator('[data-doc="0"] .sentence.is-pinned').innerText(), /Monday/);
    assert.match(await page.locator('.detail').innerText(), /Thursday|Tuesday/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('People shows each person with spellings and titles per source', async () => {
  const { page, close } = await open('#p=people');
  try {
    const zelensky = page.locator('[data-testid="person"]', { hasText: 'Zelensk' }).first();
    await zelensky.waitFor();
    const text = await zelensky.innerText();
    for (const spelling of ['Zelenskyy', 'Zelenskiy', 'Zelensky (']) assert.ok(text.includes(spelling), `${spelling} in ${text}`);
    const trump = await page.locator('[data-testid="person"]', { hasText: 'Donald Trump' }).innerText();
    assert.match(trump, /Former President \(D\)/);
  } finally {
    await close();
  }
});

test('Quotes shows each quote with its speaker, and unattributed ones say so', async () => {
  const { page, close } = await open('#p=quotes', 'dark');
  try {
    const macron = page.locator('[data-testid="quote"]', { hasText: 'We are ready, us Europeans' });
    await macron.waitFor();
    assert.match(await macron.locator('.quote-speaker').innerText(), /Emmanuel Macron/);
    await page.screenshot({ path: join(ARTIFACTS, 'quotes-1440-dark.png') });
  } finally {
    await close();
  }
});

test('Quotes shows one quotation once, with every source that carries it and the speaker each names', async (t) => {
  if (!existsSync(BEIRUT)) {
    t.skip(`${BEIRUT} is absent`);
    return;
  }
  // Read in the texts: Echo News (03) and Read Cash (05) both quote Hassan Diab on "revelations that will
  // be announced about this dangerous warehouse", each after naming him in the sentence before ("He said").
  const files = readdirSync(BEIRUT).filter((f) => f.endsWith('.txt')).sort();
  const { page, close } = await open('');
  try {
    await page.locator('[data-testid="column"]').first().waitFor();
    await dropFiles(page, files.map((f) => ({ name: f, data: readFileSync(join(BEIRUT, f)) })));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="source-chip"]').length === n && !document.querySelector('[data-testid="analysis-progress"]'),
      files.length,
      { timeout: 60000 },
    );
    await page.locator('[data-testid="tab-quotes"]').click();
    const warehouse = page.locator('[data-testid="quote"]', { hasText: 'this dangerous warehouse' });
    await warehouse.waitFor();
    assert.equal(await warehouse.count(), 1, 'one entry for the quotation');
    assert.equal(await warehouse.getAttribute('data-sources'), '2');
    assert.match(await warehouse.locator('.quote-count').innerText(), /2 sources/i);
    const speakers = await warehouse.locator('.quote-speaker').allInnerTexts();
    assert.deepEqual(speakers, ['Hassan Diab', 'Hassan Diab']);
    // Quotations several sources carry come first.
    assert.notEqual(await page.locator('[data-testid="quote"]').first().getAttribute('data-sources'), '1');
    await warehouse.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quotes-1440-grouped.png') });
  } finally {
    await close();
  }
});
