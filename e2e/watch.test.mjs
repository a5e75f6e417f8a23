// What people who follow a field expect of a watch page: export the
// current list, cite an article, see what is new since their last visit,
// and subscribe to a view's feed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, BASE_URL } from './browser.mjs';
import { open, resultCount, untilText } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FILTERED = '/?q=heart&tag=Cardiology';
const IMPELLA = '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients';

/** Clicks the export button of `format` and returns the file's name and text. */
async function exportAs(page, format) {
  const export_ = page.getByTestId('export');
  if (!(await export_.evaluate((d) => d.open))) await export_.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('a filtered list exports as CSV, JSON, RIS and BibTeX, each with one row per result and a name saying the filter', async () => {
  const page = await newPage(browser);
  await open(page, FILTERED);
  const n = await resultCount(page);
  assert.ok(n > 20, `${n} results: more than a page, so the export is not just the page`);
  const csv = await exportAs(page, 'csv');
  assert.equal(csv.name, 'veille-heart-cardiology.csv');
  assert.equal(csv.text.trim().split('\r\n').length, n + 1, 'a header and one row per result');
  const json = await exportAs(page, 'json');
  assert.equal(json.name, 'veille-heart-cardiology.json');
  const rows = JSON.parse(json.text);
  assert.equal(rows.length, n);
  assert.ok(rows[0].url.startsWith(`${BASE_URL}/papers/`), rows[0].url);
  const ris = await exportAs(page, 'ris');
  assert.equal(ris.text.match(/^TY {2}- ELEC/gm).length, n);
  const bib = await exportAs(page, 'bib');
  assert.equal(bib.name, 'veille-heart-cardiology.bib');
  assert.equal(bib.text.match(/^@online\{/gm).length, n);
});

test('an article can be cited in Vancouver and APA, copied, and downloaded for a reference manager', async () => {
  const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, IMPELLA);
  const vancouver = page.getByTestId('cite-vancouver');
  assert.match(await vancouver.textContent(), /Impella heart pump approved for use in paediatric patients\. cardiovascularnews\.com \[Internet\]\. 2024 Dec 13 \[cited \d{4} \w{3} \d{1,2}\]\. Available from: http/);
  assert.match(await page.getByTestId('cite-apa').textContent(), /\(2024, December 13\)\. cardiovascularnews\.com\. Retrieved/);
  await page.getByTestId('copy-vancouver').click();
  await untilText(page.getByTestId('cite-status'), 'Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('Impella heart pump approved for use in paediatric patients. cardiovascularnews.com [Internet]. 2024 Dec 13'), copied);
  assert.ok(copied.endsWith(`${IMPELLA}/`), copied);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cite-ris').click()]);
  assert.match(readFileSync(await download.path(), 'utf8'), /^TY {2}- ELEC\r\nTI {2}- Impella heart pump/);
});

test('on a second visit, the cards dated since the first are marked and "N new since" filters them by a date in the URL', async () => {
  const page = await newPage(browser);
  // The first visit was on 28 December 2026 (as the explorer remembers it).
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('veille-last-visit', '2026-12-28');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await open(page, '/');
  const link = page.getByTestId('new-since');
  await untilText(link, /^\d+ new since 28 December 2026$/);
  const n = Number((await link.textContent()).split(' ')[0]);
  assert.ok(n > 0);
  assert.ok(await page.getByTestId('new-mark').count() >= Math.min(n, 1));
  await link.click();
  await untilText(page.getByTestId('result-count'), `${n} result${n === 1 ? '' : 's'}`);
  assert.match(new URL(page.url()).search, /from=2026-12-28/);
  // Every card of the filter is marked.
  assert.equal(await page.getByTestId('new-mark').count(), await page.getByTestId('hit').count());
  // This visit is remembered for the next one.
  assert.match(await page.evaluate(() => localStorage.getItem('veille-last-visit')), /^\d{4}-\d{2}-\d{2}$/);
});

test('a tag view links its Atom feed, in the page and in its head for feed readers', async () => {
  const page = await newPage(browser);
  await open(page, '/?tag=Cardiology');
  const feed = page.getByTestId('feed-link');
  assert.equal(await feed.getAttribute('href'), '/feeds/tags/cardiology.xml');
  assert.match(await feed.textContent(), /Atom feed · Cardiology/);
  assert.equal(await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute('href'), '/feeds/tags/cardiology.xml');
  await open(page, '/');
  assert.equal(await page.getByTestId('feed-link').getAttribute('href'), '/feeds/atom.xml');
});
