// Helpers for the import tests: files handed to the page the way a reader does it — dropped on the
// page (a real DataTransfer with File objects, dispatched as dragover + drop) or chosen in the file
// picker (Playwright's setInputFiles) — and the menus that lead there.

/** Drops files on the page. `files`: [{ name, data: Buffer | string, type? }]. */
export async function dropFiles(page, files) {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type ?? '',
    b64: Buffer.from(f.data).toString('base64'),
  }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    const target = document.querySelector('.app');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    // Main-thread work before this point is the test's own (building the files), not the app's.
    window.__droppedAt = performance.now();
  }, payload);
}

/** Chooses files in the Import menu's file picker. */
export async function chooseFiles(page, files) {
  await page.locator('[data-testid="file-input"]').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: f.type ?? 'text/plain', buffer: Buffer.from(f.data) })),
  );
}

export async function menu(page, menuId, itemId) {
  await page.locator(`[data-testid="${menuId}"] summary`).click();
  await page.locator(`[data-testid="${itemId}"]`).click();
}

/** Waits until the columns show `n` sources of the corpus named `name` (analysis finished). */
export async function waitForCorpus(page, name, n) {
  await page.waitForFunction(
    ([name, n]) => {
      const select = document.querySelector('[data-testid="corpus-select"]');
      const shown = select?.selectedOptions[0]?.textContent ?? '';
      return shown.startsWith(name) && document.querySelectorAll('[data-testid="source-chip"]').length === n
        && !document.querySelector('[data-testid="analysis-progress"]');
    },
    [name, n],
    { timeout: 60000 },
  );
}

export const UTF16LE = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Text in Windows-1252 (Latin-1 range only). */
export const WIN1252 = (text) => Buffer.from(text, 'latin1');

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
