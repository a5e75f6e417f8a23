// The explorer on the seeds, the hand-written e2e/fixtures/corpus and 750
// generated articles (scripts/lib.sh, build_e2e_bundle): search, facets,
// timeline, sort, paging and the URL as the whole state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL } from './browser.mjs';
import { open, here, untilHere, untilText, until, hitTitles, resultCount } from './helpers.mjs';

// The articles per year, as the year timeline labels its bars: the
// generated articles span 2000 to 2026, the hand-written ones 2023 to 2026.
const YEAR_BARS = [
  '2000: 32 articles', '2001: 31 articles', '2002: 26 articles', '2003: 20 articles', '2004: 28 articles',
  '2005: 23 articles', '2006: 16 articles', '2007: 36 articles', '2008: 32 articles', '2009: 18 articles',
  '2010: 26 articles', '2011: 23 articles', '2012: 29 articles', '2013: 41 articles', '2014: 32 articles',
  '2015: 35 articles', '2016: 28 articles', '2017: 29 articles', '2018: 30 articles', '2019: 38 articles',
  '2020: 30 articles', '2021: 28 articles', '2022: 25 articles', '2023: 18 articles', '2024: 39 articles',
  '2025: 26 articles', '2026: 36 articles',
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the list shows every article newest first under month headings, with its parts', async () => {
  const page = await newPage(browser);
  await open(page);
  assert.equal(await page.getByTestId('result-count').textContent(), '777 results');
  assert.equal(await page.getByTestId('result-count').getAttribute('role'), 'status');
  assert.equal(await page.getByTestId('hit').count(), 20);
  assert.equal((await page.getByTestId('month-heading').first().textContent()), 'December 2026');
  const first = page.getByTestId('hit').nth(1);
  assert.equal(await first.getByTestId('hit-link').textContent(), 'Quillary gets CE mark for its wearable glucose patch');
  assert.match(await first.textContent(), /30 December 2026.*medtechwire\.example.*Quillary Loop.*Medtech Wire \(news\)/s);
  // Its thumbnail follows once the index's first part has arrived (src/demand.rs).
  await first.getByTestId('thumb').locator('img').waitFor();
  assert.equal(await first.getByTestId('thumb').locator('img').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('typing searches as you type, marks the matches, then the facets and timeline follow, and the history entry is replaced', async () => {
  const page = await newPage(browser);
  await open(page, '/?tag=France');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  await page.keyboard.type('quillary');
  await untilHere(page, '/?q=quillary&tag=France');
  await untilText(page.getByTestId('result-count'), /^\d+ results?$/);
  const titles = await hitTitles(page);
  assert.ok(titles.includes('Quillary gets CE mark for its wearable glucose patch'), titles.join(' | '));
  const marks = await page.getByTestId('hit-link').first().locator('mark').allTextContents();
  assert.deepEqual(marks, ['Quillary']);
  // The facets and the timeline follow: they count the new results.
  await until(async () => (await page.getByTestId('facet-source').locator('.facet-value').allTextContents()).join(' | '),
    'medtechwire.example', { what: 'sources' });
  await until(() => page.getByTestId('timeline-bar').evaluateAll((bars) => bars
    .filter((b) => !b.classList.contains('empty')).map((b) => b.getAttribute('aria-label')).join(' | ')),
  '2026: 1 article', { what: 'timeline' });
  // Typing has paused (the URL caught up): the cards show their thumbnails.
  const card = page.getByTestId('hit').filter({ hasText: 'Quillary gets CE mark' });
  await card.getByTestId('thumb').locator('img').waitFor();
  // One Back goes to the view before typing, not to "quillar".
  await page.goBack();
  await untilHere(page, '/?tag=France');
  assert.equal(await page.getByTestId('search-input').inputValue(), '');
  await page.goForward();
  await untilHere(page, '/?q=quillary&tag=France');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'quillary');
});

test('a facet chosen right after typing keeps the typed text', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.keyboard.press('/');
  await page.keyboard.type('quillary');
  // Before typing has paused: leaving the box sends the text to the URL.
  await page.getByTestId('facet-source').getByRole('checkbox', { name: /^medtechwire\.example/ }).check();
  await untilHere(page, '/?q=quillary&source=medtechwire.example');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'quillary');
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
  // On a busy main thread Chrome runs input ahead of timers: wait for the
  // snapshot of each of the seven keystrokes before reading them.
  await until(() => page.evaluate(() => window.__seen.length), 7, { what: 'keystroke snapshots' });
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
  await open(page, '/?q=drf');
  assert.equal(await page.getByTestId('search-input').inputValue(), 'drf');
  await page.getByTestId('search-input').focus();
  await page.keyboard.press('Escape');
  await untilHere(page, '/');
  await untilText(page.getByTestId('result-count'), '777 results');
  await page.getByTestId('search-input').fill('drf');
  await untilHere(page, '/?q=drf');
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await untilHere(page, '/');
});

test('a typo still finds the article, below exact matches', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=quilary');
  const titles = await hitTitles(page);
  assert.ok(titles.includes('Quillary gets CE mark for its wearable glucose patch'), titles.join(' | '));
});

test('tag facets select with OR inside the facet, count disjunctively, and add history entries', async () => {
  const page = await newPage(browser);
  await open(page);
  const tags = page.getByTestId('facet-tag');
  const drfNews = tags.getByRole('checkbox', { name: /DRF — News/ });
  const drfDocs = tags.getByRole('checkbox', { name: /DRF — Documents/ });
  // Not in the first eight: the filter box inside the facet finds them.
  await tags.getByRole('searchbox').fill('drf');
  await drfNews.check();
  await untilHere(page, '/?tag=DRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '4 results');
  // Counts of the tag facet ignore its own selection: Documents still says 5.
  assert.match(await tags.locator('li').filter({ hasText: 'DRF — Documents' }).textContent(), /5$/);
  await drfDocs.check();
  await untilText(page.getByTestId('result-count'), '9 results');
  assert.deepEqual(await page.getByTestId('active-filters').getByRole('button').allTextContents(),
    ['DRF — News ×', 'DRF — Documents ×', 'Clear all']);
  // Other facets honour the selection: only drforum.example is left among sources.
  assert.deepEqual(
    (await page.getByTestId('facet-source').locator('.facet-value').allTextContents()),
    ['drforum.example']);
  await page.goBack();
  await untilHere(page, '/?tag=DRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '4 results');
});

test('a selected value stays listed at zero, chips remove one filter, Clear all removes them all', async () => {
  const page = await newPage(browser);
  await open(page, '/?tag=DRF+%E2%80%94+News&source=medtechwire.example');
  await untilText(page.getByTestId('result-count'), '0 results');
  assert.match(await page.getByTestId('no-results').textContent(), /No article matches/);
  // No dated article matches either: the timeline says so instead of an empty box.
  assert.equal(await page.getByTestId('timeline').getByTestId('timeline-empty').textContent(),
    'No dated article matches.');
  const news = page.getByTestId('facet-tag').getByRole('checkbox', { name: /DRF — News/ });
  assert.equal(await news.isChecked(), true);
  await page.getByRole('button', { name: 'Remove filter: medtechwire.example' }).click();
  await untilHere(page, '/?tag=DRF+%E2%80%94+News');
  await untilText(page.getByTestId('result-count'), '4 results');
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
    YEAR_BARS);
  assert.equal(await page.getByTestId('undated').textContent(), 'Undated: 2 articles');
  await page.getByRole('button', { name: '2026: 36 articles' }).click();
  await untilHere(page, '/?year=2026');
  await untilText(page.getByTestId('result-count'), '36 results');
  await untilText(page.locator('#timeline-title'), 'Articles per month in 2026');
  assert.equal(await bars.count(), 12);
  await page.getByRole('button', { name: 'December 2026: 5 articles' }).click();
  await untilHere(page, '/?from=2026-12-01&to=2026-12-31');
  await untilText(page.getByTestId('result-count'), '5 results');
  assert.equal(await page.getByRole('button', { name: 'December 2026: 5 articles' }).getAttribute('aria-pressed'), 'true');
  await page.getByTestId('all-years').click();
  await untilHere(page, '/');
});

test('dragging across bars selects a range of years', async () => {
  const page = await newPage(browser);
  await open(page);
  const box = async (name) => page.getByRole('button', { name }).boundingBox();
  const a = await box('2023: 18 articles');
  const b = await box('2024: 39 articles');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  await untilHere(page, '/?from=2023-01-01&to=2024-12-31');
  await untilText(page.getByTestId('result-count'), '57 results');
  assert.deepEqual(await page.getByTestId('timeline-bar').evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed'))),
    YEAR_BARS.map((bar) => String(bar.startsWith('2023:') || bar.startsWith('2024:'))));
});

test('the keyboard moves between bars, Enter chooses one, Shift+Enter a range', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.getByRole('button', { name: '2026: 36 articles' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), '2024: 39 articles');
  await page.keyboard.press('Enter');
  await untilHere(page, '/?year=2024');
  await page.getByTestId('all-years').click();
  await untilHere(page, '/');
  // Shift with the arrows (or Home/End) extends from where it started.
  await page.getByRole('button', { name: '2000: 32 articles' }).focus();
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Shift+Enter');
  await untilHere(page, '/?from=2000-01-01&to=2026-12-31');
});

test('sorting by oldest puts the oldest article first; the undated ones come last and the timeline links to them', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.getByTestId('sort').selectOption('oldest');
  await untilHere(page, '/?sort=oldest');
  await until(() => hitTitles(page), (t) => t[0] === 'Trial lowers heart pump in catheter study', { what: 'first title' });
  // The undated count under the timeline leads to them, whatever the date filter.
  await open(page, '/?year=2026');
  await page.getByTestId('undated').click();
  await untilHere(page, '/?sort=newest&page=39');
  await until(() => page.getByTestId('month-heading').last().textContent(), 'Undated', { what: 'last heading' });
  assert.deepEqual((await hitTitles(page)).slice(-2), ['Information for the public', 'DRF working group terms of reference']);
});

test('pages: 777 results are 39 pages of 20; Next, a number and Previous move between them', async () => {
  const page = await newPage(browser);
  await open(page);
  const pager = page.getByTestId('pager');
  assert.match(await pager.textContent(), /Page 1 of 39/);
  const firstPage = await hitTitles(page);
  await pager.getByRole('link', { name: /Next/ }).click();
  await untilHere(page, '/?page=2');
  await until(() => hitTitles(page), (t) => t[0] !== firstPage[0], { what: 'page 2 titles' });
  await pager.getByRole('link', { name: 'Page 39 of 39' }).click();
  await untilHere(page, '/?page=39');
  await until(() => page.getByTestId('hit').count(), 17, { what: 'hits on the last page' });
  await pager.getByRole('link', { name: /Previous/ }).click();
  await untilHere(page, '/?page=38');
});

test('a link with every part of the state restores the same view in a fresh browser, after a reload too', async () => {
  const url = '/?q=patients&tag=Cardiology&source=radiologyweek.example&collection=papers&from=2005-01-01&to=2026-12-31&sort=oldest&page=2';
  const fresh = await launch();
  try {
    const page = await newPage(fresh);
    await open(page, url);
    const check = async () => {
      assert.equal(await page.getByTestId('search-input').inputValue(), 'patients');
      assert.equal(await page.getByTestId('sort').inputValue(), 'oldest');
      assert.equal(await page.getByTestId('facet-tag').getByRole('checkbox', { name: /^Cardiology/ }).isChecked(), true);
      assert.equal(await page.getByTestId('facet-source').getByRole('checkbox', { name: /^radiologyweek\.example/ }).isChecked(), true);
      assert.deepEqual(await page.getByTestId('active-filters').getByRole('button').allTextContents(),
        ['Cardiology ×', 'radiologyweek.example ×', 'papers ×', 'from 1 January 2005 to 31 December 2026 ×', 'Clear all']);
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
  assert.equal(await page.getByTestId('result-count').textContent(), '777 results');
  assert.deepEqual(page.errors, []);
  assert.equal(BASE_URL.length > 0, true);
});

test('while the index loads the results and the timeline say so, never that nothing matches; the typed text stays and is answered once it arrives', async () => {
  // The answer to compare with, on a page that has its index.
  const reference = await newPage(browser);
  await open(reference, '/?q=stent');
  const stentCount = await reference.getByTestId('result-count').textContent();
  const stentTitles = await hitTitles(reference);
  await reference.context().close();

  const page = await newPage(browser);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/index.bin', async (route) => { await held; await route.continue(); });
  // The first view comes from head.json, without the index.
  await open(page, '/');
  const input = page.getByTestId('search-input');
  await input.click();
  await page.keyboard.type('stent');
  // The text reaches the URL; the results and then the rest of the page
  // wait for the index, and say so.
  await untilHere(page, '/?q=stent');
  const loading = page.getByTestId('loading');
  await loading.waitFor();
  assert.equal(await loading.getAttribute('role'), 'status');
  await page.getByTestId('timeline-loading').waitFor();
  assert.equal(await page.getByTestId('timeline-loading').getAttribute('role'), 'status');
  assert.equal(await page.getByTestId('timeline').getAttribute('aria-busy'), 'true');
  for (const id of ['timeline-empty', 'no-results', 'result-count', 'facet-tag', 'pager']) {
    assert.equal(await page.getByTestId(id).count(), 0, `${id} while the index loads`);
  }
  assert.equal(await input.inputValue(), 'stent');

  release();
  await untilText(page.getByTestId('result-count'), stentCount);
  assert.deepEqual(await hitTitles(page), stentTitles);
  assert.equal(await input.inputValue(), 'stent');
  await page.getByTestId('timeline-bar').first().waitFor();
  assert.equal(await page.getByTestId('timeline-loading').count(), 0);
  assert.equal(await page.getByTestId('timeline-empty').count(), 0);
  assert.deepEqual(page.errors, []);
});
