// The explorer on the real corpus and the seeds: search, facets, timeline,
// sort, paging and the URL as the whole state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL } from './browser.mjs';
import { open, here, untilHere, untilText, until, hitTitles, resultCount } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the list shows every article newest first under month headings, with its parts', async () => {
  const page = await newPage(browser);
  await open(page);
  assert.equal(await page.getByTestId('result-count').textContent(), '366 results');
  assert.equal(await page.getByTestId('result-count').getAttribute('role'), 'status');
  assert.equal(await page.getByTestId('hit').count(), 20);
  assert.equal((await page.getByTestId('month-heading').first().textContent()), 'September 2025');
  const first = page.getByTestId('hit').nth(1);
  assert.equal(await first.getByTestId('hit-link').textContent(), 'Biolinq gets FDA de novo nod for intradermal glucose sensor');
  assert.match(await first.textContent(), /26 September 2025.*medtechdive\.com.*Biolinq Shine.*MedTech Dive \(news\)/s);
  assert.equal(await first.getByTestId('thumb').locator('img').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('typing searches as you type, marks the matches, then the facets and timeline follow, and the history entry is replaced', async () => {
  const page = await newPage(browser);
  await open(page, '/?tag=France');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  await page.keyboard.type('biolinq');
  await untilHere(page, '/?q=biolinq&tag=France');
  await untilText(page.getByTestId('result-count'), /^\d+ results?$/);
  const titles = await hitTitles(page);
  assert.ok(titles.includes('Biolinq gets FDA de novo nod for intradermal glucose sensor'), titles.join(' | '));
  const marks = await page.getByTestId('hit-link').first().locator('mark').allTextContents();
  assert.deepEqual(marks, ['Biolinq']);
  // The facets and the timeline follow: they count the new results.
  await until(async () => (await page.getByTestId('facet-source').locator('.facet-value').allTextContents()).join(' | '),
    'medtechdive.com', { what: 'sources' });
  await until(() => page.getByTestId('timeline-bar').evaluateAll((bars) => bars
    .filter((b) => !b.classList.contains('empty')).map((b) => b.getAttribute('aria-label')).join(' | ')),
  '2025: 1 article', { what: 'timeline' });
  // Typing has paused (the URL caught up): the cards show their thumbnails.
  const card = page.getByTestId('hit').filter({ hasText: 'Biolinq gets FDA de novo nod' });
  await card.getByTestId('thumb').locator('img').waitFor();
  // One Back goes to the view before typing, not to "biolin".
  await page.goBack();
  await untilHere(page, '/?tag=France');
  assert.equal(await page.getByTestId('search-input').inputValue(), '');
  await page.goForward();
  await untilHere(page, '/?q=biolinq&tag=France');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'biolinq');
});

test('a facet chosen right after typing keeps the typed text', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.keyboard.press('/');
  await page.keyboard.type('biolinq');
  // Before typing has paused: leaving the box sends the text to the URL.
  await page.getByTestId('facet-source').getByRole('checkbox', { name: /^medtechdive\.com/ }).check();
  await untilHere(page, '/?q=biolinq&source=medtechdive.com');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'biolinq');
  await untilText(page.getByTestId('result-count'), '1 result');
});

test('while a search is typed the pager waits for it and the facets and timeline say they are updating', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.getByTestId('pager').waitFor();
  // What the page shows right after each keystroke, before its next frame.
  await page.evaluate(() => {
    window.__seen = [];
    document.getElementById('search').addEventListener('input', () => setTimeout(() => window.__seen.push({
      inUrl: new URLSearchParams(location.search).has('q'),
      pager: document.querySelector('[data-testid=pager]') !== null,
      facetsBusy: document.getElementById('facets').getAttribute('aria-busy'),
      timelineBusy: document.querySelector('[data-testid=timeline]').getAttribute('aria-busy'),
    }), 0));
  });
  await page.keyboard.press('/');
  await page.keyboard.type('patient');
  const seen = (await page.evaluate(() => window.__seen)).filter((s) => !s.inUrl);
  assert.ok(seen.length > 0, 'no keystroke was seen before the URL caught up');
  for (const s of seen) assert.deepEqual(s, { inUrl: false, pager: false, facetsBusy: 'true', timelineBusy: 'true' });
  // Once the text is in the URL, they count the typed search.
  await untilHere(page, '/?q=patient');
  const total = await resultCount(page);
  assert.ok(total > 20, `${total} results`);
  await untilText(page.getByTestId('pager'), new RegExp(`Page 1 of ${Math.ceil(total / 20)}`));
  assert.equal(await page.getByTestId('timeline').getAttribute('aria-busy'), null);
  assert.equal(await page.getByRole('complementary', { name: 'Filters' }).getAttribute('aria-busy'), null);
  assert.deepEqual(page.errors, []);
});

test('Escape clears the search and the clear button does too', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=imdrf');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'imdrf');
  await page.getByTestId('search-input').focus();
  await page.keyboard.press('Escape');
  await untilHere(page, '/');
  await untilText(page.getByTestId('result-count'), '366 results');
  await page.getByTestId('search-input').fill('imdrf');
  await untilHere(page, '/?q=imdrf');
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await untilHere(page, '/');
});

test('a typo still finds the article, below exact matches', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=bioliq');
  const titles = await hitTitles(page);
  assert.ok(titles.includes('Biolinq gets FDA de novo nod for intradermal glucose sensor'), titles.join(' | '));
});

test('tag facets select with OR inside the facet, count disjunctively, and add history entries', async () => {
  const page = await newPage(browser);
  await open(page);
  const tags = page.getByTestId('facet-tag');
  const imdrfNews = tags.getByRole('checkbox', { name: /IMDRF — News/ });
  const imdrfDocs = tags.getByRole('checkbox', { name: /IMDRF — Documents/ });
  // Not in the first eight: the filter box inside the facet finds them.
  await tags.getByRole('searchbox').fill('imdrf');
  await imdrfNews.check();
  await untilHere(page, '/?tag=IMDRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '9 results');
  // Counts of the tag facet ignore its own selection: Documents still says 10.
  assert.match(await tags.locator('li').filter({ hasText: 'IMDRF — Documents' }).textContent(), /10$/);
  await imdrfDocs.check();
  await untilText(page.getByTestId('result-count'), '19 results');
  assert.deepEqual(await page.getByTestId('active-filters').getByRole('button').allTextContents(),
    ['IMDRF — News ×', 'IMDRF — Documents ×', 'Clear all']);
  // Other facets honour the selection: only imdrf.org is left among sources.
  assert.deepEqual(
    (await page.getByTestId('facet-source').locator('.facet-value').allTextContents()),
    ['imdrf.org']);
  await page.goBack();
  await untilHere(page, '/?tag=IMDRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '9 results');
});

test('a selected value stays listed at zero, chips remove one filter, Clear all removes them all', async () => {
  const page = await newPage(browser);
  await open(page, '/?tag=IMDRF+%E2%80%94+News&source=medtechdive.com');
  await untilText(page.getByTestId('result-count'), '0 results');
  assert.match(await page.getByTestId('no-results').textContent(), /No article matches/);
  // No dated article matches either: the timeline says so instead of an empty box.
  assert.equal(await page.getByTestId('timeline').getByTestId('timeline-empty').textContent(),
    'No dated article matches.');
  const news = page.getByTestId('facet-tag').getByRole('checkbox', { name: /IMDRF — News/ });
  assert.equal(await news.isChecked(), true);
  await page.getByRole('button', { name: 'Remove filter: medtechdive.com' }).click();
  await untilHere(page, '/?tag=IMDRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '9 results');
  assert.equal(await page.getByTestId('timeline-empty').count(), 0);
  await page.getByTestId('clear-filters').click();
  await untilHere(page, '/');
  assert.equal(await page.getByTestId('active-filters').count(), 0);
});

test('a long facet shows eight values, then all of them, then fewer', async () => {
  const page = await newPage(browser);
  await open(page);
  const sources = page.getByTestId('facet-source');
  assert.equal(await sources.getByRole('checkbox').count(), 8);
  const more = sources.getByRole('button', { name: /Show all/ });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.click();
  await until(() => sources.getByRole('checkbox').count(), (n) => n > 8, { what: 'sources listed' });
  await sources.getByRole('button', { name: 'Show fewer' }).click();
  await until(() => sources.getByRole('checkbox').count(), 8, { what: 'sources listed' });
});

test('clicking a year filters to it and zooms to months; a month then narrows to its days', async () => {
  const page = await newPage(browser);
  await open(page);
  const bars = page.getByTestId('timeline-bar');
  assert.deepEqual(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    ['2022: 1 article', '2023: 6 articles', '2024: 4 articles', '2025: 354 articles']);
  assert.equal(await page.getByTestId('undated').textContent(), 'Undated: 1 article');
  await page.getByRole('button', { name: '2025: 354 articles' }).click();
  await untilHere(page, '/?year=2025');
  await untilText(page.getByTestId('result-count'), '354 results');
  await untilText(page.locator('#timeline-title'), 'Articles per month in 2025');
  assert.equal(await bars.count(), 12);
  await page.getByRole('button', { name: 'August 2025: 5 articles' }).click();
  await untilHere(page, '/?from=2025-08-01&to=2025-08-31');
  await untilText(page.getByTestId('result-count'), '5 results');
  assert.equal(await page.getByRole('button', { name: 'August 2025: 5 articles' }).getAttribute('aria-pressed'), 'true');
  await page.getByTestId('all-years').click();
  await untilHere(page, '/');
});

test('dragging across bars selects a range of years', async () => {
  const page = await newPage(browser);
  await open(page);
  const box = async (name) => page.getByRole('button', { name }).boundingBox();
  const a = await box('2023: 6 articles');
  const b = await box('2024: 4 articles');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  await untilHere(page, '/?from=2023-01-01&to=2024-12-31');
  await untilText(page.getByTestId('result-count'), '10 results');
  assert.deepEqual(await page.getByTestId('timeline-bar').evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed'))),
    ['false', 'true', 'true', 'false']);
});

test('the keyboard moves between bars, Enter chooses one, Shift+Enter a range', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.getByRole('button', { name: '2025: 354 articles' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), '2023: 6 articles');
  await page.keyboard.press('Enter');
  await untilHere(page, '/?year=2023');
  await page.getByTestId('all-years').click();
  await untilHere(page, '/');
  // Shift with the arrows (or Home/End) extends from where it started.
  await page.getByRole('button', { name: '2022: 1 article' }).focus();
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Shift+Enter');
  await untilHere(page, '/?from=2022-01-01&to=2025-12-31');
});

test('sorting by oldest puts the 2022 article first; the undated one comes last and the timeline links to it', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.getByTestId('sort').selectOption('oldest');
  await untilHere(page, '/?sort=oldest');
  await until(() => hitTitles(page), (t) => t[0] === 'IMDRF Affiliate Membership', { what: 'first title' });
  // The undated count under the timeline leads to them, whatever the date filter.
  await open(page, '/?year=2025');
  await page.getByTestId('undated').click();
  await untilHere(page, '/?sort=newest&page=19');
  await until(() => page.getByTestId('month-heading').last().textContent(), 'Undated', { what: 'last heading' });
  assert.equal((await hitTitles(page)).at(-1), 'Information for the public');
});

test('pages: 366 results are 19 pages of 20; Next, a number and Previous move between them', async () => {
  const page = await newPage(browser);
  await open(page);
  const pager = page.getByTestId('pager');
  assert.match(await pager.textContent(), /Page 1 of 19/);
  const firstPage = await hitTitles(page);
  await pager.getByRole('link', { name: /Next/ }).click();
  await untilHere(page, '/?page=2');
  await until(() => hitTitles(page), (t) => t[0] !== firstPage[0], { what: 'page 2 titles' });
  await pager.getByRole('link', { name: 'Page 19 of 19' }).click();
  await untilHere(page, '/?page=19');
  await until(() => page.getByTestId('hit').count(), 6, { what: 'hits on the last page' });
  await pager.getByRole('link', { name: /Previous/ }).click();
  await untilHere(page, '/?page=18');
});

test('a link with every part of the state restores the same view in a fresh browser, after a reload too', async () => {
  const url = '/?q=recruiting&tag=France&source=clinicaltrials.gov&collection=papers&from=2025-09-01&to=2025-09-30&sort=oldest&page=2';
  const fresh = await launch();
  try {
    const page = await newPage(fresh);
    await open(page, url);
    const check = async () => {
      assert.equal(await page.getByTestId('search-input').inputValue(), 'recruiting');
      assert.equal(await page.getByTestId('sort').inputValue(), 'oldest');
      assert.equal(await page.getByTestId('facet-tag').getByRole('checkbox', { name: /^France/ }).isChecked(), true);
      assert.equal(await page.getByTestId('facet-source').getByRole('checkbox', { name: /^clinicaltrials\.gov/ }).isChecked(), true);
      assert.deepEqual(await page.getByTestId('active-filters').getByRole('button').allTextContents(),
        ['France ×', 'clinicaltrials.gov ×', 'papers ×', 'from 1 September 2025 to 30 September 2025 ×', 'Clear all']);
      assert.match(await page.getByTestId('pager').textContent(), /Page 2 of/);
      return [await resultCount(page), await hitTitles(page)];
    };
    const before = await check();
    assert.ok(before[0] > 20, `only ${before[0]} results`);
    await page.reload();
    await page.getByTestId('result-count').waitFor();
    assert.deepEqual(await check(), before);
    assert.equal(here(page), url);
    assert.deepEqual(page.errors, []);
  } finally {
    await fresh.close();
  }
});

test('junk in the URL is dropped, never fatal', async () => {
  const page = await newPage(browser);
  await open(page, '/?page=-4&year=abc&sort=sideways&from=2025-13-45&zzz=1');
  assert.equal(await page.getByTestId('result-count').textContent(), '366 results');
  assert.deepEqual(page.errors, []);
  assert.equal(BASE_URL.length > 0, true);
});
