// Trunk post-build hook (Trunk.toml [[hooks]]): runs on the staging directory before it becomes dist/.
// 1. Moves Trunk's inline start-up <script type="module"> into a hashed file, so the page's
//    Content-Security-Policy can forbid inline script (script-src 'self').
// 2. Writes sw.js, the service worker, from assets/service-worker.js with the list of every built file
//    and a version hash of their contents: a new deploy changes sw.js, which the browser notices.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const hash = (data) => createHash('sha256').update(data).digest('hex');

// 1. Inline script → boot-<hash>.js
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
for (const old of readdirSync(staging).filter((f) => /^boot-[0-9a-f]+\.js$/.test(f))) unlinkSync(join(staging, old));
// A script element's attributes are read one by one: the release build's HTML is minified, which
// writes `type=module` unquoted and may put other attributes before it.
const attribute = (attrs, name) => attrs.match(new RegExp(`(?:^|\\s)${name}(?:=("[^"]*"|'[^']*'|[^\\s>]*))?(?=[\\s/]|$)`));
const isModule = (attrs) => /^["']?module["']?$/.test(attribute(attrs, 'type')?.[1] ?? '');
const scripts = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(scripts, (whole, attrs, body) => {
  if (!isModule(attrs) || attribute(attrs, 'src')) return whole;
  const name = `boot-${hash(body).slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if ([...html.matchAll(scripts)].some(([, attrs]) => !attribute(attrs, 'src'))) {
  console.error('postbuild: index.html still holds an inline script, which the Content-Security-Policy forbids');
  process.exit(1);
}
writeFileSync(indexPath, html);

// 2. sw.js with the precache list.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(staging)
  .map((p) => relative(staging, p).split(sep).join('/'))
  .filter((p) => p !== 'sw.js')
  .sort();
const version = hash(files.map((f) => f + '\0' + hash(readFileSync(join(staging, f)))).join('\n')).slice(0, 16);
const template = readFileSync(join(source, 'assets', 'service-worker.js'), 'utf8');
// The page is precached once, as './' (the URL it is opened by, already in the HTTP cache); the fetch
// handler answers any navigation, /index.html included, from it.
const precache = ['./', ...files.filter((f) => f !== 'index.html')];
writeFileSync(
  join(staging, 'sw.js'),
  template.replace('__VERSION__', version).replace('"__PRECACHE__"', JSON.stringify(precache, null, 2)),
);
console.log(`postbuild: moved ${moved} inline script(s); sw.js ${version} precaches ${precache.length} files`);
