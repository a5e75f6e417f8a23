// Article pages: their parts, the way back, previous/next, related, share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL, SCREENSHOTS } from './browser.mjs';
import { open, here, untilHere, untilText, until, hitTitles } from './helpers.mjs';

const IMPELLA = '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients';
const IMPELLA_TITLE = 'Impella heart pump approved for use in paediatric patients';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an article shows its title linked to the source, date, source, image with credit, body and tags', async () => {
  const page = await newPage(browser);
  await open(page, IMPELLA);
  const title = page.getByTestId('article-title');
  assert.equal(await title.textContent(), IMPELLA_TITLE);
  const source = title.getByRole('link');
  assert.equal(await source.getAttribute('href'), 'https://cardiovascularnews.com/impella-heart-pump-approved-for-use-in-paediatric-patients/');
  assert.equal(await source.getAttribute('target'), '_blank');
  assert.match(await source.getAttribute('rel'), /noopener/);
  const article = page.getByTestId('article');
  assert.match(await article.locator('.meta').textContent(), /13 December 2024.*cardiovascularnews\.com/);
  assert.match(await article.textContent(), /Johnson & Johnson MedTech has partnered/);
  // The body opens with the frontmatter image: it is shown once, with its credit.
  assert.equal(await article.locator('img').count(), 1);
  assert.match(await article.textContent(), /Crédit image/);
  // Bare URLs in the body are links, as on the publisher's site: the image
  // credit names the source page, and so does the "Lien source" section.
  const url = 'https://cardiovascularnews.com/impella-heart-pump-approved-for-use-in-paediatric-patients/';
  const bodyLinks = article.locator('.article-body').getByRole('link');
  assert.deepEqual(await bodyLinks.evaluateAll((ls) => ls.map((a) => [a.textContent, a.getAttribute('href'), a.target])),
    [[url, url, '_blank'], [url, url, '_blank']]);
  assert.deepEqual(await page.getByTestId('article-tags').getByRole('link').allTextContents(),
    ['France', 'Actualité', 'Cardiovascular News — Latest']);
  assert.equal(await page.title(), `${IMPELLA_TITLE} · Veille`);
  assert.deepEqual(page.errors, []);
});

test('a tag of an article links to the list filtered by that tag', async () => {
  const page = await newPage(browser);
  await open(page, IMPELLA);
  await page.getByTestId('article-tags').getByRole('link', { name: 'Cardiovascular News — Latest' }).click();
  await untilHere(page, '/?tag=Cardiovascular+News+%E2%80%94+Latest');
  await untilText(page.getByTestId('result-count'), '2 results');
});

test('opening a result keeps the results in the URL; Back to results restores every filter', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=drf&tag=DRF+%E2%80%94+News&sort=oldest');
  const titles = await hitTitles(page);
  await page.getByTestId('hit-link').nth(1).click();
  await untilHere(page, /^\/papers\/.*\?q=drf&tag=DRF\+%E2%80%94\+News&sort=oldest$/);
  assert.equal(await page.getByTestId('article-title').textContent(), titles[1]);
  await page.getByTestId('back-link').click();
  await untilHere(page, '/?q=drf&tag=DRF+%E2%80%94+News&sort=oldest');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'drf');
  assert.equal(await page.getByTestId('sort').inputValue(), 'oldest');
  assert.deepEqual(await hitTitles(page), titles);
});

test('previous and next follow the results, across a page boundary', async () => {
  const page = await newPage(browser);
  await open(page, '/');
  const page1 = await hitTitles(page);
  await page.getByTestId('hit-link').nth(1).click();
  await page.getByTestId('article-nav').waitFor();
  assert.equal(await page.getByTestId('article-nav').locator('.position').textContent(), 'Result 2 of 777');
  assert.match(await page.getByTestId('article-prev').textContent(), new RegExp(escape(page1[0])));
  assert.match(await page.getByTestId('article-next').textContent(), new RegExp(escape(page1[2])));
  // The last result of page 1: next is the first of page 2, and the way back leads to page 2.
  await open(page, '/');
  await page.getByTestId('hit-link').nth(19).click();
  await page.getByTestId('article-next').click();
  await untilText(page.getByTestId('article-nav').locator('.position'), 'Result 21 of 777');
  assert.match(here(page), /\?page=2$/);
  await page.getByTestId('back-link').click();
  await untilHere(page, '/?page=2');
  assert.equal((await hitTitles(page))[0], await page.getByTestId('hit-link').first().textContent());
});

test('related articles are listed and open within the same results', async () => {
  const page = await newPage(browser);
  await open(page, `${IMPELLA}?tag=France`);
  const related = page.getByTestId('related').getByRole('link');
  assert.equal(await related.count(), 5);
  const title = await related.first().textContent();
  await related.first().click();
  await untilText(page.getByTestId('article-title'), title);
  assert.match(here(page), /\?tag=France$/);
});

test('share copies the link when the Web Share API is absent, and says so', async () => {
  const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, `${IMPELLA}?q=impella`);
  assert.equal(await page.evaluate(() => 'share' in navigator), false);
  await page.getByTestId('share').click();
  await untilText(page.getByTestId('share-status'), 'Link copied');
  // With the trailing slash the published site serves the page at, so a
  // shared link's preview needs no redirect; the app opens it as well.
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(shared, `${BASE_URL}${IMPELLA}/?q=impella`);
  await open(page, shared.slice(BASE_URL.length));
  assert.equal(await page.getByTestId('article-title').textContent(), IMPELLA_TITLE);
});

test('share uses the Web Share API where the browser has it', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => { window.__shared.push(data); };
  });
  await open(page, IMPELLA);
  await page.getByTestId('share').click();
  await until(() => page.evaluate(() => window.__shared.length), 1, { what: 'share calls' });
  assert.deepEqual(await page.evaluate(() => window.__shared[0]), { title: IMPELLA_TITLE, url: `${BASE_URL}${IMPELLA}/` });
  assert.equal(await page.getByTestId('share-status').textContent(), '');
});

test('the plain-text seed document has its own page with its paragraphs', async () => {
  const page = await newPage(browser);
  await open(page, '/documents/nice-microaxial-flow-pump-cardiogenic-shock');
  assert.equal(await page.getByTestId('article-title').textContent(), 'Information for the public');
  assert.match(await page.getByTestId('article').textContent(), /Is this procedure right for me\?/);
});

test('a deep link to an article survives a reload, and Back returns to the list', async () => {
  const page = await newPage(browser);
  await open(page, '/');
  await open(page, IMPELLA);
  await page.reload();
  await untilText(page.getByTestId('article-title'), IMPELLA_TITLE);
  await page.screenshot({ path: `${SCREENSHOTS}article.png`, fullPage: true });
  await page.goBack();
  await untilHere(page, '/');
  await page.getByTestId('result-count').waitFor();
});

test('an unknown slug and an unknown path show the not-found page with a link to search', async () => {
  const page = await newPage(browser);
  for (const path of ['/papers/no-such-article', '/a/b/c']) {
    await open(page, path);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
  }
  await page.getByRole('link', { name: 'Search the articles' }).click();
  await untilHere(page, '/');
  await page.getByTestId('result-count').waitFor();
});

function escape(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

// Holds every request for the index (data/index.bin) until `release()`;
// `answered()` says whether one was answered.
async function holdIndex(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  let answered = false;
  await page.route('**/index.bin', async (route) => {
    await held;
    await route.continue();
    answered = true;
  });
  return { release, answered: () => answered };
}

test('an article shows from its own file while the index is held, its related articles too; previous and next fill in once it arrives', async () => {
  const page = await newPage(browser);
  const index = await holdIndex(page);
  await page.goto(`${BASE_URL}${IMPELLA}?tag=France`);
  await untilText(page.getByTestId('article-title'), IMPELLA_TITLE);
  assert.match(await page.getByTestId('article').locator('.article-body').textContent(), /Johnson & Johnson MedTech has partnered/);
  // Related articles come with the article's file.
  assert.equal(await page.getByTestId('related').getByRole('link').count(), 5);
  // Previous / next say they are loading, below everything else.
  const waiting = page.getByTestId('article-nav-loading');
  assert.equal(await waiting.getByRole('status').textContent(), 'Loading the results…');
  assert.equal(await page.getByTestId('article-nav').count(), 0);
  assert.equal(await page.getByTestId('loading').count(), 0, 'no skeleton');
  assert.equal(index.answered(), false, 'the index was answered before the article was checked');

  index.release();
  const nav = page.getByTestId('article-nav');
  await nav.waitFor();
  assert.match(await nav.locator('.position').textContent(), /^Result \d+ of \d+$/);
  assert.equal(await waiting.count(), 0);
  assert.equal(await page.getByTestId('article-title').textContent(), IMPELLA_TITLE);
  assert.deepEqual(page.errors, []);
});
