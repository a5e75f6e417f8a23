// Nothing moves once drawn: a shared link's view, the article's lead image
// and the pager keep their places while the rest of the page arrives, so
// that what the user reads or is about to click stays under their eyes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from './browser.mjs';
import { open, until } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Records the page's layout shifts from its first frame, in `window.shifts`. */
const recordShifts = (page) => page.addInitScript(() => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const moved = e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
      window.shifts.push(`${e.value.toFixed(4)} (${moved.join(', ')})`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
});

/** Waits until two more frames have been drawn. */
const twoFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Waits for every part of the view: the facets (on a list), the related
 *  articles (on an article), every image in view loaded or failed, then two
 *  frames. */
async function untilComplete(page) {
  await page.locator('#facets .facet, [data-testid=related]').first().waitFor({ state: 'attached' });
  // Lazy thumbnails below the window are not fetched until scrolled to.
  const loaded = () => page.evaluate(() => [...document.images]
    .every((i) => i.complete || (i.loading === 'lazy' && i.getBoundingClientRect().top > innerHeight)));
  await until(loaded, true, { what: 'images complete' });
  await twoFrames(page);
}

const SHARED = [
  '/',
  '/?year=2024',
  '/?tag=France',
  '/?sort=oldest&page=3',
  '/?q=stent&source=cardionews.example',
  '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients',
];

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`on a ${name}, a shared link to a filtered view or an article is drawn in place: nothing moves once shown`, async () => {
    for (const path of SHARED) {
      const page = await newPage(browser, { viewport });
      await recordShifts(page);
      await open(page, path);
      await untilComplete(page);
      assert.deepEqual(await page.evaluate(() => window.shifts), [], `layout shifts on ${path}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
}

test('the pager stays where it is as it is scrolled to: the cards above it keep their height', async () => {
  const page = await newPage(browser);
  await open(page);
  await until(() => page.getByTestId('hit').count(), 20, { what: 'hits on the first page' });
  // Its top in the document, measured after the frame that follows.
  const pagerTop = async () => {
    await twoFrames(page);
    return page.evaluate(() => document.querySelector('[data-testid=pager]').getBoundingClientRect().top + window.scrollY);
  };
  const before = await pagerTop();
  await page.getByTestId('pager').scrollIntoViewIfNeeded();
  assert.equal(await pagerTop(), before);
});

test('on a tall screen the pager appears once, below all the cards of the page, and stays there', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 2400 } });
  // Every place the pager is drawn at, frame by frame from the first one.
  await page.addInitScript(() => {
    window.pagerTops = [];
    const watch = () => {
      const pager = document.querySelector('[data-testid=pager]');
      const top = pager && pager.getBoundingClientRect().top + window.scrollY;
      if (top !== null && top !== window.pagerTops.at(-1)) window.pagerTops.push(top);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await open(page);
  await until(() => page.getByTestId('hit').count(), 20, { what: 'hits on the first page' });
  await twoFrames(page);
  const tops = await page.evaluate(() => window.pagerTops);
  assert.equal(tops.length, 1, `the pager was drawn at ${tops.join(', ')} px`);
});
