// Browser tests of the reader's judgement: in the comparison panel the reader unlinks a wrong match,
// links two sentences the matcher missed, writes a note, withdraws and undoes; the margin bars follow;
// the verdicts survive a reload (IndexedDB), travel in the corpus file and back, and are listed in the
// report. The example corpus is read-only and says how to judge a copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openApp } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Sentence 1 of each is the same strike (the matcher pairs them); sentence 2 of each reports the
// same library opening in words the matcher does not pair.
const GAZETTE = 'Strike at the port\nAbout 600 dock workers at Port Ellery went on strike on Monday over night-shift pay.\nThe mayor cut the ribbon at the new public library on Elm Road.';
const HERALD = 'Port walkout\nSix hundred dock workers at Port Ellery began a strike on Monday over pay for night shifts.\nReaders queued from dawn as Elm Road finally got its book house, opened by the city\'s first citizen.';

test('the reader unlinks a wrong match and links a missed one, with a note and undo; all kept and exported', async () => {
  const { app, page, url, close } = await openApp(browser);
  try {
    await app.columns().first().waitFor();
    await app.dropFiles([{ name: 'gazette.txt', data: GAZETTE }, { name: 'herald.txt', data: HERALD }]);
    await app.waitForCorpus('Imported articles', 2);
    await app.waitForAnalysed(2);
    assert.equal(await app.agreement(app.sentence(0, 1)), 'all', 'the matcher pairs the strike');
    assert.equal(await app.agreement(app.sentence(0, 2)), 'none', 'and misses the library');

    // Unlink: the strike pair no longer confirms.
    await app.sentence(0, 1).click();
    await app.markNotTheSame(app.detailCounterpart('Six hundred dock workers'));
    await app.judgedApart().first().waitFor();
    assert.equal(await app.agreement(app.sentence(0, 1)), 'none');
    assert.match(await app.detailAgreement().innerText(), /Only this source reports this/);
    await app.writeVerdictNote(app.judgedApart().first(), 'Herald counts a different shift');
    assert.match(await app.undoBar().innerText(), /Marked sentences of .* as not the same/);

    // Link: pin the library sentence, link it to the Herald's.
    await app.sentence(0, 2).click();
    await app.linkPinnedTo(1, 2);
    await app.readerVerdict(app.detailCounterpart('book house')).waitFor();
    assert.equal(await app.agreement(app.sentence(0, 2)), 'all');
    assert.equal(await app.agreement(app.sentence(1, 2)), 'all');
    assert.match(await app.detailCounterpart('book house').innerText(), /same information · your verdict/);
    await app.screenshot('verdicts-1440.png');

    // Withdraw, then undo the withdrawal.
    await app.withdrawVerdict(app.detailCounterpart('book house'));
    await app.detailNone().waitFor();
    assert.equal(await app.agreement(app.sentence(0, 2)), 'none');
    await app.undo();
    await app.readerVerdict(app.detailCounterpart('book house')).waitFor();

    // Reload: both verdicts and the note are still there.
    await page.waitForTimeout(300);
    await page.goto(url);
    await app.waitForCorpus('Imported articles', 2);
    await app.waitForAnalysed(2);
    assert.equal(await app.agreement(app.sentence(0, 2)), 'all');
    await app.sentence(0, 1).click();
    await app.judgedApart().first().waitFor();
    assert.equal(await app.verdictNote(app.judgedApart().first()).inputValue(), 'Herald counts a different shift');

    // Export: the corpus file holds the verdicts, the report lists them.
    const save = async (item) => {
      const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', item)]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    };
    const corpus = await save('export-corpus');
    const bundle = JSON.parse(corpus.text);
    assert.equal(bundle.version, 2);
    assert.deepEqual(bundle.verdicts.map((v) => [v.verdict, v.a.doc, v.b.doc, v.note ?? '']), [
      ['different_facts', 0, 1, 'Herald counts a different shift'],
      ['same_fact', 0, 1, ''],
    ]);
    const report = await save('export-report');
    assert.match(report.text, /## The reader's verdicts \(2\)/);
    assert.match(report.text, /\*\*Not the same, by the reader's verdict\*\*: .*Note: Herald counts a different shift/);

    // The Verdicts page lists both; "Show in context" pins the first sentence of the pair.
    await app.openTab('verdicts');
    assert.equal(await app.verdictRows().count(), 2);
    assert.match(await app.verdictRows().first().innerText(), /NOT THE SAME[\s\S]*Six hundred dock workers/i);
    await app.showVerdictInContext(app.verdictRows().nth(1));
    assert.match(await app.detailSentence().innerText(), /ribbon at the new public library/);

    // Re-import the corpus file: a new corpus with the same verdicts applied.
    await app.dropFiles([{ name: corpus.name, data: corpus.text, type: 'application/json' }]);
    await app.waitForCorpus('Imported articles (2)', 2);
    await app.waitForAnalysed(2);
    assert.equal(await app.agreement(app.sentence(0, 1)), 'none');
    assert.equal(await app.agreement(app.sentence(0, 2)), 'all');

    // Remove the Herald: its verdicts are kept and listed as no longer applying.
    await app.openManageDialog();
    await app.removeArticleButton(app.articleRow(1)).click();
    await page.keyboard.press('Escape');
    await app.waitForCorpus('Imported articles (2)', 1);
    await app.openTab('verdicts');
    await app.verdictFilter('No longer applies (2)').click();
    assert.equal(await app.verdictRows().count(), 2);
    assert.match(await app.verdictStale(app.verdictRows().first()).innerText(), /its article is no longer in the corpus/);
    await app.screenshot('verdicts-page-1440.png');
  } finally {
    await close();
  }
});

// A director named two ways, a banner's words one article leaves unattributed, and a weekday the
// reader knows is another event's (written for this test).
const BERG_A = 'Port strike\nPort director Anna Berg said 600 dock workers went on strike on Monday.\n"We will not move until the night shifts are paid properly," read a banner at the gate.';
const BERG_B = 'Dockers walk out\nDirector Anna Berg-Lind said 600 dock workers went on strike on Tuesday.\nThe union leader, Tom Ash, said: "We will not move until the night shifts are paid properly."';

test('People, Quotes and Differences take the reader verdicts: same person, speaker, not a difference', async () => {
  const { app, page, url, close } = await openApp(browser);
  try {
    await app.columns().first().waitFor();
    await app.dropFiles([{ name: 'a.txt', data: BERG_A }, { name: 'b.txt', data: BERG_B }]);
    await app.waitForCorpus('Imported articles', 2);
    await app.waitForAnalysed(2);

    await app.openTab('people');
    await app.personNamed('Anna Berg-Lind').waitFor();
    assert.equal(await app.people().count(), 3);
    await app.markSamePerson(app.personNamed('Anna Berg'), 'Anna Berg-Lind');
    await app.readerVerdict(app.people().first()).waitFor();
    assert.equal(await app.people().count(), 2, 'one row for the director');
    await app.screenshot('verdicts-people-1440.png');
    assert.match(await app.people().first().innerText(), /Anna Berg \(A\)[\s\S]*Anna Berg-Lind \(B\)/);

    await app.openTab('quotes');
    const banner = app.quote('We will not move');
    await banner.waitFor();
    assert.match(await app.quoteSpeakers(banner).allInnerTexts().then((t) => t.join('|')), /unattributed/);
    await app.setSpeaker(banner, 'Tom Ash');
    await app.readerVerdict(banner).waitFor();
    assert.deepEqual(await app.quoteSpeakers(banner).allInnerTexts(), ['Tom Ash', 'Tom Ash']);
    await app.screenshot('verdicts-quotes-1440.png');

    await app.openTab('differences');
    const day = app.difference('Tuesday').first();
    await day.waitFor();
    await app.dismissDifference(day);
    await app.dismissedDifferences().first().waitFor();
    assert.equal(await app.difference('Tuesday').count(), 0);
    // The merged director's two spellings are now compared: a difference of its own.
    assert.match(await app.differences().first().innerText(), /Anna Berg-Lind/);
    await app.writeVerdictNote(app.dismissedDifferences().first(), 'Tuesday is when the talks began');
    await app.screenshot('verdicts-differences-1440.png');

    // Reload: all three verdicts and the note are kept.
    await page.waitForTimeout(300);
    await page.goto(url + '#p=differences');
    await app.waitForCorpus('Imported articles', 2);
    await app.dismissedDifferences().first().waitFor();
    assert.equal(await app.verdictNote(app.dismissedDifferences().first()).inputValue(), 'Tuesday is when the talks began');
    await app.openTab('people');
    await app.readerVerdict(app.people().first()).waitFor();
    assert.equal(await app.people().count(), 2);

    // Then the reader decides the hyphenated name is someone else after all: a row of its own again.
    await app.markDifferentPerson(app.personNamed('Anna Berg'), 'Anna Berg-Lind');
    await app.personNamed('Anna Berg-Lind').waitFor();
    assert.equal(await app.people().count(), 3);
    assert.match(await app.personNamed('Anna Berg-Lind').innerText(), /“Anna Berg-Lind” ≠ “Anna Berg” · your verdict/);
  } finally {
    await close();
  }
});

test('the example corpus takes no verdicts and says how to judge a copy', async () => {
  const { app, close } = await openApp(browser);
  try {
    await app.waitForSources(5);
    await app.sentence(0, 0).click();
    await app.verdictsReadOnlyNote().waitFor();
    assert.match(await app.verdictsReadOnlyNote().innerText(), /duplicate it/);
  } finally {
    await close();
  }
});
