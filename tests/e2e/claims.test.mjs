// Browser tests of the Differences, People and Quotes pages on the bundled corpus. Expectations come
// from reading the articles: the meeting is on Monday (000), Tuesday (001, 003, 004) or Thursday (002);
// Zelenskyy is spelled three ways; Macron is quoted on a line of his own in 002.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, DIST, ARTIFACTS } from './browser.mjs';
import { serveStatic } from './serve.mjs';

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
