// A static file server for the browser tests: serves the real release build (dist/) on 127.0.0.1 at a
// random port, under an optional sub-path, and can hide files to simulate a broken deployment. Like a
// real static host it answers conditional requests (ETag → 304), compresses text and wasm with gzip
// for a browser that accepts it, and it counts the bodies it sends. It can also stand for a slow
// connection: every response waits a round trip and all share one link's bandwidth. Unlike Chromium's
// network emulation, which slows only the page's own requests, this slows the service worker's and
// the Web Worker's requests as well.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a static host compresses: text of every kind, and WebAssembly. */
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;

/** One slow link shared by every response (see `serveStatic`'s `slow`). */
function slowLink({ latencyMs, bytesPerSecond }) {
  const SLICE = 16 * 1024;
  let freeAt = 0;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  return {
    async send(res, status, headers, payload) {
      await wait(latencyMs);
      res.writeHead(status, headers);
      for (let at = 0; at < payload.length; at += SLICE) {
        const slice = payload.subarray(at, at + SLICE);
        const start = Math.max(Date.now(), freeAt);
        freeAt = start + (slice.length / bytesPerSecond) * 1000;
        await wait(freeAt - Date.now());
        if (res.destroyed) return;
        res.write(slice);
      }
      res.end();
    },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts serving `root`. Options: `prefix` (e.g. '/tools/parallax/'), `hide` (paths relative to root
 * that answer 404), `mounts` ({ 'corpus/': '/some/dir' }: serve another folder under a path, e.g. a
 * different corpus), `patch` ({ 'file.js': (text) => text }: serve a file changed, e.g. to simulate a
 * module that fails). Resolves to { url, close, setAvailable }: `setAvailable(false)` makes every request
 * fail with 503, as if the server were gone (offline tests); `bodiesSent(path)` says how many times
 * a file's content was sent (a 304 sends none). `compress: false` sends every body as it is (a host
 * that does not compress); `slow` ({ latencyMs, bytesPerSecond }) makes the server a slow link: each
 * response (a 304 too) starts `latencyMs` after its request, and the bodies of all responses share
 * `bytesPerSecond`, sent in 16 KB slices one after another.
 */
export async function serveStatic(root, { prefix = '/', hide = [], mounts = {}, patch = {}, compress = true, slow = null } = {}) {
  const hidden = new Set(hide.map((p) => normalize(p)));
  const sent = new Map();
  const gzipped = new Map();
  const link = slow ? slowLink(slow) : null;
  let available = true;
  const server = createServer(async (req, res) => {
    if (!available) {
      res.writeHead(503).end('server gone');
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = normalize(path.slice(prefix.length) || 'index.html');
    if (rel.endsWith('/')) rel += 'index.html';
    if (rel.startsWith('..') || hidden.has(rel)) {
      res.writeHead(404).end('not found');
      return;
    }
    let base = root;
    for (const [mount, dir] of Object.entries(mounts)) {
      if (rel.startsWith(normalize(mount))) {
        base = dir;
        rel = rel.slice(normalize(mount).length);
      }
    }
    try {
      const original = await readFile(join(base, rel));
      const change = Object.entries(patch).find(([path]) => normalize(path) === rel)?.[1];
      const body = change ? Buffer.from(change(original.toString('utf8'))) : original;
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        const headers = { etag, 'cache-control': 'no-cache' };
        if (link) await link.send(res, 304, headers, Buffer.alloc(0));
        else res.writeHead(304, headers).end();
        return;
      }
      sent.set(rel, (sent.get(rel) ?? 0) + 1);
      const type = TYPES[extname(rel)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
      let payload = body;
      if (compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(etag)) gzipped.set(etag, gzipSync(body, { level: 9 }));
        payload = gzipped.get(etag);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = payload.length;
      if (link) await link.send(res, 200, headers, payload);
      else res.writeHead(200, headers).end(payload);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
    setAvailable: (value) => { available = value; },
    bodiesSent: (path) => sent.get(normalize(path)) ?? 0,
  };
}
