// The network benchmark (scripts/bench-network.sh builds and publishes the
// sites, then runs this): each published site served by Debian's nginx with
// the repository's configuration (deploy/nginx-veille.conf: precompressed
// siblings, cache headers), loaded in headless Chromium with the network
// throttled by CDP's Network.emulateNetworkConditions, cold (a fresh
// profile) and warm (the same profile again: HTTP cache), then Lighthouse
// on the home page and an article page, mobile and desktop.
//
//   node run.mjs LABEL=SITE_DIR [LABEL=SITE_DIR...]
//
// Environment: REPS (loads per row, the median is printed; default 3),
// PROFILES (default "Fast 4G,Slow 4G"), LIGHTHOUSE=0 to leave it out,
// QUERY (default stent), BENCH_PORT (nginx's port; default a free one),
// OFFSITE=0 (no stand-in for the publishers' image hosts: their requests
// fail), STANDIN_WIDTH / STANDIN_HEIGHT (the stand-in image's size).
// Prints one table of figures and one of Lighthouse scores. "First result
// cards painted" is when a reader first sees result cards on the home page:
// the prerendered ones of a published site, or the app's; "the app's first
// results" is when the app's own cards replace them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startNginx } from '../../nginx.mjs';
import { startOffsite } from './offsite.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const REPS = Number(process.env.REPS ?? 3);
const QUERY = process.env.QUERY ?? 'stent';
const TIMEOUT = 180_000;
// DevTools' presets: "Fast 4G" as the issue measured it, "Slow 4G" as
// Lighthouse's mobile profile (both with a 150 ms round trip).
const ALL_PROFILES = {
  'Fast 4G': { latency: 150, downloadThroughput: (9e6 / 8), uploadThroughput: (1.5e6 / 8) },
  'Slow 4G': { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) },
};
const PROFILES = (process.env.PROFILES ?? 'Fast 4G,Slow 4G').split(',').map((p) => p.trim());
// The network here is closed: requests off the site (article images on the
// publishers' hosts) go to a local stand-in for the internet (offsite.mjs),
// throttled like the site's; OFFSITE=0 makes them fail at once instead.
const offsite = process.env.OFFSITE === '0' ? null : await startOffsite();
const OFFSITE = offsite ? offsite.flags : ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--mute-audio', ...OFFSITE];

const sites = process.argv.slice(2).map((arg) => {
  const [name, dir] = arg.split('=');
  if (!name || !dir) throw new Error(`expected LABEL=SITE_DIR, got ${arg}`);
  const n = JSON.parse(readFileSync(join(dir, 'data/bundle.json'), 'utf8')).articles.length;
  return { label: `${name} (${n.toLocaleString('en')})`, dir };
});
if (!sites.length) throw new Error('usage: node run.mjs LABEL=SITE_DIR [LABEL=SITE_DIR...]');

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : null;
};

/** Installed before the page's scripts: at each animation frame, notes
 *  whether the results, the search's answer and the article's text are on
 *  screen (`window.__frames`: [time, hits, searchDone, articleShown]). */
function frameProbe(title) {
  window.__frames = [];
  window.__typed = null;
  const shown = (el) => el && el.getClientRects().length > 0;
  const articleShown = () => !!title && [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === title && shown(h));
  const searchDone = () => {
    const t = window.__typed;
    if (!t) return false;
    const input = document.querySelector('[data-testid=search-input]');
    const count = document.querySelector('[data-testid=result-count]');
    return input?.value === t.query && !document.querySelector('[data-testid=loading]')
      && shown(count) && count.textContent !== t.browse && !!document.querySelector('[data-testid=hit]');
  };
  const tick = () => {
    const appCards = !!document.querySelector('[data-testid=hit]');
    // What a reader sees first: the prerendered cards (published sites), or the app's.
    const cards = appCards || shown(document.querySelector('#veille-prerender .hit-title'));
    window.__frames.push([performance.now(), appCards, searchDone(), articleShown(), cards]);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Bytes received per finished request, with its time since the document's request (ms). */
async function watchNetwork(page, conditions) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  const net = { start: null, done: [], offsite: new Set() };
  const site = '127.0.0.1'; // nginx's host (startNginx)
  cdp.on('Network.requestWillBeSent', (e) => {
    if (net.start === null && e.type === 'Document') net.start = e.timestamp;
    if (new URL(e.request.url, 'http://127.0.0.1/').hostname !== site) net.offsite.add(e.requestId);
  });
  // The site's bytes only: images on other hosts (the stand-in) are counted apart.
  cdp.on('Network.loadingFinished', (e) => net.done.push({ t: e.timestamp, bytes: e.encodedDataLength, offsite: net.offsite.has(e.requestId) }));
  net.bytesBy = (ms) => net.done.filter((d) => !d.offsite && (d.t - net.start) * 1000 <= ms).reduce((s, d) => s + d.bytes, 0);
  net.total = () => net.done.filter((d) => !d.offsite).reduce((s, d) => s + d.bytes, 0);
  net.offsiteBy = (ms) => net.done.filter((d) => d.offsite && (d.t - net.start) * 1000 <= ms).reduce((s, d) => s + d.bytes, 0);
  return net;
}

const firstFrame = (frames, i) => frames.find((f) => f[i])?.[0] ?? null;

/** Home: first results painted, then the query typed at once, and its
 *  answer painted; bytes received by each moment. */
async function loadHome(context, origin, conditions) {
  const page = await context.newPage();
  await page.addInitScript(frameProbe, null);
  const net = await watchNetwork(page, conditions);
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: TIMEOUT });
  await page.locator('[data-testid=hit]').first().waitFor({ timeout: TIMEOUT });
  const input = page.getByTestId('search-input');
  await input.waitFor({ timeout: TIMEOUT });
  const browse = await page.getByTestId('result-count').textContent({ timeout: TIMEOUT }).catch(() => null);
  await page.evaluate(([query, browse]) => { window.__typed = { query, browse }; }, [QUERY, browse]);
  await input.fill(QUERY);
  await page.waitForFunction(() => window.__frames.some((f) => f[2]), null, { timeout: TIMEOUT, polling: 'raf' });
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
  const frames = await page.evaluate(() => window.__frames);
  const cards = firstFrame(frames, 4);
  const first = firstFrame(frames, 1);
  const ready = firstFrame(frames, 2);
  const count = await page.getByTestId('result-count').textContent();
  await page.close();
  return { cards, first, ready, bytesFirst: net.bytesBy(first), bytesReady: net.bytesBy(ready), imagesReady: net.offsiteBy(ready), bytesAll: net.total(), count };
}

/** A shared article link: when its text is first painted, and the longest
 *  run of frames without it afterwards, until the app has rendered it and
 *  the network is idle. */
async function loadArticle(context, origin, article, conditions) {
  const page = await context.newPage();
  await page.addInitScript(frameProbe, article.title);
  const net = await watchNetwork(page, conditions);
  await page.goto(`${origin}${article.path}`, { waitUntil: 'commit', timeout: TIMEOUT });
  await page.waitForFunction((t) => [...document.querySelectorAll('[data-testid=article-title]')].some((h) => h.textContent.trim() === t),
    article.title, { timeout: TIMEOUT, polling: 'raf' });
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
  const frames = await page.evaluate(() => window.__frames);
  await page.close();
  const painted = firstFrame(frames, 3);
  let blank = 0;
  let since = null;
  for (const [t, , , shown] of frames) {
    if (painted === null || t < painted) continue;
    if (!shown && since === null) since = t;
    if (shown && since !== null) { blank = Math.max(blank, t - since); since = null; }
  }
  if (since !== null) blank = Math.max(blank, frames.at(-1)[0] - since);
  return { painted, blank, bytesAll: net.total() };
}

/** The article shared: the newest dated one the home page links to first. */
function sharedArticle(dir) {
  const head = JSON.parse(readFileSync(join(dir, 'data/bundle.json'), 'utf8')).articles;
  const a = head.filter((x) => x.date).sort((x, y) => (x.date < y.date ? 1 : -1))[0] ?? head[0];
  return { title: a.title.trim(), path: `/${a.collection}/${a.slug}/` };
}

async function measure(browser, site, origin) {
  const rows = [];
  const article = sharedArticle(site.dir);
  for (const profile of PROFILES) {
    const conditions = ALL_PROFILES[profile];
    if (!conditions) throw new Error(`unknown profile ${profile}`);
    const runs = { cold: { home: [], article: [] }, warm: { home: [], article: [] } };
    for (let i = 0; i < REPS; i++) {
      for (const kind of ['home', 'article']) {
        // Cold: a fresh context (empty cache); warm: the same context again.
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
        const load = () => (kind === 'home' ? loadHome(context, origin, conditions) : loadArticle(context, origin, article, conditions));
        runs.cold[kind].push(await load());
        runs.warm[kind].push(await load());
        await context.close();
      }
    }
    for (const cache of ['cold', 'warm']) {
      const h = runs[cache].home;
      const a = runs[cache].article;
      rows.push({
        site: site.label, profile, cache,
        bytesFirst: median(h.map((r) => r.bytesFirst)),
        bytesReady: median(h.map((r) => r.bytesReady)),
        imagesReady: median(h.map((r) => r.imagesReady)),
        cards: median(h.map((r) => r.cards)),
        first: median(h.map((r) => r.first)),
        ready: median(h.map((r) => r.ready)),
        count: h[0]?.count,
        painted: median(a.map((r) => r.painted)),
        blank: Math.max(...a.map((r) => r.blank)),
      });
      console.error(JSON.stringify(rows.at(-1)));
    }
  }
  return rows;
}

async function runLighthouse(site, origin) {
  const article = sharedArticle(site.dir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  const rows = [];
  try {
    for (const [page, url] of [['home', `${origin}/`], ['article', `${origin}${article.path}`]]) {
      for (const preset of ['mobile', 'desktop']) {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
        const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
        const lhr = result.lhr;
        const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
        const failing = Object.values(lhr.categories).filter((c) => c.id !== 'performance')
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1).map((r) => r.id));
        rows.push({
          site: site.label, page, preset,
          performance: score('performance'), accessibility: score('accessibility'),
          bestPractices: score('best-practices'), seo: score('seo'),
          lcp: lhr.audits['largest-contentful-paint']?.numericValue, fcp: lhr.audits['first-contentful-paint']?.numericValue,
          tbt: lhr.audits['total-blocking-time']?.numericValue, cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          failing: [...new Set(failing)],
          consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => `${i.source}: ${i.description}`),
        });
        console.error(JSON.stringify(rows.at(-1)));
      }
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

const fmtS = (ms) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const fmtMB = (b) => (b === null || b === undefined ? '—' : b >= 1e5 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS.filter((f) => f !== '--headless=new') });
const figures = [];
const scores = [];
try {
  for (const [i, site] of sites.entries()) {
    const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
    const server = await startNginx(site.dir, { port });
    try {
      figures.push(...await measure(browser, site, server.origin));
      if (i === 0 && process.env.LIGHTHOUSE !== '0') scores.push(...await runLighthouse(site, server.origin));
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
  await offsite?.stop();
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`\nPublished sites on nginx (brotli_static), headless Chromium, median of ${REPS} loads (blank: the longest of them); query "${QUERY}"; load ${load}`);
console.log(offsite ? `Images on other hosts: a local stand-in answering each with one ${offsite.bytes.toLocaleString('en')}-byte PNG, throttled like the site` : 'Images on other hosts: refused at once (OFFSITE=0)');
const head = ['site', 'network', 'cache', 'bytes → first results', 'bytes → search ready', 'other hosts\' images → search ready', 'first result cards painted', 'the app\'s first results', 'search ready', 'its result count', 'article text painted', 'longest blank after'];
const lines = figures.map((r) => [r.site, r.profile, r.cache, fmtMB(r.bytesFirst), fmtMB(r.bytesReady), fmtMB(r.imagesReady), fmtS(r.cards), fmtS(r.first), fmtS(r.ready), r.count ?? '—', fmtS(r.painted), fmtS(r.blank)]);
const table = (h, ls) => {
  const w = h.map((x, i) => Math.max(String(x).length, ...ls.map((l) => String(l[i]).length)));
  const row = (l) => `| ${l.map((x, i) => String(x).padEnd(w[i])).join(' | ')} |`;
  return [row(h), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...ls.map(row)].join('\n');
};
console.log(table(head, lines));
if (scores.length) {
  console.log(`\nLighthouse 12.2.3 on ${sites[0].label} (its own throttling: mobile = simulated slow 4G and a 4× slower CPU; desktop = simulated cable)`);
  console.log(table(['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'audits below 1 (not performance)'],
    scores.map((s) => [s.page, s.preset, s.performance, s.accessibility, s.bestPractices, s.seo, fmtS(s.fcp), fmtS(s.lcp),
      s.tbt == null ? '—' : `${Math.round(s.tbt)} ms`, s.cls == null ? '—' : s.cls.toFixed(3), s.failing.join(', ') || '—'])));
}
