// Browser tests of the Differences, People and Quotes pages on the bundled corpus. Expectations come
// from reading the articles: the meeting is on Monday (000), Tuesday (001, 003, 004) or Thursday (002);
// Zelenskyy is spelled three ways; Macron is quoted on a line of his own in 002.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, ROOT, ARTIFACTS } from './browser.mjs';

const BEIRUT = join(ROOT, '..', 'shared', 'bench-corpus', '2020-beirut-port-explosion');


const serve = servedApp();
const open = (hash, colorScheme = 'light') => serve({ hash, colorScheme });

test('Differences lists the weekday and head-count conflicts; a value opens its sentence pinned', async () => {
  const { app, page, errors, close } = await open('#p=differences');
  try {
    const days = app.difference('Days').first();
    await days.waitFor();
    assert.equal(await app.differenceSummary(days).innerText(), '3 sources say Tuesday, 1 says Monday, 1 says Thursday');
    const numbers = app.difference('about 30 leaders');
    assert.equal(await numbers.count(), 1);
    // Numbers come first.
    assert.match(await app.differenceKind(app.differences().first()).innerText(), /Numbers/i);
    await page.screenshot({ path: join(ARTIFACTS, 'differences-1440.png') });
    // Filter by kind.
    await app.differenceFilter('Spellings').click();
    assert.ok((await app.differences().count()) >= 1);
    assert.equal(await app.difference('Days').count(), 0);
    await app.differenceFilter('All').click();
    // Clicking "Monday" opens the comparison with source A's sentence pinned.
    await app.differenceValue(days, /Monday/).click();
    await app.pinnedSentence(0).waitFor();
    assert.match(await app.pinnedSentence(0).innerText(), /Monday/);
    assert.match(await app.detail().innerText(), /Thursday|Tuesday/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('People shows each person with spellings and titles per source', async () => {
  const { app, close } = await open('#p=people');
  try {
    const zelensky = app.person('Zelensk').first();
    await zelensky.waitFor();
    const text = await zelensky.innerText();
    for (const spelling of ['Zelenskyy', 'Zelenskiy', 'Zelensky (']) assert.ok(text.includes(spelling), `${spelling} in ${text}`);
    const trump = await app.person('Donald Trump').innerText();
    assert.match(trump, /Former President \(D\)/);
  } finally {
    await close();
  }
});

test('People lists the places and organisations several sources name, with each spelling', async () => {
  // Read in the texts: every source names Paris; D writes "Elysée Palace", E "Élysée Palace"; only one
  // source names the Kremlin.
  const { app, page, close } = await open('#p=people');
  try {
    const paris = app.namedThing('Paris').first();
    await paris.waitFor();
    assert.match(await paris.innerText(), /A, B, C, D, E/);
    const elysee = app.namedThing('lysée Palace');
    const text = await elysee.innerText();
    assert.ok(text.includes('Elysée Palace (D)') && text.includes('Élysée Palace (E)'), text);
    assert.equal(await app.namedThing('Kremlin').count(), 0, 'one source, one spelling: not listed');
    await elysee.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'people-places-1440.png'), fullPage: true });
    await app.namedThingName(elysee).click();
    await app.pinnedSentence(3).waitFor();
    assert.match(await app.pinnedSentence(3).innerText(), /Elysée Palace/);
  } finally {
    await close();
  }
});

test('Quotes shows each quote with its speaker, and unattributed ones say so', async () => {
  const { app, page, close } = await open('#p=quotes', 'dark');
  try {
    const macron = app.quote('We are ready, us Europeans');
    await macron.waitFor();
    assert.match(await app.quoteSpeakers(macron).innerText(), /Emmanuel Macron/);
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
  const { app, page, close } = await open('');
  try {
    await app.columns().first().waitFor();
    await app.dropFiles(files.map((f) => ({ name: f, data: readFileSync(join(BEIRUT, f)) })));
    await app.waitForAnalysed(files.length);
    await app.openTab('quotes');
    const warehouse = app.quote('this dangerous warehouse');
    await warehouse.waitFor();
    assert.equal(await warehouse.count(), 1, 'one entry for the quotation');
    assert.equal(await warehouse.getAttribute('data-sources'), '2');
    assert.match(await app.quoteCount(warehouse).innerText(), /2 sources/i);
    const speakers = await app.quoteSpeakers(warehouse).allInnerTexts();
    assert.deepEqual(speakers, ['Hassan Diab', 'Hassan Diab']);
    // Quotations several sources carry come first.
    assert.notEqual(await app.quotes().first().getAttribute('data-sources'), '1');
    await warehouse.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'quotes-1440-grouped.png') });
  } finally {
    await close();
  }
});
