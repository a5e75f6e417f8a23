// The published site (`veille site`, built by scripts/test.sh through
// scripts/publish.sh) on a static server with no index fallback,
// `python3 -m http.server`, at the root and under a sub-path: every deep link
// answers, article text is readable before (and without) JavaScript, the app
// then takes over and navigates, and a link-preview validator accepts the
// pages' Open Graph tags (image fetched from the same server).
//
// Needs SITE_ROOT_DIR / SITE_ROOT_PORT (a site for http://127.0.0.1:PORT/) and
// SITE_SUB_PARENT / SITE_SUB_PORT (a folder holding the site as veille/, for
// http://127.0.0.1:PORT/veille/); skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, siteContext, watchErrors, SCREENSHOTS } from './browser.mjs';

const env = process.env;
const SITES = [
  // The sub-path site is published with `--name "Veille cardio"` (scripts/test.sh).
  { name: 'root', dir: env.SITE_ROOT_DIR, serve: env.SITE_ROOT_DIR, port: env.SITE_ROOT_PORT, base: '', siteName: 'Veille' },
  { name: 'sub-path', dir: env.SITE_SUB_PARENT && join(env.SITE_SUB_PARENT, 'veille'), serve: env.SITE_SUB_PARENT, port: env.SITE_SUB_PORT, base: '/veille', siteName: 'Veille cardio' },
];
const skip = SITES.some((s) => !s.dir || !s.port) && 'SITE_* not set: scripts/test.sh builds the sites';
const FIXTURE = '/notes/preview-check';
const IMPELLA = '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients';

// python3's http.server, except that a missing file is answered with the
// site's 404.html and status 404, as GitHub Pages does. It listens on a
// port the system picks, free by construction, and prints it.
const PAGES_LIKE_SERVER = `
import http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = open(sys.argv[2], 'rb').read()
        self.send_response(404)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), lambda *a: Handler(*a, directory=sys.argv[1]))
print(server.server_address[1], flush=True)
server.serve_forever()
`;

let browser;
const servers = [];

before(async () => {
  if (skip) return;
  for (const site of SITES) {
    site.origin = `http://127.0.0.1:${site.port}`;
    site.root = `${site.origin}${site.base}`;
    site.articles = JSON.parse(readFileSync(join(site.dir, 'data/bundle.json'), 'utf8')).articles;
    await serve(['-m', 'http.server', '--bind', '127.0.0.1', String(site.port), '-d', site.serve], `${site.root}/`);
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

/** Starts `python3 args` and waits until it answers `url`; gives the
 *  process. Fails at once if something else answers there already: the
 *  tests would otherwise run on that other server, and fail for reasons
 *  that are not the site's. */
async function serve(args, url) {
  const answers = await fetch(url).then(() => true, () => false);
  if (answers) throw new Error(`${new URL(url).host} is already taken by another server: stop it or set SITE_*_PORT`);
  const server = spawn('python3', args, { stdio: 'ignore' });
  servers.push(server);
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} exited with code ${server.exitCode}`);
    try { if ((await fetch(url)).ok) return server; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Starts the GitHub-Pages-like server on `site`'s folder; gives the
 *  process and the port it listens on (listening once it has said so). */
async function servePagesLike(site) {
  const server = spawn('python3', ['-c', PAGES_LIKE_SERVER, site.serve, join(site.dir, '404.html')],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  servers.push(server);
  const port = await new Promise((resolve, reject) => {
    server.stdout.once('data', (line) => resolve(Number(String(line).trim())));
    server.once('exit', (code) => reject(new Error(`the GitHub-Pages-like server exited with code ${code}`)));
  });
  assert.ok(port > 0, `the GitHub-Pages-like server printed no port: ${port}`);
  return { server, port };
}

/** A page on this site only: other hosts' images get a placeholder, the rest is refused. */
async function sitePage(site, { javaScriptEnabled = true, viewport } = {}) {
  const context = await siteContext(browser, site.origin, { javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  return watchErrors(await context.newPage());
}

const article = (site, permalink) => site.articles.find((a) => a.permalink === permalink);

/** Opens `site`'s article page at `viewport` with the index held back and
 *  checks every frame from the first one until previous / next are in:
 *  whether the title and the start of the body are on screen (innerText:
 *  rendered text only, not the hidden app), where the visible title is, when
 *  the static copy leaves, and the layout shifts the browser measures. */
async function sharedLinkTakeover(site, viewport) {
  const page = await sitePage(site, { viewport });
  const a = article(site, IMPELLA);
  const body = a.body_text.split(/\s+/).slice(0, 6).join(' ');
  await page.addInitScript(({ title, body }) => {
    const log = { frames: 0, seen: 0, missing: [], tops: new Set(), removedAt: null, shifts: 0 };
    window.__textLog = log;
    const flat = (s) => s.replace(/\s+/g, ' ');
    const frame = () => {
      if (document.body) {
        log.frames += 1;
        const text = flat(document.body.innerText);
        const shown = text.includes(title) && text.includes(body);
        if (shown) log.seen += 1;
        else if (log.seen > 0) log.missing.push({ frame: log.frames, prerender: !!document.getElementById('veille-prerender'), text: text.slice(0, 200) });
        const h1 = [...document.querySelectorAll('h1')].find((h) => h.offsetParent !== null);
        if (h1) log.tops.add(Math.round(h1.getBoundingClientRect().top * 10) / 10);
        if (log.removedAt === null && log.seen > 0 && !document.getElementById('veille-prerender')) log.removedAt = log.frames;
      }
      if (!log.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) log.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }, { title: a.title, body });
  let release;
  const held = new Promise((r) => { release = r; });
  let indexAnswered = false;
  await page.route('**/index.bin', async (route) => { await held; await route.continue(); indexAnswered = true; });
  await page.goto(`${site.root}${IMPELLA}`);
  // The app takes over while the index is held: its own copy of the article.
  await page.locator('#veille-prerender').waitFor({ state: 'detached' });
  await page.getByTestId('article').waitFor();
  assert.equal(await page.getByTestId('article-title').textContent(), a.title);
  assert.equal(indexAnswered, false);
  assert.equal(await page.getByTestId('loading').count(), 0, 'no skeleton');
  // Previous / next fill in once the index arrives.
  release();
  await page.getByTestId('article-nav').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const log = await page.evaluate(() => {
    const l = window.__textLog;
    l.stop = true;
    return { ...l, tops: [...l.tops] };
  });
  assert.ok(log.seen > 0, 'the article was never seen');
  assert.ok(log.removedAt !== null, 'the static copy never left');
  assert.deepEqual(log.missing, [], 'frames without the article\'s title and body');
  assert.equal(log.tops.length, 1, `the title moved at ${viewport.width} px: ${log.tops.join(', ')}`);
  assert.equal(log.shifts, 0, 'layout shift');
  assert.deepEqual(page.errors, []);
  await page.context().close();
}

for (const site of SITES) {
  test(`${site.name}: every article's deep link answers 200 on python3 -m http.server, with its own head`, { skip }, async () => {
    assert.ok(site.articles.length >= 4);
    for (const a of site.articles) {
      // As users paste it: no trailing slash. The server redirects to the folder.
      const res = await fetch(`${site.root}${a.permalink}`);
      assert.equal(res.status, 200, a.permalink);
      assert.equal(res.url, `${site.root}${a.permalink}/`);
      const html = await res.text();
      assert.ok(html.includes(`<meta property="og:url" content="${res.url}" />`), a.permalink);
    }
    for (const path of ['/', '/?q=heart&year=2024', '/404.html', '/sitemap.xml', '/robots.txt', '/feeds/atom.xml', '/data/bundle.json', '/data/index.bin']) {
      assert.equal((await fetch(`${site.root}${path}`)).status, 200, path);
    }
  });

  test(`${site.name}: an article page is readable with JavaScript disabled`, { skip }, async () => {
    const page = await sitePage(site, { javaScriptEnabled: false });
    const a = article(site, IMPELLA);
    const res = await page.goto(`${site.root}${IMPELLA}`);
    assert.equal(res.status(), 200);
    const pre = page.locator('#veille-prerender');
    assert.equal(await pre.getByRole('heading', { level: 1 }).textContent(), a.title);
    assert.equal(await page.title(), `${a.title} · ${site.siteName}`);
    // The article as the app shows it: its body, the title linked to the source.
    const text = (await pre.textContent()).replace(/\s+/g, ' ');
    const body = a.body_text.split(/\s+/).slice(0, 6).join(' ');
    assert.ok(text.includes(body), text);
    // The date in English, as the page's other words (lang="en"), not the site's French label.
    const [y, m, d] = a.date.slice(0, 10).split('-').map(Number);
    const english = `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
    assert.ok(text.includes(english), `${english} not in ${text}`);
    assert.ok(!text.includes(a.published_label), text);
    assert.equal(await pre.getByRole('heading', { level: 1 }).getByRole('link').getAttribute('href'), a.source_url);
    assert.equal(await pre.getByRole('link', { name: site.siteName, exact: true }).getAttribute('href'), `${site.base}/`);
    // The hostile-looking fixture title is text, not markup.
    await page.goto(`${site.root}${FIXTURE}`);
    assert.equal(await pre.getByRole('heading', { level: 1 }).textContent(), article(site, FIXTURE).title);
    assert.equal(await pre.locator('b').count(), 0);
    await page.screenshot({ path: `${SCREENSHOTS}site-${site.name}-nojs.png`, fullPage: true });
    await page.context().close();
  });

  test(`${site.name}: the text is there before the app starts, then the app takes over and navigates`, { skip }, async () => {
    const page = await sitePage(site);
    const a = article(site, IMPELLA);
    // Hold the wasm until the static text has been checked.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${site.root}${IMPELLA}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#veille-prerender h1').textContent(), a.title);
    assert.ok(await page.locator('#veille-prerender h1').isVisible());
    release();

    // The app removes the static copy and renders the article itself.
    await page.locator('#veille-prerender').waitFor({ state: 'detached' });
    const heading = page.getByRole('heading', { level: 1 });
    await page.waitForFunction((t) => [...document.querySelectorAll('h1')].some((h) => h.textContent === t), a.title);
    assert.equal(await heading.count(), 1);
    assert.equal(await heading.textContent(), a.title);
    await page.evaluate(() => { window.notReloaded = true; });

    // Navigate inside the app: to another article, without reloading the page.
    const other = article(site, FIXTURE);
    // The app's own links (through app_path, so under the base path too):
    // home, then the other article in the list.
    // The app's header and tab titles say the site's name (`--name`).
    assert.equal(await page.locator('header .brand').textContent(), site.siteName);
    await page.getByRole('link', { name: site.siteName, exact: true }).first().click();
    await page.waitForURL(`${site.root}/`);
    assert.equal(await page.title(), site.siteName);
    await page.getByRole('link', { name: other.title }).click();
    await page.waitForURL(`${site.root}${other.permalink}`);
    await page.waitForFunction((t) => [...document.querySelectorAll('h1')].some((h) => h.textContent === t), other.title);
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'navigated without a reload');
    assert.equal(await page.title(), `${other.title} · ${site.siteName}`);
    await page.screenshot({ path: `${SCREENSHOTS}site-${site.name}-app.png`, fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${site.name}: a shared article link never loses its text: from the first paint through the app's takeover, with the index held, nothing moves`, { skip }, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      await sharedLinkTakeover(site, viewport);
    }
  });

  test(`${site.name}: on a host that answers unknown paths with 404.html (GitHub Pages), the app boots and routes them`, { skip }, async () => {
    const { server, port } = await servePagesLike(site);
    const root = `http://127.0.0.1:${port}${site.base}`;
    const page = await sitePage({ ...site, origin: `http://127.0.0.1:${port}` });
    for (const path of ['/no-such-page', '/papers/no-such-article']) {
      const res = await page.goto(`${root}${path}`);
      assert.equal(res.status(), 404, path);
      assert.equal(page.url(), `${root}${path}`);
      // 404.html has no static text: the not-found page is the app's.
      await page.getByTestId('not-found').waitFor();
      assert.equal(await page.title() !== '', true);
    }
    // The app loaded its bundle and can leave for a real page without a reload.
    await page.evaluate(() => { window.notReloaded = true; });
    // From the not-found page, the app's link to search, then an article of the list.
    const a = article(site, FIXTURE);
    await page.getByRole('link', { name: 'Search the articles' }).click();
    await page.waitForURL(`${root}/`);
    await page.getByRole('link', { name: a.title }).click();
    await page.waitForURL(`${root}${a.permalink}`);
    await page.waitForFunction((t) => [...document.querySelectorAll('h1')].some((h) => h.textContent === t), a.title);
    assert.equal(await page.evaluate(() => window.notReloaded), true);
    // The browser logs the 404 status of the document itself; nothing else may fail.
    assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
    await page.context().close();
    server.kill();
  });
}

// ---- The link-preview validator: what a chat app's unfurler needs. ----

/** The preview fields of the page at `url`, read as a crawler does (no JavaScript). */
async function previewOf(site, url) {
  const page = await sitePage(site, { javaScriptEnabled: false });
  const res = await page.goto(url);
  const head = await page.evaluate(() => {
    const meta = {};
    for (const m of document.head.querySelectorAll('meta[content]')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name');
      if (key) (meta[key] ??= []).push(m.getAttribute('content'));
    }
    meta.canonical = [...document.head.querySelectorAll('link[rel=canonical]')].map((l) => l.href);
    return meta;
  });
  await page.context().close();
  return { status: res.status(), finalUrl: page.url(), head };
}

/** Problems a link previewer would have with the page; [] when its preview is complete. */
async function validatePreview(site, url, { fetchImage, dated = true }) {
  const { status, finalUrl, head } = await previewOf(site, url);
  const problems = [];
  if (status !== 200) problems.push(`status ${status}`);
  const one = (key) => {
    const v = head[key];
    if (!v || v.length !== 1 || !v[0].trim()) { problems.push(`${key}: expected one non-empty value, got ${JSON.stringify(v)}`); return undefined; }
    return v[0];
  };
  const absolute = (key, v) => {
    try {
      const u = new URL(v);
      if (!['http:', 'https:'].includes(u.protocol) || u.href !== v) problems.push(`${key} is not an absolute http(s) URL: ${v}`);
    } catch { if (v !== undefined) problems.push(`${key} is not a URL: ${v}`); }
  };
  for (const key of ['og:title', 'og:description', 'og:site_name', 'description', 'twitter:title', 'twitter:description']) one(key);
  const ogUrl = one('og:url'); absolute('og:url', ogUrl);
  const canonical = one('canonical'); absolute('canonical', canonical);
  if (ogUrl !== finalUrl || canonical !== finalUrl) problems.push(`og:url ${ogUrl} / canonical ${canonical} differ from the page's URL ${finalUrl}`);
  if (one('og:type') !== 'article') problems.push('og:type is not article');
  // An undated document (plain text without frontmatter) has no date to give.
  if (dated) {
    const published = one('article:published_time');
    if (published !== undefined && Number.isNaN(Date.parse(published))) problems.push(`article:published_time is not a date: ${published}`);
  } else if (head['article:published_time']) problems.push('article:published_time on an undated article');
  if (!['summary', 'summary_large_image'].includes(one('twitter:card'))) problems.push('twitter:card is not summary or summary_large_image');
  const image = one('og:image'); absolute('og:image', image);
  if (one('twitter:image') !== image) problems.push('twitter:image differs from og:image');
  if (fetchImage && image) {
    const res = await fetch(image).catch((e) => ({ ok: false, status: e.message }));
    if (!res.ok) problems.push(`og:image ${image}: ${res.status}`);
    else {
      const type = res.headers.get('content-type') ?? '';
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (!/^image\/(png|jpeg|gif|webp)$/.test(type)) problems.push(`og:image has type ${type}`);
      if (type === 'image/png') {
        const view = new DataView(bytes.buffer);
        const [w, h] = [view.getUint32(16), view.getUint32(20)];
        if (w < 200 || h < 200) problems.push(`og:image is ${w}x${h}, under the 200x200 previewers require`);
      }
    }
  }
  return problems;
}

for (const site of SITES) {
  test(`${site.name}: the link-preview validator accepts an article page and fetches its image`, { skip }, async () => {
    // The fixture has no image of its own: its og:image is the site's, on this server.
    assert.deepEqual(await validatePreview(site, `${site.root}${FIXTURE}`, { fetchImage: true }), []);
    // Corpus images live on publishers' hosts, unreachable here: shape only.
    for (const a of site.articles.filter((a) => a.permalink !== FIXTURE)) {
      assert.deepEqual(await validatePreview(site, `${site.root}${a.permalink}`, { fetchImage: !a.image_url, dated: Boolean(a.date) }), [], a.permalink);
    }
  });
}

test('the link-preview validator rejects a page without article preview tags', { skip }, async () => {
  const site = SITES[0];
  const problems = await validatePreview(site, `${site.root}/404.html`, { fetchImage: true });
  assert.ok(problems.some((p) => p.startsWith('og:url')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('canonical')), problems.join('\n'));
  assert.ok(problems.includes('og:type is not article'), problems.join('\n'));
});
