// Browser test of accent folding: the analysis module folds accents with the browser's own Unicode
// normalisation (src/browser_unicode.rs) where the command line uses unicode-normalization's tables, so
// three articles full of accents, a ligature, a decomposed accent, superscripts, fullwidth letters and
// Greek, Cyrillic and Vietnamese names, served in place of the bundled corpus, must give the very
// analysis the command line gives: the export is compared byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, serveCorpus, CLI } from './browser.mjs';

const ARTICLES = {
  '01_le-matin.txt':
    'Grève à Genève : les négociations échouent\n' +
    'Les employés de l’aéroport de Genève ont cessé le travail lundi, a déclaré Hélène Müller, porte-parole du syndicat.\n' +
    'Le ﬁnancement des heures de nuit reste le principal désaccord, selon la direction.\n' +
    'Nguyễn Văn Thành, pilote, a expliqué que 1½ heure de retard était déjà la norme.\n' +
    'Le ministre grec Γιώργος Παπαδόπουλος et l’envoyé ukrainien Зеленський étaient attendus à Zürich.',
  '02_tageblatt.txt':
    'Streik am Flughafen Genf\n' +
    'Die Beschäftigten des Flughafens Genf haben am Montag die Arbeit niedergelegt, sagte Helene Muller, Sprecherin der Gewerkschaft.\n' +
    'Die Finanzierung der Nachtstunden bleibt der größte Streitpunkt, so die Geschäftsführung.\n' +
    'In Zurich wurden der griechische Minister Giorgos Papadopoulos und der ukrainische Gesandte erwartet.\n' +
    'Die Fläche des Terminals beträgt 4 000 m² und ist ＦＵＬＬ belegt.',
  '03_el-diario.txt':
    'Huelga en el aeropuerto de Ginebra\n' +
    'Los empleados del aeropuerto de Ginebra dejaron de trabajar el lunes, declaró Hélène Müller, portavoz del sindicato.\n' +
    'La financiación de las horas nocturnas sigue siendo el principal desacuerdo, según la dirección.\n' +
    'Nguyen Van Thanh, piloto, explicó que una hora y media de retraso ya era la norma.\n' +
    'Se esperaba en Zúrich al ministro griego Γιώργος Παπαδόπουλος.',
};

let browser;
let server;
let dir;
before(async () => {
  ({ server, dir } = await serveCorpus(ARTICLES, 'Grève à Genève'));
  execFileSync(CLI, ['analyze', 'manifest.json', '--out', 'analysis.json'], { cwd: dir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('accents, ligatures and other scripts are folded in the browser exactly as on the command line', async () => {
  const { app, page, close } = await openApp(browser, { url: server.url });
  try {
    await app.columns().first().waitFor();
    // Written with the accents: the Hélène Müller of 01 and 03 and the Helene Muller of 02 are one person.
    const [download] = await Promise.all([page.waitForEvent('download'), app.chooseFromMenu('export-menu', 'export-analysis')]);
    const fromApp = readFileSync(await download.path(), 'utf8');
    const fromCli = readFileSync(join(dir, 'analysis.json'), 'utf8');
    const people = JSON.parse(fromApp).entities.filter((e) => /Hélène|Helene/.test(JSON.stringify(e)));
    assert.equal(people.length, 1, `one person for Hélène Müller and Helene Muller: ${JSON.stringify(people)}`);
    assert.ok(fromApp === fromCli, 'the browser and the command line give the same analysis');
    await app.screenshot('folding-1440.png');
  } finally {
    await close();
  }
});
