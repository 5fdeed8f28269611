// Launches Debian's Chromium through playwright-core (never a downloaded browser), opens the app in a
// fresh browser context (`openApp`), and offers a page object for the Parallax app, so tests speak in
// the reader's terms.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve.mjs';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(HERE, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens the app in a new browser context (its own storage, service worker and downloads) and waits for
 * the header or an error notice. Serves `root` with `serve` options (see serve.mjs) unless `url` names a
 * server the caller already runs. `init`: scripts to run in the page before the app (one or a list).
 * Resolves to { app, page, context, errors (uncaught page errors), url, server, close }.
 */
export async function openApp(browser, {
  root = DIST, serve = {}, url, hash = '', viewport = { width: 1440, height: 900 }, colorScheme = 'light', init = [],
} = {}) {
  const server = url ? null : await serveStatic(root, serve);
  const base = url ?? server.url;
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  for (const script of [init].flat()) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const app = new ParallaxPage(page);
  await app.open(base + hash);
  return {
    app, page, context, errors, url: base, server,
    close: async () => { await context.close(); await server?.close(); },
  };
}

/** The Parallax page, in the reader's terms. */
export class ParallaxPage {
  constructor(page) {
    this.page = page;
  }
  columns() { return this.page.locator('[data-testid="column"]'); }
  column(doc) { return this.page.locator(`[data-testid="column"][data-doc="${doc}"]`); }
  chips() { return this.page.locator('[data-testid="source-chip"]'); }
  async open(url) {
    await this.page.goto(url);
    await this.page
      .locator('[data-testid="app-header"], [data-testid="notice-error"]')
      .first()
      .waitFor({ timeout: 20000 });
  }
  async screenshot(name) {
    await this.page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
  }
}
