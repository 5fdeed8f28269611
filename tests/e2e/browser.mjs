// Launches Debian's Chromium through playwright-core (never a downloaded browser) and offers a page
// object for the Parallax app, so tests speak in the reader's terms.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
