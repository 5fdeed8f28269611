// Browser tests of offline use on the real release build, served from a sub-path: after one visit the
// service worker has every built file, so with the network off (Playwright's setOffline, and the server
// answering nothing) the page reloads, imports a file, analyses it and downloads a report. A new deploy
// is noticed on the next visit and applied when the reader clicks Reload. The web app manifest is valid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openApp, DIST } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const A = 'Bridge closed\nThe old bridge over the Vell river was closed on Monday after engineers found cracks, the council said.';
const B = 'Council shuts bridge\nEngineers found cracks in the old Vell river bridge, which the council closed on Tuesday.';

/** One visit from a sub-path, until the service worker controls the page. */
async function visit(root) {
  const session = await openApp(browser, { root, serve: { prefix: '/tools/parallax/' }, viewport: { width: 1280, height: 800 } });
  await session.app.columns().first().waitFor();
  await session.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return session;
}

test('after one visit the app reloads, imports and analyses with the network off', async () => {
  const { app, server, context, page, close } = await visit(DIST);
  try {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    assert.match(sw, /parallax-worker_bg\.wasm/, 'the precache list is generated from the build');
    assert.match(sw, /parallax-app-[0-9a-f]+_bg\.wasm/);
    server.setAvailable(false);
    await context.setOffline(true);
    await page.reload();
    await app.columns().first().waitFor({ timeout: 20000 });
    assert.equal(await app.chips().count(), 5, 'the bundled corpus opens from the cache');
    await app.dropFiles([{ name: 'a.txt', data: A }, { name: 'b.txt', data: B }]);
    await app.waitForCorpus('Imported articles', 2);
    assert.match(await app.columnsArea().innerText(), /Council shuts bridge/);
    const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', 'export-report')]);
    assert.match(readFileSync(await download.path(), 'utf8'), /# Parallax report: Imported articles/);
  } finally {
    await close();
  }
});

test('a first visit downloads each file once: the service worker precaches what the page already has', async () => {
  const { app, page, server, close } = await visit(DIST);
  try {
    await page.waitForFunction(async () => (await caches.keys()).length === 1, null, { timeout: 20000 });
    const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => r.url));
    const wasm = cached.map((u) => u.split('/').pop()).filter((f) => f.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, `the app's wasm is precached: ${cached}`);
    for (const file of [...wasm, 'index.html']) {
      assert.equal(server.bodiesSent(file), 1, `${file} was sent once`);
    }
    assert.ok(await app.columns().count() > 0);
  } finally {
    await close();
  }
});

test('a new deploy is noticed on the next visit and applied on Reload', async () => {
  const root = mkdtempSync(join(tmpdir(), 'parallax-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const { app, page, close } = await visit(root);
  try {
    assert.equal(await app.updateBar().count(), 0, 'no notice on the first visit');
    // The next deploy: a different build version in sw.js.
    const swPath = join(root, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'next-$1'"));
    await page.reload();
    const bar = app.updateBar();
    await bar.waitFor({ timeout: 20000 });
    assert.match(await bar.innerText(), /A new version of Parallax is available/);
    await Promise.all([page.waitForEvent('load'), app.reloadButton().click()]);
    await app.columns().first().waitFor();
    const cacheNames = await page.evaluate(() => caches.keys());
    assert.ok(cacheNames.some((n) => n.startsWith('parallax-next-')), `the new version took over: ${cacheNames}`);
    assert.equal(cacheNames.length, 1, 'the old cache is gone');
  } finally {
    await close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the web app manifest makes it installable: name, start URL in scope, PNG icons 192 and 512', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    assert.ok(icon, `a ${size} PNG icon`);
    const png = readFileSync(join(DIST, icon.src));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.equal(png.readUInt32BE(16), Number(size.split('x')[0]), 'the PNG is that wide');
  }
  // The built page links it (the release build's HTML is minified: attributes in any order, unquoted).
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const links = html.match(/<link\b[^>]*>/g) ?? [];
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=("([^"]*)"|([^\\s>]*))`))?.slice(2).find((v) => v !== undefined);
  assert.ok(
    links.some((l) => attr(l, 'rel') === 'manifest' && attr(l, 'href') === 'manifest.webmanifest'),
    `index.html links the manifest: ${links.join(' ')}`,
  );
});
