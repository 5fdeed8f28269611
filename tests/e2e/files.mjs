// Test data for the import tests: article bytes in the encodings a reader's files come in, and a small
// PNG to stand for a file that is not text. Handing files to the page (dropped or chosen in the file
// picker) and waiting for the analysis are the page object's (browser.mjs: `app.dropFiles`,
// `app.chooseFiles`, `app.waitForCorpus`).

export const UTF16LE = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Text in Windows-1252 (Latin-1 range only). */
export const WIN1252 = (text) => Buffer.from(text, 'latin1');

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
