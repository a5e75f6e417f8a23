// A first visit to a published site (`veille site`, on nginx with the
// repository's configuration), as a phone on a slow network would make it:
// what is requested when. A page paints its prerendered text before the
// app's code (the wasm) is even requested, and names no wasm preload; the home
// page's first view holds its cards' thumbnails until the index's first part
// has arrived, so that they do not take its bandwidth, and requests that
// part before the wasm's last bytes (index.html, crates/cli/src/site/csp.rs,
// src/demand.rs).
//
// Needs SITE_ROOT_DIR (scripts/test.sh publishes it); skipped without it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, siteContext, watchErrors } from './browser.mjs';
import { startNginx } from './nginx.mjs';

const DIR = process.env.SITE_ROOT_DIR;
const skip = !DIR && 'SITE_ROOT_DIR not set: scripts/test.sh publishes the site';

let browser;
let server;
let articles;

before(async () => {
  if (skip) return;
  articles = JSON.parse(readFileSync(join(DIR, 'data/bundle.json'), 'utf8')).articles;
  server = await startNginx(DIR);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [what, path, started] of [
  ["an article's page", (a) => `${a.permalink}/`, (page) => page.getByTestId('article').waitFor()],
  ['the home page', () => '/', (page) => page.getByTestId('hit').first().waitFor()],
]) {
  test(`${what} asks for the app's wasm only once its prerendered text is painted, and preloads none`, { skip }, async () => {
    const context = await siteContext(browser, server.origin);
    const page = watchErrors(await context.newPage());
    await page.goto(`${server.origin}${path(articles.find((x) => x.date))}`);
    // The app starts (its copy replaces the page's) ...
    await page.locator('#veille-prerender').waitFor({ state: 'detached' });
    await started(page);
    const seen = await page.evaluate(() => ({
      preloads: document.querySelectorAll('link[rel=preload][href$=".wasm"]').length,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      wasm: performance.getEntriesByType('resource').find((e) => /_bg\.wasm$/.test(e.name))?.startTime ?? null,
    }));
    // ... from a wasm requested after the first paint.
    assert.equal(seen.preloads, 0);
    assert.ok(seen.fcp !== null && seen.wasm !== null, JSON.stringify(seen));
    assert.ok(seen.wasm >= seen.fcp, `wasm requested at ${seen.wasm} ms, text painted at ${seen.fcp} ms`);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test("the home page's first view shows its cards' thumbnails once the index's first part has arrived", { skip }, async () => {
  assert.ok(articles.some((x) => x.image_url), 'the site has an article with an image');
  const context = await siteContext(browser, server.origin);
  const page = watchErrors(await context.newPage());
  let release;
  const held = new Promise((r) => { release = r; });
  let asked;
  const askedFor = new Promise((r) => { asked = r; });
  await page.route('**/data/index.bin', async (route) => { asked(); await held; await route.continue(); });
  await page.goto(`${server.origin}/`);
  // The app's cards, with their thumbnail boxes but no image while the index is held.
  await page.getByTestId('hit').first().waitFor();
  // Asked for without waiting for the reader.
  await askedFor;
  assert.ok(await page.getByTestId('thumb').count() > 0);
  assert.equal(await page.locator('[data-testid=thumb] img').count(), 0);
  release();
  await page.locator('[data-testid=thumb] img').first().waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("on a slow network the home page requests the index's first part before the wasm's last bytes", { skip }, async () => {
  const context = await siteContext(browser, server.origin);
  const page = watchErrors(await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // A round trip of 400 ms: the request goes out about that long before the
  // wasm (hundreds of kilobytes, two seconds here) has arrived.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 2e6 / 8, uploadThroughput: 1e6 / 8 });
  await page.goto(`${server.origin}/`);
  await page.getByTestId('hit').first().waitFor({ timeout: 60_000 });
  // A resource's timing entry is added when its last byte has arrived: on a
  // large site the index is still arriving when the first cards are drawn.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/data\/index\.bin$/.test(e.name)),
    null, { timeout: 60_000 });
  const seen = await page.evaluate(() => {
    const entry = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name));
    return { wasmEnd: entry(/_bg\.wasm$/)?.responseEnd ?? null, index: entry(/\/data\/index\.bin$/)?.startTime ?? null };
  });
  assert.ok(seen.wasmEnd !== null && seen.index !== null, JSON.stringify(seen));
  assert.ok(seen.index < seen.wasmEnd, `index.bin requested at ${seen.index} ms, the wasm's last byte at ${seen.wasmEnd} ms`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
