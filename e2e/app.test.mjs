// Loading and failure: a skeleton while loading, a readable error with a
// retry for every way the index (data/index.bin) or an article's file can
// be broken, never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens `/` with the index answered by `answer(route)`, starts searching
 *  (the home page opens its index when the reader first interacts with it)
 *  and returns the alert text. */
// Readers see a sentence and a Try again; the details go to the console.
const DEVELOPER_WORDS = /HTTP|veille build|TypeError|Failed to fetch|\/data\/|cannot be read|format version/;

/** The console's `Veille: …` line of the load error on `page` (start
 *  waiting before the page loads). */
function consoleDetail(page) {
  return page.waitForEvent('console', { predicate: (m) => m.text().startsWith('Veille: '), timeout: 30000 })
    .then((m) => m.text());
}

/** Loads the list with `answer` for the index; checks the reader's message
 *  and gives the console's detail. */
async function failWith(answer) {
  const page = await newPage(browser);
  await page.route('**/data/index.bin', answer);
  const detail = consoleDetail(page);
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('search-input').focus();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
  const text = await alert.textContent();
  assert.match(text, /could not be loaded/);
  assert.doesNotMatch(text, DEVELOPER_WORDS);
  return detail;
}

test('a skeleton is shown while the first view and the index load', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/data\/(index\.bin|head\.json)$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('loading').waitFor();
  assert.equal(await page.getByTestId('loading').getAttribute('aria-busy'), 'true');
  release();
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('loading').count(), 0);
});

test('the newest articles show from head.json before the index arrives; a search waits for the index', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/data/index.bin', async (route) => { await held; await route.continue(); });
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('result-count').textContent(), '777 results');
  assert.equal(await page.getByTestId('hit').count(), 20);
  assert.ok((await page.getByTestId('timeline-bar').count()) > 0);
  await page.getByTestId('search-input').fill('drf');
  await page.getByTestId('loading').waitFor();
  release();
  await page.getByTestId('result-count').waitFor();
  assert.match(await page.getByTestId('result-count').textContent(), /^\d+ results$/);
  assert.match(await page.getByTestId('hit-link').first().textContent(), /DRF/);
  assert.deepEqual(page.errors, []);
});

test('a missing or unreadable head.json only costs time: the index shows the same first view', async () => {
  for (const answer of [{ status: 404, body: 'not found' }, { status: 200, contentType: 'application/json', body: '{"index_format_version": ' }]) {
    const page = await newPage(browser);
    await page.route('**/data/head.json', (route) => route.fulfill(answer));
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('result-count').waitFor();
    assert.equal(await page.getByTestId('result-count').textContent(), '777 results', `head.json answered ${answer.status}`);
    assert.equal(await page.getByTestId('hit').count(), 20);
    assert.equal(await page.getByRole('alert').count(), 0);
    // The browser's own report of the 404 is the only message.
    assert.deepEqual(page.errors.filter((e) => !e.includes('Failed to load resource')), []);
    await page.context().close();
  }
});

test('a missing index shows a readable error, and retry loads the articles once it is back', async () => {
  const page = await newPage(browser);
  let missing = true;
  await page.route('**/data/index.bin', (route) => (missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()));
  const detail = consoleDetail(page);
  await page.goto(`${BASE_URL}/`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.doesNotMatch(await alert.textContent(), DEVELOPER_WORDS);
  assert.match(await detail, /HTTP 404/);
  missing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.getByTestId('result-count').textContent(), '777 results');
});

test('a truncated index is explained', async () => {
  const text = await failWith(async (route) => {
    const full = await (await route.fetch()).body();
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: full.subarray(0, full.length >> 1) });
  });
  assert.match(text, /cannot be read: the index is (truncated|corrupt)/);
});

test('a file that is not an index (an HTML page, as some hosts answer) is explained', async () => {
  const text = await failWith((route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hello' }));
  assert.match(text, /not a Veille index/);
});

test('an index of another format version is refused with an explanation', async () => {
  const header = Buffer.alloc(16);
  header.write('VEILLEIX', 0, 'latin1');
  header.writeUInt32LE(999, 8);
  const text = await failWith((route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: header }));
  assert.match(text, /format version 999, but this engine reads version [1-9][0-9]*;/);
});

test("an article whose own file is missing or broken shows an error with a retry, not a blank page", async () => {
  const page = await newPage(browser);
  let broken = true;
  await page.route('**/data/articles/**', (route) => (broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"title": ' }) : route.continue()));
  const detail = consoleDetail(page);
  await page.goto(`${BASE_URL}/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.doesNotMatch(await alert.textContent(), DEVELOPER_WORDS);
  assert.match(await detail, /the article at .*\/data\/articles\/papers\/2024-12-13-impella.*\.json cannot be read/);
  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('article-title').waitFor();
});

test('a network failure is explained', async () => {
  const text = await failWith((route) => route.abort('connectionrefused'));
  assert.match(text, /could not be fetched/);
});
