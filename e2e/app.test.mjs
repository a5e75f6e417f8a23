// The explorer on the sample content: list, deep links, history, failures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL, SCREENSHOTS } from './browser.mjs';

const SEED_TITLES = [
  'Impella heart pump approved for use in paediatric patients',
  'Early use of mechanical support shows benefit for patients with AMI complicated by cardiogenic shock',
  'Information for the public',
];
const IMPELLA = '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the home page lists the three seed articles, newest first, with date and source', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/`);
  const items = page.getByTestId('article-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 3);
  const titles = await page.getByTestId('article-list').getByRole('link').allTextContents();
  assert.deepEqual(titles, SEED_TITLES);
  assert.match(await items.first().textContent(), /13 décembre 2024.*cardiovascularnews\.com/);
  assert.equal(await page.getByRole('status').textContent(), '3 articles');
  await page.screenshot({ path: `${SCREENSHOTS}home.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
});

test('clicking a title opens its article at its permalink', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('link', { name: SEED_TITLES[0] }).click();
  await page.waitForURL(`**${IMPELLA}`);
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.textContent(), SEED_TITLES[0]);
  assert.equal(
    await heading.getByRole('link').getAttribute('href'),
    'https://cardiovascularnews.com/impella-heart-pump-approved-for-use-in-paediatric-patients/',
  );
  assert.match(await page.getByTestId('article').textContent(), /Johnson & Johnson MedTech has partnered/);
  assert.equal(await page.title(), `${SEED_TITLES[0]} · Veille`);
});

test('a deep link to an article loads directly, survives a reload, and Back returns to the list', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('article-item').first().waitFor();
  await page.goto(`${BASE_URL}${IMPELLA}`);
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.textContent(), SEED_TITLES[0]);
  await page.reload();
  assert.equal(await heading.textContent(), SEED_TITLES[0]);
  await page.screenshot({ path: `${SCREENSHOTS}article.png`, fullPage: true });
  await page.goBack();
  await page.waitForURL(`${BASE_URL}/`);
  await page.getByTestId('article-list').waitFor();
  assert.equal(await page.getByTestId('article-item').count(), 3);
  assert.deepEqual(page.errors, []);
});

test('the plain-text seed document has its own page with its paragraphs', async () => {
  const page = await newPage(browser);
  await page.goto(`${BASE_URL}/documents/nice-microaxial-flow-pump-cardiogenic-shock`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Information for the public');
  assert.match(await page.getByTestId('article').textContent(), /Is this procedure right for me\?/);
});

test('an unknown slug and an unknown path show the not-found page with a way back', async () => {
  const page = await newPage(browser);
  for (const path of ['/papers/no-such-article', '/a/b/c']) {
    await page.goto(`${BASE_URL}${path}`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
  }
  await page.getByRole('link', { name: 'Browse all articles' }).click();
  await page.getByTestId('article-list').waitFor();
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
  await page.getByTestId('article-list').waitFor();
  assert.equal(await page.getByTestId('article-item').count(), 3);
});

test('a bundle of another format version is refused with an explanation', async () => {
  const page = await newPage(browser);
  await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format_version": 999, "articles": []}' }));
  await page.goto(`${BASE_URL}/`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /format version 999/);
});
