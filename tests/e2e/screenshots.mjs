// Writes the README's screenshots (docs/screenshots/compare-<width>-<light|dark>.png): the bundled
// corpus on the release build, a sentence of the last source pinned through a deep link, at 390, 768,
// 1440 and 2560 px, in light and dark. Run by `scripts/screenshots` (not part of the test suite); the
// images are looked at and committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, ROOT } from './browser.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const SIZES = [[390, 844], [768, 1024], [1440, 900], [2560, 1440]];

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const [width, height] of SIZES) {
    for (const colorScheme of ['light', 'dark']) {
      const { app, page, close } = await openApp(browser, { hash: '#s=4.3', viewport: { width, height }, colorScheme });
      try {
        await app.pinned(4, 3).waitFor();
        await app.pinnedPlacement(); // waits for the columns to settle
        const path = join(OUT, `compare-${width}-${colorScheme}.png`);
        await page.screenshot({ path });
        console.log(path);
      } finally {
        await close();
      }
    }
  }
} finally {
  await browser.close();
}
