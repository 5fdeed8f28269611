// Launches Debian's Chromium through playwright-core (never a downloaded browser), opens the app in a
// fresh browser context (`openApp`), and offers the one page object for the Parallax app, so tests speak
// in the reader's terms. Every element the tests use is found here, by `data-testid` and data attributes
// (`data-doc`, `data-sent`, `data-state`, …) only, never by CSS class, so a restyle cannot break a test.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve.mjs';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(HERE, 'artifacts');
/** axe-core, the accessibility engine (an npm devDependency of the browser tests). */
const AXE = join(HERE, 'node_modules', 'axe-core', 'axe.min.js');
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
 * `waitForApp: false` returns as soon as the HTML is there (the loading state).
 * Resolves to { app, page, context, errors (uncaught page errors), url, server, close }.
 */
export async function openApp(browser, {
  root = DIST, serve = {}, url, hash = '', viewport = { width: 1440, height: 900 }, colorScheme = 'light', init = [],
  waitForApp = true,
} = {}) {
  const server = url ? null : await serveStatic(root, serve);
  const base = url ?? server.url;
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  for (const script of [init].flat()) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const app = new ParallaxPage(page);
  // true: until the app is on screen; false: until the page has loaded; 'commit': only until the
  // navigation is under way (to watch what the page shows while it starts).
  if (waitForApp === 'commit') await page.goto(base + hash, { waitUntil: 'commit' });
  else if (waitForApp) await app.open(base + hash);
  else await app.openBare(base + hash);
  return {
    app, page, context, errors, url: base, server,
    close: async () => { await context.close(); await server?.close(); },
  };
}

/** For a test file whose tests all open the release build from one server: launches the browser and
 *  serves `dist/` once for the file (its before/after hooks), and returns `open(options)`, which opens
 *  the app from that server (options as `openApp`'s). */
export function servedApp() {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await serveStatic(DIST);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return (options = {}) => openApp(browser, { url: server.url, ...options });
}

/** The debug build of the command line (`cargo build -p parallax-cli`). */
export const CLI = join(ROOT, 'target', 'debug', 'parallax');

/** Serves the release build with `articles` ({ file name: text }) in place of the bundled corpus, under
 *  a manifest named `name` that the command line writes: { server, dir }, `dir` holding the files. */
export async function serveCorpus(articles, name) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
  const files = Object.keys(articles).sort();
  for (const f of files) writeFileSync(join(dir, f), articles[f]);
  writeFileSync(join(dir, 'manifest.json'), execFileSync(CLI, ['manifest', '--name', name, ...files], { cwd: dir }));
  return { server: await serveStatic(DIST, { mounts: { 'corpus/': dir } }), dir };
}

/** A `data-testid` selector. */
const T = (id) => `[data-testid="${id}"]`;
const SENTENCE = T('sentence');
/** A sentence in a given state: 'active', 'pinned' or 'counterpart' (`data-state` lists them). */
const IN_STATE = (state) => `${SENTENCE}[data-state~="${state}"]`;
const CHIP = T('source-chip');
const PROGRESS = T('analysis-progress');
const CORPUS_SELECT = T('corpus-select');

/** The Parallax page, in the reader's terms. */
export class ParallaxPage {
  constructor(page) {
    this.page = page;
  }

  #find(id, scope = this.page, options) {
    return scope.locator(T(id), options);
  }

  async open(url) {
    await this.page.goto(url);
    await this.page.locator(`${T('app-header')}, ${T('notice-error')}`).first().waitFor({ timeout: 20000 });
  }
  /** Loads the page and waits only for its HTML: the loading state `index.html` shows by itself. */
  /**
   * axe-core's serious and critical findings on the page as it is now: `{ violations, review }` (what
   * axe could not decide and leaves to a person), each as `{ id, impact, help, targets }`. The engine is evaluated through the DevTools protocol, so the page's CSP stays as it is.
   */
  async axeViolations() {
    if (!(await this.page.evaluate(() => typeof window.axe !== 'undefined'))) {
      await this.page.evaluate(readFileSync(AXE, 'utf8'));
    }
    return this.page.evaluate(async () => {
      const result = await window.axe.run(document);
      const summary = (v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? n.any[0]?.message ?? ''}`).slice(0, 5) });
      const grave = (v) => v.impact === 'serious' || v.impact === 'critical';
      return { violations: result.violations.filter(grave).map(summary), review: result.incomplete.filter(grave).map(summary) };
    });
  }

  async openBare(url) {
    await this.page.goto(url);
    await this.page.locator(`${T('boot')}, ${T('app-header')}`).first().waitFor({ state: 'attached', timeout: 20000 });
  }
  /** Milliseconds from navigation to the first contentful paint (the loading state, or the app). */
  async firstPaintMs() {
    return this.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  }
  /** Whether the page has loaded the analysis module for itself (assets/page-analysis.js), which it
   * does only when no worker can read a file or analyse. */
  async moduleLoadedOnPage() {
    return this.page.evaluate(() => 'parallaxAnalysisModule' in window);
  }
  /** The loading state written in index.html (no script needed); the app removes it when it starts. */
  bootState() { return this.#find('boot'); }
  async screenshot(name) {
    await this.page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
  }

  // --- The header: corpus, tabs, menus, source chips -------------------------------------------------
  header() { return this.#find('app-header'); }
  corpusName() { return this.#find('corpus-name'); }
  corpusSelect() { return this.#find('corpus-select'); }
  /** Opens a corpus by its option value (e.g. 'bundled') or `{ label }`. */
  async chooseCorpus(option) { await this.corpusSelect().selectOption(option); }
  /** The names in the corpus switcher. */
  async corpusNames() { return this.corpusSelect().evaluate((s) => [...s.options].map((o) => o.innerText)); }
  tab(name) { return this.#find(`tab-${name}`); }
  async openTab(name) { await this.tab(name).click(); }
  menu(id) { return this.#find(id); }
  /** The button that opens a header menu ('import-menu', 'export-menu'). */
  menuButton(id) { return this.#find('menu-toggle', this.menu(id)); }
  menuItem(id) { return this.#find(id); }
  async openMenu(id) { await this.menuButton(id).click(); }
  async openExportMenu() { await this.openMenu('export-menu'); }
  /** Opens a header menu and chooses an item in it. */
  async chooseFromMenu(menuId, itemId) {
    await this.openMenu(menuId);
    await this.menuItem(itemId).click();
  }
  chips() { return this.#find('source-chip'); }
  /** "4 of 20 shown" (or "5 sources" when all are). */
  sourcesCount() { return this.#find('sources-count'); }
  /** Brings hidden source `doc` into view through "Show another…". */
  async showAnotherSource(doc) { await this.#find('show-source').selectOption(String(doc)); }
  chip(i) { return this.chips().nth(i); }
  /** The button on a source chip that hides or shows its column. */
  chipToggle(i) { return this.#find('chip-toggle', this.chip(i)); }
  async toggleSource(i) { await this.chipToggle(i).click(); }
  async moveSourceLeft(i) { await this.#find('chip-move-left', this.chip(i)).click(); }
  analysisProgress() { return this.#find('analysis-progress'); }
  manageButton() { return this.#find('manage-corpus'); }
  async openManageDialog() { await this.manageButton().click(); }

  /** Waits until the header shows `n` source chips. */
  async waitForSources(n) {
    await this.page.waitForFunction(([chip, n]) => document.querySelectorAll(chip).length === n, [CHIP, n]);
  }
  /** Waits until source chip `i` reads `text`. */
  async waitForChipText(i, text) {
    await this.page.waitForFunction(([chip, i, text]) => document.querySelectorAll(chip)[i]?.innerText.includes(text), [CHIP, i, text]);
  }
  /** The header's analysis progress bar (there while an analysis is on its way). */
  progress() { return this.#find('analysis-progress'); }
  /** Waits until `n` sources are shown and their analysis has finished. */
  async waitForAnalysed(n, { timeout = 60000 } = {}) {
    await this.page.waitForFunction(
      ([chip, progress, n]) => document.querySelectorAll(chip).length === n && !document.querySelector(progress),
      [CHIP, PROGRESS, n],
      { timeout },
    );
  }
  /** Waits until the columns show `n` sources of the corpus named `name` (analysis finished). */
  async waitForCorpus(name, n) {
    await this.page.waitForFunction(
      ([select, chip, progress, name, n]) => {
        const shown = document.querySelector(select)?.selectedOptions[0]?.textContent ?? '';
        return shown.startsWith(name) && document.querySelectorAll(chip).length === n && !document.querySelector(progress);
      },
      [CORPUS_SELECT, CHIP, PROGRESS, name, n],
      { timeout: 60000 },
    );
  }
  /** Waits until no corpus in the switcher has `text` in its name. */
  async waitForNoCorpusNamed(text) {
    await this.page.waitForFunction(
      ([select, text]) => ![...(document.querySelector(select)?.options ?? [])].some((o) => o.textContent.includes(text)),
      [CORPUS_SELECT, text],
    );
  }
  /**
   * Starts a clock in the page for the scale tests: from the last drop (dropFiles) to `n` sources on
   * screen with their analysis finished, read with `analysedAfterDropMs`.
   */
  async startAnalysisClock(n) {
    await this.page.evaluate(([chip, progress, n]) => {
      window.__done = null;
      const check = () => {
        const chips = document.querySelectorAll(chip).length;
        if (chips === n && !document.querySelector(progress)) window.__done = performance.now() - window.__droppedAt;
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, [CHIP, PROGRESS, n]);
  }
  async analysedAfterDropMs() { return this.page.evaluate(() => window.__done); }

  // --- Messages, notices and bars --------------------------------------------------------------------
  /** Messages above the content: kind 'info', 'warning' or 'error'. */
  message(kind) { return this.#find(`message-${kind}`); }
  async messageTexts(kind) { return (await this.message(kind).allInnerTexts()).join('\n'); }
  async dismissMessage(kind) { await this.#find('dismiss', this.message(kind)).click(); }
  /** The notice in place of the content: kind 'info' or 'error'. */
  notice(kind) { return this.#find(`notice-${kind}`); }
  undoBar() { return this.#find('undo-bar'); }
  async undo() { await this.#find('bar-action', this.undoBar()).click(); }
  updateBar() { return this.#find('update-bar'); }
  /** The update bar's Reload button. */
  reloadButton() { return this.#find('bar-action', this.updateBar()); }

  // --- Bringing articles in --------------------------------------------------------------------------
  /** Drops files on the page (a real DataTransfer with File objects). `files`: [{ name, data: Buffer | string, type? }]. */
  async dropFiles(files) {
    const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', b64: Buffer.from(f.data).toString('base64') }));
    await this.#find('app').evaluate((target, files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      // Main-thread work before this point is the test's own (building the files), not the app's.
      window.__droppedAt = performance.now();
    }, payload);
  }
  /** Drops one file made inside the page: `size` bytes of the character code `fill` (too big to send). */
  async dropFileMadeInPage({ name, size, fill, type = 'text/plain' }) {
    await this.#find('app').evaluate((target, { name, size, fill, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(size).fill(fill)], name, { type }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { name, size, fill, type });
  }
  /**
   * Drops text files made inside the page, each `{ name, text, size }`: `text` repeated to `size` bytes
   * (when given), so that a 10 MB article need not pass through the test's protocol. Marks the drop time
   * like `dropFiles`.
   */
  async dropTextMadeInPage(files) {
    await this.#find('app').evaluate((target, files) => {
      const dt = new DataTransfer();
      for (const { name, text, size } of files) {
        const bytes = new TextEncoder().encode(text);
        const body = size ? new Uint8Array(size) : bytes;
        for (let at = 0; size && at < size; at += bytes.length) body.set(bytes.subarray(0, Math.min(bytes.length, size - at)), at);
        dt.items.add(new File([body], name, { type: 'text/plain' }));
      }
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.__droppedAt = performance.now();
    }, files);
  }
  /** Chooses files in the Import menu's file picker. */
  async chooseFiles(files) {
    await this.#find('file-input').setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: f.type ?? 'text/plain', buffer: Buffer.from(f.data) })),
    );
  }
  pasteDialog() { return this.#find('paste-dialog'); }
  pasteLabel() { return this.#find('paste-label'); }
  pasteOutlet() { return this.#find('paste-outlet'); }
  pasteText() { return this.#find('paste-text'); }
  pasteAddButton() { return this.#find('paste-add'); }
  pasteMissing() { return this.#find('paste-missing'); }

  // --- The corpus dialog -----------------------------------------------------------------------------
  manageDialog() { return this.#find('manage-dialog'); }
  corpusNameInput() { return this.#find('corpus-name-input', this.manageDialog()); }
  articleRow(i) { return this.#find('article-row', this.manageDialog()).nth(i); }
  /** A field of an article row: 'label', 'outlet' or 'date'. */
  articleField(row, field) { return this.#find(`article-${field}`, row); }
  removeArticleButton(row) { return this.#find('remove-article', row); }
  removeArticleButtons() { return this.#find('remove-article', this.manageDialog()); }
  duplicateCorpusButton() { return this.#find('duplicate-corpus', this.manageDialog()); }
  deleteCorpusButton() { return this.#find('delete-corpus', this.manageDialog()); }

  // --- Compare: columns and sentences ----------------------------------------------------------------
  columnsArea() { return this.#find('columns'); }
  columns() { return this.#find('column'); }
  /** The first article's text on screen: previewed while the corpus is compared, or in Compare. */
  firstArticleText() { return this.page.locator(`${T('preview-column')}, ${T('column')}`).first(); }
  /** The articles previewed while the corpus is compared. */
  previewColumns() { return this.#find('preview-column'); }
  column(doc) { return this.page.locator(`${T('column')}[data-doc="${doc}"]`); }
  visibleColumns() { return this.page.locator(`${T('column')}:visible`); }
  visibleColumn(doc) { return this.page.locator(`${T('column')}[data-doc="${doc}"]:visible`); }
  /** The documents of the columns, in their order on screen. */
  async columnOrder() { return this.columns().evaluateAll((cols) => cols.map((c) => c.dataset.doc)); }
  columnLabel(doc) { return this.#find('column-label', this.column(doc)); }
  headline(doc) { return this.#find('headline', this.column(doc)); }
  /** The "… word for word elsewhere" note in a column's head. */
  columnCopiedNote(doc) { return this.#find('column-copied', this.column(doc)); }
  /** Stretches of a column copied word for word from another source (optionally containing `text`). */
  copiedPassages(doc, text) { return this.#find('copied', this.column(doc), text === undefined ? undefined : { hasText: text }); }
  /** The end of what a very long article shows, with its "Show … more" button. */
  columnMore(doc) { return this.#find('column-more', this.column(doc)); }
  columnMoreButton(doc) { return this.columnMore(doc).getByRole('button'); }
  /** How many sentences of column `doc` are on the page. */
  sentencesShown(doc) { return this.column(doc).locator(SENTENCE).count(); }
  /** Waits until column `doc` has more than `n` sentences on the page. */
  async waitForMoreSentences(doc, n) {
    await this.page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length > n,
      [`${T('column')}[data-doc="${doc}"] ${SENTENCE}`, n]);
  }
  /** Every sentence in the columns. */
  sentences() { return this.columns().locator(SENTENCE); }
  /** Sentence `i` of document `doc`. */
  sentence(doc, i) { return this.page.locator(`${SENTENCE}[data-doc="${doc}"][data-sent="${i}"]`); }
  /** The sentence of column `doc` containing `text`. */
  sentenceWithText(doc, text) { return this.column(doc).locator(SENTENCE, { hasText: text }); }
  /** The pinned sentence (in document `doc`, when given). */
  pinnedSentence(doc) { return this.page.locator(doc === undefined ? IN_STATE('pinned') : `${IN_STATE('pinned')}[data-doc="${doc}"]`); }
  /** Sentence `i` of document `doc`, once it is pinned. */
  pinned(doc, i) { return this.page.locator(`${IN_STATE('pinned')}[data-doc="${doc}"][data-sent="${i}"]`); }
  /** The sentences highlighted as counterparts of the sentence under the pointer or pinned. */
  counterparts() { return this.page.locator(IN_STATE('counterpart')); }
  /** Sentence `i` of document `doc`, once it is highlighted as a counterpart. */
  counterpart(doc, i) { return this.page.locator(`${IN_STATE('counterpart')}[data-doc="${doc}"][data-sent="${i}"]`); }
  /** How widely a sentence is reported: 'all', 'some' or 'none' (its colour). */
  async agreement(sentence) { return sentence.getAttribute('data-agreement'); }
  legend() { return this.#find('legend'); }
  sourceSwitcher() { return this.#find('source-switcher'); }

  // --- Compare: the detail panel ---------------------------------------------------------------------
  detail() { return this.#find('detail'); }
  detailSentence() { return this.#find('detail-sentence', this.detail()); }
  detailAgreement() { return this.#find('detail-agreement', this.detail()); }
  /** "No other source has a sentence reporting the same information." */
  detailNone() { return this.#find('detail-none', this.detail()); }
  detailCounterparts() { return this.#find('counterpart', this.detail()); }
  /** The counterpart in the detail panel whose sentence contains `text`. */
  detailCounterpart(text) {
    return this.detailCounterparts().filter({ has: this.#find('counterpart-diff', this.page, { hasText: text }) });
  }
  /** The counterpart's sentence as drawn in its card (its own words, differences marked). */
  counterpartText(counterpart) { return this.#find('counterpart-diff', counterpart); }
  /** Under a counterpart: the pinned sentence's words where it differs ("Pinned sentence (B) has: …"). */
  counterpartPinnedWords(counterpart) { return this.#find('diff-pinned', counterpart); }
  /** Marked differences ('number', 'name', 'wording', 'punctuation') in `scope` (default: the detail panel). */
  diffMarks(kind, scope = this.detail(), options) { return this.#find(`diff-${kind}`, scope, options); }
  /** The "wording" checkbox: mark wording differences too. */
  showWordingCheckbox() { return this.#find('show-wording', this.detail()); }
  /** A related (not counted) sentence in the detail panel containing `text`. */
  relatedSentence(text) { return this.#find('related', this.detail(), { hasText: text }); }

  // --- The reader's verdicts (in the detail panel) ---------------------------------------------------
  /** "Not the same" on a counterpart (an element of `detailCounterpart`). */
  async markNotTheSame(counterpart) { await this.#find('judge-different', counterpart).click(); }
  /** "Same fact" on a related sentence (an element of `relatedSentence`). */
  async markSameFact(related) { await this.#find('judge-same', related).click(); }
  /** Links the pinned sentence to sentence `i` of document `doc` ("Link a sentence the matcher missed…"). */
  async linkPinnedTo(doc, i) {
    await this.#find('link-start', this.detail()).click();
    await this.#find('linking-banner', this.detail()).waitFor();
    await this.sentence(doc, i).click();
  }
  /** The reader's verdict shown on a counterpart or on a sentence judged apart. */
  readerVerdict(scope) { return this.#find('reader-verdict', scope); }
  async writeVerdictNote(scope, note) {
    const input = this.#find('verdict-note', scope);
    await input.fill(note);
    await input.press('Enter');
    await input.blur();
  }
  verdictNote(scope) { return this.#find('verdict-note', scope); }
  async withdrawVerdict(scope) { await this.#find('withdraw-verdict', scope).click(); }
  /** Sentences the reader said are not the same as the pinned one. */
  judgedApart() { return this.#find('judged-apart', this.detail()); }
  verdictsReadOnlyNote() { return this.#find('verdicts-read-only', this.detail()); }
  /** The Verdicts page's rows, its filters, and the "no longer applies" line of a row. */
  verdictRows() { return this.#find('verdict'); }
  verdictFilter(label) { return this.#find('verdict-filter', this.page, { hasText: label }); }
  verdictStale(row) { return this.#find('verdict-stale', row); }
  async showVerdictInContext(row) { await this.#find('verdict-show', row).click(); }
  /** The Timeline page: its entries (in time order), their times, and the sequences of changed numbers. */
  timelineEntries() { return this.#find('timeline-entry'); }
  timelineWhen(entry) { return this.#find('timeline-when', entry); }
  timelineFirsts(entry) { return this.#find('timeline-first', entry); }
  timelineSequences() { return this.#find('timeline-sequence'); }
  differenceOverTime(card) { return this.#find('difference-over-time', card); }
  differenceCaution(card) { return this.#find('difference-caution', card); }
  /** "Not a difference" on a difference card. */
  async dismissDifference(card) { await this.#find('dismiss-difference', card).click(); }
  dismissedDifferences() { return this.#find('dismissed-difference'); }
  /** "Same person as…" on a People row: merges the row named `other` into it. */
  async markSamePerson(row, other) { await this.#find('same-person', row).selectOption(other); }
  /** The "×" on a spelling of a People row: that spelling is a different person. */
  async markDifferentPerson(row, spelling) {
    await this.#find('split-person', row).and(this.page.getByLabel(`“${spelling}” is a different person`)).click();
  }
  /** Names the speaker of a quotation in the Quotes page (`quote`: an element of `quote`, nth source). */
  async setSpeaker(quote, name, nth = 0) {
    const input = this.#find('speaker-input', quote).nth(nth);
    await input.fill(name);
    await input.press('Enter');
    await input.blur();
  }

  // --- Differences, People, Quotes, Overview ---------------------------------------------------------
  differences() { return this.#find('difference'); }
  /** The difference cards whose text contains `text`. */
  difference(text) { return this.#find('difference', this.page, { hasText: text }); }
  differenceKind(card) { return this.#find('difference-kind', card); }
  differenceSummary(card) { return this.#find('difference-summary', card); }
  /** The value buttons of the difference cards (each opens its sentence pinned). */
  differenceValues() { return this.#find('difference-value', this.differences()); }
  /** The value button of `card` whose text matches `text`. */
  differenceValue(card, text) { return this.#find('difference-value', card, { hasText: text }); }
  /** A kind filter above the differences, by the start of its label ('All', 'Numbers', 'Spellings', …). */
  differenceFilter(label) { return this.#find('difference-filter', this.page, { hasText: new RegExp(`^${label}`) }); }
  people() { return this.#find('person'); }
  person(text) { return this.#find('person', this.page, { hasText: text }); }
  /** The People row whose name is exactly `name`. */
  personNamed(name) {
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.people().filter({ has: this.#find('person-name', this.page, { hasText: exact }) });
  }
  /** The name buttons of the people (each opens the first mention pinned). */
  personNames() { return this.#find('person-name', this.people()); }
  /** The rows of "Places and organisations" on the People page. */
  namedThings() { return this.#find('named-thing'); }
  namedThing(text) { return this.#find('named-thing', this.page, { hasText: text }); }
  /** The name button of a place or organisation row (opens its first mention pinned). */
  namedThingName(row) { return this.#find('named-thing-name', row); }
  quotes() { return this.#find('quote'); }
  quote(text) { return this.#find('quote', this.page, { hasText: text }); }
  quoteSpeakers(quote) { return this.#find('quote-speaker', quote); }
  quoteCount(quote) { return this.#find('quote-count', quote); }
  /** The "Show in context" buttons of the quotes. */
  quoteShowButtons() { return this.#find('quote-show', this.quotes()); }
  overview() { return this.#find('overview'); }
  matrixCells() { return this.#find('matrix-cell'); }
  /** "Probably one story …": the families of sources sharing long passages. */
  families() { return this.#find('families', this.overview()); }
  factRows() { return this.#find('fact-row'); }
  /** The "n of m" head of a facts-grid row. */
  factSources(row) { return this.#find('fact-sources', row); }

  // --- Where things are: geometry, scrolling, focus --------------------------------------------------
  /** Waits until an element's top stops moving (smooth scrolling has finished), and returns it. */
  async settledTop(locator) {
    let last = null;
    for (let i = 0; i < 40; i++) {
      const top = await locator.evaluate((el) => el.getBoundingClientRect().top);
      if (last !== null && Math.abs(top - last) < 0.5) return top;
      last = top;
      await this.page.waitForTimeout(50);
    }
    return last;
  }
  /** Where the pinned sentence is: inside the viewport, and not under the detail panel or sheet. */
  async pinnedPlacement() {
    await this.page.waitForTimeout(900); // smooth scrolling settles
    return this.page.evaluate(([pinned, openPanel]) => {
      const el = document.querySelector(pinned);
      if (!el) return { found: false };
      const r = el.getBoundingClientRect();
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const panel = document.querySelector(openPanel);
      const p = panel ? panel.getBoundingClientRect() : null;
      const covered = !!p && p.width > 0 && r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom;
      // Under a bottom sheet a long sentence may not fit whole above it: its start (three lines) must show.
      const shown = covered && p.top > r.top ? Math.min(r.bottom, p.top) - r.top : covered ? 0 : r.height;
      const readable = shown >= Math.min(r.height, 70);
      return { found: true, inViewport: r.left >= 0 && r.right <= vw + 1 && r.top >= 0 && r.height > 0 && r.top < vh, readable, rect: [r.left, r.top, r.right, r.bottom], panel: p && [p.left, p.top, p.right, p.bottom] };
    }, [IN_STATE('pinned'), `${T('detail')}[data-state="open"]`]);
  }
  /** Each shown column: wholly inside the row of columns and clear of the open panel (a side panel or a
   *  drawer over the columns), or not. Also says whether the page is crowded (panel as a drawer). */
  async columnsInView() {
    await this.page.waitForTimeout(300);
    return this.page.evaluate(([column, openPanel, row, main]) => {
      row = document.querySelector(row).getBoundingClientRect();
      const panel = document.querySelector(openPanel);
      const p = panel ? panel.getBoundingClientRect() : null;
      const right = p && p.left > row.left + 1 && p.left < row.right - 1 ? p.left : row.right;
      const columns = [...document.querySelectorAll(column)].filter((c) => c.getBoundingClientRect().width > 0).map((c) => {
        const r = c.getBoundingClientRect();
        return { doc: c.dataset.doc, width: Math.round(r.width), inView: r.left >= row.left - 1 && r.right <= right + 1 };
      });
      const crowded = document.querySelector(main).dataset.panel === 'drawer';
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return { columns, crowded, rem, panelWidth: p ? Math.round(p.width) : 0 };
    }, [T('column'), `${T('detail')}[data-state="open"]`, T('columns'), T('compare-main')]);
  }
  gridSentences() { return this.#find('grid-sentence'); }
  /** The status line a screen reader announces when a sentence is pinned. */
  pinAnnouncement() { return this.#find('pin-announcement'); }
  /** Presses Tab up to `max` times from the top of the page; for each element focused: its name and
   *  whether a focus ring shows (an outline or a box shadow). Stops when focus comes back round. */
  async tabOrder(max = 150) {
    await this.page.evaluate(() => document.activeElement?.blur());
    const seen = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const at = await this.page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const name = (el.dataset.testid || el.tagName.toLowerCase()) + ':' + (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent.trim()).slice(0, 40);
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { name, ring };
      });
      if (!at) continue;
      if (seen.length && at.name === seen[0].name) break;
      seen.push(at);
    }
    return seen;
  }
  /** Every control on screen a keyboard should reach, named as `tabOrder` names them. */
  async keyboardControls() {
    return this.page.evaluate(() => [...document.querySelectorAll('button, select, a[href], input:not([type="hidden"]), summary, [tabindex="0"]')]
      .filter((el) => !el.disabled && el.getAttribute('tabindex') !== '-1' && el.getClientRects().length > 0 && !el.closest('[inert], details:not([open]) > :not(summary)'))
      .map((el) => (el.dataset.testid || el.tagName.toLowerCase()) + ':' + (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent.trim()).slice(0, 40)));
  }
  /** The Overview's panels holding the matrix and the facts grid (for screenshots of each). */
  matrixPanel() { return this.#find('matrix-panel'); }
  /** Follows a link to this page that differs only in its fragment (the page does not reload). */
  async followLink(hash) { await this.page.evaluate((h) => { window.location.hash = h; }, hash); }
  /** Opens a page with the given sources shown through the URL fragment, in the corpus on screen (as
   *  a reader following a shared link would). */
  async showThroughAddress(page, docs) {
    await this.page.evaluate(([p, v]) => {
      const corpus = window.location.hash.replace(/^#/, '').split('&').filter((x) => x.startsWith('c='));
      window.location.hash = [...corpus, `v=${v.join(',')}`, `p=${p}`].join('&');
    }, [page, docs]);
  }
  /** The Overview's two tables: how wide each is, how wide the part of the page showing it, and
   *  whether the page itself scrolls sideways. */
  async overviewFit() {
    return this.page.evaluate(([matrix, grid]) => {
      const box = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const panel = el.parentElement.closest('section');
        return { width: Math.round(el.scrollWidth), shown: Math.round(panel.clientWidth), cells: el.querySelectorAll('td, th').length };
      };
      return {
        matrix: box(matrix),
        grid: box(grid),
        pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth + 1,
      };
    }, [T('matrix'), T('facts-grid')]);
  }
  /** The header's parts (brand, corpus, tab strip, menus) that reach past the window's right edge. */
  async headerPartsOffScreen() {
    return this.page.evaluate((row) => [...document.querySelectorAll(`${row} > *`)]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => el.className), T('header-row'));
  }
  async pressKey(key) { await this.page.keyboard.press(key); }
  /** Tables wider than the box that shows them (they would scroll sideways), by their first header. */
  async tablesWiderThanTheirBox() {
    return this.page.evaluate(() => [...document.querySelectorAll('table')]
      .filter((t) => t.getClientRects().length > 0 && t.scrollWidth > t.parentElement.clientWidth + 1)
      .map((t) => `${t.className}: ${t.scrollWidth} in ${t.parentElement.clientWidth}`));
  }
  /** The page's width including what is scrolled off sideways. */
  async pageScrollWidth() { return this.page.evaluate(() => document.documentElement.scrollWidth); }
  /** The `data-testid` of the focused element itself. */
  async focusedTestId() { return this.page.evaluate(() => document.activeElement.dataset.testid); }
  async hasFocus(locator) { return locator.evaluate((el) => el === document.activeElement); }
  async focusIsInside(locator) { return locator.evaluate((el) => el.contains(document.activeElement)); }
  async waitForFocus(locator, { timeout = 2000 } = {}) {
    await this.page.waitForFunction((el) => document.activeElement === el, await locator.elementHandle(), { timeout });
  }

  // --- The HTML document itself (not the app's UI) ---------------------------------------------------
  async contentSecurityPolicy() { return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'); }
  /** Inline `<script>` elements (without src) anywhere in the document. */
  inlineScripts() { return this.page.locator('script:not([src])'); }
  /** Script and image elements inside the columns (imported markup must never become elements). */
  scriptsAndImagesInColumns() { return this.columns().locator('script, img'); }
}
