// The README's nginx configuration (deploy/nginx-veille.conf) on Debian's
// nginx with its brotli static module, serving the published site that
// scripts/test.sh builds: the precompressed siblings `veille site` writes
// are sent to browsers that accept them and the file itself to others, with
// the right types, the cache headers of `_headers` (one rule for every
// host), and a page for every deep link.
//
// Needs SITE_ROOT_DIR (a site published at the root) and nginx (scripts/lib.sh,
// ensure_nginx); skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CONF, README, startNginx } from './nginx.mjs';

const DIR = process.env.SITE_ROOT_DIR;
const skip = (!DIR && 'SITE_ROOT_DIR not set: scripts/test.sh publishes the site')
  || (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx') && 'no nginx: scripts/test.sh installs it (ensure_nginx)');

let server;
let site;

before(async () => {
  if (skip) return;
  server = await startNginx(DIR);
  const files = walk(DIR).filter((f) => !/\.(br|gz)$/.test(f));
  site = {
    files,
    articles: JSON.parse(readFileSync(join(DIR, 'data/bundle.json'), 'utf8')).articles,
    wasm: files.find((f) => /^veille-app-[0-9a-f]+_bg\.wasm$/.test(f)),
    js: files.find((f) => /^veille-app-[0-9a-f]+\.js$/.test(f)),
  };
});
after(async () => { await server?.stop(); });

/** Every file under `dir`, relative to it, `/`-separated. */
function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

/** GET `path` with exactly these request headers (no client of its own
 *  adds Accept-Encoding, as fetch would); gives status, headers and the raw body. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The Cache-Control `_headers` gives each path; paths it does not list
 *  have none there (the host's default: revalidate). */
function headersFile() {
  const rules = new Map();
  let path = null;
  for (const line of readFileSync(join(DIR, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!/^\s/.test(line)) { path = line.trim(); continue; }
    const m = /^\s+Cache-Control:\s*(.+)$/i.exec(line);
    if (m) rules.set(path, m[1].trim());
  }
  return rules;
}

test('the README shows deploy/nginx-veille.conf as it is', { skip }, () => {
  const readme = readFileSync(README, 'utf8');
  const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.includes(readFileSync(CONF, 'utf8')), 'no ```nginx block of the README equals deploy/nginx-veille.conf');
});

test('brotli and gzip siblings go to browsers that accept them, the file itself to others', { skip }, async () => {
  const article = site.articles[0];
  const targets = [
    ['/data/index.bin', 'data/index.bin', 'application/octet-stream'],
    [`/${site.wasm}`, site.wasm, 'application/wasm'],
    [`/${site.js}`, site.js, 'application/javascript; charset=utf-8'],
    [`/${article.collection}/${article.slug}/`, `${article.collection}/${article.slug}/index.html`, 'text/html; charset=utf-8'],
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/data/head.json', 'data/head.json', 'application/json'],
  ];
  // index.bin compresses its sections itself (index format 3): it has
  // siblings only when they come out smaller, and is sent as it is without.
  const packed = new Set(['data/index.bin']);
  for (const [path, file, type] of targets) {
    const bytes = readFileSync(join(DIR, file));
    const has = (ext) => existsSync(join(DIR, file + ext));
    if (!packed.has(file)) assert.ok(has('.br') && has('.gz'), `${file} has both siblings`);
    const br = has('.br') ? 'br' : undefined;
    const gz = has('.gz') ? 'gzip' : undefined;
    const cases = [
      ['br', br],
      ['gzip, deflate, br, zstd', br ?? gz], // what Chromium sends
      ['gzip', gz],
      ['', undefined],
      ['identity', undefined],
    ].map(([accept, encoding]) => [accept, encoding,
      encoding === 'br' ? brotliDecompressSync : encoding === 'gzip' ? gunzipSync : (b) => b]);
    for (const [accept, encoding, inflate] of cases) {
      const res = await get(path, accept ? { 'accept-encoding': accept } : {});
      const what = `${path} with Accept-Encoding "${accept}"`;
      assert.equal(res.status, 200, what);
      assert.equal(res.headers['content-encoding'], encoding, what);
      assert.equal(res.headers['content-type'], type, what);
      if (br || gz) assert.equal(res.headers.vary, 'Accept-Encoding', what);
      if (encoding) assert.ok(res.body.length < bytes.length, `${what}: ${res.body.length} bytes, not smaller than ${bytes.length}`);
      assert.ok(inflate(res.body).equals(bytes), `${what}: not the file's bytes`);
    }
  }
});

test('every file has the cache header _headers gives it: hashed assets a year, the rest revalidated', { skip }, async () => {
  const rules = headersFile();
  assert.ok(rules.size >= 3, `_headers lists ${rules.size} files`);
  for (const path of rules.keys()) assert.ok(site.files.includes(path.slice(1)), `_headers lists ${path}, which is not in the site`);
  const problems = [];
  for (const file of site.files) {
    for (const accept of ['br', '']) {
      const res = await get(`/${file}`, { 'accept-encoding': accept });
      const expected = rules.get(`/${file}`) ?? 'no-cache';
      if (res.status !== 200 || res.headers['cache-control'] !== expected) {
        problems.push(`/${file} (${accept || 'no encoding'}): ${res.status}, Cache-Control ${res.headers['cache-control']}, expected ${expected}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(rules.get(`/${site.wasm}`), 'public, max-age=31536000, immutable');
});

test('the index and the pages are revalidated with their ETag', { skip }, async () => {
  for (const path of ['/data/index.bin', '/']) {
    const first = await get(path, { 'accept-encoding': 'br' });
    assert.ok(first.headers.etag, path);
    const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag });
    assert.equal(again.status, 304, path);
  }
});

test('every deep link answers 200 with its own page; without its slash it is redirected there', { skip }, async () => {
  for (const a of site.articles) {
    const path = `/${a.collection}/${a.slug}/`;
    const res = await get(path, { 'accept-encoding': 'gzip' });
    assert.equal(res.status, 200, path);
    const html = gunzipSync(res.body).toString('utf8');
    assert.match(html, new RegExp(`<link rel="canonical" href="[^"]*${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), path);
    const bare = await get(path.slice(0, -1));
    assert.equal(bare.status, 301, path.slice(0, -1));
    assert.equal(bare.headers.location, path, 'a relative redirect, right behind any proxy');
  }
});

test('an unknown path answers 404 with the app, which routes it', { skip }, async () => {
  const res = await get('/papers/no-such-article/', { 'accept-encoding': 'br' });
  assert.equal(res.status, 404);
  assert.equal(res.headers['content-encoding'], 'br');
  assert.ok(brotliDecompressSync(res.body).equals(readFileSync(join(DIR, '404.html'))));
});
