// axe-core on every view of the bundled corpus, in light and dark, with a sentence pinned and with the
// Articles dialog open: no serious or critical violation. The findings of each run, with what axe leaves
// to a person to review, are written to artifacts/axe-light.json and axe-dark.json; the engine runs through the DevTools protocol, so the page's CSP is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedApp, ARTIFACTS } from './browser.mjs';


const open = servedApp();

const VIEWS = ['compare', 'overview', 'differences', 'people', 'quotes'];

for (const colorScheme of ['light', 'dark']) {
  test(`no serious or critical axe violation on any view, pinned or with a dialog open (${colorScheme})`, async () => {
    const { app, close } = await open({ hash: '#p=compare', colorScheme });
    const found = {};
    try {
      for (const view of VIEWS) {
        await app.openTab(view);
        await app.tab(view).waitFor();
        found[view] = await app.axeViolations();
      }
      await app.openTab('compare');
      await app.sentence(1, 2).click();
      await app.detailSentence().waitFor();
      found['compare, pinned'] = await app.axeViolations();
      // What a screen reader reads of the panel (a polite live region) when a sentence is pinned.
      if (colorScheme === 'light') {
        const spoken = await app.detail().ariaSnapshot();
        writeFileSync(join(ARTIFACTS, 'pinned-panel-aria.txt'), spoken);
        assert.match(spoken, /Paris summit seeks documented commitments · sentence 3/, spoken);
        assert.match(spoken, /Reported by every other source/, spoken);
      }
      await app.openManageDialog();
      await app.manageDialog().waitFor();
      found['Articles dialog'] = await app.axeViolations();
    } finally {
      writeFileSync(join(ARTIFACTS, `axe-${colorScheme}.json`), JSON.stringify(found, null, 2));
      await close();
    }
    const failing = Object.entries(found).filter(([, v]) => v.violations.length > 0).map(([k, v]) => [k, v.violations]);
    assert.deepEqual(failing, [], JSON.stringify(failing, null, 2));
  });
}

// The keyboard alone: Tab reaches every control on every page (on Compare with a sentence pinned, the
// panel's too), each with a visible focus ring; the articles' text is reached as one tab
// stop per column, where the arrow keys scroll it.
for (const view of ['compare', 'overview', 'differences', 'people', 'quotes']) {
  test(`Tab reaches every control of ${view}, each with a visible focus ring`, async () => {
    const { app, close } = await open({ hash: `#p=${view}` });
    try {
      await app.tab(view).waitFor();
      if (view === 'compare') {
        await app.sentence(1, 2).click();
        await app.detailSentence().waitFor();
        // What a screen reader hears besides the sentence itself: one status line, not the whole panel.
        const said = await app.pinAnnouncement().textContent();
        assert.match(said, /^Pinned: Paris summit seeks documented commitments · sentence 3\. (Reported by every other source|Also reported by \d of 4 other sources)[^]*\d+ counterparts? listed in the panel\.$/, said);
        console.log(`# announced on pin: ${said}`);
      }
      const controls = await app.keyboardControls();
      const order = await app.tabOrder(300);
      console.log(`# ${view}: ${controls.length} controls, ${order.length} tab stops: ${order.map((o) => o.name.split(":")[0]).join(" ")}`);
      const reached = new Set(order.map((o) => o.name));
      assert.deepEqual(controls.filter((c) => !reached.has(c)), [], `controls Tab never reaches (order: ${JSON.stringify(order.map((o) => o.name))})`);
      assert.deepEqual(order.filter((o) => !o.ring).map((o) => o.name), [], 'focus without a visible ring');
      if (view === 'compare') assert.equal(order.filter((o) => o.name.startsWith('column-body')).length, 5, 'one tab stop per article');
    } finally {
      await close();
    }
  });
}
