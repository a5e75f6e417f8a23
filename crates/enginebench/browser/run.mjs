// The browser benchmark: Veille's engine (wasm), MiniSearch and FlexSearch
// on the same synthetic bundles in one headless Chromium run.
//
//   bash scripts/build-engine-js.sh            # once: the wasm package
//   cd crates/enginebench/browser && npm ci && node run.mjs [SIZES...]
//   (SIZES: article counts of synthetic corpora, or `real`; default 10000 100000)
//
// Prints per engine and size: load time (Veille: fetch of index.bin,
// Engine.fromIndex and a first search; "veille-all": the same, each search
// also reading its hits, facets and timeline (made when first read);
// "veille-bundle", for reference:
// bundle text in hand to index built and a first search; the JS engines:
// bundle text in hand to ready index),
// p50/p95 of each query (top 20 hits plus tag and year counts over all
// matches; the JS engines count facets in JS), memory (JS heap after GC,
// plus wasm memory for Veille), and Veille's ratios to the others.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
// VEILLE_PKG=<dir>: another build of the package (to compare two builds).
const pkg = process.env.VEILLE_PKG || join(root, 'crates/js/pkg');
// BENCH_DATA=<dir>: where the bundles and indexes are kept (default: a
// folder in the system's temporary directory, shared by every checkout).
const dataDir = process.env.BENCH_DATA || join(tmpdir(), 'veille-browser-bench');
// A size, or `real`: the publisher's corpus (../shared), as the
// known-items binary builds it (1,299 articles).
const sizes = process.argv.slice(2).map((a) => (a === 'real' ? a : Number(a))).filter(Boolean);
if (sizes.length === 0) sizes.push(10000, 100000);
// ENGINES=veille node run.mjs 100000: only some engines (ratios need all three).
const engines = (process.env.ENGINES || 'veille,veille-bundle,minisearch,flexsearch').split(',');
// Engines with a column in the query table (veille-bundle answers queries
// like veille: only its load and memory are printed).
const columns = engines.filter((e) => e !== 'veille-bundle');

if (!existsSync(join(pkg, 'veille_js.js'))) {
  console.error('crates/js/pkg is missing: run `bash scripts/build-engine-js.sh` first');
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true });
for (const n of sizes) {
  const file = join(dataDir, `bundle-${n}.json`);
  const index = join(dataDir, `index-${n}.bin`);
  if (n === 'real') {
    const out = join(dataDir, 'real');
    const r = spawnSync('cargo', ['run', '-q', '--profile', 'bench', '-p', 'veille-enginebench',
      '--bin', 'known-items', '--', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !existsSync(join(out, 'index.bin'))) {
      console.error('the publisher\'s corpus (../shared) is absent: skipping `real`');
      process.exit(1);
    }
    copyFileSync(join(out, 'bundle.json'), file);
    copyFileSync(join(out, 'index.bin'), index);
    continue;
  }
  // FRESH=1 rewrites the data (after a change of the index format).
  if (!existsSync(file) || !existsSync(index) || process.env.FRESH) {
    const r = spawnSync('cargo', ['run', '-q', '--profile', 'bench', '-p', 'veille-enginebench',
      '--bin', 'synth-bundle', '--', String(n), file, index], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(1);
  }
}

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.html': 'text/html' };
// Cross-origin isolation gives performance.now() a 5 µs resolution instead of 100 µs.
const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const routes = [['/pkg/', pkg], ['/nm/', join(here, 'node_modules')], ['/data/', dataDir], ['/', here]];
const server = createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  const page = url === '/' ? '/index.html' : url;
  if (page === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html', ...isolation });
    res.end('<!doctype html><script type="module" src="/page.mjs"></script>');
    return;
  }
  for (const [prefix, dir] of routes) {
    if (!page.startsWith(prefix)) continue;
    const file = normalize(join(dir, page.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) continue;
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', ...isolation });
    res.end(readFileSync(file));
    return;
  }
  res.writeHead(404);
  res.end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-profile-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--js-flags=--max-old-space-size=4096'],
});

const results = {};
for (const n of sizes) {
  for (const engine of engines) {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.benchReady === true);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) console.error('warning: timer resolution is 100 µs');
    const runs = n !== 'real' && n >= 50000 ? 100 : 300;
    const r = await page.evaluate(([e, url, idx, runs]) => window.runBench(e, url, idx, runs),
      [engine, `/data/bundle-${n}.json`, `/data/index-${n}.bin`, runs]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    r.memoryMB = (heap.usedSize + r.wasmBytes) / 1048576;
    results[`${engine}/${n}`] = r;
    await page.close();
    console.error(`done: ${engine} ${n}`);
  }
}
await context.close();
server.close();

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
for (const n of sizes) {
  console.log(`\n== ${n === 'real' ? 'the publisher\'s' : n} ${n === 'real' ? '' : 'synthetic '}articles (times in ms) ==`);
  for (const engine of engines) {
    const r = results[`${engine}/${n}`];
    const note = engine === 'veille'
      ? `   (index.bin: fetch ${fmt(r.fetchMs)} ms + fromIndex and first search ${fmt(r.loadMs - r.fetchMs)} ms)`
      : engine === 'veille-bundle' ? '   (reference: indexing bundle.json at load)' : '';
    console.log(`${engine.padEnd(13)} load ${fmt(r.loadMs).padStart(7)} ms   memory ${fmt(r.memoryMB).padStart(6)} MB${note}`);
  }
  const head = ['query'.padEnd(20), ...columns.map((e) => `${e} p50/p95`.padStart(22)),
    'hits V/M/F'.padStart(20), 'V÷M p50'.padStart(8), 'V÷F p50'.padStart(8)];
  console.log(head.join(' '));
  const rows = results[`veille/${n}`].rows;
  rows.forEach((row, i) => {
    const cells = columns.map((e) => {
      const x = results[`${e}/${n}`].rows[i];
      return `${fmt(x.p50)} / ${fmt(x.p95)}`.padStart(22);
    });
    const hits = columns.map((e) => results[`${e}/${n}`].rows[i].total).join('/');
    const m = results[`minisearch/${n}`]?.rows[i].p50 ?? NaN;
    const f = results[`flexsearch/${n}`]?.rows[i].p50 ?? NaN;
    console.log([row.label.padEnd(20), ...cells, hits.padStart(20),
      fmt(row.p50 / m).padStart(8), fmt(row.p50 / f).padStart(8)].join(' '));
  });
  const all = (e) => results[`${e}/${n}`].rows.map((r) => r.p50).sort((a, b) => a - b);
  for (const e of columns) {
    const xs = all(e);
    const rs = results[`${e}/${n}`].rows;
    console.log(`${e}: median of per-query p50 ${fmt(xs[Math.floor(xs.length / 2)])} ms, worst p95 ${fmt(Math.max(...rs.map((r) => r.p95)))} ms, first query after loading ${fmt(rs[0].first)} ms, worst first call ${fmt(Math.max(...rs.map((r) => r.first)))} ms`);
  }
}
