// Loading and failure: a skeleton while loading, a readable error with a
// retry for every way the bundle can be broken, never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens `/` with the bundle answered by `answer(route)` and returns the alert text. */
async function failWith(answer) {
  const page = await newPage(browser);
  await page.route('**/data/bundle.json', answer);
  await page.goto(`${BASE_URL}/`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
  return alert.textContent();
}

test('a skeleton is shown while the bundle loads', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/data/bundle.json', async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('loading').waitFor();
  assert.equal(await page.getByTestId('loading').getAttribute('aria-busy'), 'true');
  release();
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('loading').count(), 0);
});

test('a missing bundle shows a readable error, and retry loads the articles once it is back', async () => {
  const page = await newPage(browser);
  let missing = true;
  await page.route('**/data/bundle.json', (route) => (missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  await page.goto(`${BASE_URL}/`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded.*HTTP 404/);
  missing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('result-count').textContent(), '366 results');
});

test('a truncated bundle is explained', async () => {
  const text = await failWith(async (route) => {
    const full = await (await route.fetch()).text();
    await route.fulfill({ status: 200, contentType: 'application/json', body: full.slice(0, full.length / 2) });
  });
  assert.match(text, /cannot be read/);
});

test('a bundle that is not JSON is explained', async () => {
  const text = await failWith((route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hello' }));
  assert.match(text, /cannot be read.*JSON/i);
});

test('a bundle of another format version is refused with an explanation', async () => {
  const text = await failWith((route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 999, "articles": []}' }));
  assert.match(text, /format version 999/);
});

test('a network failure is explained', async () => {
  const text = await failWith((route) => route.abort('connectionrefused'));
  assert.match(text, /could not be fetched/);
});
