// Browser tests of linking and comparing on the real release build: hover highlights counterparts,
// a click pins and lines the other columns up, the detail panel diffs the wording, the keyboard moves
// through the text, the URL fragment reopens the view, and the phone layout shows one column at a time.
// Expected counterparts come from the analysis JSON the CLI printed for the same corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, ROOT, ARTIFACTS } from './browser.mjs';

const analysis = JSON.parse(readFileSync(join(ROOT, 'target', 'cli-analysis.json'), 'utf8'));
const sentenceText = ([d, i]) => analysis.documents[d].sentences[i].text;
const counterpartsOf = ([d, i]) =>
  analysis.alignments
    .filter((a) => (a.a[0] === d && a.a[1] === i) || (a.b[0] === d && a.b[1] === i))
    .map((a) => (a.a[0] === d && a.a[1] === i ? a.b : a.a));


const open = servedApp();

test('hovering a sentence highlights its counterparts in the other columns, and only while hovering', async () => {
  const { app, page, errors, close } = await open();
  try {
    const strongest = [...analysis.alignments].sort((x, y) => y.score - x.score)[0];
    const expected = counterpartsOf(strongest.a);
    await app.sentence(...strongest.a).hover();
    for (const c of expected) {
      await app.counterpart(...c).waitFor({ timeout: 2000 });
    }
    const highlighted = await app.counterparts().count();
    const expectedVisible = expected.length;
    assert.equal(highlighted, expectedVisible, 'exactly the aligned sentences are highlighted');
    await app.legend().hover();
    await page.waitForTimeout(100);
    assert.equal(await app.counterparts().count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('clicking pins a sentence and scrolls each other column so its counterpart is level', async () => {
  const { app, page, close } = await open();
  try {
    // A pinned sentence whose counterpart sits lower in its own article, so that column must scroll.
    const pair = analysis.alignments.find((a) => a.b[1] > a.a[1] + 4 && a.score >= 0.3);
    assert.ok(pair, 'the corpus has a fact told earlier in one article than in another');
    await app.sentence(...pair.a).click();
    await app.pinned(...pair.a).waitFor();
    const best = counterpartsOf(pair.a).filter((c) => c[0] === pair.b[0]);
    const pinnedTop = await app.settledTop(app.sentence(...pair.a));
    // The column lines up the best counterpart in that document; find which one is level.
    const tops = [];
    for (const c of best) tops.push(await app.settledTop(app.sentence(...c)));
    const closest = Math.min(...tops.map((t) => Math.abs(t - pinnedTop)));
    assert.ok(closest <= 4, `a counterpart's top is level with the pinned sentence (off by ${closest}px)`);
    assert.match(page.url(), new RegExp(`s=${pair.a[0]}\\.${pair.a[1]}`));
  } finally {
    await close();
  }
});

test('the detail panel lists counterparts with numbers that differ marked', async () => {
  // Read in the texts: 001 says "more than 27 global and regional leaders", 002 "Around 30 leaders".
  const b = analysis.documents[1].sentences.findIndex((s) => s.text.includes('more than 27'));
  const c = analysis.documents[2].sentences.findIndex((s) => s.text.includes('Around 30 leaders gathered'));
  assert.ok(b >= 0 && c >= 0);
  const { app, page, close } = await open({ hash: `#s=1.${b}` });
  try {
    await app.detailSentence().waitFor();
    assert.equal(await app.detailSentence().innerText(), sentenceText([1, b]));
    // Pick the counterpart by its sentence, not its label.
    const fromC = app.detailCounterpart('Around 30 leaders');
    await fromC.waitFor();
    assert.equal(await app.diffMarks('number', fromC, { hasText: '30' }).count(), 1);
    // The card draws C's own words only, never a word of the pinned sentence inside C's.
    assert.equal(await app.counterpartText(fromC).innerText(), sentenceText([2, c]));
    // Wording differences are quiet until asked for.
    assert.equal(await app.diffMarks('wording').count(), 0);
    await app.showWordingCheckbox().check();
    assert.ok((await app.diffMarks('wording').count()) > 0);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1440-light.png') });
  } finally {
    await close();
  }
});

test('a counterpart shows its own words; the pinned sentence words where it differs are apart and labelled', async () => {
  // Read in the texts: A's lead says the leaders "met in Paris on Monday", D's "met in Paris on Tuesday".
  const a = analysis.documents[0].sentences.findIndex((s) => s.text.includes('met in Paris on Monday'));
  const d = analysis.documents[3].sentences.findIndex((s) => s.text.includes('met in Paris on Tuesday'));
  assert.ok(a >= 0 && d >= 0);
  const { app, page, close } = await open({ hash: `#s=0.${a}` });
  try {
    const fromD = app.detailCounterpart('met in Paris on Tuesday');
    await fromD.waitFor();
    assert.equal(await app.counterpartText(fromD).innerText(), sentenceText([3, d]), 'D in its own words');
    assert.equal(await app.diffMarks('number', fromD, { hasText: 'Tuesday' }).count(), 1);
    assert.match(await app.counterpartPinnedWords(fromD).innerText(), /^Pinned sentence \(A\) has: .*“Monday”/);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1440-diff-apart.png') });
  } finally {
    await close();
  }
});

test('related sentences are listed apart and never counted as confirmation', async () => {
  // A sentence with related pairs from an article that has no match for it: that article must not be
  // counted in "reported by", and its sentence is shown under "Related, not counted".
  const relatedOf = ([d, i]) =>
    analysis.related
      .filter((a) => (a.a[0] === d && a.a[1] === i) || (a.b[0] === d && a.b[1] === i))
      .map((a) => (a.a[0] === d && a.a[1] === i ? a.b : a.a));
  let pinned = null;
  for (const [d, doc] of analysis.documents.entries()) {
    for (let i = 0; i < doc.sentences.length && !pinned; i++) {
      const matchedDocs = new Set(counterpartsOf([d, i]).map((s) => s[0]));
      const extra = relatedOf([d, i]).find((s) => !matchedDocs.has(s[0]));
      if (extra) pinned = { at: [d, i], extra, matchedDocs };
    }
  }
  assert.ok(pinned, 'the bundled corpus has a sentence with a related pair from an unmatched article');
  const [d, i] = pinned.at;
  const { app, page, close } = await open({ hash: `#s=${d}.${i}` });
  try {
    await app.detailSentence().waitFor();
    const related = app.relatedSentence(sentenceText(pinned.extra).slice(0, 40));
    await related.waitFor();
    const others = analysis.documents.length - 1;
    const n = pinned.matchedDocs.size;
    const expected =
      n === 0 ? 'Only this source reports this.' : n === others ? `(${n} of ${others})` : `Also reported by ${n} of ${others}`;
    assert.ok((await app.detailAgreement().innerText()).includes(expected));
    assert.equal(await app.detailCounterparts().count(), counterpartsOf(pinned.at).length);
    await related.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1440-related.png') });
  } finally {
    await close();
  }
});

test('a sentence no other source reports says so', async () => {
  const lonely = analysis.documents.flatMap((d) => d.sentences.map((s, i) => [d.id, i, s])).find(([, , s]) => s.sources === 0);
  const { app, close } = await open({ hash: `#s=${lonely[0]}.${lonely[1]}` });
  try {
    await app.detailNone().waitFor();
    assert.match(await app.detailAgreement().innerText(), /Only this source/);
  } finally {
    await close();
  }
});

test('the keyboard walks sentences, shared facts and columns; Escape unpins', async () => {
  const { app, page, close } = await open();
  try {
    await app.legend().click();
    await page.keyboard.press('j');
    await app.pinned(0, 0).waitFor();
    await page.keyboard.press('j');
    await app.pinned(0, 1).waitFor();
    // The pinned sentence takes focus (in the effect that runs after the render).
    await app.waitForFocus(app.sentence(0, 1), { timeout: 2000 });
    await page.keyboard.press('k');
    await app.pinned(0, 0).waitFor();
    await page.keyboard.press('l');
    const inB = app.pinnedSentence(1);
    await inB.waitFor();
    await page.keyboard.press('n');
    const shared = await app.agreement(app.pinnedSentence());
    assert.equal(shared, 'all', 'n lands on a sentence every other source reports');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    assert.equal(await app.pinnedSentence().count(), 0);
    assert.doesNotMatch(page.url(), /s=/);
  } finally {
    await close();
  }
});

test('a deep link reopens the chosen sources and pinned sentence; a broken one opens the default view', async () => {
  const pinned = [0, 3];
  let { app, errors, close } = await open({ hash: '#v=2,0&s=0.3' });
  try {
    await app.pinned(...pinned).waitFor();
    const order = await app.columnOrder();
    assert.deepEqual(order, ['2', '0']);
    assert.equal(await app.detailSentence().innerText(), sentenceText(pinned));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
  ({ app, errors, close } = await open({ hash: '#v=9,zz&s=banana' }));
  try {
    await app.columns().nth(4).waitFor();
    assert.equal(await app.columns().count(), analysis.documents.length);
    assert.equal(await app.pinnedSentence().count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('hover-to-highlight timings are recorded (Performance API)', async () => {
  const { app, page, close } = await open();
  try {
    const sentences = app.sentences();
    const n = Math.min(30, await sentences.count());
    for (let i = 0; i < n; i++) {
      await sentences.nth(i).hover();
    }
    await page.waitForTimeout(100);
    const measures = await page.evaluate(() => performance.getEntriesByName('hover-to-highlight').map((m) => m.duration));
    assert.ok(measures.length >= n / 2, `measures recorded: ${measures.length}`);
    measures.sort((a, b) => a - b);
    const summary = {
      hovers: measures.length,
      median_ms: measures[Math.floor(measures.length / 2)],
      p90_ms: measures[Math.floor(measures.length * 0.9)],
      max_ms: measures.at(-1),
    };
    writeFileSync(join(ARTIFACTS, 'hover-timings.json'), JSON.stringify(summary, null, 2));
    console.log('hover-to-highlight', JSON.stringify(summary));
  } finally {
    await close();
  }
});

test('screenshots: wide and phone, light and dark, with a pinned sentence', async () => {
  const b = analysis.documents[1].sentences.findIndex((s) => s.text.includes('more than 27'));
  for (const colorScheme of ['light', 'dark']) {
    const wide = await open({ hash: `#s=1.${b}`, colorScheme });
    await wide.app.detailSentence().waitFor();
    await wide.page.waitForTimeout(700);
    await wide.page.screenshot({ path: join(ARTIFACTS, `compare-1440-${colorScheme}-pinned.png`) });
    await wide.close();
    const phone = await open({ hash: `#s=1.${b}`, viewport: { width: 390, height: 844 }, colorScheme });
    await phone.app.detailSentence().waitFor();
    await phone.page.waitForTimeout(700);
    await phone.page.screenshot({ path: join(ARTIFACTS, `compare-390-${colorScheme}-pinned.png`) });
    await phone.close();
  }
});

test('on a phone one source is shown at a time and the switcher changes it', async () => {
  const { app, close } = await open({ viewport: { width: 390, height: 844 } });
  try {
    const visibleColumns = () => app.visibleColumns();
    assert.equal(await visibleColumns().count(), 1);
    assert.equal(await visibleColumns().getAttribute('data-doc'), '0');
    await app.sourceSwitcher().selectOption('3');
    await app.visibleColumn(3).waitFor();
    assert.equal(await visibleColumns().count(), 1);
    const width = await app.pageScrollWidth();
    assert.ok(width <= 390, `nothing is clipped sideways (scroll width ${width})`);
    // The header (corpus, tabs, Import/Export and the source chips) leaves the screen to the article.
    const header = await app.header().boundingBox();
    assert.ok(header.height <= 120, `the header is ${header.height} px high on an 844 px phone`);
    for (const tab of ['compare', 'overview', 'differences', 'people', 'quotes']) {
      assert.equal(await app.tab(tab).count(), 1, `the ${tab} tab is there (scrolling sideways in its row)`);
    }
  } finally {
    await close();
  }
});

test('the overview of the bundled corpus fits a phone without sideways scrolling of the page', async () => {
  const { app, page, close } = await open({ hash: '#p=overview', viewport: { width: 390, height: 844 } });
  try {
    await app.overview().waitFor();
    const width = await app.pageScrollWidth();
    assert.ok(width <= 390, `scroll width ${width}`);
    assert.equal(await app.matrixCells().count(), 20);
    await page.screenshot({ path: join(ARTIFACTS, 'overview-390-light.png') });
  } finally {
    await close();
  }
});

/** Each page with entries that open a sentence pinned, and those entries. */
const PAGES = [
  { page: 'quotes', entries: (app) => app.quoteShowButtons() },
  { page: 'differences', entries: (app) => app.differenceValues() },
  { page: 'people', entries: (app) => app.personNames() },
];
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`pinning from Quotes, Differences and People puts the sentence in view (${viewport.width} px)`, async () => {
    const { app, page, close } = await open({ hash: '#p=quotes', viewport });
    try {
      const misses = [];
      for (const { page: name, entries } of PAGES) {
        await app.openTab(name);
        const rows = entries(app);
        await rows.first().waitFor();
        const n = await rows.count();
        for (const i of [...new Set([0, Math.floor(n / 2), n - 1])]) {
          if (i > 0) await app.openTab(name);
          await rows.nth(i).click();
          const at = await app.pinnedPlacement();
          if (!at.found || !at.inViewport || !at.readable) misses.push({ from: name, i, ...at });
        }
      }
      await page.screenshot({ path: join(ARTIFACTS, `pinned-from-pages-${viewport.width}.png`) });
      assert.deepEqual(misses, [], 'every entry opened leaves the pinned sentence visible');
    } finally {
      await close();
    }
  });
}
