// How long a reader waits, measured rather than asserted: the time from navigation to the page's own
// loading state (index.html, no script needed), to the first article's text (shown while the articles
// are compared) and to the first article with its analysis on screen, on a first visit (cold: nothing
// cached) and a second one (warm: the service worker answers), on localhost and on a slow connection
// (1.6 Mbit/s down, 150 ms round trip) with a 4× slower CPU (Chromium's CPU throttling). The slow
// connection is made twice: by Chromium's network emulation, which slows only the page's own requests
// (the service worker and the Web Worker download at full speed), and by the test server as the slow
// link (serve.mjs), which slows every request. The server compresses like a static host, or, in the last
// case, does not. The figures go to artifacts/load-times.json for the notes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, ARTIFACTS } from './browser.mjs';

let browser;
const results = {};
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'load-times.json'), JSON.stringify(results, null, 2) + '\n');
});

const SLOW = { latencyMs: 150, bytesPerSecond: 1.6e6 / 8 };
const EMULATED = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const CASES = [
  ['localhost', {}],
  ["slow network (Chromium's emulation: page requests only), 4x CPU", {}, EMULATED],
  ['slow network (every request), 4x CPU', { slow: SLOW }],
  ['slow network (every request), 4x CPU, host without compression', { slow: SLOW, compress: false }],
];

/** Milliseconds from navigation to the first paint (the loading state), to the first article's text
 * (previewed while the corpus is compared, or already compared) and to the first sentence of the first
 * article with its analysis. */
async function measure(app, go) {
  const start = Date.now();
  await go();
  await app.firstArticleText().waitFor({ timeout: 120000 });
  const firstText = Date.now() - start;
  await app.sentence(0, 0).waitFor({ timeout: 120000 });
  const text = Date.now() - start;
  return { firstPaintMs: Math.round(await app.firstPaintMs()), firstArticleTextMs: firstText, firstArticleWithAnalysisMs: text };
}

for (const [name, serve, emulated] of CASES) {
  test(`time to the first article, cold and warm: ${name}`, async () => {
    const session = await openApp(browser, { serve, waitForApp: false });
    const { app, page, url, close } = session;
    try {
      // The first page load above only served to start the browser context; measure from a clean slate.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.clearBrowserCache');
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
        for (const k of await caches.keys()) await caches.delete(k);
      });
      if (emulated) await cdp.send('Network.emulateNetworkConditions', emulated);
      if (serve.slow || emulated) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const cold = await measure(app, () => page.goto(url, { waitUntil: 'commit' }));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120000 })
        .catch(() => page.reload({ waitUntil: 'commit' }));
      const warm = await measure(app, () => page.reload({ waitUntil: 'commit' }));
      results[name] = { cold, warm };
      assert.ok(cold.firstArticleWithAnalysisMs > 0 && warm.firstArticleWithAnalysisMs > 0);
    } finally {
      await close();
    }
  });
}
