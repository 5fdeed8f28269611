// Browser test of the story's time on real text: three Associated Press copies of the Beirut port
// explosion report (../shared/bench-corpus, never copied into the repository) whose death toll rises
// from copy to copy. The reader gives each a publication time in the Articles dialog; the Timeline
// orders them, names what the earliest reported first, and shows the toll as one story changing over
// time, which the Differences page says too (undated, the toll's card asks the reader to check when
// each was published). The times are the test's input (the copies' dates are
// 4 and 5 August 2020; the hours are set to follow the order the copies were updated in).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, ROOT } from './browser.mjs';

const BEIRUT = join(ROOT, '..', 'shared', 'bench-corpus', '2020-beirut-port-explosion');
// In the order they are dropped (and so in source order A, B, C); the first says "at least 50 people
// were killed", the second "more than 60", the third "more than 70" and "70 killed".
const COPIES = [
  ['07_true-pundit.txt', '2020-08-04 16:40'],
  ['01_times-of-israel.txt', '2020-08-04 19:15'],
  ['06_gujarat-exclusive.txt', '2020-08-05 01:30'],
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('dated versions of one wire story: a timeline, first reports, and the toll as a sequence', async (t) => {
  if (!existsSync(BEIRUT)) {
    t.skip(`${BEIRUT} is absent`);
    return;
  }
  const { app, errors, close } = await openApp(browser);
  try {
    await app.columns().first().waitFor();
    await app.dropFiles(COPIES.map(([f]) => ({ name: f, data: readFileSync(join(BEIRUT, f)) })));
    await app.waitForCorpus('Imported articles', 3);
    await app.waitForAnalysed(3);
    assert.equal(await app.tab('timeline').count(), 0, 'no timeline before the articles have dates');
    // Undated, the rising toll is a difference with a word of caution: tolls change as a story develops.
    await app.openTab('differences');
    const undated = app.difference('How many people killed').first();
    await undated.waitFor();
    assert.match(await app.differenceCaution(undated).innerText(), /changes as a story develops.*Check when each was published/);
    await app.screenshot('differences-toll-caution-1440.png');

    // The reader dates each copy in the Articles dialog, the last first (the order should not matter).
    await app.openManageDialog();
    for (const i of [2, 0, 1]) {
      const date = app.articleField(app.articleRow(i), 'date');
      await date.fill(COPIES[i][1]);
      await date.press('Enter');
    }
    await app.page.keyboard.press('Escape');
    await app.tab('timeline').waitFor();
    await app.openTab('timeline');

    const entries = app.timelineEntries();
    await entries.first().waitFor();
    assert.deepEqual(await app.timelineWhen(entries).allInnerTexts(), COPIES.map(([, when]) => when));
    assert.ok(await app.timelineFirsts(entries.first()).count() > 0, 'the earliest copy reported facts first');
    const sequences = (await app.timelineSequences().allInnerTexts()).join('\n');
    assert.match(sequences, /at least 50 people \(2020-08-04 16:40, A\) → more than 60 [a-z]+ \(2020-08-04 19:15, B\) → .*70.* \(2020-08-05 01:30, C\)/);
    await app.screenshot('timeline-1440.png');

    await app.openTab('differences');
    const killed = app.difference('How many people killed').first();
    await killed.waitFor();
    assert.match(await app.differenceOverTime(killed).innerText(), /Changed over time in one story's copies: .*earlier versions, not a contradiction/);
    assert.equal(await app.differenceCaution(killed).count(), 0, 'in time order, the sequence says it all');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
