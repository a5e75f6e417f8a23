// The drop-in search (<veille-search>, crates/js/search-ui) on a plain HTML
// page of another site: the page adds the script the published site serves
// (search/veille-search.js) and the element; typing finds articles from the
// site's own data files, with the matches marked, and a result opens the
// article's page.
//
// Needs SITE_ROOT_DIR (a site published at the root; scripts/test.sh);
// skipped without it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, siteContext, watchErrors } from './browser.mjs';

const DIR = process.env.SITE_ROOT_DIR;
const skip = !DIR && 'SITE_ROOT_DIR not set: scripts/test.sh publishes the site';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.bin': 'application/octet-stream', '.css': 'text/css', '.svg': 'image/svg+xml' };
// A page of "another site": nothing of Veille but the snippet.
const HOST_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our journal</title></head>
<body><h1>Our journal</h1>
<script type="module" src="/search/veille-search.js"></script>
<veille-search placeholder="Search our articles"></veille-search>
</body></html>`;

let server;
let origin;
let browser;

before(async () => {
  if (skip) return;
  // The published site as a static host serves it, plus the host page.
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/journal.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      return res.end(HOST_PAGE);
    }
    let file = join(DIR, normalize(path));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('a plain page with the snippet searches the site and opens an article', { skip }, async () => {
  const context = await siteContext(browser, origin);
  const page = watchErrors(await context.newPage());
  await page.goto(`${origin}/journal.html`);
  const box = page.getByRole('searchbox', { name: 'Search the articles' });
  await box.fill('impella');
  const status = page.getByRole('status');
  await status.filter({ hasText: /result/ }).waitFor();
  const results = page.locator('veille-search ol li');
  assert.ok(await results.count() >= 1);
  const title = page.locator('veille-search a.veille-search-title').first();
  assert.match(await title.textContent(), /Impella/i);
  assert.match(await title.locator('mark').first().textContent(), /impella/i);
  const href = await title.getAttribute('href');
  assert.match(href, new RegExp(`^${origin}/papers/[^/]+/$`));
  await title.click();
  await page.waitForURL(href);
  await page.getByTestId('article-title').filter({ hasText: /Impella/i }).waitFor();
  await page.goto(`${origin}/journal.html`);
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('zzqqxx');
  await page.getByRole('status').filter({ hasText: /^0 results$/ }).waitFor();
  assert.equal(await page.locator('veille-search ol li').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});
