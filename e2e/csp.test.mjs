// The published site under its strict Content-Security-Policy, sent as a
// header by the README's nginx configuration (deploy/nginx-veille.conf):
// no inline script or style anywhere, so the app starts, the timeline
// draws its bars and the browser reports no violation (listened for with
// `securitypolicyviolation`). And when the app's code cannot start (its
// wasm or JavaScript missing), the page says so in the reader's language
// above its prerendered text, which stays readable, without an uncaught
// error.
//
// Needs SITE_ROOT_DIR (the root site scripts/test.sh publishes) and nginx
// (scripts/lib.sh, ensure_nginx); skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx.mjs';
import { launch, siteContext } from './browser.mjs';

const DIR = process.env.SITE_ROOT_DIR;
const skip = (!DIR && 'SITE_ROOT_DIR not set: scripts/test.sh publishes the site')
  || (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx') && 'no nginx: scripts/test.sh installs it (ensure_nginx)');

let server;
let browser;
let articles;

before(async () => {
  if (skip) return;
  server = await startNginx(DIR);
  browser = await launch();
  articles = JSON.parse(readFileSync(join(DIR, 'data/bundle.json'), 'utf8')).articles;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that records every CSP violation (in `window.violations`) and
 *  every uncaught error (in `page.uncaught`); `block` names files to fail. */
async function open(path, { block, locale = 'en-US' } = {}) {
  const context = await siteContext(browser, server.origin, { locale });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (block) await context.route(block, (route) => route.abort());
  const page = await context.newPage();
  page.uncaught = [];
  page.on('pageerror', (err) => page.uncaught.push(err.message));
  const response = await page.goto(`${server.origin}${path}`);
  return { page, response, context };
}

test('every answer carries the policy, which allows no inline script or style', { skip }, async () => {
  const res = await fetch(`${server.origin}/`);
  const policy = res.headers.get('content-security-policy');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /style-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  const wasm = (await fetch(`${server.origin}/`).then((r) => r.text())).match(/veille-app-[0-9a-f]+_bg\.wasm/)?.[0];
  if (wasm) assert.equal((await fetch(`${server.origin}/${wasm}`)).headers.get('content-security-policy'), policy);
  const html = readFileSync(join(DIR, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'no style attribute');
});

test('under the policy the app starts, the timeline draws its bars and nothing is blocked', { skip }, async () => {
  const { page, response, context } = await open('/');
  assert.ok(response.headers()['content-security-policy']);
  await page.locator('#veille-prerender').waitFor({ state: 'detached' });
  await page.getByTestId('timeline-bar').first().waitFor();
  // A bar with results is drawn at least 3 px high.
  await page.waitForFunction(() => [...document.querySelectorAll('.bar-count')]
    .some((b) => b.getBoundingClientRect().height >= 3));
  // A search, then an article page, under the same policy. (Not a feed:
  // Chromium's own XML viewer styles it inline and is reported.)
  await page.getByTestId('search-input').fill('heart');
  await page.waitForURL(/q=heart/);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'on the list and the search');
  const a = articles.find((x) => x.date);
  await page.goto(`${server.origin}${a.permalink}/`);
  await page.getByTestId('article').waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'on an article page');
  assert.deepEqual(page.uncaught, []);
  await context.close();
});

for (const [what, block] of [['wasm', '**/*_bg.wasm'], ['JavaScript', /veille-app-[0-9a-f]+\.js$/]]) {
  test(`without the app's ${what}, the page says the explorer could not start and keeps its text`, { skip }, async () => {
    const a = articles.find((x) => x.date);
    for (const [locale, words, retry] of [['en-US', 'could not start', 'Try again'], ['fr-FR', 'n’a pas pu démarrer', 'Réessayer']]) {
      const { page, context } = await open(`${a.permalink}/`, { block, locale });
      const alert = page.getByTestId('start-failed');
      await alert.waitFor();
      assert.match(await alert.textContent(), new RegExp(words));
      assert.equal(await alert.getByRole('button', { name: retry }).count(), 1);
      assert.ok(await page.locator('#veille-prerender').isVisible(), 'the prerendered article stays readable');
      assert.match(await page.locator('#veille-prerender').textContent(), new RegExp(a.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.deepEqual(page.uncaught, []);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      await context.close();
    }
  });
}
