// Requests that never answer, on the published site served by nginx: every
// fetch has a deadline (window.veilleFetchTimeoutMs shortens them here) and
// the app falls back: a hanging first view (head.json) gives the list from
// the index; a hanging index still shows the first view, and a search that
// needs it says, in the reader's words, that the articles could not be
// loaded, with a Try again that works once the server answers. Errors on
// screen are for readers: no URL, HTTP status or browser message.
//
// Needs SITE_ROOT_DIR (the root site scripts/test.sh publishes) and nginx;
// skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startNginx } from './nginx.mjs';
import { launch, siteContext } from './browser.mjs';

const DIR = process.env.SITE_ROOT_DIR;
const skip = (!DIR && 'SITE_ROOT_DIR not set: scripts/test.sh publishes the site')
  || (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx') && 'no nginx: scripts/test.sh installs it (ensure_nginx)');
const DEADLINE_MS = 1500;
const DEVELOPER_WORDS = /HTTP|veille build|TypeError|Failed to fetch|\/data\/|serde|AbortError/;

let server;
let browser;

before(async () => {
  if (skip) return;
  server = await startNginx(DIR);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page whose requests matching `hang` never get an answer (until
 *  `release()` lets the next ones through), with short deadlines. */
async function open(path, hang) {
  const context = await siteContext(browser, server.origin);
  await context.addInitScript((ms) => { window.veilleFetchTimeoutMs = ms; }, DEADLINE_MS);
  let hanging = true;
  await context.route(hang, (route) => (hanging ? undefined : route.continue()));
  const page = await context.newPage();
  page.uncaught = [];
  page.on('pageerror', (err) => page.uncaught.push(err.message));
  await page.goto(`${server.origin}${path}`);
  return { page, context, release: () => { hanging = false; } };
}

test('a first view that never arrives gives the list and the search box from the index', { skip }, async () => {
  const { page, context } = await open('/', '**/data/head.json');
  await page.getByTestId('hit-link').first().waitFor();
  await page.getByTestId('search-input').waitFor();
  assert.equal(await page.getByTestId('loading').count(), 0, 'no skeleton left');
  assert.deepEqual(page.uncaught, []);
  await context.close();
});

test('an index that never arrives leaves the first view, and a search says so with a Try again that works', { skip }, async () => {
  const { page, context, release } = await open('/', '**/data/index.bin');
  await page.getByTestId('hit-link').first().waitFor();
  await page.getByTestId('search-input').fill('heart');
  const alert = page.getByTestId('load-error');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /could not be loaded/);
  assert.doesNotMatch(text, DEVELOPER_WORDS);
  release();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('hit-link').first().waitFor();
  assert.equal(await page.getByTestId('load-error').count(), 0);
  assert.deepEqual(page.uncaught, []);
  await context.close();
});

test('an article whose file never arrives says so in the reader\'s words, and Try again works', { skip }, async () => {
  const { page, context, release } = await open('/notes/preview-check/', '**/data/articles/**');
  const alert = page.getByTestId('load-error');
  await alert.waitFor();
  assert.doesNotMatch(await alert.textContent(), DEVELOPER_WORDS);
  release();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('article').waitFor();
  assert.deepEqual(page.uncaught, []);
  await context.close();
});
